import { Badge, Button, Collapse, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundRef, Suggestion } from '../../../../shared/roadmap/schemas';
import { useApiMutation, useApiQuery } from '../../api/client';
import { notifyFailure, notifySuccess } from '../../app/notify';
import { useFormat } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import { QueryError } from '../../ui/QueryError';

/** The neediest suggestions show at once; the rest behind "Show more", so the roadmap itself stays in view. */
const FIRST_SHOWN = 5;

/**
 * Suggested initiatives from the latest finalized round, neediest block first, each with its evidence. Accept
 * takes one over as it stands; Edit opens it in the initiative form first; Dismiss puts it aside (restorable).
 */
export function SuggestionsPanel({
  engagementId,
  round,
  onEdit,
}: {
  engagementId: string;
  round: RoundRef;
  onEdit(suggestion: Suggestion): void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useLanguage();
  const suggestions = useApiQuery('roadmap.suggest', { assessmentId: round.assessmentId, language });
  const accept = useApiMutation('roadmap.acceptSuggestion');
  const dismiss = useApiMutation('roadmap.dismissSuggestion');
  const restore = useApiMutation('roadmap.restoreSuggestion');
  const [expanded, setExpanded] = useState(true);
  const [showDismissed, setShowDismissed] = useState(false);
  const [showAll, setShowAll] = useState(false);

  if (suggestions.isError) return <QueryError error={suggestions.error} onRetry={() => void suggestions.refetch()} />;
  if (!suggestions.data) return <Skeleton h={120} radius="md" />;
  const open = suggestions.data.filter((s) => s.status === 'open');
  const dismissed = suggestions.data.filter((s) => s.status === 'dismissed');

  const onError = (error: unknown) => notifyFailure(t, error);
  const card = (s: Suggestion) => (
    <Paper key={s.key} withBorder radius="md" p="sm" data-testid="suggestion" data-key={s.key} component="article">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap={6}>
            {s.blocks.map((b) => (
              <Badge key={b} variant="light">
                {b}
              </Badge>
            ))}
            <Title order={3} size="h5">
              {s.title}
            </Title>
          </Group>
          <Text size="sm">{s.reason}</Text>
          <Text size="xs" c="dimmed">
            {t('roadmap.suggestions.meta', {
              impact: format.number(s.impact),
              effort: format.number(s.effort),
              quarters: format.count('roadmap.suggestions.quarters', s.quarters),
            })}
          </Text>
        </Stack>
        {s.status === 'open' ? (
          <Stack gap={6} style={{ flex: 'none' }}>
            <Button
              size="xs"
              loading={accept.isPending && accept.variables?.key === s.key}
              aria-label={t('roadmap.suggestions.acceptAria', { title: s.title })}
              onClick={() =>
                accept.mutate(
                  { assessmentId: round.assessmentId, key: s.key, language },
                  { onSuccess: () => notifySuccess(t('roadmap.suggestions.accepted', { title: s.title })), onError },
                )
              }
            >
              {t('roadmap.suggestions.accept')}
            </Button>
            <Button size="xs" variant="default" onClick={() => onEdit(s)}>
              {t('roadmap.suggestions.edit')}
            </Button>
            <Button
              size="xs"
              variant="subtle"
              color="gray"
              aria-label={t('roadmap.suggestions.dismissAria', { title: s.title })}
              onClick={() =>
                dismiss.mutate(
                  { engagementId, key: s.key },
                  { onSuccess: () => notifySuccess(t('roadmap.suggestions.dismissed', { title: s.title })), onError },
                )
              }
            >
              {t('roadmap.suggestions.dismiss')}
            </Button>
          </Stack>
        ) : (
          <Button
            size="xs"
            variant="default"
            style={{ flex: 'none' }}
            aria-label={t('roadmap.suggestions.restoreAria', { title: s.title })}
            onClick={() =>
              restore.mutate(
                { engagementId, key: s.key },
                { onSuccess: () => notifySuccess(t('roadmap.suggestions.restored', { title: s.title })), onError },
              )
            }
          >
            {t('roadmap.suggestions.restore')}
          </Button>
        )}
      </Group>
    </Paper>
  );

  return (
    <Stack gap="xs" component="section" data-testid="suggestions">
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={2} size="h4">
            {t('roadmap.suggestions.title', { round: round.round })}
          </Title>
          <Text size="sm" c="dimmed">
            {t('roadmap.suggestions.intro')}
          </Text>
        </Stack>
        <Button size="xs" variant="subtle" onClick={() => setExpanded((v) => !v)} aria-expanded={expanded}>
          {expanded
            ? t('roadmap.suggestions.collapse')
            : t('roadmap.suggestions.expand', { number: format.number(open.length) })}
        </Button>
      </Group>
      <Collapse in={expanded}>
        <Stack gap="xs">
          {open.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('roadmap.suggestions.none')}
            </Text>
          ) : (
            (showAll ? open : open.slice(0, FIRST_SHOWN)).map(card)
          )}
          {open.length > FIRST_SHOWN && (
            <Button
              size="xs"
              variant="subtle"
              w="fit-content"
              onClick={() => setShowAll((v) => !v)}
              aria-expanded={showAll}
            >
              {showAll
                ? t('roadmap.suggestions.showFewer')
                : format.count('roadmap.suggestions.showMore', open.length - FIRST_SHOWN)}
            </Button>
          )}
          {dismissed.length > 0 && (
            <>
              <Button
                size="xs"
                variant="subtle"
                color="gray"
                w="fit-content"
                onClick={() => setShowDismissed((v) => !v)}
                aria-expanded={showDismissed}
              >
                {showDismissed
                  ? t('roadmap.suggestions.hideDismissed')
                  : format.count('roadmap.suggestions.showDismissed', dismissed.length)}
              </Button>
              {showDismissed && dismissed.map(card)}
            </>
          )}
        </Stack>
      </Collapse>
    </Stack>
  );
}
