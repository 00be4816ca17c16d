import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { sxRecognition } from '../../../shared/dossier/sxRecognition';
import { sxw } from '../cliRunner';
import { tempDir } from '../support';

/**
 * The issue's "done means", through the CLI alone: parts written, evidence added and linked, a self-rating
 * and a key result; `dossier check` lists exactly what is missing; `dossier package` gives a zip whose
 * SHA256SUMS `sha256sum -c` accepts inside the unpacked folder, whose manifest's hashes match the files and
 * whose .docx LibreOffice converts; packaging twice gives the same bytes. Bad input exits 2 and writes nothing.
 */

let dir: string;
let db: string;
let engagement: string;
const evidence: Record<string, string> = {};

async function cli(args: string[]) {
  const r = await sxw(['--db', db, ...args]);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}
const json = async <T>(args: string[]) => JSON.parse(await cli([...args, '--json'])) as T;
const sha = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

function file(name: string, content: string | Buffer): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, content);
  return p;
}

beforeAll(async () => {
  dir = tempDir('sxw-dossier-cli-');
  db = path.join(dir, 'workbench.sqlite');
  const client = (
    await json<{ id: string }>([
      'clients',
      'add',
      '--name',
      'Woonstichting Delta',
      '--sector',
      'L',
      '--size',
      '250-999',
      '--country',
      'NL',
    ])
  ).id;
  engagement = (
    await json<{ id: string }>([
      'engagements',
      'add',
      '--client',
      client,
      '--title',
      'Service Excellence Award 2027',
      '--purpose',
      'external-recognition',
    ])
  ).id;
  await cli([
    'dossier',
    'setup',
    '--engagement',
    engagement,
    '--reference-date',
    '2026-11-01',
    '--signatory',
    'Mirjam Bakker',
    '--signatory-role',
    'Bestuurder',
  ]);
  const texts: Record<string, string> = {
    profile: 'Woonstichting Delta verhuurt 12.000 woningen in Zeeland.\n\nOnze ambitie: huurders voelen zich thuis.',
    'B1.approach': 'De visie “Thuis bij Delta” is in 2023 met huurders en medewerkers opgesteld.',
    'B1.deployment': 'Alle vijf de wijkteams werken sinds 2024 met de visie.',
    'B1.review': 'Elk jaar toetst de huurdersraad de visie.',
  };
  for (const [part, text] of Object.entries(texts)) {
    await cli(['dossier', 'set', '--engagement', engagement, '--part', part, '--text-file', file(`${part}.txt`, text)]);
  }
  const add = async (key: string, args: string[]) => {
    const added = await json<{ id: string; sha256: string }>(['evidence', 'add', '--engagement', engagement, ...args]);
    evidence[key] = added.id;
    return added;
  };
  const visie = await add('visie', [
    '--file',
    file('Visie Thuis bij Delta.pdf', '%PDF-1.4 visie'),
    '--title',
    'Visie “Thuis bij Delta”',
    '--type',
    'policy',
    '--date',
    '2024-03-01',
    '--links',
    'B1.approach',
  ]);
  expect(visie.sha256).toBe(sha(Buffer.from('%PDF-1.4 visie')));
  await add('oud', [
    '--file',
    file('oud.docx', 'oud verslag'),
    '--title',
    'Verslag ../../etc/passwd',
    '--type',
    'minutes',
    '--date',
    '2022-05-01',
    '--links',
    'B1.review',
  ]);
  await add('verlopen', [
    '--file',
    file('keurmerk.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])),
    '--title',
    'Keurmerk KWH',
    '--type',
    'report',
    '--date',
    '2025-01-10',
    '--valid-until',
    '2026-06-30',
  ]);
  await cli(['evidence', 'link', '--evidence', evidence.verlopen!, '--part', 'profile']);
  await cli([
    'dossier',
    'rate',
    '--engagement',
    engagement,
    '--block',
    'B1',
    '--score',
    '3',
    '--justification',
    'Visie staat, toepassing is breed.',
  ]);
  await cli(['dossier', 'rate', '--engagement', engagement, '--block', 'B2', '--score', '2', '--justification', '']);
  await cli([
    'dossier',
    'key-result',
    '--engagement',
    engagement,
    '--name',
    'Huurderstevredenheid',
    '--points',
    '2024=7.4,2025=7.8',
    '--target',
    '8',
  ]);
}, 60_000);

describe('a recognition dossier through the CLI', () => {
  it('shows the parts with their text, limits and status, and the evidence register with files verified', async () => {
    const shown = await json<{
      scheme: { id: string };
      parts: { id: string; text: string; status: string; limit: { max: number } | null; evidence: string[] }[];
    }>(['dossier', 'show', '--engagement', engagement]);
    expect(shown.scheme.id).toBe('sx-recognition');
    expect(shown.parts).toHaveLength(sxRecognition.parts.length);
    const byId = new Map(shown.parts.map((p) => [p.id, p]));
    expect(byId.get('B1.approach')).toMatchObject({
      status: 'complete',
      limit: { max: 4000 },
      evidence: [evidence.visie],
    });
    expect(byId.get('B1.deployment')?.status).toBe('needs_evidence');
    expect(byId.get('B2.approach')?.status).toBe('empty');
    const listed = await json<{ id: string; file: string; parts: string[] }[]>([
      'evidence',
      'list',
      '--engagement',
      engagement,
    ]);
    expect(listed.map((e) => [e.id, e.file, e.parts])).toEqual([
      [evidence.visie, 'ok', ['B1.approach']],
      [evidence.oud, 'ok', ['B1.review']],
      [evidence.verlopen, 'ok', ['profile']],
    ]);
  });

  it('checks readiness: exactly what is missing, in the scheme’s order', async () => {
    const checked = await json<{ readiness: number; missing: { part: string; reason: string }[]; warnings: unknown[] }>(
      ['dossier', 'check', '--engagement', engagement],
    );
    const written = new Set(['profile', 'B1.approach', 'B1.deployment', 'B1.review']);
    const expected: string[] = [];
    for (const part of sxRecognition.parts) {
      if (!written.has(part.id)) expected.push(`${part.id} part_missing`);
      else if (part.id === 'B1.deployment') expected.push('B1.deployment evidence_missing');
      else if (part.id === 'B1.review') expected.push('B1.review evidence_outside_window');
      else if (part.id === 'profile') expected.push('profile evidence_expired');
    }
    expected.push('B2 justification_missing');
    for (const b of ['B3', 'B4', 'B5', 'B6', 'B7', 'B8', 'B9']) expected.push(`${b} rating_missing`);
    expected.push('keyResults key_results_missing', 'keyResults key_result_points', 'keyResults key_result_comparison');
    expect(checked.missing.map((m) => `${m.part} ${m.reason}`)).toEqual(expected);
    expect(checked.readiness).toBeGreaterThan(0);
    expect(checked.readiness).toBeLessThan(100);

    const human = await cli(['dossier', 'check', '--engagement', engagement, '--lang', 'nl']);
    expect(human).toContain('Keurmerk KWH is verlopen op 2026-06-30');
    expect(human).toContain('heeft 2 meetpunten, voor een trend zijn er minstens 3 nodig');
  });

  it('packages: sha256sum -c passes in the unpacked zip, the manifest matches, the .docx converts, twice the same bytes', async () => {
    const out = path.join(dir, 'pakket.zip');
    const saved = await json<{ file: string; evidence: number; size: number }>([
      'dossier',
      'package',
      '--engagement',
      engagement,
      '--lang',
      'nl',
      '--out',
      out,
    ]);
    expect(saved.evidence).toBe(3);
    const first = fs.readFileSync(out);
    expect(first.byteLength).toBe(saved.size);

    const unpacked = fs.mkdtempSync(path.join(dir, 'unpacked-'));
    const unzip = spawnSync('unzip', ['-q', out, '-d', unpacked], { encoding: 'utf8' });
    expect(unzip.status, unzip.stderr).toBe(0);
    const names = fs.readdirSync(unpacked).sort();
    expect(names).toEqual([
      'E001-Visie-Thuis-bij-Delta.pdf',
      'E002-Verslag-etc-passwd.docx',
      'E003-Keurmerk-KWH.jpg',
      'SHA256SUMS',
      'dossier-nl.docx',
      'manifest.json',
    ]);
    const check = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: unpacked, encoding: 'utf8' });
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(check.stdout.trim().split('\n')).toHaveLength(5);

    const manifest = JSON.parse(fs.readFileSync(path.join(unpacked, 'manifest.json'), 'utf8')) as {
      scheme: { id: string; version: string };
      engagement: { id: string };
      created: string;
      document: { fileName: string; sha256: string };
      evidence: { id: string; fileName: string; sha256: string; parts: string[] }[];
    };
    expect(manifest.scheme).toEqual({ id: 'sx-recognition', version: '1.0.0' });
    expect(manifest.engagement.id).toBe(engagement);
    expect(manifest.evidence.map((e) => e.id)).toEqual([evidence.visie, evidence.oud, evidence.verlopen]);
    for (const e of [...manifest.evidence, manifest.document]) {
      expect(sha(fs.readFileSync(path.join(unpacked, e.fileName))), e.fileName).toBe(e.sha256);
    }

    const docx = path.join(unpacked, 'dossier-nl.docx');
    const text = (await mammoth.extractRawText({ path: docx })).value;
    for (const expected of [
      'Erkenningsdossier',
      'Verklaring',
      'Mirjam Bakker',
      'Organisatieprofiel',
      'Bewijsregister',
      'Verbeterplan',
      'Begrippenlijst',
      'E001 Visie “Thuis bij Delta”',
      'Huurderstevredenheid',
    ]) {
      expect(text).toContain(expected);
    }
    const profile = fs.mkdtempSync(path.join(dir, 'lo-profile-'));
    const pdfDir = fs.mkdtempSync(path.join(dir, 'pdf-'));
    const run = spawnSync(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', pdfDir, docx],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(run.status, run.stderr).toBe(0);
    const pdf = spawnSync('pdftotext', ['-layout', path.join(pdfDir, 'dossier-nl.pdf'), '-'], { encoding: 'utf8' });
    expect(pdf.status).toBe(0);
    expect(pdf.stdout).toContain('Erkenningsdossier');
    expect(pdf.stdout).toContain('Kernresultaten');

    await new Promise((resolve) => setTimeout(resolve, 1100));
    await cli(['dossier', 'package', '--engagement', engagement, '--lang', 'nl', '--out', out]);
    expect(fs.readFileSync(out).equals(first)).toBe(true);
  }, 150_000);

  it('refuses bad input with exit 2 and writes nothing', async () => {
    const before = await cli(['dossier', 'show', '--engagement', engagement, '--json']);
    const evidenceBefore = await cli(['evidence', 'list', '--engagement', engagement, '--json']);
    const big = path.join(dir, 'video.mp4');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 26 * 1024 * 1024);
    const scheme = file('kapot.json', JSON.stringify({ format: 'sxw-recognition-scheme', formatVersion: 1, id: 'x' }));
    const cases: [string[], RegExp][] = [
      [
        [
          'dossier',
          'set',
          '--engagement',
          engagement,
          '--part',
          'B1.approach',
          '--text-file',
          file('lang.txt', 'x'.repeat(4001)),
        ],
        /4001 characters; the scheme allows 4000/,
      ],
      [
        ['dossier', 'set', '--engagement', engagement, '--part', 'B10.approach', '--text-file', file('kort.txt', 'x')],
        /not a part/,
      ],
      [
        ['dossier', 'rate', '--engagement', engagement, '--block', 'B3', '--score', '7', '--justification', 'x'],
        /not on the scheme's scale/,
      ],
      [
        ['dossier', 'rate', '--engagement', engagement, '--block', 'B3', '--score', 'vier', '--justification', 'x'],
        /score/,
      ],
      [
        ['dossier', 'rate', '--engagement', engagement, '--block', 'B12', '--score', '3', '--justification', 'x'],
        /not an element/,
      ],
      [
        [
          'evidence',
          'add',
          '--engagement',
          engagement,
          '--file',
          big,
          '--title',
          'Film',
          '--type',
          'video',
          '--date',
          '2026-01-01',
        ],
        /larger than 25 MB/,
      ],
      [
        [
          'evidence',
          'add',
          '--engagement',
          engagement,
          '--file',
          path.join(dir, 'nergens.pdf'),
          '--title',
          'X',
          '--type',
          'report',
          '--date',
          '2026-01-01',
        ],
        /cannot be read/,
      ],
      [
        [
          'evidence',
          'add',
          '--engagement',
          engagement,
          '--file',
          file('ok.pdf', 'ok'),
          '--title',
          'X',
          '--type',
          'report',
          '--date',
          '01-02-2026',
        ],
        /date/,
      ],
      [
        [
          'evidence',
          'add',
          '--engagement',
          engagement,
          '--file',
          file('ok2.pdf', 'ok2'),
          '--title',
          'X',
          '--type',
          'brochure',
          '--date',
          '2026-02-01',
        ],
        /type/,
      ],
      [['scheme', 'import', '--file', scheme], /not a valid recognition scheme/],
    ];
    for (const [args, message] of cases) {
      const r = await sxw(['--db', db, ...args]);
      expect(r.code, `${args.join(' ')}\n${r.stderr}`).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(message);
    }
    expect(await cli(['dossier', 'show', '--engagement', engagement, '--json'])).toBe(before);
    expect(await cli(['evidence', 'list', '--engagement', engagement, '--json'])).toBe(evidenceBefore);
    const stored = fs
      .readdirSync(path.join(dir, 'evidence'), { recursive: true })
      .filter((n) => /[0-9a-f]{64}$/.test(String(n)));
    expect(stored).toHaveLength(3);
  });

  it('a package to a place that cannot be written: a clear message, nothing left behind', async () => {
    const r = await sxw([
      '--db',
      db,
      'dossier',
      'package',
      '--engagement',
      engagement,
      '--lang',
      'en',
      '--out',
      '/sys/pakket.zip',
    ]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/Cannot write to \/sys: permission denied/);
    expect(fs.existsSync('/sys/pakket.zip')).toBe(false);
  });

  it('imports a scheme of its own (EFQM-like) and moves the dossier onto it', async () => {
    const efqm = file(
      'efqm-like.json',
      JSON.stringify({
        format: 'sxw-recognition-scheme',
        formatVersion: 1,
        id: 'firm-excellence',
        version: '2.0.0',
        name: { nl: 'Excellentiemodel van het bureau', en: 'The firm’s excellence model' },
        description: { nl: 'Zeven criteria, RADAR-achtig gescoord.', en: 'Seven criteria, scored RADAR-like.' },
        framework: null,
        elements: [1, 2, 3].map((n) => ({ id: `C${n}`, name: { nl: `Criterium ${n}`, en: `Criterion ${n}` } })),
        parts: [1, 2, 3].map((n) => ({
          id: `C${n}.enablers`,
          element: `C${n}`,
          aspect: 'other',
          title: { nl: `Criterium ${n}`, en: `Criterion ${n}` },
          guidance: { nl: 'Beschrijf de aanpak.', en: 'Describe the approach.' },
          required: true,
          limit: { unit: 'words', max: 500 },
          needsEvidence: false,
        })),
        rating: { min: 0, max: 100, step: 5, unit: 'percent', labels: [] },
        rules: { evidenceWindowMonths: 24, keyResultsMin: 0, keyResultMinPoints: 3, justificationRequired: false },
      }),
    );
    expect(await json<{ added: boolean }>(['scheme', 'import', efqm])).toMatchObject({ added: true });
    expect(await json<{ added: boolean }>(['scheme', 'import', '--file', efqm])).toMatchObject({ added: false });
    const listed = await json<{ id: string }[]>(['scheme', 'list']);
    expect(listed.map((s) => s.id)).toEqual(['sx-recognition', 'firm-excellence']);

    const second = (
      await json<{ id: string }>([
        'engagements',
        'add',
        '--client',
        (await json<{ clientId: string }[]>(['engagements', 'list']))[0]!.clientId,
        '--title',
        'Bureaumodel',
        '--purpose',
        'external-recognition',
      ])
    ).id;
    await cli(['dossier', 'setup', '--engagement', second, '--scheme', 'firm-excellence']);
    await cli(['dossier', 'rate', '--engagement', second, '--block', 'C1', '--score', '65', '--justification', '']);
    const bad = await sxw([
      '--db',
      db,
      'dossier',
      'rate',
      '--engagement',
      second,
      '--block',
      'C1',
      '--score',
      '62',
      '--justification',
      '',
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/0 to 100 in steps of 5/);
    const checked = await json<{ missing: { part: string; reason: string }[] }>([
      'dossier',
      'check',
      '--engagement',
      second,
    ]);
    expect(checked.missing.map((m) => `${m.part} ${m.reason}`)).toEqual([
      'C1.enablers part_missing',
      'C2.enablers part_missing',
      'C3.enablers part_missing',
      'C2 rating_missing',
      'C3 rating_missing',
    ]);
  });
});
