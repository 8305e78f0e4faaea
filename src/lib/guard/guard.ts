import type { Nodes, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import { walk } from '../read/walk.ts';
import type { Problem } from '../problems.ts';
import { didYouMean } from '../suggest.ts';
import { components, dangerousElements, htmlElements, safeSchemes, type AllowedElement } from './allowlist.ts';

interface Positioned {
  type: string;
  position?: { start: { line: number; column: number } } | undefined;
}

/**
 * Refuses everything in an entry body that is not Markdown or an allowlisted component: ESM, expressions,
 * unknown or dangerous elements, event handlers and unsafe URLs. Returns every problem, not just the first.
 */
export function guardBody(tree: Root, file: string): Problem[] {
  const problems: Problem[] = [];
  const report = (node: Positioned, rule: string, message: string) => {
    const start = node.position?.start ?? { line: 1, column: 1 };
    problems.push({ file, line: start.line, column: start.column, severity: 'error', rule, message });
  };

  walk<Nodes>(tree, (node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        report(
          node,
          'mdx-esm',
          '`import` and `export` are not allowed in entries: they run code at build time. Remove the line; use the built-in `<Quote>` and `<Aside>` components without importing them.',
        );
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(
          node,
          'mdx-expression',
          `\`{${abbreviate(node.value)}}\` is a JavaScript expression, which entries may not contain. Remove it, or escape the braces as \`\\{\` and \`\\}\` to show them as text.`,
        );
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name;
        const flow = node.type === 'mdxJsxFlowElement';
        if (name === null) {
          report(node, 'mdx-component', 'Fragments (`<>…</>`) are not allowed. Remove the empty tags.');
          break;
        }
        const allowed: AllowedElement | undefined = components[name] ?? htmlElements[name];
        if (!allowed) {
          if (dangerousElements.has(name.toLowerCase())) {
            report(
              node,
              'mdx-html',
              `\`<${name}>\` is not allowed in entries: it can run code or embed other content. Remove it; describe the material in words or link to it.`,
            );
          } else if (/^[A-Z]/.test(name)) {
            report(
              node,
              'mdx-component',
              `Unknown component \`<${name}>\`. Entries may use only ${Object.keys(components)
                .map((c) => `\`<${c}>\``)
                .join(' and ')}.${didYouMean(name, Object.keys(components))}`,
            );
          } else {
            report(
              node,
              'mdx-html',
              `HTML element \`<${name}>\` is not allowed in entries. Use Markdown instead, or one of ${Object.keys(htmlElements)
                .map((c) => `\`<${c}>\``)
                .join(', ')}.`,
            );
          }
          break;
        }
        if (flow && !allowed.flow) report(node, 'mdx-component', `\`<${name}>\` belongs inside a sentence, not on a line of its own.`);
        if (!flow && !allowed.text) report(node, 'mdx-component', `\`<${name}>\` must stand on its own lines, with a blank line before and after it.`);
        for (const attribute of node.attributes) checkAttribute(node, name, attribute, allowed, report);
        break;
      }
      case 'link':
      case 'image':
      case 'definition':
        if (!isSafeUrl(node.url))
          report(
            node,
            'mdx-url',
            `The URL \`${abbreviate(node.url)}\` uses a scheme that can run code. Use an \`https:\` or a site-relative link such as \`/entries/<slug>/\`.`,
          );
        break;
      case 'html':
        // Plain Markdown would let raw HTML through; MDX parses it as JSX instead, so this only guards a parser change.
        report(node, 'mdx-html', 'Raw HTML is not allowed in entries. Use Markdown instead.');
        break;
    }
  });
  return problems;
}

function checkAttribute(
  node: Positioned,
  element: string,
  attribute: MdxJsxAttribute | MdxJsxExpressionAttribute,
  allowed: AllowedElement,
  report: (node: Positioned, rule: string, message: string) => void,
): void {
  const at: Positioned = attribute.position ? attribute : node;
  if (attribute.type === 'mdxJsxExpressionAttribute') {
    report(
      at,
      'mdx-expression',
      `\`<${element} {${abbreviate(attribute.value)}}>\` spreads a JavaScript expression into the element, which entries may not contain. Write each attribute as \`name="text"\`.`,
    );
    return;
  }
  const name = attribute.name;
  if (/^on/i.test(name)) {
    report(at, 'mdx-attribute', `Event handler \`${name}\` on \`<${element}>\` is not allowed: it runs code in the reader's browser. Remove the attribute.`);
    return;
  }
  const check = allowed.attributes[name];
  if (!check) {
    const known = Object.keys(allowed.attributes);
    report(
      at,
      'mdx-attribute',
      `\`<${element}>\` has no attribute \`${name}\`. ${known.length ? `It takes ${known.map((k) => `\`${k}\``).join(', ')}.${didYouMean(name, known)}` : 'Remove it.'}`,
    );
    return;
  }
  if (typeof attribute.value !== 'string') {
    report(
      at,
      'mdx-expression',
      `\`${name}\` on \`<${element}>\` must be plain text in quotes, e.g. \`${name}="…"\`, not ${attribute.value === null || attribute.value === undefined ? 'empty' : 'a `{…}` expression'}.`,
    );
    return;
  }
  if (!isSafeUrl(attribute.value)) {
    report(at, 'mdx-url', `\`${name}="${abbreviate(attribute.value)}"\` on \`<${element}>\` uses a scheme that can run code. Remove it.`);
    return;
  }
  const error = check(attribute.value);
  if (error) report(at, 'mdx-attribute', `\`${name}="${abbreviate(attribute.value)}"\` on \`<${element}>\`: ${error}.`);
}

/** Relative URLs and http(s)/mailto/tel pass; browsers ignore control characters and spaces in a scheme, so this does too. */
export function isSafeUrl(url: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers drop control characters inside a URL's scheme, so the guard must too.
  const squashed = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(squashed)?.[1];
  return scheme === undefined || safeSchemes.has(scheme.toLowerCase());
}

const abbreviate = (s: string, max = 40) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
};
