import type { TFunction } from 'i18next';
import { type ChangeEvent, type FormEvent, type RefObject, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { fieldIssues } from '../../../shared/api/fieldIssues';
import { PLAUSIBLE_YEARS } from '../../../shared/domain/dates';
import type { FieldIssue } from '../../../shared/api/result';
import { isApiFailure } from '../api/client';
import { notifyFailure } from '../app/notify';
import { keyFromData } from '../../../shared/i18n/keys';

/**
 * Form state validated with the API's own zod schema, so the form and the server can never disagree.
 * Messages appear after the first submit and then follow every keystroke; the server's `invalid_input`
 * field problems land on the same fields. Problems are stored as codes and translated at render time,
 * so switching the language also switches the messages.
 */

interface FieldProblem {
  code: string;
  max?: number;
}

type Problems = Record<string, FieldProblem>;

/** First segment of a dotted path: the form field the problem belongs to. */
const fieldOf = (path: string) => path.split('.')[0] ?? '';

const isBlank = (value: unknown) =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

function problemsFromZod(error: z.ZodError, values: Record<string, unknown>): Problems {
  const problems: Problems = {};
  const issues = fieldIssues(error);
  issues.forEach((issue, i) => {
    const field = fieldOf(issue.path);
    if (problems[field]) return; // the first problem of a field is the one to fix first
    // A choice not made yet is "Required", not "Choose one of the options" (zod reports an enum's null so).
    const code = issue.code === 'invalid_choice' && isBlank(values[field]) ? 'required' : issue.code;
    const raw = error.issues[i] as { maximum?: unknown } | undefined;
    const max = typeof raw?.maximum === 'number' || typeof raw?.maximum === 'bigint' ? Number(raw.maximum) : undefined;
    problems[field] = max === undefined ? { code } : { code, max };
  });
  return problems;
}

function problemsFromServer(issues: FieldIssue[]): Problems {
  const problems: Problems = {};
  for (const issue of issues) {
    const field = fieldOf(issue.path);
    problems[field] ??= { code: issue.code };
  }
  return problems;
}

export function problemText(t: TFunction, problem: FieldProblem): string {
  if (problem.code === 'too_long' && problem.max === undefined) return t('validation.too_long_no_limit');
  // The plausible years are the same for every date field (shared/domain/dates.ts).
  const params = { ...PLAUSIBLE_YEARS, ...(problem.max === undefined ? {} : { max: problem.max }) };
  return t([keyFromData(`validation.${problem.code}`), 'validation.invalid'], params);
}

/** A form over values `V` whose schema parses them into `Parsed` (what the API receives). */
export interface ZodForm<V, Parsed> {
  values: V;
  setValue<K extends keyof V>(key: K, value: V[K]): void;
  error(key: keyof V & string): string | undefined;
  submitting: boolean;
  formRef: RefObject<HTMLFormElement | null>;
  /** Validates, then hands the parsed values to `handler`; its ApiFailure lands on the fields or in a toast. */
  onSubmit(handler: (parsed: Parsed) => Promise<void>): (event?: FormEvent) => void;
  text(key: keyof V & string): {
    name: string;
    value: string;
    error: string | undefined;
    onChange(event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>): void;
  };
  select(key: keyof V & string): {
    name: string;
    value: string | null;
    error: string | undefined;
    onChange(value: string | null): void;
  };
  checkbox(key: keyof V & string): {
    name: string;
    checked: boolean;
    error: string | undefined;
    onChange(event: ChangeEvent<HTMLInputElement>): void;
  };
  /** For a DateField: the value as `YYYY-MM-DD` (or the text typed, when it is no date). */
  date(key: keyof V & string): {
    name: string;
    value: string;
    error: string | undefined;
    onChange(value: string): void;
  };
}

export function useZodForm<S extends z.ZodType, V extends Record<string, unknown>>(
  schema: S,
  initialValues: V,
): ZodForm<V, z.output<S>> {
  const { t } = useTranslation();
  const [values, setValues] = useState<V>(initialValues);
  const [problems, setProblems] = useState<Problems>({});
  const [submitted, setSubmitted] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const formRef = useRef<HTMLFormElement | null>(null);

  const validate = (candidate: V) => schema.safeParse(candidate);

  // Keyboard users land on the field to fix rather than hunting for the red text.
  const focusFirstProblem = () =>
    setTimeout(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);

  function setValue<K extends keyof V>(key: K, value: V[K]) {
    const next = { ...values, [key]: value };
    setValues(next);
    if (submitted) {
      const result = validate(next);
      setProblems(result.success ? {} : problemsFromZod(result.error, next));
    } else if (problems[key as string]) {
      const { [key as string]: _fixed, ...rest } = problems;
      setProblems(rest);
    }
  }

  const error = (key: string) => {
    const problem = problems[key];
    return problem ? problemText(t, problem) : undefined;
  };

  const onSubmit =
    (handler: (parsed: z.output<S>) => Promise<void>) =>
    (event?: FormEvent): void => {
      event?.preventDefault();
      if (submitting) return;
      setSubmitted(true);
      const result = validate(values);
      if (!result.success) {
        setProblems(problemsFromZod(result.error, values));
        focusFirstProblem();
        return;
      }
      setProblems({});
      setSubmitting(true);
      handler(result.data)
        .catch((failure: unknown) => {
          const fields =
            isApiFailure(failure) && failure.code === 'invalid_input' ? failure.error.details?.fields : undefined;
          if (fields && fields.length > 0) {
            setProblems(problemsFromServer(fields));
            focusFirstProblem();
            // A problem on a field this form does not show still needs saying.
            if (fields.some((f) => !(fieldOf(f.path) in values))) notifyFailure(t, failure);
          } else {
            notifyFailure(t, failure);
          }
        })
        .finally(() => setSubmitting(false));
    };

  return {
    values,
    setValue,
    error,
    submitting,
    formRef,
    onSubmit,
    text: (key) => ({
      name: key,
      value: (values[key] as string | null | undefined) ?? '',
      error: error(key),
      onChange: (event) => setValue(key, event.currentTarget.value as V[typeof key]),
    }),
    select: (key) => ({
      name: key,
      value: (values[key] as string | null | undefined) ?? null,
      error: error(key),
      onChange: (value) => setValue(key, value as V[typeof key]),
    }),
    checkbox: (key) => ({
      name: key,
      checked: Boolean(values[key]),
      error: error(key),
      onChange: (event) => setValue(key, event.currentTarget.checked as V[typeof key]),
    }),
    date: (key) => ({
      name: key,
      value: (values[key] as string | null | undefined) ?? '',
      error: error(key),
      onChange: (value) => setValue(key, value as V[typeof key]),
    }),
  };
}
