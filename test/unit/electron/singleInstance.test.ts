import { describe, expect, it } from 'vitest';
import { decideOnLaunch, type FocusableWindow, focusExistingWindow } from '../../../main/electron/singleInstance';

function fakeWindow(state: {
  destroyed?: boolean;
  minimized?: boolean;
  visible?: boolean;
}): FocusableWindow & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    isDestroyed: () => state.destroyed ?? false,
    isMinimized: () => state.minimized ?? false,
    isVisible: () => state.visible ?? true,
    restore: () => void calls.push('restore'),
    show: () => void calls.push('show'),
    focus: () => void calls.push('focus'),
  };
}

describe('single instance', () => {
  it('lets the first instance continue and makes a second one quit', () => {
    expect(decideOnLaunch(true)).toBe('continue');
    expect(decideOnLaunch(false)).toBe('quit');
  });

  it('restores and focuses a minimised window when a second instance starts', () => {
    const window = fakeWindow({ minimized: true });
    expect(focusExistingWindow(window)).toEqual(['restore', 'focus']);
    expect(window.calls).toEqual(['restore', 'focus']);
  });

  it('shows a hidden window before focusing it', () => {
    const window = fakeWindow({ visible: false });
    expect(focusExistingWindow(window)).toEqual(['show', 'focus']);
  });

  it('only focuses a window that is already on screen', () => {
    expect(focusExistingWindow(fakeWindow({}))).toEqual(['focus']);
  });

  it('does nothing when there is no window yet or it was destroyed', () => {
    expect(focusExistingWindow(null)).toEqual([]);
    const destroyed = fakeWindow({ destroyed: true, minimized: true });
    expect(focusExistingWindow(destroyed)).toEqual([]);
    expect(destroyed.calls).toEqual([]);
  });
});
