import type { ParseKeys } from 'i18next';
import type { reportEn } from './reportEn';

/** Every key of the resource tree, as the compiler knows it (see i18next.d.ts). */
export type TranslationKey = ParseKeys;

/**
 * A key made from data the compiler cannot see — an error code sent by the service, a size band read from a
 * record. Used with a fallback key beside it, so a code without a string still reads as a sentence.
 */
export function keyFromData(key: string): TranslationKey {
  return key as TranslationKey;
}

/** i18next's plural forms: `rose_one` and `rose_other` are asked for as `rose` with a count. */
type Plural<K extends string> = K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}`
  ? Base
  : K;

/** The dotted paths of a resource object's strings: `Leaves<{a: {b: 'x'}}>` is `'a.b'`. */
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${Plural<K>}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** A key under `report.` — what the report writers ask for (shared/reports). */
export type ReportKey = Leaves<typeof reportEn>;
