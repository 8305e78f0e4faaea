/** Why the gate withholds an entry. The ids are stable: reports and tests use them. */
export const withheldReasons = {
  draft: 'still a draft',
  retired: 'retired',
  'consent-missing': 'no consent record',
  'consent-revoked': 'consent revoked',
  'consent-expired': 'consent expired',
  'consent-embargoed': 'under embargo',
  'audience-too-narrow': 'audience too narrow',
  'kind-not-consented': 'kind not consented',
  'mentor-mismatch': 'mentor is not the consenting person',
  'unknown-mentor': 'unknown mentor',
  'unknown-topic': 'unknown topic',
  'unknown-stage': 'unknown career stage',
  'attribution-leak': 'names a mentor who is not to be named',
  'duplicate-record': 'a record it depends on has a duplicated id',
} as const;

export type WithheldReason = keyof typeof withheldReasons;
