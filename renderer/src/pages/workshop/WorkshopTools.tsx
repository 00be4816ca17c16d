import { ActionIcon, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { IconColumns, IconContrast, IconKeyboard, IconRadar } from '../../ui/icons';
import { ariaShortcuts, chordCaps, shortcutById, type WorkshopCommands } from './workshopKeys';
import classes from './Workshop.module.css';

/** The view tools of the top bar; each does what its shortcut does, and says which key that is. */
export function WorkshopTools({
  groups,
  compare,
  projector,
  commands,
}: {
  groups: number;
  compare: boolean;
  projector: boolean;
  commands: WorkshopCommands;
}) {
  const { t } = useTranslation();
  return (
    <div className={classes.tools}>
      {groups > 1 && (
        <Tool
          label={t('workshop.compare')}
          shortcut="compare"
          pressed={compare}
          onClick={commands.compare}
          testId="workshop-compare"
        >
          <IconColumns />
        </Tool>
      )}
      <Tool label={t('workshop.radarOpen')} shortcut="radar" onClick={commands.radar} testId="workshop-radar">
        <IconRadar />
      </Tool>
      <Tool
        label={t('workshop.projectorTheme')}
        shortcut="projector"
        pressed={projector}
        onClick={commands.projector}
        testId="workshop-projector"
      >
        <IconContrast />
      </Tool>
      <Tool label={t('workshop.shortcutsTitle')} shortcut="help" onClick={commands.help} testId="workshop-help">
        <IconKeyboard />
      </Tool>
    </div>
  );
}

/** An icon button with its name as tooltip and accessible name, and its key from the key table. */
export function Tool({
  label,
  shortcut,
  pressed,
  onClick,
  testId,
  size = 'lg',
  children,
}: {
  label: string;
  shortcut: string;
  pressed?: boolean;
  onClick(): void;
  testId: string;
  size?: 'sm' | 'lg';
  children: ReactNode;
}) {
  const first = shortcutById(shortcut).chords[0];
  const key = first ? chordCaps(first).join('+') : '';
  return (
    <Tooltip label={`${label} (${key})`} withArrow>
      <ActionIcon
        variant={size === 'sm' ? 'subtle' : pressed ? 'filled' : 'default'}
        color={size === 'sm' ? 'gray' : undefined}
        size={size}
        onClick={onClick}
        aria-label={label}
        aria-pressed={pressed}
        aria-keyshortcuts={ariaShortcuts(shortcut)}
        className={classes.toolButton}
        data-testid={testId}
      >
        {children}
      </ActionIcon>
    </Tooltip>
  );
}
