import type { Language } from '../domain/identifiers';

/**
 * Numbers and dates as the report's reader writes them: "3,42" and "22 november 2026" in Dutch, "3.42"
 * and "22 November 2026" in English. Independent of the UI's language and of the machine's locale.
 */

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };
const numberFormats = new Map<string, Intl.NumberFormat>();

export function decimalFormatter(language: Language): (value: number, fractionDigits: number) => string {
  return (value, fractionDigits) => {
    const key = `${language}:${fractionDigits}`;
    let f = numberFormats.get(key);
    if (!f) {
      f = new Intl.NumberFormat(LOCALES[language], {
        minimumFractionDigits: fractionDigits,
        maximumFractionDigits: fractionDigits,
        useGrouping: true,
      });
      numberFormats.set(key, f);
    }
    // −0.00 reads as a change; a value that rounds to zero is plain zero.
    const rounded = Math.abs(value) < 0.5 * 10 ** -fractionDigits ? 0 : value;
    return f.format(rounded).replace('-', '−');
  };
}

export interface ReportFormat {
  /** One decimal: scores in sentences. */
  score1(value: number): string;
  /** Two decimals: scores in tables. */
  score2(value: number): string;
  /** "+0,40" / "−0,25" / "0,00". */
  signed(value: number, fractionDigits?: number): string;
  integer(value: number): string;
  /** A 0–100 index, no decimals. */
  index(value: number): string;
  /** A share (0.8) as a whole percentage with a space, as the report writes it: "80 %". */
  percent(share: number): string;
  /** `YYYY-MM-DD` → "22 november 2026". */
  date(iso: string): string;
  /**
   * A count that opens a sentence: in words and capitalised up to twelve ("Zes", "Twelve"), as Dutch and
   * English style guides ask; in digits from 13 on. `atStart: false` for inside a sentence ("de overige vijf").
   */
  countWord(value: number, atStart?: boolean): string;
}

const WORDS: Record<Language, readonly string[]> = {
  nl: ['Geen', 'Eén', 'Twee', 'Drie', 'Vier', 'Vijf', 'Zes', 'Zeven', 'Acht', 'Negen', 'Tien', 'Elf', 'Twaalf'],
  en: ['No', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Eleven', 'Twelve'],
};

const formats = new Map<Language, ReportFormat>();

/** Made once per language: Intl formatters take a millisecond or so to create. */
export function reportFormat(language: Language): ReportFormat {
  let format = formats.get(language);
  if (!format) formats.set(language, (format = createFormat(language)));
  return format;
}

function createFormat(language: Language): ReportFormat {
  const decimal = decimalFormatter(language);
  const dates = new Intl.DateTimeFormat(LOCALES[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return {
    score1: (v) => decimal(v, 1),
    score2: (v) => decimal(v, 2),
    signed: (v, digits = 2) => {
      const text = decimal(Math.abs(v), digits);
      if (Math.abs(v) < 0.5 * 10 ** -digits) return decimal(0, digits);
      return `${v > 0 ? '+' : '−'}${text}`;
    },
    integer: (v) => decimal(v, 0),
    index: (v) => decimal(v, 0),
    percent: (v) => `${decimal(v * 100, 0)}\u00a0%`,
    date: (iso) => dates.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)),
    countWord: (v, atStart = true) => {
      if (!Number.isInteger(v) || v < 0 || v > 12) return decimal(v, 0);
      const word = WORDS[language][v] as string;
      return atStart ? word : word.toLowerCase();
    },
  };
}
