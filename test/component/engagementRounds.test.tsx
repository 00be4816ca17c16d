import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createTestBackend } from './backend';
import { field } from './fields';
import { findPageTitle, renderApp } from './renderApp';
import { seedClient, seedEngagement, seedRound } from './seed';

/** Acme Hotels with an active diagnosis engagement. */
function acme() {
  const backend = createTestBackend();
  const clientId = seedClient(backend, { name: 'Acme Hotels' });
  const engagementId = seedEngagement(backend, clientId, {
    title: 'Diagnosis 2026',
    status: 'active',
    purpose: 'diagnosis',
  });
  return { backend, clientId, engagementId };
}

const roundRow = (name: string) =>
  screen.getAllByTestId('round-row').find((r) => within(r).queryByText(name)) as HTMLElement;

describe('engagement page', () => {
  it('opens from the client page and shows client, title, purpose and status', async () => {
    const { backend, clientId } = acme();
    const { user } = renderApp(`/clients/${clientId}`, backend);
    await findPageTitle('Acme Hotels');
    await user.click(screen.getByRole('link', { name: 'Diagnosis 2026' }));
    await findPageTitle('Diagnosis 2026');
    expect(screen.getByRole('link', { name: 'Acme Hotels' })).toBeTruthy();
    expect(screen.getAllByText('Active').length).toBeGreaterThan(0);
    expect(screen.getByRole('tab', { name: 'Overview', selected: true })).toBeTruthy();
    expect(screen.getAllByText('Diagnosis').length).toBeGreaterThan(0);
  });

  it('says what to do when there are no rounds, and creates a workshop round', async () => {
    const { backend, engagementId } = acme();
    const { user } = renderApp(`/engagements/${engagementId}/rounds`, backend);
    await findPageTitle('Diagnosis 2026');
    expect(await screen.findByText('No assessment rounds yet')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'New round' }));
    const dialog = await screen.findByRole('dialog', { name: 'New round' });
    expect((within(dialog).getByRole('radio', { name: /Workshop/ }) as HTMLInputElement).checked).toBe(true);
    await user.type(field('Date', dialog), '2026-04-02');
    await user.click(within(dialog).getByRole('button', { name: 'Create round' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(backend.callsOf('assessments.create')).toEqual([
      { engagementId, mode: 'workshop', heldOn: '2026-04-02', frameworkId: 'sx-default', language: 'en' },
    ]);
    const [round] = backend.run('assessments.list', { engagementId });
    const row = await screen.findByTestId('round-row');
    expect(within(row).getByText('Baseline')).toBeTruthy();
    expect(within(row).getByText('Draft')).toBeTruthy();
    expect(within(row).getByRole('link', { name: 'Workshop screen' }).getAttribute('href')).toBe(
      `/assessments/${round?.id}/workshop`,
    );
    expect(round).toMatchObject({ round: 'Baseline', mode: 'workshop', status: 'draft', heldOn: '2026-04-02' });
  });

  it('finalizes a round, and reopens it only with a reason', async () => {
    const { backend, engagementId } = acme();
    const roundId = seedRound(backend, engagementId, { mode: 'survey', label: 'Baseline', status: 'open' });
    const { user } = renderApp(`/engagements/${engagementId}/rounds`, backend);
    await findPageTitle('Diagnosis 2026');
    await user.click(await screen.findByRole('button', { name: 'Actions for Baseline' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Finalize round' }));
    const confirm = await screen.findByRole('dialog', { name: 'Finalize Baseline?' });
    await user.click(within(confirm).getByRole('button', { name: 'Finalize round' }));
    await waitFor(() => expect(roundRow('Baseline').dataset.status).toBe('finalized'));
    expect(backend.run('assessments.workspace', { id: roundId }).assessment.status).toBe('finalized');

    await user.click(screen.getByRole('button', { name: 'Actions for Baseline' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Reopen round' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reopen Baseline?' });
    await user.click(within(dialog).getByRole('button', { name: 'Reopen round' }));
    expect(backend.callsOf('assessments.reopen')).toEqual([]);
    await user.type(field('Reason', dialog), 'Two answers were typed in the wrong row');
    await user.click(within(dialog).getByRole('button', { name: 'Reopen round' }));
    await waitFor(() => expect(roundRow('Baseline').dataset.status).toBe('open'));
    expect(backend.callsOf('assessments.reopen')).toEqual([
      { id: roundId, reason: 'Two answers were typed in the wrong row' },
    ]);
    expect(backend.run('assessments.workspace', { id: roundId }).assessment.status).toBe('open');
  });

  it('manages the respondents of a round, warning that deleting one removes their answers', async () => {
    const { backend, engagementId } = acme();
    const roundId = seedRound(backend, engagementId, {
      mode: 'survey',
      label: 'Baseline',
      status: 'open',
      // Two answers: B1.Q1 and B1.Q2.
      respondents: [{ code: 'R01', role: 'staff', name: 'Jan', scores: (_, i) => [3, 4][i] }],
    });
    const { user } = renderApp(`/engagements/${engagementId}/rounds`, backend);
    await findPageTitle('Diagnosis 2026');
    await user.click(await screen.findByRole('button', { name: 'Actions for Baseline' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Respondents' }));
    const dialog = await screen.findByRole('dialog', { name: 'Respondents — Baseline' });
    expect(await within(dialog).findByText('R01')).toBeTruthy();

    await user.click(within(dialog).getByRole('button', { name: 'Add respondent' }));
    await user.type(field('Code', dialog), 'R01');
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    expect(await within(dialog).findByText('Already used in this round')).toBeTruthy();
    await user.clear(field('Code', dialog));
    await user.type(field('Code', dialog), 'R02');
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    expect(await within(dialog).findByText('R02')).toBeTruthy();
    expect(backend.callsOf('respondents.create')).toEqual([
      { assessmentId: roundId, code: 'R02', role: 'staff', name: null },
    ]);

    await user.click(within(dialog).getByRole('button', { name: 'Delete R01' }));
    const confirm = await screen.findByRole('dialog', { name: 'Delete R01?' });
    expect(within(confirm).getByText(/All 2 answers of this respondent are removed as well/)).toBeTruthy();
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(within(dialog).queryByText('R01')).toBeNull());
    const workspace = backend.run('assessments.workspace', { id: roundId });
    expect(workspace.respondents.map((r) => r.code)).toEqual(['R02']);
    expect(workspace.answers).toHaveLength(0);
  });

  it('links the in-progress engagements on Home to their pages', async () => {
    const { user } = renderApp('/', acme().backend);
    await findPageTitle('Home');
    await user.click(await screen.findByRole('link', { name: 'Diagnosis 2026' }));
    await findPageTitle('Diagnosis 2026');
  });
});
