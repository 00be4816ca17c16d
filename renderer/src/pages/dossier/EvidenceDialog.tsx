import { Alert, FileInput, Modal, MultiSelect, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { megabytes } from '../../../../shared/api/limits';
import { calendarDate } from '../../../../shared/domain/calendar';
import {
  CONFIDENTIALITY,
  type Dossier,
  EVIDENCE_LIMITS,
  EVIDENCE_TYPES,
  type EvidenceItem,
  EvidenceUpdateInput,
} from '../../../../shared/dossier/schemas';
import { isApiFailure, useApiMutation } from '../../api/client';
import { notifySuccess } from '../../app/notify';
import { readFileAsBase64 } from '../../files/fileTransfer';
import { DateField } from '../../forms/DateField';
import { FormActions } from '../../forms/FormActions';
import { useZodForm } from '../../forms/useZodForm';
import { useLanguage } from '../../i18n/i18n';
import { IconAlert, IconUpload } from '../../ui/icons';
import { evidenceNumber } from './dossierOutline';

/** The register's metadata as the form edits it: the update's fields, all present, the dates in order. */
const EvidenceFields = EvidenceUpdateInput.omit({ id: true })
  .required()
  .refine((x) => x.validUntil === null || x.date === undefined || x.validUntil >= x.date, {
    path: ['validUntil'],
    message: 'before_date',
  });

interface Values extends Record<string, unknown> {
  title: string;
  type: string;
  owner: string;
  date: string;
  validUntil: string;
  confidentiality: string;
}

/** What the dialog works on: a new file (dropped or to be chosen, with parts to link it to), or an entry. */
export type EvidenceSubject =
  { kind: 'new'; file: File | null; links: string[] } | { kind: 'edit'; item: EvidenceItem };

const FILE_PROBLEMS = ['too_large', 'dossier_too_large', 'too_many_files', 'unreadable'] as const;
type FileProblem = (typeof FILE_PROBLEMS)[number];

function fileProblemOf(error: unknown): FileProblem | null {
  if (!isApiFailure(error) || error.code !== 'invalid_input') return null;
  const code = error.error.details?.fields?.find((f) => f.path === 'contentBase64' || f.path === 'path')?.code;
  return (FILE_PROBLEMS as readonly string[]).includes(code ?? '') ? (code as FileProblem) : null;
}

const withoutExtension = (name: string) => name.replace(/\.[^.]+$/, '');

function EvidenceForm({ dossier, subject, onClose }: { dossier: Dossier; subject: EvidenceSubject; onClose(): void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const item = subject.kind === 'edit' ? subject.item : null;
  const [file, setFile] = useState<File | null>(subject.kind === 'new' ? subject.file : null);
  const [links, setLinks] = useState<string[]>(item ? item.parts : subject.kind === 'new' ? subject.links : []);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const form = useZodForm(EvidenceFields, {
    title: item?.title ?? (subject.kind === 'new' && subject.file ? withoutExtension(subject.file.name) : ''),
    type: item?.type ?? 'other',
    owner: item?.owner ?? '',
    date: item?.date ?? calendarDate(new Date()),
    validUntil: item?.validUntil ?? '',
    confidentiality: item?.confidentiality ?? 'internal',
  } satisfies Values);
  const add = useApiMutation('evidence.add');
  const update = useApiMutation('evidence.update');
  const link = useApiMutation('evidence.link');
  const unlink = useApiMutation('evidence.unlink');
  const max = megabytes(EVIDENCE_LIMITS.fileBytes);

  const pick = (picked: File | null) => {
    setFile(picked);
    setFileProblem(null);
    if (picked && form.values.title.trim() === '') form.setValue('title', withoutExtension(picked.name));
  };

  const submit = form.onSubmit(async (fields) => {
    if (item) {
      await update.mutateAsync({ id: item.id, ...fields });
      for (const partId of links.filter((p) => !item.parts.includes(p)))
        await link.mutateAsync({ id: item.id, partId });
      for (const partId of item.parts.filter((p) => !links.includes(p)))
        await unlink.mutateAsync({ id: item.id, partId });
      notifySuccess(t('dossierTab.evidenceDialog.saved', { evidence: evidenceNumber(item.number) }));
      onClose();
      return;
    }
    if (!file) {
      setFileProblem(t('dossierTab.evidenceDialog.noFile'));
      return;
    }
    if (file.size > EVIDENCE_LIMITS.fileBytes) {
      setFileProblem(t('dossierTab.evidenceDialog.tooLarge', { file: file.name, size: megabytes(file.size), max }));
      return;
    }
    try {
      const contentBase64 = await readFileAsBase64(file);
      const added = await add.mutateAsync({
        engagementId: dossier.engagementId,
        ...fields,
        links,
        fileName: file.name,
        contentBase64,
      });
      const number = dossier.evidence.length + 1;
      const name = `${evidenceNumber(number)} ${fields.title}`;
      notifySuccess(
        t(added.stored ? 'dossierTab.evidenceDialog.added' : 'dossierTab.evidenceDialog.addedAgain', {
          evidence: name,
        }),
      );
      onClose();
    } catch (error) {
      const problem = fileProblemOf(error);
      if (problem) {
        setFileProblem(
          t(`dossierTab.evidenceDialog.problems.${problem}`, {
            max: problem === 'dossier_too_large' ? megabytes(EVIDENCE_LIMITS.dossierBytes) : max,
          }),
        );
        return;
      }
      throw error;
    }
  });

  const partOptions = dossier.parts.map((p) => ({ value: p.id, label: p.title[language] }));
  return (
    <form onSubmit={submit} ref={form.formRef} noValidate>
      <Stack gap="sm">
        {item ? (
          <Text size="sm" c="dimmed">
            {t('dossierTab.evidenceDialog.fileName', { file: item.fileName, size: megabytes(item.size) })}
          </Text>
        ) : (
          <FileInput
            label={t('dossierTab.evidenceDialog.file')}
            description={t('dossierTab.evidenceDialog.fileHelp', { max })}
            value={file}
            onChange={pick}
            leftSection={<IconUpload size={16} />}
            clearable
            withAsterisk
            data-autofocus
            data-testid="evidence-file"
          />
        )}
        {fileProblem && (
          <Alert color="red" variant="light" icon={<IconAlert />} role="alert" data-testid="evidence-file-problem">
            {fileProblem}
          </Alert>
        )}
        <TextInput label={t('dossierTab.evidenceDialog.title')} withAsterisk {...form.text('title')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('dossierTab.evidenceDialog.type')}
            data={EVIDENCE_TYPES.map((v) => ({ value: v, label: t(`dossier.evidenceTypes.${v}`) }))}
            allowDeselect={false}
            withAsterisk
            {...form.select('type')}
          />
          <Select
            label={t('dossierTab.evidenceDialog.confidentiality')}
            data={CONFIDENTIALITY.map((v) => ({ value: v, label: t(`dossier.confidentiality.${v}`) }))}
            allowDeselect={false}
            withAsterisk
            {...form.select('confidentiality')}
          />
          <DateField label={t('dossierTab.evidenceDialog.date')} withAsterisk {...form.date('date')} />
          <DateField label={t('dossierTab.evidenceDialog.validUntil')} {...form.date('validUntil')} />
        </SimpleGrid>
        <TextInput label={t('dossierTab.evidenceDialog.owner')} {...form.text('owner')} />
        <MultiSelect
          label={t('dossierTab.evidenceDialog.links')}
          description={t('dossierTab.evidenceDialog.linksHelp')}
          data={partOptions}
          value={links}
          onChange={setLinks}
          searchable
          clearable
        />
        <FormActions onCancel={onClose} submitting={form.submitting} />
      </Stack>
    </form>
  );
}

/** Adds a file to the evidence register (picked or dropped), or edits an entry's metadata and links. */
export function EvidenceDialog({
  dossier,
  subject,
  onClose,
}: {
  dossier: Dossier;
  subject: EvidenceSubject | null;
  onClose(): void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={subject !== null}
      onClose={onClose}
      size="lg"
      title={
        subject?.kind === 'edit'
          ? t('dossierTab.evidenceDialog.titleEdit', {
              evidence: `${evidenceNumber(subject.item.number)} ${subject.item.title}`,
            })
          : t('dossierTab.evidenceDialog.titleNew')
      }
    >
      {subject && <EvidenceForm dossier={dossier} subject={subject} onClose={onClose} />}
    </Modal>
  );
}
