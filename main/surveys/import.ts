import { AppError } from '../../shared/api/result';
import type { Language } from '../../shared/domain/identifiers';
import type { FrameworkFile } from '../../shared/frameworks/schema';
import { translator } from '../../shared/i18n';
import { cutShortLine } from '../../shared/domain/text';
import { EMPTY_MAPPING, type SurveyMapping } from '../../shared/surveys/mapping';
import { matchSurvey, type SurveyMatch, type SurveyProblem } from '../../shared/surveys/matching';
import type { SurveyImportReport, SurveyRecognition } from '../../shared/surveys/schemas';
import type { ServiceContext } from '../api/context';
import { checkingItsOwnReferences, preparedWrite, type PreparedWrite } from '../api/preparedWrite';
import { auditDetails } from '../api/writeScope';
import { requireAssessment, requireEditable } from '../assessments/assessments';
import * as repo from '../assessments/repository';
import { writeRespondents } from '../assessments/surveyImport';
import { getFramework } from '../frameworks/frameworks';
import { getSettings } from '../settings/settings';
import { readSurveyFile } from './readers';
import { type JobControl, NO_JOB } from '../jobs/control';

/**
 * Imports a survey tool's export into a round (docs/file-formats.md "Survey exports"). Reading and matching
 * happen first, outside any transaction; the write then runs in the dispatcher's transaction, all or nothing,
 * and checks again what it relies on (the round still open, which respondents exist).
 */

interface ImportInput {
  assessmentId: string;
  contentBase64?: string | undefined;
  content?: Uint8Array | undefined;
  fileName: string;
  replace: boolean;
  mapping?: SurveyMapping | undefined;
}

async function readAndMatch(
  ctx: ServiceContext,
  input: ImportInput,
  framework: FrameworkFile,
  language: Language,
): Promise<{ match: SurveyMatch | null; problems: SurveyProblem[] }> {
  const bytes = input.content ? Buffer.from(input.content) : Buffer.from(input.contentBase64 ?? '', 'base64');
  const read = await readSurveyFile(bytes, language);
  if (!read.ok) return { match: null, problems: read.problems };
  const match = matchSurvey(read.table, framework, input.mapping ?? EMPTY_MAPPING, language);
  // Our own Responses CSV ends every line alike; one whose last line does not was cut short while copying.
  if (match.tool === 'responses' && read.table.text) {
    const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
    const cut = cutShortLine(text);
    if (cut !== null) {
      const t = translator(language);
      return {
        match,
        problems: [{ line: cut, column: null, value: null, message: t('survey.import.cutShort', { line: cut }) }],
      };
    }
  }
  return { match, problems: match.problems };
}

export async function previewSurvey(ctx: ServiceContext, input: ImportInput): Promise<SurveyRecognition> {
  const assessment = requireAssessment(ctx, input.assessmentId);
  const framework = getFramework(ctx, assessment.frameworkId, assessment.frameworkVersion);
  const { match, problems } = await readAndMatch(ctx, input, framework, getSettings(ctx).effectiveLanguage);
  return {
    tool: match?.tool ?? 'generic',
    headerRows: match?.headerRows ?? 0,
    respondents: match?.respondents.length ?? 0,
    skippedRows: match?.skippedRows ?? 0,
    columns: match?.columns ?? [],
    unmatchedValues: match?.unmatchedValues ?? [],
    unmatchedRoles: match?.unmatchedRoles ?? [],
    problems,
  };
}

export async function importSurvey(
  ctx: ServiceContext,
  input: ImportInput,
  job: JobControl = NO_JOB,
): Promise<PreparedWrite<SurveyImportReport>> {
  const language = getSettings(ctx).effectiveLanguage;
  const t = translator(language);
  const assessment = requireEditable(ctx, input.assessmentId);
  const framework = getFramework(ctx, assessment.frameworkId, assessment.frameworkVersion);
  job.progress('checking', 0, null);
  const { match, problems } = await readAndMatch(ctx, input, framework, language);
  job.check();
  if (!match || problems.length > 0) {
    throw new AppError('invalid_input', t('survey.import.refused', { file: input.fileName, count: problems.length }), {
      file: input.fileName,
      problems,
    });
  }

  // writeRespondents checks the respondents its answers refer to, once each (checkingItsOwnReferences).
  return checkingItsOwnReferences(
    preparedWrite(() => {
      requireEditable(ctx, input.assessmentId);
      const existing = new Map(repo.respondentsOf(ctx.db, input.assessmentId).map((r) => [r.code, r]));
      const clashes = match.respondents.filter((r) => existing.has(r.code));
      if (clashes.length > 0 && !input.replace) {
        const codes = `${clashes
          .slice(0, 5)
          .map((r) => r.code)
          .join(', ')}${clashes.length > 5 ? ', …' : ''}`;
        throw new AppError(
          'conflict',
          t('survey.import.conflict', { count: clashes.length, file: input.fileName, codes }),
          {
            file: input.fileName,
            existing: clashes.map((r) => r.code),
            problems: clashes.map((r) => ({
              line: r.line,
              column: match.columns.find((c) => c.target.kind === 'respondent')?.header ?? null,
              value: r.code,
              message: t('survey.import.exists', { value: r.code }),
            })),
          },
        );
      }
      const written = writeRespondents(ctx, input.assessmentId, match.respondents, framework.questions, existing, job);
      const report: SurveyImportReport = {
        ...written,
        tool: match.tool,
        headerRows: match.headerRows,
        skippedRows: match.skippedRows,
      };
      auditDetails(ctx.db, { ...report });
      return report;
    }),
  );
}
