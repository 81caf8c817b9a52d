import type { DealRegistrationDetail } from './deal-queries.ts';

export type DealDecisionPanelProps = { registration: DealRegistrationDetail; side: 'vendor' | 'partner' };

// Placeholder: the approvals slice replaces this file with approve / reject / request-info, the SLA,
// protection and extensions. The deal pages render it as it is, so keep the name and props.
export function DealDecisionPanel(_props: DealDecisionPanelProps) {
  return null;
}
