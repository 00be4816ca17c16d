import { Modal, Radio, Stack, TextInput, Group, Text } from '@mantine/core';
import type { Engagement } from '../../../../shared/clients/schemas';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { type Assessment, AssessmentInput, AssessmentUpdate } from '../../../../shared/assessments/schemas';
import { useApiMutation } from '../../api/client';
import { notifySuccess } from '../../app/notify';
import { DateField } from '../../forms/DateField';
import { FormActions } from '../../forms/FormActions';
import { useZodForm } from '../../forms/useZodForm';
import { OutsidePeriodWarning } from './OutsidePeriod';

/** An empty label means "let the workbench name it" (Baseline, then Follow-up 1, 2 …). */
const NewRound = AssessmentInput.extend({
  round: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.string().trim().min(1).max(100).optional(),
  ),
});

interface NewRoundValues extends Record<string, unknown> {
  engagementId: string;
  mode: string | null;
  round: string;
  heldOn: string;
}

function NewRoundForm({
  engagement,
  firstRound,
  onDone,
}: {
  engagement: Engagement;
  firstRound: boolean;
  onDone(): void;
}) {
  const { t, i18n } = useTranslation();
  const form = useZodForm(NewRound, {
    engagementId: engagement.id,
    mode: 'workshop',
    round: '',
    heldOn: '',
  } as NewRoundValues);
  const create = useApiMutation('assessments.create');
  const submit = form.onSubmit(async (parsed) => {
    // An unnamed round is named by the workbench in the language on screen ("Nulmeting" / "Baseline").
    await create.mutateAsync({ ...parsed, language: i18n.language === 'nl' ? 'nl' : 'en' });
    notifySuccess(t('rounds.created'));
    onDone();
  });
  const mode = form.select('mode');
  return (
    <form ref={form.formRef} onSubmit={submit} noValidate>
      <Stack gap="md">
        <Radio.Group
          label={t('rounds.fields.mode')}
          withAsterisk
          value={mode.value}
          onChange={mode.onChange}
          error={mode.error}
          name="mode"
        >
          <Stack gap="sm" mt="xs">
            <Radio value="workshop" label={t('assessmentModes.workshop')} description={t('rounds.modeHelp.workshop')} />
            <Radio value="survey" label={t('assessmentModes.survey')} description={t('rounds.modeHelp.survey')} />
          </Stack>
        </Radio.Group>
        <Group grow align="flex-start">
          <TextInput
            label={t('rounds.fields.round')}
            description={firstRound ? t('rounds.roundHelpFirst') : t('rounds.roundHelpLater')}
            autoComplete="off"
            data-autofocus
            {...form.text('round')}
          />
          <DateField label={t('rounds.fields.heldOn')} {...form.date('heldOn')} />
        </Group>
        <OutsidePeriodWarning heldOn={form.values.heldOn} engagement={engagement} />
        <FormActions submitting={form.submitting} onCancel={onDone} submitLabel={t('rounds.create')} />
      </Stack>
    </form>
  );
}

interface EditRoundValues extends Record<string, unknown> {
  id: string;
  round: string;
  heldOn: string;
}

function EditRoundForm({ round, engagement, onDone }: { round: Assessment; engagement: Engagement; onDone(): void }) {
  const { t } = useTranslation();
  const form = useZodForm(AssessmentUpdate, {
    id: round.id,
    round: round.round,
    heldOn: round.heldOn ?? '',
  } as EditRoundValues);
  const update = useApiMutation('assessments.update');
  const submit = form.onSubmit(async (parsed) => {
    await update.mutateAsync(parsed);
    notifySuccess(t('rounds.updated'));
    onDone();
  });
  return (
    <form ref={form.formRef} onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('rounds.modeFixed', { mode: t(`assessmentModes.${round.mode}`) })}
        </Text>
        <Group grow align="flex-start">
          <TextInput
            label={t('rounds.fields.round')}
            withAsterisk
            autoComplete="off"
            data-autofocus
            {...form.text('round')}
          />
          <DateField label={t('rounds.fields.heldOn')} {...form.date('heldOn')} />
        </Group>
        <OutsidePeriodWarning heldOn={form.values.heldOn} engagement={engagement} />
        <FormActions submitting={form.submitting} onCancel={onDone} />
      </Stack>
    </form>
  );
}

export function NewRoundModal({
  opened,
  engagement,
  firstRound,
  onClose,
}: {
  opened: boolean;
  engagement: Engagement;
  firstRound: boolean;
  onClose(): void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('rounds.new')}>
      <NewRoundForm engagement={engagement} firstRound={firstRound} onDone={onClose} />
    </Modal>
  );
}

export function EditRoundModal({
  round,
  engagement,
  onClose,
}: {
  round: Assessment | null;
  engagement: Engagement;
  onClose(): void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={round !== null} onClose={onClose} title={t('rounds.edit')}>
      {round && <EditRoundForm round={round} engagement={engagement} onDone={onClose} />}
    </Modal>
  );
}
