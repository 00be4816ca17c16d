import { Badge, Button, Drawer, Group, List, Progress, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FrameworkFile } from '../../../../shared/frameworks/schema';
import type { Initiative, Roadmap } from '../../../../shared/roadmap/schemas';
import { useApiMutation } from '../../api/client';
import { notifyFailure, notifySuccess } from '../../app/notify';
import { useFormat } from '../../i18n/format';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { IconAlert, IconPencil, IconTrash } from '../../ui/icons';
import { useFrameworkNames, useQuarterText } from './roadmapText';
import { keyFromData } from '../../../../shared/i18n/keys';

/** One initiative: what it addresses, where it starts from and how its blocks moved since, its plan and history. */
export function InitiativeDetail({
  initiative,
  roadmap,
  framework,
  onEdit,
  onClose,
}: {
  initiative: Initiative | null;
  roadmap: Roadmap;
  framework: FrameworkFile;
  onEdit(i: Initiative): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={initiative !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={initiative ? `${initiative.priority}. ${initiative.title}` : ''}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {initiative && (
        <DetailBody initiative={initiative} roadmap={roadmap} framework={framework} onEdit={onEdit} onClose={onClose} />
      )}
    </Drawer>
  );
}

function DetailBody({
  initiative: i,
  roadmap,
  framework,
  onEdit,
  onClose,
}: {
  initiative: Initiative;
  roadmap: Roadmap;
  framework: FrameworkFile;
  onEdit(i: Initiative): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const names = useFrameworkNames(framework);
  const { quarter, period } = useQuarterText();
  const remove = useApiMutation('initiatives.delete');
  const [confirming, setConfirming] = useState(false);
  const titleOf = new Map(roadmap.initiatives.map((x) => [x.id, `${x.priority}. ${x.title}`]));
  const moved = i.movement.filter((m) => m.now !== null);
  const historyLine = (h: Initiative['history'][number]) => {
    const date = format.dateOf(h.at);
    const shown = (v: string | null) =>
      v === null
        ? ''
        : h.field === 'status' || h.field === 'created'
          ? t(keyFromData(`roadmap.statuses.${v}`))
          : quarter(v);
    if (h.field === 'created') return t('roadmap.detail.historyCreated', { date, status: shown(h.to) });
    const key = { status: 'historyStatus', start: 'historyStart', end: 'historyEnd' }[h.field];
    return t(keyFromData(`roadmap.detail.${key}`), { date, from: shown(h.from), to: shown(h.to) });
  };

  return (
    <Stack gap="md" data-testid="initiative-detail">
      <Group gap={6}>
        <Badge variant="light">{t(`roadmap.statuses.${i.status}`)}</Badge>
        <Badge variant="outline">{period(i.start, i.end)}</Badge>
        <Badge variant="outline">{t(`roadmap.quadrants.${i.quadrant}`)}</Badge>
      </Group>
      {i.description && <Text size="sm">{i.description}</Text>}
      {(i.flags.outsideHorizon || i.flags.startsBeforeDependencyEnds.length > 0) && (
        <Stack gap={4}>
          {i.flags.outsideHorizon && (
            <Group gap={6} c="orange.8">
              <IconAlert size={16} />
              <Text size="sm">{t('roadmap.tab.flags.outside')}</Text>
            </Group>
          )}
          {i.flags.startsBeforeDependencyEnds.length > 0 && (
            <Group gap={6} c="orange.8">
              <IconAlert size={16} />
              <Text size="sm">
                {t('roadmap.tab.flags.early', {
                  count: i.flags.startsBeforeDependencyEnds.length,
                  list: i.flags.startsBeforeDependencyEnds.map((d) => titleOf.get(d) ?? d).join(', '),
                })}
              </Text>
            </Group>
          )}
        </Stack>
      )}
      <Text size="sm">
        {i.blocks.map((b) => names.block(b)).join('; ')}
        {i.elements.length > 0 && (
          <Text span c="dimmed">
            {' · '}
            {i.elements.map((e) => names.element(e)).join('; ')}
          </Text>
        )}
      </Text>
      <Text size="sm" c="dimmed">
        {t('roadmap.detail.priority', {
          priority: format.number(i.priority),
          score: format.number(Math.round(i.priorityScore)),
        })}
        {i.rank !== null ? ` · ${t('roadmap.detail.ranked')}` : ''}
      </Text>
      {(i.owner || i.sponsor) && (
        <Text size="sm">
          {i.owner && `${t('roadmap.form.owner')}: ${i.owner.name}`}
          {i.owner && i.sponsor && ' · '}
          {i.sponsor && `${t('roadmap.form.sponsor')}: ${i.sponsor.name}`}
        </Text>
      )}
      <Group gap="xs" wrap="nowrap">
        <Progress value={i.progress} w={160} aria-label={t('roadmap.list.progress')} />
        <Text size="sm" className="tabular">
          {format.percent(i.progress / 100)}
        </Text>
      </Group>

      <Stack gap={4}>
        <Title order={3} size="h5">
          {t('roadmap.detail.movement')}
        </Title>
        {i.gap && i.gap.score !== null && (
          <Text size="sm">
            {t('roadmap.detail.gap', {
              block: i.gap.block,
              score: format.decimal(i.gap.score, 1),
              round: i.gap.round ?? '',
            })}
            {i.gap.target !== null &&
              ` (${t('roadmap.detail.gapTarget', { target: format.decimal(i.gap.target, 1) })})`}
          </Text>
        )}
        {moved.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('roadmap.detail.noMovement')}
          </Text>
        ) : (
          <List size="sm" data-testid="initiative-movement">
            {moved.map((m) => (
              <List.Item key={m.block}>
                {t('roadmap.detail.movementLine', {
                  block: m.block,
                  start: format.decimal(m.start?.score ?? null, 1),
                  now: format.decimal(m.now?.score ?? null, 1),
                })}{' '}
                ({t(`roadmap.change.${m.change ?? 'none'}`)}
                {m.target !== null &&
                  `; ${t(m.met ? 'roadmap.detail.targetMet' : 'roadmap.detail.targetOpen', { target: format.decimal(m.target, 1) })}`}
                )
              </List.Item>
            ))}
          </List>
        )}
      </Stack>

      {i.kpi && (
        <Stack gap={2}>
          <Title order={3} size="h5">
            {t('roadmap.detail.kpi')}
          </Title>
          <Text size="sm">
            {i.kpi.name}
            {i.kpi.unit ? ` (${i.kpi.unit})` : ''}
            {(i.kpi.baseline !== null || i.kpi.target !== null) &&
              `: ${i.kpi.baseline === null ? '…' : format.number(i.kpi.baseline)} → ${i.kpi.target === null ? '…' : format.number(i.kpi.target)}`}
          </Text>
        </Stack>
      )}
      {i.milestones.length > 0 && (
        <Stack gap={2}>
          <Title order={3} size="h5">
            {t('roadmap.detail.milestones')}
          </Title>
          <List size="sm">
            {i.milestones.map((m) => (
              <List.Item key={m.id}>
                {m.done ? '✓ ' : ''}
                {m.title} · {format.date(m.due)}
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
      {i.dependsOn.length > 0 && (
        <Text size="sm">
          {t('roadmap.detail.dependsOn')}: {i.dependsOn.map((d) => titleOf.get(d) ?? d).join('; ')}
        </Text>
      )}
      {i.notes && (
        <Stack gap={2}>
          <Title order={3} size="h5">
            {t('roadmap.detail.notes')}
          </Title>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {i.notes}
          </Text>
        </Stack>
      )}
      <Stack gap={2}>
        <Title order={3} size="h5">
          {t('roadmap.detail.history')}
        </Title>
        <List size="sm" c="dimmed">
          {i.history.map((h, k) => (
            <List.Item key={k}>{historyLine(h)}</List.Item>
          ))}
        </List>
      </Stack>
      <Group justify="space-between">
        <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => setConfirming(true)}>
          {t('roadmap.detail.delete')}
        </Button>
        <Button leftSection={<IconPencil size={16} />} onClick={() => onEdit(i)}>
          {t('roadmap.detail.edit')}
        </Button>
      </Group>
      <ConfirmModal
        opened={confirming}
        title={t('roadmap.detail.deleteTitle')}
        body={t('roadmap.detail.deleteBody', { title: i.title })}
        confirmLabel={t('common.delete')}
        busy={remove.isPending}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          remove.mutate(
            { id: i.id },
            {
              onSuccess: () => {
                notifySuccess(t('roadmap.detail.deleted', { title: i.title }));
                setConfirming(false);
                onClose();
              },
              onError: (error) => notifyFailure(t, error),
            },
          )
        }
      />
    </Stack>
  );
}
