/**
 * Coloured text that stays readable: for each of the theme's colours, the lightest of its dark shades whose
 * contrast reaches WCAG AA (4.5:1) on white and on its own light tint (a badge's background), darkened
 * further where even the darkest shade is too light (yellow, lime, orange, green).
 */

const AA = 4.5;

type Rgb = [number, number, number];

const parse = (hex: string): Rgb => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as Rgb;
const toHex = (rgb: Rgb) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** `colour` at `alpha` over white, as Mantine draws a light variant's background. */
const tint = (colour: Rgb, alpha: number): Rgb => colour.map((c) => c * alpha + 255 * (1 - alpha)) as Rgb;

/**
 * The text colour for a palette of ten shades (Mantine's 0–9) when the filled shade is `filledShade`: readable
 * on white and on the light tint Mantine puts behind `light` badges and alerts (10 % of the filled shade).
 */
export function readableShade(palette: readonly string[], filledShade: number): string {
  const white: Rgb = [255, 255, 255];
  const background = tint(parse(palette[filledShade] ?? '#000000'), 0.1);
  const readable = (rgb: Rgb) => contrast(rgb, white) >= AA && contrast(rgb, background) >= AA;
  for (let shade = filledShade; shade <= 9; shade++) {
    const rgb = parse(palette[shade] ?? '#000000');
    if (readable(rgb)) return toHex(rgb);
  }
  // Even the darkest shade is too light: mix it with black, a few per cent at a time, until it reads.
  let rgb = parse(palette[9] ?? '#000000');
  while (!readable(rgb)) rgb = rgb.map((c) => c * 0.94) as Rgb;
  return toHex(rgb);
}
