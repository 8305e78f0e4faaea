import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inWorkers } from '../../src/lib/workers/pool.ts';

const script = new URL('../fixtures/workers/double.ts', import.meta.url);
const jobs = Array.from({ length: 200 }, (_, i) => i);

describe('worker threads (inWorkers)', () => {
  it('return every result in the order of the jobs', async () => {
    expect(await inWorkers<number, number>(script, {}, jobs, 2)).toEqual(jobs.map((n) => n * 2));
  });
  it('fail the whole run when a worker throws, and stop the others', async () => {
    const log = join(mkdtempSync(join(tmpdir(), 'tacit-pool-')), 'started.txt');
    const started = () => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean).length : 0);
    // Jobs 0–63 go to one thread and 64–127 to the other, which fails at 70 while the first is mid-batch.
    await expect(inWorkers(script, { failAt70: 'throw', log, slowMs: 5 }, jobs, 2)).rejects.toThrow(/job 70 failed/);
    const atFailure = started();
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Left running, the first thread would start about 60 more jobs in that time.
    expect(started()).toBe(atFailure);
    expect(atFailure).toBeLessThan(jobs.length);
    rmSync(dirname(log), { recursive: true, force: true });
  });
  it('name the file whose job failed', async () => {
    const files = jobs.map((n) => ({ path: `content/entries/entry-${n}.mdx`, n }));
    await expect(inWorkers(script, { failAt70: 'throw' }, files, 2)).rejects.toThrow(/^content\/entries\/entry-70\.mdx: job 70 failed$/);
  });
  it('fail, not hang, when a worker exits before its jobs are done, even with exit code 0', async () => {
    await expect(inWorkers(script, { failAt70: 'exit' }, jobs, 2)).rejects.toThrow(/stopped with exit code 0 before its jobs were done/);
  });
});
