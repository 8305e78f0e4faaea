// A worker thread of the build (`readAhead`): reads, guards and renders the entry files it is sent, and
// scans them for the mentor's name, with the records read here. The gate decides in the main thread.
import { leakMatcher, scanForLeaks } from '../gate/index.ts';
import { readContent, readEntryFile } from '../read/content.ts';
import { prepareBody } from '../render/index.ts';
import { answerJobs } from '../workers/index.ts';
import { scanKey, type ReadAhead } from './bodies.ts';
import type { ReadWorkerSetup } from './ahead.ts';

let records: ReturnType<typeof readContent> | undefined;

answerJobs((job: { path: string; source: string }, setup: ReadWorkerSetup): ReadAhead => {
  records ??= readContent(setup.contentDir, { entries: false });
  const { entry, problems } = readEntryFile(job.path, job.source);
  if (!entry) return { problems };
  const matcher = leakMatcher(entry.data, records);
  return {
    data: entry.data,
    problems,
    body: prepareBody(entry.tree, setup.settings),
    scan: matcher && { key: scanKey(matcher, entry.slug), leaks: scanForLeaks(entry, matcher) },
  };
});
