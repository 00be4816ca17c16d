import type { Language } from '../../domain/identifiers';
import type { SchemeFile } from '../../dossier/scheme';
import type { Dossier, EvidenceItem } from '../../dossier/schemas';
import { translator } from '../../i18n';
import { keyFromData } from '../../i18n/keys';
import { quarterLabel } from '../../roadmap/quarter';
import { decimalFormatter, reportFormat } from '../format';
import type { Inline, ReportBlock, ReportBranding, ReportDocument, TableCell } from '../model';

/** Everything the dossier document is made of; gathered by `main/dossier/exports.ts`. */
export interface DossierReportInput {
  language: Language;
  /**
   * The dossier's last change (ISO): the date on the cover, in the file name and in the document's
   * properties, so the same dossier gives the same document.
   */
  changedAt: string;
  scheme: SchemeFile;
  dossier: Dossier;
  engagement: { title: string; clientName: string; lead: string | null };
  branding: ReportBranding;
  warnings: ('logo_unreadable' | 'logo_unsupported_type')[];
}

/** `E001`: the evidence's number in the register and the package. */
export const evidenceLabel = (e: Pick<EvidenceItem, 'number'>) => `E${String(e.number).padStart(3, '0')}`;

/**
 * The recognition dossier as a document model, rendered by the management report's Word renderer: cover,
 * the signatory's declaration, contents, the organisation profile, per element its parts with the self-rating
 * and evidence references, the key results with their charts, the evidence register, the improvement plan
 * from the roadmap and a glossary. Pure, in one language.
 */
export function buildDossierReport(input: DossierReportInput): ReportDocument {
  const { language, dossier, scheme, engagement } = input;
  const t0 = translator(language);
  const t = (key: string, options: Record<string, unknown> = {}) => t0(keyFromData(`dossier.report.${key}`), options);
  const tAny = (key: string, options: Record<string, unknown> = {}) => t0(keyFromData(key), options);
  const f = reportFormat(language);
  const decimal = decimalFormatter(language);
  const number = (v: number) => decimal(v, Number.isInteger(v) ? 0 : 2);
  const client = engagement.clientName;
  const schemeName = scheme.name[language];
  const date = input.changedAt.slice(0, 10);
  const blocks: ReportBlock[] = [];
  const heading = (level: 1 | 2 | 3, text: string) => blocks.push({ kind: 'heading', level, text });
  const paragraph = (...content: Inline[]) => blocks.push({ kind: 'paragraph', content });
  const note = (text: string) => blocks.push({ kind: 'paragraph', content: [text], variant: 'note' });
  const prose = (text: string) => {
    const paragraphs = text
      .split(/\n\s*\n|\n/)
      .map((p) => p.trim())
      .filter(Boolean);
    if (paragraphs.length === 0) note(t('element.notWritten'));
    for (const p of paragraphs) paragraph(p);
  };
  const evidenceById = new Map(dossier.evidence.map((e) => [e.id, e]));
  const evidenceRefs = (ids: string[]) => {
    const items = ids.flatMap((id) => (evidenceById.has(id) ? [evidenceById.get(id)!] : []));
    items.sort((a, b) => a.number - b.number);
    if (items.length > 0)
      note(t('element.evidence', { list: items.map((e) => `${evidenceLabel(e)} ${e.title}`).join('; ') }));
  };
  const partById = new Map(dossier.parts.map((p) => [p.id, p]));
  const writePart = (id: string, level: 1 | 2, title: string) => {
    const part = partById.get(id);
    if (!part) return;
    heading(level, title);
    prose(part.text);
    evidenceRefs(part.evidence);
  };

  // Declaration, then contents.
  heading(1, t('declaration.title'));
  paragraph(t('declaration.text', { client }));
  blocks.push({
    kind: 'table',
    id: 'declaration',
    caption: t('declaration.title'),
    columns: [
      { header: '', align: 'left', weight: 1 },
      { header: '', align: 'left', weight: 3 },
    ],
    rows: [
      [{ text: t('declaration.name'), bold: true }, { text: dossier.signatory.name ?? t('declaration.blank') }],
      [{ text: t('declaration.role'), bold: true }, { text: dossier.signatory.role ?? t('declaration.blank') }],
      [
        { text: t('declaration.date'), bold: true },
        { text: dossier.referenceDate ? f.date(dossier.referenceDate) : t('declaration.blank') },
      ],
      [{ text: t('declaration.signature'), bold: true }, { text: t('declaration.blank') }],
    ],
  });
  blocks.push({ kind: 'toc', title: t('toc.title') });

  for (const part of scheme.parts.filter((p) => p.aspect === 'profile')) writePart(part.id, 1, part.title[language]);

  const { rating } = scheme;
  const ratingText = (score: number) => {
    if (rating.unit === 'percent') return t('element.percentValue', { score });
    const label = rating.labels.find((l) => l.value === score)?.label[language];
    return label
      ? t('element.ratingValue', { score, label, min: rating.min, max: rating.max })
      : t('element.ratingPlain', { score, min: rating.min, max: rating.max });
  };
  for (const element of dossier.elements) {
    heading(1, `${element.id} ${element.name[language]}`);
    paragraph(
      { text: `${t('element.rating')}: `, bold: true },
      element.rating ? ratingText(element.rating.score) : t('element.noRating'),
    );
    if (element.rating?.justification)
      paragraph({ text: `${t('element.justification')}: `, bold: true }, element.rating.justification);
    for (const id of element.parts) {
      const part = partById.get(id);
      if (part) writePart(id, 2, tAny(`dossier.aspects.${part.aspect}`));
    }
    const strengths = element.strengths ?? element.draft?.strengths ?? '';
    const improvements = element.improvements ?? element.draft?.improvements ?? '';
    if (strengths.trim()) {
      heading(3, t('element.strengths'));
      prose(strengths);
    }
    if (improvements.trim()) {
      heading(3, t('element.improvements'));
      prose(improvements);
    }
  }

  for (const part of scheme.parts.filter((p) => p.element === null && p.aspect === 'other')) {
    writePart(part.id, 1, part.title[language]);
  }

  // Key results.
  const keyPart = scheme.parts.find((p) => p.aspect === 'keyResults');
  heading(1, keyPart ? keyPart.title[language] : t('keyResults.title'));
  if (keyPart) {
    const written = partById.get(keyPart.id);
    if (written?.text.trim()) prose(written.text);
    if (written) evidenceRefs(written.evidence);
  }
  if (dossier.keyResults.length === 0) note(t('keyResults.none'));
  for (const k of dossier.keyResults) {
    const name = k.unit ? `${k.name} (${k.unit})` : k.name;
    heading(2, name);
    if (k.points.length > 0) {
      blocks.push({
        kind: 'chart',
        id: `keyResult-${k.id}`,
        caption: t('keyResults.chartCaption', { name }),
        alt: t('keyResults.chartAlt', {
          name,
          count: k.points.length,
          first: k.points[0]!.period,
          last: k.points.at(-1)!.period,
          target: k.target === null ? t('keyResults.noTarget') : number(k.target),
        }),
        chart: {
          builder: 'keyResultTrend',
          input: {
            points: k.points,
            target: k.target,
            comparison: k.comparison?.value ?? null,
            labels: {
              series: t('keyResults.series'),
              target: t('keyResults.target'),
              comparison: t('keyResults.comparison'),
            },
          },
        },
        width: 600,
        height: 280,
      });
      blocks.push({
        kind: 'table',
        id: `keyResultTable-${k.id}`,
        caption: t('keyResults.tableCaption', { name }),
        columns: [
          { header: t('keyResults.columns.period'), align: 'left', weight: 2 },
          { header: t('keyResults.columns.value'), align: 'right', weight: 1 },
        ],
        rows: k.points.map((p): TableCell[] => [{ text: p.period }, { text: number(p.value), align: 'right' }]),
      });
    }
    const facts: Inline[][] = [
      [
        { text: `${t('keyResults.target')}: `, bold: true },
        k.target === null ? t('keyResults.noTarget') : number(k.target),
      ],
      [
        { text: `${t('keyResults.comparison')}: `, bold: true },
        k.comparison
          ? t(k.comparison.kind === 'pool' ? 'keyResults.comparisonPool' : 'keyResults.comparisonExternal', {
              value: number(k.comparison.value),
              source: k.comparison.source,
            })
          : t('keyResults.noComparison', { explanation: k.explanation ?? t('none') }),
      ],
    ];
    blocks.push({ kind: 'bullets', items: facts });
  }

  // Evidence register.
  heading(1, t('register.title'));
  if (dossier.evidence.length === 0) note(t('register.none'));
  else {
    blocks.push({
      kind: 'table',
      id: 'evidenceRegister',
      caption: t('register.caption'),
      columns: [
        { header: t('register.columns.number'), align: 'left', weight: 0.8 },
        { header: t('register.columns.title'), align: 'left', weight: 3 },
        { header: t('register.columns.type'), align: 'left', weight: 1.3 },
        { header: t('register.columns.owner'), align: 'left', weight: 1.5 },
        { header: t('register.columns.date'), align: 'left', weight: 1.4 },
        { header: t('register.columns.validUntil'), align: 'left', weight: 1.4 },
        { header: t('register.columns.confidentiality'), align: 'left', weight: 1.4 },
        { header: t('register.columns.parts'), align: 'left', weight: 2 },
      ],
      rows: dossier.evidence.map((e): TableCell[] => [
        { text: evidenceLabel(e), bold: true },
        { text: e.title },
        { text: tAny(`dossier.evidenceTypes.${e.type}`) },
        { text: e.owner ?? t('none'), muted: e.owner === null },
        { text: f.date(e.date) },
        { text: e.validUntil ? f.date(e.validUntil) : t('none'), muted: e.validUntil === null },
        { text: tAny(`dossier.confidentiality.${e.confidentiality}`) },
        { text: e.parts.join(', ') || t('none'), muted: e.parts.length === 0 },
      ]),
      note: t('register.note'),
    });
  }

  // Improvement plan.
  heading(1, t('plan.title'));
  if (dossier.plan.length === 0) note(t('plan.none'));
  else {
    paragraph(t('plan.intro'));
    const quarter = (q: string) => quarterLabel(q, language);
    blocks.push({
      kind: 'table',
      id: 'improvementPlan',
      caption: t('plan.caption'),
      columns: [
        { header: t('plan.columns.title'), align: 'left', weight: 3 },
        { header: t('plan.columns.blocks'), align: 'left', weight: 1.2 },
        { header: t('plan.columns.period'), align: 'left', weight: 2 },
        { header: t('plan.columns.status'), align: 'left', weight: 1.2 },
        { header: t('plan.columns.owner'), align: 'left', weight: 1.5 },
      ],
      rows: dossier.plan.map((p): TableCell[] => [
        { text: p.title },
        { text: p.blocks.join(', ') },
        { text: p.start === p.end ? quarter(p.start) : `${quarter(p.start)} – ${quarter(p.end)}` },
        { text: tAny(`roadmap.statuses.${p.status}`) },
        { text: p.owner ?? t('none'), muted: p.owner === null },
      ]),
    });
  }

  // Glossary.
  heading(1, t('glossary.title'));
  const terms = ['approach', 'deployment', 'review', 'results', 'evidence', 'selfRating', 'keyResult'] as const;
  blocks.push({
    kind: 'bullets',
    items: terms.map((term): Inline[] => [
      { text: `${t(`glossary.names.${term}`)}: `, bold: true },
      t(`glossary.terms.${term}`),
    ]),
  });

  const notSet = t('none');
  return {
    kind: 'dossier',
    language,
    fixedDate: input.changedAt,
    title: t('title'),
    subject: t('subtitle', { client, scheme: schemeName }),
    draft: null,
    branding: input.branding,
    cover: {
      title: t('title'),
      subtitle: t('subtitle', { client, scheme: schemeName }),
      facts: [
        { label: t('facts.client'), value: client },
        { label: t('facts.engagement'), value: engagement.title },
        { label: t('facts.scheme'), value: `${schemeName} (${scheme.version})` },
        { label: t('facts.referenceDate'), value: dossier.referenceDate ? f.date(dossier.referenceDate) : notSet },
        { label: t('facts.reportDate'), value: f.date(date) },
        { label: t('facts.consultant'), value: engagement.lead ?? notSet },
        ...(input.branding.firmName ? [{ label: t('facts.firm'), value: input.branding.firmName }] : []),
      ],
      confidentiality: tAny('report.confidential', { client }),
    },
    header: t('header', { client }),
    footer: { page: tAny('report.page'), of: tAny('report.of') },
    body: blocks,
    warnings: input.warnings.map((code) => tAny(`report.warnings.${code}`)),
  };
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;

/** `<client> – <engagement> – recognition dossier – <date>.docx`, safe on every file system. */
export function dossierFileName(
  input: Pick<DossierReportInput, 'language' | 'changedAt' | 'engagement'>,
  extension: 'docx' | 'zip',
): string {
  const t = translator(input.language);
  const clean = (s: string) => s.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  const base = clean(
    t('dossier.report.fileName', {
      client: clean(input.engagement.clientName),
      engagement: clean(input.engagement.title),
      date: input.changedAt.slice(0, 10),
    }),
  )
    .slice(0, 144)
    .replace(/[. ]+$/, '');
  return `${base || 'dossier'}.${extension}`;
}
