import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NOTES_MAX_CHARS } from '../../shared/reports/schemas';
import { createTestBackend } from './backend';
import { renderApp } from './renderApp';
import { seedClient, seedEngagement, seedRound, setLanguage } from './seed';

/** A round of five managers and three staff who answered B1 and B2. */
function roundWithAnswers(language: 'nl' | 'en') {
  const backend = createTestBackend();
  setLanguage(backend, language);
  const engagementId = seedEngagement(backend, seedClient(backend, { name: 'Acme Hotels' }), {
    title: 'Diagnosis 2026',
    status: 'active',
  });
  const scores = (score: number) => (q: string) => (q.startsWith('B1.') || q.startsWith('B2.') ? score : undefined);
  const roundId = seedRound(backend, engagementId, {
    label: 'Nulmeting',
    heldOn: '2026-10-05',
    status: 'open',
    respondents: [
      ...['M1', 'M2', 'M3', 'M4', 'M5'].map((code) => ({ code, role: 'management' as const, scores: scores(4) })),
      ...['S1', 'S2', 'S3'].map((code) => ({ code, role: 'staff' as const, scores: scores(2) })),
    ],
  });
  const view = renderApp(`/engagements/${engagementId}/results?round=${roundId}`, backend);
  return { ...view, roundId };
}

describe('key messages and recommendations on the results screen', () => {
  it('start as a draft from the numbers, refuse an invited count below the respondents, and save in Dutch', async () => {
    const { backend, user, roundId } = roundWithAnswers('nl');
    const section = await screen.findByTestId('round-notes', {}, { timeout: 5000 });
    const keyMessages = await within(section).findByRole('textbox', { name: 'Kernboodschappen' });
    expect((keyMessages as HTMLTextAreaElement).value).toMatch(/^- De totaalscore is \d,\d/);
    expect(within(section).getByText(/Nog niet opgeslagen: een opzet vanuit de cijfers/)).toBeTruthy();

    const management = within(section).getByRole('textbox', { name: 'Management' });
    await user.type(management, '4');
    await user.click(within(section).getByRole('button', { name: 'Opslaan' }));
    expect(
      await within(section).findByText('Minder dan het aantal respondenten van deze rol in de meting'),
    ).toBeTruthy();
    expect(backend.run('reports.notes', { assessmentId: roundId }).notes.nl).toBeNull();
    expect(backend.run('reports.notes', { assessmentId: roundId }).invited).toEqual({});

    await user.clear(management);
    await user.type(management, '6');
    await user.clear(keyMessages);
    await user.type(keyMessages, 'Gasten staan centraal.');
    await user.click(within(section).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() =>
      expect(backend.run('reports.notes', { assessmentId: roundId }).notes.nl?.keyMessages).toBe(
        'Gasten staan centraal.',
      ),
    );
    expect(backend.run('reports.notes', { assessmentId: roundId }).invited).toEqual({ management: 6 });
    expect(backend.run('reports.notes', { assessmentId: roundId }).notes.en).toBeNull();

    // The draft can be had again; it replaces the text on screen only.
    await user.click(within(section).getByRole('button', { name: 'Vullen vanuit de cijfers' }));
    expect((keyMessages as HTMLTextAreaElement).value).toMatch(/^- De totaalscore/);
  }, 30_000);

  it('refuse key messages over the limit on the field, before anything reaches the server', async () => {
    const { backend, user } = roundWithAnswers('en');
    const section = await screen.findByTestId('round-notes', {}, { timeout: 5000 });
    const keyMessages = await within(section).findByRole('textbox', { name: 'Key messages' });
    await user.clear(keyMessages);
    await user.click(keyMessages);
    await user.paste('x'.repeat(NOTES_MAX_CHARS + 1));
    await user.click(within(section).getByRole('button', { name: 'Save' }));
    expect(await within(section).findByText(`Too long (at most ${NOTES_MAX_CHARS} characters)`)).toBeTruthy();
    expect(backend.callsOf('reports.saveNotes')).toEqual([]);
  }, 30_000);
});
