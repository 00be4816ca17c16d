/**
 * Identifiers that are part of the product's contracts (ARCHITECTURE.md "Identifiers").
 * They are stored in the database, printed by the CLI and written into files, so they never change;
 * their labels live in the i18n resources.
 */

export const ENGAGEMENT_PURPOSES = [
  'diagnosis',
  'excellence-programme',
  'management-development',
  'transformation',
  'external-recognition',
] as const;
export type EngagementPurpose = (typeof ENGAGEMENT_PURPOSES)[number];

export const ENGAGEMENT_STATUSES = ['planned', 'active', 'completed', 'archived'] as const;
export type EngagementStatus = (typeof ENGAGEMENT_STATUSES)[number];

export const RESPONDENT_ROLES = ['management', 'staff', 'frontline', 'customer', 'other'] as const;
export type RespondentRole = (typeof RESPONDENT_ROLES)[number];

export const SIZE_BANDS = ['1-9', '10-49', '50-249', '250-999', '1000+'] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];

/** NACE Rev.2 sections. */
export const SECTORS = [
  'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K',
  'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U',
] as const;
export type Sector = (typeof SECTORS)[number];

/** ISO 3166-1 alpha-2, officially assigned codes. Labels come from Intl.DisplayNames in the UI language. */
export const COUNTRIES = [
  'AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ',
  'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS',
  'BT', 'BV', 'BW', 'BY', 'BZ', 'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN',
  'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ', 'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ', 'EC', 'EE',
  'EG', 'EH', 'ER', 'ES', 'ET', 'FI', 'FJ', 'FK', 'FM', 'FO', 'FR', 'GA', 'GB', 'GD', 'GE', 'GF',
  'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY', 'HK', 'HM',
  'HN', 'HR', 'HT', 'HU', 'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT', 'JE', 'JM',
  'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ', 'LA', 'LB', 'LC',
  'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY', 'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK',
  'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA',
  'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ', 'OM', 'PA', 'PE', 'PF', 'PG',
  'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY', 'QA', 'RE', 'RO', 'RS', 'RU', 'RW',
  'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS',
  'ST', 'SV', 'SX', 'SY', 'SZ', 'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO',
  'TR', 'TT', 'TV', 'TW', 'TZ', 'UA', 'UG', 'UM', 'US', 'UY', 'UZ', 'VA', 'VC', 'VE', 'VG', 'VI',
  'VN', 'VU', 'WF', 'WS', 'YE', 'YT', 'ZA', 'ZM', 'ZW',
] as const;
export type Country = (typeof COUNTRIES)[number];

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The UI language for an OS locale such as "nl-BE" or "en_US.UTF-8": Dutch for Dutch locales, else English. */
export function languageForLocale(locale: string | undefined | null): Language {
  return locale && /^nl\b|^nl[-_]/i.test(locale.trim()) ? 'nl' : 'en';
}
