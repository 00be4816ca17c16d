import type { Page } from 'playwright-core';

export interface LowContrast {
  text: string;
  ratio: number;
  required: number;
  color: string;
  background: string;
}

/**
 * Every visible piece of text on the page whose colour contrast with what is behind it falls short of WCAG
 * 2 AA: 4.5:1, or 3:1 for large text (24 px, or 18.66 px bold). The same rule as axe's color-contrast, with
 * its exemptions (disabled controls, text hidden for screen readers only); text over an image or gradient is
 * left out because its background cannot be read from styles.
 */
export async function lowContrastText(page: Page, root = 'body'): Promise<LowContrast[]> {
  return page.evaluate((selector) => {
    type Rgba = [number, number, number, number];

    const parse = (value: string): Rgba | null => {
      const rgb = value.match(/^rgba?\(([^)]+)\)$/);
      if (rgb) {
        const parts = (rgb[1] as string)
          .split(/[\s,/]+/)
          .filter(Boolean)
          .map(Number);
        return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
      }
      // color-mix() computes to color(srgb r g b / a) with channels from 0 to 1.
      const srgb = value.match(/^color\(srgb ([^)]+)\)$/);
      if (srgb) {
        const parts = (srgb[1] as string)
          .split(/[\s/]+/)
          .filter(Boolean)
          .map(Number);
        return [(parts[0] ?? 0) * 255, (parts[1] ?? 0) * 255, (parts[2] ?? 0) * 255, parts[3] ?? 1];
      }
      return null;
    };
    const over = (top: Rgba, below: Rgba): Rgba => {
      const a = top[3] + below[3] * (1 - top[3]);
      if (a === 0) return [0, 0, 0, 0];
      const mix = (i: 0 | 1 | 2) => (top[i] * top[3] + below[i] * below[3] * (1 - top[3])) / a;
      return [mix(0), mix(1), mix(2), a];
    };
    const luminance = ([r, g, b]: Rgba) => {
      const lin = (c: number) => {
        const s = c / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const show = (c: Rgba) => `rgba(${c.map((x, i) => (i < 3 ? Math.round(x) : x.toFixed(2))).join(', ')})`;

    /** What is painted behind an element: its own and its ancestors' backgrounds, over white. */
    const backgroundOf = (element: Element): Rgba | null => {
      const layers: Rgba[] = [];
      for (let e: Element | null = element; e; e = e.parentElement) {
        const style = getComputedStyle(e);
        if (style.backgroundImage !== 'none') return null;
        const colour = parse(style.backgroundColor);
        if (colour && colour[3] > 0) layers.push(colour);
        if (colour && colour[3] >= 1) break;
      }
      return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
    };

    const hiddenForScreenReadersOnly = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.width <= 1 || box.height <= 1;
    };

    const out: {
      text: string;
      ratio: number;
      required: number;
      color: string;
      background: string;
    }[] = [];
    const scope = document.querySelector(selector) ?? document.body;
    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
    const seen = new Set<Element>();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || seen.has(element) || !node.textContent?.trim()) continue;
      seen.add(element);
      if (element.closest('[disabled], [aria-disabled="true"], script, style, svg')) continue;
      if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      if (element.getClientRects().length === 0 || hiddenForScreenReadersOnly(element)) continue;
      const style = getComputedStyle(element);
      const colour = parse(style.color);
      const background = backgroundOf(element);
      if (!colour || !background) continue;
      const foreground = over(colour, background);
      const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a) as [number, number];
      const ratio = (light + 0.05) / (dark + 0.05);
      const size = Number.parseFloat(style.fontSize);
      const bold = Number.parseInt(style.fontWeight, 10) >= 700;
      const required = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
      if (ratio + 0.005 < required) {
        out.push({
          text: (node.textContent ?? '').trim().slice(0, 60),
          ratio: Math.round(ratio * 100) / 100,
          required,
          color: show(foreground),
          background: show(background),
        });
      }
    }
    return out;
  }, root);
}
