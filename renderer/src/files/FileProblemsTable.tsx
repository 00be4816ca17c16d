import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { FileProblem } from '../../../shared/files/fileProblem';
import { useFormat } from '../i18n/format';
import { ScrollRegionAutosize } from '../ui/ScrollRegion';
import { keyFromData } from '../../../shared/i18n/keys';

/** The problems of a refused file, as the API reports them in `error.details.problems`. */
export function problemsOf(details: Record<string, unknown> | undefined): FileProblem[] {
  const problems = details?.problems;
  return Array.isArray(problems) ? (problems as FileProblem[]) : [];
}

/** The problem in the UI's language; its English `message` only for a code this build does not know. */
export function problemSentence(t: TFunction, i18nExists: (key: string) => boolean, p: FileProblem): string {
  const key = `fileProblems.${p.code}`;
  return p.code && i18nExists(key) ? t(keyFromData(key), p.params ?? {}) : p.message;
}

/**
 * Every problem of a refused file by line (the header is line 1) and column, so the consultant can fix
 * the file in one pass. `columnLabel` names the second column ("Column" for a survey, "Field" for a pool
 * file).
 */
export function FileProblemsTable({
  problems,
  columnLabel,
  testId,
}: {
  problems: readonly FileProblem[];
  columnLabel: string;
  testId: string;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  return (
    <ScrollRegionAutosize mah={260} label={t('surveyImport.problemsRegion')}>
      <Table verticalSpacing={4} horizontalSpacing="sm" data-testid={testId} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th ta="right" w={70}>
              {t('surveyImport.line')}
            </Table.Th>
            <Table.Th w={130}>{columnLabel}</Table.Th>
            <Table.Th>{t('surveyImport.problem')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {problems.map((p, i) => (
            <Table.Tr key={i}>
              <Table.Td ta="right" className="tabular">
                {p.line === null ? t('common.none') : format.number(p.line)}
              </Table.Td>
              <Table.Td>{p.column ?? t('common.none')}</Table.Td>
              <Table.Td>{problemSentence(t, (key) => i18n.exists(key), p)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegionAutosize>
  );
}
