import type { DealRegistrationDetail } from './deal-queries.ts';

export type DealCollaborationPanelProps = {
  registration: DealRegistrationDetail;
  side: 'vendor' | 'partner';
};

// Placeholder: the disputes slice replaces this file with disputes, pipeline stages and the other
// partners on the deal. The deal pages render it as it is, so keep the name and props.
export function DealCollaborationPanel(_props: DealCollaborationPanelProps) {
  return null;
}
