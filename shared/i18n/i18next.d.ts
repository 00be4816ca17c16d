import type { en } from './en';

/**
 * Translation keys checked by the compiler: `t('clients.titel')` or a key missing from en.ts fails
 * `npm run typecheck`, and nl.ts must have exactly en.ts's keys (its type is derived from en.ts).
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
