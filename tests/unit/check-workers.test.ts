import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extraChecks } from '../../src/lib/check/extra.ts';
import { runCheck } from '../../src/lib/check/index.ts';
import { projectRoot } from '../support/build.ts';

describe('check parses bodies in worker threads', () => {
  const work = mkdtempSync(join(tmpdir(), 'tacit-workers-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const content = join(work, 'content');
  cpSync(join(projectRoot, 'content'), content, { recursive: true });
  // Problems only a body parse finds, so the workers' results are what is compared.
  writeFileSync(join(content, 'entries/sales/unsafe.mdx'), '---\ntitle: x\n---\n\n<script>alert(1)</script>\n\nCall Marguerite on 555 0100.\n');

  it('and finds exactly what one thread finds, in the same order', async () => {
    const told: [number, number][] = [];
    const run = async (workers: number) =>
      (await runCheck({ contentDir: content, today: '2026-11-23', extra: extraChecks, workers, onParse: (...t) => told.push(t) })).findings.map(
        ({ fix: _fix, ...f }) => f,
      );
    const one = await run(0);
    expect(one.filter((f) => f.file.endsWith('unsafe.mdx')).map((f) => f.rule)).toEqual(expect.arrayContaining(['entry-schema', 'mdx-html']));
    expect(await run(2)).toEqual(one);
    // Progress is told the files to parse (every entry: there is no cache) and the threads.
    const files = told[0]![0];
    expect(files).toBeGreaterThan(20);
    expect(told).toEqual([
      [files, 1],
      [files, 1],
    ]);
  });
});
