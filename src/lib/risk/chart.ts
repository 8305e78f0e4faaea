// A horizontal bar chart as an SVG string, rendered at build time: no chart library and no client script.
// Colours come from classes the site stylesheet defines, so the chart follows the light and dark themes.
import { escapeXml } from '../render/escape.ts';
import { plural } from '../text/index.ts';

/** One bar. */
export interface Bar {
  label: string;
  value: number;
  /** Drawn hatched and labelled "at risk", so the flag never rests on colour alone. */
  atRisk: boolean;
  /** Text after the value, e.g. "2 mentors". */
  note?: string | undefined;
}

export interface ChartOptions {
  /** The chart's accessible name (`<title>`). */
  title: string;
  /** A sentence summarising what it shows (`<desc>`). */
  desc: string;
  /** Makes element ids unique when a page holds more than one chart. */
  idPrefix?: string;
  /** Width of the drawing in user units; text is sized for it. */
  width?: number;
}

/**
 * Each bar between its label (above) and its figures (below), each on a line of its own: text cannot be
 * measured at build time, so nothing shares a line that could collide at phone width. A legend explains
 * the hatching.
 */
export function barChartSvg(bars: readonly Bar[], options: ChartOptions): string {
  const id = options.idPrefix ?? 'chart';
  const width = options.width ?? 340;
  const legendHeight = 34;
  const rowHeight = 66;
  const barHeight = 16;
  const height = legendHeight + bars.length * rowHeight;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const hatch = `${id}-hatch`;

  const rows = bars.map((b, i) => {
    const top = legendHeight + i * rowHeight;
    const w = b.value === 0 ? 0 : Math.max(3, Math.round((b.value / max) * width * 100) / 100);
    const figures = [plural(b.value, 'entry', 'entries'), b.note, b.atRisk ? 'at risk' : undefined].filter(Boolean).join(' · ');
    return [
      `<g class="chart-row${b.atRisk ? ' chart-row-at-risk' : ''}">`,
      `<text class="chart-label" x="0" y="${top + 16}">${escapeXml(b.label)}</text>`,
      `<rect class="chart-track" x="0" y="${top + 23}" width="${width}" height="${barHeight}" rx="3"/>`,
      w > 0
        ? `<rect class="chart-bar${b.atRisk ? ' chart-bar-at-risk' : ''}" x="0" y="${top + 23}" width="${w}" height="${barHeight}" rx="3"${b.atRisk ? ` fill="url(#${hatch})"` : ''}/>`
        : '',
      `<text class="chart-figures" x="0" y="${top + 55}">${escapeXml(figures)}</text>`,
      '</g>',
    ].join('');
  });

  return [
    `<svg class="risk-chart" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${id}-title">${escapeXml(options.title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(options.desc)}</desc>`,
    `<defs><pattern id="${hatch}" width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">`,
    `<rect class="chart-hatch-bg" width="7" height="7"/><line class="chart-hatch-line" x1="0" y1="0" x2="0" y2="7"/></pattern></defs>`,
    `<g class="chart-legend">`,
    `<rect class="chart-bar" x="0" y="6" width="18" height="14" rx="3"/><text class="chart-legend-text" x="24" y="18">Not at risk</text>`,
    `<rect class="chart-bar chart-bar-at-risk" x="128" y="6" width="18" height="14" rx="3" fill="url(#${hatch})"/><text class="chart-legend-text" x="152" y="18">At risk</text>`,
    `</g>`,
    ...rows,
    `</svg>`,
  ].join('\n');
}
