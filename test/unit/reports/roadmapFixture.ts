import type { Language } from '../../../shared/domain/identifiers';
import { sxDefault } from '../../../shared/frameworks/sxDefault';
import { priorityScore, quadrantOf } from '../../../shared/roadmap/priority';
import type { Initiative, Roadmap } from '../../../shared/roadmap/schemas';
import type { RoadmapReportInput } from '../../../shared/reports/roadmap';

const baseline = { assessmentId: 'as_base', round: 'Nulmeting', heldOn: '2026-03-02' };
const followUp = { assessmentId: 'as_follow', round: 'Vervolgmeting', heldOn: '2026-10-12' };

function initiative(
  over: Partial<Initiative> & Pick<Initiative, 'id' | 'title' | 'blocks' | 'start' | 'end'>,
): Initiative {
  const impact = over.impact ?? 3;
  const effort = over.effort ?? 3;
  return {
    engagementId: 'en_1',
    description: null,
    elements: [],
    shifts: [],
    gap: null,
    owner: null,
    sponsor: null,
    status: 'planned',
    impact,
    effort,
    rank: null,
    priority: 1,
    priorityScore: priorityScore({
      impact,
      effort,
      gapScore: over.gap?.score ?? null,
      gapTarget: over.gap?.target ?? null,
    }),
    quadrant: quadrantOf(impact, effort),
    kpi: null,
    milestones: [],
    dependsOn: [],
    progress: 0,
    notes: null,
    fromSuggestion: null,
    history: [],
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    flags: { outsideHorizon: false, startsBeforeDependencyEnds: [] },
    movement: [],
    ...over,
  };
}

/** A roadmap of three initiatives after a follow-up round: one rose clearly, one depends on it, one is an idea. */
export function sampleRoadmap(): Roadmap {
  const listening = initiative({
    id: 'in_1',
    priority: 1,
    title: 'Eén luistersysteem over alle kanalen',
    description: 'Alle klantsignalen samen in één overzicht dat elke week wordt bekeken.',
    blocks: ['B5'],
    elements: ['B5.E1'],
    shifts: ['S4'],
    gap: { assessmentId: 'as_base', round: 'Nulmeting', block: 'B5', score: 2.4, target: 3.5 },
    owner: { contactId: 'ct_1', name: 'Anouk de Vries' },
    sponsor: { contactId: null, name: 'Directie' },
    start: '2027-Q1',
    end: '2027-Q3',
    status: 'in-progress',
    impact: 5,
    effort: 4,
    progress: 40,
    kpi: { name: 'Geanalyseerde klantsignalen', unit: 'per week', baseline: 12, target: 60 },
    milestones: [
      { id: 'ms_1', title: 'Bronnen in kaart', due: '2027-02-15', done: true },
      { id: 'ms_2', title: 'Eerste weekoverzicht', due: '2027-05-01', done: false },
    ],
    movement: [
      {
        block: 'B5',
        start: { ...baseline, score: 2.4 },
        now: { ...followUp, score: 3.1 },
        target: 3.5,
        delta: 0.7,
        change: 'rise',
        met: false,
      },
    ],
  });
  const journeys = initiative({
    id: 'in_2',
    priority: 2,
    title: 'De drie belangrijkste klantreizen herontwerpen',
    blocks: ['B6', 'B8'],
    gap: { assessmentId: 'as_base', round: 'Nulmeting', block: 'B6', score: 3.1, target: null },
    start: '2027-Q3',
    end: '2028-Q2',
    impact: 5,
    effort: 4,
    dependsOn: ['in_1'],
    flags: { outsideHorizon: false, startsBeforeDependencyEnds: ['in_1'] },
  });
  const panel = initiative({
    id: 'in_3',
    priority: 3,
    title: '=Klantpanel',
    blocks: ['B5'],
    start: '2028-Q3',
    end: '2029-Q2',
    status: 'idea',
    impact: 2,
    effort: 2,
    flags: { outsideHorizon: true, startsBeforeDependencyEnds: [] },
  });
  return {
    engagementId: 'en_1',
    framework: { id: sxDefault.id, version: sxDefault.version },
    horizon: { first: '2027-Q1', quarters: 8, last: '2028-Q4', saved: true },
    today: { date: '2026-11-22', quarter: '2026-Q4' },
    latestRound: followUp,
    targets: [
      { block: 'B5', from: 2.4, fromRound: baseline, target: 3.5, by: '2027-Q4', now: 3.1, met: false },
      { block: 'B9', from: 3.3, fromRound: baseline, target: 3.5, by: '2027-Q4', now: 3.6, met: true },
    ],
    initiatives: [listening, journeys, panel],
    dismissed: [],
  };
}

export function roadmapInput(language: Language = 'nl', roadmap: Roadmap = sampleRoadmap()): RoadmapReportInput {
  return {
    language,
    generatedOn: '2026-11-22',
    framework: sxDefault,
    roadmap,
    engagement: { title: 'Excellence programme 2026', clientName: 'Gemeente Voorbeeld', lead: 'Anna de Vries' },
    branding: { firmName: 'Thomassen & Partners', accent: '#1f4e79', font: 'Calibri', logo: null },
    warnings: [],
  };
}
