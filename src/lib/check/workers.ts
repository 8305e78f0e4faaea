import { Worker } from 'node:worker_threads';
import type { CachedBody } from './cache.ts';

/** What a worker needs to set itself up: it reads the records itself rather than receive them. */
export interface WorkerSetup {
  contentDir: string;
  detectUnknownNames: boolean;
}

/** Files a worker is given at a time: small enough to share out evenly, large enough to keep messages few. */
const batch = 64;

/**
 * Parses entry bodies in `count` worker threads (`body-worker.ts`), handing out batches as workers finish,
 * and returns the results in the order of `jobs`. A worker that fails fails the whole pass.
 */
export async function parseInWorkers(jobs: readonly { path: string; source: string }[], setup: WorkerSetup, count: number): Promise<CachedBody[]> {
  const results = new Array<CachedBody>(jobs.length);
  let next = 0;
  const one = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL('./body-worker.ts', import.meta.url), { workerData: setup });
      const send = () => {
        if (next >= jobs.length) {
          void worker.terminate().then(() => resolve(), reject);
          return;
        }
        const start = next;
        next = Math.min(jobs.length, next + batch);
        worker.postMessage({ start, jobs: jobs.slice(start, next) });
      };
      worker.on('message', (m: { start: number; bodies: CachedBody[] }) => {
        m.bodies.forEach((body, i) => {
          results[m.start + i] = body;
        });
        send();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => {
        if (code !== 0 && next < jobs.length) reject(new Error(`A check worker stopped with exit code ${code}.`));
      });
      send();
    });
  await Promise.all(Array.from({ length: Math.min(count, Math.ceil(jobs.length / batch)) }, one));
  return results;
}
