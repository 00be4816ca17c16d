import { Box, NavLink, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Dossier, DossierPart, PartStatus } from '../../../../shared/dossier/schemas';
import { useLanguage } from '../../i18n/i18n';
import { outlineOf, type RatingStatus, ratingStatus } from './dossierOutline';

/** Red, amber and green only where they mean something: too long, evidence wanted, done. */
const PART_COLOURS: Record<PartStatus, string> = {
  empty: 'var(--mantine-color-gray-5)',
  over_limit: 'var(--mantine-color-red-6)',
  needs_evidence: 'var(--mantine-color-yellow-6)',
  complete: 'var(--mantine-color-teal-6)',
};

const RATING_COLOURS: Record<RatingStatus, string> = {
  unrated: 'var(--mantine-color-gray-5)',
  noJustification: 'var(--mantine-color-yellow-6)',
  rated: 'var(--mantine-color-teal-6)',
};

/** Full text colour: the accent's light tint behind the active link leaves a dimmed description too faint. */
const LINK_STYLES = { description: { color: 'var(--mantine-color-text)' } };

/** A part's or a rating's progress: a dot for the eye, its words for a screen reader and on hover. */
function Mark({ colour, label }: { colour: string; label: string }) {
  return (
    <Box component="span" title={label} style={{ display: 'inline-flex', alignItems: 'center' }}>
      <Box
        component="span"
        aria-hidden
        w={10}
        h={10}
        style={{ borderRadius: '50%', background: colour, display: 'inline-block', flexShrink: 0 }}
      />
      <VisuallyHidden>{label}</VisuallyHidden>
    </Box>
  );
}

/**
 * The dossier's parts as a navigable outline in the scheme's order, each with its progress mark; an element
 * opens its rating and findings. The selected place is marked for assistive technology with aria-current.
 */
export function DossierOutline({
  dossier,
  selected,
  unsaved,
  onSelect,
}: {
  dossier: Dossier;
  selected: string | null;
  unsaved: ReadonlySet<string>;
  onSelect(place: string): void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const partLink = (part: DossierPart, indented: boolean) => (
    <NavLink
      key={part.id}
      component="button"
      active={selected === part.id}
      aria-current={selected === part.id ? 'location' : undefined}
      onClick={() => onSelect(part.id)}
      pl={indented ? 'xl' : undefined}
      styles={LINK_STYLES}
      label={indented && part.aspect !== 'other' ? t(`dossier.aspects.${part.aspect}`) : part.title[language]}
      description={unsaved.has(part.id) ? t('dossierTab.outline.unsaved') : undefined}
      leftSection={<Mark colour={PART_COLOURS[part.status]} label={t(`dossier.statuses.${part.status}`)} />}
      data-testid="outline-part"
      data-part={part.id}
      data-status={part.status}
    />
  );
  return (
    <Box component="nav" aria-label={t('dossierTab.outline.label')} data-testid="dossier-outline">
      {outlineOf(dossier).map((group) => {
        if (group.kind === 'part') return partLink(group.part, false);
        const { element } = group;
        const status = ratingStatus(element, dossier.scheme.rules.justificationRequired);
        return (
          <Box key={element.id} mt={4}>
            <NavLink
              component="button"
              active={selected === element.id}
              aria-current={selected === element.id ? 'location' : undefined}
              onClick={() => onSelect(element.id)}
              label={
                <Text size="sm" fw={600} component="span">
                  {element.id} {element.name[language]}
                </Text>
              }
              description={t('dossierTab.outline.rating')}
              styles={LINK_STYLES}
              leftSection={<Mark colour={RATING_COLOURS[status]} label={t(`dossierTab.outline.element.${status}`)} />}
              data-testid="outline-element"
              data-part={element.id}
              data-status={status}
            />
            {group.parts.map((part) => partLink(part, true))}
          </Box>
        );
      })}
    </Box>
  );
}
