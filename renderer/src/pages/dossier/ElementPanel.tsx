import {
  Alert,
  Button,
  Group,
  Input,
  NavLink,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dossier, DossierElement } from '../../../../shared/dossier/schemas';
import { useApiMutation } from '../../api/client';
import { notifyFailure, notifySuccess } from '../../app/notify';
import { useLanguage } from '../../i18n/i18n';

/** The steps of a scale: few enough for buttons side by side, else a list to choose from. */
const MAX_BUTTONS = 7;

/**
 * An element's self-rating on the scheme's scale with its justification, and its strengths and areas for
 * improvement — started from the latest finalized round's scores when none were written, and saved as the
 * consultant edits them.
 */
export function ElementPanel({
  dossier,
  element,
  onSelect,
}: {
  dossier: Dossier;
  element: DossierElement;
  onSelect(place: string): void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const scale = dossier.scheme.rating;
  const [score, setScore] = useState<string | null>(element.rating ? String(element.rating.score) : null);
  const [justification, setJustification] = useState(element.rating?.justification ?? '');
  const drafted = element.strengths === null && element.improvements === null && element.draft !== null;
  const [strengths, setStrengths] = useState(element.strengths ?? element.draft?.strengths ?? '');
  const [improvements, setImprovements] = useState(element.improvements ?? element.draft?.improvements ?? '');
  const rate = useApiMutation('dossier.rate');
  const findings = useApiMutation('dossier.setFindings');
  const [saving, setSaving] = useState(false);

  const steps: number[] = [];
  for (let v = scale.min; v <= scale.max; v += scale.step) steps.push(v);
  const stepLabel = (v: number) => {
    const label = scale.labels.find((l) => l.value === v)?.label[language];
    const shown = scale.unit === 'percent' ? t('dossierTab.element.percent', { score: String(v) }) : String(v);
    return label ? t('dossierTab.element.ratingLevel', { score: shown, label }) : shown;
  };
  const chosenLabel = score === null ? null : scale.labels.find((l) => String(l.value) === score)?.label[language];

  const save = async () => {
    setSaving(true);
    try {
      if (score !== null) {
        await rate.mutateAsync({
          engagementId: dossier.engagementId,
          element: element.id,
          score: Number(score),
          justification,
        });
      }
      await findings.mutateAsync({
        engagementId: dossier.engagementId,
        element: element.id,
        strengths,
        improvements,
      });
      notifySuccess(t('dossierTab.element.saved'));
    } catch (error) {
      notifyFailure(t, error);
    } finally {
      setSaving(false);
    }
  };

  const ratingId = `rating-${element.id}`;
  return (
    <Stack gap="md" data-testid="element-panel" data-element={element.id}>
      <Title order={2} size="h3">
        {t('dossierTab.element.title', { element: `${element.id} ${element.name[language]}` })}
      </Title>
      <Input.Wrapper
        label={t('dossierTab.element.rating')}
        description={t('dossierTab.element.ratingHelp', { min: stepLabel(scale.min), max: stepLabel(scale.max) })}
        id={ratingId}
      >
        <div>
          {steps.length <= MAX_BUTTONS ? (
            <SegmentedControl
              mt={6}
              value={score ?? ''}
              onChange={setScore}
              aria-labelledby={`${ratingId}-label`}
              data={steps.map((v) => ({ value: String(v), label: String(v) }))}
              data-testid="element-rating"
            />
          ) : (
            <Select
              mt={6}
              value={score}
              onChange={setScore}
              aria-labelledby={`${ratingId}-label`}
              data={steps.map((v) => ({ value: String(v), label: stepLabel(v) }))}
              maw={240}
              data-testid="element-rating"
            />
          )}
          {chosenLabel && (
            <Text size="sm" mt={4} data-testid="element-rating-label">
              {chosenLabel}
            </Text>
          )}
        </div>
      </Input.Wrapper>
      <Textarea
        label={t('dossierTab.element.justification')}
        description={t('dossierTab.element.justificationHelp')}
        value={justification}
        onChange={(e) => setJustification(e.currentTarget.value)}
        autosize
        minRows={3}
        maxRows={12}
      />
      {drafted && (
        <Alert variant="light" color="gray">
          {t('dossierTab.element.drafted')}
        </Alert>
      )}
      <Textarea
        label={t('dossierTab.element.strengths')}
        value={strengths}
        onChange={(e) => setStrengths(e.currentTarget.value)}
        autosize
        minRows={3}
        maxRows={12}
      />
      <Textarea
        label={t('dossierTab.element.improvements')}
        value={improvements}
        onChange={(e) => setImprovements(e.currentTarget.value)}
        autosize
        minRows={3}
        maxRows={12}
      />
      <Group justify="flex-end">
        <Button onClick={() => void save()} loading={saving} data-testid="element-save">
          {t('dossierTab.element.save')}
        </Button>
      </Group>
      {element.parts.length > 0 && (
        <Stack gap={0} component="nav" aria-label={t('dossierTab.element.parts')}>
          <Text size="sm" fw={600} mb={4}>
            {t('dossierTab.element.parts')}
          </Text>
          {element.parts.map((id) => {
            const part = dossier.parts.find((p) => p.id === id);
            if (!part) return null;
            return (
              <NavLink
                key={id}
                component="button"
                label={part.title[language]}
                description={t(`dossier.statuses.${part.status}`)}
                onClick={() => onSelect(id)}
              />
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}
