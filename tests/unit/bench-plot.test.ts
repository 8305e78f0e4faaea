import { describe, expect, it } from 'vitest';
import { scalingPlot } from '../../bench/report/plot.ts';
import type { SizeResults } from '../../bench/report/types.ts';

const summary = (v: number) => ({ median: v, min: v, max: v, runs: [v] });
const at = (size: number, withBaseline: boolean) =>
  ({
    size,
    tacit: {
      fullBuild: { ms: summary(size * 3), peakRssBytes: summary(size * 2e5) },
      rebuildChanged: { ms: summary(size * 1.5), peakRssBytes: summary(size * 1.9e5) },
      rebuildAdded: { ms: summary(size * 1.6), peakRssBytes: summary(size * 1.9e5) },
    },
    baseline: withBaseline
      ? { fullBuild: { ms: summary(size * 7), peakRssBytes: summary(size * 4e5) }, rebuildChanged: { ms: summary(1), peakRssBytes: summary(1) } }
      : null,
    check: { ms: summary(size), peakRssBytes: summary(size * 8e4) },
  }) as unknown as SizeResults;

describe('the scaling plot', () => {
  it('draws a line per measure through every size, in order and to scale, with a legend', () => {
    const svg = scalingPlot([at(10_000, true), at(1_000, true), at(30_000, false)]);
    expect(svg).toMatch(/^<svg [^>]*role="img">\n<title>/);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    for (const name of ['Tacit full build + index', 'Tacit rebuild, one entry changed', 'npm run check, empty cache', 'stock Astro + Pagefind'])
      expect(svg).toContain(`>${name}</text>`);
    // Two charts × four measures, the baseline at the two sizes it was measured at.
    expect(svg.match(/<polyline /g)).toHaveLength(8);
    expect(svg.match(/<circle /g)).toHaveLength(2 * (3 * 3 + 2));
    const x = [...svg.matchAll(/<text x="([\d.]+)" y="\d+" text-anchor="middle">([\d,]+)<\/text>/g)].slice(0, 3);
    expect(x.map((m) => m[2])).toEqual(['1,000', '10,000', '30,000']);
    // 10,000 sits a third of the way from the axis to 30,000.
    const [a, b, c] = x.map((m) => Number(m[1]));
    expect((b! - 52) / (c! - 52)).toBeCloseTo(1 / 3, 2);
    expect(a).toBeLessThan(b!);
  });
  it('labels no size so close to the one before that the labels would overlap', () => {
    const svg = scalingPlot([at(1_000, false), at(3_000, false), at(10_000, false), at(30_000, false)]);
    const labels = [...svg.matchAll(/text-anchor="middle">([\d,]+)<\/text>/g)].map((m) => m[1]);
    expect(labels.slice(0, 3)).toEqual(['1,000', '10,000', '30,000']);
  });
  it('leaves out a measure nobody took', () => {
    expect(scalingPlot([at(1_000, false), at(2_000, false)])).not.toContain('stock Astro');
  });
});
