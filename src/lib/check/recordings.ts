import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { EntryRecord } from '../read/content.ts';
import { fieldPosition } from './locate.ts';
import type { Finding } from './types.ts';

/**
 * A recording or captions file an entry names under `content/recordings/` must be there: the build copies
 * it into the editions that may play it, and would otherwise stop.
 */
export function checkRecording(entry: EntryRecord, contentDir: string): Finding[] {
  const recording = entry.data.conversation?.recording;
  if (!recording) return [];
  return (['src', 'captions'] as const).flatMap((field) => {
    const source = recording[field];
    if (!source?.startsWith('recordings/') || existsSync(join(contentDir, source))) return [];
    return [
      {
        file: entry.file,
        ...fieldPosition(entry, ['conversation', 'recording', field]),
        severity: 'error' as const,
        rule: 'recording-missing',
        message: `The ${field === 'src' ? 'recording' : 'captions file'} \`${source}\` is not in the content folder. Add it as \`content/${source}\`, or correct the path.`,
      },
    ];
  });
}
