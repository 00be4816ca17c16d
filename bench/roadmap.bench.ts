import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import * as echarts from 'echarts';
import { Packer } from 'docx';
import { call } from '../main/api/dispatch';
import { createContext } from '../main/api/context';
import { openWorkbenchDatabase } from '../main/db/open';
import { seedDemo } from '../main/demo/demo';
import { renderChartImages, resvgOptions } from '../main/reports/docx/chartImages';
import { chartRequests, composeReportDocument } from '../main/reports/docx/renderDocx';
import { xmlSafeDeep } from '../main/reports/docx/xmlText';
import { forgetFinalizedResults, scoreRound } from '../main/results/results';
import { prepareRoadmap, renderRoadmapDocx } from '../main/roadmap/exports';
import { sxDefault } from '../shared/frameworks/sxDefault';
import { chartOption, reportChartStyle } from '../shared/reports/chartOption';
import { buildRoadmapReport } from '../shared/reports/roadmap';
import { addQuarters } from '../shared/roadmap/quarter';
import { suggestInitiatives } from '../shared/roadmap/suggestions';
import { templatesFor } from '../shared/roadmap/templates/library';
import { type BenchCase, type MeasuredCase, timeOnce } from './harness';

function must<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

const RESPONDENTS = 200;
const INITIATIVES = 40;
const RUNS = 15;
const WARMUP = 3;

/**
 * The roadmap issue's benchmarks: suggestions for a finalized 200-respondent round (the whole operation:
 * reading and scoring the round, comparing it with the demo pool, the template library and the evidence
 * text), against scoring the round alone; and the roadmap's .docx with 40 initiatives, against the
 * libraries' floor for the same content — docx's Packer on the very same Document plus a bare ECharts SSR
 * and resvg render of the same timeline picture.
 */
export function roadmapBenchmarks(): (BenchCase | MeasuredCase)[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sxw-bench-roadmap-'));
  const file = path.join(dir, 'bench.sqlite');
  const db = openWorkbenchDatabase(file);
  const ctx = createContext({ db, databasePath: file, transport: 'bridge' });
  seedDemo(ctx);
  const { id: clientId } = must(
    call(ctx, 'clients.create', { name: 'Bench BV', sector: 'K', sizeBand: '250-999', country: 'NL' }),
  );
  const { id: contactId } = must(call(ctx, 'contacts.create', { clientId, name: 'A. Eigenaar' }));
  const { id: engagementId } = must(
    call(ctx, 'engagements.create', {
      clientId,
      title: 'Transformatie',
      purpose: 'transformation',
      lead: 'A. Consultant',
    }),
  );
  const questions = sxDefault.questions.map((q) => q.id);
  const { id: assessmentId } = must(
    call(ctx, 'assessments.create', { engagementId, mode: 'survey', round: 'Nulmeting' }),
  );
  const rows = Array.from({ length: RESPONDENTS }, (_, i) => [
    `R${i + 1}`,
    i < 30 ? 'management' : i < 150 ? 'staff' : 'frontline',
    ...questions.map((_, q) => ((i + q) % 19 === 0 ? 'n/a' : String(1 + ((i * 3 + q * 7) % 5)))),
  ]);
  const csv = [['respondent', 'role', ...questions], ...rows].map((r) => r.join(',')).join('\r\n') + '\r\n';
  must(call(ctx, 'assessments.importResponses', { assessmentId, contentBase64: Buffer.from(csv).toString('base64') }));
  must(
    call(ctx, 'assessments.setShifts', {
      assessmentId,
      positions: Object.fromEntries(sxDefault.shifts.map((s, i) => [s.id, { now: 2 + (i % 5), desired: 6 + (i % 4) }])),
    }),
  );
  must(call(ctx, 'assessments.finalize', { id: assessmentId }));
  const request = { assessmentId, language: 'nl' as const };
  // The pool's index is built on the first comparison; both sides run warm.
  must(call(ctx, 'roadmap.suggest', request));

  // 40 initiatives across the nine blocks, with milestones, KPIs and a chain of dependencies.
  const ids: string[] = [];
  for (let i = 0; i < INITIATIVES; i++) {
    const block = sxDefault.blocks[i % 9]?.id as string;
    const start = addQuarters('2027-Q1', i % 6);
    ids.push(
      must(
        call(ctx, 'initiatives.create', {
          engagementId,
          title: `Initiatief ${i + 1}: ${sxDefault.elements[i % 35]?.name.nl}`,
          description: 'Een omschrijving van twee zinnen over wat er gebeurt. Met wie en waarom het ertoe doet.',
          blocks: [block],
          elements: [sxDefault.elements.find((e) => e.block === block)?.id as string],
          start,
          end: addQuarters(start, 1 + (i % 3)),
          impact: 1 + (i % 5),
          effort: 1 + ((i * 2) % 5),
          status: (['planned', 'in-progress', 'idea', 'done'] as const)[i % 4],
          ownerContactId: i % 2 === 0 ? contactId : null,
          ownerName: i % 2 === 0 ? null : 'Teamleider',
          kpi: { name: 'Klanttevredenheid', unit: '%', baseline: 60 + i, target: 80 },
          milestones: [
            { title: 'Start', due: `${2027 + Math.floor((i % 6) / 4)}-02-15`, done: i % 3 === 0 },
            { title: 'Evaluatie', due: `${2027 + Math.floor((i % 6) / 4)}-05-15`, done: false },
          ],
          dependsOn: i > 0 && i % 4 === 0 ? [ids[i - 1] as string] : [],
        }),
      ).id,
    );
  }
  must(call(ctx, 'roadmap.setTarget', { engagementId, block: 'B5', target: 3.5, by: '2027-Q4' }));

  const framework = sxDefault;
  const results = scoreRound(ctx, assessmentId);
  const comparison = must(
    call(ctx, 'pool.compare', {
      assessmentId,
      filters: { sector: ['K'], size: ['250-999'], country: [], from: null, to: null },
    }),
  );
  const templates = templatesFor(framework);

  /** The floor of a suggestion the first time: reading and scoring the round from the store. */
  const scoreCold = () => {
    forgetFinalizedResults(db);
    return scoreRound(ctx, assessmentId);
  };
  const suggestCases: (BenchCase | MeasuredCase)[] = [
    {
      name: `roadmap suggestions, ${RESPONDENTS} respondents, first after the round is finalized`,
      referenceName: 'reading and scoring the round from the store',
      goal: '≤ 10 ms',
      measure: async () => {
        const ours: number[] = [];
        const reference: number[] = [];
        for (let i = 0; i < 60; i++) {
          forgetFinalizedResults(db);
          ours.push(await timeOnce(() => must(call(ctx, 'roadmap.suggest', request))));
          reference.push(await timeOnce(scoreCold));
        }
        return { ours, reference };
      },
    },
    {
      name: `roadmap suggestions, ${RESPONDENTS} respondents, again (round's results kept)`,
      referenceName: 'reading and scoring the round from the store',
      goal: '≤ 10 ms',
      measure: async () => {
        const ours: number[] = [];
        const reference: number[] = [];
        for (let i = 0; i < 200; i++) {
          must(call(ctx, 'roadmap.suggest', request));
          ours.push(await timeOnce(() => must(call(ctx, 'roadmap.suggest', request))));
          if (i % 4 === 0) reference.push(await timeOnce(scoreCold));
        }
        return { ours, reference };
      },
    },
    {
      name: 'roadmap suggestions, the pure ranking and evidence text',
      referenceName: 'reading and scoring the round from the store',
      goal: '≤ 10 ms',
      iterations: 100,
      run: () => suggestInitiatives({ language: 'nl', assessmentId, framework, results, comparison, templates }),
      reference: scoreCold,
    },
  ];

  /** What the floor needs, prepared outside its timing: the chart options and the very Document we zip. */
  const prepareFloor = async () => {
    const prepared = prepareRoadmap(ctx, { engagementId, language: 'nl' });
    const model = xmlSafeDeep(buildRoadmapReport(prepared.input));
    const style = reportChartStyle(model.branding, model.language);
    const charts = chartRequests(model.body).map((c) => ({ ...c, option: chartOption(c.spec, style) }));
    const images = await renderChartImages(chartRequests(model.body), style, { cache: false });
    const { document, warnings } = composeReportDocument(model, prepared.assets, images);
    if (warnings.length > 0) throw new Error(`The benchmark's roadmap has warnings: ${warnings.join(', ')}`);
    return { charts, document };
  };
  const floorOnce = async (floor: Awaited<ReturnType<typeof prepareFloor>>) => {
    const options = resvgOptions(2);
    for (const c of floor.charts) {
      const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: c.width, height: c.height });
      chart.setOption(c.option);
      const svg = chart.renderToSVGString();
      chart.dispose();
      new Resvg(svg, options).render().asPng();
    }
    await Packer.toBuffer(floor.document);
  };
  const ours = () => renderRoadmapDocx(ctx, prepareRoadmap(ctx, { engagementId, language: 'nl' }), { cache: false });

  const docxCase: MeasuredCase = {
    name: `roadmap .docx, ${INITIATIVES} initiatives, timeline picture, fresh`,
    referenceName: 'docx Packer + bare ECharts SSR + resvg, same content',
    goal: '< 1 s',
    measure: async () => {
      const floor = await prepareFloor();
      const mine: number[] = [];
      const reference: number[] = [];
      for (let i = 0; i < WARMUP; i++) {
        await ours();
        await floorOnce(floor);
      }
      // Interleaved, so both sides see the same machine.
      for (let i = 0; i < RUNS; i++) {
        mine.push(await timeOnce(ours));
        reference.push(await timeOnce(() => floorOnce(floor)));
      }
      return { ours: mine, reference };
    },
  };
  return [...suggestCases, docxCase];
}
