import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeApi } from './fakeApi';
import { field } from './fields';
import { findPageTitle, renderApp } from './legacyRenderApp';

const acme = (extra: Partial<ConstructorParameters<typeof FakeApi>[0]> = {}) =>
  new FakeApi({
    clients: [{ id: 'c1', name: 'Acme Hotels' }],
    engagements: [{ id: 'e1', clientId: 'c1', title: 'Diagnosis 2026', status: 'active', purpose: 'diagnosis' }],
    ...extra,
  });

const roundRow = (name: string) =>
  screen.getAllByTestId('round-row').find((r) => within(r).queryByText(name)) as HTMLElement;

describe('engagement page', () => {
  it('opens from the client page and shows client, title, purpose and status', async () => {
    const { user } = renderApp('/clients/c1', acme());
    await findPageTitle('Acme Hotels');
    await user.click(screen.getByRole('link', { name: 'Diagnosis 2026' }));
    await findPageTitle('Diagnosis 2026');
    expect(screen.getByRole('link', { name: 'Acme Hotels' })).toBeTruthy();
    expect(screen.getAllByText('Active').length).toBeGreaterThan(0);
    expect(screen.getByRole('tab', { name: 'Overview', selected: true })).toBeTruthy();
    expect(screen.getAllByText('Diagnosis').length).toBeGreaterThan(0);
  });

  it('says what to do when there are no rounds, and creates a workshop round', async () => {
    const { api, user } = renderApp('/engagements/e1/rounds', acme());
    await findPageTitle('Diagnosis 2026');
    expect(await screen.findByText('No assessment rounds yet')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'New round' }));
    const dialog = await screen.findByRole('dialog', { name: 'New round' });
    expect((within(dialog).getByRole('radio', { name: /Workshop/ }) as HTMLInputElement).checked).toBe(true);
    await user.type(field('Date', dialog), '2026-04-02');
    await user.click(within(dialog).getByRole('button', { name: 'Create round' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.callsOf('assessments.create')).toEqual([
      { engagementId: 'e1', mode: 'workshop', heldOn: '2026-04-02', frameworkId: 'sx-default', language: 'en' },
    ]);
    const row = await screen.findByTestId('round-row');
    expect(within(row).getByText('Baseline')).toBeTruthy();
    expect(within(row).getByText('Draft')).toBeTruthy();
    expect(within(row).getByRole('link', { name: 'Workshop screen' }).getAttribute('href')).toBe(
      `/assessments/${api.assessments[0]?.id}/workshop`,
    );
  });

  it('finalizes a round, and reopens it only with a reason', async () => {
    const api = acme({ assessments: [{ id: 'a1', engagementId: 'e1', mode: 'survey', round: 'Baseline' }] });
    const { user } = renderApp('/engagements/e1/rounds', api);
    await findPageTitle('Diagnosis 2026');
    await user.click(await screen.findByRole('button', { name: 'Actions for Baseline' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Finalize round' }));
    const confirm = await screen.findByRole('dialog', { name: 'Finalize Baseline?' });
    await user.click(within(confirm).getByRole('button', { name: 'Finalize round' }));
    await waitFor(() => expect(roundRow('Baseline').dataset.status).toBe('finalized'));

    await user.click(screen.getByRole('button', { name: 'Actions for Baseline' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Reopen round' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reopen Baseline?' });
    await user.click(within(dialog).getByRole('button', { name: 'Reopen round' }));
    expect(api.callsOf('assessments.reopen')).toEqual([]);
    await user.type(field('Reason', dialog), 'Two answers were typed in the wrong row');
    await user.click(within(dialog).getByRole('button', { name: 'Reopen round' }));
    await waitFor(() => expect(roundRow('Baseline').dataset.status).toBe('open'));
    expect(api.callsOf('assessments.reopen')).toEqual([
      { id: 'a1', reason: 'Two answers were typed in the wrong row' },
    ]);
  });

  it('manages the respondents of a round, warning that deleting one removes their answers', async () => {
    const api = acme({
      assessments: [{ id: 'a1', engagementId: 'e1', mode: 'survey', round: 'Baseline' }],
      respondents: [{ id: 'r1', assessmentId: 'a1', code: 'R01', role: 'staff', name: 'Jan' }],
      answers: [
        { respondentId: 'r1', questionId: 'B1.Q1', score: 3 },
        { respondentId: 'r1', questionId: 'B1.Q2', score: 4 },
      ],
    });
    const { user } = renderApp('/engagements/e1/rounds', api);
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
    expect(api.callsOf('respondents.create')).toEqual([{ assessmentId: 'a1', code: 'R02', role: 'staff', name: null }]);

    await user.click(within(dialog).getByRole('button', { name: 'Delete R01' }));
    const confirm = await screen.findByRole('dialog', { name: 'Delete R01?' });
    expect(within(confirm).getByText(/All 2 answers of this respondent are removed as well/)).toBeTruthy();
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(within(dialog).queryByText('R01')).toBeNull());
    expect(api.answers).toHaveLength(0);
  });

  it('links the in-progress engagements on Home to their pages', async () => {
    const { user } = renderApp('/', acme());
    await findPageTitle('Home');
    await user.click(await screen.findByRole('link', { name: 'Diagnosis 2026' }));
    await findPageTitle('Diagnosis 2026');
  });
});
