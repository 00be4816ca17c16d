import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../api/client';
import { notifyFailure, notifySuccess } from '../../app/notify';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { IconPlus, IconX } from '../../ui/icons';
import { LoadingBlock } from '../../ui/Loading';
import { QueryState } from '../../ui/QueryState';

/**
 * Whether this round is in the benchmark pool: add it (finalized, and the client's consent recorded on the
 * engagement), withdraw it, or the reason it cannot join yet.
 */
export function ContributionPanel({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation();
  const status = useApiQuery('pool.contribution', { assessmentId });
  const contribute = useApiMutation('pool.contribute');
  const withdraw = useApiMutation('pool.withdraw');
  const [confirming, setConfirming] = useState(false);

  if (!status.data || status.isError) {
    return <QueryState query={status} loading={<LoadingBlock h={36} radius="sm" />} />;
  }
  const { recordId, blocker } = status.data;
  const state = recordId ? 'contributed' : (blocker ?? 'possible');

  const add = () =>
    contribute.mutate(
      { assessmentId },
      { onSuccess: () => notifySuccess(t('benchmark.contribution.added')), onError: (e) => notifyFailure(t, e) },
    );
  const take = () =>
    withdraw.mutate(
      { assessmentId },
      {
        onSuccess: () => notifySuccess(t('benchmark.contribution.withdrawn')),
        onError: (e) => notifyFailure(t, e),
        onSettled: () => setConfirming(false),
      },
    );

  const sentence = {
    contributed: t('benchmark.contribution.contributed'),
    possible: t('benchmark.contribution.canAdd'),
    not_finalized: t('benchmark.contribution.notFinalized'),
    no_consent: t('benchmark.contribution.noConsent'),
  }[state];

  return (
    <Group justify="space-between" gap="md" wrap="nowrap" data-testid="contribution" data-state={state}>
      <Text size="sm" c={state === 'contributed' || state === 'possible' ? undefined : 'dimmed'}>
        <Text span fw={600} size="sm">
          {t('benchmark.contribution.title')}:
        </Text>{' '}
        {sentence}
      </Text>
      {state === 'possible' && (
        <Button
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={add}
          loading={contribute.isPending}
          style={{ flexShrink: 0 }}
        >
          {t('benchmark.contribution.add')}
        </Button>
      )}
      {state === 'contributed' && (
        <Button
          size="xs"
          variant="default"
          leftSection={<IconX size={14} />}
          onClick={() => setConfirming(true)}
          style={{ flexShrink: 0 }}
        >
          {t('benchmark.contribution.withdraw')}
        </Button>
      )}
      <ConfirmModal
        opened={confirming}
        title={t('benchmark.contribution.withdrawTitle')}
        body={t('benchmark.contribution.withdrawBody')}
        confirmLabel={t('benchmark.contribution.withdraw')}
        busy={withdraw.isPending}
        onConfirm={take}
        onClose={() => setConfirming(false)}
      />
    </Group>
  );
}
