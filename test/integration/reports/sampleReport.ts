import { Resvg } from '@resvg/resvg-js';
import { sxDefault } from '../../../shared/frameworks/sxDefault';
import { reportFormat } from '../../../shared/reports/format';
import type { ReportAssets, ReportBlock, ReportDocument, TableCell } from '../../../shared/reports/model';

/**
 * A hand-written management report as the report builder would hand it to the Word renderer: every block
 * kind and every chart builder, realistic scores for the nine building blocks, Dutch with decimal commas and
 * a draft mark. `sampleReportEn` is a short English one without the draft mark.
 */

const nl = reportFormat('nl');

const BLOCK_SCORES: Record<string, { score: number; sd: number; p25: number; p75: number; previous: number }> = {
  B1: { score: 3.42, sd: 0.61, p25: 2.25, p75: 4.5, previous: 3.05 },
  B2: { score: 3.18, sd: 0.72, p25: 1.75, p75: 4.25, previous: 3.3 },
  B3: { score: 2.87, sd: 0.55, p25: 2.0, p75: 4.0, previous: 2.71 },
  B4: { score: 3.65, sd: 0.48, p25: 2.75, p75: 4.75, previous: 3.4 },
  B5: { score: 2.54, sd: 0.81, p25: 1.25, p75: 4.0, previous: 2.6 },
  B6: { score: 2.31, sd: 0.66, p25: 1.5, p75: 3.5, previous: 2.02 },
  B7: { score: 2.05, sd: 0.59, p25: 1.0, p75: 3.25, previous: 2.05 },
  B8: { score: 3.12, sd: 0.44, p25: 2.5, p75: 4.0, previous: 2.88 },
  B9: { score: 2.76, sd: 0.7, p25: 1.5, p75: 4.25, previous: 2.95 },
};
const BENCHMARK: Record<string, { p25: number; median: number; p75: number; top: number } | null> = {
  B1: { p25: 2.9, median: 3.21, p75: 3.55, top: 3.98 },
  B2: { p25: 2.8, median: 3.1, p75: 3.47, top: 3.9 },
  B3: { p25: 2.64, median: 2.95, p75: 3.3, top: 3.72 },
  B4: { p25: 3.0, median: 3.32, p75: 3.61, top: 4.05 },
  B5: { p25: 2.7, median: 3.02, p75: 3.38, top: 3.81 },
  B6: { p25: 2.35, median: 2.66, p75: 3.04, top: 3.5 },
  B7: null,
  B8: { p25: 2.75, median: 3.05, p75: 3.36, top: 3.77 },
  B9: { p25: 2.52, median: 2.88, p75: 3.2, top: 3.64 },
};
const GAPS: Record<string, { management: number; staff: number } | null> = {
  B1: { management: 3.9, staff: 3.05 },
  B2: { management: 3.62, staff: 2.84 },
  B3: { management: 3.1, staff: 2.7 },
  B4: { management: 3.8, staff: 3.55 },
  B5: { management: 2.95, staff: 2.22 },
  B6: { management: 2.4, staff: 2.25 },
  B7: null,
  B8: { management: 3.2, staff: 3.05 },
  B9: { management: 3.35, staff: 2.31 },
};
const ELEMENT_OFFSETS = [0.21, -0.13, 0.08, -0.16];
const SHIFT_POSITIONS: [number | null, number | null][] = [
  [4.2, 7.5],
  [5.1, 8.0],
  [3.0, 6.5],
  [2.4, 7.0],
  [4.8, 6.0],
  [5.5, 7.5],
  [3.6, 8.5],
  [6.0, 6.0],
  [null, 7.0],
  [4.4, 8.0],
];

const blocks = sxDefault.blocks;
const blockLabel = (id: string, name: string) => `${id} ${name}`;
const scoreOf = (id: string) => BLOCK_SCORES[id] ?? { score: 0, sd: 0, p25: 0, p75: 0, previous: 0 };

/** Numbers in tables are right-aligned, as in the report builder. */
const num = (text: string, extra: Partial<TableCell> = {}): TableCell => ({ text, align: 'right', ...extra });

function perBlockSection(id: string, name: string): ReportBlock[] {
  const s = scoreOf(id);
  const elements = sxDefault.elements.filter((e) => e.block === id);
  return [
    { kind: 'heading', level: 2, text: blockLabel(id, name) },
    {
      kind: 'paragraph',
      content: [
        'Gemiddelde score ',
        { text: nl.score2(s.score), bold: true },
        ` (n = 14, spreiding ${nl.score2(s.sd)}). `,
        s.score >= 3
          ? 'De bouwsteen is in de organisatie herkenbaar aanwezig; de onderdelen hieronder laten zien waar de verschillen zitten.'
          : { text: 'Hier ligt een duidelijke ontwikkelkans.', italic: true },
      ],
    },
    {
      kind: 'table',
      id: `elements-${id}`,
      caption: `Tabel: scores per element van ${id}`,
      columns: [
        { header: 'Element', align: 'left', weight: 5 },
        { header: 'Score', align: 'right', weight: 1.2 },
        { header: 'Min.', align: 'right', weight: 1 },
        { header: 'Max.', align: 'right', weight: 1 },
      ],
      rows: elements.map((e, i) => {
        const score = s.score + (ELEMENT_OFFSETS[i % ELEMENT_OFFSETS.length] ?? 0);
        return [
          { text: `${e.id} ${e.name.nl}` },
          num(nl.score2(score), { bold: i === 0 }),
          num(nl.score2(Math.max(1, score - 1.25))),
          num(nl.score2(Math.min(5, score + 1))),
        ];
      }),
    },
  ];
}

export function sampleReportNl(): ReportDocument {
  const axes = blocks.map((b) => ({ id: b.id, label: blockLabel(b.id, b.name.nl) }));
  const shortAxes = blocks.map((b) => ({ id: b.id, label: b.id }));
  const scores = blocks.map((b) => scoreOf(b.id).score);
  const body: ReportBlock[] = [
    { kind: 'toc', title: 'Inhoud' },
    { kind: 'heading', level: 1, text: 'Samenvatting' },
    {
      kind: 'paragraph',
      variant: 'lead',
      content: [
        'Zorggroep De Linde scoort gemiddeld ',
        { text: '2,88', bold: true },
        ' op de negen bouwstenen van service excellence: een stevige basis, met duidelijke ruimte om klanten te verrassen.',
      ],
    },
    {
      kind: 'paragraph',
      content: [
        'De meting is gedaan onder 14 respondenten uit management, staf en frontlinie. De sterkste bouwsteen is ',
        { text: 'B4 Betrokkenheid van medewerkers', bold: true },
        '; de meeste ruimte voor verbetering ligt bij ',
        { text: 'service-innovatie', italic: true },
        ' en het ontwerpen van uitzonderlijke klantbelevingen.',
      ],
    },
    {
      kind: 'bullets',
      items: [
        [
          { text: 'Sterk: ', bold: true },
          'medewerkers voelen zich betrokken en weten wat de klant van hen mag verwachten.',
        ],
        [{ text: 'Kans: ', bold: true }, 'klantinzicht wordt nog weinig vertaald naar bewust ontworpen klantreizen.'],
        [{ text: 'Let op: ', bold: true }, 'management en medewerkers kijken verschillend naar visie en monitoring.'],
      ],
    },
    {
      kind: 'table',
      id: 'key-figures',
      caption: 'Tabel 1: kerncijfers per bouwsteen',
      columns: [
        { header: 'Bouwsteen', align: 'left', weight: 6 },
        { header: 'Score', align: 'right', weight: 1.3 },
        { header: 'n', align: 'right', weight: 0.8 },
        { header: 'Spreiding', align: 'right', weight: 1.5 },
        { header: 'Benchmark', align: 'right', weight: 1.7 },
      ],
      rows: [
        ...blocks.map((b): TableCell[] => {
          const s = scoreOf(b.id);
          const bench = BENCHMARK[b.id];
          return [
            { text: blockLabel(b.id, b.name.nl) },
            num(nl.score2(s.score)),
            num(nl.integer(14)),
            num(nl.score2(s.sd)),
            bench ? num(nl.score2(bench.median)) : num('onderdrukt (n < 5)', { muted: true }),
          ];
        }),
        [
          { text: 'Gemiddeld', bold: true, shade: 'accent' },
          num('2,88', { bold: true, shade: 'accent' }),
          num('14', { shade: 'accent' }),
          num('0,62', { shade: 'accent' }),
          num('3,06', { shade: 'accent' }),
        ],
      ],
      note: 'Scores op een schaal van 1 (niet aanwezig) tot 5 (uitmuntend). Spreiding: standaarddeviatie.',
    },
    { kind: 'heading', level: 1, text: 'Resultaten per bouwsteen' },
    { kind: 'heading', level: 2, text: 'Overzicht' },
    {
      kind: 'paragraph',
      content: ['Het radarbeeld vergelijkt deze meting met de vorige ronde en met de benchmarkgroep zorg.'],
    },
    {
      kind: 'chart',
      id: 'radar',
      caption: 'Figuur 1: scores per bouwsteen, vergeleken met de vorige ronde en de benchmark',
      alt: 'Radar van de negen bouwstenen: B4 scoort het hoogst (3,65), B7 het laagst (2,05); de meeste bouwstenen liggen rond de benchmarkmediaan.',
      chart: {
        builder: 'blockRadar',
        input: {
          axes,
          client: { name: 'Meting 2026', scores },
          comparison: { name: 'Meting 2025', scores: blocks.map((b) => scoreOf(b.id).previous) },
          benchmark: {
            median: { name: 'Benchmark mediaan', scores: blocks.map((b) => BENCHMARK[b.id]?.median ?? null) },
            top: { name: 'Benchmark top 10 %', scores: blocks.map((b) => BENCHMARK[b.id]?.top ?? null) },
          },
        },
      },
      width: 640,
      height: 520,
    },
    {
      kind: 'chart',
      id: 'bars',
      caption: 'Figuur 2: score en spreiding per bouwsteen',
      alt: 'Staafdiagram van de score per bouwsteen met de middelste helft van de respondenten.',
      chart: {
        builder: 'blockBars',
        input: {
          blocks: blocks.map((b) => {
            const s = scoreOf(b.id);
            return {
              id: b.id,
              label: blockLabel(b.id, b.name.nl),
              score: s.score,
              n: 14,
              sd: s.sd,
              middleHalf: { p25: s.p25, p75: s.p75 },
            };
          }),
          spread: 'iqr',
          labels: { score: 'Score', spread: 'Spreiding' },
        },
      },
      width: 640,
      height: 400,
    },
    ...blocks.flatMap((b) => perBlockSection(b.id, b.name.nl)),
    { kind: 'heading', level: 3, text: 'Sterke punten' },
    {
      kind: 'bullets',
      items: [
        ['Een gedeelde belofte aan de klant (B1.E3, 3,63).'],
        ['Medewerkers krijgen ruimte om zelf problemen op te lossen (B4, 3,86).'],
      ],
    },
    { kind: 'heading', level: 1, text: 'Vergelijking' },
    { kind: 'heading', level: 2, text: 'Benchmark' },
    {
      kind: 'chart',
      id: 'benchmark',
      caption: 'Figuur 3: De Linde tegenover de benchmarkgroep zorg (p25–p75 en mediaan)',
      alt: 'Per bouwsteen de score van De Linde tegenover de middelste helft van de benchmarkgroep; B7 is onderdrukt.',
      chart: {
        builder: 'benchmarkBars',
        input: {
          blocks: blocks.map((b) => {
            const bench = BENCHMARK[b.id];
            return {
              id: b.id,
              label: blockLabel(b.id, b.name.nl),
              score: scoreOf(b.id).score,
              p25: bench?.p25 ?? null,
              median: bench?.median ?? null,
              p75: bench?.p75 ?? null,
              suppressed: bench === null,
            };
          }),
          labels: {
            client: 'De Linde',
            band: 'Middelste helft',
            median: 'Mediaan',
            suppressed: 'geen benchmarkcijfers',
          },
        },
      },
      width: 640,
      height: 440,
    },
    {
      kind: 'table',
      id: 'benchmark-table',
      caption: 'Tabel 2: benchmarkgroep zorg (k = 5)',
      columns: [
        { header: 'Bouwsteen', align: 'left', weight: 5 },
        { header: 'De Linde', align: 'right', weight: 1.4 },
        { header: 'p25', align: 'right', weight: 1 },
        { header: 'Mediaan', align: 'right', weight: 1.4 },
        { header: 'p75', align: 'right', weight: 1 },
      ],
      rows: blocks.map((b): TableCell[] => {
        const bench = BENCHMARK[b.id];
        const cells: TableCell[] = [
          { text: blockLabel(b.id, b.name.nl), shade: 'band' },
          num(nl.score2(scoreOf(b.id).score), { bold: true, shade: 'accent' }),
        ];
        if (!bench) return [...cells, num('—', { muted: true }), num('—', { muted: true }), num('—', { muted: true })];
        return [...cells, num(nl.score2(bench.p25)), num(nl.score2(bench.median)), num(nl.score2(bench.p75))];
      }),
      note: '— = onderdrukt: minder dan vijf organisaties in de vergelijkingsgroep.',
    },
    { kind: 'heading', level: 2, text: 'Perceptieverschillen' },
    {
      kind: 'chart',
      id: 'gaps',
      caption: 'Figuur 4: management tegenover staf en frontlinie',
      alt: 'Per bouwsteen de score van management en van staf en frontlinie; grote verschillen bij B1, B2 en B9.',
      chart: {
        builder: 'perceptionGaps',
        input: {
          blocks: blocks.map((b) => {
            const g = GAPS[b.id];
            const gap = g ? g.management - g.staff : null;
            return {
              id: b.id,
              label: blockLabel(b.id, b.name.nl),
              management: g?.management ?? null,
              staff: g?.staff ?? null,
              gap,
              flagged: gap === null ? null : Math.abs(gap) >= 0.75,
              suppressed: g === null,
            };
          }),
          labels: { management: 'Management', staff: 'Staf en frontlinie', suppressed: 'onderdrukt (n < 3)' },
        },
      },
      width: 640,
      height: 440,
    },
    {
      kind: 'chart',
      id: 'radar-compact',
      caption: 'Figuur 5: het profiel in één oogopslag',
      alt: 'Kleine radar met de negen bouwstenen; het profiel is het breedst bij B1 en B4.',
      chart: {
        builder: 'blockRadar',
        input: { axes: shortAxes, client: { name: 'Meting 2026', scores }, compact: true },
      },
      width: 320,
      height: 300,
    },
    { kind: 'heading', level: 1, text: 'Service Excellence Piramide' },
    {
      kind: 'paragraph',
      content: ['De eerste twee niveaus van de piramide zijn bereikt; individuele en verrassende service nog niet.'],
    },
    {
      kind: 'chart',
      id: 'pyramid',
      caption: 'Figuur 6: Service Excellence Piramide',
      alt: 'Piramide met vier niveaus: L1 (3,41) en L2 (3,08) bereikt, L3 (2,62) en L4 (1,95) niet bereikt.',
      chart: {
        builder: 'pyramidChart',
        input: {
          levels: sxDefault.pyramid.map((l, i) => ({
            id: l.id,
            label: l.name.nl,
            score: [3.41, 3.08, 2.62, 1.95][i] ?? null,
            reached: i < 2,
          })),
          labels: { reached: 'bereikt', notReached: 'niet bereikt', noScore: 'geen score' },
        },
      },
      width: 600,
      height: 320,
    },
    { kind: 'heading', level: 1, text: 'Paradigmaverschuivingen' },
    {
      kind: 'chart',
      id: 'shifts',
      caption: 'Figuur 7: waar het team nu staat en waar het naartoe wil',
      alt: 'Tien verschuivingen van oud naar nieuw denken; de grootste gewenste beweging is van klanttevredenheidsonderzoek naar continu luisteren.',
      chart: {
        builder: 'shiftsChart',
        input: {
          shifts: sxDefault.shifts.map((s, i) => ({
            id: s.id,
            from: s.from.nl,
            to: s.to.nl,
            now: SHIFT_POSITIONS[i]?.[0] ?? null,
            desired: SHIFT_POSITIONS[i]?.[1] ?? null,
          })),
          labels: { now: 'Nu', desired: 'Gewenst' },
        },
      },
      width: 640,
      height: 520,
    },
    { kind: 'heading', level: 1, text: 'Ontwikkeling sinds de vorige meting' },
    {
      kind: 'chart',
      id: 'deltas',
      caption: 'Figuur 8: verandering per bouwsteen sinds de meting van 2025',
      alt: 'Verandering per bouwsteen: de grootste stijging bij B1 (+0,37), de grootste daling bij B9 (−0,19).',
      chart: {
        builder: 'roundDeltas',
        input: {
          blocks: blocks.map((b) => {
            const s = scoreOf(b.id);
            const delta = s.score - s.previous;
            return {
              id: b.id,
              label: blockLabel(b.id, b.name.nl),
              delta,
              change: Math.abs(delta) < 0.1 ? ('none' as const) : delta > 0 ? ('rise' as const) : ('fall' as const),
            };
          }),
          labels: { rise: 'Duidelijke stijging', fall: 'Duidelijke daling', none: 'Geen duidelijke verandering' },
        },
      },
      width: 640,
      height: 400,
    },
    {
      kind: 'table',
      id: 'deltas-table',
      caption: 'Tabel 3: verandering per bouwsteen',
      columns: [
        { header: 'Bouwsteen', align: 'left', weight: 6 },
        { header: '2025', align: 'right', weight: 1.2 },
        { header: '2026', align: 'right', weight: 1.2 },
        { header: 'Verschil', align: 'right', weight: 1.4 },
      ],
      rows: blocks.map((b): TableCell[] => {
        const s = scoreOf(b.id);
        return [
          { text: blockLabel(b.id, b.name.nl) },
          num(nl.score2(s.previous), { muted: true }),
          num(nl.score2(s.score)),
          num(nl.signed(s.score - s.previous), { bold: Math.abs(s.score - s.previous) >= 0.25 }),
        ];
      }),
    },
    {
      kind: 'absent',
      caption: 'Figuur 9: klantbeleving per segment',
      reason: 'Te weinig klantrespondenten (n = 2) om deze figuur te tonen zonder de anonimiteit te schaden.',
    },
    { kind: 'heading', level: 1, text: 'Verantwoording' },
    {
      kind: 'paragraph',
      variant: 'note',
      content: [
        'Scores zijn gemiddelden van antwoorden op een vijfpuntsschaal. Groepen kleiner dan drie respondenten worden niet apart getoond.',
      ],
    },
    {
      kind: 'table',
      id: 'respondents',
      caption: 'Tabel 4: respondenten per rol',
      columns: [
        { header: 'Rol', align: 'left', weight: 3 },
        { header: 'Uitgenodigd', align: 'right', weight: 1.5 },
        { header: 'Geantwoord', align: 'right', weight: 1.5 },
        { header: 'Respons', align: 'center', weight: 1.2 },
      ],
      rows: [
        [{ text: 'Management' }, num('4'), num('4'), { text: '100 %', align: 'center' }],
        [{ text: 'Staf' }, num('6'), num('5'), { text: '83 %', align: 'center' }],
        [{ text: 'Frontlinie' }, num('8'), num('5'), { text: '63 %', align: 'center' }],
        [{ text: 'Klanten' }, num('5'), num('2'), { text: 'te weinig', align: 'center', muted: true }],
        [
          { text: 'Totaal', bold: true, shade: 'accent' },
          num('23', { bold: true, shade: 'accent' }),
          num('16', { bold: true, shade: 'accent' }),
          { text: '70 %', align: 'center', bold: true, shade: 'accent' },
        ],
      ],
    },
  ];

  return {
    kind: 'management',
    language: 'nl',
    title: 'Managementrapportage service excellence — Zorggroep De Linde',
    subject: 'Nulmeting service excellence 2026',
    draft: { label: 'CONCEPT' },
    branding: {
      firmName: 'Helder Advies',
      accent: '#0b7285',
      font: 'Calibri',
      logo: { type: 'png', width: 360, height: 120 },
    },
    cover: {
      title: 'Managementrapportage service excellence',
      subtitle: 'Nulmeting 2026 — Zorggroep De Linde',
      facts: [
        { label: 'Opdrachtgever', value: 'Zorggroep De Linde' },
        { label: 'Traject', value: 'Excellentieprogramma 2026–2027' },
        { label: 'Meetronde', value: 'Nulmeting (ronde 1)' },
        { label: 'Datum', value: nl.date('2026-11-22') },
        { label: 'Consultant', value: 'Anouk de Vries' },
      ],
      confidentiality: 'Vertrouwelijk — uitsluitend bestemd voor het managementteam van Zorggroep De Linde.',
    },
    header: 'Managementrapportage service excellence — Zorggroep De Linde',
    footer: { page: 'Pagina', of: 'van' },
    body,
    warnings: ['Figuur 9 ontbreekt: te weinig klantrespondenten.'],
  };
}

export function sampleReportEn(): ReportDocument {
  const en = reportFormat('en');
  return {
    kind: 'management',
    language: 'en',
    title: 'Service excellence management report — Linden Care Group',
    subject: 'Service excellence baseline 2026',
    draft: null,
    branding: { firmName: 'Clear Advice Ltd', accent: '#5f3dc4', font: 'Arial', logo: null },
    cover: {
      title: 'Service excellence management report',
      subtitle: 'Baseline 2026 — Linden Care Group',
      facts: [
        { label: 'Client', value: 'Linden Care Group' },
        { label: 'Date', value: en.date('2026-11-22') },
      ],
      confidentiality: 'Confidential — for the management team of Linden Care Group only.',
    },
    header: 'Service excellence management report',
    footer: { page: 'Page', of: 'of' },
    body: [
      { kind: 'toc', title: 'Contents' },
      { kind: 'heading', level: 1, text: 'Summary' },
      { kind: 'paragraph', content: ['The organisation scores ', { text: '2.88', bold: true }, ' on average.'] },
      {
        kind: 'table',
        id: 'scores',
        caption: 'Table 1: score per building block',
        columns: [
          { header: 'Building block', align: 'left', weight: 4 },
          { header: 'Score', align: 'right', weight: 1 },
        ],
        rows: blocks.map((b) => [{ text: blockLabel(b.id, b.name.en) }, num(en.score2(scoreOf(b.id).score))]),
      },
      {
        kind: 'chart',
        id: 'bars',
        caption: 'Figure 1: score per building block',
        alt: 'Bar chart of the score per building block.',
        chart: {
          builder: 'roundDeltas',
          input: {
            blocks: blocks.map((b) => ({
              id: b.id,
              label: b.id,
              delta: scoreOf(b.id).score - scoreOf(b.id).previous,
              change: 'none' as const,
            })),
            labels: { rise: 'Clear rise', fall: 'Clear fall', none: 'No clear change' },
          },
        },
        width: 560,
        height: 320,
      },
    ],
    warnings: [],
  };
}

/** A simple firm logo as SVG: a rounded square with the initials and the firm name. */
export const sampleLogoSvg = `<svg xmlns="http://www.w3.org/2000/svg" width="360" height="120" viewBox="0 0 360 120">
  <rect x="4" y="4" width="112" height="112" rx="18" fill="#0b7285"/>
  <path d="M30 84 L60 30 L90 84 Z" fill="#ffffff"/>
  <rect x="140" y="40" width="200" height="14" rx="4" fill="#0b7285"/>
  <rect x="140" y="66" width="150" height="14" rx="4" fill="#99e9f2"/>
</svg>`;

/** The sample logo as PNG bytes, the common case of a logo picked by the consultant. */
export function sampleLogoPng(): Uint8Array {
  return new Resvg(sampleLogoSvg, { fitTo: { mode: 'width', value: 720 } }).render().asPng();
}

export function sampleAssets(): ReportAssets {
  return { logo: { type: 'png', data: sampleLogoPng() } };
}
