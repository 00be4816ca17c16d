import type { Language } from '../domain/identifiers';
import type { FrameworkFile, InitiativeTemplate } from '../frameworks/schema';
import { translator } from '../i18n';
import type { Comparison } from '../pool/schemas';
import { reportFormat } from '../reports/format';
import type { AssessmentResults } from '../results/results';
import type { Suggestion, SuggestionEvidence } from './schemas';
import { templatesByElement } from './templates/library';

/**
 * Suggested initiatives from a finalized round (docs/roadmap.md "Suggestions"). Pure: the caller gathers
 * the round's results, its benchmark comparison and the framework's template library.
 *
 * 1. Which blocks: every scored block below 4.0 (at least the three lowest).
 * 2. In which order: by need = (5 − score) + a bonus below 0.5 for what else the numbers say — below the
 *    benchmark median (up to 0.2), a flagged perception gap (0.1), the lowest pyramid level not reached
 *    (0.1). A block that scores clearly lower — half a scale step or more — therefore always comes first;
 *    the bonus only orders blocks that score about the same.
 * 3. What: per block, the template of its weakest element (or of the next weakest that has one); without
 *    any, an initiative named after the weakest element. Then, after every block's first suggestion,
 *    templates for its other elements below 3.0 (at most two per block).
 * 4. Why: the evidence in the consultant's words with the numbers, never a figure of one respondent.
 */

export const INCLUDE_BELOW = 4.0;
export const AT_LEAST = 3;
export const WEAK_ELEMENT = 3.0;
export const MORE_PER_BLOCK = 2;
export const SHIFT_GAP = 3;
/** A score difference this large is "clear": no bonus may reverse it (the bonuses add up to less). */
export const CLEAR_DIFFERENCE = 0.5;
const BONUS = { belowMedianMax: 0.2, belowMedianPerPoint: 0.2, perceptionGap: 0.1, pyramid: 0.1 } as const;
const EPSILON = 1e-9;

export interface SuggestionInput {
  language: Language;
  assessmentId: string;
  framework: FrameworkFile;
  results: Pick<AssessmentResults, 'blocks' | 'elements' | 'gaps' | 'pyramid' | 'shifts'>;
  /** The benchmark comparison of the round; null without one. Suppressed blocks are never used. */
  comparison: Pick<Comparison, 'suppressed' | 'blocks'> | null;
  templates: InitiativeTemplate[];
  /** The roadmap's targets per block, used as the gap's target where set. */
  targets?: ReadonlyMap<string, number>;
}

interface BlockNeed {
  id: string;
  score: number;
  need: number;
  median: number | null;
  perceptionGap: number | null;
  pyramidLevel: string | null;
  lowest: boolean;
  lowestTied: boolean;
  /** Its elements with a score, weakest first. */
  elements: { id: string; score: number }[];
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function blockNeeds(input: SuggestionInput): BlockNeed[] {
  const { framework, results, comparison } = input;
  const scored = results.blocks.filter((b): b is typeof b & { score: number } => b.score !== null);
  if (scored.length === 0) return [];
  const lowestScore = Math.min(...scored.map((b) => b.score));
  const tied = scored.filter((b) => Math.abs(b.score - lowestScore) <= EPSILON).length > 1;

  const medians = new Map<string, number>();
  if (comparison && !comparison.suppressed) {
    for (const s of comparison.blocks) if (!s.suppressed && s.median !== null) medians.set(s.block, s.median);
  }
  const gaps = new Map(results.gaps.map((g) => [g.block, g]));

  // The lowest level of the pyramid not reached, and the blocks whose questions evidence it.
  const ranked = [...framework.pyramid].sort((a, b) => a.rank - b.rank);
  const reached = new Map(results.pyramid.levels.map((l) => [l.id, l.reached]));
  const openLevel = ranked.find((l) => reached.get(l.id) === false) ?? null;
  const elementBlock = new Map(framework.elements.map((e) => [e.id, e.block]));
  const levelBlocks = new Set(
    openLevel
      ? framework.questions.filter((q) => q.pyramidLevel === openLevel.id).map((q) => elementBlock.get(q.element))
      : [],
  );

  const elementsOf = new Map<string, { id: string; score: number }[]>();
  for (const e of results.elements) {
    if (e.score === null) continue;
    const list = elementsOf.get(e.block) ?? [];
    list.push({ id: e.id, score: e.score });
    elementsOf.set(e.block, list);
  }

  return scored.map((b) => {
    const median = medians.get(b.id) ?? null;
    const gap = gaps.get(b.id);
    const perceptionGap = gap && !gap.suppressed && gap.flagged && gap.gap !== null ? gap.gap : null;
    const pyramidLevel = openLevel && levelBlocks.has(b.id) ? openLevel.id : null;
    let bonus = 0;
    if (median !== null && b.score < median) {
      bonus += Math.min(BONUS.belowMedianMax, (median - b.score) * BONUS.belowMedianPerPoint);
    }
    if (perceptionGap !== null) bonus += BONUS.perceptionGap;
    if (pyramidLevel !== null) bonus += BONUS.pyramid;
    const elements = (elementsOf.get(b.id) ?? []).sort((x, y) =>
      Math.abs(x.score - y.score) > EPSILON ? x.score - y.score : byId(x, y),
    );
    return {
      id: b.id,
      score: b.score,
      need: 5 - b.score + bonus,
      median,
      perceptionGap,
      pyramidLevel,
      lowest: Math.abs(b.score - lowestScore) <= EPSILON,
      lowestTied: tied,
      elements,
    };
  });
}

/** The blocks a roadmap should work on, neediest first. */
export function blocksInNeed(input: SuggestionInput): BlockNeed[] {
  const needs = blockNeeds(input).sort((a, b) => (Math.abs(a.need - b.need) > EPSILON ? b.need - a.need : byId(a, b)));
  const below = needs.filter((b) => b.score < INCLUDE_BELOW - EPSILON);
  return below.length >= AT_LEAST ? below : needs.slice(0, Math.max(below.length, AT_LEAST));
}

/** The score a suggestion aims for: the roadmap's target, else half a step up or the median, whichever is higher. */
function proposedTarget(block: BlockNeed, targets: ReadonlyMap<string, number> | undefined): number {
  const set = targets?.get(block.id);
  if (set !== undefined) return set;
  const aim = Math.max(block.score + 0.5, block.median ?? 0);
  return Math.min(5, Math.round(aim * 10) / 10);
}

function genericImpact(score: number): number {
  if (score < 2.5) return 4;
  if (score < 3.5) return 3;
  return 2;
}

export function suggestInitiatives(input: SuggestionInput): Suggestion[] {
  const { language, framework } = input;
  const t = translator(language);
  const f = reportFormat(language);
  const text = (v: { nl: string; en: string }) => v[language];
  const elementName = new Map(framework.elements.map((e) => [e.id, text(e.name)]));
  const blockName = new Map(framework.blocks.map((b) => [b.id, `${b.id} ${text(b.name)}`]));
  const shifts = new Map(framework.shifts.map((s) => [s.id, s]));
  const positions = new Map(input.results.shifts.map((s) => [s.id, s]));
  const levels = new Map(framework.pyramid.map((l) => [l.id, l]));
  const byElement = templatesByElement(input.templates);
  const blocks = blocksInNeed(input);

  const evidence = (
    block: BlockNeed,
    element: { id: string; score: number } | null,
    template: InitiativeTemplate | null,
  ): SuggestionEvidence => {
    let shift: SuggestionEvidence['shift'] = null;
    for (const id of template?.shifts ?? []) {
      const p = positions.get(id);
      if (!p || p.now === null || p.desired === null || p.desired - p.now < SHIFT_GAP - EPSILON) continue;
      if (!shift || p.desired - p.now > shift.desired - shift.now) shift = { id, now: p.now, desired: p.desired };
    }
    return {
      block: block.id,
      score: block.score,
      lowest: block.lowest,
      lowestTied: block.lowest && block.lowestTied,
      median: block.median !== null && block.score < block.median ? block.median : null,
      element: element ? { ...element, weakest: element.id === block.elements[0]?.id } : null,
      perceptionGap: block.perceptionGap,
      pyramidLevel: block.pyramidLevel,
      shift,
    };
  };

  const reason = (e: SuggestionEvidence): string => {
    const facts: string[] = [];
    if (e.lowest) facts.push(t(e.lowestTied ? 'roadmap.reason.lowestTied' : 'roadmap.reason.lowest'));
    if (e.median !== null) facts.push(t('roadmap.reason.belowMedian', { diff: f.score1(e.median - e.score) }));
    const parts = [
      facts.length > 0
        ? t('roadmap.reason.scoresWith', { block: e.block, score: f.score1(e.score), facts: listOf(language, facts) })
        : t('roadmap.reason.scores', { block: e.block, score: f.score1(e.score) }),
    ];
    if (e.element) {
      parts.push(
        t(e.element.weakest ? 'roadmap.reason.element' : 'roadmap.reason.otherElement', {
          element: elementName.get(e.element.id) ?? e.element.id,
          score: f.score1(e.element.score),
        }),
      );
    }
    if (e.perceptionGap !== null) {
      parts.push(
        t(e.perceptionGap > 0 ? 'roadmap.reason.gapHigher' : 'roadmap.reason.gapLower', {
          diff: f.score1(Math.abs(e.perceptionGap)),
        }),
      );
    }
    if (e.pyramidLevel !== null) {
      const level = levels.get(e.pyramidLevel);
      if (level) parts.push(t('roadmap.reason.pyramid', { rank: level.rank, name: text(level.name) }));
    }
    if (e.shift) {
      const s = shifts.get(e.shift.id);
      if (s) {
        parts.push(
          t('roadmap.reason.shift', {
            from: text(s.from),
            to: text(s.to),
            now: f.score1(e.shift.now),
            desired: f.score1(e.shift.desired),
          }),
        );
      }
    }
    return `${parts.join('; ')}.`;
  };

  const fromTemplate = (block: BlockNeed, template: InitiativeTemplate): Suggestion => {
    const first = template.elements[0] as string;
    const element = block.elements.find((x) => x.id === first) ?? null;
    const e = evidence(block, element, template);
    const blockIds = [
      ...new Set(template.elements.map((id) => framework.elements.find((x) => x.id === id)?.block ?? block.id)),
    ];
    return {
      key: template.id,
      templateId: template.id,
      blocks: blockIds.includes(block.id)
        ? [block.id, ...blockIds.filter((b) => b !== block.id)]
        : [block.id, ...blockIds],
      elements: [...template.elements],
      shifts: [...(template.shifts ?? [])],
      title: text(template.title),
      description: text(template.description),
      reason: reason(e),
      impact: template.impact,
      effort: template.effort,
      quarters: template.quarters,
      kpi: template.kpi ? { name: text(template.kpi.name), unit: text(template.kpi.unit) } : null,
      gap: {
        assessmentId: input.assessmentId,
        block: block.id,
        score: block.score,
        target: proposedTarget(block, input.targets),
      },
      evidence: e,
      status: 'open',
    };
  };

  const generic = (block: BlockNeed): Suggestion => {
    const weakest = block.elements[0] ?? null;
    const e = evidence(block, weakest, null);
    const name = blockName.get(block.id) ?? block.id;
    return {
      key: weakest ? `element:${weakest.id}` : `block:${block.id}`,
      templateId: null,
      blocks: [block.id],
      elements: weakest ? [weakest.id] : [],
      shifts: [],
      title: weakest
        ? t('roadmap.generic.elementTitle', { element: elementName.get(weakest.id) ?? weakest.id })
        : t('roadmap.generic.blockTitle', { block: name }),
      description: weakest
        ? t('roadmap.generic.elementDescription', { element: elementName.get(weakest.id) ?? weakest.id, block: name })
        : t('roadmap.generic.blockDescription', { block: name }),
      reason: reason(e),
      impact: genericImpact(block.score),
      effort: 3,
      quarters: 2,
      kpi: null,
      gap: {
        assessmentId: input.assessmentId,
        block: block.id,
        score: block.score,
        target: proposedTarget(block, input.targets),
      },
      evidence: e,
      status: 'open',
    };
  };

  const out: Suggestion[] = [];
  const taken = new Set<string>();
  const push = (s: Suggestion) => {
    if (taken.has(s.key)) return false;
    taken.add(s.key);
    out.push(s);
    return true;
  };

  // Every block's first suggestion, neediest block first.
  const used = new Map<string, string | null>();
  for (const block of blocks) {
    const template =
      block.elements.map((e) => byElement.get(e.id)?.find((x) => !taken.has(x.id))).find(Boolean) ?? null;
    const first = template ? fromTemplate(block, template) : generic(block);
    if (!push(first)) push(generic(block));
    used.set(block.id, first.elements[0] ?? null);
  }
  // Then the other weak elements, in the same block order.
  for (const block of blocks) {
    let more = 0;
    for (const element of block.elements) {
      if (more >= MORE_PER_BLOCK || element.score >= WEAK_ELEMENT - EPSILON) break;
      if (element.id === used.get(block.id)) continue;
      const template = byElement.get(element.id)?.find((x) => !taken.has(x.id));
      if (template && push(fromTemplate(block, template))) more++;
    }
  }
  return out;
}

const listFormats = new Map<Language, Intl.ListFormat>();

/** "A and B" / "A en B"; the formatter is made once per language (it costs about a millisecond). */
function listOf(language: Language, items: string[]): string {
  let format = listFormats.get(language);
  if (!format) {
    format = new Intl.ListFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { style: 'long', type: 'conjunction' });
    listFormats.set(language, format);
  }
  return format.format(items);
}
