import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffLines } from 'diff';
import { afterAll, describe, expect, it } from 'vitest';
import { CommandError } from '../../src/lib/command-error.ts';
import { taxonomySchema } from '../../src/lib/schema/taxonomy.ts';
import {
  deprecateConcept,
  mergeConcepts,
  moveConcept,
  readEditInput,
  renameConcept,
  writeChanges,
  type EditInput,
  type EditResult,
} from '../../src/lib/taxonomy/edit/index.ts';
import { frontMatterSpan, rewriteEntryTopics } from '../../src/lib/taxonomy/edit/entries.ts';
import { validateTaxonomy } from '../../src/lib/taxonomy/validate/index.ts';
import { writeFilesAtomically } from '../../src/lib/write-files.ts';
import { parse } from 'yaml';
import { snapshot } from '../support/files.ts';

const root = join(import.meta.dirname, '../..');
const fixtures = join(root, 'tests/fixtures/taxonomy-edit');
const inputDir = join(fixtures, 'input');

const work = mkdtempSync(join(tmpdir(), 'tacit-taxonomy-edit-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The fixture input as an edit reads it, with paths shown as `content/…` whatever the working folder. */
function fixtureInput(dir = inputDir): EditInput {
  const files = snapshot(dir);
  const text = (file: string) => files.get(file)!;
  return {
    taxonomy: { path: join(dir, 'content/taxonomy.yaml'), file: 'content/taxonomy.yaml', text: text('content/taxonomy.yaml') },
    entries: [...files.keys()].filter((f) => f.endsWith('.mdx')).map((file) => ({ path: join(dir, file), file, text: text(file) })),
  };
}

type Case = { command: 'rename' | 'merge' | 'move' | 'deprecate'; options: never; touches: string[] };
const operations: Record<Case['command'], (input: EditInput, options: never) => EditResult> = {
  rename: renameConcept,
  merge: mergeConcepts,
  move: moveConcept,
  deprecate: deprecateConcept,
};
const cases = readdirSync(fixtures, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'input')
  .map((d) => d.name)
  .sort();

let copies = 0;
/** A fresh copy of the fixture content folder: tests never write into the repository. */
function copyContent(): string {
  const dir = join(work, `copy-${++copies}`);
  cpSync(inputDir, dir, { recursive: true });
  return join(dir, 'content');
}

describe('each edit changes exactly the expected bytes', () => {
  const input = fixtureInput();
  const before = snapshot(inputDir);

  it('covers every command', () => {
    const commands = new Set(cases.map((c) => (JSON.parse(readFileSync(join(fixtures, c, 'case.json'), 'utf8')) as Case).command));
    expect([...commands].sort()).toEqual(['deprecate', 'merge', 'move', 'rename']);
  });

  it.each(cases)('%s', (name) => {
    const spec = JSON.parse(readFileSync(join(fixtures, name, 'case.json'), 'utf8')) as Case;
    const result = operations[spec.command](input, spec.options);
    const expected = snapshot(join(fixtures, name, 'expected'));
    const changed = new Map(result.changes.map((c) => [c.file, c.after]));

    // Byte for byte: the changed files are exactly the expected ones, and hold exactly the expected text.
    expect([...changed.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [file, text] of expected) expect(changed.get(file), file).toBe(text);

    for (const c of result.changes) {
      expect(c.before).toBe(before.get(c.file));
      // Line by line, every removed or added line names something the edit is about.
      for (const part of diffLines(c.before, c.after)) {
        if (!part.added && !part.removed) continue;
        for (const line of part.value.split('\n').filter(Boolean)) {
          expect(
            spec.touches.some((t) => line.includes(t)),
            `${c.file}: ${part.added ? '+' : '-'}${line}`,
          ).toBe(true);
        }
      }
      // Entries: only the front matter may change; the body's bytes stay.
      if (c.file.endsWith('.mdx')) {
        expect(c.after.slice(frontMatterSpan(c.after)!.end)).toBe(c.before.slice(frontMatterSpan(c.before)!.end));
      }
    }
    // The result is a valid taxonomy with no error the input did not have.
    const after = changed.get('content/taxonomy.yaml') ?? input.taxonomy.text;
    const taxonomy = taxonomySchema.parse(parse(after));
    expect(validateTaxonomy(taxonomy).filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('rename leaves each old id as a deprecated concept that redirects to the new one', () => {
    const result = renameConcept(input, { from: 'sales/negotiation', to: 'sales/dealmaking', redirect: true });
    const t = taxonomySchema.parse(parse(result.changes[0]!.after));
    const stub = t.topics.find((c) => c.id === 'sales/negotiation/pricing');
    expect(stub).toMatchObject({ deprecated: true, replacedBy: 'sales/dealmaking/pricing', label: 'Pricing (renamed)', altLabels: [] });
    expect(t.topics.find((c) => c.id === 'sales/dealmaking/pricing')).toMatchObject({ label: 'Pricing', broader: ['sales/dealmaking'] });
    expect(result.details).toMatchObject({ redirects: ['sales/negotiation', 'sales/negotiation/pricing'] });
  });

  it("merge hands the retired concept's labels to the one that stays, and keeps every label unique", () => {
    const result = mergeConcepts(input, { from: 'sales/tenders', into: 'sales/negotiation' });
    const t = taxonomySchema.parse(parse(result.changes[0]!.after));
    expect(t.topics.find((c) => c.id === 'sales/negotiation')!.altLabels).toEqual(['haggling', 'bargaining', 'Tenders', 'RFP', 'bid']);
    expect(t.topics.find((c) => c.id === 'sales/tenders')).toMatchObject({
      label: 'Tenders (merged)',
      altLabels: [],
      deprecated: true,
      replacedBy: 'sales/negotiation',
    });
  });

  it('rename and merge keep collections naming the topics they change, each member once', () => {
    const grouped: EditInput = {
      ...input,
      taxonomy: {
        ...input.taxonomy,
        text: `${input.taxonomy.text.trimEnd()}\ncollections:\n  - id: deals\n    label: Deals\n    members: [sales/negotiation, sales/negotiation/pricing, sales/tenders]\n`,
      },
    };
    const members = (result: EditResult) => taxonomySchema.parse(parse(result.changes[0]!.after)).collections[0]!.members;
    expect(members(renameConcept(grouped, { from: 'sales/negotiation', to: 'sales/dealmaking', redirect: false }))).toEqual([
      'sales/dealmaking',
      'sales/dealmaking/pricing',
      'sales/tenders',
    ]);
    expect(members(mergeConcepts(grouped, { from: 'sales/tenders', into: 'sales/negotiation' }))).toEqual(['sales/negotiation', 'sales/negotiation/pricing']);
  });

  it('leaves files alone when the edit does not concern them', () => {
    const result = moveConcept(input, { id: 'leadership/hiring', under: 'sales' });
    expect(result.changes.map((c) => c.file)).toEqual(['content/taxonomy.yaml']);
    expect(result.entries).toEqual([]);
  });
});

describe('the layouts people write', () => {
  const input = fixtureInput();

  it('keeps Windows line endings and a byte order mark', () => {
    const crlf = (s: string) => `\uFEFF${s.replace(/\n/g, '\r\n')}`;
    const windows: EditInput = {
      taxonomy: { ...input.taxonomy, text: crlf(input.taxonomy.text) },
      entries: input.entries.map((e) => ({ ...e, text: crlf(e.text) })),
    };
    for (const result of [
      renameConcept(windows, { from: 'sales/negotiation', to: 'sales/dealmaking', redirect: true }),
      mergeConcepts(windows, { from: 'leadership/feedback', into: 'leadership' }),
      deprecateConcept(windows, { id: 'sales/tenders', replacedBy: 'sales/negotiation', rewriteEntries: true }),
    ]) {
      expect(result.changes.length).toBeGreaterThan(1);
      for (const c of result.changes) {
        expect(c.after.startsWith('\uFEFF'), c.file).toBe(true);
        expect(c.after.replace(/\r\n/g, '').includes('\n'), `${c.file} has a bare line feed`).toBe(false);
      }
    }
  });

  it('rewrites topics in place, adds and removes items in either list style, and drops a repeat', () => {
    const entry = (topics: string) => ({ path: 'x.mdx', file: 'x.mdx', text: `---\ntitle: T\n${topics}\nkind: advice\n---\n\ntopics: [a]\n` });
    const swap = new Map([['a', 'b']]);
    const rewrite = (text: string, ids: string[], to: (l: readonly string[]) => string[]) => rewriteEntryTopics(entry(text), new Set(ids), to);
    const replace = (l: readonly string[]) => l.map((id) => swap.get(id) ?? id);
    expect(rewrite('topics: [ a ,c ]  # x', ['a'], replace)).toBe(entry('topics: [ b ,c ]  # x').text);
    expect(rewrite("topics: ['a', c]", ['a'], replace)).toBe(entry("topics: ['b', c]").text);
    expect(rewrite('topics: [a, b, c]', ['a'], () => ['b', 'c'])).toBe(entry('topics: [b, c]').text);
    expect(rewrite('topics: [c, a, b]', ['a'], () => ['c', 'b'])).toBe(entry('topics: [c, b]').text);
    expect(rewrite('topics: [c, d, a]', ['a'], () => ['c', 'd'])).toBe(entry('topics: [c, d]').text);
    expect(rewrite('topics: [c]', ['c'], () => ['c', 'needs quotes: yes'])).toBe(entry('topics: [c, "needs quotes: yes"]').text);
    expect(rewrite('topics:\n  - a  # one\n  # two\n  - c', ['a'], () => ['c'])).toBe(entry('topics:\n  # two\n  - c').text);
    expect(rewrite('topics:\n  - c\n  - a', ['a'], () => ['c', 'b', 'd'])).toBe(entry('topics:\n  - c\n  - b\n  - d').text);
    // Not mentioned: untouched, even when the body mentions the id.
    expect(rewrite('topics: [c]', ['a'], replace)).toBeUndefined();
  });

  it('adds a field where a person would write it, in a block or a flow mapping', () => {
    const block = moveConcept(input, { id: 'leadership', also: 'sales' }).changes[0]!.after;
    expect(block).toContain('  - id: leadership\n    label: Leadership\n    broader: [sales]\n    steward: dana-whitfield\n');
    const flow = moveConcept(input, { id: 'sales/tenders', also: 'leadership' }).changes[0]!.after;
    expect(flow).toContain('  - {id: sales/tenders, label: Tenders, altLabels: [RFP, bid], broader: [sales, leadership], related: [sales/negotiation]}\n');
  });

  it('says how to make the hierarchy follow an id that names another parent', () => {
    const result = renameConcept(input, { from: 'leadership/hiring', to: 'sales/hiring', redirect: true });
    expect(result.notes).toContain(
      '`sales/hiring` is still under `leadership`; to put it under `sales` as its id suggests, run `npm run taxonomy -- move sales/hiring --under sales`.',
    );
  });

  it('refuses an entry whose front matter it cannot read when the entry mentions the concept', () => {
    const broken = { path: 'x.mdx', file: 'content/entries/x.mdx', text: '---\ntopics: [sales/tenders\n---\nBody.\n' };
    const input2: EditInput = { ...input, entries: [...input.entries, broken] };
    expect(() => renameConcept(input2, { from: 'sales/tenders', to: 'sales/bidding', redirect: true })).toThrow(
      /`content\/entries\/x.mdx` has front matter that is not valid YAML/,
    );
    // An unrelated edit goes ahead: the broken entry is `npm run check`'s to report.
    expect(() => renameConcept(input2, { from: 'leadership/hiring', to: 'leadership/recruiting', redirect: true })).not.toThrow();
  });
});

describe('bad input is refused with what to do', () => {
  const input = fixtureInput();
  const fails = (run: () => unknown, message: RegExp, exitCode = 1) => {
    let error: unknown;
    try {
      run();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CommandError);
    expect((error as CommandError).message).toMatch(message);
    expect((error as CommandError).exitCode).toBe(exitCode);
  };

  it('unknown ids, with a did-you-mean', () => {
    fails(
      () => renameConcept(input, { from: 'sales/negotation', to: 'x', redirect: true }),
      /^Unknown concept `sales\/negotation`\. Did you mean `sales\/negotiation`\?/,
    );
    fails(() => mergeConcepts(input, { from: 'sales/tenders', into: 'leadership/hirng' }), /Did you mean `leadership\/hiring`\?/);
    fails(() => moveConcept(input, { id: 'leadership/hiring', under: 'sale' }), /Did you mean `sales`\?/);
  });

  it('a new id that is taken or malformed', () => {
    fails(
      () => renameConcept(input, { from: 'sales/tenders', to: 'leadership', redirect: true }),
      /`leadership` is already the id of the concept `Leadership`/,
    );
    fails(
      () => renameConcept(input, { from: 'sales/tenders', to: 'Sales Tenders', redirect: true }),
      /`Sales Tenders` is not a valid concept id: expected a concept id of lowercase slug segments/,
    );
    fails(() => renameConcept(input, { from: 'sales/tenders', to: 'sales/bids', redirect: true }), /`sales\/bids` is already the id/);
  });

  it('cycles, merging into a narrower concept, and retired concepts', () => {
    fails(
      () => moveConcept(input, { id: 'sales', under: 'sales/negotiation/pricing' }),
      /`sales\/negotiation\/pricing` is below `sales` \(`sales\/negotiation\/pricing → sales\/negotiation → sales`\), so putting `sales` under it would make a cycle/,
    );
    fails(() => moveConcept(input, { id: 'sales', also: 'sales' }), /cannot be below itself/);
    fails(() => mergeConcepts(input, { from: 'sales', into: 'sales/negotiation' }), /`sales\/negotiation` is below `sales`/);
    fails(
      () => mergeConcepts(input, { from: 'sales/tenders', into: 'sales/bids' }),
      /Concept `sales\/bids` is deprecated\. Use `sales\/tenders`, which replaces it\./,
    );
    fails(
      () => renameConcept(input, { from: 'sales/bids', to: 'sales/old-bids', redirect: true }),
      /deprecated: its id is kept only so that old links keep working/,
    );
    fails(() => deprecateConcept(input, { id: 'sales/bids', rewriteEntries: false }), /already deprecated, replaced by `sales\/tenders`/);
    fails(() => deprecateConcept(input, { id: 'sales/tenders', rewriteEntries: true }), /needs `--replaced-by <id>`/, 2);
  });

  it('an edit that would add a taxonomy error, such as a related topic that is now also broader', () => {
    fails(
      () => moveConcept(input, { id: 'leadership/feedback', also: 'sales/negotiation' }),
      /would add this problem[\s\S]*related to `sales\/negotiation`, which is also above it/,
    );
  });
});

describe('writing is all or nothing', () => {
  it('a failure in the middle of the renames leaves every file byte-identical', () => {
    const content = copyContent();
    const before = snapshot(content);
    const result = renameConcept(readEditInput(content), { from: 'sales/negotiation', to: 'sales/dealmaking', redirect: true });
    expect(result.changes).toHaveLength(3);
    for (const failAt of [0, 1, 2]) {
      expect(() =>
        writeChanges(result.changes, {
          beforeRename: (i) => {
            if (i === failAt) throw new Error(`disk full at ${i}`);
          },
        }),
      ).toThrow(`disk full at ${failAt}`);
      // No temporary or backup file is left behind either.
      expect(snapshot(content)).toEqual(before);
    }
    writeChanges(result.changes);
    expect(snapshot(content).get('taxonomy.yaml')).toBe(result.changes[0]!.after);
  });

  it('a new file is removed again when a later one fails', () => {
    const dir = join(work, 'new-files');
    writeFilesAtomically([{ path: join(dir, 'old.txt'), text: 'old' }]);
    expect(() =>
      writeFilesAtomically(
        [
          { path: join(dir, 'sub/new.txt'), text: 'new' },
          { path: join(dir, 'old.txt'), text: 'changed' },
        ],
        {
          beforeRename: (i) => {
            if (i === 1) throw new Error('crash');
          },
        },
      ),
    ).toThrow('crash');
    expect(existsSync(join(dir, 'sub/new.txt'))).toBe(false);
    expect(snapshot(dir)).toEqual(new Map([['old.txt', 'old']]));
  });

  it('a file someone changed after it was read is never overwritten', () => {
    const content = copyContent();
    const result = mergeConcepts(readEditInput(content), { from: 'sales/tenders', into: 'sales/negotiation' });
    const entry = join(content, 'entries/sales/decline-the-rfp.mdx');
    writeFileSync(entry, `${readFileSync(entry, 'utf8')}A mentor's late addition.\n`);
    const before = snapshot(content);
    expect(() => writeChanges(result.changes)).toThrow(/decline-the-rfp\.mdx` changed on disk while the edit was being prepared; nothing was written/);
    expect(snapshot(content)).toEqual(before);
  });
});
