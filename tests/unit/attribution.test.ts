import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { privacyIndex } from '../../src/lib/check/bodies.ts';
import { checkPrivacy } from '../../src/lib/check/privacy.ts';
import { decide, gateContext } from '../../src/lib/gate/index.ts';
import { findLeaks, frontMatterReach, mentorMatcher, outputStrings, roleSegments } from '../../src/lib/privacy/index.ts';
import { readContent, readEntryFile } from '../../src/lib/read/content.ts';
import { parseBody } from '../../src/lib/read/body.ts';
import { indexFields } from '../../src/lib/read/fields.ts';
import { entrySchema, personSchema } from '../../src/lib/schema/index.ts';

const projectRoot = join(import.meta.dirname, '../..');
const root = join(projectRoot, 'tests/fixtures/attribution-leak');
const records = readContent(join(projectRoot, 'content'), { entries: false });
const ctx = gateContext(records, 'all-staff', '2026-11-23');

const read = (name: string) => {
  const file = readdirSync(join(root, name)).find((f) => f.endsWith('.mdx'))!;
  const { entry, problems } = readEntryFile(join(root, name, file));
  expect(problems, name).toEqual([]);
  return entry!;
};

describe('attribution leaks, one fixture folder per construct', () => {
  for (const name of readdirSync(root)
    .filter((n) => !n.includes('.'))
    .sort()) {
    it(name, () => {
      const expected = JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8')) as { line: number; column: number; found: string } | null;
      const entry = read(name);
      const findings = checkPrivacy({ ...entry, fields: indexFields(entry.yaml) }, records, privacyIndex(records, false)).filter(
        (f) => f.rule === 'attribution-leak',
      );
      const decision = decide(entry, ctx);
      if (expected === null) {
        expect(findings).toEqual([]);
        expect(decision.published).toBe(true);
        return;
      }
      expect(findings[0]).toMatchObject({ line: expected.line, column: expected.column, severity: 'error' });
      expect(findings[0]!.message.startsWith(`\`${expected.found}\` in `)).toBe(true);
      // The build's gate, not only check, withholds it.
      expect(decision).toEqual({ published: false, reasons: ['attribution-leak'] });
    });
  }
});

describe('check says where the name is and what to do', () => {
  const messages = (name: string) => {
    const entry = read(name);
    return checkPrivacy({ ...entry, fields: indexFields(entry.yaml) }, records, privacyIndex(records, false)).map((f) => f.message);
  };
  it('in a field, a URL, the file name and for the role', () => {
    expect([...messages('applies-when'), ...messages('link-url'), ...messages('slug'), ...messages('anonymous-role')]).toMatchInlineSnapshot(`
      [
        "\`Priyanka Vellacott-Ruiz\` in \`appliesWhen\` names the mentor, whose consent \`priyanka-vellacott-ruiz-2025\` is \`anonymous\`: readers must not learn who said this, and the build withholds the entry. Write "I" or [the mentor] instead.",
        "\`priyanka-vellacott-ruiz\` in a link URL is the mentor's people id, whose consent \`priyanka-vellacott-ruiz-2025\` is \`anonymous\`: readers must not learn who said this, and the build withholds the entry. Remove the link, or point it at a page whose address does not name them.",
        "\`priyanka\` in the file name (it is the entry's URL) names the mentor, whose consent \`priyanka-vellacott-ruiz-2025\` is \`anonymous\`: readers must not learn who said this, and the build withholds the entry. Rename the file to a slug that does not name them.",
        "\`Principal Engineer, Load Matching Platform\` in the body gives away the mentor's role, whose consent \`priyanka-vellacott-ruiz-2025\` is \`anonymous\`: readers must not learn who said this, and the build withholds the entry. Describe the work in general terms ("a senior engineer", "our platform team").",
      ]
    `);
  });
});

describe('every front-matter field is accounted for', () => {
  it('the list of fields that reach an output is the schema’s list of fields', () => {
    expect(Object.keys(frontMatterReach).sort()).toEqual(Object.keys(entrySchema.shape).sort());
  });

  // For every field an output renders, and every way the schema lets a name be written into it (a string,
  // a list of strings, an object of strings), the scan must find the name. A new free-text field that the
  // walk missed would fail here.
  const person = personSchema.parse({ name: 'Priyanka Vellacott-Ruiz', role: 'Principal Engineer, Load Matching Platform' });
  const matcher = mentorMatcher('priyanka-vellacott-ruiz', person, 'anonymous')!;
  const base = { title: 'T', kind: 'story', summary: 'S.', topics: ['engineering'], mentor: 'someone', consent: 'someone-2025', status: 'published' };
  const shapes = (v: string): unknown[] => [v, [v], { date: v, at: v, passage: v, digest: v }];
  const tree = parseBody('Plain words.', 'x.mdx', 0).tree!;
  for (const [field, reach] of Object.entries(frontMatterReach)) {
    if (reach !== 'rendered') continue;
    it(field, () => {
      let accepted = 0;
      for (const value of [...shapes('Priyanka Vellacott-Ruiz'), ...shapes('priyanka-vellacott-ruiz')]) {
        const parsed = entrySchema.safeParse({ ...base, [field]: value });
        if (!parsed.success) continue;
        accepted++;
        const leaks = findLeaks(outputStrings({ slug: 'plain', data: parsed.data, tree }), matcher);
        expect(
          leaks.map((l) => l.string.source),
          JSON.stringify(value),
        ).toContainEqual(expect.objectContaining({ in: 'front-matter' }));
      }
      // Fields such as dates and the kind accept no name at all; the schema is what protects them.
      if (accepted === 0) expect(['kind', 'conversation', 'reviewed', 'reviewBy', 'added']).toContain(field);
    });
  }
});

describe('what counts as naming the mentor', () => {
  const person = personSchema.parse({ name: 'Priyanka Vellacott-Ruiz', role: 'Principal Engineer, Load Matching Platform' });
  const anonymous = mentorMatcher('priyanka-vellacott-ruiz', person, 'anonymous')!;
  const role = mentorMatcher('priyanka-vellacott-ruiz', person, 'role')!;
  const found = (m: typeof anonymous, text: string) => m.find(text).map((f) => f.text);
  it('the whole name, each family name, the given name, the id, in any case', () => {
    expect(found(role, 'PRIYANKA and Vellacott-Ruiz’s team, and Ruiz alone; priyanka-vellacott-ruiz')).toEqual(
      expect.arrayContaining(['PRIYANKA', 'Vellacott-Ruiz', 'Ruiz', 'priyanka-vellacott-ruiz']),
    );
  });
  it('the role only where the consent is anonymous, and never a generic title alone', () => {
    expect(found(role, 'our Load Matching Platform')).toEqual([]);
    expect(found(anonymous, 'our Load Matching Platform')).toEqual(['Load Matching Platform']);
    expect(found(anonymous, 'a principal engineer on another team')).toEqual([]);
    // A department that is one everyday word would flag every mention of the subject.
    const claims = mentorMatcher('x-y', personSchema.parse({ name: 'Xan Yoel', role: 'Director, Claims' }), 'anonymous')!;
    expect(found(claims, 'Customers file claims every week.')).toEqual([]);
    expect(found(claims, 'As Director, Claims, I saw it.')).toEqual(['Director, Claims']);
    expect(roleSegments('Vice President, Enterprise Shipper Sales')).toEqual([
      ['vice', 'president', 'enterprise', 'shipper', 'sales'],
      ['enterprise', 'shipper', 'sales'],
    ]);
  });
  it('a given name that is an everyday word counts only when written as a name', () => {
    const will = mentorMatcher('will-hart', personSchema.parse({ name: 'Will Hart', role: 'Engineer' }), 'anonymous')!;
    expect(found(will, 'It will work.')).toEqual([]);
    expect(found(will, 'Ask Will.')).toEqual(['Will']);
    // A single generic word is not a role worth hiding: it would flag every mention of the trade.
    expect(found(will, 'an engineer said')).toEqual([]);
  });
  it('named consent has nothing to hide', () => {
    expect(mentorMatcher('priyanka-vellacott-ruiz', person, 'named')).toBeUndefined();
  });
});

describe('the build remembers scans by digest, and by the file name too', () => {
  it('a renamed file is scanned again, though its bytes are the same', async () => {
    const { bodyStage } = await import('../../src/lib/site/bodies.ts');
    const stage = bodyStage({ base: '/' });
    const person = personSchema.parse({ name: 'Dana Whitfield', role: 'Engineer' });
    const matcher = mentorMatcher('dana-whitfield', person, 'anonymous')!;
    const data = entrySchema.parse({
      title: 'T',
      kind: 'story',
      summary: 'S.',
      topics: ['engineering'],
      mentor: 'dana-whitfield',
      consent: 'c',
      status: 'published',
    });
    const tree = parseBody('Plain words about claims.', 'x.mdx', 0).tree!;
    expect(stage.leaks({ slug: 'claims-tips', digest: 'same', data, tree }, matcher)).toBe(false);
    expect(stage.leaks({ slug: 'dana-whitfield-tips', digest: 'same', data, tree }, matcher)).toBe(true);
  });
});
