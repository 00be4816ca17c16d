import { describe, expect, it } from 'vitest';
import { type LatestRound, nextStep } from '../../../shared/clients/nextStep';

const today = '2026-11-22';
const round = (r: Partial<LatestRound>): LatestRound => ({
  id: 'as_1',
  round: 'Baseline',
  mode: 'survey',
  status: 'open',
  answered: false,
  finalizedAt: null,
  exportedAt: null,
  ...r,
});

describe("an engagement's next step", () => {
  it('asks to plan a planned engagement and to prepare the first round of an active one', () => {
    expect(nextStep({ status: 'planned', endsOn: null, latestRound: null }, today)).toBe('planEngagement');
    expect(nextStep({ status: 'active', endsOn: null, latestRound: null }, today)).toBe('startAssessment');
  });

  it('asks to close an active engagement past its end date that never had a round', () => {
    expect(nextStep({ status: 'active', endsOn: '2026-11-21', latestRound: null }, today)).toBe('closeEngagement');
    expect(nextStep({ status: 'active', endsOn: today, latestRound: null }, today)).toBe('startAssessment');
  });

  it('asks for the workshop or the responses of a round without answers, by its mode', () => {
    expect(nextStep({ status: 'active', endsOn: null, latestRound: round({ mode: 'workshop' }) }, today)).toBe(
      'holdWorkshop',
    );
    expect(nextStep({ status: 'active', endsOn: null, latestRound: round({ status: 'draft' }) }, today)).toBe(
      'importResponses',
    );
  });

  it('asks to finalize a round that has answers, also when an earlier round was finalized', () => {
    const second = round({ id: 'as_2', round: 'Follow-up 1', answered: true });
    expect(nextStep({ status: 'active', endsOn: null, latestRound: second }, today)).toBe('finalizeRound');
  });

  it('asks for the report of a finalized round until one was exported after it was finalized', () => {
    const finalized = round({ status: 'finalized', answered: true, finalizedAt: '2026-11-01T10:00:00Z' });
    expect(nextStep({ status: 'active', endsOn: null, latestRound: finalized }, today)).toBe('exportReport');
    const reportedEarlier = { ...finalized, exportedAt: '2026-10-30T09:00:00Z' };
    expect(nextStep({ status: 'active', endsOn: null, latestRound: reportedEarlier }, today)).toBe('exportReport');
    const reported = { ...finalized, exportedAt: '2026-11-02T09:00:00Z' };
    expect(nextStep({ status: 'active', endsOn: null, latestRound: reported }, today)).toBe('planNextRound');
    expect(nextStep({ status: 'active', endsOn: '2026-11-15', latestRound: reported }, today)).toBe('closeEngagement');
  });
});
