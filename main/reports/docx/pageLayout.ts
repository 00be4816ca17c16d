/**
 * The page every report is printed on: A4 portrait with 2.5 cm margins. Word measures in twips (1/1440
 * inch), docx sizes pictures in CSS pixels (1/96 inch) and fonts in half-points.
 */
export const TWIPS_PER_CM = 1440 / 2.54;
export const CSS_PX_PER_CM = 96 / 2.54;

const cm = (value: number) => Math.round(value * TWIPS_PER_CM);

export const PAGE = {
  width: 11906,
  height: 16838,
  margin: cm(2.5),
  /** Header and footer sit halfway into the top and bottom margins. */
  headerDistance: cm(1.25),
} as const;

/** The width text, tables and figures may take: 16 cm. */
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
export const TEXT_WIDTH_PX = Math.floor((TEXT_WIDTH / 1440) * 96);
/** A figure's tallest: the text height less room for its caption and the heading above it. */
export const FIGURE_MAX_HEIGHT_PX = Math.floor(19 * CSS_PX_PER_CM);

/** A drawing of `width` × `height` CSS pixels shrunk (never enlarged) to fit the text area, shape kept. */
export function fitFigure(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(1, TEXT_WIDTH_PX / width, FIGURE_MAX_HEIGHT_PX / height);
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}
