/**
 * Where the window opens: where the user left it, unless that place no longer exists (a monitor was
 * unplugged, the resolution changed, the state file is damaged). Pure, so every such case has a test.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What `window-state.json` holds. */
export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

export interface WindowDefaults {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
}

/**
 * A window counts as reachable on a display when at least this much of it lies inside the work area:
 * enough to see and grab the title bar.
 */
const MIN_VISIBLE_WIDTH = 120;
const MIN_VISIBLE_HEIGHT = 40;

const isFiniteNumber = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

/** The saved state when it has the expected shape; anything else (hand-edited, truncated) is ignored. */
export function parseWindowState(saved: unknown): WindowState | null {
  if (typeof saved !== 'object' || saved === null) return null;
  const { bounds, maximized } = saved as { bounds?: unknown; maximized?: unknown };
  if (typeof bounds !== 'object' || bounds === null) return null;
  const { x, y, width, height } = bounds as Record<string, unknown>;
  if (![x, y, width, height].every(isFiniteNumber)) return null;
  if ((width as number) <= 0 || (height as number) <= 0) return null;
  return {
    bounds: { x: x as number, y: y as number, width: width as number, height: height as number },
    maximized: maximized === true,
  };
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

const clamp = (n: number, min: number, max: number) => Math.min(Math.max(n, min), Math.max(min, max));

function sizeFor(width: number, height: number, area: Rect, defaults: WindowDefaults) {
  return {
    width: Math.round(clamp(width, defaults.minWidth, area.width)),
    height: Math.round(clamp(height, defaults.minHeight, area.height)),
  };
}

function centredOn(area: Rect, size: { width: number; height: number }): Rect {
  return {
    x: Math.round(area.x + (area.width - size.width) / 2),
    y: Math.round(area.y + (area.height - size.height) / 2),
    ...size,
  };
}

/**
 * The bounds to open with.
 * @param saved what was read from window-state.json (any value; corrupt data falls back to defaults)
 * @param workAreas the displays' work areas, primary display first
 */
export function restoreBounds(saved: unknown, workAreas: readonly Rect[], defaults: WindowDefaults): WindowState {
  const primary = workAreas[0] ?? { x: 0, y: 0, width: defaults.width, height: defaults.height };
  const state = parseWindowState(saved);
  if (!state) {
    return {
      bounds: centredOn(primary, sizeFor(defaults.width, defaults.height, primary, defaults)),
      maximized: false,
    };
  }

  // The display showing the largest part of the window is the one it belongs to.
  let best: { area: Rect; visible: number } | null = null;
  for (const area of workAreas) {
    const o = overlap(state.bounds, area);
    const reachable =
      o.width >= Math.min(MIN_VISIBLE_WIDTH, state.bounds.width) &&
      o.height >= Math.min(MIN_VISIBLE_HEIGHT, state.bounds.height);
    if (reachable && (!best || o.width * o.height > best.visible)) best = { area, visible: o.width * o.height };
  }

  if (!best) {
    return {
      bounds: centredOn(primary, sizeFor(state.bounds.width, state.bounds.height, primary, defaults)),
      maximized: state.maximized,
    };
  }
  const size = sizeFor(state.bounds.width, state.bounds.height, best.area, defaults);
  // Keep the position, but pull the window in so its title bar is never above or left of the work area.
  const x = Math.round(clamp(state.bounds.x, best.area.x, best.area.x + best.area.width - size.width));
  const y = Math.round(clamp(state.bounds.y, best.area.y, best.area.y + best.area.height - size.height));
  return { bounds: { x, y, ...size }, maximized: state.maximized };
}
