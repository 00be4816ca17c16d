import { describe, expect, it } from 'vitest';
import { call } from '../../../main/api/dispatch';
import { auditTrail } from '../../../main/db/audit';
import { readSetting, writeSetting } from '../../../main/db/settingsStore';
import { reportBranding } from '../../../main/settings/branding';
import { GIF, jpeg, png, svg, toBase64 } from '../../unit/settings/logoFixtures';
import { testContext } from '../support';

function must<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(`expected success, got ${JSON.stringify(r.error)}`);
  return r.value;
}

const DEFAULTS = { firmName: '', accent: '#1f4e79', font: 'Calibri' };

describe('report branding settings', () => {
  it('starts with a sober default and no logo', () => {
    const ctx = testContext();
    expect(must(call(ctx, 'settings.get', {})).branding).toEqual(DEFAULTS);
    expect(must(call(ctx, 'settings.logo', {}))).toBeNull();
    expect(reportBranding(ctx)).toEqual({ ...DEFAULTS, logo: null, logoProblem: null });
  });

  it('saves each field on its own, trimmed and in one spelling, and leaves the other settings alone', () => {
    const ctx = testContext();
    must(call(ctx, 'settings.update', { benchmarkK: 7 }));
    const saved = must(
      call(ctx, 'settings.update', { branding: { firmName: '  Ortega & Partners  ', accent: '#A31F34' } }),
    );
    expect(saved.branding).toEqual({ firmName: 'Ortega & Partners', accent: '#a31f34', font: 'Calibri' });
    must(call(ctx, 'settings.update', { branding: { font: 'Segoe UI' } }));
    must(call(ctx, 'settings.update', { language: 'nl' }));
    expect(must(call(ctx, 'settings.get', {}))).toMatchObject({
      language: 'nl',
      benchmarkK: 7,
      branding: { firmName: 'Ortega & Partners', accent: '#a31f34', font: 'Segoe UI' },
    });
    expect(reportBranding(ctx)).toMatchObject({ firmName: 'Ortega & Partners', accent: '#a31f34', font: 'Segoe UI' });
  });

  it('refuses a colour that is not #rrggbb, an unknown font and a long name, changing nothing', () => {
    const ctx = testContext();
    must(call(ctx, 'settings.update', { branding: { firmName: 'Before', accent: '#336699' } }));
    for (const [branding, path, code] of [
      [{ accent: 'red', firmName: 'After' }, 'branding.accent', 'invalid_colour'],
      [{ accent: '#12345', firmName: 'After' }, 'branding.accent', 'invalid_colour'],
      [{ accent: '#1234567' }, 'branding.accent', 'invalid_colour'],
      [{ font: 'Comic Sans MS', firmName: 'After' }, 'branding.font', 'invalid_choice'],
      [{ firmName: 'x'.repeat(201) }, 'branding.firmName', 'too_long'],
    ] as const) {
      const r = call(ctx, 'settings.update', { language: 'nl', branding });
      expect(r.ok, JSON.stringify(branding)).toBe(false);
      if (r.ok) continue;
      expect(r.error.code).toBe('invalid_input');
      expect(r.error.details?.fields).toContainEqual(expect.objectContaining({ path, code }));
    }
    expect(must(call(ctx, 'settings.get', {}))).toMatchObject({
      language: null,
      branding: { firmName: 'Before', accent: '#336699', font: 'Calibri' },
    });
  });

  it('falls back to the default for a value edited by hand into something unusable', () => {
    const ctx = testContext();
    writeSetting(ctx.db, 'branding.accent', 'blue');
    writeSetting(ctx.db, 'branding.font', 'Wingdings');
    ctx.db.prepare("INSERT INTO settings (key, value) VALUES ('branding.firmName', 'not json')").run();
    expect(must(call(ctx, 'settings.get', {})).branding).toEqual(DEFAULTS);
    expect(reportBranding(ctx)).toMatchObject(DEFAULTS);
  });
});

describe('the report logo', () => {
  it('stores a PNG, replaces it with a JPEG or an SVG, and removes it, keeping an audit trail', () => {
    const ctx = testContext();
    const first = png(480, 120);
    expect(must(call(ctx, 'settings.setLogo', { fileName: 'firm.png', contentBase64: toBase64(first) }))).toEqual({
      fileName: 'firm.png',
      type: 'png',
      width: 480,
      height: 120,
    });
    expect(must(call(ctx, 'settings.logo', {}))).toEqual({
      fileName: 'firm.png',
      type: 'png',
      width: 480,
      height: 120,
      dataBase64: toBase64(first),
      problem: null,
    });
    const branding = reportBranding(ctx);
    expect(branding.logo).toMatchObject({ type: 'png', width: 480, height: 120 });
    expect([...(branding.logo?.data ?? [])]).toEqual([...first]);

    // By content: a JPEG called .png is a JPEG.
    must(call(ctx, 'settings.setLogo', { fileName: 'photo.png', contentBase64: toBase64(jpeg(300, 100)) }));
    expect(must(call(ctx, 'settings.logo', {}))).toMatchObject({ fileName: 'photo.png', type: 'jpg', width: 300 });

    const vector = svg(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 50"><rect width="9" height="9"/></svg>',
    );
    must(call(ctx, 'settings.setLogo', { fileName: 'firm.svg', contentBase64: toBase64(vector) }));
    expect(reportBranding(ctx)).toMatchObject({ logo: { type: 'svg', width: 200, height: 50 }, logoProblem: null });

    expect(must(call(ctx, 'settings.removeLogo', {}))).toEqual({ removed: true });
    expect(must(call(ctx, 'settings.logo', {}))).toBeNull();
    expect(must(call(ctx, 'settings.removeLogo', {}))).toEqual({ removed: false });
    expect(reportBranding(ctx)).toMatchObject({ logo: null, logoProblem: null });

    expect(auditTrail(ctx.db, 'settings', 'branding.logo').map((e) => [e.action, e.details?.fileName])).toEqual([
      ['setLogo', 'firm.png'],
      ['setLogo', 'photo.png'],
      ['setLogo', 'firm.svg'],
      ['removeLogo', undefined],
      ['removeLogo', undefined],
    ]);
  });

  it('refuses a GIF, a truncated PNG, an empty and an oversized file, keeping the stored logo', () => {
    const ctx = testContext();
    must(call(ctx, 'settings.setLogo', { fileName: 'firm.png', contentBase64: toBase64(png(64, 64)) }));
    const before = must(call(ctx, 'settings.logo', {}));
    const whole = png(64, 32);
    const oversized = new Uint8Array(2 * 1024 * 1024 + 1);
    oversized.set(whole);
    for (const [fileName, data, code] of [
      ['animated.gif', GIF, 'logo_unsupported_type'],
      ['renamed.png', GIF, 'logo_unsupported_type'],
      ['cut.png', whole.subarray(0, whole.length - 20), 'logo_corrupt'],
      ['empty.png', new Uint8Array(0), 'logo_empty'],
      ['huge.png', oversized, 'logo_too_large'],
    ] as const) {
      const r = call(ctx, 'settings.setLogo', { fileName, contentBase64: toBase64(data) });
      expect(r.ok, fileName).toBe(false);
      if (r.ok) continue;
      expect(r.error.code).toBe('invalid_input');
      expect(r.error.message).toContain(`"${fileName}"`);
      expect(r.error.details?.fields).toEqual([expect.objectContaining({ path: 'contentBase64', code })]);
    }
    expect(must(call(ctx, 'settings.logo', {}))).toEqual(before);
    expect(auditTrail(ctx.db, 'settings', 'branding.logo')).toHaveLength(1);
  });

  it('refuses what is not base64 or far too large before reading it', () => {
    const ctx = testContext();
    for (const contentBase64 of ['not base64!', 'A'.repeat(4_000_000)]) {
      const r = call(ctx, 'settings.setLogo', { fileName: 'x.png', contentBase64 });
      expect(r.ok || r.error.details?.fields?.[0]?.path).toBe('contentBase64');
    }
    const noName = call(ctx, 'settings.setLogo', { fileName: '  ', contentBase64: toBase64(png(1, 1)) });
    expect(noName.ok || noName.error.details?.fields?.[0]).toMatchObject({ path: 'fileName', code: 'required' });
    expect(readSetting(ctx.db, 'branding.logo')).toBeUndefined();
  });

  it('leaves a logo damaged in the database file out of reports, saying why, instead of failing', () => {
    const ctx = testContext();
    must(call(ctx, 'settings.setLogo', { fileName: 'firm.png', contentBase64: toBase64(png(64, 64)) }));
    const stored = readSetting<{ dataBase64: string }>(ctx.db, 'branding.logo');
    const damaged = Buffer.from(stored?.dataBase64 ?? '', 'base64').subarray(0, 40);
    writeSetting(ctx.db, 'branding.logo', { ...stored, dataBase64: damaged.toString('base64') });
    expect(reportBranding(ctx)).toMatchObject({ ...DEFAULTS, logo: null, logoProblem: 'corrupt' });
    expect(must(call(ctx, 'settings.logo', {}))).toMatchObject({ fileName: 'firm.png', problem: 'corrupt' });

    writeSetting(ctx.db, 'branding.logo', { ...stored, dataBase64: toBase64(GIF) });
    expect(reportBranding(ctx)).toMatchObject({ logo: null, logoProblem: 'unsupported_type' });

    writeSetting(ctx.db, 'branding.logo', 'a picture');
    expect(reportBranding(ctx)).toMatchObject({ logo: null, logoProblem: 'corrupt' });
    expect(must(call(ctx, 'settings.logo', {}))).toMatchObject({ problem: 'corrupt', dataBase64: '' });

    ctx.db.prepare("UPDATE settings SET value = '{broken' WHERE key = 'branding.logo'").run();
    expect(reportBranding(ctx)).toMatchObject({ logo: null, logoProblem: 'corrupt' });

    // A new upload repairs it.
    must(call(ctx, 'settings.setLogo', { fileName: 'again.png', contentBase64: toBase64(png(8, 8)) }));
    expect(reportBranding(ctx)).toMatchObject({ logo: { type: 'png', width: 8 }, logoProblem: null });
  });
});
