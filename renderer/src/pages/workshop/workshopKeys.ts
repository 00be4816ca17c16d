import type { TranslationKey } from '../../../../shared/i18n/keys';
/**
 * Every keyboard shortcut of the workshop screen, once. The key handler, the footer and the `?` dialog all
 * read this table, so a key cannot work without being listed, nor be listed without working. Each entry
 * names its keys, its description (an i18n key), when it applies, and what it does through the screen's
 * commands. Pure: no React, no DOM.
 */

/** The parts of a KeyboardEvent the table looks at. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/**
 * One key combination. `ctrl` also matches ⌘ on a Mac. `shift` left out means "either": N and n both mark
 * not applicable, and `?` is typed with Shift on most layouts.
 */
export interface Chord {
  key: string;
  ctrl?: boolean;
  shift?: boolean;
}

/** What a shortcut can do; the screen implements these with its reducer and the answer book. */
export interface WorkshopCommands {
  score(value: number): void;
  notApplicable(): void;
  clear(): void;
  move(delta: number): void;
  stepBlock(delta: number): void;
  note(): void;
  undo(): void;
  redo(): void;
  nextGroup(): void;
  compare(): void;
  radar(): void;
  projector(): void;
  help(): void;
  retry(): void;
  leave(): void;
}

/** What the predicates look at. */
export interface KeyContext {
  readOnly: boolean;
  /** A group is chosen, so there are questions to act on. */
  hasGroup: boolean;
  groups: number;
  /** Answers that failed to save. */
  failed: number;
  /** A dialog is open: it has the keyboard, and no shortcut acts behind it. */
  dialogOpen: boolean;
}

export type ShortcutSection = 'answer' | 'move' | 'history' | 'view' | 'session';

export const SHORTCUT_SECTIONS: readonly ShortcutSection[] = ['answer', 'move', 'history', 'view', 'session'];

export interface Shortcut {
  id: string;
  chords: Chord[];
  /** 'range' reads as "1–5"; otherwise the chords are alternatives, "0 / N". */
  display?: 'range';
  /** i18n key of the description. */
  label: TranslationKey;
  section: ShortcutSection;
  /** Shown in the footer (when it applies); every shortcut is in the `?` dialog. */
  footer?: boolean;
  /** Changes an answer: in a finalized round the key is refused and the read-only notice raised. */
  edits?: boolean;
  when?(ctx: KeyContext): boolean;
  run(commands: WorkshopCommands, chord: Chord): void;
}

const canAnswer = (ctx: KeyContext) => ctx.hasGroup && !ctx.readOnly;
const severalGroups = (ctx: KeyContext) => ctx.groups > 1;

export const WORKSHOP_SHORTCUTS: readonly Shortcut[] = [
  {
    id: 'score',
    chords: ['1', '2', '3', '4', '5'].map((key) => ({ key })),
    display: 'range',
    label: 'workshop.keys.score',
    section: 'answer',
    footer: true,
    edits: true,
    when: canAnswer,
    run: (c, chord) => c.score(Number(chord.key)),
  },
  {
    id: 'notApplicable',
    chords: [{ key: '0' }, { key: 'n' }],
    label: 'workshop.keys.notApplicable',
    section: 'answer',
    footer: true,
    edits: true,
    when: canAnswer,
    run: (c) => c.notApplicable(),
  },
  {
    id: 'clear',
    chords: [{ key: 'Delete' }, { key: 'Backspace' }],
    label: 'workshop.keys.clear',
    section: 'answer',
    edits: true,
    when: canAnswer,
    run: (c) => c.clear(),
  },
  {
    id: 'note',
    chords: [{ key: 'c' }],
    label: 'workshop.keys.note',
    section: 'answer',
    edits: true,
    when: canAnswer,
    run: (c) => c.note(),
  },
  {
    id: 'previousQuestion',
    chords: [{ key: 'ArrowUp' }],
    label: 'workshop.keys.previousQuestion',
    section: 'move',
    when: (ctx) => ctx.hasGroup,
    run: (c) => c.move(-1),
  },
  {
    id: 'nextQuestion',
    chords: [{ key: 'ArrowDown' }, { key: 'Enter' }],
    label: 'workshop.keys.nextQuestion',
    section: 'move',
    footer: true,
    when: (ctx) => ctx.hasGroup,
    run: (c) => c.move(1),
  },
  {
    id: 'previousBlock',
    chords: [{ key: 'ArrowLeft' }],
    label: 'workshop.keys.previousBlock',
    section: 'move',
    run: (c) => c.stepBlock(-1),
  },
  {
    id: 'nextBlock',
    chords: [{ key: 'ArrowRight' }],
    label: 'workshop.keys.nextBlock',
    section: 'move',
    footer: true,
    run: (c) => c.stepBlock(1),
  },
  {
    id: 'nextGroup',
    chords: [{ key: 'g' }],
    label: 'workshop.keys.nextGroup',
    section: 'move',
    footer: true,
    when: severalGroups,
    run: (c) => c.nextGroup(),
  },
  {
    id: 'undo',
    chords: [{ key: 'z', ctrl: true, shift: false }],
    label: 'workshop.keys.undo',
    section: 'history',
    footer: true,
    edits: true,
    when: (ctx) => !ctx.readOnly,
    run: (c) => c.undo(),
  },
  {
    id: 'redo',
    chords: [
      { key: 'z', ctrl: true, shift: true },
      { key: 'y', ctrl: true, shift: false },
    ],
    label: 'workshop.keys.redo',
    section: 'history',
    edits: true,
    when: (ctx) => !ctx.readOnly,
    run: (c) => c.redo(),
  },
  {
    id: 'retry',
    chords: [{ key: 's', ctrl: true, shift: false }],
    label: 'workshop.keys.retry',
    section: 'history',
    footer: true,
    when: (ctx) => ctx.failed > 0,
    run: (c) => c.retry(),
  },
  {
    id: 'compare',
    chords: [{ key: 'v' }],
    label: 'workshop.keys.compare',
    section: 'view',
    when: severalGroups,
    run: (c) => c.compare(),
  },
  {
    id: 'radar',
    chords: [{ key: 'r' }],
    label: 'workshop.keys.radar',
    section: 'view',
    run: (c) => c.radar(),
  },
  {
    id: 'projector',
    chords: [{ key: 'p' }],
    label: 'workshop.keys.projector',
    section: 'view',
    run: (c) => c.projector(),
  },
  {
    id: 'help',
    chords: [{ key: '?' }],
    label: 'workshop.keys.help',
    section: 'session',
    footer: true,
    run: (c) => c.help(),
  },
  {
    id: 'leave',
    chords: [{ key: 'Escape' }],
    label: 'workshop.keys.leave',
    section: 'session',
    run: (c) => c.leave(),
  },
];

/** A letter matches in either case (Shift, Caps Lock); other keys as typed. */
function sameKey(chordKey: string, typed: string): boolean {
  return chordKey.length === 1 ? chordKey.toLowerCase() === typed.toLowerCase() : chordKey === typed;
}

export function chordMatches(chord: Chord, press: KeyPress): boolean {
  if (!sameKey(chord.key, press.key)) return false;
  if (Boolean(chord.ctrl) !== (press.ctrlKey || press.metaKey)) return false;
  return chord.shift === undefined || chord.shift === press.shiftKey;
}

export function applies(shortcut: Shortcut, ctx: KeyContext): boolean {
  return shortcut.when?.(ctx) ?? true;
}

export type KeyOutcome =
  | { kind: 'run'; shortcut: Shortcut; chord: Chord }
  /** The key would change an answer in a finalized round. */
  | { kind: 'refused'; shortcut: Shortcut }
  | { kind: 'none' };

/** What a key press means here and now. */
export function resolveKey(
  press: KeyPress,
  ctx: KeyContext,
  shortcuts: readonly Shortcut[] = WORKSHOP_SHORTCUTS,
): KeyOutcome {
  if (ctx.dialogOpen) return { kind: 'none' };
  for (const shortcut of shortcuts) {
    const chord = shortcut.chords.find((c) => chordMatches(c, press));
    if (!chord) continue;
    if (applies(shortcut, ctx)) return { kind: 'run', shortcut, chord };
    if (shortcut.edits && ctx.readOnly) return { kind: 'refused', shortcut };
  }
  return { kind: 'none' };
}

/** The shortcuts for the footer: the everyday ones that apply now. */
export function footerShortcuts(ctx: KeyContext, shortcuts: readonly Shortcut[] = WORKSHOP_SHORTCUTS): Shortcut[] {
  return shortcuts.filter((s) => s.footer && applies(s, ctx));
}

export function shortcutById(id: string, shortcuts: readonly Shortcut[] = WORKSHOP_SHORTCUTS): Shortcut {
  const found = shortcuts.find((s) => s.id === id);
  if (!found) throw new Error(`No workshop shortcut '${id}'`);
  return found;
}

const KEY_NAMES: Record<string, string> = {
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
  Escape: 'Esc',
  Delete: 'Del',
  Backspace: '⌫',
  Enter: 'Enter',
};

/** The key caps of a chord as printed on a keyboard: ["Ctrl", "Shift", "Z"]. */
export function chordCaps(chord: Chord): string[] {
  const key = KEY_NAMES[chord.key] ?? (chord.key.length === 1 ? chord.key.toUpperCase() : chord.key);
  return [...(chord.ctrl ? ['Ctrl'] : []), ...(chord.shift ? ['Shift'] : []), key];
}

/** The chord in WAI-ARIA's `aria-keyshortcuts` syntax: "Control+Shift+Z". */
export function ariaChord(chord: Chord): string {
  const key = chord.key.length === 1 ? chord.key.toUpperCase() : chord.key;
  return [...(chord.ctrl ? ['Control'] : []), ...(chord.shift ? ['Shift'] : []), key].join('+');
}

/** `aria-keyshortcuts` for a control that does what a shortcut does. */
export function ariaShortcuts(id: string): string {
  return shortcutById(id).chords.map(ariaChord).join(' ');
}
