import { Button, Group } from '@mantine/core';
import { useReducedMotion } from '@mantine/hooks';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { IconPresentation } from '../../ui/icons';
import classes from './Results.module.css';
import { partElementId, partHeading, type ResultsPart } from './resultsParts';

/**
 * The results' table of contents, kept in view while scrolling: the part being read is marked, a click
 * scrolls to a part and puts the keyboard focus on its heading. "Present" starts the presentation there.
 */
export function SectionNav({
  parts,
  active,
  onPresent,
  ref,
}: {
  parts: readonly ResultsPart[];
  active: ResultsPart | null;
  onPresent(from: ResultsPart): void;
  ref: Ref<HTMLElement>;
}) {
  const { t } = useTranslation();
  const reduceMotion = useReducedMotion();
  const jump = (part: ResultsPart, nav: HTMLElement | null) => {
    const target = document.getElementById(partElementId(part));
    if (!target) return;
    // Lands below the navigation, however many lines its buttons take at this width.
    target.style.scrollMarginTop = `${(nav?.offsetHeight ?? 0) + 8}px`;
    target.scrollIntoView({ behavior: reduceMotion ? 'auto' : 'smooth', block: 'start' });
    const heading = partHeading(part);
    if (heading) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    }
  };
  return (
    <nav ref={ref} className={classes.nav} aria-label={t('results.nav.label')} data-controls data-testid="results-nav">
      <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
        <Group gap={4} wrap="wrap">
          {parts.map((part) => (
            <Button
              key={part}
              size="compact-sm"
              variant={part === active ? 'light' : 'subtle'}
              color={part === active ? undefined : 'gray'}
              aria-current={part === active ? 'location' : undefined}
              onClick={(event) => jump(part, event.currentTarget.closest('nav'))}
              data-part={part}
            >
              {t(`results.nav.${part}`)}
            </Button>
          ))}
        </Group>
        <Button
          size="compact-sm"
          leftSection={<IconPresentation size={14} />}
          onClick={() => onPresent(active ?? parts[0] ?? 'summary')}
          title={t('results.present.startHelp')}
          data-testid="results-present"
          style={{ flexShrink: 0 }}
        >
          {t('results.present.start')}
        </Button>
      </Group>
    </nav>
  );
}
