// GSM 03.38: which characters are 7-bit, what normalisation does, and how many segments a text costs.
import { describe, expect, it } from "vitest";
import { isGsm7, normalizeForSms, segmentCount, segmentInfo } from "../../../src/channels/sms/gsm.js";

describe("the GSM-7 alphabet", () => {
  it("holds ASCII letters, digits and the usual punctuation", () => {
    expect(isGsm7("Hello, world! Reply 1, 2 or 3. $6.50 (max) @home #1 50% 'a' \"b\" _x_ -")).toBe(true);
  });

  it("holds the European letters of the basic table but not every accented letter", () => {
    expect(isGsm7("é è ù ì ò Ç Ø ø Å å Æ æ ß É Ä Ö Ñ Ü ä ö ñ ü à ¿ ¡ £ ¥ § ¤")).toBe(true);
    expect(isGsm7("Δ Φ Γ Λ Ω Π Ψ Σ Θ Ξ")).toBe(true);
    for (const c of ["á", "í", "ó", "ú", "ç", "â", "ê", "õ"]) expect(isGsm7(c)).toBe(false);
  });

  it("holds the extension table characters", () => {
    expect(isGsm7("^ { } \\ [ ~ ] | €")).toBe(true);
  });

  it("does not hold curly quotes, emoji or other scripts", () => {
    for (const t of ["’", "“", "…", "—", "🙏", "我", "ب", "\u00a0"]) expect(isGsm7(t)).toBe(false);
  });
});

describe("normalisation for SMS", () => {
  it("turns typographic punctuation and odd spaces into their GSM-7 equivalents", () => {
    const input = "It\u2019s \u201cready\u201d \u2014 wait\u2026 10\u201312 days,\u00a0ok \u2022 fine \u2192 next";
    const out = normalizeForSms(input);
    expect(out).toBe('It\'s "ready" - wait... 10-12 days, ok - fine -> next');
    expect(isGsm7(out)).toBe(true);
  });

  it("keeps letters a language needs, so Spanish with á stays UCS-2", () => {
    const out = normalizeForSms("¿Cuál es su fecha de nacimiento?");
    expect(out).toBe("¿Cuál es su fecha de nacimiento?");
    expect(segmentInfo(out).encoding).toBe("UCS-2");
    expect(segmentInfo(normalizeForSms("¿Qué necesita? Niño")).encoding).toBe("GSM-7");
  });

  it("composes decomposed accents and drops zero-width spaces but keeps emoji joiners", () => {
    expect(normalizeForSms("e\u0301")).toBe("é");
    expect(normalizeForSms("a\u200bb")).toBe("ab");
    expect(normalizeForSms("👩\u200d⚕️")).toBe("👩\u200d⚕️");
    expect(normalizeForSms("a\r\nb\rc")).toBe("a\nb\nc");
  });
});

describe("segment counting", () => {
  it("fits 160 GSM-7 septets in one segment and 153 per segment beyond", () => {
    expect(segmentInfo("")).toEqual({ encoding: "GSM-7", units: 0, segments: 0 });
    expect(segmentInfo("a".repeat(160))).toEqual({ encoding: "GSM-7", units: 160, segments: 1 });
    expect(segmentInfo("a".repeat(161))).toEqual({ encoding: "GSM-7", units: 161, segments: 2 });
    expect(segmentCount("a".repeat(306))).toBe(2);
    expect(segmentCount("a".repeat(307))).toBe(3);
    expect(segmentCount("a".repeat(459))).toBe(3);
  });

  it("counts extension characters as two septets", () => {
    expect(segmentInfo("€".repeat(80))).toEqual({ encoding: "GSM-7", units: 160, segments: 1 });
    expect(segmentInfo(`${"a".repeat(159)}€`).segments).toBe(2);
    expect(segmentInfo(`${"a".repeat(159)}€`).units).toBe(161);
  });

  it("never splits an escape sequence across segments", () => {
    // 152 septets then "€" (2) would straddle the 153 boundary: it opens segment two.
    const text = `${"a".repeat(152)}€${"b".repeat(152)}`;
    expect(segmentInfo(text).units).toBe(306);
    expect(segmentCount(text)).toBe(3);
  });

  it("fits 70 UCS-2 units in one segment and 67 per segment beyond", () => {
    expect(segmentInfo("á".repeat(70))).toEqual({ encoding: "UCS-2", units: 70, segments: 1 });
    expect(segmentCount("á".repeat(71))).toBe(2);
    expect(segmentCount("á".repeat(134))).toBe(2);
    expect(segmentCount("á".repeat(135))).toBe(3);
  });

  it("counts an emoji as two UTF-16 units and keeps its surrogate pair together", () => {
    expect(segmentInfo("🙏")).toEqual({ encoding: "UCS-2", units: 2, segments: 1 });
    expect(segmentCount("🙏".repeat(35))).toBe(1);
    expect(segmentCount("🙏".repeat(36))).toBe(2);
    // 66 units then an emoji: the pair moves whole to segment two, which then overflows into three.
    expect(segmentInfo(`${"我".repeat(66)}🙏${"我".repeat(66)}`)).toEqual({
      encoding: "UCS-2",
      units: 134,
      segments: 3,
    });
  });

  it("switches a whole message to UCS-2 for one character outside GSM-7", () => {
    expect(segmentCount(`${"a".repeat(150)}’`)).toBe(3);
    expect(segmentCount(normalizeForSms(`${"a".repeat(150)}’`))).toBe(1);
  });
});
