import { z } from 'zod';
import { kindSchema } from './entry.ts';
import { isoDate, slugId } from './primitives.ts';

/** How a published entry names its mentor: name and role, role only, or neither. */
export const attributionSchema = z.enum(['named', 'role', 'anonymous']);
export type AttributionMode = z.infer<typeof attributionSchema>;

/** `content/consent/<id>.yaml`: what a person agreed to. The id is the file name. */
export const consentSchema = z
  .strictObject({
    /** The people id of the person who gave this consent. */
    person: slugId,
    /** The day consent was given. */
    given: isoDate,
    /** The widest audience allowed to read (one of `audiences` in `content/site.yaml`). */
    audience: slugId,
    /** How entries under this consent name their mentor. */
    attribution: attributionSchema,
    /** The kinds of entry allowed; all kinds when absent. */
    kinds: z.array(kindSchema).min(1).optional(),
    /** Nothing is published before this day. */
    embargoUntil: isoDate.optional(),
    /** Nothing is published on or after this day. */
    expires: isoDate.optional(),
    /** The day consent was withdrawn; from then on nothing under it is published. */
    revoked: isoDate.optional(),
    /**
     * Words that would tell a reader who the mentor is although their name is gone: the company they
     * founded, their product, their team. Under `role` and `anonymous` attribution ingest redacts them and
     * the build withholds any entry that still contains one.
     */
    identifying: z.array(z.string().trim().min(2)).optional(),
    /**
     * Whether recordings of their conversations may be played, and to whom: the widest audience that may
     * hear them (narrower ones may too). Without it no recording is played or linked. A voice identifies a
     * person, so only `named` attribution allows it.
     */
    recordings: z.strictObject({ audience: slugId }).optional(),
    /** Free text for knowledge managers; never published. */
    notes: z.string().optional(),
  })
  .superRefine((c, ctx) => {
    if (c.recordings && c.attribution !== 'named')
      ctx.addIssue({
        code: 'custom',
        path: ['recordings'],
        message: `a voice identifies a person, so recordings can be played only under \`named\` attribution; remove \`recordings\` or make the attribution \`named\``,
      });
  });
export type Consent = z.infer<typeof consentSchema>;
