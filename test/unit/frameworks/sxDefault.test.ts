import { describe, expect, it } from 'vitest';
import { FrameworkFile, type LocalText } from '../../../shared/frameworks/schema';
import { sxDefault } from '../../../shared/frameworks/sxDefault';

const BLOCK_NAMES: Record<string, string> = {
  B1: 'Service excellence vision, mission and strategy',
  B2: 'Leadership and management commitment',
  B3: 'Service excellence culture',
  B4: 'Employee engagement',
  B5: 'Understanding customer needs, expectations and desires',
  B6: 'Designing and renewing outstanding customer experiences',
  B7: 'Service innovation management',
  B8: 'Managing experience-related processes and organisational structure',
  B9: 'Monitoring service excellence activities and results',
};
const BLOCK_DIMENSIONS: Record<string, string> = {
  B1: 'D1',
  B2: 'D1',
  B3: 'D2',
  B4: 'D2',
  B5: 'D3',
  B6: 'D3',
  B7: 'D3',
  B8: 'D4',
  B9: 'D4',
};
const blockIds = Object.keys(BLOCK_NAMES);

/** Every problem the schema finds in a candidate, as "path: message". */
function problems(candidate: unknown): string[] {
  const result = FrameworkFile.safeParse(candidate);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const copy = (): FrameworkFile => structuredClone(sxDefault);

describe('the default framework sx-default', () => {
  it('passes the framework schema unchanged', () => {
    expect(problems(sxDefault)).toEqual([]);
    expect(FrameworkFile.parse(sxDefault)).toEqual(sxDefault);
    expect(sxDefault).toMatchObject({ format: 'sxw-framework', formatVersion: 1, id: 'sx-default', version: '1.0.0' });
  });

  it('has four dimensions and the nine building blocks of the model', () => {
    expect(sxDefault.dimensions.map((d) => d.id)).toEqual(['D1', 'D2', 'D3', 'D4']);
    expect(sxDefault.dimensions.map((d) => d.name.en)).toEqual([
      'Leadership and strategy',
      'Culture and people',
      'Creating outstanding customer experiences',
      'Operational excellence',
    ]);
    expect(sxDefault.blocks.map((b) => b.id)).toEqual(blockIds);
    for (const b of sxDefault.blocks) {
      expect(b.name.en).toBe(BLOCK_NAMES[b.id]);
      expect(b.dimension).toBe(BLOCK_DIMENSIONS[b.id]);
    }
  });

  it('has 35 elements, three to five per block, numbered B<n>.E1 onwards', () => {
    expect(sxDefault.elements).toHaveLength(35);
    for (const b of blockIds) {
      const ids = sxDefault.elements.filter((e) => e.block === b).map((e) => e.id);
      expect(ids.length).toBeGreaterThanOrEqual(3);
      expect(ids.length).toBeLessThanOrEqual(5);
      expect(ids).toEqual(ids.map((_, i) => `${b}.E${i + 1}`));
    }
  });

  it('has five questions per block, B<n>.Q1–Q5, each tied to an element of its own block', () => {
    expect(sxDefault.questions).toHaveLength(45);
    const elementBlock = new Map(sxDefault.elements.map((e) => [e.id, e.block]));
    for (const b of blockIds) {
      const questions = sxDefault.questions.filter((q) => q.id.startsWith(`${b}.`));
      expect(questions.map((q) => q.id)).toEqual([1, 2, 3, 4, 5].map((m) => `${b}.Q${m}`));
      for (const q of questions) expect(elementBlock.get(q.element), q.id).toBe(b);
      // every element of the block is asked about (each block has at most five elements)
      const asked = new Set(questions.map((q) => q.element));
      for (const e of sxDefault.elements.filter((x) => x.block === b)) expect(asked.has(e.id), e.id).toBe(true);
    }
  });

  it('has a five-level answer scale and a not-applicable choice', () => {
    expect(sxDefault.scale.map((s) => s.score)).toEqual([1, 2, 3, 4, 5]);
    expect(sxDefault.scale.map((s) => s.label.en)).toEqual([
      'Not in place',
      'Ad hoc',
      'Defined and partly applied',
      'Applied throughout and reviewed',
      'Embedded, measured and improved',
    ]);
    expect(sxDefault.notApplicable).toEqual({
      nl: 'Niet van toepassing / weet niet',
      en: "Not applicable / don't know",
    });
  });

  it('has pyramid levels L1–L4, each evidenced by at least three questions from more than one block', () => {
    expect(sxDefault.pyramid.map((l) => [l.id, l.rank])).toEqual([
      ['L1', 1],
      ['L2', 2],
      ['L3', 3],
      ['L4', 4],
    ]);
    for (const level of sxDefault.pyramid) {
      const questions = sxDefault.questions.filter((q) => q.pyramidLevel === level.id);
      expect(questions.length, level.id).toBeGreaterThanOrEqual(3);
      expect(new Set(questions.map((q) => q.id.split('.')[0])).size, level.id).toBeGreaterThan(1);
    }
  });

  it('has the ten paradigm shifts S1–S10', () => {
    expect(sxDefault.shifts.map((s) => s.id)).toEqual(['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8', 'S9', 'S10']);
    expect(sxDefault.shifts.map((s) => `${s.from.en} → ${s.to.en}`)).toEqual([
      'Satisfied customers → Enthusiastic customers (emotional connection)',
      'Product → Experience',
      'Targets → A higher purpose',
      'Satisfaction surveys → Continuous listening',
      'Control → Self-steering teams',
      'Competences → Wholeness of people',
      'Processes → Customer journeys',
      'Suppliers → Partners',
      'Steering on NPS → Integral steering',
      'Innovation as a project → Improvement and innovation by everyone',
    ]);
  });

  it('has every longer text written in Dutch as well as English', () => {
    const texts: [string, LocalText][] = [
      ['description', sxDefault.description],
      ...sxDefault.dimensions.map((d): [string, LocalText] => [d.id, d.description]),
      ...sxDefault.blocks.map((b): [string, LocalText] => [b.id, b.purpose]),
      ...sxDefault.elements.map((e): [string, LocalText] => [e.id, e.description]),
      ...sxDefault.questions.map((q): [string, LocalText] => [q.id, q.text]),
      ...sxDefault.scale.map((s): [string, LocalText] => [`scale ${s.score}`, s.descriptor]),
      ...sxDefault.pyramid.map((l): [string, LocalText] => [l.id, l.description]),
      ...sxDefault.shifts.map((s): [string, LocalText] => [s.id, s.description]),
    ];
    expect(texts).toHaveLength(1 + 4 + 9 + 35 + 45 + 5 + 4 + 10);
    for (const [where, t] of texts) {
      expect(t.nl.trim().length, where).toBeGreaterThan(20);
      expect(t.en.trim().length, where).toBeGreaterThan(20);
      expect(t.nl, where).not.toBe(t.en);
    }
    // no two questions share a text
    expect(new Set(sxDefault.questions.map((q) => q.text.en)).size).toBe(45);
    expect(new Set(sxDefault.questions.map((q) => q.text.nl)).size).toBe(45);
  });
});

describe('the framework schema refuses a broken copy of sx-default', () => {
  it('with a duplicate question id', () => {
    const broken = copy();
    broken.questions[1]!.id = broken.questions[0]!.id;
    expect(problems(broken)).toContainEqual('questions.1.id: duplicate id B1.Q1');
  });

  it('with a question pointing at an unknown element', () => {
    const broken = copy();
    broken.questions[7]!.element = 'B2.E9';
    expect(problems(broken)).toContainEqual('questions.7.element: unknown element B2.E9');
  });

  it('with a question pointing at an unknown pyramid level', () => {
    const broken = copy();
    broken.questions[0]!.pyramidLevel = 'L9';
    expect(problems(broken)).toContainEqual('questions.0.pyramidLevel: unknown pyramid level L9');
  });

  it('with a scale of four levels', () => {
    const broken = copy();
    broken.scale = broken.scale.slice(0, 4);
    const found = problems(broken);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^scale: /);
  });

  it('with an empty Dutch text', () => {
    const broken = copy();
    broken.elements[3]!.description.nl = '   ';
    expect(problems(broken).some((p) => p.startsWith('elements.3.description.nl: '))).toBe(true);
  });
});
