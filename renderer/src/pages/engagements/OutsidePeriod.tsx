import { Alert, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { parseDayMonthYear, withinPeriod } from '../../../../shared/domain/dates';
import type { Engagement } from '../../../../shared/clients/schemas';
import { useFormat } from '../../i18n/format';
import { IconAlert } from '../../ui/icons';

type Period = Pick<Engagement, 'startsOn' | 'endsOn'>;

/** A round's date outside its engagement's period: allowed (plans shift), but worth a second look. */
export function outsidePeriod(heldOn: string | null, engagement: Period | undefined): boolean {
  if (!heldOn || !engagement || parseDayMonthYear(heldOn).kind !== 'date') return false;
  return !withinPeriod(heldOn, engagement.startsOn, engagement.endsOn);
}

/** Under the date field of a round: the warning, with the engagement's period. */
export function OutsidePeriodWarning({ heldOn, engagement }: { heldOn: string; engagement: Period | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!engagement || !outsidePeriod(heldOn, engagement)) return null;
  return (
    <Alert color="yellow" variant="light" icon={<IconAlert />} role="status" data-testid="round-outside-period" p="xs">
      {t('rounds.outsidePeriod', { period: format.period(engagement.startsOn, engagement.endsOn) })}
    </Alert>
  );
}

/** In the list of rounds: a small sign beside a date outside the engagement's period. */
export function OutsidePeriodMark({ heldOn, engagement }: { heldOn: string | null; engagement: Period }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!outsidePeriod(heldOn, engagement)) return null;
  const text = t('rounds.outsidePeriod', { period: format.period(engagement.startsOn, engagement.endsOn) });
  return (
    <Tooltip label={text} multiline maw={320} withArrow>
      <span role="img" aria-label={text} data-testid="round-outside-period-mark" style={{ marginLeft: 6 }}>
        <IconAlert size={14} color="var(--mantine-color-yellow-text)" />
      </span>
    </Tooltip>
  );
}
