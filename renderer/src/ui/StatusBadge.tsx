import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EngagementStatus } from '../../../shared/domain/identifiers';

/** Engagement status: only "active" wears the accent; the rest stay neutral so colour keeps its meaning. */
const LOOK: Record<EngagementStatus, { color: string; variant: 'light' | 'outline' | 'filled' }> = {
  planned: { color: 'gray', variant: 'outline' },
  active: { color: 'indigo', variant: 'light' },
  completed: { color: 'teal', variant: 'light' },
  archived: { color: 'gray', variant: 'light' },
};

export function StatusBadge({ status }: { status: EngagementStatus }) {
  const { t } = useTranslation();
  const look = LOOK[status];
  return (
    // Never truncated: a status reads as a whole word or not at all.
    <Badge size="sm" color={look.color} variant={look.variant} style={{ minWidth: 'max-content' }}>
      {t(`statuses.${status}`)}
    </Badge>
  );
}
