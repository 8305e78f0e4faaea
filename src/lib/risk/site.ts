// The at-risk view the site may show. It reads only the `Site` model, which holds nothing but the gate's
// published list for the build's audience, and then strips what the page must not say about mentors the
// consent does not let it name.
import type { Site } from '../site/model.ts';
import { assessRisk } from './assess.ts';
import type { MentorRef, RiskAssessment } from './types.ts';
import { routes } from '../routes.ts';

/** What `siteRisk` reads from the site model. */
export type RiskSite = Pick<Site, 'topics' | 'holders' | 'bySlug' | 'today' | 'config'>;

/**
 * The risk assessment for a site page. A mentor counts as named only for entries whose consent is `named`,
 * so their name, role and page come from the entry's attribution; everyone else is an opaque key.
 */
export function siteRisk(site: RiskSite, horizonMonths: number = site.config.riskHorizonMonths): RiskAssessment {
  // The at-risk page, the interview plans and the sitemap all ask: assessed once per site and horizon.
  const bySite = assessed.get(site) ?? assessed.set(site, new Map()).get(site)!;
  const known = bySite.get(horizonMonths);
  if (known) return known;
  const risk = publicView(assessRisk({ topics: site.topics, mentorOf: siteMentorOf(site), today: site.today, horizonMonths }));
  bySite.set(horizonMonths, risk);
  return risk;
}

const assessed = new WeakMap<RiskSite, Map<number, RiskAssessment>>();

/** The mentor behind a published entry as the site may show them: named by the entry's attribution, else an opaque key. */
export function siteMentorOf(site: Pick<Site, 'holders' | 'bySlug'>): (slug: string) => MentorRef {
  return (slug) => {
    const holder = site.holders.get(slug);
    const entry = site.bySlug.get(slug);
    if (!holder || !entry)
      throw new Error(
        `The entry \`${slug}\` is in a topic listing but not in the published list; build the site with buildSite() so every listing comes from the gate.`,
      );
    const a = entry.attribution;
    if (holder.named && a.mode === 'named') {
      return { key: holder.key, named: true, name: a.name, role: a.role, path: routes.mentor(a.personId), leaving: holder.leaving };
    }
    return { key: holder.key, named: false, leaving: holder.leaving };
  };
}

/**
 * Removes everything about unnamed mentors except that they exist: their leaving dates have already done
 * their one allowed job (the at-risk flags), so they, and any date derived from them, go. Leavers who
 * may not be named are dropped from the list altogether.
 */
export function publicView(assessment: RiskAssessment): RiskAssessment {
  const strip = (m: MentorRef): MentorRef => (m.named ? m : { key: m.key, named: false });
  return {
    ...assessment,
    topics: assessment.topics.map(({ lastLeaving: _dropped, ...t }) => ({ ...t, mentors: t.mentors.map(strip) })),
    leavers: assessment.leavers.filter((l) => l.mentor.named),
  };
}
