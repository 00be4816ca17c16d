import { describe, expect, it } from 'vitest';
import {
  ariaShortcuts,
  chordCaps,
  footerShortcuts,
  type KeyContext,
  type KeyPress,
  resolveKey,
  SHORTCUT_SECTIONS,
  WORKSHOP_SHORTCUTS,
  type WorkshopCommands,
} from '../../../renderer/src/pages/workshop/workshopKeys';
import { en, nl } from '../../../shared/i18n';

const context = (over: Partial<KeyContext> = {}): KeyContext => ({
  readOnly: false,
  hasGroup: true,
  groups: 2,
  failed: 0,
  dialogOpen: false,
  ...over,
});

const press = (key: string, mods: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...mods,
});

/** Runs a key through the table and returns the commands it called, e.g. ["score 3"]. */
function typed(key: KeyPress, ctx = context()): string[] {
  const calls: string[] = [];
  const commands = new Proxy({} as WorkshopCommands, {
    get:
      (_, name: string) =>
      (...args: unknown[]) =>
        calls.push([name, ...args].join(' ')),
  });
  const outcome = resolveKey(key, ctx);
  if (outcome.kind === 'run') outcome.shortcut.run(commands, outcome.chord);
  if (outcome.kind === 'refused') calls.push(`refused ${outcome.shortcut.id}`);
  return calls;
}

type Tree = { [key: string]: string | Tree };
const lookup = (tree: Tree, key: string) =>
  key
    .split('.')
    .reduce<string | Tree | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), tree);

describe('the workshop key table', () => {
  it('scores 1–5 and marks not applicable with 0 or N in either case', () => {
    expect(typed(press('3'))).toEqual(['score 3']);
    expect(typed(press('5'))).toEqual(['score 5']);
    expect(typed(press('6'))).toEqual([]);
    expect(typed(press('0'))).toEqual(['notApplicable']);
    expect(typed(press('n'))).toEqual(['notApplicable']);
    expect(typed(press('N', { shiftKey: true }))).toEqual(['notApplicable']);
    expect(typed(press('Delete'))).toEqual(['clear']);
    expect(typed(press('Backspace'))).toEqual(['clear']);
  });

  it('moves with the arrows and Enter', () => {
    expect(typed(press('ArrowDown'))).toEqual(['move 1']);
    expect(typed(press('Enter'))).toEqual(['move 1']);
    expect(typed(press('ArrowUp'))).toEqual(['move -1']);
    expect(typed(press('ArrowRight'))).toEqual(['stepBlock 1']);
    expect(typed(press('ArrowLeft'))).toEqual(['stepBlock -1']);
  });

  it('undoes with Ctrl+Z and redoes with Ctrl+Shift+Z or Ctrl+Y, also with ⌘ on a Mac', () => {
    expect(typed(press('z', { ctrlKey: true }))).toEqual(['undo']);
    expect(typed(press('z', { metaKey: true }))).toEqual(['undo']);
    expect(typed(press('Z', { ctrlKey: true, shiftKey: true }))).toEqual(['redo']);
    expect(typed(press('y', { ctrlKey: true }))).toEqual(['redo']);
    expect(typed(press('Y', { metaKey: true, shiftKey: true }))).toEqual([]);
    // A plain z or y is no shortcut, and Ctrl with a digit does not score.
    expect(typed(press('z'))).toEqual([]);
    expect(typed(press('3', { ctrlKey: true }))).toEqual([]);
  });

  it('opens the views and dialogs: V compares groups, R the radar, P the projector theme, ? the list', () => {
    expect(typed(press('v'))).toEqual(['compare']);
    expect(typed(press('r'))).toEqual(['radar']);
    expect(typed(press('p'))).toEqual(['projector']);
    expect(typed(press('?', { shiftKey: true }))).toEqual(['help']);
    expect(typed(press('c'))).toEqual(['note']);
    expect(typed(press('Escape'))).toEqual(['leave']);
  });

  it('offers the group keys only when several groups score', () => {
    expect(typed(press('g'))).toEqual(['nextGroup']);
    expect(typed(press('g'), context({ groups: 1 }))).toEqual([]);
    expect(typed(press('v'), context({ groups: 1 }))).toEqual([]);
    expect(footerShortcuts(context({ groups: 1 })).map((s) => s.id)).not.toContain('nextGroup');
  });

  it('saves failed answers again with Ctrl+S only when some failed', () => {
    expect(typed(press('s', { ctrlKey: true }))).toEqual([]);
    expect(typed(press('s', { ctrlKey: true }), context({ failed: 2 }))).toEqual(['retry']);
    expect(footerShortcuts(context({ failed: 2 })).map((s) => s.id)).toContain('retry');
  });

  it('refuses every key that would change an answer in a finalized round, and still moves', () => {
    const finalized = context({ readOnly: true });
    expect(typed(press('3'), finalized)).toEqual(['refused score']);
    expect(typed(press('n'), finalized)).toEqual(['refused notApplicable']);
    expect(typed(press('c'), finalized)).toEqual(['refused note']);
    expect(typed(press('z', { ctrlKey: true }), finalized)).toEqual(['refused undo']);
    expect(typed(press('ArrowDown'), finalized)).toEqual(['move 1']);
    expect(typed(press('r'), finalized)).toEqual(['radar']);
    expect(footerShortcuts(finalized).map((s) => s.id)).toEqual(['nextQuestion', 'nextBlock', 'nextGroup', 'help']);
  });

  it('does nothing to the questions before a group exists, but the blocks can be browsed', () => {
    const noGroup = context({ hasGroup: false, groups: 0 });
    expect(typed(press('3'), noGroup)).toEqual([]);
    expect(typed(press('ArrowDown'), noGroup)).toEqual([]);
    expect(typed(press('ArrowRight'), noGroup)).toEqual(['stepBlock 1']);
  });

  it('leaves every key to an open dialog', () => {
    for (const key of ['3', 'Escape', '?', 'ArrowDown'])
      expect(typed(press(key), context({ dialogOpen: true }))).toEqual([]);
  });

  it('has no key that two shortcuts claim', () => {
    const seen = new Map<string, string>();
    for (const shortcut of WORKSHOP_SHORTCUTS) {
      for (const chord of shortcut.chords) {
        const id = `${chord.ctrl ? 'ctrl+' : ''}${chord.shift === undefined ? '' : chord.shift ? 'shift+' : 'noshift+'}${chord.key.toLowerCase()}`;
        expect(seen.get(id), `${id} in ${shortcut.id}`).toBeUndefined();
        seen.set(id, shortcut.id);
      }
    }
    const ids = WORKSHOP_SHORTCUTS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('describes every shortcut and section in Dutch and English', () => {
    for (const shortcut of WORKSHOP_SHORTCUTS) {
      expect(typeof lookup(en as unknown as Tree, shortcut.label), shortcut.label).toBe('string');
      expect(typeof lookup(nl as unknown as Tree, shortcut.label), shortcut.label).toBe('string');
      expect(SHORTCUT_SECTIONS).toContain(shortcut.section);
    }
    for (const section of SHORTCUT_SECTIONS) {
      expect(typeof lookup(en as unknown as Tree, `workshop.keySections.${section}`)).toBe('string');
      expect(typeof lookup(nl as unknown as Tree, `workshop.keySections.${section}`)).toBe('string');
    }
  });

  it('shows the everyday keys in the footer, in the table’s order', () => {
    expect(footerShortcuts(context()).map((s) => s.id)).toEqual([
      'score',
      'notApplicable',
      'nextQuestion',
      'nextBlock',
      'nextGroup',
      'undo',
      'help',
    ]);
  });

  it('prints keys as key caps and as aria-keyshortcuts', () => {
    expect(chordCaps({ key: 'z', ctrl: true, shift: true })).toEqual(['Ctrl', 'Shift', 'Z']);
    expect(chordCaps({ key: 'ArrowDown' })).toEqual(['↓']);
    expect(chordCaps({ key: 'Escape' })).toEqual(['Esc']);
    expect(ariaShortcuts('redo')).toBe('Control+Shift+Z Control+Y');
    expect(ariaShortcuts('radar')).toBe('R');
    expect(() => ariaShortcuts('nope')).toThrow(/nope/);
  });
});
