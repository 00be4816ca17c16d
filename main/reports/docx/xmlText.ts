/**
 * Characters XML 1.0 cannot carry at all, escaped or not: C0 controls other than tab, line feed and carriage
 * return, lone surrogates, U+FFFE and U+FFFF. One of them in a name pasted from elsewhere would make Word
 * refuse the whole document as corrupt, so they are dropped before any text reaches docx (which escapes
 * `<`, `&` and quotes itself) or ECharts' SVG.
 */
const NOT_IN_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlSafe(text: string): string {
  return text.replace(NOT_IN_XML, '');
}

/** A copy of a JSON-like value (a report model) with every string made XML-safe. */
export function xmlSafeDeep<T>(value: T): T {
  if (typeof value === 'string') return xmlSafe(value) as T;
  if (Array.isArray(value)) return value.map((item) => xmlSafeDeep(item)) as T;
  if (value !== null && typeof value === 'object' && !ArrayBuffer.isView(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = xmlSafeDeep(item);
    return out as T;
  }
  return value;
}
