/** A mentor as a risk assessment sees them. */
export interface MentorRef {
  /** Identifies one mentor within one assessment; for a mentor the output may not name, an opaque token. */
  key: string;
  /** Whether the output this assessment feeds may identify the mentor. */
  named: boolean;
  /** Set only when `named`. */
  name?: string | undefined;
  role?: string | undefined;
  /** Their mentor page, on the site. */
  path?: string | undefined;
  /** When they are expected to leave. */
  leaving?: string | undefined;
}

/** A topic with the entries filed under it or any narrower topic (`TopicPage` fits). */
export interface RiskTopicInput {
  id: string;
  label: string;
  path: string;
  depth: number;
  broader: readonly { id: string }[];
  /** Entries tagged with this topic or a narrower one: published entries only. */
  allEntries: readonly { slug: string; topics: readonly { id: string }[] }[];
}

export interface RiskInput {
  /** Every topic in taxonomy order. */
  topics: readonly RiskTopicInput[];
  /** The mentor behind a published entry. */
  mentorOf(slug: string): MentorRef;
  /** The build date, `YYYY-MM-DD`. */
  today: string;
  /** How many months ahead a departure puts knowledge at risk. */
  horizonMonths: number;
}

export interface TopicRisk {
  id: string;
  label: string;
  path: string;
  depth: number;
  /** Entries in the topic, narrower topics included. */
  entries: number;
  /** The distinct mentors behind those entries, named first, then by name. */
  mentors: MentorRef[];
  /** True when the topic has entries and every mentor behind them leaves within the horizon (or has left). */
  atRisk: boolean;
  /** When the last of its mentors leaves, for an at-risk topic; left out of the site's view. */
  lastLeaving?: string | undefined;
}

/** A mentor who leaves within the horizon, and the knowledge nobody else holds. */
export interface Leaver {
  mentor: MentorRef;
  leaving: string;
  /** Their leaving day is already behind the build date. */
  left: boolean;
  /** Published entries of theirs. */
  entries: number;
  /** Their entries filed under at least one topic where they are the only mentor. */
  soleEntries: number;
  /** The widest topics where they are the only mentor (a narrower one is left out when its broader one is listed). */
  soleTopics: { id: string; label: string; path: string }[];
}

export interface RiskAssessment {
  today: string;
  horizonMonths: number;
  /** The last day of the horizon: departures on or before it count. */
  horizonEnd: string;
  /** Every topic in taxonomy order. */
  topics: TopicRisk[];
  /** Mentors leaving within the horizon, most knowledge held alone first, then soonest first. */
  leavers: Leaver[];
}
