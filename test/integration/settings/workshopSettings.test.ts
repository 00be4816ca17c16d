import { describe, expect, it } from 'vitest';
import { call } from '../../../main/api/dispatch';
import { writeSetting } from '../../../main/db/settingsStore';
import { testContext } from '../support';

function must<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(`expected success, got ${JSON.stringify(r.error)}`);
  return r.value;
}

describe('workshop settings', () => {
  it('start with auto-advance on and the ordinary theme', () => {
    const ctx = testContext();
    expect(must(call(ctx, 'settings.get', {}))).toMatchObject({
      workshopAutoAdvance: true,
      workshopProjectorTheme: false,
    });
  });

  it('keep each choice in the database file, leaving the other settings alone', () => {
    const first = testContext();
    must(call(first, 'settings.update', { benchmarkK: 7 }));
    must(call(first, 'settings.update', { workshopAutoAdvance: false }));
    must(call(first, 'settings.update', { workshopProjectorTheme: true }));
    first.db.close();

    const reopened = testContext({ file: first.file });
    expect(must(call(reopened, 'settings.get', {}))).toMatchObject({
      benchmarkK: 7,
      workshopAutoAdvance: false,
      workshopProjectorTheme: true,
    });
  });

  it('refuses a value that is not a yes or no', () => {
    const ctx = testContext();
    const result = call(ctx, 'settings.update', { workshopAutoAdvance: 'yes' } as never);
    expect(result.ok).toBe(false);
    expect(must(call(ctx, 'settings.get', {})).workshopAutoAdvance).toBe(true);
  });

  it('reads a damaged value as the default', () => {
    const ctx = testContext();
    writeSetting(ctx.db, 'workshop.autoAdvance', 'sometimes');
    expect(must(call(ctx, 'settings.get', {})).workshopAutoAdvance).toBe(true);
  });
});
