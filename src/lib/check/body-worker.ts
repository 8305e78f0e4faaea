// A worker thread of `npm run check`: parses the entry bodies it is sent, with the records read here.
import { parentPort, workerData } from 'node:worker_threads';
import { readContent } from '../read/content.ts';
import { privacyIndex, readBody } from './bodies.ts';
import type { WorkerSetup } from './workers.ts';

const setup = workerData as WorkerSetup;
const { entries: _none, ...records } = readContent(setup.contentDir, { entries: false });
const privacy = privacyIndex(records, setup.detectUnknownNames);

parentPort?.on('message', ({ start, jobs }: { start: number; jobs: { path: string; source: string }[] }) => {
  parentPort?.postMessage({ start, bodies: jobs.map((j) => readBody(j.path, j.source, records, privacy)) });
});
