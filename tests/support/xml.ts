import { SaxesParser } from 'saxes';

/** Well-formedness errors of an XML document, as a strict XML 1.0 parser reports them (none when valid). */
export function xmlErrors(xml: string): string[] {
  const parser = new SaxesParser({ xmlns: true });
  const errors: string[] = [];
  parser.on('error', (e) => errors.push(e.message));
  parser.write(xml).close();
  return errors;
}
