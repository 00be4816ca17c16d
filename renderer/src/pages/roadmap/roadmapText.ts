import { useCallback, useMemo } from 'react';
import type { FrameworkFile } from '../../../../shared/frameworks/schema';
import { addQuarters, quarterLabel, quartersFrom } from '../../../../shared/roadmap/quarter';
import { useLanguage } from '../../i18n/i18n';

/** Quarters as the UI language writes them ("K1 2027" / "Q1 2027") and periods of two quarters. */
export function useQuarterText() {
  const language = useLanguage();
  const quarter = useCallback((q: string) => quarterLabel(q, language), [language]);
  const period = useCallback(
    (start: string, end: string) => (start === end ? quarter(start) : `${quarter(start)} – ${quarter(end)}`),
    [quarter],
  );
  return { quarter, period };
}

/** The framework's names in the UI language: "B5 Understanding customer needs …", elements, shifts. */
export function useFrameworkNames(framework: FrameworkFile | undefined) {
  const language = useLanguage();
  return useMemo(() => {
    const blocks = new Map(framework?.blocks.map((b) => [b.id, b.name[language]]) ?? []);
    const elements = new Map(framework?.elements.map((e) => [e.id, e.name[language]]) ?? []);
    const shifts = new Map(framework?.shifts.map((s) => [s.id, `${s.from[language]} → ${s.to[language]}`]) ?? []);
    const dimensions = new Map(framework?.dimensions.map((d) => [d.id, d.name[language]]) ?? []);
    return {
      block: (id: string) => (blocks.has(id) ? `${id} ${blocks.get(id)}` : id),
      element: (id: string) => (elements.has(id) ? `${id} ${elements.get(id)}` : id),
      shift: (id: string) => shifts.get(id) ?? id,
      dimension: (id: string) => (dimensions.has(id) ? `${id} ${dimensions.get(id)}` : id),
    };
  }, [framework, language]);
}

/** The quarters a form offers: two years before the horizon to two years after it. */
export function quarterChoices(first: string, quarters: number): string[] {
  return quartersFrom(addQuarters(first, -8), quarters + 16);
}
