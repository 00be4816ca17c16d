import { Button, Group, NumberInput, Stack, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shiftsChart } from '../../../../shared/charts/shiftsChart';
import { useApiMutation } from '../../api/client';
import { notifyFailure, notifySuccess } from '../../app/notify';
import { EChart } from '../../charts/EChart';
import { useChartStyle } from '../../charts/useChartStyle';
import { useLocalText } from '../../framework/frameworkText';
import { useFormat } from '../../i18n/format';
import { ResultsSection } from './ResultsSection';
import type { ResultsContext } from './resultsContext';

type Positions = Record<string, { now: number | null; desired: number | null }>;

function positionsOf(context: ResultsContext): Positions {
  const out: Positions = {};
  for (const s of context.workspace.framework.shifts) out[s.id] = { now: null, desired: null };
  for (const s of context.results.shifts) out[s.id] = { now: s.now, desired: s.desired };
  return out;
}

const asValue = (value: string | number): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/**
 * The ten paradigm shifts: where the team places itself now and where it wants to be, on a line from the
 * old way of thinking (0) to the new (10). Editable until the round is finalized.
 */
export function ShiftsSection({ context }: { context: ResultsContext }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useLocalText();
  const style = useChartStyle();
  const { framework, assessment } = context.workspace;
  const readOnly = assessment.status === 'finalized';
  const saved = useMemo(() => positionsOf(context), [context]);
  const [draft, setDraft] = useState<Positions>(saved);
  const save = useApiMutation('assessments.setShifts');
  const dirty = framework.shifts.some(
    (s) => draft[s.id]?.now !== saved[s.id]?.now || draft[s.id]?.desired !== saved[s.id]?.desired,
  );

  const shown = readOnly ? saved : draft;
  const option = useMemo(
    () =>
      shiftsChart(
        {
          shifts: framework.shifts.map((s) => ({
            id: s.id,
            from: text(s.from),
            to: text(s.to),
            now: shown[s.id]?.now ?? null,
            desired: shown[s.id]?.desired ?? null,
          })),
          labels: { now: t('results.shifts.now'), desired: t('results.shifts.desired') },
        },
        style,
      ),
    [framework.shifts, shown, style, t, text],
  );
  const anyPosition = framework.shifts.some((s) => shown[s.id]?.now != null || shown[s.id]?.desired != null);
  const summary = framework.shifts
    .map(
      (s) =>
        `${text(s.from)} → ${text(s.to)}: ${t('results.shifts.now')} ${format.decimal(shown[s.id]?.now ?? null, 1)}, ${t('results.shifts.desired')} ${format.decimal(shown[s.id]?.desired ?? null, 1)}`,
    )
    .join('; ');

  const setValue = (id: string, key: 'now' | 'desired', value: number | null) =>
    setDraft((d) => ({ ...d, [id]: { now: d[id]?.now ?? null, desired: d[id]?.desired ?? null, [key]: value } }));

  const onSave = () =>
    save.mutate(
      { assessmentId: assessment.id, positions: draft },
      {
        onSuccess: () => notifySuccess(t('results.shifts.saved')),
        onError: (error) => notifyFailure(t, error),
      },
    );

  const decimalSeparator = format.language === 'nl' ? ',' : '.';
  const field = (id: string, key: 'now' | 'desired', label: string) => (
    <NumberInput
      aria-label={label}
      value={draft[id]?.[key] ?? ''}
      onChange={(value) => setValue(id, key, asValue(value))}
      min={0}
      max={10}
      step={0.5}
      decimalScale={1}
      decimalSeparator={decimalSeparator}
      allowNegative={false}
      clampBehavior="strict"
      w={96}
      size="xs"
      data-testid={`shift-${id}-${key}`}
    />
  );

  return (
    <ResultsSection title={t('results.shifts.title')} description={t('results.shifts.help')} testId="shifts">
      <Stack gap="md">
        {anyPosition ? (
          <EChart option={option} summary={summary} height={Math.max(320, framework.shifts.length * 46 + 70)} />
        ) : (
          <Text size="sm" c="dimmed">
            {readOnly ? t('results.shifts.noneReadOnly') : t('results.shifts.none')}
          </Text>
        )}
        {!readOnly && (
          <Stack gap="xs">
            <Table verticalSpacing={4} horizontalSpacing="md" data-testid="shifts-editor">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('results.shifts.shift')}</Table.Th>
                  <Table.Th w={120}>{t('results.shifts.now')}</Table.Th>
                  <Table.Th w={120}>{t('results.shifts.desired')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {framework.shifts.map((s) => {
                  const name = `${text(s.from)} → ${text(s.to)}`;
                  return (
                    <Table.Tr key={s.id}>
                      <Table.Td>
                        <Text size="sm">
                          <Text span c="dimmed" size="xs">
                            {s.id}
                          </Text>{' '}
                          {name}
                        </Text>
                      </Table.Td>
                      <Table.Td>{field(s.id, 'now', t('results.shifts.nowOf', { shift: name }))}</Table.Td>
                      <Table.Td>{field(s.id, 'desired', t('results.shifts.desiredOf', { shift: name }))}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
            <Group justify="flex-end" gap="xs" data-controls>
              <Button variant="default" disabled={!dirty || save.isPending} onClick={() => setDraft(saved)}>
                {t('common.cancel')}
              </Button>
              <Button onClick={onSave} disabled={!dirty} loading={save.isPending}>
                {t('results.shifts.save')}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </ResultsSection>
  );
}
