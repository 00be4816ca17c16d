import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sxw } from '../cliRunner';
import { MARKERS, markedClient } from '../fixtures/markedClient';
import { tempDir, testContext } from '../support';

describe('sxw clients erase', () => {
  it('erases a client so that its name, notes, contacts and respondents are absent from the file', async () => {
    const file = path.join(tempDir(), 'a.sqlite');
    const ctx = testContext({ file });
    const { clientId } = markedClient(ctx, 2);
    ctx.db.close();

    const wrong = await sxw(['--db', file, 'clients', 'erase', clientId, '--confirm', 'Zeldzaam']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toBe(
      'sxw: To erase a client, confirm with its exact name.\n  confirm: does not match the client name\n',
    );

    const r = await sxw(['--db', file, 'clients', 'erase', clientId, '--confirm', MARKERS.name, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      counts: { contacts: 1, engagements: 1, rounds: 2, respondents: 4, contributions: 1 },
      backup: null,
      compacted: true,
    });
    const bytes = Buffer.concat([file, `${file}-wal`].filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f)));
    for (const marker of [MARKERS.name, MARKERS.notes, MARKERS.contactName, MARKERS.email, MARKERS.respondentName]) {
      expect(bytes.includes(Buffer.from(marker)), marker).toBe(false);
    }
    expect((await sxw(['--db', file, 'clients', 'show', clientId])).code).toBe(2);
  });

  it('says what it erased in words', async () => {
    const file = path.join(tempDir(), 'b.sqlite');
    const ctx = testContext({ file });
    const { clientId } = markedClient(ctx, 1);
    ctx.db.close();
    const r = await sxw(['--db', file, 'clients', 'erase', clientId, '--confirm', MARKERS.name]);
    expect(r.stdout).toBe(
      'Erased the client with 1 contact, 1 engagement, 2 rounds, 3 respondents, 48 answers, 1 round in the benchmark pool.\n',
    );
  });
});
