import type { APIRoute } from 'astro';
import { icoOf, iconPng } from '../lib/icons/index.ts';

/** `/favicon.ico`, 16, 32 and 48 pixels, made from the SVG icon. */
export const GET: APIRoute = async () => {
  const images = await Promise.all([16, 32, 48].map(async (size) => ({ size, png: await iconPng(size) })));
  return new Response(new Uint8Array(icoOf(images)), { headers: { 'Content-Type': 'image/x-icon' } });
};
