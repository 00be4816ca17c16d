import {
  Accordion,
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RESPONDENT_ROLES, type RespondentRole } from '../../../../shared/domain/identifiers';
import type { FrameworkFile } from '../../../../shared/frameworks/schema';
import { keyFromData } from '../../../../shared/i18n/keys';
import { fittingMappings, type SurveyMapping } from '../../../../shared/surveys/mapping';
import type { ColumnRecognition, ColumnTarget } from '../../../../shared/surveys/matching';
import type { SurveyRecognition } from '../../../../shared/surveys/schemas';
import { callOrThrow, useApiMutation, useApiQuery, useTransport } from '../../api/client';
import { errorSentence } from '../../app/errorText';
import type { ChosenFile } from '../../files/FileImportModal';
import { FileProblemsTable, problemsOf } from '../../files/FileProblemsTable';
import { useFormat } from '../../i18n/format';
import { ScrollRegionAutosize } from '../../ui/ScrollRegion';
import { IconAlert, IconCheck } from '../../ui/icons';

/** What the preview of the file with the current mapping says, and for which mapping it was asked. */
interface Preview {
  recognition: SurveyRecognition;
  mapping: SurveyMapping;
}

/** A column's target as the mapping file spells it: a question id, `role`, `respondent` or `ignore`. */
function targetValue(target: ColumnTarget): string | null {
  switch (target.kind) {
    case 'question':
      return target.question;
    case 'unmatched':
      return null;
    default:
      return target.kind;
  }
}

const isEmpty = (m: SurveyMapping) =>
  Object.keys(m.columns).length + Object.keys(m.values).length + Object.keys(m.roles).length === 0;

/** The mapping with one entry set, or removed when `value` is null. */
function withEntry<K extends keyof SurveyMapping>(
  mapping: SurveyMapping,
  part: K,
  key: string,
  value: SurveyMapping[K][string] | null,
): SurveyMapping {
  const entries = { ...mapping[part] } as Record<string, unknown>;
  if (value === null) delete entries[key];
  else entries[key] = value;
  return { ...mapping, [part]: entries };
}

/**
 * The mapping screen of a survey import: before anything is written, what the import recognised in the file
 * (the tool, its header rows, the respondents, what each column holds) and what it did not (columns, answer
 * words, role words), each fixable from a list. Every choice goes into the mapping that the import then gets,
 * and the file is checked again with it (`surveys.preview`). A mapping can be saved under a name; a saved one
 * that fits the file's columns is applied as soon as the file is read.
 */
export function SurveyMappingReview({
  assessmentId,
  framework,
  file,
  mapping,
  onMappingChange,
  onReady,
}: {
  assessmentId: string;
  framework: FrameworkFile;
  file: ChosenFile;
  mapping: SurveyMapping;
  onMappingChange(mapping: SurveyMapping): void;
  /** Whether the file has been checked with the mapping as it is now. */
  onReady(ready: boolean): void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const transport = useTransport();
  const language = format.language;
  const [preview, setPreview] = useState<Preview | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const saved = useApiQuery('surveys.mappings', { assessmentId });
  const [chosenSaved, setChosenSaved] = useState<string | null>(null);
  const [applied, setApplied] = useState<string | null>(null);
  const offered = useRef(false);

  // The file checked again whenever the mapping changes; a burst of choices is checked once.
  useEffect(() => {
    let current = true;
    const timer = setTimeout(
      () => {
        callOrThrow(transport, 'surveys.preview', {
          assessmentId,
          contentBase64: file.contentBase64,
          fileName: file.fileName,
          mapping,
        }).then(
          (recognition) => {
            if (!current) return;
            setPreview({ recognition, mapping });
            setFailure(null);
          },
          (error: unknown) => {
            if (current) setFailure(error);
          },
        );
      },
      preview ? 200 : 0,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `preview` only decides the delay
  }, [transport, assessmentId, file, mapping]);

  const upToDate = preview !== null && preview.mapping === mapping;
  const recognition = preview?.recognition ?? null;
  // Import waits for the check of the current mapping; a file that still has problems may be sent all the same,
  // and the refusal then lists every one of them by line.
  const ready = upToDate && recognition !== null;
  useEffect(() => onReady(ready), [ready, onReady]);

  // A saved mapping made for a file with these columns is applied once, when the file is first read.
  useEffect(() => {
    if (offered.current || !recognition || !saved.data) return;
    offered.current = true;
    if (!isEmpty(mapping)) return;
    const fit = fittingMappings(
      saved.data,
      recognition.columns.map((c) => c.header),
    )[0];
    if (!fit) return;
    setChosenSaved(fit.id);
    setApplied(fit.name);
    onMappingChange(fit.mapping);
  }, [recognition, saved.data, mapping, onMappingChange]);

  const save = useApiMutation('surveys.saveMapping');
  const remove = useApiMutation('surveys.deleteMapping');
  const [name, setName] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const [allOpen, setAllOpen] = useState(false);

  const columnOptions = useMemo(
    () => [
      {
        group: t('surveyImport.mapping.targets.roundGroup'),
        items: (['role', 'respondent', 'ignore'] as const).map((v) => ({
          value: v,
          label: t(`surveyImport.mapping.targets.${v}`),
        })),
      },
      {
        group: t('surveyImport.mapping.targets.questionsGroup'),
        items: framework.questions.map((q) => ({ value: q.id, label: `${q.id} — ${q.text[language]}` })),
      },
    ],
    [t, framework, language],
  );
  const valueOptions = useMemo(
    () => [
      ...framework.scale.map((level) => ({
        value: String(level.score),
        label: `${level.score} — ${level.label[language]}`,
      })),
      { value: 'n/a', label: framework.notApplicable[language] || t('surveyImport.mapping.notApplicable') },
    ],
    [t, framework, language],
  );
  const roleOptions = useMemo(() => RESPONDENT_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) })), [t]);
  const questionText = useMemo(
    () => new Map(framework.questions.map((q) => [q.id, q.text[language]])),
    [framework, language],
  );

  if (failure) {
    return (
      <Alert color="red" variant="light" icon={<IconAlert />} role="alert">
        {errorSentence(t, failure)}
      </Alert>
    );
  }
  if (!recognition) {
    return (
      <Group gap="xs" data-testid="import-mapping-loading">
        <Loader size="xs" />
        <Text size="sm" c="dimmed">
          {t('surveyImport.mapping.checking', { file: file.fileName })}
        </Text>
      </Group>
    );
  }

  const unmatchedColumns = recognition.columns.filter((c) => c.target.kind === 'unmatched');
  const unmatchedHeaders = new Set(unmatchedColumns.map((c) => c.header));
  const values = new Set(recognition.unmatchedValues);
  const roles = new Set(recognition.unmatchedRoles);
  // What the lists above fix is not repeated below; the rest needs the file fixed (or a column's target).
  const otherProblems = recognition.problems.filter(
    (p) =>
      !(p.column !== null && unmatchedHeaders.has(p.column) && p.value === p.column) &&
      !(p.value !== null && (values.has(p.value) || roles.has(p.value))),
  );
  const toFix = unmatchedColumns.length + recognition.unmatchedValues.length + recognition.unmatchedRoles.length;

  const setColumn = (header: string, value: string | null) =>
    onMappingChange(withEntry(mapping, 'columns', header, value));
  const setValue = (text: string, value: string | null) =>
    onMappingChange(
      withEntry(mapping, 'values', text, value === null ? null : value === 'n/a' ? 'n/a' : Number(value)),
    );
  const setRole = (text: string, value: string | null) =>
    onMappingChange(withEntry(mapping, 'roles', text, value as RespondentRole | null));

  const savedList = saved.data ?? [];
  const fitting = new Set(
    fittingMappings(
      savedList,
      recognition.columns.map((c) => c.header),
    ).map((m) => m.id),
  );

  const columnSelect = (column: ColumnRecognition, value: string | null) => (
    <Select
      aria-label={t('surveyImport.mapping.columnLabel', { header: column.header })}
      placeholder={t('surveyImport.mapping.choose')}
      data={columnOptions}
      value={value}
      onChange={(v) => setColumn(column.header, v)}
      searchable
      clearable={mapping.columns[column.header] !== undefined}
      size="xs"
      error={column.target.kind === 'unmatched'}
    />
  );

  return (
    <Stack gap="sm" component="section" aria-labelledby="import-mapping-title" data-testid="import-mapping">
      <Group justify="space-between" gap="xs">
        <Title order={3} size="h5" id="import-mapping-title">
          {t('surveyImport.mapping.title')}
        </Title>
        {!upToDate && <Loader size="xs" aria-label={t('surveyImport.mapping.checking', { file: file.fileName })} />}
      </Group>
      <Text size="sm" data-testid="import-recognised">
        {t('surveyImport.mapping.summary', {
          tool: t(keyFromData(`survey.tools.${recognition.tool}`)),
          headerRows: format.count('surveyImport.mapping.headerRows', recognition.headerRows),
          respondents: format.count('surveyImport.mapping.respondents', recognition.respondents),
          skipped: format.count('surveyImport.mapping.skipped', recognition.skippedRows),
        })}
      </Text>

      {savedList.length > 0 && (
        <Group align="flex-end" gap="xs">
          <Select
            label={t('surveyImport.mapping.saved')}
            data={[
              { value: '', label: t('surveyImport.mapping.savedNone') },
              ...savedList.map((m) => ({
                value: m.id,
                label: fitting.has(m.id) ? t('surveyImport.mapping.savedFits', { name: m.name }) : m.name,
              })),
            ]}
            value={chosenSaved ?? ''}
            onChange={(id) => {
              const chosen = savedList.find((m) => m.id === id) ?? null;
              setChosenSaved(chosen?.id ?? null);
              setApplied(null);
              setNote(null);
              onMappingChange(chosen?.mapping ?? { columns: {}, values: {}, roles: {} });
            }}
            allowDeselect={false}
            size="sm"
            w={320}
          />
          <Button
            variant="subtle"
            color="red"
            size="sm"
            disabled={!chosenSaved}
            loading={remove.isPending}
            onClick={() => {
              const chosen = savedList.find((m) => m.id === chosenSaved);
              if (!chosen) return;
              remove.mutate(
                { id: chosen.id },
                {
                  onSuccess: () => {
                    setChosenSaved(null);
                    setApplied(null);
                    setNote(t('surveyImport.mapping.deletedSaved', { name: chosen.name }));
                  },
                },
              );
            }}
          >
            {t('surveyImport.mapping.deleteSaved')}
          </Button>
        </Group>
      )}
      {applied && (
        <Text size="sm" c="dimmed" role="status">
          {t('surveyImport.mapping.savedApplied', { name: applied })}
        </Text>
      )}

      {recognition.problems.length === 0 ? (
        <Alert color="teal" variant="light" icon={<IconCheck />} role="status" data-testid="import-mapping-ready">
          {t('surveyImport.mapping.allRecognised')}
        </Alert>
      ) : (
        toFix > 0 && (
          <Text size="sm" role="status">
            {format.count('surveyImport.mapping.toFix', toFix)}
          </Text>
        )
      )}

      {unmatchedColumns.length > 0 && (
        <FixTable
          caption={t('surveyImport.mapping.unmatchedColumns')}
          headers={[t('surveyImport.mapping.header'), t('surveyImport.mapping.mapTo')]}
          testId="import-unmatched-columns"
          rows={unmatchedColumns.map((c) => ({
            key: String(c.index),
            label: c.header,
            control: columnSelect(c, mapping.columns[c.header] ?? null),
          }))}
        />
      )}
      {recognition.unmatchedValues.length > 0 && (
        <FixTable
          caption={t('surveyImport.mapping.unmatchedValues')}
          headers={[t('surveyImport.mapping.answer'), t('surveyImport.mapping.means')]}
          testId="import-unmatched-values"
          rows={recognition.unmatchedValues.map((v) => ({
            key: v,
            label: v,
            control: (
              <Select
                aria-label={t('surveyImport.mapping.valueLabel', { value: v })}
                placeholder={t('surveyImport.mapping.choose')}
                data={valueOptions}
                value={mapping.values[v] === undefined ? null : String(mapping.values[v])}
                onChange={(value) => setValue(v, value)}
                size="xs"
                error
              />
            ),
          }))}
        />
      )}
      {recognition.unmatchedRoles.length > 0 && (
        <FixTable
          caption={t('surveyImport.mapping.unmatchedRoles')}
          headers={[t('surveyImport.mapping.roleText'), t('surveyImport.mapping.role')]}
          testId="import-unmatched-roles"
          rows={recognition.unmatchedRoles.map((v) => ({
            key: v,
            label: v,
            control: (
              <Select
                aria-label={t('surveyImport.mapping.roleLabel', { value: v })}
                placeholder={t('surveyImport.mapping.choose')}
                data={roleOptions}
                value={mapping.roles[v] ?? null}
                onChange={(value) => setRole(v, value)}
                size="xs"
                error
              />
            ),
          }))}
        />
      )}
      {otherProblems.length > 0 && (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('surveyImport.mapping.otherProblems')}
          </Text>
          <Text size="sm" c="dimmed">
            {t('surveyImport.mapping.otherProblemsHelp')}
          </Text>
          <FileProblemsTable
            problems={problemsOf({ problems: otherProblems })}
            columnLabel={t('surveyImport.column')}
            testId="import-mapping-problems"
          />
        </Stack>
      )}

      <Accordion
        variant="contained"
        chevronPosition="left"
        value={allOpen ? 'columns' : null}
        onChange={(v) => setAllOpen(v === 'columns')}
      >
        <Accordion.Item value="columns">
          <Accordion.Control>
            {t('surveyImport.mapping.allColumns', { count: recognition.columns.length })}
          </Accordion.Control>
          <Accordion.Panel>
            {/* Built only when opened: a list per column is heavy, and most files need none of them. */}
            {allOpen && (
              <ScrollRegionAutosize
                mah={320}
                label={t('surveyImport.mapping.allColumns', { count: recognition.columns.length })}
              >
                <Table verticalSpacing={4} fz="sm" data-testid="import-columns">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('surveyImport.mapping.header')}</Table.Th>
                      <Table.Th w={300}>{t('surveyImport.mapping.mapTo')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {recognition.columns.map((c) => (
                      <Table.Tr key={c.index}>
                        <Table.Td>
                          <Text size="sm" lineClamp={2} title={c.header}>
                            {c.header}
                          </Text>
                          <ColumnNote column={c} mapped={mapping.columns[c.header] !== undefined} text={questionText} />
                        </Table.Td>
                        <Table.Td>{columnSelect(c, mapping.columns[c.header] ?? targetValue(c.target))}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollRegionAutosize>
            )}
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>

      <Group align="flex-end" gap="xs">
        <TextInput
          label={t('surveyImport.mapping.saveName')}
          description={isEmpty(mapping) ? t('surveyImport.mapping.nothingToSave') : t('surveyImport.mapping.saveHelp')}
          placeholder={t('surveyImport.mapping.saveNamePlaceholder')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          maxLength={80}
          style={{ flex: 1 }}
          size="sm"
        />
        <Button
          variant="default"
          size="sm"
          disabled={isEmpty(mapping) || name.trim() === ''}
          loading={save.isPending}
          onClick={() =>
            save.mutate(
              { assessmentId, name: name.trim(), mapping },
              {
                onSuccess: (m) => {
                  setChosenSaved(m.id);
                  setApplied(null);
                  setNote(t('surveyImport.mapping.savedAs', { name: m.name }));
                },
              },
            )
          }
        >
          {t('surveyImport.mapping.save')}
        </Button>
      </Group>
      {save.error && (
        <Text size="sm" c="red" role="alert">
          {errorSentence(t, save.error)}
        </Text>
      )}
      {note && (
        <Text size="sm" c="dimmed" role="status" data-testid="import-mapping-note">
          {note}
        </Text>
      )}
    </Stack>
  );
}

/** Under a column's header: what the import made of it, and whether the file or the consultant said so. */
function ColumnNote({
  column,
  mapped,
  text,
}: {
  column: ColumnRecognition;
  mapped: boolean;
  text: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  const target = column.target;
  const what =
    target.kind === 'question'
      ? text.get(target.question)
      : target.kind === 'ignore'
        ? t(`surveyImport.mapping.ignoredWhy.${target.why}`)
        : null;
  return (
    <Group gap={6} mt={2}>
      {target.kind !== 'unmatched' && (
        <Badge size="xs" variant="light" color={mapped ? 'blue' : 'gray'}>
          {t(mapped ? 'surveyImport.mapping.recognisedBy.mapping' : 'surveyImport.mapping.recognisedBy.file')}
        </Badge>
      )}
      {what && (
        <Text size="xs" c="dimmed" lineClamp={1}>
          {what}
        </Text>
      )}
    </Group>
  );
}

/** A short table of what was not recognised, each row with the list to fix it from. */
function FixTable({
  caption,
  headers,
  rows,
  testId,
}: {
  caption: string;
  headers: [string, string];
  rows: { key: string; label: string; control: ReactNode }[];
  testId: string;
}) {
  return (
    <ScrollRegionAutosize mah={280} label={caption}>
      <Table verticalSpacing={4} fz="sm" data-testid={testId} captionSide="top">
        <Table.Caption style={{ textAlign: 'left', fontWeight: 600 }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{headers[0]}</Table.Th>
            <Table.Th w={300}>{headers[1]}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.key}>
              <Table.Td style={{ wordBreak: 'break-word' }}>{r.label}</Table.Td>
              <Table.Td>{r.control}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegionAutosize>
  );
}
