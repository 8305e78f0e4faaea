import type { SiteConfig } from '../schema/index.ts';
import { covers } from './gate.ts';

/**
 * Whether this audience's edition has the "Knowledge at risk" page. It names mentors who are leaving and
 * says when, so it goes only to `riskAudience` and narrower audiences; by default every audience but the
 * widest (so a site with one audience has none unless it names it). Pages, navigation and the sitemap all
 * ask here.
 */
export const showsRisk = (config: Pick<SiteConfig, 'audiences' | 'riskAudience'>, audience: string): boolean =>
  covers(config.riskAudience ?? config.audiences[1] ?? '', audience, config.audiences);
