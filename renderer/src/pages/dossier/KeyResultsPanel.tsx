import {
  ActionIcon,
  Button,
  Group,
  Modal,
  NumberInput,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldIssues } from '../../../../shared/api/fieldIssues';
import { type Dossier, type KeyResult, KeyResultInput } from '../../../../shared/dossier/schemas';
import { isApiFailure, useApiMutation } from '../../api/client';
import { notifyFailure, notifySuccess } from '../../app/notify';
import { problemText } from '../../forms/useZodForm';
import { useFormat } from '../../i18n/format';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { IconPencil, IconPlus, IconTrash } from '../../ui/icons';

type ComparisonKind = 'none' | 'pool' | 'external';

interface Values {
  name: string;
  unit: string;
  points: { period: string; value: number | string }[];
  target: number | string;
  kind: ComparisonKind;
  comparisonValue: number | string;
  source: string;
  explanation: string;
}

const asNumber = (v: number | string): number | null =>
  typeof v === 'number' ? v : v.trim() === '' ? null : Number(v);

function valuesOf(k: KeyResult | null): Values {
  return {
    name: k?.name ?? '',
    unit: k?.unit ?? '',
    points: k?.points.map((p) => ({ ...p })) ?? [{ period: '', value: '' }],
    target: k?.target ?? '',
    kind: k?.comparison?.kind ?? 'none',
    comparisonValue: k?.comparison?.value ?? '',
    source: k?.comparison?.source ?? '',
    explanation: k?.explanation ?? '',
  };
}

/** The form's values as the operation takes them; an empty row of the series is left out. */
function inputOf(engagementId: string, id: string | undefined, v: Values): KeyResultInput {
  return {
    engagementId,
    ...(id ? { id } : {}),
    name: v.name,
    unit: v.unit,
    points: v.points
      .filter((p) => p.period.trim() !== '' || asNumber(p.value) !== null)
      .map((p) => ({ period: p.period, value: asNumber(p.value) ?? Number.NaN })),
    target: asNumber(v.target),
    comparison:
      v.kind === 'none' ? null : { kind: v.kind, value: asNumber(v.comparisonValue) ?? Number.NaN, source: v.source },
    explanation: v.explanation,
  };
}

function KeyResultForm({
  dossier,
  keyResult,
  onClose,
}: {
  dossier: Dossier;
  keyResult: KeyResult | null;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Values>(() => valuesOf(keyResult));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const save = useApiMutation('dossier.saveKeyResult');
  const set = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }));
  const setPoint = (i: number, patch: Partial<Values['points'][number]>) =>
    set({ points: values.points.map((p, j) => (j === i ? { ...p, ...patch } : p)) });
  const error = (path: string) => (problems[path] ? problemText(t, { code: problems[path] }) : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = inputOf(dossier.engagementId, keyResult?.id, values);
    const parsed = KeyResultInput.safeParse(input);
    if (!parsed.success) {
      setProblems(Object.fromEntries(fieldIssues(parsed.error).map((i) => [i.path, i.code])));
      return;
    }
    setProblems({});
    save.mutate(input, {
      onSuccess: () => {
        notifySuccess(t('dossierTab.keyResults.saved'));
        onClose();
      },
      onError: (failure) => {
        const fields = isApiFailure(failure) ? failure.error.details?.fields : undefined;
        if (fields?.length) setProblems(Object.fromEntries(fields.map((f) => [f.path, f.code])));
        else notifyFailure(t, failure);
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('dossierTab.keyResults.name')}
            withAsterisk
            value={values.name}
            onChange={(e) => set({ name: e.currentTarget.value })}
            error={error('name')}
            data-autofocus
          />
          <TextInput
            label={t('dossierTab.keyResults.unit')}
            value={values.unit}
            onChange={(e) => set({ unit: e.currentTarget.value })}
            error={error('unit')}
          />
        </SimpleGrid>
        <Text size="sm" fw={500}>
          {t('dossierTab.keyResults.points')}
        </Text>
        {error('points') && (
          <Text size="sm" c="red.8">
            {error('points')}
          </Text>
        )}
        {values.points.map((p, i) => (
          <Group key={i} gap="xs" align="flex-end" wrap="nowrap">
            <TextInput
              label={t('dossierTab.keyResults.period')}
              value={p.period}
              onChange={(e) => setPoint(i, { period: e.currentTarget.value })}
              error={error(`points.${i}.period`)}
              placeholder="2025"
              style={{ flex: 1 }}
            />
            <NumberInput
              label={t('dossierTab.keyResults.value')}
              value={p.value}
              onChange={(v) => setPoint(i, { value: v })}
              error={error(`points.${i}.value`)}
              decimalScale={4}
              style={{ flex: 1 }}
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              aria-label={t('dossierTab.keyResults.removePoint', { period: p.period || String(i + 1) })}
              onClick={() => set({ points: values.points.filter((_, j) => j !== i) })}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        <Button
          variant="subtle"
          size="compact-sm"
          w="fit-content"
          leftSection={<IconPlus size={14} />}
          onClick={() => set({ points: [...values.points, { period: '', value: '' }] })}
        >
          {t('dossierTab.keyResults.addPoint')}
        </Button>
        <NumberInput
          label={t('dossierTab.keyResults.target')}
          value={values.target}
          onChange={(v) => set({ target: v })}
          error={error('target')}
          decimalScale={4}
          maw={240}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="key-result-comparison">
            {t('dossierTab.keyResults.comparison')}
          </Text>
          <SegmentedControl
            value={values.kind}
            onChange={(v) => set({ kind: v as ComparisonKind })}
            aria-labelledby="key-result-comparison"
            data={(['none', 'pool', 'external'] as const).map((k) => ({
              value: k,
              label: t(`dossierTab.keyResults.comparisonKinds.${k}`),
            }))}
            w="fit-content"
          />
        </Stack>
        {values.kind !== 'none' && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput
              label={t('dossierTab.keyResults.comparisonValue')}
              withAsterisk
              value={values.comparisonValue}
              onChange={(v) => set({ comparisonValue: v })}
              error={error('comparison.value') ?? error('comparison')}
              decimalScale={4}
            />
            <TextInput
              label={t('dossierTab.keyResults.source')}
              withAsterisk
              value={values.source}
              onChange={(e) => set({ source: e.currentTarget.value })}
              error={error('comparison.source')}
            />
          </SimpleGrid>
        )}
        <Textarea
          label={t('dossierTab.keyResults.explanation')}
          value={values.explanation}
          onChange={(e) => set({ explanation: e.currentTarget.value })}
          error={error('explanation')}
          autosize
          minRows={2}
        />
        <Group justify="flex-end" gap="xs" mt="md">
          <Button variant="default" onClick={onClose} disabled={save.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The key results: indicators with their series, target and comparison (or why there is none). */
export function KeyResultsPanel({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [editing, setEditing] = useState<KeyResult | 'new' | null>(null);
  const [removing, setRemoving] = useState<KeyResult | null>(null);
  const remove = useApiMutation('dossier.removeKeyResult');
  const { keyResultsMin, keyResultMinPoints } = dossier.scheme.rules;

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="key-results-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h5" id="key-results-title">
            {t('dossierTab.keyResults.title')}
          </Title>
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setEditing('new')}>
            {t('dossierTab.keyResults.add')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {t('dossierTab.keyResults.help', {
            min: format.number(keyResultsMin),
            points: format.number(keyResultMinPoints),
          })}
        </Text>
        {dossier.keyResults.length === 0 ? (
          <Text size="sm">{t('dossierTab.keyResults.none')}</Text>
        ) : (
          <Stack gap={4} component="ul" m={0} p={0} style={{ listStyle: 'none' }} data-testid="key-results">
            {dossier.keyResults.map((k) => (
              <Group key={k.id} component="li" justify="space-between" wrap="nowrap">
                <Stack gap={0}>
                  <Text size="sm" fw={500}>
                    {k.name}
                    {k.unit ? ` (${k.unit})` : ''}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('dossierTab.keyResults.summary', {
                      points: format.number(k.points.length),
                      target: k.target === null ? t('dossierTab.keyResults.noTarget') : format.number(k.target),
                    })}
                  </Text>
                </Stack>
                <Group gap={2} wrap="nowrap">
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={t('dossierTab.keyResults.edit', { name: k.name })}
                    onClick={() => setEditing(k)}
                  >
                    <IconPencil size={16} />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={t('dossierTab.keyResults.remove', { name: k.name })}
                    onClick={() => setRemoving(k)}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Group>
              </Group>
            ))}
          </Stack>
        )}
      </Stack>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        size="lg"
        title={editing === 'new' ? t('dossierTab.keyResults.dialogNew') : t('dossierTab.keyResults.dialogEdit')}
      >
        {editing !== null && (
          <KeyResultForm
            dossier={dossier}
            keyResult={editing === 'new' ? null : editing}
            onClose={() => setEditing(null)}
          />
        )}
      </Modal>
      <ConfirmModal
        opened={removing !== null}
        title={removing ? t('dossierTab.keyResults.removeTitle', { name: removing.name }) : ''}
        body={t('dossierTab.keyResults.removeBody')}
        confirmLabel={t('common.delete')}
        busy={remove.isPending}
        onClose={() => setRemoving(null)}
        onConfirm={() => {
          if (!removing) return;
          remove.mutate(
            { id: removing.id },
            {
              onSuccess: () => {
                notifySuccess(t('dossierTab.keyResults.removed'));
                setRemoving(null);
              },
              onError: (failure) => notifyFailure(t, failure),
            },
          );
        }}
      />
    </Paper>
  );
}
