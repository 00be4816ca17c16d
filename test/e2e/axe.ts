import fs from 'node:fs';
import { createRequire } from 'node:module';
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

const require = createRequire(import.meta.url);

/**
 * axe-core's browser script: from node_modules (a dependency of @axe-core/playwright), or from the file
 * `SXW_AXE_CORE` names. Missing, the audit fails with the reason rather than passing without looking.
 */
function axeSource(): string {
  const candidates = [process.env.SXW_AXE_CORE];
  try {
    candidates.push(require.resolve('axe-core/axe.min.js'));
  } catch {
    // not installed; the environment variable may still name a copy
  }
  const file = candidates.find((f): f is string => typeof f === 'string' && f !== '' && fs.existsSync(f));
  if (!file) {
    throw new Error(
      'axe-core is not installed (npm i -D @axe-core/playwright brings it); or set SXW_AXE_CORE to axe.min.js.',
    );
  }
  return fs.readFileSync(file, 'utf8');
}

let source: string | undefined;

/**
 * The serious and critical WCAG 2.x A/AA violations axe finds on the page as it is now (dialogs and
 * tooltips included). Colour contrast is checked like every other rule.
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  source ??= axeSource();
  // Evaluated through the debugging protocol: the app's content security policy refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<unknown> } }).axe;
    const result = (await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    })) as {
      violations: {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: unknown[]; failureSummary?: string }[];
      }[];
    };
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      count: v.nodes.length,
      nodes: v.nodes.slice(0, 5).map((n) => ({
        target: n.target.map(String).join(' '),
        summary: (n.failureSummary ?? '').split('\n').slice(0, 3).join(' '),
      })),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
