import { describe, expect, it } from 'vitest';
import { followSettingsLanguage, type SettingsEvents } from '../../../main/electron/menuLanguage';
import type { Language } from '../../../shared/domain/identifiers';

/** A change hub in miniature: what the app's listeners hear after each committed write. */
function hub() {
  const listeners = new Set<(event: { entities: readonly string[] }) => void>();
  const events: SettingsEvents = {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { events, emit: (...entities: string[]) => listeners.forEach((l) => l({ entities })) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the application menu follows the language chosen in Settings', () => {
  it('is built in the saved language at start, and again only when a settings write changes it', async () => {
    const { events, emit } = hub();
    let saved: Language = 'nl';
    const built: Language[] = [];
    await followSettingsLanguage({ events, readLanguage: async () => saved, apply: (l) => built.push(l) });
    expect(built).toEqual(['nl']);

    emit('clients'); // another write: the settings are not read again
    saved = 'en';
    await settle();
    expect(built).toEqual(['nl']);

    emit('settings');
    await settle();
    expect(built).toEqual(['nl', 'en']);

    emit('settings'); // the colour scheme changed, not the language: the menu stays
    await settle();
    expect(built).toEqual(['nl', 'en']);
  });

  it('applies only the newest read when two switches overtake each other', async () => {
    const { events, emit } = hub();
    const pending: ((l: Language) => void)[] = [];
    let first = true;
    const built: Language[] = [];
    await followSettingsLanguage({
      events,
      readLanguage: () => {
        if (first) {
          first = false;
          return Promise.resolve('en');
        }
        return new Promise<Language>((resolve) => pending.push(resolve));
      },
      apply: (l) => built.push(l),
    });
    emit('settings'); // switched to Dutch…
    emit('settings'); // …and straight back to English
    pending[1]?.('en');
    pending[0]?.('nl'); // the older read answers last
    await settle();
    expect(built).toEqual(['en']);
  });

  it('leaves the menu as it is when reading the settings fails, and stops when asked', async () => {
    const { events, emit } = hub();
    let fail = false;
    let saved: Language = 'en';
    const built: Language[] = [];
    const stop = await followSettingsLanguage({
      events,
      readLanguage: () => (fail ? Promise.reject(new Error('database busy')) : Promise.resolve(saved)),
      apply: (l) => built.push(l),
    });
    fail = true;
    emit('settings');
    await settle();
    expect(built).toEqual(['en']);

    fail = false;
    saved = 'nl';
    stop();
    emit('settings');
    await settle();
    expect(built).toEqual(['en']);
  });
});
