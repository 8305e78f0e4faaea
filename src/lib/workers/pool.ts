import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { displayPath } from '../text/path.ts';

/** Jobs a worker is given at a time: small enough to share out evenly, large enough to keep messages few. */
const batch = 64;

/**
 * Runs `jobs` in `count` worker threads started from `script` (which calls `answerJobs`), handing out
 * batches as workers finish, and returns the results in the order of `jobs`. `setup` reaches every
 * worker as its `workerData`. A worker that fails fails the whole run.
 */
export async function inWorkers<J, R>(script: URL, setup: unknown, jobs: readonly J[], count = availableParallelism()): Promise<R[]> {
  const results = new Array<R>(jobs.length);
  let next = 0;
  // Every worker started, so the first failure can stop the rest: left running, they keep the process alive.
  const workers: Worker[] = [];
  const one = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(script, { workerData: setup });
      workers.push(worker);
      // Whether this worker was told it is done: any other exit, with whatever code, fails the run.
      let finished = false;
      const send = () => {
        if (next >= jobs.length) {
          finished = true;
          void worker.terminate().then(() => resolve(), reject);
          return;
        }
        const start = next;
        next = Math.min(jobs.length, next + batch);
        worker.postMessage({ start, jobs: jobs.slice(start, next) });
      };
      worker.on('message', (m: Answer<R>) => {
        if ('failed' in m) {
          // Say which job failed: a thrown error loses its class crossing threads, and names no file.
          const job = jobs[m.start + m.failed] as { path?: unknown } | undefined;
          reject(new Error(typeof job?.path === 'string' ? `${displayPath(job.path)}: ${m.message}` : m.message));
          return;
        }
        m.results.forEach((r, i) => {
          results[m.start + i] = r;
        });
        send();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => {
        if (!finished) reject(new Error(`A worker thread (${fileURLToPath(script)}) stopped with exit code ${code} before its jobs were done.`));
      });
      send();
    });
  try {
    await Promise.all(Array.from({ length: threadsFor(jobs.length, count) }, one));
  } catch (error) {
    await Promise.all(workers.map((w) => w.terminate()));
    throw error;
  }
  return results;
}

/** How many of `count` worker threads `inWorkers` starts for `jobs` jobs: no more than there are batches. */
export const threadsFor = (jobs: number, count: number): number => Math.min(count, Math.ceil(jobs / batch));

/** In a worker script: answers each batch `inWorkers` sends with `work(job, setup)` for every job. */
export function answerJobs<J, R, S>(work: (job: J, setup: S) => R): void {
  const setup = workerData as S;
  parentPort?.on('message', ({ start, jobs }: { start: number; jobs: J[] }) => {
    const results: R[] = [];
    for (const [i, job] of jobs.entries()) {
      try {
        results.push(work(job, setup));
      } catch (error) {
        parentPort?.postMessage({ start, failed: i, message: error instanceof Error ? error.message : String(error) } satisfies Answer<R>);
        return;
      }
    }
    parentPort?.postMessage({ start, results } satisfies Answer<R>);
  });
}

/** A worker's answer to a batch: every result, or which job of it failed and why. */
type Answer<R> = { start: number; results: R[] } | { start: number; failed: number; message: string };

/** Jobs before worker threads repay their start: each loads the readers and reads the records (about 0.5 s). */
const minJobs = 400;

/** Each worker holds the readers, the renderer and the records: past this many, memory grows faster than time falls. */
const maxWorkers = 8;

/**
 * Worker threads worth starting for `jobs` entry files to parse: one per core (at most `maxWorkers`) once
 * there are enough to repay their start, and none on a machine with one core.
 */
export function workersFor(jobs: number): number {
  const cores = Math.min(availableParallelism(), maxWorkers);
  return jobs >= minJobs && cores > 1 ? cores : 0;
}
