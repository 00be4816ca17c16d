import { useEffect, useRef } from 'react';
import { type KeyContext, resolveKey, type WorkshopCommands } from './workshopKeys';

/** Keys typed here belong to a field or a dialog, not to the scoring shortcuts. */
const OWN_KEYS = 'input, textarea, select, [contenteditable="true"], [role="dialog"], [role="listbox"]';

/**
 * The one window-level key listener of the workshop screen: each key is looked up in the key table and
 * run through the screen's commands. The latest context and commands are read at key time.
 */
export function useWorkshopKeys(context: () => KeyContext, commands: WorkshopCommands, onRefused: () => void): void {
  const latest = useRef({ context, commands, onRefused });
  latest.current = { context, commands, onRefused };

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.isComposing) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest(OWN_KEYS)) return;
      // Enter and Space on a button or link press it.
      if (target?.closest('button, a') && (event.key === 'Enter' || event.key === ' ')) return;
      const { context: readContext, commands: run, onRefused: refuse } = latest.current;
      const outcome = resolveKey(event, readContext());
      if (outcome.kind === 'none') return;
      event.preventDefault();
      if (outcome.kind === 'refused') refuse();
      else outcome.shortcut.run(run, outcome.chord);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
