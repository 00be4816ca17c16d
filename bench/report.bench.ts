import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import * as echarts from 'echarts';
import { Packer } from 'docx';
import { call } from '../main/api/dispatch';
import { openWorkbenchDatabase } from '../main/db/open';
import { renderChartImages, resvgOptions } from '../main/reports/docx/chartImages';
import { chartRequests, composeReportDocument } from '../main/reports/docx/renderDocx';
import { xmlSafeDeep } from '../main/reports/docx/xmlText';
import { createContext } from '../main/api/context';
import { seedDemo } from '../main/demo/demo';
import { sxDefault } from '../shared/frameworks/sxDefault';
import { chartOption, reportChartStyle } from '../shared/reports/chartOption';
import { buildManagementReport } from '../shared/reports/management';
import type { ReportAssets } from '../shared/reports/model';
import { prepareReport, renderReport } from '../main/reports/reports';
import { type MeasuredCase, timeOnce } from './harness';

function must<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

const RESPONDENTS = 40;
const RUNS = 15;
const WARMUP = 3;

/**
 * The issue's report benchmark: the full management report for 40 respondents with every chart (a previous
 * round, a benchmark group, shifts: seven charts), from the database to .docx bytes, against the libraries'
 * floor for the same content — docx's Packer on the very same Document plus a bare ECharts SSR render and
 * a bare resvg render (with its own PNG encoder) of the same chart options, one after the other.
 */
export function reportBenchmarks(): MeasuredCase[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sxw-bench-report-'));
  const file = path.join(dir, 'bench.sqlite');
  const db = openWorkbenchDatabase(file);
  const ctx = createContext({ db, databasePath: file, transport: 'bridge' });
  seedDemo(ctx);
  const { id: clientId } = must(
    call(ctx, 'clients.create', { name: 'Bench BV', sector: 'K', sizeBand: '250-999', country: 'NL' }),
  );
  const { id: engagementId } = must(
    call(ctx, 'engagements.create', {
      clientId,
      title: 'Excellence programme',
      purpose: 'diagnosis',
      lead: 'A. Consultant',
    }),
  );
  const questions = sxDefault.questions.map((q) => q.id);
  const round = (label: string, shift: number) => {
    const { id } = must(call(ctx, 'assessments.create', { engagementId, mode: 'survey', round: label }));
    const rows = Array.from({ length: RESPONDENTS }, (_, i) => [
      `R${i + 1}`,
      i < 8 ? 'management' : i < 30 ? 'staff' : 'frontline',
      ...questions.map((_, q) => ((i + q) % 19 === 0 ? 'n/a' : String(1 + ((i * 3 + q * 7 + shift) % 5)))),
    ]);
    const csv = [['respondent', 'role', ...questions], ...rows].map((r) => r.join(',')).join('\r\n') + '\r\n';
    must(
      call(ctx, 'assessments.importResponses', {
        assessmentId: id,
        contentBase64: Buffer.from(csv).toString('base64'),
      }),
    );
    must(
      call(ctx, 'assessments.setShifts', {
        assessmentId: id,
        positions: Object.fromEntries(
          sxDefault.shifts.map((s, i) => [s.id, { now: 2 + (i % 5), desired: 6 + (i % 4) }]),
        ),
      }),
    );
    return id;
  };
  const previous = round('Baseline 2025', 0);
  must(call(ctx, 'assessments.finalize', { id: previous }));
  const assessmentId = round('Follow-up 2026', 2);
  const request = {
    assessmentId,
    kind: 'management' as const,
    language: 'nl' as const,
    benchmark: { filters: { sector: [], size: [], country: [], from: null, to: null } },
  };

  /** Everything the floor needs, prepared outside its timing: the model, the chart options, the Document. */
  const prepareFloor = async () => {
    const model = xmlSafeDeep(buildManagementReport(prepareReport(ctx, request).input));
    const style = reportChartStyle(model.branding, model.language);
    const charts = chartRequests(model.body).map((c) => ({ ...c, option: chartOption(c.spec, style) }));
    const assets: ReportAssets = { logo: null };
    // The same pictures, so the Document the Packer zips is the very one we produce.
    const images = await renderChartImages(chartRequests(model.body), style, { cache: false });
    const { document, warnings } = composeReportDocument(model, assets, images);
    if (warnings.length > 0) throw new Error(`The benchmark's report has warnings: ${warnings.join(', ')}`);
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

  const measure = (cache: boolean) => async () => {
    const floor = await prepareFloor();
    const ours: number[] = [];
    const reference: number[] = [];
    for (let i = 0; i < WARMUP; i++) {
      await renderReport(ctx, prepareReport(ctx, request), { charts: { cache } });
      await floorOnce(floor);
    }
    // Interleaved, so both sides see the same machine.
    for (let i = 0; i < RUNS; i++) {
      ours.push(await timeOnce(() => renderReport(ctx, prepareReport(ctx, request), { charts: { cache } })));
      reference.push(await timeOnce(() => floorOnce(floor)));
    }
    return { ours, reference };
  };

  return [
    {
      name: `management report, ${RESPONDENTS} respondents, 7 charts, fresh pictures`,
      referenceName: 'docx Packer + bare ECharts SSR + resvg, same content',
      goal: '< 1 s, ≤ 1.3×',
      measure: measure(false),
    },
    {
      name: `management report, ${RESPONDENTS} respondents, re-export (pictures cached)`,
      referenceName: 'docx Packer + bare ECharts SSR + resvg, same content',
      goal: '< 1 s, ≤ 1.3×',
      measure: measure(true),
    },
  ];
}
