// A worker thread of `npm run check`: parses the entry bodies it is sent, with the records read here.
import { readContent } from '../read/content.ts';
import { answerJobs } from '../workers/index.ts';
import { privacyIndex, readBody, type BodyWorkerSetup } from './bodies.ts';

let ready: { records: Parameters<typeof readBody>[2]; privacy: ReturnType<typeof privacyIndex> } | undefined;

answerJobs((job: { path: string; source: string }, setup: BodyWorkerSetup) => {
  if (!ready) {
    const { entries: _none, ...records } = readContent(setup.contentDir, { entries: false });
    ready = { records, privacy: privacyIndex(records, setup.detectUnknownNames) };
  }
  return readBody(job.path, job.source, ready.records, ready.privacy);
});
