// One collection over the generated entries' .mdx files, with the glob loader and a permissive schema.
// BENCH_ENTRIES_DIR is set by `npm run bench`; the default is a folder next to this project's root.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const entries = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: process.env.BENCH_ENTRIES_DIR ?? './entries' }),
  schema: z.looseObject({ title: z.string(), summary: z.string().optional(), kind: z.string().optional() }),
});

export const collections = { entries };
