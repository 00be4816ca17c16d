import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestBackend, type TestBackend } from './backend';
import { field } from './fields';
import { findPageTitle, renderApp } from './renderApp';
import { seedClient, seedEngagement, seedRound } from './seed';

/**
 * The Dossier tab on the real backend (in-memory SQLite, evidence files in a temporary folder), on the
 * built-in scheme sx-recognition: the profile counts words (1,200 at most), B1's deployment characters
 * (2,500 at most), ratings run 1–5 with a justification required.
 */

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

function world(): { backend: TestBackend; engagementId: string } {
  const backend = createTestBackend();
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sxw-dossier-ui-'));
  folders.push(folder);
  backend.ctx.evidenceFolder = folder;
  const engagementId = seedEngagement(backend, seedClient(backend, { name: 'Zorggroep Oost' }), {
    title: 'Erkenning 2027',
    purpose: 'external-recognition',
  });
  return { backend, engagementId };
}

const dossier = (backend: TestBackend, engagementId: string) => backend.run('dossier.get', { engagementId });
const readiness = () => Number(screen.getByTestId('dossier-readiness').dataset.readiness);

async function open(path: string, backend: TestBackend) {
  const app = renderApp(path, backend);
  await findPageTitle('Erkenning 2027');
  await screen.findByTestId('dossier-tab');
  return app;
}

describe('the Dossier tab', () => {
  it('counts a part live against its limit, refuses to save a text over it with the service’s count, and saves it once shortened', async () => {
    const { backend, engagementId } = world();
    const { user } = await open(`/engagements/${engagementId}/dossier`, backend);

    // The profile opens first; it counts words.
    const editor = await screen.findByTestId('part-editor');
    expect(editor.dataset.part).toBe('profile');
    expect(within(editor).getByTestId('part-guidance').textContent).toMatch(/^Introduce the organisation/);
    await user.click(field('Text of Organisation profile'));
    await user.paste('Wij zijn een zorggroep met twaalf locaties.');
    expect(within(editor).getByTestId('part-count').textContent).toBe('7 of 1,200 words');
    expect(screen.getByTestId('dossier-outline').querySelector('[data-part="profile"]')?.textContent).toContain(
      'not saved',
    );
    const before = readiness();
    await user.click(within(editor).getByRole('button', { name: 'Save text' }));
    await waitFor(() =>
      expect(dossier(backend, engagementId).parts[0]?.text).toBe('Wij zijn een zorggroep met twaalf locaties.'),
    );
    await waitFor(() => expect(readiness()).toBeGreaterThan(before));

    // B1's deployment counts characters, 2,500 at most.
    await user.click(
      within(screen.getByTestId('dossier-outline')).getAllByRole('button', { name: /Deployment/ })[0] as HTMLElement,
    );
    const deployment = await screen.findByTestId('part-editor');
    await waitFor(() => expect(screen.getByTestId('part-editor').dataset.part).toBe('B1.deployment'));
    const text = field('Text of B1 Service excellence vision, mission and strategy – deployment');
    await user.click(text);
    await user.paste('x'.repeat(2_600));
    expect(within(deployment).getByTestId('part-count').textContent).toBe('2,600 of 2,500 characters');
    expect(within(deployment).getByText('100 over the limit')).toBeTruthy();
    await user.click(within(deployment).getByRole('button', { name: 'Save text' }));
    expect((await within(deployment).findByTestId('part-refused')).textContent).toBe(
      'Not saved: the text is 2,600 characters and the scheme allows 2,500. Shorten it and save again.',
    );
    expect(dossier(backend, engagementId).parts.find((p) => p.id === 'B1.deployment')?.text).toBe('');

    await user.clear(text);
    await user.paste('Sinds 2024 in alle teams.');
    expect(within(deployment).queryByTestId('part-refused')).toBeNull();
    await user.click(within(deployment).getByRole('button', { name: 'Save text' }));
    await waitFor(() =>
      expect(dossier(backend, engagementId).parts.find((p) => p.id === 'B1.deployment')?.status).toBe('needs_evidence'),
    );
    await waitFor(() =>
      expect(
        screen.getByTestId('dossier-outline').querySelector<HTMLElement>('[data-part="B1.deployment"]')?.dataset.status,
      ).toBe('needs_evidence'),
    );
  });

  it('rates an element on the scheme’s scale with its justification, its findings drafted from the latest round', async () => {
    const { backend, engagementId } = world();
    seedRound(backend, engagementId, {
      label: 'Nulmeting',
      heldOn: '2026-03-02',
      status: 'finalized',
      respondents: Array.from({ length: 4 }, (_, i) => ({
        code: `R${i + 1}`,
        role: 'staff' as const,
        scores: (_q: string, index: number) => 2 + (index % 3),
      })),
    });
    const { user } = await open(`/engagements/${engagementId}/dossier?part=B3`, backend);
    const panel = await screen.findByTestId('element-panel');
    expect(panel.dataset.element).toBe('B3');
    expect(field('Strengths', panel).value).toMatch(/^Strongest elements in Nulmeting: /);
    expect(within(panel).getByText('Drafted from the latest finalized round; edit before you save.')).toBeTruthy();
    await user.click(within(panel).getByRole('radio', { name: '4' }));
    expect(within(panel).getByTestId('element-rating-label').textContent).toBe('Advanced');
    await user.click(field('Justification', panel));
    await user.paste('Waarden staan in elk teamoverleg op de agenda.');
    await user.clear(field('Strengths', panel));
    await user.paste('Gedeelde waarden');
    await user.click(within(panel).getByRole('button', { name: 'Save rating and findings' }));
    await waitFor(() =>
      expect(dossier(backend, engagementId).elements.find((e) => e.id === 'B3')).toMatchObject({
        rating: { score: 4, justification: 'Waarden staan in elk teamoverleg op de agenda.' },
        strengths: 'Gedeelde waarden',
      }),
    );
    await waitFor(() =>
      expect(screen.getByTestId('dossier-outline').querySelector<HTMLElement>('[data-part="B3"]')?.dataset.status).toBe(
        'rated',
      ),
    );
  });

  it('adds evidence through the dialog linked to the open part, and the part and readiness follow', async () => {
    const { backend, engagementId } = world();
    backend.run('dossier.setText', {
      engagementId,
      partId: 'B2.approach',
      text: 'Leidinggevenden geven het voorbeeld.',
    });
    const { user } = await open(`/engagements/${engagementId}/dossier?part=B2.approach`, backend);
    const editor = await screen.findByTestId('part-editor');
    expect(within(editor).getByTestId('part-status').textContent).toBe('Needs evidence');
    const before = readiness();

    await user.click(within(editor).getByRole('button', { name: 'Add evidence' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add evidence' });
    const input = dialog.querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(input, new File(['%PDF-1.4 leiderschapsprogramma'], 'Leiderschapsprogramma.pdf'));
    expect(field('Title', dialog).value).toBe('Leiderschapsprogramma');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Add evidence' })).toBeNull());

    const [item] = dossier(backend, engagementId).evidence;
    expect(item).toMatchObject({ number: 1, title: 'Leiderschapsprogramma', parts: ['B2.approach'], file: 'ok' });
    await waitFor(() => expect(within(editor).getByTestId('part-status').textContent).toBe('Complete'));
    expect(within(within(editor).getByTestId('part-evidence')).getByText('E001 Leiderschapsprogramma')).toBeTruthy();
    const row = within(screen.getByTestId('evidence-register')).getByTestId('evidence-row');
    expect(row.textContent).toContain('Leiderschapsprogramma.pdf');
    expect(row.textContent).toContain('B2.approach');
    expect(readiness()).toBeGreaterThan(before);

    // Linked to a second part from that part's editor.
    await user.click(
      within(screen.getByTestId('dossier-outline')).getAllByRole('button', { name: /Deployment/ })[1] as HTMLElement,
    );
    await waitFor(() => expect(screen.getByTestId('part-editor').dataset.part).toBe('B2.deployment'));
    const deployment = screen.getByTestId('part-editor');
    await user.click(field('Link evidence', deployment));
    await user.click(await screen.findByRole('option', { name: 'E001 Leiderschapsprogramma' }));
    await waitFor(() =>
      expect(dossier(backend, engagementId).evidence[0]?.parts).toEqual(['B2.approach', 'B2.deployment']),
    );
  });

  it('leads from a missing entry of the readiness list to its place', async () => {
    const { backend, engagementId } = world();
    const { user } = await open(`/engagements/${engagementId}/dossier`, backend);
    const missing = await screen.findByTestId('readiness-missing');
    expect(within(missing).getByRole('button', { name: 'Organisation profile: not written yet.' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /^Show all \d+$/ }));
    await user.click(
      within(missing).getByRole('button', { name: 'B7 Service innovation management: no self-rating yet.' }),
    );
    await waitFor(() => expect(screen.getByTestId('element-panel').dataset.element).toBe('B7'));
    await user.click(
      within(missing).getByRole('button', { name: /^B4 .* – review and improvement: not written yet\.$/ }),
    );
    await waitFor(() => expect(screen.getByTestId('part-editor').dataset.part).toBe('B4.review'));
    expect(
      screen.getByTestId('dossier-outline').querySelector('[data-part="B4.review"]')?.getAttribute('aria-current'),
    ).toBe('location');
  });
  it('records a key result with its series, target and an external comparison; a period given twice is refused on the series', async () => {
    const { backend, engagementId } = world();
    const { user } = await open(`/engagements/${engagementId}/dossier?part=keyResults`, backend);
    await user.click(await screen.findByRole('button', { name: 'Add key result' }));
    const dialog = await screen.findByRole('dialog', { name: 'New key result' });
    await user.click(field('Indicator', dialog));
    await user.paste('Klanttevredenheid');
    const periods = () => within(dialog).getAllByLabelText('Period');
    const values = () => within(dialog).getAllByLabelText('Value');
    for (const [i, [period, value]] of [
      ['2023', '72'],
      ['2024', '74'],
      ['2024', '78'],
    ].entries()) {
      if (i > 0) await user.click(within(dialog).getByRole('button', { name: 'Add period' }));
      await user.click(periods()[i] as HTMLElement);
      await user.paste(period as string);
      await user.click(values()[i] as HTMLElement);
      await user.paste(value as string);
    }
    await user.click(field('Target', dialog));
    await user.paste('80');
    await user.click(within(dialog).getByText('External source'));
    await user.click(field('Comparison value', dialog));
    await user.paste('75');
    await user.click(field('Source', dialog));
    await user.paste('Benchmark zorg 2025');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('Each period once')).toBeTruthy();
    expect(dossier(backend, engagementId).keyResults).toEqual([]);

    await user.clear(periods()[2] as HTMLElement);
    await user.paste('2025');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'New key result' })).toBeNull());
    expect(dossier(backend, engagementId).keyResults).toMatchObject([
      {
        name: 'Klanttevredenheid',
        points: [
          { period: '2023', value: 72 },
          { period: '2024', value: 74 },
          { period: '2025', value: 78 },
        ],
        target: 80,
        comparison: { kind: 'external', value: 75, source: 'Benchmark zorg 2025' },
      },
    ]);
    expect(within(await screen.findByTestId('key-results')).getByText('3 periods · target 80')).toBeTruthy();
  });
  it('sets the submission date the readiness counts from, and the signatory', async () => {
    const { backend, engagementId } = world();
    const { user } = await open(`/engagements/${engagementId}/dossier`, backend);
    expect(screen.getByText('No submission date set: readiness counts from today.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Submission details' }));
    const dialog = await screen.findByRole('dialog', { name: 'Submission details' });
    await user.click(field('Submission date', dialog));
    await user.paste('15/03/2027');
    await user.click(field('Signatory', dialog));
    await user.paste('Anouk de Vries');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Submission details' })).toBeNull());
    expect(dossier(backend, engagementId)).toMatchObject({
      referenceDate: '2027-03-15',
      signatory: { name: 'Anouk de Vries', role: null },
    });
    expect(await screen.findByText('Submission date: 15 Mar 2027')).toBeTruthy();
  });
});
