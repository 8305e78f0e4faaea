import type { Kind } from '../schema/index.ts';

/** How each kind is named and explained on the site. */
export const kindInfo: Record<Kind, { label: string; plural: string; description: string }> = {
  story: { label: 'Story', plural: 'Stories', description: 'What happened, told by the person it happened to.' },
  advice: { label: 'Advice', plural: 'Advice', description: 'What to do, or not to do, from someone who has done it.' },
  insight: { label: 'Insight', plural: 'Insights', description: 'How a domain really works: rules of thumb and mental models.' },
};
