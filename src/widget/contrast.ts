// WCAG 2.2 colour contrast: the clinic's theme colour is used as given where text on it stays
// readable (≥ 4.5:1), darkened where it is text or borders on the light theme's backgrounds and
// lightened where it is text or borders on the dark theme's (prefers-color-scheme: dark).

/** recordpath's own blue: the panel's, the launcher's and the settings' colour when a clinic sets none. */
export const DEFAULT_THEME = "#1d5fa8";

export type Rgb = [number, number, number];

/** Parses #rrggbb or #rgb; anything else is null. */
export function parseHex(hex: string): Rgb | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m?.[1]) return null;
  const h = m[1].length === 3 ? [...m[1]].map((ch) => ch + ch).join("") : m[1];
  return [0, 2, 4].map((i) => Number.parseInt(h.slice(i, i + 2), 16)) as Rgb;
}

/** #rrggbb, lower-case. */
export function toHex(rgb: Rgb): string {
  return `#${rgb
    .map((v) =>
      Math.round(Math.min(255, Math.max(0, v)))
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")}`;
}

/** WCAG relative luminance (0 = black, 1 = white). */
export function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two colours, from 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];
/** WCAG AA for normal-size text. */
export const AA_TEXT = 4.5;

/** The panel's light grey surface (--soft in panel.css): accent text must also read on it. */
export const SURFACE: Rgb = [243, 245, 247];

/** The dark theme's raised surface (--soft in panel.css's dark block), the lighter of its two backgrounds. */
export const DARK_SURFACE: Rgb = [36, 42, 49];

/** Scales the colour towards black step by step until it reaches `ratio` against `background`. */
export function darkenUntil(rgb: Rgb, ratio: number, background: Rgb = WHITE): Rgb {
  let c = rgb;
  for (let i = 0; i < 100 && contrastRatio(c, background) < ratio; i++) c = c.map((v) => v * 0.95) as Rgb;
  // Round down: rounding up could undo the last step and fall just short of the ratio.
  return c.map(Math.floor) as Rgb;
}

/** Mixes the colour towards white step by step until it reaches `ratio` against a dark `background`. */
export function lightenUntil(rgb: Rgb, ratio: number, background: Rgb = DARK_SURFACE): Rgb {
  let c = rgb;
  for (let i = 0; i < 100 && contrastRatio(c, background) < ratio; i++) c = c.map((v) => v + (255 - v) * 0.05) as Rgb;
  // Round up: rounding down could undo the last step and fall just short of the ratio.
  return c.map(Math.ceil) as Rgb;
}

export interface ThemeColors {
  /** Fills (header, launcher, the patient's bubbles): the clinic's colour as given. */
  brand: string;
  /** Text on `brand`: white where it reaches 4.5:1 (it reads better on most brand colours), else black. */
  onBrand: string;
  /** The brand colour for text, links and borders on white or the grey surface, darkened to at least 4.5:1. */
  accent: string;
  /**
   * The dark theme's accent: the brand colour for text, links and borders on the dark backgrounds,
   * lightened to at least 4.5:1 (fills keep `brand` and `onBrand`, which do not depend on the background).
   */
  accentDark: string;
}

/**
 * Theme colours with text contrast ≥ 4.5:1 everywhere, in the light and the dark theme; an
 * unreadable input falls back to `fallback`. Each key becomes a CSS variable (`--accentDark`), and
 * panel.css picks the dark ones under prefers-color-scheme: dark.
 */
export function themeColors(hex: string, fallback = DEFAULT_THEME): ThemeColors {
  const rgb = parseHex(hex) ?? parseHex(fallback) ?? [29, 95, 168];
  const onBrand = contrastRatio(rgb, WHITE) >= AA_TEXT ? WHITE : BLACK;
  return {
    brand: toHex(rgb),
    onBrand: toHex(onBrand),
    accent: toHex(darkenUntil(rgb, AA_TEXT, SURFACE)),
    accentDark: toHex(lightenUntil(rgb, AA_TEXT, DARK_SURFACE)),
  };
}
