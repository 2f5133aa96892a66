// The theme colour never costs readability: text on the brand fill and accent text on light
// backgrounds both reach WCAG AA (4.5:1), whatever colour a clinic picks.
import { describe, expect, it } from "vitest";
import {
  AA_TEXT,
  contrastRatio,
  DARK_SURFACE,
  darkenUntil,
  lightenUntil,
  luminance,
  parseHex,
  SURFACE,
  themeColors,
  toHex,
} from "../../src/widget/contrast.js";

const WHITE = parseHex("#ffffff")!;
const BLACK = parseHex("#000000")!;
/** The dark theme's page background (--bg in panel.css's dark block). */
const DARK_BG = parseHex("#15191e")!;

describe("WCAG contrast", () => {
  it("matches the reference values for black, white and grey", () => {
    // The threshold the other checks use is WCAG's own, not whatever the module says it is.
    expect(AA_TEXT).toBe(4.5);
    expect(luminance(WHITE)).toBeCloseTo(1, 5);
    expect(luminance(BLACK)).toBe(0);
    expect(contrastRatio(WHITE, BLACK)).toBeCloseTo(21, 5);
    expect(contrastRatio(BLACK, WHITE)).toBeCloseTo(21, 5);
    // #767676 is the lightest grey that passes AA on white (4.54:1).
    expect(contrastRatio(parseHex("#767676")!, WHITE)).toBeCloseTo(4.54, 2);
    expect(contrastRatio(parseHex("#777777")!, WHITE)).toBeLessThan(AA_TEXT);
  });

  it("parses #rgb and #rrggbb and rejects anything else", () => {
    expect(parseHex("#1f6f5c")).toEqual([31, 111, 92]);
    expect(parseHex("#FFF")).toEqual([255, 255, 255]);
    expect(parseHex("red")).toBeNull();
    expect(parseHex("#12345")).toBeNull();
    expect(toHex([31, 111, 92])).toBe("#1f6f5c");
  });

  it("darkens a colour only as far as needed", () => {
    const dark = darkenUntil(parseHex("#1f6f5c")!, AA_TEXT);
    expect(toHex(dark)).toBe("#1f6f5c");
    const yellow = darkenUntil(parseHex("#ffd400")!, AA_TEXT);
    expect(contrastRatio(yellow, WHITE)).toBeGreaterThanOrEqual(AA_TEXT);
    expect(contrastRatio(yellow, WHITE)).toBeLessThan(5.2);
  });

  it("lightens a colour for dark backgrounds only as far as needed", () => {
    expect(toHex(lightenUntil(parseHex("#f2c14e")!, AA_TEXT))).toBe("#f2c14e");
    const navy = lightenUntil(parseHex("#1d3a5f")!, AA_TEXT);
    expect(contrastRatio(navy, DARK_SURFACE)).toBeGreaterThanOrEqual(AA_TEXT);
    expect(contrastRatio(navy, DARK_SURFACE)).toBeLessThan(5.2);
  });
});

describe("themeColors", () => {
  it("lightens a dark brand colour's accent for the dark theme and keeps a light one", () => {
    expect(themeColors("#1f6f5c").accentDark).not.toBe("#1f6f5c");
    expect(themeColors("#f2c14e").accentDark).toBe("#f2c14e");
  });

  it("keeps a dark brand colour with white text", () => {
    expect(themeColors("#1f6f5c")).toMatchObject({ brand: "#1f6f5c", onBrand: "#ffffff", accent: "#1f6f5c" });
  });

  it("puts black text on a light brand colour and darkens its accent", () => {
    const t = themeColors("#f2c14e");
    expect(t.brand).toBe("#f2c14e");
    expect(t.onBrand).toBe("#000000");
    expect(t.accent).not.toBe("#f2c14e");
  });

  it("reaches 4.5:1 for every pairing across the whole colour cube", () => {
    for (let r = 0; r <= 255; r += 51) {
      for (let g = 0; g <= 255; g += 51) {
        for (let b = 0; b <= 255; b += 51) {
          const t = themeColors(toHex([r, g, b]));
          expect(contrastRatio(parseHex(t.brand)!, parseHex(t.onBrand)!)).toBeGreaterThanOrEqual(AA_TEXT);
          expect(contrastRatio(parseHex(t.accent)!, WHITE)).toBeGreaterThanOrEqual(AA_TEXT);
          expect(contrastRatio(parseHex(t.accent)!, SURFACE)).toBeGreaterThanOrEqual(AA_TEXT);
          // The dark theme: on its raised surface (the lighter one) and so on its page background too.
          expect(contrastRatio(parseHex(t.accentDark)!, DARK_SURFACE)).toBeGreaterThanOrEqual(AA_TEXT);
          expect(contrastRatio(parseHex(t.accentDark)!, DARK_BG)).toBeGreaterThanOrEqual(AA_TEXT);
        }
      }
    }
  });

  it("falls back to the default theme for a malformed colour", () => {
    expect(themeColors("not-a-colour").brand).toBe("#1d5fa8");
  });
});
