import matter from 'gray-matter';
import type { Problem } from '../problems.ts';
import { normalizeText } from './text.ts';
import { parseYaml, type ParsedYaml } from './yaml.ts';

export interface FrontMatter {
  /** The parsed front matter, or undefined when it could not be read. */
  parsed?: ParsedYaml;
  /** The body after the closing `---`. */
  body: string;
  /** How many lines precede the body, so body positions map back to the file. */
  bodyLineOffset: number;
  problems: Problem[];
}

// gray-matter would run `---js` / `---javascript` / `---coffee` front matter through eval. Every engine is
// replaced by one that evaluates nothing: gray-matter only splits the file, and YAML is parsed separately.
const inert = { parse: () => ({}), stringify: () => '' };
const engines = { yaml: inert, js: inert, javascript: inert, coffee: inert, coffeescript: inert, json: inert, toml: inert };

/** Splits an entry into front matter and body without evaluating anything in it. */
export function readFrontMatter(source: string, file: string): FrontMatter {
  const text = normalizeText(source);
  if (!/^---[^\S\r\n]*[a-z]*\r?\n/.test(text)) {
    return {
      body: text,
      bodyLineOffset: 0,
      problems: [problem(file, 1, 1, 'The file must start with YAML front matter between `---` lines (title, kind, summary, …).', 'front-matter-missing')],
    };
  }
  let split: matter.GrayMatterFile<string>;
  try {
    split = matter(text, { engines, language: 'yaml' });
  } catch (error) {
    return { body: '', bodyLineOffset: 0, problems: [problem(file, 1, 1, `Front matter cannot be read: ${(error as Error).message}.`, 'front-matter-syntax')] };
  }
  const bodyStart = text.length - split.content.length;
  const bodyLineOffset = countLines(text.slice(0, bodyStart));
  const language = (split as unknown as { language?: string }).language ?? 'yaml';
  if (language !== 'yaml') {
    return {
      body: split.content,
      bodyLineOffset,
      problems: [
        problem(
          file,
          1,
          4,
          `Front matter in \`${language}\` is not allowed: it would run as code. Write it as YAML: start the file with a plain \`---\` line.`,
          'front-matter-language',
        ),
      ],
    };
  }
  if (!/\n---[^\S\r\n]*(\r?\n|$)/.test(text.slice(0, bodyStart + 1))) {
    return {
      body: '',
      bodyLineOffset: 0,
      problems: [problem(file, 1, 1, 'The front matter is not closed: add a `---` line after the last field.', 'front-matter-syntax')],
    };
  }
  // `matter` starts on the opening `---` line, so its line numbers are the file's.
  const { parsed, problems } = parseYaml(split.matter, file);
  return parsed ? { parsed, body: split.content, bodyLineOffset, problems } : { body: split.content, bodyLineOffset, problems };
}

const countLines = (s: string): number => (s.match(/\n/g) ?? []).length;

function problem(file: string, line: number, column: number, message: string, rule: string): Problem {
  return { file, line, column, severity: 'error', message, rule };
}
