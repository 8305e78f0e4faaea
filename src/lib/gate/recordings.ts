import type { Consent, EntryData } from '../schema/index.ts';
import { covers } from './gate.ts';

/** A recording an edition may play: where it is served from, and where the file begins in the conversation. */
export interface Playable {
  /** Its address on the site (`/recordings/…`, for a file under `content/recordings/`) or elsewhere. */
  src: string;
  captions?: string | undefined;
  /** Seconds into the conversation at which the file begins. */
  startsAt: number;
  /** Files under `content/recordings/` this edition must carry, as written (`recordings/…`). */
  files: string[];
}

const seconds = (timecode: string) => timecode.split(':').reduce((total, part) => total * 60 + Number(part), 0);
const served = (source: string) => (source.startsWith('recordings/') ? `/${source}` : source);

/**
 * The one rule for recordings: an entry's recording plays in an edition only when the entry is published
 * there (the caller's gate has said so), its consent is `named` and has `recordings`, and that audience
 * covers the edition's. Anything else gives nothing, so no player, address or file reaches the output.
 */
export function playableRecording(
  entry: Pick<EntryData, 'conversation'>,
  consent: Consent,
  audience: string,
  audiences: readonly string[],
): Playable | undefined {
  const recording = entry.conversation?.recording;
  if (!recording || consent.attribution !== 'named' || !consent.recordings) return undefined;
  if (!covers(consent.recordings.audience, audience, audiences)) return undefined;
  const sources = [recording.src, ...(recording.captions ? [recording.captions] : [])];
  return {
    src: served(recording.src),
    captions: recording.captions && served(recording.captions),
    startsAt: recording.starts ? seconds(recording.starts) : 0,
    files: sources.filter((s) => s.startsWith('recordings/')),
  };
}
