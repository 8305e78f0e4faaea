import type { APIRoute } from 'astro';
import { iconPng } from '../lib/icons/index.ts';

/** The icon a phone puts on its home screen, 180 pixels. */
export const GET: APIRoute = async () => new Response(new Uint8Array(await iconPng(180)), { headers: { 'Content-Type': 'image/png' } });
