import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createTestBackend, type TestBackend } from './backend';
import { choose, field } from './fields';
import { findPageTitle, renderApp } from './renderApp';
import { seedClient, seedContact, seedEngagement, seedRound, setLanguage } from './seed';

/**
 * The Roadmap tab on the real backend (in-memory SQLite). The test clock stands at 22 November 2026, so the
 * default horizon runs from 2027-Q1 and accepted suggestions start there.
 */

function engagementWithRound(backend: TestBackend, options: { finalized?: boolean } = {}) {
  const clientId = seedClient(backend, { name: 'Zorggroep Oost' });
  seedContact(backend, clientId, { name: 'Anouk de Vries', email: null });
  const engagementId = seedEngagement(backend, clientId, { title: 'Transformatie 2027' });
  // B5 clearly lowest (2), B8 next (3), the rest 4.
  const score = (questionId: string) => (questionId.startsWith('B5.') ? 2 : questionId.startsWith('B8.') ? 3 : 4);
  const assessmentId = seedRound(backend, engagementId, {
    label: 'Nulmeting',
    heldOn: '2026-03-02',
    status: options.finalized === false ? 'open' : 'finalized',
    respondents: Array.from({ length: 6 }, (_, i) => ({
      code: `R${i + 1}`,
      role: i < 3 ? ('management' as const) : ('staff' as const),
      scores: (questionId: string) => score(questionId),
    })),
  });
  return { engagementId, assessmentId, clientId };
}

const initiatives = (backend: TestBackend, engagementId: string) =>
  backend.run('roadmap.get', { engagementId }).initiatives;

describe('the Roadmap tab', () => {
  it('says what it is for while no round is finalized, and adds an initiative through the form', async () => {
    const backend = createTestBackend();
    const { engagementId } = engagementWithRound(backend, { finalized: false });
    const { user } = renderApp(`/engagements/${engagementId}/roadmap`, backend);
    await findPageTitle('Transformatie 2027');
    expect(await screen.findByText('No roadmap yet')).toBeTruthy();
    expect(screen.getByText(/suggestions appear once a round of this engagement is finalized/)).toBeTruthy();
    expect(screen.getByText('Horizon: Q1 2027 – Q4 2028 (8 quarters)')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Add initiative' }));
    const dialog = await screen.findByRole('dialog', { name: 'New initiative' });
    await user.click(field('Title', dialog));
    await user.paste('Klachten analyseren op oorzaken');
    await choose(user, 'Building blocks', /^B5 /, dialog);
    await user.click(field('Owner', dialog));
    await user.paste('Anouk de Vries');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'New initiative' })).toBeNull());

    const [created] = initiatives(backend, engagementId);
    expect(created).toMatchObject({
      title: 'Klachten analyseren op oorzaken',
      blocks: ['B5'],
      start: '2027-Q1',
      end: '2027-Q2',
      owner: { name: 'Anouk de Vries' },
    });
    expect(created?.owner?.contactId).not.toBeNull();
    const bar = await screen.findByRole('button', {
      name: /^1\. Klachten analyseren op oorzaken, Q1 2027 – Q2 2027, Planned$/,
    });
    expect(bar.dataset.start).toBe('2027-Q1');
  });

  it('shows the server’s reason on the field when the end lies before the start', async () => {
    const backend = createTestBackend();
    const { engagementId } = engagementWithRound(backend, { finalized: false });
    const { user } = renderApp(`/engagements/${engagementId}/roadmap`, backend);
    await findPageTitle('Transformatie 2027');
    await user.click(await screen.findByRole('button', { name: 'Add initiative' }));
    const dialog = await screen.findByRole('dialog', { name: 'New initiative' });
    await user.click(field('Title', dialog));
    await user.paste('Te vroeg klaar');
    await choose(user, 'Building blocks', /^B1 /, dialog);
    await choose(user, 'End quarter', 'Q3 2026', dialog);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('The end date lies before the start date')).toBeTruthy();
    expect(initiatives(backend, engagementId)).toEqual([]);
  });

  it('offers suggestions from the finalized round, lowest block first; accepts one, dismisses and restores another', async () => {
    const backend = createTestBackend();
    const { engagementId } = engagementWithRound(backend);
    const { user } = renderApp(`/engagements/${engagementId}/roadmap`, backend);
    await findPageTitle('Transformatie 2027');
    const panel = await screen.findByTestId('suggestions');
    expect(within(panel).getByText('Suggestions from Nulmeting')).toBeTruthy();
    const cards = await within(panel).findAllByTestId('suggestion');
    expect(cards[0]?.textContent).toContain('B5 scores 2.0, the lowest block');
    expect(cards[1]?.textContent).toContain('B8 scores 3.0');

    const firstTitle = within(cards[0] as HTMLElement).getByRole('heading', { level: 3 }).textContent ?? '';
    await user.click(within(cards[0] as HTMLElement).getByRole('button', { name: /^Accept suggestion:/ }));
    await waitFor(() => expect(initiatives(backend, engagementId)).toHaveLength(1));
    expect(initiatives(backend, engagementId)[0]).toMatchObject({
      title: firstTitle,
      start: '2027-Q1',
      blocks: ['B5'],
    });
    await waitFor(() =>
      expect(within(panel).queryByRole('button', { name: `Accept suggestion: ${firstTitle}` })).toBeNull(),
    );

    const next = within(panel).getAllByTestId('suggestion')[0] as HTMLElement;
    const nextTitle = within(next).getByRole('heading', { level: 3 }).textContent ?? '';
    await user.click(within(next).getByRole('button', { name: `Dismiss suggestion: ${nextTitle}` }));
    await user.click(await within(panel).findByRole('button', { name: 'Show 1 dismissed suggestion' }));
    await user.click(await within(panel).findByRole('button', { name: `Restore suggestion: ${nextTitle}` }));
    await waitFor(() =>
      expect(within(panel).getByRole('button', { name: `Accept suggestion: ${nextTitle}` })).toBeTruthy(),
    );
  });

  it('moves a bar a quarter with the arrow keys, changes its end with Shift, and undoes both', async () => {
    const backend = createTestBackend();
    const { engagementId } = engagementWithRound(backend);
    const { id } = backend.run('initiatives.create', {
      engagementId,
      title: 'Eén luistersysteem',
      blocks: ['B5'],
      start: '2027-Q2',
      end: '2027-Q3',
    });
    renderApp(`/engagements/${engagementId}/roadmap`, backend);
    await findPageTitle('Transformatie 2027');
    const bar = () => document.querySelector<HTMLButtonElement>(`[data-bar-id="${id}"]`) as HTMLButtonElement;
    await waitFor(() => expect(bar()).toBeTruthy());

    bar().focus();
    fireEvent.keyDown(bar(), { key: 'ArrowRight' });
    await waitFor(() => expect(bar().dataset.start).toBe('2027-Q3'));
    expect(screen.getByTestId('timeline-announcement').textContent).toBe(
      '“Eén luistersysteem” moved to Q3 2027 – Q4 2027.',
    );
    fireEvent.keyDown(bar(), { key: 'ArrowRight', shiftKey: true });
    await waitFor(() => expect(bar().dataset.end).toBe('2028-Q1'));
    expect(initiatives(backend, engagementId)[0]).toMatchObject({ start: '2027-Q3', end: '2028-Q1' });

    fireEvent.keyDown(bar(), { key: 'z', ctrlKey: true });
    await waitFor(() => expect(bar().dataset.end).toBe('2027-Q4'));
    fireEvent.click(screen.getByTestId('timeline-undo'));
    await waitFor(() => expect(bar().dataset.start).toBe('2027-Q2'));
    expect(screen.getByTestId('timeline-announcement').textContent).toBe(
      'Undone: “Eén luistersysteem” back to Q2 2027 – Q3 2027.',
    );
    fireEvent.click(screen.getByTestId('timeline-redo'));
    await waitFor(() => expect(bar().dataset.start).toBe('2027-Q3'));
    expect(initiatives(backend, engagementId)[0]).toMatchObject({ start: '2027-Q3', end: '2027-Q4' });
  });

  it('shows the same initiatives in the matrix and in the list by status, and opens one with its evidence', async () => {
    const backend = createTestBackend();
    const { engagementId } = engagementWithRound(backend);
    backend.run('initiatives.create', {
      engagementId,
      title: 'Snel herstel',
      blocks: ['B8'],
      start: '2027-Q1',
      end: '2027-Q1',
      impact: 4,
      effort: 2,
    });
    backend.run('initiatives.create', {
      engagementId,
      title: 'Klantreizen herontwerpen',
      blocks: ['B6'],
      start: '2027-Q2',
      end: '2027-Q4',
      impact: 5,
      effort: 5,
      status: 'idea',
    });
    const { user } = renderApp(`/engagements/${engagementId}/roadmap`, backend);
    await findPageTitle('Transformatie 2027');
    await user.click(await screen.findByRole('radio', { name: 'Impact and effort' }));
    expect(within(screen.getByTestId('quadrant-quickWin')).getByText(/Snel herstel/)).toBeTruthy();
    expect(within(screen.getByTestId('quadrant-bigBet')).getByText(/Klantreizen herontwerpen/)).toBeTruthy();

    await user.click(screen.getByRole('radio', { name: 'List' }));
    expect(within(screen.getByTestId('status-idea')).getByText('Klantreizen herontwerpen')).toBeTruthy();
    await user.click(within(screen.getByTestId('status-planned')).getByRole('button', { name: 'Snel herstel' }));
    const detail = await screen.findByTestId('initiative-detail');
    expect(within(detail).getByText(/Starts from B8 at 3\.0 in Nulmeting/)).toBeTruthy();
    expect(within(detail).getByText('The next finalized round will show whether the scores moved.')).toBeTruthy();
  });

  it('reads in Dutch, with quarters as K1 2027', async () => {
    const backend = createTestBackend();
    setLanguage(backend, 'nl');
    const { engagementId } = engagementWithRound(backend);
    backend.run('initiatives.create', {
      engagementId,
      title: 'Luisteren',
      blocks: ['B5'],
      start: '2027-Q1',
      end: '2027-Q3',
    });
    renderApp(`/engagements/${engagementId}/roadmap`, backend);
    await findPageTitle('Transformatie 2027');
    expect(await screen.findByText('Horizon: K1 2027 – K4 2028 (8 kwartalen)')).toBeTruthy();
    expect(await screen.findByText('Suggesties uit de Nulmeting')).toBeTruthy();
    expect(screen.getByRole('button', { name: /^1\. Luisteren, K1 2027 – K3 2027, Gepland$/ })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Roadmap', selected: true })).toBeTruthy();
  });
});
