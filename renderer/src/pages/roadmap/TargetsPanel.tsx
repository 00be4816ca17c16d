import { ActionIcon, Badge, Button, Group, Modal, NumberInput, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FrameworkFile } from '../../../../shared/frameworks/schema';
import type { BlockTarget, Roadmap } from '../../../../shared/roadmap/schemas';
import { useApiMutation } from '../../api/client';
import { notifyFailure, notifySuccess } from '../../app/notify';
import { problemText } from '../../forms/useZodForm';
import { useFormat } from '../../i18n/format';
import { IconPencil, IconPlus, IconTrash } from '../../ui/icons';
import { Section } from '../../ui/Section';
import { isApiFailure } from '../../api/client';
import { quarterChoices, useFrameworkNames, useQuarterText } from './roadmapText';

/** "B5 from 2,4 to 3,5 by Q4 2027, now 3,1": the targets per building block and whether they are met. */
export function TargetsPanel({ roadmap, framework }: { roadmap: Roadmap; framework: FrameworkFile }) {
  const { t } = useTranslation();
  const format = useFormat();
  const names = useFrameworkNames(framework);
  const { quarter } = useQuarterText();
  const remove = useApiMutation('roadmap.removeTarget');
  const [editing, setEditing] = useState<BlockTarget | 'new' | null>(null);

  return (
    <Section
      title={t('roadmap.targets.title')}
      action={
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setEditing('new')}>
          {t('roadmap.targets.add')}
        </Button>
      }
    >
      {roadmap.targets.length === 0 ? (
        <Text size="sm" c="dimmed" p="md">
          {t('roadmap.targets.empty')}
        </Text>
      ) : (
        <Table verticalSpacing={6} horizontalSpacing="md">
          <Table.Tbody>
            {roadmap.targets.map((x) => (
              <Table.Tr key={x.block} data-testid="target-row" data-block={x.block}>
                <Table.Td>
                  {x.from !== null
                    ? t('roadmap.targets.line', {
                        block: names.block(x.block),
                        from: format.decimal(x.from, 1),
                        target: format.decimal(x.target, 1),
                        by: quarter(x.by),
                      })
                    : t('roadmap.targets.lineNoStart', {
                        block: names.block(x.block),
                        target: format.decimal(x.target, 1),
                        by: quarter(x.by),
                      })}
                  {x.now !== null && (
                    <Text span c="dimmed">
                      {' · '}
                      {t('roadmap.targets.now', { score: format.decimal(x.now, 1) })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td w="1%" style={{ whiteSpace: 'nowrap' }}>
                  <Badge
                    styles={{ label: { overflow: 'visible' } }}
                    color={x.met === null ? 'gray' : x.met ? 'teal' : 'orange'}
                    variant="light"
                  >
                    {t(
                      x.met === null
                        ? 'roadmap.targets.unknown'
                        : x.met
                          ? 'roadmap.targets.met'
                          : 'roadmap.targets.open',
                    )}
                  </Badge>
                </Table.Td>
                <Table.Td w="1%">
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <ActionIcon
                      variant="subtle"
                      aria-label={t('roadmap.targets.edit', { block: x.block })}
                      onClick={() => setEditing(x)}
                    >
                      <IconPencil size={16} />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('roadmap.targets.remove', { block: x.block })}
                      onClick={() =>
                        remove.mutate(
                          { engagementId: roadmap.engagementId, block: x.block },
                          {
                            onSuccess: () => notifySuccess(t('roadmap.targets.removed', { block: x.block })),
                            onError: (error) => notifyFailure(t, error),
                          },
                        )
                      }
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <TargetModal roadmap={roadmap} framework={framework} editing={editing} onClose={() => setEditing(null)} />
    </Section>
  );
}

function TargetModal({
  roadmap,
  framework,
  editing,
  onClose,
}: {
  roadmap: Roadmap;
  framework: FrameworkFile;
  editing: BlockTarget | 'new' | null;
  onClose(): void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={editing !== null} onClose={onClose} title={t('roadmap.targets.formTitle')} size="md">
      {editing !== null && (
        <TargetForm
          roadmap={roadmap}
          framework={framework}
          initial={editing === 'new' ? null : editing}
          onDone={onClose}
        />
      )}
    </Modal>
  );
}

function TargetForm({
  roadmap,
  framework,
  initial,
  onDone,
}: {
  roadmap: Roadmap;
  framework: FrameworkFile;
  initial: BlockTarget | null;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const names = useFrameworkNames(framework);
  const { quarter } = useQuarterText();
  const save = useApiMutation('roadmap.setTarget');
  const [block, setBlock] = useState<string | null>(initial?.block ?? null);
  const [target, setTarget] = useState<number | string>(initial?.target ?? 3.5);
  const [by, setBy] = useState<string | null>(initial?.by ?? roadmap.horizon.last);
  const fields = isApiFailure(save.error) ? (save.error.error.details?.fields ?? []) : [];
  const errorOf = (field: string) => {
    const issue = fields.find((f) => f.path === field);
    return issue ? problemText(t, { code: issue.code }) : undefined;
  };
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(
          { engagementId: roadmap.engagementId, block: block ?? '', target: Number(target), by: by ?? '' },
          { onSuccess: onDone, onError: (error) => !isApiFailure(error) && notifyFailure(t, error) },
        );
      }}
    >
      <Stack gap="md">
        <Select
          label={t('roadmap.targets.block')}
          data={framework.blocks.map((b) => ({ value: b.id, label: names.block(b.id) }))}
          value={block}
          onChange={setBlock}
          disabled={initial !== null}
          error={errorOf('block')}
          withAsterisk
          data-autofocus
        />
        <Group grow>
          <NumberInput
            label={t('roadmap.targets.target')}
            min={1}
            max={5}
            step={0.1}
            decimalScale={2}
            value={target}
            onChange={setTarget}
            error={errorOf('target')}
            withAsterisk
          />
          <Select
            label={t('roadmap.targets.by')}
            data={quarterChoices(roadmap.horizon.first, roadmap.horizon.quarters).map((q) => ({
              value: q,
              label: quarter(q),
            }))}
            value={by}
            onChange={setBy}
            error={errorOf('by')}
            withAsterisk
          />
        </Group>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onDone}>
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
