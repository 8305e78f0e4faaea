import type { Summary } from '../measure/stats.ts';

/** Milliseconds as `840 ms` or `12.3 s`. */
export const ms = (v: number): string => (v < 1000 ? `${Math.round(v)} ms` : `${(v / 1000).toFixed(v < 10_000 ? 2 : 1)} s`);
/** Bytes in SI units, as browsers' developer tools show them (1 KB = 1,000 bytes). */
export const bytes = (v: number): string =>
  v >= 1e9
    ? `${(v / 1e9).toFixed(2)} GB`
    : v >= 1e6
      ? `${(v / 1e6).toFixed(v >= 1e8 ? 0 : 1)} MB`
      : v >= 1e3
        ? `${(v / 1e3).toFixed(1)} KB`
        : `${Math.round(v)} B`;
export const kb = (v: number): string => `${(v / 1000).toFixed(1)} KB`;
export const percent = (r: number): string => `${(r * 100).toFixed(r < 0.1 ? 1 : 0)}%`;
export const count = (n: number): string => n.toLocaleString('en-US');

/** `median [min–max]`, or just the value for one run. */
export function range(s: Summary, unit: (v: number) => string): string {
  return s.runs.length > 1 ? `${unit(s.median)} [${unit(s.min)}–${unit(s.max)}]` : unit(s.median);
}

export const metLabel = (met: boolean | null): string => (met === null ? 'not measured' : met ? 'met' : 'NOT met');
