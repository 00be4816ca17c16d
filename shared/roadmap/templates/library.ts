import type { FrameworkFile, InitiativeTemplate } from '../../frameworks/schema';
import { SX_DEFAULT_TEMPLATES } from './sxDefaultTemplates';

/**
 * The initiative templates a framework offers: its own (`initiativeTemplates` in the framework file), else the
 * library that ships for `sx-default`, else none — suggestions are then made per block from the numbers
 * alone. A template that names an element the framework does not have is left out.
 */
export function templatesFor(
  framework: Pick<FrameworkFile, 'id' | 'elements' | 'initiativeTemplates'>,
): InitiativeTemplate[] {
  const own = framework.initiativeTemplates;
  const library = own && own.length > 0 ? own : framework.id === 'sx-default' ? SX_DEFAULT_TEMPLATES : [];
  const elements = new Set(framework.elements.map((e) => e.id));
  return library.filter((t) => t.elements.every((e) => elements.has(e)));
}

/** The templates by the element they are made for (their first element), in library order. */
export function templatesByElement(templates: InitiativeTemplate[]): Map<string, InitiativeTemplate[]> {
  const byElement = new Map<string, InitiativeTemplate[]>();
  for (const t of templates) {
    const first = t.elements[0] as string;
    const list = byElement.get(first);
    if (list) list.push(t);
    else byElement.set(first, [t]);
  }
  return byElement;
}
