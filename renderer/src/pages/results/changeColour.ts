import type { ChangeDirection } from '../../../../shared/results/change';

/**
 * A change between rounds is coloured only when it is a clear rise or fall (shared/results/change.ts); a
 * difference within the noise keeps the ordinary text colour, so −0.06 never reads as a fall.
 */
export function changeColour(change: ChangeDirection | null): 'green' | 'red' | undefined {
  if (change === 'rise') return 'green';
  if (change === 'fall') return 'red';
  return undefined;
}
