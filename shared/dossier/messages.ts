import type { Language } from '../domain/identifiers';
import { translator } from '../i18n';
import { keyFromData } from '../i18n/keys';
import type { MissingEntry, ReadinessWarning } from './readiness';
import type { Dossier } from './schemas';

/**
 * The readiness check's entries as sentences in the consultant's language (`dossier.reasons.*`,
 * `dossier.warnings.*`): the place by its title, the evidence by its number and title, the key result by
 * its name.
 */
export function readinessMessage(
  dossier: Pick<Dossier, 'parts' | 'elements' | 'evidence' | 'keyResults'>,
  entry: MissingEntry,
  language: Language,
): string {
  const t = translator(language);
  const part = dossier.parts.find((p) => p.id === entry.part);
  const element = dossier.elements.find((e) => e.id === entry.part);
  const place = part ? part.title[language] : element ? `${element.id} ${element.name[language]}` : entry.part;
  const evidence = dossier.evidence.find((e) => e.id === entry.evidenceId);
  const keyResult = dossier.keyResults.find((k) => k.id === entry.keyResultId);
  const unit = entry.params?.unit;
  return t(keyFromData(`dossier.reasons.${entry.reason}`), {
    ...entry.params,
    part: place,
    evidence: evidence ? `E${String(evidence.number).padStart(3, '0')} ${evidence.title}` : (entry.evidenceId ?? ''),
    keyResult: keyResult?.name ?? entry.keyResultId ?? '',
    ...(typeof unit === 'string' ? { unit: t(keyFromData(`dossier.unitNames.${unit}`)) } : {}),
  });
}

export function warningMessage(
  dossier: Pick<Dossier, 'evidence'>,
  warning: ReadinessWarning,
  language: Language,
): string {
  const t = translator(language);
  const evidence = dossier.evidence.find((e) => e.id === warning.evidenceId);
  return t(keyFromData(`dossier.warnings.${warning.reason}`), {
    evidence: evidence ? `E${String(evidence.number).padStart(3, '0')} ${evidence.title}` : warning.evidenceId,
  });
}

export function readinessMessages(
  dossier: Pick<Dossier, 'parts' | 'elements' | 'evidence' | 'keyResults' | 'readiness'>,
  language: Language,
): string[] {
  return dossier.readiness.missing.map((entry) => readinessMessage(dossier, entry, language));
}
