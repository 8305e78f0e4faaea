import { escapeXml } from '../../src/lib/render/escape.ts';
import { count } from './format.ts';
import type { SizeResults } from './types.ts';

/** One line of a chart: a name and a value per size measured (null where it was not measured). */
interface Series {
  name: string;
  values: (number | null)[];
  dashed?: boolean;
}

const width = 360;
const height = 220;
const pad = { left: 52, right: 28, top: 28, bottom: 40 };
// Colours that stay apart for the common kinds of colour blindness (Okabe and Ito), and dashes besides.
const colours = ['#0072B2', '#D55E00', '#009E73', '#CC79A7'];

/** A round step for about five ticks up to `max`. */
function tickStep(max: number): number {
  const raw = max / 5;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
}

/** One chart: sizes along the bottom (to scale), the series as lines with a dot per measurement. */
function chart(title: string, unit: string, sizes: readonly number[], series: readonly Series[], x0: number): string {
  const max = Math.max(1e-9, ...series.flatMap((s) => s.values.filter((v): v is number => v !== null)));
  const step = tickStep(max);
  const top = Math.ceil(max / step) * step;
  const maxSize = Math.max(...sizes);
  const px = (size: number) => x0 + pad.left + (size / maxSize) * (width - pad.left - pad.right);
  const py = (v: number) => pad.top + (1 - v / top) * (height - pad.top - pad.bottom);
  const out: string[] = [`<text x="${x0 + pad.left}" y="16" font-weight="600">${escapeXml(title)}</text>`];
  for (let v = 0; v <= top + step / 2; v += step) {
    out.push(
      `<line x1="${x0 + pad.left}" x2="${x0 + width - pad.right}" y1="${py(v)}" y2="${py(v)}" stroke="#ddd"/>`,
      `<text x="${x0 + pad.left - 6}" y="${py(v) + 4}" text-anchor="end">${Number(v.toFixed(2))}${unit}</text>`,
    );
  }
  // A size too close to the one labelled before it (1,000 beside 3,000 on a scale to 30,000) keeps its dot only.
  let lastLabel = Number.NEGATIVE_INFINITY;
  for (const size of sizes) {
    if (px(size) - lastLabel < 44) continue;
    lastLabel = px(size);
    out.push(`<text x="${px(size)}" y="${height - pad.bottom + 16}" text-anchor="middle">${count(size)}</text>`);
  }
  out.push(`<text x="${x0 + pad.left + (width - pad.left - pad.right) / 2}" y="${height - 6}" text-anchor="middle">entries</text>`);
  series.forEach((s, i) => {
    const colour = colours[i % colours.length]!;
    const points = sizes.flatMap((size, j) => (s.values[j] === null || s.values[j] === undefined ? [] : [[px(size), py(s.values[j]!)] as const]));
    if (points.length > 1)
      out.push(
        `<polyline fill="none" stroke="${colour}" stroke-width="2"${s.dashed ? ' stroke-dasharray="5 3"' : ''} points="${points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ')}"/>`,
      );
    for (const [x, y] of points) out.push(`<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="3" fill="${colour}"/>`);
  });
  return out.join('\n');
}

/**
 * How build time and memory grow with the knowledge base: an SVG of two charts, one line per measure (the
 * medians), with a legend. Sizes are ordered and drawn to scale.
 */
export function scalingPlot(results: readonly SizeResults[]): string {
  const sorted = [...results].sort((a, b) => a.size - b.size);
  const sizes = sorted.map((r) => r.size);
  const seconds = (v: number | undefined) => (v === undefined ? null : v / 1000);
  const time: Series[] = [
    { name: 'Tacit full build + index', values: sorted.map((r) => seconds(r.tacit.fullBuild.ms.median)) },
    { name: 'Tacit rebuild, one entry changed', values: sorted.map((r) => seconds(r.tacit.rebuildChanged.ms.median)) },
    { name: 'npm run check, empty cache', values: sorted.map((r) => seconds(r.check.ms.median)) },
    { name: 'stock Astro + Pagefind', values: sorted.map((r) => seconds(r.baseline?.fullBuild.ms.median)), dashed: true },
  ].filter((s) => s.values.some((v) => v !== null));
  const memory: Series[] = [
    { name: 'Tacit full build + index', values: sorted.map((r) => r.tacit.fullBuild.peakRssBytes.max / 1e9) },
    { name: 'Tacit rebuild, one entry changed', values: sorted.map((r) => r.tacit.rebuildChanged.peakRssBytes.max / 1e9) },
    { name: 'npm run check, empty cache', values: sorted.map((r) => r.check.peakRssBytes.max / 1e9) },
    { name: 'stock Astro + Pagefind', values: sorted.map((r) => (r.baseline ? r.baseline.fullBuild.peakRssBytes.max / 1e9 : null)), dashed: true },
  ].filter((s) => s.values.some((v) => v !== null));
  const legend = time.map((s, i) => {
    const y = height + 14 + i * 18;
    const colour = colours[i % colours.length]!;
    return `<line x1="${pad.left}" x2="${pad.left + 24}" y1="${y - 4}" y2="${y - 4}" stroke="${colour}" stroke-width="2"${s.dashed ? ' stroke-dasharray="5 3"' : ''}/><text x="${pad.left + 30}" y="${y}">${escapeXml(s.name)}</text>`;
  });
  const total = height + 14 + time.length * 18;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${2 * width}" height="${total}" viewBox="0 0 ${2 * width} ${total}" font-family="system-ui, sans-serif" font-size="11" role="img">`,
    `<title>How time and memory grow with the number of entries</title>`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    chart('Wall time (median)', ' s', sizes, time, 0),
    chart('Peak memory, process tree', ' GB', sizes, memory, width),
    ...legend,
    '</svg>',
    '',
  ].join('\n');
}
