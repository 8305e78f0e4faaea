/**
 * Word lists the generator assembles text from. Kept apart from the people's names (people.ts), so no
 * generated body ever contains a name the privacy checks would flag.
 */

export interface Subject {
  label: string;
  altLabels: string[];
}
export interface Area {
  id: string;
  label: string;
  altLabels: string[];
  definition: string;
  /** Nouns the area's entries talk about (singular). */
  nouns: string[];
  subjects: Subject[];
}

export const areas: Area[] = [
  {
    id: 'leadership',
    label: 'Leadership',
    altLabels: ['management', 'people management'],
    definition: 'Leading teams and the people in them, from a first promotion to running a function.',
    nouns: ['team', 'feedback', 'promotion', 'standup', 'review', 'hire', 'handover', 'offsite', 'rota', 'headcount', 'escalation', 'retrospective'],
    subjects: [
      { label: 'Feedback', altLabels: ['critique', 'difficult conversations'] },
      { label: 'Delegation', altLabels: ['handing off work', 'letting go'] },
      { label: 'Hiring', altLabels: ['recruiting', 'interviewing'] },
      { label: 'One-on-ones', altLabels: ['1:1s', 'check-ins'] },
      { label: 'Team rituals', altLabels: ['team habits', 'standups'] },
      { label: 'Conflict', altLabels: ['disagreement', 'team tension'] },
    ],
  },
  {
    id: 'sales',
    label: 'Sales and negotiation',
    altLabels: ['selling', 'commercial'],
    definition: 'Winning and keeping customers, and agreeing the terms we do business on.',
    nouns: ['renewal', 'discount', 'contract', 'buyer', 'quote', 'pipeline', 'rate card', 'tender', 'margin', 'lane', 'volume commitment', 'proposal'],
    subjects: [
      { label: 'Negotiation', altLabels: ['haggling', 'bargaining'] },
      { label: 'Pricing', altLabels: ['discounting', 'rate cards'] },
      { label: 'Tenders', altLabels: ['RFP', 'bids'] },
      { label: 'Key accounts', altLabels: ['account management', 'enterprise accounts'] },
      { label: 'Prospecting', altLabels: ['lead generation', 'cold outreach'] },
      { label: 'Renewals', altLabels: ['contract renewal', 'retention deals'] },
    ],
  },
  {
    id: 'operations',
    label: 'Operations',
    altLabels: ['ops', 'logistics operations'],
    definition: 'Running the physical network of warehouses, docks and trucks, and the people who work in them.',
    nouns: ['forklift', 'dock', 'pallet', 'shift', 'pick list', 'trailer', 'cycle count', 'loading bay', 'yard', 'carrier', 'dispatch board', 'near miss'],
    subjects: [
      { label: 'Warehouse', altLabels: ['distribution center', 'fulfillment center'] },
      { label: 'Safety', altLabels: ['health and safety', 'incident prevention'] },
      { label: 'Peak season', altLabels: ['holiday peak', 'busy season'] },
      { label: 'Yard management', altLabels: ['trailer yard', 'gate operations'] },
      { label: 'Inventory', altLabels: ['stock control', 'stock levels'] },
      { label: 'Transport', altLabels: ['linehaul', 'trucking'] },
    ],
  },
  {
    id: 'engineering',
    label: 'Engineering',
    altLabels: ['software engineering', 'software development'],
    definition: 'Building and running the software product and the systems behind it.',
    nouns: ['deploy', 'outage', 'pager', 'migration', 'integration', 'test suite', 'runbook', 'postmortem', 'schema', 'release', 'dashboard', 'feature flag'],
    subjects: [
      { label: 'Incidents', altLabels: ['outages', 'incident response'] },
      { label: 'Technical debt', altLabels: ['tech debt', 'legacy code'] },
      { label: 'Integrations', altLabels: ['EDI', 'API integration'] },
      { label: 'Releases', altLabels: ['deployments', 'shipping software'] },
      { label: 'Code review', altLabels: ['pull requests', 'peer review'] },
      { label: 'Architecture', altLabels: ['system design', 'software design'] },
    ],
  },
  {
    id: 'finance',
    label: 'Finance',
    altLabels: ['money', 'financial management'],
    definition: 'Where the money comes from, where it goes, and how we decide which way it should go next.',
    nouns: [
      'budget',
      'forecast',
      'invoice',
      'ledger',
      'accrual',
      'variance',
      'cash position',
      'spreadsheet',
      'cost centre',
      'month end',
      'purchase order',
      'audit trail',
    ],
    subjects: [
      { label: 'Budgeting', altLabels: ['annual budget', 'budget cycle'] },
      { label: 'Forecasting', altLabels: ['reforecast', 'financial projections'] },
      { label: 'Cash flow', altLabels: ['working capital', 'liquidity'] },
      { label: 'Audits', altLabels: ['external audit', 'financial controls'] },
      { label: 'Spend control', altLabels: ['purchasing approvals', 'cost approvals'] },
      { label: 'Cost reduction', altLabels: ['cost cutting', 'savings programmes'] },
    ],
  },
  {
    id: 'career',
    label: 'Career',
    altLabels: ['career development', 'professional growth'],
    definition: 'Building a working life over decades, including deliberate changes of direction.',
    nouns: [
      'interview',
      'skill',
      'course',
      'portfolio',
      'reference',
      'secondment',
      'job description',
      'network',
      'sponsor',
      'side project',
      'certificate',
      'first job',
    ],
    subjects: [
      { label: 'Career pivots', altLabels: ['career change', 'switching careers'] },
      { label: 'Getting promoted', altLabels: ['advancement', 'promo case'] },
      { label: 'Transferable skills', altLabels: ['portable skills', 'skills transfer'] },
      { label: 'Being mentored', altLabels: ['finding a mentor', 'mentorship'] },
      { label: 'Networking', altLabels: ['professional network', 'building contacts'] },
      { label: 'Learning on the job', altLabels: ['on-the-job learning', 'stretch assignments'] },
    ],
  },
  {
    id: 'strategy',
    label: 'Board and strategy',
    altLabels: ['corporate strategy', 'governance'],
    definition: 'Where the company is going and how that is decided, including working with the board.',
    nouns: [
      'board paper',
      'annual plan',
      'investment case',
      'acquisition',
      'partner',
      'market',
      'scenario',
      'target',
      'roadmap',
      'steering group',
      'risk appetite',
      'pre-read',
    ],
    subjects: [
      { label: 'Board meetings', altLabels: ['board of directors', 'boardroom'] },
      { label: 'Planning', altLabels: ['strategic planning', 'OKRs'] },
      { label: 'Acquisitions', altLabels: ['M&A', 'due diligence'] },
      { label: 'Investment cases', altLabels: ['business case', 'capex'] },
      { label: 'Partnerships', altLabels: ['alliances', 'joint ventures'] },
      { label: 'Market entry', altLabels: ['new markets', 'expansion'] },
    ],
  },
  {
    id: 'customer-service',
    label: 'Customer service',
    altLabels: ['customer support', 'service desk'],
    definition: 'Looking after customers once they have bought, especially when something has gone wrong.',
    nouns: ['complaint', 'claim', 'callback', 'ticket', 'queue', 'apology', 'service level', 'refund', 'survey', 'escalation path', 'script', 'customer call'],
    subjects: [
      { label: 'Complaints', altLabels: ['customer complaints', 'grievances'] },
      { label: 'Claims', altLabels: ['damage claims', 'cargo claims'] },
      { label: 'Service recovery', altLabels: ['winning customers back', 'making amends'] },
      { label: 'Contact centres', altLabels: ['call centres', 'phone support'] },
      { label: 'Customer onboarding', altLabels: ['shipper onboarding', 'go-live'] },
      { label: 'Account reviews', altLabels: ['quarterly business reviews', 'QBRs'] },
    ],
  },
  {
    id: 'people',
    label: 'People and culture',
    altLabels: ['human resources', 'workplace culture'],
    definition: 'How people join, grow, stay and leave, and the habits that make a place worth working in.',
    nouns: [
      'induction',
      'survey result',
      'recognition',
      'exit interview',
      'policy',
      'rota change',
      'wellbeing check',
      'team lunch',
      'buddy',
      'appraisal',
      'flexible hours',
      'town hall',
    ],
    subjects: [
      { label: 'Onboarding', altLabels: ['induction', 'new starters'] },
      { label: 'Wellbeing', altLabels: ['burnout', 'mental health at work'] },
      { label: 'Recognition', altLabels: ['praise', 'rewards'] },
      { label: 'Remote work', altLabels: ['working from home', 'hybrid work'] },
      { label: 'Performance reviews', altLabels: ['appraisals', 'annual reviews'] },
      { label: 'Retention', altLabels: ['keeping people', 'attrition'] },
    ],
  },
  {
    id: 'projects',
    label: 'Project management',
    altLabels: ['delivery', 'programme management'],
    definition: 'Getting a piece of work from an idea to done, on a date people believed.',
    nouns: [
      'deadline',
      'milestone',
      'estimate',
      'scope',
      'stakeholder',
      'risk register',
      'status report',
      'dependency',
      'kickoff',
      'sign-off',
      'plan',
      'workstream',
    ],
    subjects: [
      { label: 'Scoping', altLabels: ['requirements', 'scope creep'] },
      { label: 'Estimation', altLabels: ['estimates', 'sizing work'] },
      { label: 'Stakeholders', altLabels: ['stakeholder management', 'sponsors'] },
      { label: 'Risk management', altLabels: ['project risks', 'RAID logs'] },
      { label: 'Status reporting', altLabels: ['status updates', 'progress reports'] },
      { label: 'Retrospectives', altLabels: ['lessons learned', 'post-project reviews'] },
    ],
  },
];

/** Third-level concepts are a subject narrowed by one of these, e.g. "Seasonal pricing". */
export const qualifiers: { label: string; synonyms: string[] }[] = [
  { label: 'Regional', synonyms: ['local', 'area-level'] },
  { label: 'Seasonal', synonyms: ['peak-period', 'holiday-season'] },
  { label: 'Cross-border', synonyms: ['international', 'export'] },
  { label: 'Small-team', synonyms: ['small-group', 'lean-team'] },
  { label: 'Distributed', synonyms: ['multi-location', 'dispersed'] },
  { label: 'Night-shift', synonyms: ['overnight', 'out-of-hours'] },
  { label: 'Enterprise', synonyms: ['large-account', 'corporate'] },
  { label: 'Public-sector', synonyms: ['government', 'municipal'] },
  { label: 'Multi-site', synonyms: ['network-wide', 'multi-depot'] },
  { label: 'First-year', synonyms: ['new-starter', 'early-tenure'] },
  { label: 'High-volume', synonyms: ['large-scale', 'bulk'] },
  { label: 'Crisis', synonyms: ['emergency', 'firefighting'] },
  { label: 'Long-term', synonyms: ['multi-year', 'strategic'] },
  { label: 'Inherited', synonyms: ['taken-over', 'legacy'] },
  { label: 'Unionised', synonyms: ['collective-agreement', 'organised-labour'] },
  { label: 'Outsourced', synonyms: ['third-party', 'contracted-out'] },
];

export const stages = [
  {
    id: 'individual-contributor',
    label: 'Individual contributor',
    definition: 'Does the work directly and does not manage people, at any level of seniority.',
  },
  {
    id: 'first-time-manager',
    label: 'First-time manager',
    definition: 'In the first year or two of managing people, often promoted from the team they now lead.',
  },
  { id: 'senior-manager', label: 'Senior manager', definition: 'Manages managers, a site or a function, and is judged on results delivered through others.' },
  { id: 'executive', label: 'Executive', definition: 'Runs a major part of the company and works with the executive team and the board.' },
  {
    id: 'career-changer',
    label: 'Career changer',
    definition: 'Moving into a different function or industry, bringing experience that does not map one-to-one.',
  },
];

/** Who appears in the mentors' stories, never by name. */
export const actors = [
  'the new supervisor',
  'our biggest customer',
  'a junior analyst',
  'the night shift',
  'my manager',
  'the procurement lead',
  'a regional director',
  'the finance team',
  'an experienced driver',
  'the board',
  'a new hire',
  'the operations lead',
  'a colleague from another site',
  'the customer’s buyer',
  'the on-call engineer',
  'two of my team leads',
  'the auditors',
  'a shift manager',
  'our best planner',
  'the sales team',
  'a long-standing client',
  'the chief executive',
];

export const adjectives = [
  'quiet',
  'expensive',
  'late',
  'overlooked',
  'awkward',
  'messy',
  'honest',
  'stubborn',
  'simple',
  'fragile',
  'hidden',
  'obvious',
  'slow',
  'rushed',
  'careful',
  'noisy',
  'forgotten',
  'crowded',
  'unpopular',
  'cheap',
  'risky',
  'boring',
];

export const adverbs = ['quietly', 'slowly', 'deliberately', 'always', 'rarely', 'honestly', 'early', 'carefully', 'plainly', 'usually'];

/** Verbs in the forms the templates need. */
export const verbs: { base: string; past: string; ing: string }[] = [
  { base: 'rewrite', past: 'rewrote', ing: 'rewriting' },
  { base: 'cancel', past: 'cancelled', ing: 'cancelling' },
  { base: 'double', past: 'doubled', ing: 'doubling' },
  { base: 'ignore', past: 'ignored', ing: 'ignoring' },
  { base: 'measure', past: 'measured', ing: 'measuring' },
  { base: 'escalate', past: 'escalated', ing: 'escalating' },
  { base: 'simplify', past: 'simplified', ing: 'simplifying' },
  { base: 'check', past: 'checked', ing: 'checking' },
  { base: 'question', past: 'questioned', ing: 'questioning' },
  { base: 'delay', past: 'delayed', ing: 'delaying' },
  { base: 'split', past: 'split', ing: 'splitting' },
  { base: 'share', past: 'shared', ing: 'sharing' },
  { base: 'fix', past: 'fixed', ing: 'fixing' },
  { base: 'review', past: 'reviewed', ing: 'reviewing' },
  { base: 'protect', past: 'protected', ing: 'protecting' },
  { base: 'price', past: 'priced', ing: 'pricing' },
  { base: 'test', past: 'tested', ing: 'testing' },
  { base: 'hand over', past: 'handed over', ing: 'handing over' },
  { base: 'write down', past: 'wrote down', ing: 'writing down' },
  { base: 'walk through', past: 'walked through', ing: 'walking through' },
];

export const timePhrases = [
  'in the first week',
  'two days before the deadline',
  'every Friday afternoon',
  'at the end of the quarter',
  'during peak',
  'after the second complaint',
  'before anyone asked',
  'on a Monday morning',
  'within forty-eight hours',
  'over one summer',
  'in my second year',
  'the week after the launch',
  'at the monthly review',
  'before the contract went out',
];

export const years = ['2009', '2011', '2013', '2014', '2016', '2017', '2018', '2019', '2021', '2022', '2023'];

export const quantities = ['half', 'a third', 'twice', 'three times', 'about a fifth', 'nearly all', 'almost none', 'a quarter'];

/** Short acronyms an entry may explain with `<abbr>`. */
export const abbreviations: [string, string][] = [
  ['KPI', 'key performance indicator'],
  ['SLA', 'service level agreement'],
  ['ETA', 'estimated time of arrival'],
  ['RFP', 'request for proposal'],
  ['P&L', 'profit and loss'],
  ['WMS', 'warehouse management system'],
];

export const asideTitles = ['Try this', 'Watch out', 'Before you start', 'A useful question', 'What I would do now', 'A note on timing'];
export const headings = [
  'What happened',
  'Why it matters',
  'What I do now',
  'The part people miss',
  'How to start',
  'What it cost',
  'What changed',
  'When it goes wrong',
  'The first conversation',
  'What I would tell my younger self',
  'A rule of thumb',
  'How we measured it',
  'The trade-off',
  'What to watch for',
];
