import { stringify } from 'yaml';
import { addDays, daysBetween, type GeneratedConsent, type GeneratedPerson } from './people.ts';
import type { Random } from './random.ts';
import { slug, type GeneratedConcept } from './taxonomy.ts';
import { body, sentence, title, type BodyLink, type Kind } from './text.ts';
import { areas, stages } from './words.ts';

export interface GeneratedEntry {
  slug: string;
  /** Path under `entries/`. */
  path: string;
  title: string;
  kind: Kind;
  status: 'draft' | 'published' | 'retired';
  source: string;
}

const nounsByArea = new Map(areas.map((a) => [a.id, a.nouns]));

/**
 * `count` entries, each with valid front matter and a guarded-MDX body. Mentors are chosen with a long tail
 * (a few prolific mentors, many occasional ones), kinds always within what the consent allows.
 */
export function generateEntries(
  random: Random,
  count: number,
  ctx: { topics: readonly GeneratedConcept[]; mentors: readonly GeneratedPerson[]; consents: readonly GeneratedConsent[]; today: string },
): GeneratedEntry[] {
  const usable = ctx.consents.filter((c) => !c.revoked);
  const byPerson = new Map<string, GeneratedConsent[]>();
  for (const c of usable) byPerson.set(c.person, [...(byPerson.get(c.person) ?? []), c]);
  const mentors = ctx.mentors.filter((m) => byPerson.has(m.id));
  // Zipf-like weights: the i-th mentor is 1/(i+1)^0.8 as likely as the first.
  const weights = mentors.map((_, i) => 1 / (i + 1) ** 0.8);
  const total = weights.reduce((s, w) => s + w, 0);
  const pickMentor = () => {
    let r = random.next() * total;
    for (let i = 0; i < mentors.length; i++) {
      r -= weights[i]!;
      if (r < 0) return mentors[i]!;
    }
    return mentors[mentors.length - 1]!;
  };
  const leafish = ctx.topics.filter((t) => t.depth > 0);
  const slugs = new Set<string>();
  const published: BodyLink[] = [];
  const out: GeneratedEntry[] = [];

  for (let i = 0; i < count; i++) {
    const mentor = pickMentor();
    const consents = byPerson.get(mentor.id)!;
    const consent = random.chance(0.8) ? consents[0]! : random.pick(consents);
    const kind = random.pick(consent.kinds ?? (['story', 'advice', 'insight'] as const));
    const main = random.pick(leafish);
    const topics = [
      main,
      ...random.sample(
        leafish.filter((t) => t.area === main.area && t.id !== main.id),
        random.int(0, 1),
      ),
      ...(random.chance(0.15) ? [random.pick(leafish)] : []),
    ];
    const topicIds = [...new Set(topics.map((t) => t.id))];
    const nouns = [...new Set(topics.flatMap((t) => nounsByArea.get(t.area) ?? []))];

    const headline = title(random, kind, nouns);
    const full = slug(headline);
    let s = (full.length > 64 ? full.slice(0, 64).replace(/-[^-]*$/, '') : full) || 'entry';
    if (slugs.has(s)) {
      let n = 2;
      while (slugs.has(`${s}-${n}`)) n++;
      s = `${s}-${n}`;
    }
    slugs.add(s);

    const status = random.weighted({ published: 88, draft: 8, retired: 4 });
    const conversationDate = addDays(consent.given, random.int(1, Math.max(2, daysBetween(consent.given, ctx.today) - 20)));
    const startSeconds = random.int(60, 3000);
    const at = [Math.floor(startSeconds / 3600), Math.floor(startSeconds / 60) % 60, startSeconds % 60].map((x) => String(x).padStart(2, '0')).join(':');
    const data: Record<string, unknown> = {
      title: headline,
      kind,
      summary: sentence(random, kind, nouns).slice(0, 300),
      topics: topicIds,
      mentor: mentor.id,
      consent: consent.id,
      status,
    };
    const chosenStages = random.sample(
      stages.map((st) => st.id),
      random.int(0, 2),
    );
    if (chosenStages.length) data.stages = chosenStages;
    data.conversation = { date: conversationDate, at };
    if (random.chance(0.9)) data.reviewed = addDays(conversationDate, random.int(3, Math.max(4, daysBetween(conversationDate, ctx.today) - 1)));
    if (status !== 'draft') data.added = addDays(conversationDate, random.int(5, 20));
    if (random.chance(0.3)) data.appliesWhen = sentence(random, 'advice', nouns).slice(0, 300);
    if (random.chance(0.2)) data.notWhen = sentence(random, 'insight', nouns).slice(0, 300);

    // Links go to earlier published entries, as people link to what they have read.
    const links = published.length ? random.sample(published.slice(-400), random.int(0, 3)) : [];
    const words = random.int(300, 1200);
    // Timecodes quoted, as people write them, so no YAML 1.1 reader takes them for sexagesimal numbers.
    const frontMatter = stringify(data, { lineWidth: 0 }).replace(/^(\s+at: )(\d\d:\d\d:\d\d)$/m, '$1"$2"');
    const mdx = `---\n${frontMatter}---\n\n${body(random, kind, nouns, words, links, startSeconds)}`;
    const area = main.area;
    out.push({ slug: s, path: `${area}/${s}.mdx`, title: headline, kind, status, source: mdx });
    if (status === 'published' && !consent.expires && !consent.embargoUntil && consent.audience !== 'leaders') published.push({ title: headline, slug: s });
  }
  return out;
}
