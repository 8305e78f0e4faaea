import { z } from 'zod';

/** A calendar date written `YYYY-MM-DD`; kept as a string so comparisons are plain and time-zone free. */
export const isoDate = z.iso.date({ error: 'expected a date written `YYYY-MM-DD`, e.g. `2025-03-14`' });

/** Whether `value` is a real calendar day written `YYYY-MM-DD` (so `2026-02-30` is refused): the one test every command uses. */
export const isIsoDate = (value: string): boolean => isoDate.safeParse(value).success;

/** A moment in a recording, written `hh:mm:ss` (hours may be one or two digits). */
export const timecode = z.string().regex(/^\d{1,2}:[0-5]\d:[0-5]\d$/, { error: 'expected a time in the recording written `hh:mm:ss`, e.g. `00:12:30`' });

/** A lowercase, hyphenated identifier such as `dana-whitfield`: file names of people and consent records. */
export const slugId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'expected a lowercase id of letters, digits and hyphens, e.g. `dana-whitfield`',
});

/** A taxonomy concept id: slug segments joined by `/`, e.g. `leadership/first-90-days`. */
export const conceptId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/, {
  error: 'expected a concept id of lowercase slug segments joined by `/`, e.g. `leadership/first-90-days`',
});

/** Short, single-line text. */
export const shortText = (max: number) => z.string().trim().min(1, { error: 'must not be empty' }).max(max);
