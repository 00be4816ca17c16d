import { Alert, Box, Button, Grid, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Engagement } from '../../../../shared/clients/schemas';
import type { Dossier } from '../../../../shared/dossier/schemas';
import { useApiQuery } from '../../api/client';
import { useFormat } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import { IconDownload, IconPencil } from '../../ui/icons';
import { QueryError } from '../../ui/QueryError';
import { DossierExportModal } from './DossierExportModal';
import { DossierOutline } from './DossierOutline';
import { placeOf } from './dossierOutline';
import { ElementPanel } from './ElementPanel';
import { EvidenceDialog, type EvidenceSubject } from './EvidenceDialog';
import { EvidenceRegister } from './EvidenceRegister';
import { KeyResultsPanel } from './KeyResultsPanel';
import { PartEditor } from './PartEditor';
import { ReadinessPanel } from './ReadinessPanel';
import { SubmissionModal } from './SubmissionModal';

/** The engagement's Dossier tab: the recognition dossier against its scheme, part by part. */
export function DossierTab({ engagement }: { engagement: Engagement }) {
  // The drafts of strengths and areas for improvement are worded in the language on screen.
  const dossier = useApiQuery('dossier.get', { engagementId: engagement.id, language: useLanguage() });
  if (dossier.isError) return <QueryError error={dossier.error} onRetry={() => void dossier.refetch()} />;
  if (!dossier.data) return <Skeleton h={240} radius="md" />;
  return <DossierView engagement={engagement} dossier={dossier.data} />;
}

function DossierView({ engagement, dossier }: { engagement: Engagement; dossier: Dossier }) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useLanguage();
  const [search, setSearch] = useSearchParams();
  const place = placeOf(dossier, search.get('part'));
  const selected = place ? (place.kind === 'part' ? place.part.id : place.element.id) : null;
  // Texts typed and not yet saved, per part: kept while the consultant moves between parts.
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [evidence, setEvidence] = useState<EvidenceSubject | null>(null);
  const [exporting, setExporting] = useState(false);
  const [submission, setSubmission] = useState(false);
  const editor = useRef<HTMLDivElement | null>(null);

  // A draft the service now holds (saved here, or the same text saved elsewhere) is no longer a draft.
  useEffect(() => {
    setDrafts((current) => {
      const saved = Object.entries(current).filter(
        ([id, text]) => dossier.parts.find((p) => p.id === id)?.text === text,
      );
      if (saved.length === 0) return current;
      const next = { ...current };
      for (const [id] of saved) delete next[id];
      return next;
    });
  }, [dossier.parts]);

  const go = (id: string) => {
    setSearch(
      (params) => {
        const next = new URLSearchParams(params);
        next.set('part', id);
        return next;
      },
      { preventScrollReset: true },
    );
    // The editor comes into view and takes the focus, so a keyboard user lands where the entry led.
    requestAnimationFrame(() => {
      const box = editor.current;
      box?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
      box?.querySelector<HTMLElement>('textarea, [role=radiogroup] input, button')?.focus({ preventScroll: true });
    });
  };

  const unsaved = new Set(
    Object.entries(drafts)
      .filter(([id, text]) => dossier.parts.find((p) => p.id === id)?.text !== text)
      .map(([id]) => id),
  );

  return (
    <Stack gap="lg" data-testid="dossier-tab">
      <Group justify="space-between" align="flex-end" gap="md">
        <Stack gap={2}>
          <Text fw={600}>
            {t('dossierTab.header.scheme', { scheme: dossier.scheme.name[language], version: dossier.scheme.version })}
          </Text>
          <Text size="sm" c="dimmed">
            {dossier.referenceDate
              ? t('dossierTab.header.referenceDate', { date: format.date(dossier.referenceDate) })
              : t('dossierTab.header.noReferenceDate')}
          </Text>
        </Stack>
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconPencil size={16} />}
            onClick={() => setSubmission(true)}
            data-testid="dossier-submission-button"
          >
            {t('dossierTab.header.submission')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconDownload size={16} />}
            onClick={() => setExporting(true)}
            data-testid="dossier-export-button"
          >
            {t('dossierTab.header.export')}
          </Button>
        </Group>
      </Group>
      {!dossier.started && (
        <Alert variant="light" color="gray">
          {t('dossierTab.empty.notStarted', { scheme: dossier.scheme.name[language] })}
        </Alert>
      )}
      <ReadinessPanel dossier={dossier} onGo={go} />
      <Grid gutter="lg" align="flex-start">
        <Grid.Col span={{ base: 12, md: 3 }}>
          <Paper
            withBorder
            radius="md"
            p={4}
            style={{ position: 'sticky', top: 16, maxHeight: 'calc(100vh - 32px)', overflowY: 'auto' }}
          >
            <DossierOutline dossier={dossier} selected={selected} unsaved={unsaved} onSelect={go} />
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          <Box ref={editor} style={{ scrollMarginTop: 16 }}>
            {place?.kind === 'part' && (
              <Stack gap="lg">
                <PartEditor
                  key={place.part.id}
                  dossier={dossier}
                  part={place.part}
                  value={drafts[place.part.id] ?? place.part.text}
                  onChange={(text) => setDrafts((d) => ({ ...d, [place.part.id]: text }))}
                  onAddEvidence={(partId) => setEvidence({ kind: 'new', file: null, links: [partId] })}
                />
                {place.part.aspect === 'keyResults' && <KeyResultsPanel dossier={dossier} />}
              </Stack>
            )}
            {place?.kind === 'element' && (
              <ElementPanel key={place.element.id} dossier={dossier} element={place.element} onSelect={go} />
            )}
          </Box>
        </Grid.Col>
      </Grid>
      <EvidenceRegister
        dossier={dossier}
        onAdd={(file) => setEvidence({ kind: 'new', file, links: place?.kind === 'part' ? [place.part.id] : [] })}
        onEdit={(item) => setEvidence({ kind: 'edit', item })}
        onOpenPart={go}
      />
      <EvidenceDialog dossier={dossier} subject={evidence} onClose={() => setEvidence(null)} />
      <SubmissionModal dossier={dossier} opened={submission} onClose={() => setSubmission(false)} />
      <DossierExportModal opened={exporting} engagement={engagement} onClose={() => setExporting(false)} />
    </Stack>
  );
}
