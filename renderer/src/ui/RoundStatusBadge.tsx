import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssessmentStatus } from '../../../shared/assessments/schemas';

/** A round's status: open (collecting answers) wears the accent; finalized is done; draft is neutral. */
const LOOK: Record<AssessmentStatus, { color: string; variant: 'light' | 'outline' }> = {
  draft: { color: 'gray', variant: 'outline' },
  open: { color: 'indigo', variant: 'light' },
  finalized: { color: 'teal', variant: 'light' },
};

export function RoundStatusBadge({ status }: { status: AssessmentStatus }) {
  const { t } = useTranslation();
  const look = LOOK[status];
  return (
    <Badge size="sm" color={look.color} variant={look.variant} style={{ minWidth: 'max-content' }}>
      {t(`roundStatuses.${status}`)}
    </Badge>
  );
}
