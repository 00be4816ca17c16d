import { describe, expect, it } from 'vitest';
import { createI18n, en, nl } from '../../../shared/i18n';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('Dutch and English strings', () => {
  const english = leaves(en as unknown as Tree);
  const dutch = leaves(nl as unknown as Tree);

  it('have exactly the same keys', () => {
    const onlyEnglish = [...english.keys()].filter((k) => !dutch.has(k));
    const onlyDutch = [...dutch.keys()].filter((k) => !english.has(k));
    expect({ onlyEnglish, onlyDutch }).toEqual({ onlyEnglish: [], onlyDutch: [] });
  });

  it('are never empty', () => {
    for (const [key, value] of [...english, ...dutch]) expect(value.trim(), key).not.toBe('');
  });

  it('use the same interpolation placeholders in both languages', () => {
    for (const [key, value] of english) expect(placeholders(dutch.get(key) ?? ''), key).toEqual(placeholders(value));
  });

  it('translate through i18next in the language asked for', () => {
    expect(createI18n('nl').t('nav.clients')).toBe('Opdrachtgevers');
    expect(createI18n('en').t('nav.clients')).toBe('Clients');
    expect(createI18n('nl').t('clients.count', { count: 2 })).toBe('2 opdrachtgevers');
  });
});
