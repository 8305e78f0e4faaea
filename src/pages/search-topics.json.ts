import type { APIRoute } from 'astro';
import { topicHints } from '../lib/index/topics.ts';
import { site } from '../site.ts';

/** The topics the search page names, corrects spelling towards and suggests; fetched with the first query. */
export const GET: APIRoute = () => new Response(JSON.stringify(topicHints(site)), { headers: { 'Content-Type': 'application/json' } });
