import {
  ActionIcon,
  Autocomplete,
  Button,
  Checkbox,
  Divider,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../../shared/clients/schemas';
import type { FrameworkFile } from '../../../../shared/frameworks/schema';
import { addQuarters, compareQuarters } from '../../../../shared/roadmap/quarter';
import {
  INITIATIVE_STATUSES,
  type Initiative,
  type InitiativeStatus,
  type Roadmap,
  type Suggestion,
} from '../../../../shared/roadmap/schemas';
import { isApiFailure, useApiMutation } from '../../api/client';
import { notifyFailure, notifySuccess } from '../../app/notify';
import { problemText } from '../../forms/useZodForm';
import { IconPlus, IconTrash } from '../../ui/icons';
import { quarterChoices, useFrameworkNames, useQuarterText } from './roadmapText';

/** What the form edits: an existing initiative, a suggestion to add, or a new one. */
export type FormSubject =
  { kind: 'edit'; initiative: Initiative } | { kind: 'suggestion'; suggestion: Suggestion } | { kind: 'new' };

interface Values {
  title: string;
  description: string;
  blocks: string[];
  elements: string[];
  shifts: string[];
  start: string | null;
  end: string | null;
  status: InitiativeStatus;
  impact: number | string;
  effort: number | string;
  rank: number | string;
  owner: string;
  sponsor: string;
  gapTarget: number | string;
  progress: number | string;
  dependsOn: string[];
  kpiName: string;
  kpiUnit: string;
  kpiBaseline: number | string;
  kpiTarget: number | string;
  milestones: { title: string; due: string; done: boolean }[];
  notes: string;
}

const numberOrNull = (v: number | string) => (v === '' || v === null ? null : Number(v));

function initialValues(subject: FormSubject, roadmap: Roadmap): Values {
  const next = addQuarters(roadmap.today.quarter, 1);
  const start = compareQuarters(roadmap.horizon.first, next) > 0 ? roadmap.horizon.first : next;
  const blank: Values = {
    title: '',
    description: '',
    blocks: [],
    elements: [],
    shifts: [],
    start,
    end: addQuarters(start, 1),
    status: 'planned',
    impact: 3,
    effort: 3,
    rank: '',
    owner: '',
    sponsor: '',
    gapTarget: '',
    progress: 0,
    dependsOn: [],
    kpiName: '',
    kpiUnit: '',
    kpiBaseline: '',
    kpiTarget: '',
    milestones: [],
    notes: '',
  };
  if (subject.kind === 'new') return blank;
  if (subject.kind === 'suggestion') {
    const s = subject.suggestion;
    return {
      ...blank,
      title: s.title,
      description: s.description,
      blocks: s.blocks,
      elements: s.elements,
      shifts: s.shifts,
      end: addQuarters(start, s.quarters - 1),
      impact: s.impact,
      effort: s.effort,
      gapTarget: s.gap.target,
      kpiName: s.kpi?.name ?? '',
      kpiUnit: s.kpi?.unit ?? '',
    };
  }
  const i = subject.initiative;
  return {
    title: i.title,
    description: i.description ?? '',
    blocks: i.blocks,
    elements: i.elements,
    shifts: i.shifts,
    start: i.start,
    end: i.end,
    status: i.status,
    impact: i.impact,
    effort: i.effort,
    rank: i.rank ?? '',
    owner: i.owner?.name ?? '',
    sponsor: i.sponsor?.name ?? '',
    gapTarget: i.gap?.target ?? '',
    progress: i.progress,
    dependsOn: i.dependsOn,
    kpiName: i.kpi?.name ?? '',
    kpiUnit: i.kpi?.unit ?? '',
    kpiBaseline: i.kpi?.baseline ?? '',
    kpiTarget: i.kpi?.target ?? '',
    milestones: i.milestones.map((m) => ({ title: m.title, due: m.due, done: m.done })),
    notes: i.notes ?? '',
  };
}

/** A person as the API takes it: a contact when the name is one of the client's contacts, else the name. */
function person(name: string, contacts: Contact[]) {
  const trimmed = name.trim();
  const contact = contacts.find((c) => c.name === trimmed);
  return { contactId: contact?.id ?? null, name: contact ? null : trimmed || null };
}

/** The form field a problem belongs to: `kpi.name` → kpiName, `milestones.2.due` → milestones. */
function fieldOf(path: string): string {
  const [head, second] = path.split('.');
  if (head === 'kpi') return `kpi${(second ?? 'name').charAt(0).toUpperCase()}${(second ?? 'name').slice(1)}`;
  if (head === 'ownerContactId' || head === 'ownerName') return 'owner';
  if (head === 'sponsorContactId' || head === 'sponsorName') return 'sponsor';
  return head ?? '';
}

export function InitiativeFormModal({
  subject,
  roadmap,
  framework,
  contacts,
  onClose,
}: {
  subject: FormSubject | null;
  roadmap: Roadmap;
  framework: FrameworkFile;
  contacts: Contact[];
  onClose(): void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={subject !== null}
      onClose={onClose}
      size={820}
      title={subject?.kind === 'edit' ? t('roadmap.form.editTitle') : t('roadmap.form.createTitle')}
    >
      {subject && (
        <InitiativeForm
          subject={subject}
          roadmap={roadmap}
          framework={framework}
          contacts={contacts}
          onDone={onClose}
        />
      )}
    </Modal>
  );
}

function InitiativeForm({
  subject,
  roadmap,
  framework,
  contacts,
  onDone,
}: {
  subject: FormSubject;
  roadmap: Roadmap;
  framework: FrameworkFile;
  contacts: Contact[];
  onDone(): void;
}) {
  const { t } = useTranslation();
  const names = useFrameworkNames(framework);
  const { quarter } = useQuarterText();
  const [values, setValues] = useState<Values>(() => initialValues(subject, roadmap));
  const create = useApiMutation('initiatives.create');
  const update = useApiMutation('initiatives.update');
  const error = create.error ?? update.error;
  const problems = useMemo(() => {
    const out = new Map<string, string>();
    const fields = isApiFailure(error) ? (error.error.details?.fields ?? []) : [];
    for (const f of fields) {
      const field = fieldOf(f.path);
      if (!out.has(field)) out.set(field, problemText(t, { code: f.code }));
    }
    return out;
  }, [error, t]);
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));

  const quarters = quarterChoices(roadmap.horizon.first, roadmap.horizon.quarters).map((q) => ({
    value: q,
    label: quarter(q),
  }));
  const ownId = subject.kind === 'edit' ? subject.initiative.id : null;
  const contactNames = contacts.map((c) => c.name);
  const elementChoices = framework.elements
    .filter((e) => values.blocks.length === 0 || values.blocks.includes(e.block))
    .map((e) => ({ value: e.id, label: names.element(e.id) }));

  const submit = () => {
    const owner = person(values.owner, contacts);
    const sponsor = person(values.sponsor, contacts);
    const fields = {
      title: values.title,
      description: values.description,
      blocks: values.blocks,
      elements: values.elements.filter((e) => elementChoices.some((c) => c.value === e)),
      shifts: values.shifts,
      start: values.start ?? '',
      end: values.end ?? '',
      status: values.status,
      impact: Number(values.impact),
      effort: Number(values.effort),
      rank: numberOrNull(values.rank),
      ownerContactId: owner.contactId,
      ownerName: owner.name,
      sponsorContactId: sponsor.contactId,
      sponsorName: sponsor.name,
      gapTarget: numberOrNull(values.gapTarget),
      progress: Number(values.progress),
      dependsOn: values.dependsOn,
      kpi: values.kpiName.trim()
        ? {
            name: values.kpiName,
            unit: values.kpiUnit,
            baseline: numberOrNull(values.kpiBaseline),
            target: numberOrNull(values.kpiTarget),
          }
        : null,
      milestones: values.milestones,
      notes: values.notes,
    };
    const onError = (e: unknown) => {
      if (!isApiFailure(e) || e.code !== 'invalid_input') notifyFailure(t, e);
    };
    if (subject.kind === 'edit') {
      update.mutate(
        { id: subject.initiative.id, ...fields },
        {
          onSuccess: () => {
            notifySuccess(t('roadmap.form.saved', { title: values.title }));
            onDone();
          },
          onError,
        },
      );
    } else {
      const fromSuggestion =
        subject.kind === 'suggestion'
          ? { baselineAssessmentId: subject.suggestion.gap.assessmentId, fromSuggestion: subject.suggestion.key }
          : {};
      create.mutate(
        { engagementId: roadmap.engagementId, ...fields, ...fromSuggestion },
        {
          onSuccess: () => {
            notifySuccess(t('roadmap.form.created', { title: values.title }));
            onDone();
          },
          onError,
        },
      );
    }
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      data-testid="initiative-form"
    >
      <Stack gap="md">
        <TextInput
          label={t('roadmap.form.title')}
          value={values.title}
          onChange={(e) => set('title', e.currentTarget.value)}
          error={problems.get('title')}
          withAsterisk
          data-autofocus
        />
        <Textarea
          label={t('roadmap.form.description')}
          value={values.description}
          onChange={(e) => set('description', e.currentTarget.value)}
          autosize
          minRows={2}
          maxRows={6}
        />
        <MultiSelect
          label={t('roadmap.form.blocks')}
          description={t('roadmap.form.blocksHelp')}
          data={framework.blocks.map((b) => ({ value: b.id, label: names.block(b.id) }))}
          value={values.blocks}
          onChange={(v) => set('blocks', v)}
          error={problems.get('blocks')}
          withAsterisk
          searchable
        />
        <Group grow align="flex-start">
          <MultiSelect
            label={t('roadmap.form.elements')}
            data={elementChoices}
            value={values.elements.filter((e) => elementChoices.some((c) => c.value === e))}
            onChange={(v) => set('elements', v)}
            error={problems.get('elements')}
            searchable
          />
          <MultiSelect
            label={t('roadmap.form.shifts')}
            data={framework.shifts.map((s) => ({ value: s.id, label: names.shift(s.id) }))}
            value={values.shifts}
            onChange={(v) => set('shifts', v)}
            error={problems.get('shifts')}
            searchable
          />
        </Group>
        <Group grow align="flex-start">
          <Select
            label={t('roadmap.form.start')}
            data={quarters}
            value={values.start}
            onChange={(v) => set('start', v)}
            error={problems.get('start')}
            allowDeselect={false}
            withAsterisk
          />
          <Select
            label={t('roadmap.form.end')}
            data={quarters}
            value={values.end}
            onChange={(v) => set('end', v)}
            error={problems.get('end')}
            allowDeselect={false}
            withAsterisk
          />
          <Select
            label={t('roadmap.form.status')}
            data={INITIATIVE_STATUSES.map((s) => ({ value: s, label: t(`roadmap.statuses.${s}`) }))}
            value={values.status}
            onChange={(v) => v && set('status', v as InitiativeStatus)}
            allowDeselect={false}
          />
        </Group>
        <Group grow align="flex-start">
          <NumberInput
            label={t('roadmap.form.impact')}
            min={1}
            max={5}
            allowDecimal={false}
            value={values.impact}
            onChange={(v) => set('impact', v)}
            error={problems.get('impact')}
          />
          <NumberInput
            label={t('roadmap.form.effort')}
            min={1}
            max={5}
            allowDecimal={false}
            value={values.effort}
            onChange={(v) => set('effort', v)}
            error={problems.get('effort')}
          />
          <NumberInput
            label={t('roadmap.form.rank')}
            description={t('roadmap.form.rankHelp')}
            min={1}
            allowDecimal={false}
            value={values.rank}
            onChange={(v) => set('rank', v)}
            error={problems.get('rank')}
          />
        </Group>
        <Group grow align="flex-start">
          <Autocomplete
            label={t('roadmap.form.owner')}
            description={t('roadmap.form.personHelp')}
            data={contactNames}
            value={values.owner}
            onChange={(v) => set('owner', v)}
            error={problems.get('owner')}
          />
          <Autocomplete
            label={t('roadmap.form.sponsor')}
            description={t('roadmap.form.personHelp')}
            data={contactNames}
            value={values.sponsor}
            onChange={(v) => set('sponsor', v)}
            error={problems.get('sponsor')}
          />
        </Group>
        <Group grow align="flex-start">
          <NumberInput
            label={t('roadmap.form.gapTarget')}
            min={1}
            max={5}
            step={0.1}
            decimalScale={2}
            value={values.gapTarget}
            onChange={(v) => set('gapTarget', v)}
            error={problems.get('gapTarget')}
          />
          <NumberInput
            label={t('roadmap.form.progress')}
            min={0}
            max={100}
            allowDecimal={false}
            value={values.progress}
            onChange={(v) => set('progress', v)}
            error={problems.get('progress')}
          />
        </Group>
        <MultiSelect
          label={t('roadmap.form.dependsOn')}
          data={roadmap.initiatives
            .filter((i) => i.id !== ownId)
            .map((i) => ({ value: i.id, label: `${i.priority}. ${i.title}` }))}
          value={values.dependsOn}
          onChange={(v) => set('dependsOn', v)}
          error={problems.get('dependsOn')}
          searchable
        />
        <Divider />
        <Group grow align="flex-start">
          <TextInput
            label={t('roadmap.form.kpiName')}
            value={values.kpiName}
            onChange={(e) => set('kpiName', e.currentTarget.value)}
            error={problems.get('kpiName')}
          />
          <TextInput
            label={t('roadmap.form.kpiUnit')}
            value={values.kpiUnit}
            onChange={(e) => set('kpiUnit', e.currentTarget.value)}
            error={problems.get('kpiUnit')}
          />
          <NumberInput
            label={t('roadmap.form.kpiBaseline')}
            value={values.kpiBaseline}
            onChange={(v) => set('kpiBaseline', v)}
            decimalScale={2}
          />
          <NumberInput
            label={t('roadmap.form.kpiTarget')}
            value={values.kpiTarget}
            onChange={(v) => set('kpiTarget', v)}
            decimalScale={2}
          />
        </Group>
        <Stack gap={6}>
          <Text size="sm" fw={500}>
            {t('roadmap.form.milestones')}
          </Text>
          {values.milestones.map((m, k) => (
            <Group key={k} gap="xs" align="flex-end" wrap="nowrap">
              <TextInput
                style={{ flex: 1 }}
                label={t('roadmap.form.milestoneTitle')}
                value={m.title}
                onChange={(e) => {
                  const title = e.currentTarget.value;
                  set(
                    'milestones',
                    values.milestones.map((x, j) => (j === k ? { ...x, title } : x)),
                  );
                }}
              />
              <TextInput
                type="date"
                label={t('roadmap.form.milestoneDue')}
                value={m.due}
                onChange={(e) => {
                  const due = e.currentTarget.value;
                  set(
                    'milestones',
                    values.milestones.map((x, j) => (j === k ? { ...x, due } : x)),
                  );
                }}
              />
              <Checkbox
                mb={8}
                label={t('roadmap.form.milestoneDone')}
                checked={m.done}
                onChange={(e) => {
                  const done = e.currentTarget.checked;
                  set(
                    'milestones',
                    values.milestones.map((x, j) => (j === k ? { ...x, done } : x)),
                  );
                }}
              />
              <ActionIcon
                mb={4}
                variant="subtle"
                color="red"
                aria-label={t('roadmap.form.removeMilestone', { number: k + 1 })}
                onClick={() =>
                  set(
                    'milestones',
                    values.milestones.filter((_, j) => j !== k),
                  )
                }
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
          {problems.get('milestones') && (
            <Text size="xs" c="red">
              {problems.get('milestones')}
            </Text>
          )}
          <Button
            size="xs"
            variant="subtle"
            w="fit-content"
            leftSection={<IconPlus size={14} />}
            onClick={() => set('milestones', [...values.milestones, { title: '', due: '', done: false }])}
          >
            {t('roadmap.form.addMilestone')}
          </Button>
        </Stack>
        <Textarea
          label={t('roadmap.form.notes')}
          value={values.notes}
          onChange={(e) => set('notes', e.currentTarget.value)}
          autosize
          minRows={2}
          maxRows={6}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending} data-testid="initiative-save">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
