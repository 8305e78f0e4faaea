import { checkbox, confirm, input, search, select } from '@inquirer/prompts';
import type { Prompter } from './ask.ts';

/** The terminal prompts of `@inquirer/prompts` behind the `Prompter` interface. */
export const inquirerPrompter: Prompter = {
  input: (message, validate) => input({ message, validate, required: true }),
  select: (message, choices) => select({ message, choices, pageSize: 12 }),
  search: (message, source) => search({ message, source: (term) => source(term), pageSize: 12 }),
  checkbox: (message, choices) => checkbox({ message, choices, pageSize: 12 }),
  confirm: (message, initial) => confirm({ message, default: initial }),
};

/** Whether an error means the person pressed Ctrl-C (or closed the terminal) during a prompt. */
export const isPromptExit = (error: unknown): boolean => error instanceof Error && error.name === 'ExitPromptError';
