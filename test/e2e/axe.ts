import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** One rule axe found broken, with where (CSS selectors of the first few nodes) and why. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** How many elements break it; `nodes` lists the first few. */
  count: number;
  nodes: { target: string; summary: string }[];
}

/** WCAG 2.x A and AA (2.2 included) and axe's best practices: what "accessible" means for the workbench. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * The serious and critical violations axe (through @axe-core/playwright) finds on the page as it is now,
 * dialogs and tooltips included. Colour contrast is checked like every other rule. The script goes in through
 * the debugging protocol, so the app's content security policy does not keep it out.
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Legacy mode runs axe in the page itself: the workbench has no frames, and the default mode opens a
  // blank page per audit to merge the frames' results.
  const result = await new AxeBuilder({ page }).withTags(TAGS).setLegacyMode().analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      count: v.nodes.length,
      nodes: v.nodes.slice(0, 5).map((n) => ({
        target: n.target.map(String).join(' '),
        summary: (n.failureSummary ?? '').split('\n').slice(0, 3).join(' '),
      })),
    }));
}

/** The violations as lines a failing test prints: rule, impact, count, and the first elements with why. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact}) ×${v.count}: ${v.nodes.map((n) => `${n.target} — ${n.summary}`).join('; ')}`)
    .join('\n');
}
