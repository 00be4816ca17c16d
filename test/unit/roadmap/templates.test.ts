import { describe, expect, it } from 'vitest';
import { FrameworkFile } from '../../../shared/frameworks/schema';
import { sxDefault } from '../../../shared/frameworks/sxDefault';
import { templatesFor } from '../../../shared/roadmap/templates/library';
import { SX_DEFAULT_TEMPLATES } from '../../../shared/roadmap/templates/sxDefaultTemplates';

describe('the initiative templates of sx-default', () => {
  it('have at least one template for each of the 35 elements', () => {
    expect(sxDefault.elements).toHaveLength(35);
    for (const e of sxDefault.elements) {
      expect(
        SX_DEFAULT_TEMPLATES.some((t) => t.elements[0] === e.id),
        e.id,
      ).toBe(true);
    }
  });

  it('are a valid library for a framework file, in both languages', () => {
    const parsed = FrameworkFile.safeParse({ ...sxDefault, initiativeTemplates: SX_DEFAULT_TEMPLATES });
    expect(parsed.error?.issues ?? []).toEqual([]);
    for (const t of SX_DEFAULT_TEMPLATES) {
      for (const text of [t.title, t.description, t.kpi?.name, t.kpi?.unit]) {
        expect(text?.nl.trim(), t.id).toBeTruthy();
        expect(text?.en.trim(), t.id).toBeTruthy();
      }
      expect(t.description.nl.length, t.id).toBeGreaterThan(80);
    }
  });

  it('are used for sx-default, and a framework with its own library uses that one', () => {
    expect(templatesFor(sxDefault)).toHaveLength(SX_DEFAULT_TEMPLATES.length);
    const own = [{ ...SX_DEFAULT_TEMPLATES[0]!, id: 'own' }];
    expect(templatesFor({ ...sxDefault, id: 'licensed', initiativeTemplates: own }).map((t) => t.id)).toEqual(['own']);
    expect(templatesFor({ ...sxDefault, id: 'licensed' })).toEqual([]);
  });

  it('refuses a framework file whose templates name elements or shifts it does not have', () => {
    const bad = { ...SX_DEFAULT_TEMPLATES[0]!, id: 'bad', elements: ['B99.E1'], shifts: ['S42'] };
    const parsed = FrameworkFile.safeParse({ ...sxDefault, initiativeTemplates: [bad] });
    expect(parsed.error?.issues.map((i) => i.message)).toEqual([
      'unknown element B99.E1',
      'unknown paradigm shift S42',
    ]);
  });
});
