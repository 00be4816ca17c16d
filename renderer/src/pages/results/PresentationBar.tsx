import { ActionIcon, Group, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { IconArrowLeft, IconArrowRight, IconX } from '../../ui/icons';
import classes from './Results.module.css';
import type { Presentation } from './usePresentation';
import type { ResultsPart } from './resultsParts';

/** At the foot of a presentation: where it stands, the keys, and buttons for those without a keyboard. */
export function PresentationBar({
  presentation,
  parts,
}: {
  presentation: Presentation;
  parts: readonly ResultsPart[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { index, current } = presentation;
  const button = (label: string, onClick: () => void, icon: React.ReactNode, disabled = false) => (
    <Tooltip label={label} withArrow>
      <ActionIcon variant="default" size="lg" aria-label={label} onClick={onClick} disabled={disabled}>
        {icon}
      </ActionIcon>
    </Tooltip>
  );
  return (
    <div className={classes.bar} data-testid="presentation-bar">
      <Group gap="xs">
        {button(t('results.present.previous'), () => presentation.go(-1), <IconArrowLeft size={18} />, index <= 0)}
        {button(
          t('results.present.next'),
          () => presentation.go(1),
          <IconArrowRight size={18} />,
          index >= parts.length - 1,
        )}
      </Group>
      <Text size="sm" fw={600} aria-live="polite" data-testid="presentation-position">
        {current ? t(`results.nav.${current}`) : ''} ·{' '}
        {t('results.present.position', {
          current: format.number(index + 1),
          total: format.number(parts.length),
        })}
      </Text>
      <Group gap="sm">
        <Text size="sm" c="dimmed">
          {t('results.present.keys')}
        </Text>
        {button(t('results.present.leave'), presentation.stop, <IconX size={18} />)}
      </Group>
    </div>
  );
}
