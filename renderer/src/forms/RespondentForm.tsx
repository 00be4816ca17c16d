import { Button, Group, Select, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Respondent } from '../../../shared/assessments/schemas';
import { RespondentCode } from '../../../shared/assessments/schemas';
import { RESPONDENT_ROLES } from '../../../shared/domain/identifiers';
import { ApiFailure, useApiMutation } from '../api/client';
import { useZodForm } from './useZodForm';

/**
 * The form checks the code's shape and uniqueness itself, in the handler, so each problem gets its own
 * sentence ("already used in this round") rather than a generic one.
 */
const RespondentFields = z.object({
  assessmentId: z.string(),
  code: z.string().trim().min(1).max(40),
  role: z.enum(RESPONDENT_ROLES),
  name: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
    z.string().trim().max(200).nullable(),
  ),
});

interface RespondentValues extends Record<string, unknown> {
  assessmentId: string;
  code: string;
  role: string | null;
  name: string;
}

function fieldFailure(op: 'respondents.create' | 'respondents.update', code: string): ApiFailure {
  return new ApiFailure(op, {
    code: 'invalid_input',
    message: code,
    details: { fields: [{ path: 'code', code, message: code }] },
  });
}

export function RespondentForm({
  assessmentId,
  respondent,
  takenCodes,
  defaultRole,
  suggestedCode = '',
  compact = false,
  autoFocus = false,
  onDone,
  onCancel,
}: {
  assessmentId: string;
  respondent?: Respondent;
  /** Codes already used in the round (other than this respondent's own). */
  takenCodes: readonly string[];
  defaultRole: Respondent['role'];
  suggestedCode?: string;
  /** One line, as on the workshop screen: no name field. */
  compact?: boolean;
  /** Outside a modal or popover (whose focus trap honours data-autofocus), take the focus on mount. */
  autoFocus?: boolean;
  onDone(id: string): void;
  onCancel?(): void;
}) {
  const { t } = useTranslation();
  const form = useZodForm(RespondentFields, {
    assessmentId,
    code: respondent?.code ?? suggestedCode,
    role: respondent?.role ?? defaultRole,
    name: respondent?.name ?? '',
  } as RespondentValues);
  const create = useApiMutation('respondents.create');
  const update = useApiMutation('respondents.update');
  const roles = useMemo(() => RESPONDENT_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) })), [t]);
  const op = respondent ? 'respondents.update' : 'respondents.create';

  const submit = form.onSubmit(async (parsed) => {
    if (!RespondentCode.safeParse(parsed.code).success) throw fieldFailure(op, 'respondent_code');
    if (takenCodes.includes(parsed.code)) throw fieldFailure(op, 'duplicate');
    try {
      const saved = respondent
        ? await update.mutateAsync({ ...parsed, id: respondent.id })
        : await create.mutateAsync(parsed);
      onDone(saved.id);
    } catch (error) {
      // Someone else took the code meanwhile: the server says so as a conflict on the field.
      if (error instanceof ApiFailure && error.code === 'conflict' && error.error.details?.fields) {
        throw fieldFailure(op, 'duplicate');
      }
      throw error;
    }
  });

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate>
      <Group align="flex-start" gap="sm" wrap={compact ? 'nowrap' : 'wrap'}>
        <TextInput
          label={t('respondents.fields.code')}
          description={compact ? undefined : t('respondents.codeHelp')}
          withAsterisk
          autoComplete="off"
          data-autofocus
          autoFocus={autoFocus}
          w={compact ? 180 : 200}
          {...form.text('code')}
        />
        <Select
          label={t('respondents.fields.role')}
          withAsterisk
          data={roles}
          allowDeselect={false}
          w={compact ? 170 : 180}
          {...form.select('role')}
        />
        {!compact && (
          <TextInput
            label={t('respondents.fields.name')}
            description={t('respondents.nameHelp')}
            autoComplete="off"
            style={{ flex: 1, minWidth: 180 }}
            {...form.text('name')}
          />
        )}
        <Group gap="xs" mt={compact ? 25 : 45} wrap="nowrap">
          {onCancel && (
            <Button variant="default" onClick={onCancel} disabled={form.submitting}>
              {t('common.cancel')}
            </Button>
          )}
          <Button type="submit" loading={form.submitting}>
            {respondent ? t('common.save') : t('common.add')}
          </Button>
        </Group>
      </Group>
    </form>
  );
}

/** "Table 3" after "Table 1" and "Table 2": the first free number. */
export function nextGroupCode(prefix: string, taken: readonly string[]): string {
  for (let i = 1; ; i++) {
    const code = `${prefix} ${i}`;
    if (!taken.includes(code)) return code;
  }
}
