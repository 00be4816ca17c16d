import { describe, expect, it } from 'vitest';
import { countText } from '../../../shared/dossier/count';
import { onScale, SchemeFile } from '../../../shared/dossier/scheme';
import { sxRecognition } from '../../../shared/dossier/sxRecognition';
import { sxDefault } from '../../../shared/frameworks/sxDefault';

/** An EFQM-like scheme: seven criteria, enablers and results, RADAR percentages in steps of 5. */
function efqmLike(): unknown {
  const criteria = [1, 2, 3, 4, 5, 6, 7].map((n) => `C${n}`);
  return {
    format: 'sxw-recognition-scheme',
    formatVersion: 1,
    id: 'efqm-like',
    version: '1.0.0',
    name: { nl: 'EFQM-achtig', en: 'EFQM-like' },
    description: { nl: 'Een bureauregeling.', en: 'A firm’s scheme.' },
    framework: null,
    elements: criteria.map((id) => ({ id, name: { nl: id, en: id } })),
    parts: criteria.map((id, i) => ({
      id: `${id}.${i < 5 ? 'enablers' : 'results'}`,
      element: id,
      aspect: 'other',
      title: { nl: id, en: id },
      guidance: { nl: 'Beschrijf.', en: 'Describe.' },
      required: true,
      limit: { unit: 'words', max: 750 },
      needsEvidence: i < 5,
    })),
    rating: { min: 0, max: 100, step: 5, unit: 'percent', labels: [] },
    rules: { evidenceWindowMonths: 24, keyResultsMin: 4, keyResultMinPoints: 3, justificationRequired: true },
  };
}

describe('a recognition scheme file', () => {
  it('sx-recognition validates, on the nine building blocks of sx-default', () => {
    const parsed = SchemeFile.parse(sxRecognition);
    expect(parsed.elements.map((e) => e.id)).toEqual(sxDefault.blocks.map((b) => b.id));
    expect(parsed.parts.map((p) => p.id)).toEqual([
      'profile',
      ...sxDefault.blocks.flatMap((b) => ['approach', 'deployment', 'review', 'results'].map((a) => `${b.id}.${a}`)),
      'keyResults',
    ]);
    for (const p of parsed.parts) {
      expect(p.guidance.nl.length, p.id).toBeGreaterThan(80);
      expect(p.guidance.en.length, p.id).toBeGreaterThan(80);
    }
  });

  it('takes a firm’s own EFQM-like scheme without code', () => {
    const parsed = SchemeFile.parse(efqmLike());
    expect(parsed.rating).toMatchObject({ min: 0, max: 100, step: 5 });
    expect(onScale(parsed.rating, 65)).toBe(true);
    expect(onScale(parsed.rating, 62)).toBe(false);
    expect(onScale(parsed.rating, 105)).toBe(false);
  });

  it('refuses ids used twice, parts of unknown elements and labels off the scale, each at its path', () => {
    const broken = efqmLike() as { parts: { id: string; element: string }[]; rating: { labels: unknown[] } };
    broken.parts[1]!.id = broken.parts[0]!.id;
    broken.parts[2]!.element = 'C99';
    broken.rating.labels = [{ value: 7, label: { nl: 'x', en: 'x' } }];
    const result = SchemeFile.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual([
      'parts.1.id',
      'parts.2.element',
      'rating.labels.0.value',
    ]);
  });

  it('refuses a scale that does not reach its maximum in whole steps', () => {
    const broken = efqmLike() as { rating: { step: number } };
    broken.rating.step = 7;
    expect(SchemeFile.safeParse(broken).success).toBe(false);
  });
});

describe('counting a part’s text', () => {
  it('counts characters as a reader sees them and words as runs of non-space', () => {
    expect(countText('  Één café\n', 'characters')).toBe(8);
    expect(countText('e\u0301', 'characters')).toBe(1);
    expect(countText('👍🏽', 'characters')).toBe(2);
    expect(countText(' een  twee\ndrie\t', 'words')).toBe(3);
    expect(countText('   ', 'words')).toBe(0);
  });
});
