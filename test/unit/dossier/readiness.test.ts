import { describe, expect, it } from 'vitest';
import { addMonths, checkReadiness, type ReadinessInput } from '../../../shared/dossier/readiness';
import type { SchemeFile } from '../../../shared/dossier/scheme';

/** A scheme of one element with two parts: small enough to name every check. */
const scheme: Pick<SchemeFile, 'parts' | 'elements' | 'rules'> = {
  elements: [{ id: 'B1', name: { nl: 'Visie', en: 'Vision' } }],
  parts: [
    {
      id: 'profile',
      element: null,
      aspect: 'profile',
      title: { nl: 'Profiel', en: 'Profile' },
      guidance: { nl: 'x', en: 'x' },
      required: true,
      limit: { unit: 'words', max: 5 },
      needsEvidence: false,
    },
    {
      id: 'B1.approach',
      element: 'B1',
      aspect: 'approach',
      title: { nl: 'Aanpak', en: 'Approach' },
      guidance: { nl: 'x', en: 'x' },
      required: true,
      limit: { unit: 'characters', max: 100 },
      needsEvidence: true,
    },
    {
      id: 'B1.extra',
      element: 'B1',
      aspect: 'other',
      title: { nl: 'Extra', en: 'Extra' },
      guidance: { nl: 'x', en: 'x' },
      required: false,
      limit: null,
      needsEvidence: true,
    },
  ],
  rules: { evidenceWindowMonths: 36, keyResultsMin: 1, keyResultMinPoints: 3, justificationRequired: true },
};

const complete = (): ReadinessInput => ({
  scheme,
  texts: new Map([
    ['profile', 'Wij zijn een woningcorporatie.'],
    ['B1.approach', 'De visie is met huurders opgesteld.'],
  ]),
  ratings: new Map([['B1', { score: 3, justification: 'Breed gedragen.' }]]),
  evidence: [{ id: 'ev_1', date: '2025-03-01', validUntil: null, parts: ['B1.approach'], file: 'ok' }],
  keyResults: [
    {
      id: 'kr_1',
      points: [{}, {}, {}],
      target: 8,
      comparison: { kind: 'external', value: 7.5, source: 'Aedes' },
      explanation: null,
    },
  ],
  referenceDate: '2026-11-01',
});

const reasons = (input: ReadinessInput) => checkReadiness(input).missing.map((m) => `${m.part} ${m.reason}`);

describe('the readiness check', () => {
  it('is 100 with nothing missing when every rule is met', () => {
    const r = checkReadiness(complete());
    expect(r.missing).toEqual([]);
    expect(r.readiness).toBe(100);
    expect(r.window).toEqual({ from: '2023-11-01', referenceDate: '2026-11-01' });
  });

  it('lists a required part not written, and skips an optional one not written', () => {
    const input = complete();
    (input.texts as Map<string, string>).delete('profile');
    expect(reasons(input)).toEqual(['profile part_missing']);
    expect(checkReadiness(input).readiness).toBeLessThan(100);
  });

  it('counts a limit in words or characters, with the count and the limit in the entry', () => {
    const input = complete();
    (input.texts as Map<string, string>).set('profile', 'een twee drie vier vijf zes');
    (input.texts as Map<string, string>).set('B1.approach', 'x'.repeat(101));
    const r = checkReadiness(input);
    expect(r.missing).toEqual([
      { part: 'profile', reason: 'part_too_long', params: { count: 6, limit: 5, unit: 'words' } },
      { part: 'B1.approach', reason: 'part_too_long', params: { count: 101, limit: 100, unit: 'characters' } },
    ]);
  });

  it('asks evidence for a part that claims something once it is written, optional parts included', () => {
    const input = complete();
    input.evidence = [];
    (input.texts as Map<string, string>).set('B1.extra', 'Ook dit.');
    expect(reasons(input)).toEqual(['B1.approach evidence_missing', 'B1.extra evidence_missing']);
  });

  it('flags evidence dated before the window, counted in months from the reference date', () => {
    const input = complete();
    input.evidence = [{ id: 'ev_old', date: '2023-10-31', validUntil: null, parts: ['B1.approach'], file: 'ok' }];
    const r = checkReadiness(input);
    expect(r.missing).toEqual([
      {
        part: 'B1.approach',
        reason: 'evidence_outside_window',
        evidenceId: 'ev_old',
        params: { date: '2023-10-31', from: '2023-11-01' },
      },
    ]);
    input.evidence = [{ ...input.evidence[0]!, date: '2023-11-01' }];
    expect(reasons(input)).toEqual([]);
  });

  it('flags expired evidence, and warns of evidence expiring within three months', () => {
    const input = complete();
    input.evidence = [
      { id: 'ev_1', date: '2025-03-01', validUntil: '2026-10-31', parts: ['B1.approach'], file: 'ok' },
      { id: 'ev_2', date: '2025-03-01', validUntil: '2026-12-15', parts: ['B1.approach'], file: 'ok' },
    ];
    const r = checkReadiness(input);
    expect(r.missing.map((m) => `${m.evidenceId} ${m.reason}`)).toEqual(['ev_1 evidence_expired']);
    expect(r.warnings).toEqual([{ reason: 'evidence_expiring', evidenceId: 'ev_2' }]);
  });

  it('never counts a missing or changed file as evidence', () => {
    const input = complete();
    input.evidence = [
      { id: 'ev_1', date: '2025-03-01', validUntil: null, parts: ['B1.approach'], file: 'missing' },
      { id: 'ev_2', date: '2025-03-01', validUntil: null, parts: ['B1.approach'], file: 'changed' },
    ];
    expect(reasons(input)).toEqual(['B1.approach evidence_file_missing', 'B1.approach evidence_file_changed']);
  });

  it('warns of evidence linked to no part and of evidence dated after the reference date', () => {
    const input = complete();
    input.evidence = [
      ...input.evidence,
      { id: 'ev_loose', date: '2026-12-01', validUntil: null, parts: [], file: 'ok' },
    ];
    expect(checkReadiness(input).warnings).toEqual([
      { reason: 'evidence_unlinked', evidenceId: 'ev_loose' },
      { reason: 'evidence_dated_ahead', evidenceId: 'ev_loose' },
    ]);
  });

  it('asks every element rated with a justification, unless the scheme asks no justification', () => {
    const input = complete();
    input.ratings = new Map([['B1', { score: 3, justification: '  ' }]]);
    expect(reasons(input)).toEqual(['B1 justification_missing']);
    input.ratings = new Map();
    expect(reasons(input)).toEqual(['B1 rating_missing']);
    input.scheme = { ...scheme, rules: { ...scheme.rules, justificationRequired: false } };
    input.ratings = new Map([['B1', { score: 3, justification: '' }]]);
    expect(reasons(input)).toEqual([]);
  });

  it('asks a key result for enough points, a target and a comparison or an explanation', () => {
    const input = complete();
    input.keyResults = [{ id: 'kr_1', points: [{}, {}], target: null, comparison: null, explanation: null }];
    expect(checkReadiness(input).missing).toEqual([
      { part: 'keyResults', reason: 'key_result_points', keyResultId: 'kr_1', params: { count: 2, min: 3 } },
      { part: 'keyResults', reason: 'key_result_target', keyResultId: 'kr_1' },
      { part: 'keyResults', reason: 'key_result_comparison', keyResultId: 'kr_1' },
    ]);
    input.keyResults = [
      { ...input.keyResults[0]!, points: [{}, {}, {}], target: 8, explanation: 'Geen branchecijfer.' },
    ];
    expect(reasons(input)).toEqual([]);
  });

  it('asks the scheme’s number of key results', () => {
    const input = complete();
    input.keyResults = [];
    expect(checkReadiness(input).missing).toEqual([
      { part: 'keyResults', reason: 'key_results_missing', params: { count: 0, min: 1 } },
    ]);
  });

  it('gives the share of checks that pass, never 100 while something is missing', () => {
    const input = complete();
    input.ratings = new Map();
    const r = checkReadiness(input);
    expect(r.checks.total).toBe(r.checks.passed + 1);
    expect(r.readiness).toBe(Math.floor((100 * r.checks.passed) / r.checks.total));
    expect(r.readiness).toBeLessThan(100);
  });
});

describe('addMonths', () => {
  it('keeps the day where the month has it, else takes the month’s last day', () => {
    expect(addMonths('2026-11-01', -36)).toBe('2023-11-01');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2026-01-15', -13)).toBe('2024-12-15');
  });
});
