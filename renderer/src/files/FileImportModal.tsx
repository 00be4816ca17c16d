import { Alert, Button, FileInput, Group, List, Modal, Progress, Stack, Text } from '@mantine/core';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileProblem } from '../../../shared/assessments/schemas';
import { megabytes } from '../../../shared/api/limits';
import { type ApiFailure, isApiFailure } from '../api/client';
import { newJobId, useCancelJob, useJobProgress } from '../api/jobs';
import { errorSentence } from '../app/errorText';
import { IconAlert, IconCheck, IconUpload } from '../ui/icons';
import { FileProblemsTable, problemsOf } from './FileProblemsTable';
import { readFileAsBase64 } from './fileTransfer';

/**
 * The file as every import operation takes it: bytes as base64, so a broken encoding reaches the validator;
 * and the id of the job the import runs as, for its progress and the Stop button.
 */
export interface PickedFile {
  contentBase64: string;
  fileName: string;
  jobId: string;
}

/** The words of one import dialog; functions take the file name or a count. */
export interface FileImportTexts {
  help: string;
  file: string;
  choose: string;
  submit: string;
  importing(fileName: string): string;
  problemsTitle(fileName: string): string;
  problemsCount(count: number): string;
  nothingImported: string;
  /** Names the problem table's second column ("Column" for a survey, "Field" for a pool file). */
  column: string;
  doneTitle(fileName: string): string;
}

/**
 * A second try that a refusal allows, with the operation's option switched on: the valid rows without the
 * invalid ones, or respondents replaced. Offered next to the problems, or as a question of its own.
 */
export type SecondTry =
  | { kind: 'withProblems'; label: string }
  | { kind: 'question'; title: string; body: ReactNode; confirm: string; keep: string };

export interface FileImportProps<Report> {
  opened: boolean;
  onClose(): void;
  title: string;
  accept: string;
  /** The largest file the operation takes (shared/api/limits.ts): a larger one is refused before it is read. */
  maxBytes: number;
  /** Prefix of the test ids: `<id>-report`, `<id>-problems`, `<id>-progress`. */
  testId: string;
  texts: FileImportTexts;
  /** Beside the file field, such as a template to fill in. */
  beside?: ReactNode;
  /** Runs the import; `option` is the second try the consultant agreed to. Refusals reject with an ApiFailure. */
  run(file: PickedFile, option: boolean): Promise<Report>;
  /** What a refusal allows beyond "fix the file"; null or absent: nothing. */
  secondTry?(failure: ApiFailure, problems: FileProblem[]): SecondTry | null;
  /** Said under the problems when no second try is offered (a file that cannot be read at all). */
  problemsNote?(failure: ApiFailure): string | null;
  /** The lines of the report after a successful import. */
  summary(report: Report): ReactNode[];
  /** Below the report, such as the rows that were left out. */
  details?(report: Report): ReactNode;
  /** Beside "Close" after a successful import, such as a way to the results. */
  doneAction?(close: () => void): ReactNode;
  /**
   * A look at the chosen file before anything is written (the survey's mapping screen): shown once the file
   * is read, between the file field and the buttons. Import waits until `ready`.
   */
  review?(file: ChosenFile): ReactNode;
  /** False while the review still has something to settle; Import is then disabled. */
  ready?: boolean;
  /** Changes when the review changed what an import would do: an earlier refusal no longer applies. */
  reviewKey?: unknown;
  /** Told when another file (or none) is chosen, so a review's choices for the previous file are dropped. */
  onFileChange?(file: File | null): void;
}

/** The chosen file as read for a review: the same bytes the import then sends. */
export interface ChosenFile {
  contentBase64: string;
  fileName: string;
}

type Outcome<Report> =
  | { kind: 'problems'; fileName: string; problems: FileProblem[]; offer: SecondTry | null; note: string | null }
  | { kind: 'question'; fileName: string; offer: Extract<SecondTry, { kind: 'question' }> }
  | { kind: 'done'; fileName: string; report: Report }
  | { kind: 'failed'; error: unknown }
  | { kind: 'tooLarge'; fileName: string; size: number }
  | { kind: 'cancelled' }
  | null;

/**
 * One dialog for every file that goes into the workbench (a survey's responses, benchmark data): choose a
 * file, send it whole, and on a refusal list every problem by line and column so the file can be fixed in
 * one pass. Nothing is imported until the file is sound, or the consultant accepts the second try. While the
 * import runs (as a job, off the thread that answers the screens) the dialog shows how far it is, and Stop
 * cancels it with nothing written.
 */
export function FileImportModal<Report>(props: FileImportProps<Report>) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title} size="xl">
      {props.opened && <FileImport {...props} />}
    </Modal>
  );
}

function FileImport<Report>({
  onClose,
  accept,
  maxBytes,
  testId,
  texts,
  beside,
  run,
  secondTry,
  problemsNote,
  summary,
  details,
  doneAction,
  review,
  ready = true,
  reviewKey,
  onFileChange,
}: FileImportProps<Report>) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [outcome, setOutcome] = useState<Outcome<Report>>(null);
  const [busy, setBusy] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const [stopping, setStopping] = useState(false);
  const [chosen, setChosen] = useState<ChosenFile & { file: File }>();
  const progress = useJobProgress(jobId);
  // A review reads the file once, as soon as it is chosen; the import then sends the same bytes.
  useEffect(() => {
    if (!review || !file || file.size > maxBytes) return;
    let current = true;
    void readFileAsBase64(file).then((contentBase64) => {
      if (current) setChosen({ file, fileName: file.name, contentBase64 });
    });
    return () => {
      current = false;
    };
  }, [review !== undefined, file, maxBytes]); // eslint-disable-line react-hooks/exhaustive-deps -- only whether there is a review
  useEffect(() => {
    setOutcome((o) => (o?.kind === 'problems' || o?.kind === 'question' ? null : o));
  }, [reviewKey]);
  const reviewed = chosen && chosen.file === file ? chosen : null;
  const cancelJob = useCancelJob();
  // Closing the dialog while the import runs stops it: nobody is left to see what it did.
  const running = useRef<string | null>(null);
  running.current = jobId;
  useEffect(
    () => () => {
      if (running.current) void cancelJob(running.current);
    },
    [cancelJob],
  );

  const send = async (option: boolean) => {
    if (!file) return;
    if (file.size > maxBytes) {
      setOutcome({ kind: 'tooLarge', fileName: file.name, size: file.size });
      return;
    }
    const id = newJobId();
    setBusy(true);
    setStopping(false);
    setJobId(id);
    try {
      const contentBase64 = reviewed?.contentBase64 ?? (await readFileAsBase64(file));
      const report = await run({ contentBase64, fileName: file.name, jobId: id }, option);
      setOutcome({ kind: 'done', fileName: file.name, report });
    } catch (error) {
      setOutcome(refusal(error, file.name));
    } finally {
      setBusy(false);
      setJobId(null);
    }
  };

  const stop = () => {
    if (!jobId) return;
    setStopping(true);
    void cancelJob(jobId);
  };

  const refusal = (error: unknown, fileName: string): Outcome<Report> => {
    if (!isApiFailure(error)) return { kind: 'failed', error };
    if (error.code === 'cancelled') return { kind: 'cancelled' };
    const problems = problemsOf(error.error.details);
    const offer = secondTry?.(error, problems) ?? null;
    if (error.code === 'invalid_input' && problems.length > 0) {
      const note = offer ? null : (problemsNote?.(error) ?? null);
      return { kind: 'problems', fileName, problems, offer, note };
    }
    if (offer?.kind === 'question') return { kind: 'question', fileName, offer };
    return { kind: 'failed', error };
  };

  if (outcome?.kind === 'done') {
    return (
      <Stack gap="md">
        <Alert color="teal" variant="light" icon={<IconCheck />} title={texts.doneTitle(outcome.fileName)}>
          <List size="sm" spacing={2} data-testid={`${testId}-report`}>
            {summary(outcome.report).map((line, i) => (
              <List.Item key={i}>{line}</List.Item>
            ))}
          </List>
        </Alert>
        {details?.(outcome.report)}
        <Group justify="flex-end" gap="xs">
          <Button variant={doneAction ? 'default' : 'filled'} onClick={onClose}>
            {t('common.close')}
          </Button>
          {doneAction?.(onClose)}
        </Group>
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <Text size="sm">{texts.help}</Text>
      <Group align="flex-end" gap="sm" wrap="nowrap">
        <FileInput
          label={texts.file}
          placeholder={texts.choose}
          accept={accept}
          value={file}
          onChange={(picked) => {
            setFile(picked);
            // With a review the file is read at once, so a file too large is said at once too.
            setOutcome(
              review && picked && picked.size > maxBytes
                ? { kind: 'tooLarge', fileName: picked.name, size: picked.size }
                : null,
            );
            onFileChange?.(picked);
          }}
          leftSection={<IconUpload size={16} />}
          clearable
          clearButtonProps={{ 'aria-label': t('fileImport.clearFile') }}
          disabled={busy}
          style={{ flex: 1 }}
          data-autofocus
        />
        {beside}
      </Group>

      {review && file && file.size <= maxBytes && reviewed && review(reviewed)}

      {busy && file && (
        <Stack gap={4} data-testid={`${testId}-progress`}>
          <Text size="sm" c="dimmed">
            {texts.importing(file.name)}{' '}
            {stopping
              ? t('fileImport.cancelling')
              : progress && progress.phase !== 'waiting'
                ? t(`fileImport.phase.${progress.phase}`)
                : ''}
          </Text>
          <Progress value={percentOf(progress)} striped animated aria-label={texts.importing(file.name)} />
        </Stack>
      )}

      {outcome?.kind === 'tooLarge' && (
        <Alert color="red" variant="light" icon={<IconAlert />} role="alert">
          {t('fileImport.tooLarge', {
            file: outcome.fileName,
            size: megabytes(outcome.size),
            max: megabytes(maxBytes),
          })}
        </Alert>
      )}

      {outcome?.kind === 'cancelled' && (
        <Alert color="gray" variant="light" icon={<IconAlert />} role="status">
          {t('fileImport.cancelled')}
        </Alert>
      )}

      {outcome?.kind === 'problems' && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlert />}
          title={texts.problemsTitle(outcome.fileName)}
          role="alert"
        >
          <Stack gap="xs">
            <Text size="sm">
              {texts.problemsCount(outcome.problems.length)} {texts.nothingImported}
              {outcome.note && ` ${outcome.note}`}
            </Text>
            <FileProblemsTable problems={outcome.problems} columnLabel={texts.column} testId={`${testId}-problems`} />
            {outcome.offer?.kind === 'withProblems' && (
              <Group>
                <Button size="xs" variant="default" onClick={() => void send(true)} loading={busy}>
                  {outcome.offer.label}
                </Button>
              </Group>
            )}
          </Stack>
        </Alert>
      )}

      {outcome?.kind === 'question' && (
        <Alert color="yellow" variant="light" icon={<IconAlert />} title={outcome.offer.title} role="alert">
          <Stack gap="sm">
            <Text size="sm" component="div">
              {outcome.offer.body}
            </Text>
            <Group gap="xs">
              <Button variant="default" size="xs" onClick={() => setOutcome(null)}>
                {outcome.offer.keep}
              </Button>
              <Button color="yellow" size="xs" onClick={() => void send(true)} loading={busy}>
                {outcome.offer.confirm}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}

      {outcome?.kind === 'failed' && (
        <Alert color="red" variant="light" icon={<IconAlert />} role="alert">
          {errorSentence(t, outcome.error)} {texts.nothingImported}
        </Alert>
      )}

      <Group justify="flex-end" gap="xs">
        {busy ? (
          <Button variant="default" color="red" onClick={stop} disabled={stopping || !jobId}>
            {t('fileImport.cancel')}
          </Button>
        ) : (
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        )}
        <Button
          onClick={() => void send(false)}
          disabled={
            !file ||
            outcome?.kind === 'problems' ||
            outcome?.kind === 'question' ||
            (review !== undefined && (!reviewed || !ready))
          }
          loading={busy}
          leftSection={<IconUpload size={16} />}
        >
          {texts.submit}
        </Button>
      </Group>
    </Stack>
  );
}

/**
 * How far the job is, as a percentage: reading and checking count for the first half, writing for the
 * second, so the bar only moves forward. Unknown until the first answer.
 */
function percentOf(progress: { phase: string; done: number; total: number | null } | null): number {
  if (!progress || !progress.total) return progress?.phase === 'writing' ? 50 : 0;
  const part = Math.min(1, progress.done / progress.total);
  return progress.phase === 'writing' ? 50 + 50 * part : 50 * part;
}
