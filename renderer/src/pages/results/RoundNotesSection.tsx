import {
  Alert,
  Button,
  Group,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldIssues } from '../../../../shared/api/fieldIssues';
import { RESPONDENT_ROLES, type Language, type RespondentRole } from '../../../../shared/domain/identifiers';
import { NOTES_MAX_CHARS, type NotesText, type RoundNotes, RoundNotesInput } from '../../../../shared/reports/schemas';
import { isApiFailure, useApiMutation, useApiQuery } from '../../api/client';
import { notifyFailure, notifySuccess } from '../../app/notify';
import { problemText } from '../../forms/useZodForm';
import { QueryError } from '../../ui/QueryError';
import { ResultsSection } from './ResultsSection';

type Invited = Record<RespondentRole, number | ''>;
type Problems = Record<string, { code: string; max?: number }>;

/**
 * The consultant's layer of a round: key messages and recommendations per report language, drafted from the
 * numbers until saved, and the invited counts that give the report its response rate per role.
 */
export function RoundNotesSection({ assessmentId }: { assessmentId: string }) {
  const notes = useApiQuery('reports.notes', { assessmentId });
  if (notes.error) return <QueryError error={notes.error} onRetry={() => void notes.refetch()} />;
  if (!notes.data) return <Skeleton h={240} radius="md" />;
  return <NotesForm key={assessmentId} data={notes.data} />;
}

function NotesForm({ data }: { data: RoundNotes }) {
  const { t, i18n } = useTranslation();
  const [language, setLanguage] = useState<Language>(i18n.language === 'en' ? 'en' : 'nl');
  // Each language keeps its own draft while the other is edited; unsaved text starts as the numbers' draft.
  const [drafts, setDrafts] = useState<Record<Language, NotesText>>(() => ({
    nl: data.notes.nl ?? data.suggestions.nl,
    en: data.notes.en ?? data.suggestions.en,
  }));
  const [invited, setInvited] = useState<Invited>(
    () => Object.fromEntries(RESPONDENT_ROLES.map((r) => [r, data.invited[r] ?? ''])) as Invited,
  );
  const [problems, setProblems] = useState<Problems>({});
  const save = useApiMutation('reports.saveNotes');

  const draft = drafts[language];
  const setText = (key: keyof NotesText, value: string) => {
    setDrafts({ ...drafts, [language]: { ...draft, [key]: value } });
    if (problems[key]) setProblems(({ [key]: _fixed, ...rest }) => rest);
  };
  const roles = RESPONDENT_ROLES.filter((r) => (data.respondents[r] ?? 0) > 0 || data.invited[r] !== undefined);
  const error = (path: string) => (problems[path] ? problemText(t, problems[path]) : undefined);

  const submit = () => {
    const input = {
      assessmentId: data.assessmentId,
      language,
      ...draft,
      invited: Object.fromEntries(roles.map((r) => [r, invited[r] === '' ? null : invited[r]])),
    };
    const parsed = RoundNotesInput.safeParse(input);
    if (!parsed.success) {
      setProblems(toProblems(fieldIssues(parsed.error)));
      return;
    }
    setProblems({});
    save.mutate(parsed.data, {
      onSuccess: () => notifySuccess(t('results.notes.saved')),
      onError: (failure) => {
        const fields = isApiFailure(failure) && failure.code === 'invalid_input' ? failure.error.details?.fields : null;
        if (fields && fields.length > 0) setProblems(toProblems(fields));
        else notifyFailure(t, failure);
      },
    });
  };

  const saved = data.notes[language];
  return (
    <ResultsSection title={t('results.notes.title')} description={t('results.notes.help')} testId="round-notes">
      <Stack gap="md">
        <Group justify="space-between" align="flex-end">
          <Stack gap={4}>
            <Text size="sm" fw={500} id="notes-language">
              {t('results.notes.language')}
            </Text>
            <SegmentedControl
              aria-labelledby="notes-language"
              value={language}
              onChange={(value) => setLanguage(value as Language)}
              data={[
                { value: 'nl', label: t('languages.nl') },
                { value: 'en', label: t('languages.en') },
              ]}
            />
          </Stack>
          <Button
            variant="default"
            title={t('results.notes.suggestHelp')}
            onClick={() => {
              setDrafts({ ...drafts, [language]: data.suggestions[language] });
              setProblems({});
            }}
          >
            {t('results.notes.suggest')}
          </Button>
        </Group>
        {!saved && (
          <Alert color="blue" variant="light" p="xs">
            {t('results.notes.draftFromNumbers')}
          </Alert>
        )}
        {(['keyMessages', 'recommendations'] as const).map((key) => (
          <Textarea
            key={key}
            name={key}
            label={t(`results.notes.${key}`)}
            description={t('results.notes.chars', { count: draft[key].length, max: NOTES_MAX_CHARS })}
            value={draft[key]}
            onChange={(event) => setText(key, event.currentTarget.value)}
            error={error(key)}
            autosize
            minRows={5}
            maxRows={16}
          />
        ))}
        {roles.length > 0 && (
          <Stack gap="xs">
            <Stack gap={2}>
              <Text fw={500}>{t('results.notes.invitedTitle')}</Text>
              <Text size="sm" c="dimmed">
                {t('results.notes.invitedHelp')}
              </Text>
            </Stack>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              {roles.map((role) => (
                <NumberInput
                  key={role}
                  name={`invited.${role}`}
                  label={t(`roles.${role}`)}
                  description={t('results.notes.respondents', { count: data.respondents[role] ?? 0 })}
                  value={invited[role]}
                  onChange={(value) => {
                    setInvited({
                      ...invited,
                      [role]: typeof value === 'number' ? value : value === '' ? '' : Number(value),
                    });
                    if (problems[`invited.${role}`]) setProblems(({ [`invited.${role}`]: _fixed, ...rest }) => rest);
                  }}
                  allowDecimal={false}
                  allowNegative={false}
                  error={error(`invited.${role}`)}
                />
              ))}
            </SimpleGrid>
          </Stack>
        )}
        <Group justify="flex-end">
          <Button onClick={submit} loading={save.isPending}>
            {t('results.notes.save')}
          </Button>
        </Group>
      </Stack>
    </ResultsSection>
  );
}

/** The first problem of each field; a text over the limit says the limit. */
function toProblems(issues: { path: string; code: string }[]): Problems {
  const problems: Problems = {};
  for (const issue of issues) {
    problems[issue.path] ??=
      issue.code === 'too_long' ? { code: issue.code, max: NOTES_MAX_CHARS } : { code: issue.code };
  }
  return problems;
}
