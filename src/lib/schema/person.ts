import { z } from 'zod';
import { isoDate, shortText } from './primitives.ts';

/** `content/people/<id>.yaml`: a mentor or steward. The id is the file name. */
export const personSchema = z.strictObject({
  /** Full name, shown only where a consent allows `named` attribution. */
  name: shortText(120),
  /** Job title, shown where a consent allows `named` or `role` attribution. */
  role: shortText(120),
  /** The day the person is expected to leave the organisation. */
  leaving: isoDate.optional(),
});
export type Person = z.infer<typeof personSchema>;
