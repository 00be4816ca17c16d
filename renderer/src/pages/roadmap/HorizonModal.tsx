import { Button, Group, Modal, NumberInput, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_HORIZON, MIN_HORIZON, type Roadmap } from '../../../../shared/roadmap/schemas';
import { useApiMutation } from '../../api/client';
import { notifyFailure } from '../../app/notify';
import { quarterChoices, useQuarterText } from './roadmapText';

/** The roadmap's first quarter and length; initiatives outside it are kept and flagged. */
export function HorizonModal({ roadmap, opened, onClose }: { roadmap: Roadmap; opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('roadmap.horizonForm.title')} size="md">
      {opened && <HorizonForm roadmap={roadmap} onDone={onClose} />}
    </Modal>
  );
}

function HorizonForm({ roadmap, onDone }: { roadmap: Roadmap; onDone(): void }) {
  const { t } = useTranslation();
  const { quarter } = useQuarterText();
  const save = useApiMutation('roadmap.setHorizon');
  const [first, setFirst] = useState<string | null>(roadmap.horizon.first);
  const [quarters, setQuarters] = useState<number | string>(roadmap.horizon.quarters);
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(
          { engagementId: roadmap.engagementId, first: first ?? '', quarters: Number(quarters) },
          { onSuccess: onDone, onError: (error) => notifyFailure(t, error) },
        );
      }}
    >
      <Stack gap="md">
        <Group grow>
          <Select
            label={t('roadmap.horizonForm.first')}
            data={quarterChoices(roadmap.horizon.first, roadmap.horizon.quarters).map((q) => ({
              value: q,
              label: quarter(q),
            }))}
            value={first}
            onChange={setFirst}
            allowDeselect={false}
            data-autofocus
          />
          <NumberInput
            label={t('roadmap.horizonForm.quarters')}
            min={MIN_HORIZON}
            max={MAX_HORIZON}
            value={quarters}
            onChange={setQuarters}
            allowDecimal={false}
          />
        </Group>
        <Text size="sm" c="dimmed">
          {t('roadmap.horizonForm.help')}
        </Text>
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
