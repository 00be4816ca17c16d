import type { Cell, Row } from 'write-excel-file/node';
import type { Language } from '../../shared/domain/identifiers';
import { translator } from '../../shared/i18n';
import type { SurveyKit } from '../../shared/surveys/kit';
import { safeText } from '../roadmap/workbook';

/**
 * The survey kit as files (docs/file-formats.md "Survey kit"): a Word document to build the form from (and
 * to print for paper), with short instructions for Microsoft Forms and Google Forms, and an Excel sheet with
 * one row per text to paste. docx and write-excel-file load with the first kit, not with every service.
 */

export async function kitDocx(kit: SurveyKit, language: Language, round: string): Promise<Uint8Array> {
  const { Document, HeadingLevel, Packer, Paragraph, TextRun } = await import('docx');
  const t = translator(language);
  const options = [...kit.scale.map((s) => s.label), kit.notApplicable.label];
  const plain = (text: string) => new Paragraph({ children: [new TextRun(text)] });
  const bullet = (text: string) => new Paragraph({ text, bullet: { level: 0 } });
  const document = new Document({
    creator: 'SX Workbench',
    title: t('survey.kit.title', { round }),
    sections: [
      {
        children: [
          new Paragraph({ text: t('survey.kit.title', { round }), heading: HeadingLevel.TITLE }),
          new Paragraph({ text: t('survey.kit.howToTitle'), heading: HeadingLevel.HEADING_1 }),
          plain(t('survey.kit.msForms')),
          plain(t('survey.kit.googleForms')),
          plain(t('survey.kit.otherTools')),
          plain(t('survey.kit.paper')),
          new Paragraph({ text: t('survey.kit.questionsHeading'), heading: HeadingLevel.HEADING_1 }),
          plain(t('survey.kit.intro', { notApplicable: kit.notApplicable.label })),
          new Paragraph({ text: kit.role.question, heading: HeadingLevel.HEADING_2 }),
          ...kit.role.options.map((o) => bullet(`☐ ${o.label}`)),
          new Paragraph({ text: t('survey.kit.answerOptions'), heading: HeadingLevel.HEADING_2 }),
          ...options.map((o) => bullet(o)),
          ...kit.questions.flatMap((q, i) => [
            new Paragraph({
              keepNext: true,
              spacing: { before: 200 },
              children: [new TextRun({ text: `${i + 1}. `, bold: true }), new TextRun(q.text)],
            }),
            plain(options.map((o) => `☐ ${o}`).join('   ')),
          ]),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

export async function kitXlsx(kit: SurveyKit, language: Language): Promise<Uint8Array> {
  const { default: writeXlsxFile } = await import('write-excel-file/node');
  const t = translator(language);
  const text = (value: string): Cell => ({ value: safeText(value), type: String });
  const header = (value: string): Cell => ({ value: safeText(value), fontWeight: 'bold', backgroundColor: '#E9ECEF' });
  const kind = (k: 'role' | 'roleOption' | 'question' | 'scale' | 'notApplicable') => text(t(`survey.kit.kinds.${k}`));
  const rows: Row[] = [
    (['kind', 'id', 'text', 'score'] as const).map((k) => header(t(`survey.kit.columns.${k === 'text' ? 'text' : k}`))),
    [kind('role'), text('role'), text(kit.role.question), null],
    ...kit.role.options.map((o): Row => [kind('roleOption'), text(o.role), text(o.label), null]),
    ...kit.questions.map((q): Row => [kind('question'), text(q.id), text(q.text), null]),
    ...kit.scale.map((s): Row => [kind('scale'), null, text(s.label), { value: s.score, type: Number }]),
    [kind('notApplicable'), text('n/a'), text(kit.notApplicable.label), null],
  ];
  const buffer = await writeXlsxFile(
    [
      {
        sheet: t('survey.kit.sheet'),
        data: rows,
        stickyRowsCount: 1,
        columns: [{ width: 22 }, { width: 12 }, { width: 90 }, { width: 8 }],
      },
    ] as Parameters<typeof writeXlsxFile>[0],
    { fontFamily: 'Calibri', fontSize: 11 },
  ).toBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
