/** Redaction of transcripts before anything is published: see `redact.ts`. */
export { personPlaceholder } from './placeholders.ts';
export { detectKnownNames, initialsOf, nameTokens } from './known-names.ts';
export { detectPeople } from './people.ts';
export { detectAddresses, detectEmails, detectEmployeeIds, detectPhones } from './contact.ts';
export { detectAsides } from './asides.ts';
export { namesInConversation } from './conversation-names.ts';
export {
  redact,
  removesMentorName,
  type RedactOptions,
  type Replacement,
} from './redact.ts';
export {
  evaluateContacts,
  evaluateKnownNames,
  evaluatePersonNames,
} from './eval.ts';
