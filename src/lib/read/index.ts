export * from './body.ts';
export * from './content.ts';
export * from './frontmatter.ts';
export * from './yaml.ts';
export * from './entry.ts';
export * from './text.ts';
