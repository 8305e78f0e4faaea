import { readFileSync } from 'node:fs';
import sharp from 'sharp';

/** The site's icon: `public/favicon.svg`, the one drawing every other size is made from. */
const svg = () => readFileSync(new URL('../../../public/favicon.svg', import.meta.url));

/** The icon as a square PNG of `size` pixels (touch icons, the web app manifest, the ICO). */
export const iconPng = (size: number): Promise<Buffer> =>
  sharp(svg(), { density: Math.max(72, (72 * size) / 32) })
    .resize(size, size)
    .png()
    .toBuffer();

/**
 * The picture a link preview shows (Open Graph, Twitter): the site's mark on its own colour, 1200 × 630,
 * the size chat apps and intranets crop to. No text: the preview prints the title and summary beside it,
 * and text would depend on the fonts of the machine that builds.
 */
export function socialPng(): Promise<Buffer> {
  const mark = svg().toString('utf8').replace('<svg ', '<svg x="440" y="155" width="320" height="320" ');
  const card = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><rect width="1200" height="630" fill="#1f4e5f"/>${mark}</svg>`;
  return sharp(Buffer.from(card)).png().toBuffer();
}

/**
 * `favicon.ico` for the browsers and tools that ask for it by name: an ICO file holding PNG images, which
 * every browser since Internet Explorer 11 reads. Header, one directory entry per image, then the images.
 */
export function icoOf(images: readonly { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // width (0 means 256)
    entry.writeUInt8(size >= 256 ? 0 : size, 1); // height
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}
