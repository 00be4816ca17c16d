import { Anchor, Button, Group, List, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readinessMessage, warningMessage } from '../../../../shared/dossier/messages';
import type { Dossier } from '../../../../shared/dossier/schemas';
import { useFormat } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';

/** Enough entries to see what is next without pushing the editor off the screen. */
const SHOWN = 6;

/**
 * The readiness check as the service computed it: the share of checks that pass, and every missing entry as
 * a sentence that leads to its place (the part, or the element's rating).
 */
export function ReadinessPanel({ dossier, onGo }: { dossier: Dossier; onGo(place: string): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useLanguage();
  const [all, setAll] = useState(false);
  const { readiness, missing, warnings, checks, window } = dossier.readiness;
  const shown = all ? missing : missing.slice(0, SHOWN);

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-labelledby="dossier-readiness-title"
      data-testid="dossier-readiness"
      data-readiness={readiness}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="baseline">
          <Title order={2} size="h4" id="dossier-readiness-title">
            {t('dossierTab.readiness.title')}
          </Title>
          <Text fw={700} size="xl" data-testid="dossier-readiness-value" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {t('dossierTab.readiness.value', { readiness: format.number(readiness) })}
          </Text>
        </Group>
        <Progress
          value={readiness}
          color={readiness === 100 ? 'teal' : undefined}
          size="lg"
          radius="xl"
          aria-label={t('dossierTab.readiness.title')}
        />
        <Text size="sm" c="dimmed">
          {t('dossierTab.readiness.checks', {
            passed: format.number(checks.passed),
            total: format.number(checks.total),
          })}{' '}
          ·{' '}
          {t('dossierTab.readiness.window', {
            from: format.date(window.from),
            date: format.date(window.referenceDate),
          })}
        </Text>
        {missing.length === 0 ? (
          <Text size="sm">{t('dossierTab.readiness.complete')}</Text>
        ) : (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('dossierTab.readiness.missing')}
            </Text>
            <List size="sm" spacing={4} data-testid="readiness-missing">
              {shown.map((entry, i) => (
                <List.Item key={`${entry.part}-${entry.reason}-${entry.evidenceId ?? entry.keyResultId ?? i}`}>
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    ta="left"
                    mih={24}
                    onClick={() => onGo(entry.part)}
                    data-place={entry.part}
                  >
                    {readinessMessage(dossier, entry, language)}
                  </Anchor>
                </List.Item>
              ))}
            </List>
            {missing.length > SHOWN && (
              <Button variant="subtle" size="compact-sm" w="fit-content" onClick={() => setAll(!all)}>
                {all
                  ? t('dossierTab.readiness.showFewer')
                  : t('dossierTab.readiness.showAll', { count: missing.length })}
              </Button>
            )}
          </Stack>
        )}
        {warnings.length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('dossierTab.readiness.warnings')}
            </Text>
            <List size="sm" spacing={2}>
              {warnings.map((w) => (
                <List.Item key={`${w.reason}-${w.evidenceId}`}>{warningMessage(dossier, w, language)}</List.Item>
              ))}
            </List>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
