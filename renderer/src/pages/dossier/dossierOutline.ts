import type { Dossier, DossierElement, DossierPart } from '../../../../shared/dossier/schemas';

/**
 * The outline of a dossier as its scheme orders it: parts of the dossier as a whole (the profile, the key
 * results) on their own, and per element its rating followed by its parts. A place is what the outline
 * selects and the readiness list leads to: a part's id, or an element's id for its rating.
 */
export type OutlineGroup =
  { kind: 'part'; part: DossierPart } | { kind: 'element'; element: DossierElement; parts: DossierPart[] };

export function outlineOf(dossier: Pick<Dossier, 'parts' | 'elements'>): OutlineGroup[] {
  const groups: OutlineGroup[] = [];
  const byElement = new Map<string, Extract<OutlineGroup, { kind: 'element' }>>();
  const elements = new Map(dossier.elements.map((e) => [e.id, e]));
  for (const part of dossier.parts) {
    const element = part.element === null ? undefined : elements.get(part.element);
    if (!element) {
      groups.push({ kind: 'part', part });
      continue;
    }
    let group = byElement.get(element.id);
    if (!group) {
      group = { kind: 'element', element, parts: [] };
      byElement.set(element.id, group);
      groups.push(group);
    }
    group.parts.push(part);
  }
  for (const element of dossier.elements) {
    if (!byElement.has(element.id)) groups.push({ kind: 'element', element, parts: [] });
  }
  return groups;
}

/** Where an element's rating stands, for its progress mark. */
export type RatingStatus = 'unrated' | 'noJustification' | 'rated';

export function ratingStatus(element: DossierElement, justificationRequired: boolean): RatingStatus {
  if (!element.rating) return 'unrated';
  if (justificationRequired && element.rating.justification.trim() === '') return 'noJustification';
  return 'rated';
}

/** The place a selection names, or the first part when it names none (an old link, a changed scheme). */
export function placeOf(
  dossier: Pick<Dossier, 'parts' | 'elements'>,
  id: string | null,
): { kind: 'part'; part: DossierPart } | { kind: 'element'; element: DossierElement } | null {
  const part = dossier.parts.find((p) => p.id === id);
  if (part) return { kind: 'part', part };
  const element = dossier.elements.find((e) => e.id === id);
  if (element) return { kind: 'element', element };
  const first = dossier.parts[0];
  return first ? { kind: 'part', part: first } : null;
}

/** `E001`: how the register, the Word dossier and the package number evidence. */
export function evidenceNumber(number: number): string {
  return `E${String(number).padStart(3, '0')}`;
}
