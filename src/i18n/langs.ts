// The languages recordpath speaks: one list, one type. Adding a code here makes the compiler list
// every lexicon and catalog entry the new language still lacks.

export const LANGS = ["en", "es"] as const;
export type Lang = (typeof LANGS)[number];

/** Each language's name in English, for the LLM's instructions. */
export const LANG_NAMES: Record<Lang, string> = { en: "English", es: "Spanish" };

/** The language of a conversation that has shown none yet. */
export const DEFAULT_LANG: Lang = "en";

export function isLang(value: unknown): value is Lang {
  return LANGS.some((l) => l === value);
}

/**
 * The first of `wanted` (language tags such as "es-MX", best first) that is among `offered`, matched
 * on the primary subtag; undefined when none is.
 */
export function firstOffered(wanted: readonly string[], offered: readonly Lang[] = LANGS): Lang | undefined {
  for (const tag of wanted) {
    const base = tag.trim().toLowerCase().split("-")[0];
    const match = offered.find((l) => l === base);
    if (match) return match;
  }
  return undefined;
}

/** The tags of an Accept-Language header, best first ("es-MX,es;q=0.9,en;q=0.5"). */
export function acceptedTags(header: string | undefined | null): string[] {
  if (!header) return [];
  return header
    .split(",")
    .map((part, i) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), i };
    })
    .filter((t) => t.tag && t.tag !== "*" && t.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i)
    .map((t) => t.tag);
}
