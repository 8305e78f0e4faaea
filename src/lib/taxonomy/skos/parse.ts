import { Parser, type Quad } from 'n3';
import { extname } from 'node:path';

/** The RDF syntaxes N3.js reads, by file extension. */
const formats: Record<string, string> = {
  '.ttl': 'text/turtle',
  '.turtle': 'text/turtle',
  '.nt': 'application/n-triples',
  '.nq': 'application/n-quads',
  '.trig': 'application/trig',
};

/** A file that is not RDF Tacit can read; `line` and `column` are 1-based when known. */
export class RdfSyntaxError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly column: number | undefined;
  constructor(message: string, file: string, line?: number, column?: number) {
    super(message);
    this.name = 'RdfSyntaxError';
    this.file = file;
    this.line = line;
    this.column = column;
  }
}

interface N3Token {
  line: number;
  start: number;
  end: number;
}
interface N3Error extends Error {
  context?: { line?: number; token?: N3Token; previousToken?: N3Token };
}

/**
 * Parses Turtle (or N-Triples, N-Quads, TriG, by extension) with N3.js. A syntax error names the file,
 * line and column: N3.js gives the line and the token it stopped at, whose start is the column.
 */
export function parseRdf(text: string, file: string): Quad[] {
  const ext = extname(file).toLowerCase();
  const format = formats[ext];
  if (format === undefined) {
    const known = Object.keys(formats)
      .map((e) => `\`${e}\``)
      .join(', ');
    throw new RdfSyntaxError(
      `\`${file}\` is not a file Tacit can import: its extension \`${ext || '(none)'}\` is not one of ${known}. Convert it to Turtle (\`.ttl\`) first, e.g. with \`riot --output=turtle\`.`,
      file,
    );
  }
  try {
    return new Parser({ format, baseIRI: `file:///${file.replace(/^\/+/, '')}` }).parse(text);
  } catch (error) {
    const e = error as N3Error;
    const line = e.context?.line;
    const at = e.context?.token ?? e.context?.previousToken;
    const column = at && at.line === line ? (e.context?.token ? at.start : at.end) + 1 : undefined;
    const what = e.message.replace(/ on line \d+\.?$/, '');
    const where = line === undefined ? file : `${file}:${line}${column === undefined ? '' : `:${column}`}`;
    throw new RdfSyntaxError(
      `${where}: the ${format === 'text/turtle' ? 'Turtle' : 'RDF'} cannot be read: ${what}. Fix the syntax there (a missing \`.\`, \`;\` or quote is the usual cause) and import again.`,
      file,
      line,
      column,
    );
  }
}
