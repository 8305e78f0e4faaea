import type { APIRoute } from 'astro';
import { socialPng } from '../lib/icons/index.ts';

/** The image link previews show beside an entry's title and summary. */
export const GET: APIRoute = async () => new Response(new Uint8Array(await socialPng()), { headers: { 'Content-Type': 'image/png' } });
