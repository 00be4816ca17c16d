import { AppError } from '../../shared/api/result';
import type { ResponsesImportReport } from '../../shared/assessments/schemas';
import * as repo from './repository';
import { auditDetails } from '../api/writeScope';
import { parseResponsesCsv } from './responsesCsv';
import { requireEditable } from './assessments';
import type { ServiceContext } from '../api/context';
import { fileProblem } from '../../shared/files/fileProblem';
import { getFramework } from '../frameworks/frameworks';

/**
 * Imports a Responses CSV into a round, all or nothing. Respondents whose code already exists in the round
 * are refused unless `replace` is set; then their earlier answers are removed and the file's taken instead.
 */
export function importResponses(
  ctx: ServiceContext,
  input: { assessmentId: string; content: Uint8Array; fileName: string; replace: boolean },
): ResponsesImportReport {
  const at = ctx.now().toISOString();
  {
    const assessment = requireEditable(ctx, input.assessmentId);
    const framework = getFramework(ctx, assessment.frameworkId, assessment.frameworkVersion);
    const parsed = parseResponsesCsv(
      input.content,
      framework.questions.map((q) => q.id),
    );
    if (!parsed.ok) {
      const count = parsed.problems.length;
      throw new AppError(
        'invalid_input',
        `${input.fileName} was not imported: ${count} problem${count === 1 ? '' : 's'}; nothing was changed.`,
        {
          file: input.fileName,
          problems: parsed.problems,
        },
      );
    }

    const existing = new Map(repo.respondentsOf(ctx.db, input.assessmentId).map((r) => [r.code, r]));
    const clashes = parsed.rows.filter((r) => existing.has(r.code));
    if (clashes.length > 0 && !input.replace) {
      throw new AppError(
        'conflict',
        `${clashes.length} respondent${clashes.length === 1 ? '' : 's'} in ${input.fileName} already exist in this round (${clashes
          .slice(0, 5)
          .map((r) => r.code)
          .join(', ')}${clashes.length > 5 ? ', …' : ''}). Import with replace to overwrite their answers.`,
        {
          file: input.fileName,
          existing: clashes.map((r) => r.code),
          problems: clashes.map((r) => fileProblem(r.line, 'respondent', 'respondent_exists', { code: r.code })),
        },
      );
    }

    const report: ResponsesImportReport = { added: 0, replaced: 0, answers: 0, notApplicable: 0, skipped: 0 };
    for (const row of parsed.rows) {
      const previous = existing.get(row.code);
      if (previous) {
        repo.deleteRespondent(ctx.db, previous.id);
        report.replaced++;
      } else {
        report.added++;
      }
      const respondentId = ctx.newId('rs');
      repo.insertRespondent(ctx.db, {
        id: respondentId,
        assessmentId: input.assessmentId,
        code: row.code,
        role: row.role,
        name: null,
        createdAt: at,
      });
      for (const q of framework.questions) {
        const cell = row.cells.get(q.id);
        if (cell === undefined) {
          report.skipped++;
          continue;
        }
        const na = cell === 'na';
        repo.upsertAnswer(ctx.db, {
          assessmentId: input.assessmentId,
          respondentId,
          questionId: q.id,
          score: na ? null : cell,
          notApplicable: na,
          comment: null,
          updatedAt: at,
        });
        if (na) report.notApplicable++;
        else report.answers++;
      }
    }
    auditDetails(ctx.db, { ...report });
    return report;
  }
}

/** The header a client's survey tool must produce, for this round's exact framework. */
export function responsesTemplate(
  ctx: ServiceContext,
  assessmentId: string,
  delimiter: ',' | ';',
): { fileName: string; csv: string } {
  const assessment = repo.findAssessment(ctx.db, assessmentId);
  if (!assessment)
    throw new AppError('not_found', `No assessment with id ${assessmentId}.`, {
      entity: 'assessment',
      id: assessmentId,
    });
  const framework = getFramework(ctx, assessment.frameworkId, assessment.frameworkVersion);
  const header = ['respondent', 'role', ...framework.questions.map((q) => q.id)].join(delimiter);
  // Excel opens a semicolon file with a BOM as UTF-8 straight away (Dutch regional settings).
  const bom = delimiter === ';' ? '\uFEFF' : '';
  return { fileName: `responses-template-${framework.id}-${framework.version}.csv`, csv: `${bom}${header}\r\n` };
}
