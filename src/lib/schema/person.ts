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
  /**
   * `true` lets topic pages name this person as the topic's steward (knowledge managers agree to this). It
   * never names them as a mentor, and it is ignored for anyone who mentors under `role` or `anonymous`.
   */
  namedAsSteward: z.boolean().optional(),
});
export type Person = z.infer<typeof personSchema>;
