import { z } from 'zod';

/**
 * A framework file: the model an assessment is scored against. The default `sx-default` ships with the
 * app; a consultant may import another (e.g. a licensed question set). An assessment stores the exact id
 * and version it used, and a framework version is immutable once an assessment uses it.
 *
 * Every text exists in Dutch and English. Ids are contracts (docs/file-formats.md "Identifiers").
 */

export const LocalText = z.object({
  nl: z.string().trim().min(1),
  en: z.string().trim().min(1),
});
export type LocalText = z.output<typeof LocalText>;

const Ident = z.string().regex(/^[A-Za-z][A-Za-z0-9_.-]{0,63}$/, 'an id: a letter, then letters, digits, . _ -');

export const Dimension = z.object({
  id: Ident,
  name: LocalText,
  description: LocalText,
});

export const Block = z.object({
  id: Ident,
  dimension: Ident,
  name: LocalText,
  /** What the block is for, in one or two sentences: shown on the workshop screen. */
  purpose: LocalText,
});

export const Element = z.object({
  id: Ident,
  block: Ident,
  name: LocalText,
  description: LocalText,
});

export const Question = z.object({
  id: Ident,
  element: Ident,
  text: LocalText,
  /** The pyramid level this question evidences, if any. */
  pyramidLevel: Ident.optional(),
});

export const ScaleLevel = z.object({
  score: z.number().int().min(1).max(5),
  label: LocalText,
  descriptor: LocalText,
});

export const PyramidLevel = z.object({
  id: Ident,
  /** 1 = the base of the pyramid. */
  rank: z.number().int().min(1),
  name: LocalText,
  description: LocalText,
});

export const ParadigmShift = z.object({
  id: Ident,
  from: LocalText,
  to: LocalText,
  description: LocalText,
});

/**
 * An initiative a consultant may propose when an element scores low: written for the framework, in both
 * languages, with a sensible impact and effort (1–5) and a duration in quarters. Optional in a framework
 * file (format version 1 stays valid without it); `sx-default`'s library ships with the roadmap feature
 * (shared/roadmap/templates) so the default framework's stored content and checksum stay as they were.
 */
export const InitiativeTemplate = z.object({
  id: Ident,
  /** The elements it strengthens; the first one is what a suggestion is made for. */
  elements: z.array(Ident).min(1),
  /** Paradigm shifts it moves, if any. */
  shifts: z.array(Ident).optional(),
  title: LocalText,
  description: LocalText,
  impact: z.number().int().min(1).max(5),
  effort: z.number().int().min(1).max(5),
  /** How many quarters it usually takes. */
  quarters: z.number().int().min(1).max(8),
  /** A measure of success to start from; baseline and target are the client's own. */
  kpi: z.object({ name: LocalText, unit: LocalText }).optional(),
});
export type InitiativeTemplate = z.output<typeof InitiativeTemplate>;

export const FrameworkFile = z
  .object({
    format: z.literal('sxw-framework'),
    formatVersion: z.literal(1),
    id: Ident,
    /** Semantic version; a changed text or question is a new version. */
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'a version like 1.0.0'),
    name: LocalText,
    description: LocalText,
    dimensions: z.array(Dimension).min(1),
    blocks: z.array(Block).min(1),
    elements: z.array(Element).min(1),
    questions: z.array(Question).min(1),
    /** Exactly five levels, scores 1–5 in order. */
    scale: z.array(ScaleLevel).length(5),
    notApplicable: LocalText,
    pyramid: z.array(PyramidLevel),
    shifts: z.array(ParadigmShift),
    /** The framework's own initiative templates for roadmaps (optional). */
    initiativeTemplates: z.array(InitiativeTemplate).optional(),
  })
  .superRefine((f, ctx) => {
    const unique = (items: { id: string }[], path: string) => {
      const seen = new Set<string>();
      items.forEach((item, i) => {
        if (seen.has(item.id))
          ctx.addIssue({
            code: 'custom',
            path: [path, i, 'id'],
            message: `duplicate id ${item.id}`,
            params: { problem: 'framework_duplicate_id', id: item.id },
          });
        seen.add(item.id);
      });
      return seen;
    };
    const dimensions = unique(f.dimensions, 'dimensions');
    const blocks = unique(f.blocks, 'blocks');
    const elements = unique(f.elements, 'elements');
    unique(f.questions, 'questions');
    const levels = unique(f.pyramid, 'pyramid');
    unique(f.shifts, 'shifts');
    const refer = (ids: Set<string>, value: string | undefined, path: (string | number)[], what: string) => {
      if (value !== undefined && !ids.has(value))
        ctx.addIssue({
          code: 'custom',
          path,
          message: `unknown ${what} ${value}`,
          params: { problem: 'framework_unknown_reference', what, id: value },
        });
    };
    f.blocks.forEach((b, i) => refer(dimensions, b.dimension, ['blocks', i, 'dimension'], 'dimension'));
    f.elements.forEach((e, i) => refer(blocks, e.block, ['elements', i, 'block'], 'block'));
    f.questions.forEach((q, i) => {
      refer(elements, q.element, ['questions', i, 'element'], 'element');
      refer(levels, q.pyramidLevel, ['questions', i, 'pyramidLevel'], 'pyramid level');
    });
    f.scale.forEach((s, i) => {
      if (s.score !== i + 1)
        ctx.addIssue({
          code: 'custom',
          path: ['scale', i, 'score'],
          message: `expected score ${i + 1}`,
          params: { problem: 'framework_scale_order', expected: i + 1 },
        });
    });
    f.pyramid.forEach((l, i) => {
      if (l.rank !== i + 1)
        ctx.addIssue({
          code: 'custom',
          path: ['pyramid', i, 'rank'],
          message: `expected rank ${i + 1}`,
          params: { problem: 'framework_pyramid_order', expected: i + 1 },
        });
    });
    const shifts = new Set(f.shifts.map((s) => s.id));
    unique(f.initiativeTemplates ?? [], 'initiativeTemplates');
    (f.initiativeTemplates ?? []).forEach((template, i) => {
      template.elements.forEach((e, j) => refer(elements, e, ['initiativeTemplates', i, 'elements', j], 'element'));
      (template.shifts ?? []).forEach((s, j) =>
        refer(shifts, s, ['initiativeTemplates', i, 'shifts', j], 'paradigm shift'),
      );
    });
    for (const b of f.blocks) {
      if (!f.elements.some((e) => e.block === b.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['blocks'],
          message: `block ${b.id} has no elements`,
          params: { problem: 'framework_block_without_elements', block: b.id },
        });
      }
    }
  });

export type FrameworkFile = z.output<typeof FrameworkFile>;

/** A stored framework version as the framework list shows it. */
export interface FrameworkSummary {
  id: string;
  version: string;
  name: { nl: string; en: string };
  builtin: boolean;
  assessments: number;
  blocks: number;
  questions: number;
}
