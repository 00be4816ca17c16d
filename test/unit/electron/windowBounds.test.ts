import { describe, expect, it } from 'vitest';
import { type Rect, restoreBounds } from '../../../main/electron/windowBounds';

const defaults = { width: 1280, height: 840, minWidth: 900, minHeight: 600 };
const laptop: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const rightMonitor: Rect = { x: 1920, y: 0, width: 2560, height: 1400 };
const centredDefault = { x: 320, y: 100, width: 1280, height: 840 };

describe('restoreBounds', () => {
  it('reopens where the window was left', () => {
    const saved = { bounds: { x: 100, y: 80, width: 1400, height: 900 }, maximized: false };
    expect(restoreBounds(saved, [laptop], defaults)).toEqual(saved);
  });

  it('remembers that the window was maximised', () => {
    const saved = { bounds: { x: 100, y: 80, width: 1400, height: 900 }, maximized: true };
    expect(restoreBounds(saved, [laptop], defaults).maximized).toBe(true);
  });

  it('keeps a window on a secondary monitor that is still connected', () => {
    const saved = { bounds: { x: 2100, y: 100, width: 2000, height: 1200 }, maximized: false };
    expect(restoreBounds(saved, [laptop, rightMonitor], defaults).bounds).toEqual(saved.bounds);
  });

  it('recentres on the primary display a window left on a monitor that was unplugged', () => {
    const saved = { bounds: { x: 2100, y: 100, width: 1400, height: 900 }, maximized: false };
    expect(restoreBounds(saved, [laptop], defaults).bounds).toEqual({ x: 260, y: 70, width: 1400, height: 900 });
  });

  it('recentres a window of which only a sliver would be visible', () => {
    const saved = { bounds: { x: 1900, y: 500, width: 1000, height: 700 }, maximized: false };
    expect(restoreBounds(saved, [laptop], defaults).bounds).toEqual({ x: 460, y: 170, width: 1000, height: 700 });
  });

  it('recentres a window whose title bar is above the top of every display', () => {
    const saved = { bounds: { x: 100, y: -2000, width: 1000, height: 700 }, maximized: false };
    expect(restoreBounds(saved, [laptop], defaults).bounds).toEqual({ x: 460, y: 170, width: 1000, height: 700 });
  });

  it('pulls a partly off-screen window fully onto its display', () => {
    const saved = { bounds: { x: 1500, y: 600, width: 1000, height: 700 }, maximized: false };
    expect(restoreBounds(saved, [laptop], defaults).bounds).toEqual({ x: 920, y: 340, width: 1000, height: 700 });
  });

  it('shrinks a window larger than the display it opens on, but not below the minimum size', () => {
    const saved = { bounds: { x: 0, y: 0, width: 4000, height: 3000 }, maximized: false };
    expect(restoreBounds(saved, [laptop], defaults).bounds).toEqual({ x: 0, y: 0, width: 1920, height: 1040 });
    const tiny = { bounds: { x: 10, y: 10, width: 50, height: 20 }, maximized: false };
    expect(restoreBounds(tiny, [laptop], defaults).bounds).toMatchObject({ width: 900, height: 600 });
  });

  it.each([
    ['nothing saved', null],
    ['a string', 'garbage'],
    ['an array', [1, 2, 3, 4]],
    ['missing bounds', { maximized: true }],
    ['a non-numeric coordinate', { bounds: { x: '10', y: 0, width: 800, height: 600 } }],
    ['NaN', { bounds: { x: Number.NaN, y: 0, width: 800, height: 600 } }],
    ['Infinity', { bounds: { x: 0, y: 0, width: Number.POSITIVE_INFINITY, height: 600 } }],
    ['a zero width', { bounds: { x: 0, y: 0, width: 0, height: 600 } }],
    ['a negative height', { bounds: { x: 0, y: 0, width: 800, height: -5 } }],
  ])('ignores corrupt data (%s) and opens at the default size, centred', (_what, saved) => {
    expect(restoreBounds(saved, [laptop], defaults)).toEqual({ bounds: centredDefault, maximized: false });
  });

  it('centres on the primary display, which is listed first', () => {
    expect(restoreBounds(null, [rightMonitor, laptop], defaults).bounds).toEqual({
      x: 1920 + 640,
      y: 280,
      width: 1280,
      height: 840,
    });
  });

  it('fits the default size on a display smaller than the default', () => {
    const small: Rect = { x: 0, y: 0, width: 1024, height: 700 };
    expect(restoreBounds(null, [small], defaults).bounds).toEqual({ x: 0, y: 0, width: 1024, height: 700 });
  });

  it('copes with no display information at all', () => {
    expect(restoreBounds(null, [], defaults).bounds).toEqual({ x: 0, y: 0, width: 1280, height: 840 });
  });

  it('rounds fractional bounds (scaled displays) to whole pixels', () => {
    const saved = { bounds: { x: 100.4, y: 80.6, width: 1000.5, height: 700.2 }, maximized: false };
    expect(restoreBounds(saved, [laptop], defaults).bounds).toEqual({ x: 100, y: 81, width: 1001, height: 700 });
  });
});
