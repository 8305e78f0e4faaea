/** Redaction of transcripts before anything is published: see `redact.ts`. */
export type { AsideSpan, Span, SpanType } from './types.ts';
export type { RedactionType } from './placeholders.ts';
export { ASIDE_PLACEHOLDER, MENTOR_PLACEHOLDER, personPlaceholder } from './placeholders.ts';
export { detectKnownNames, knownNameMatcher, nameTokens, nameVariants } from './known-names.ts';
export { detectPeople } from './people.ts';
export { detectAddresses, detectContacts, detectEmails, detectEmployeeIds, detectPhones } from './contact.ts';
export { detectOrganizations } from './organizations.ts';
export { detectAsides } from './asides.ts';
export { sentences, type Sentence } from './sentences.ts';
export {
  emptyCounts,
  findRedactions,
  redact,
  removesMentorName,
  type Redaction,
  type RedactOptions,
  type RedactResult,
  type Replacement,
} from './redact.ts';
export {
  evaluateContacts,
  evaluateKnownNames,
  evaluatePersonNames,
  loadPresidio,
  type PresidioRecord,
  type Score,
  type Split,
} from './eval.ts';
