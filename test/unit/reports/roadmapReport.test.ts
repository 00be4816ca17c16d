import { describe, expect, it } from 'vitest';
import { buildManagementReport } from '../../../shared/reports/management';
import type { ReportBlock, ReportDocument } from '../../../shared/reports/model';
import { buildRoadmapReport, roadmapFileName } from '../../../shared/reports/roadmap';
import { reportInput } from './reportFixture';
import { roadmapInput, sampleRoadmap } from './roadmapFixture';

type Table = Extract<ReportBlock, { kind: 'table' }>;

function textOf(doc: ReportDocument): string {
  return doc.body
    .map((b) => {
      switch (b.kind) {
        case 'heading':
          return b.text;
        case 'paragraph':
          return b.content.map((c) => (typeof c === 'string' ? c : c.text)).join('');
        case 'bullets':
          return b.items.map((i) => i.map((c) => (typeof c === 'string' ? c : c.text)).join('')).join('\n');
        case 'table':
          return [b.caption, ...b.columns.map((c) => c.header), ...b.rows.flat().map((c) => c.text), b.note ?? ''].join(
            '\n',
          );
        case 'chart':
          return `${b.caption}\n${b.alt}`;
        case 'absent':
          return `${b.caption}\n${b.reason}`;
        case 'toc':
          return b.title;
      }
    })
    .join('\n');
}

const headings = (doc: ReportDocument, level: number) =>
  doc.body.flatMap((b) => (b.kind === 'heading' && b.level === level ? [b.text] : []));

describe('the roadmap document', () => {
  it('has a summary, the timeline, the initiatives per quarter, one part per initiative and the method', () => {
    const doc = buildRoadmapReport(roadmapInput('nl'));
    expect(doc.kind).toBe('roadmap');
    expect(headings(doc, 1)).toEqual([
      'Samenvatting',
      'Tijdlijn',
      'Initiatieven per kwartaal',
      'De initiatieven',
      'Zo is de roadmap opgebouwd',
    ]);
    expect(headings(doc, 2)).toEqual([
      'Start in K1 2027',
      'Start in K3 2027',
      'Start in K3 2028',
      '1. Eén luistersysteem over alle kanalen',
      '2. De drie belangrijkste klantreizen herontwerpen',
      '3. =Klantpanel',
      'Prioriteit',
      'Effect en inspanning',
      'Voortgang over meetrondes',
    ]);
    const chart = doc.body.find((b) => b.kind === 'chart');
    expect(chart?.kind === 'chart' && chart.chart.builder).toBe('roadmapTimeline');
    expect(doc.cover.facts.map((f) => f.value)).toEqual([
      'Gemeente Voorbeeld',
      'Excellence programme 2026',
      'K1 2027 – K4 2028',
      'Vervolgmeting',
      '22 november 2026',
      'Anna de Vries',
      'Thomassen & Partners',
    ]);
  });

  it('gives each initiative its owner, KPI, milestones, dependencies and the link to the diagnosis', () => {
    const text = textOf(buildRoadmapReport(roadmapInput('nl')));
    expect(text).toContain('Anouk de Vries');
    expect(text).toContain('Geanalyseerde klantsignalen – uitgangswaarde 12 per week, doel 60 per week');
    expect(text).toContain('Bronnen in kaart');
    expect(text).toContain('15 februari 2027');
    expect(text).toContain(
      'Vertrekt van B5 Klantbehoeften, -verwachtingen en -wensen begrijpen op 2,4 in de Nulmeting; het doel is 3,5.',
    );
    expect(text).toContain(
      'B5: 2,4 in de Nulmeting → 3,1 in de Vervolgmeting, een duidelijke stijging; doel 3,5 nog niet gehaald.',
    );
    expect(text).toContain(
      'Hangt af van: 1. Eén luistersysteem over alle kanalen. Het begint voordat 1. Eén luistersysteem over alle kanalen klaar is.',
    );
    expect(text).toContain('Dit initiatief valt deels buiten de horizon van de roadmap.');
    expect(text).toContain('effect 5, inspanning 4 (op 5): Grote stap');
    expect(text).toContain('Daarvan is 1 een idee, is 1 gepland en is 1 in uitvoering.');
  });

  it('reads in English with the same structure', () => {
    const doc = buildRoadmapReport(roadmapInput('en'));
    const text = textOf(doc);
    expect(headings(doc, 1)[0]).toBe('Summary');
    expect(text).toContain('B5: 2.4 in Nulmeting → 3.1 in Vervolgmeting, a clear rise; target 3.5 not yet met.');
    expect(text).toContain('Of these, 1 is an idea, 1 is planned and 1 is in progress.');
    expect(doc.title).toBe('Transformation roadmap');
  });

  it('shows block targets with their start, the latest score and whether they are met', () => {
    const doc = buildRoadmapReport(roadmapInput('en'));
    const targets = doc.body.find((b): b is Table => b.kind === 'table' && b.id === 'targets');
    expect(targets?.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['B5 Understanding customer needs, expectations and desires', '2.40', '3.10', '3.50', 'Q4 2027', 'no'],
      ['B9 Monitoring service excellence activities and results', '3.30', '3.60', '3.50', 'Q4 2027', 'yes'],
    ]);
  });

  it('says so when the roadmap is empty, without a chart', () => {
    const empty = { ...sampleRoadmap(), initiatives: [], targets: [] };
    const doc = buildRoadmapReport(roadmapInput('en', empty));
    expect(doc.body.some((b) => b.kind === 'chart')).toBe(false);
    expect(textOf(doc)).toContain('The roadmap holds no initiatives yet.');
  });

  it('names its file after the client and the engagement', () => {
    expect(roadmapFileName(roadmapInput('nl'), 'xlsx')).toBe(
      'Gemeente Voorbeeld – Excellence programme 2026 – roadmap – 2026-11-22.xlsx',
    );
  });
});

describe('the management report with a roadmap', () => {
  it('gains a short roadmap section, and none without initiatives', () => {
    const withRoadmap = buildManagementReport(reportInput({ roadmap: sampleRoadmap() }, 'en'));
    const without = buildManagementReport(reportInput({}, 'en'));
    expect(headings(withRoadmap, 1)).toContain('Roadmap');
    expect(headings(without, 1)).not.toContain('Roadmap');
    const text = textOf(withRoadmap);
    expect(text).toContain(
      'The roadmap drawn up with this diagnosis holds 3 initiatives, planned from Q1 2027 to Q4 2028',
    );
    expect(text).toContain('One of the 2 block targets is met: B9 (3.6 ≥ 3.5).');
  });
});
