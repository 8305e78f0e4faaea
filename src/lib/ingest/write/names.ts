/** Seconds → `hh:mm:ss`. */
export const timecode = (seconds: number): string => {
  const s = Math.floor(seconds);
  return [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60].map((n) => String(n).padStart(2, '0')).join(':');
};

/** A readable file name from a title: `print-the-next-days-pick-lists-every-evening`. */
export function slugify(title: string, max = 60): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = slug.length > max ? slug.slice(0, slug.lastIndexOf('-', max)) : slug;
  return cut || 'entry';
}
