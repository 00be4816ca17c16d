import type { Language } from '../../shared/domain/identifiers';
import { surveyKit } from '../../shared/surveys/kit';
import type { BuiltFile } from '../../shared/surveys/schemas';
import type { ServiceContext } from '../api/context';
import { requireAssessment } from '../assessments/assessments';
import { getFramework } from '../frameworks/frameworks';
import { assessmentResults } from '../results/results';
import { getSettings } from '../settings/settings';
import { kitDocx, kitXlsx } from './kitFiles';
import { resultsWorkbook } from './resultsWorkbook';

/** A name safe on every file system: the round's label without separators or reserved characters. */
function fileStem(text: string): string {
  return (
    text
      .normalize('NFC')
      // eslint-disable-next-line no-control-regex -- characters no file name may hold
      .replace(/[\u0000-\u001f<>:"/\\|?*]+/g, ' ')
      .replace(/\s+/g, '-')
      .replace(/^[.-]+|[.-]+$/g, '')
      .slice(0, 60) || 'round'
  );
}

const built = (fileName: string, bytes: Uint8Array): BuiltFile => ({
  fileName,
  contentBase64: Buffer.from(bytes).toString('base64'),
});

export async function buildKit(
  ctx: ServiceContext,
  input: { assessmentId: string; language: Language; format: 'json' | 'docx' | 'xlsx' },
): Promise<BuiltFile> {
  const assessment = requireAssessment(ctx, input.assessmentId);
  const framework = getFramework(ctx, assessment.frameworkId, assessment.frameworkVersion);
  const kit = surveyKit(framework, input.language);
  const name = `survey-kit-${fileStem(assessment.round)}-${input.language}.${input.format}`;
  if (input.format === 'json') return built(name, new TextEncoder().encode(`${JSON.stringify(kit, null, 2)}\n`));
  if (input.format === 'docx') return built(name, await kitDocx(kit, input.language, assessment.round));
  return built(name, await kitXlsx(kit, input.language));
}

export async function exportResults(
  ctx: ServiceContext,
  input: { assessmentId: string; language?: Language | undefined },
): Promise<BuiltFile> {
  const assessment = requireAssessment(ctx, input.assessmentId);
  const framework = getFramework(ctx, assessment.frameworkId, assessment.frameworkVersion);
  const language = input.language ?? getSettings(ctx).effectiveLanguage;
  const results = assessmentResults(ctx, input.assessmentId);
  const { default: writeXlsxFile } = await import('write-excel-file/node');
  const sheets = resultsWorkbook(results, framework, language);
  const buffer = await writeXlsxFile(sheets as Parameters<typeof writeXlsxFile>[0], {
    fontFamily: 'Calibri',
    fontSize: 11,
  }).toBuffer();
  return built(
    `results-${fileStem(assessment.round)}.xlsx`,
    new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength),
  );
}
