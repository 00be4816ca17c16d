import { RESPONDENT_ROLES, type Language, type RespondentRole } from '../domain/identifiers';
import type { FrameworkFile } from '../frameworks/schema';
import { translator } from '../i18n';

/**
 * The questionnaire of a round as it must be typed or pasted into a form, in one language
 * (docs/file-formats.md "Survey kit"). The texts are exactly the ones the import matches columns and
 * answers by (shared/surveys/matching.ts), so a form built from the kit imports without a mapping.
 */
export interface SurveyKit {
  questions: { id: string; text: string }[];
  role: { question: string; options: { role: RespondentRole; label: string }[] };
  scale: { score: number; label: string }[];
  notApplicable: { label: string };
}

export function surveyKit(framework: FrameworkFile, language: Language): SurveyKit {
  const t = translator(language);
  return {
    questions: framework.questions.map((q) => ({ id: q.id, text: q.text[language] })),
    role: {
      question: t('survey.kit.roleQuestion'),
      options: RESPONDENT_ROLES.map((role) => ({ role, label: t(`survey.kit.roleOptions.${role}`) })),
    },
    scale: framework.scale.map((s) => ({ score: s.score, label: s.label[language] })),
    notApplicable: { label: framework.notApplicable[language] },
  };
}
