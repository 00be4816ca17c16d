/**
 * The parts of the results, in screen order: each is a section of the page, an entry of the section
 * navigation, a screen of the presentation and (from the second on) a new page in print.
 */
export const RESULTS_PARTS = [
  'summary',
  'blocks',
  'table',
  'change',
  'benchmark',
  'pyramid',
  'gaps',
  'roles',
  'elements',
  'answers',
  'shifts',
] as const;
export type ResultsPart = (typeof RESULTS_PARTS)[number];

/** The element id of a part, for scrolling to it. */
export const partElementId = (part: ResultsPart) => `results-${part}`;

/** The part's heading, for moving the keyboard focus to it after a jump. */
export function partHeading(part: ResultsPart): HTMLElement | null {
  return document.getElementById(partElementId(part))?.querySelector<HTMLElement>('h2') ?? null;
}
