/** Consent commands fail with the shared command error (exit code 1 or 2). */
export { CommandError as ConsentError } from '../command-error.ts';
