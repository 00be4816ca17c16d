import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/** The input labelled `label` (Mantine adds " *" to required labels, so the match is on the start). */
export function field(label: string, container: HTMLElement = document.body): HTMLInputElement {
  // A Mantine select's listbox is labelled by the same label; the field is the input or textarea.
  const labelled = within(container).getAllByLabelText(new RegExp(`^${escape(label)}( \\*)?$`));
  const input = labelled.find((el) => el.tagName === 'INPUT' || el.tagName === 'TEXTAREA');
  if (!input) throw new Error(`No input labelled ${label}`);
  return input as HTMLInputElement;
}

/** The message shown under a field, or null. */
export function fieldError(input: HTMLElement): string | null {
  return document.getElementById(`${input.id}-error`)?.textContent ?? null;
}

/** Picks `option` in the Mantine Select labelled `label`. */
export async function choose(user: UserEvent, label: string, option: string | RegExp, container?: HTMLElement) {
  const input = field(label, container);
  await user.click(input);
  const listbox = await screen.findByRole('listbox');
  await user.click(within(listbox).getByRole('option', { name: option }));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
