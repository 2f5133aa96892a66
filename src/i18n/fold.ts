// A message folded once for matching: the original with straight quotes, dashes and single spaces,
// and a copy in lower case without accents, of the same length, that the lexicons are written in.

const MARKS = /\p{M}/gu;
const QUOTES = /[\u2018\u2019\u02bc`´]/g;
const DQUOTES = /[\u201c\u201d]/g;
const DASHES = /[\u2013\u2014]/g;
const SPACES = /\s+/g;

export interface Folded {
  raw: string;
  /** `raw` in lower case without accents: "Médico" and "MEDICO" both read "medico". Same length as `raw`. */
  low: string;
}

/** Folds a text so one lexicon entry matches "Médico", "medico" and "MEDICO". */
export function fold(text: string): Folded {
  const raw = text
    .normalize("NFC")
    .replace(QUOTES, "'")
    .replace(DQUOTES, '"')
    .replace(DASHES, "-")
    .replace(SPACES, " ")
    .trim();
  let low = raw.normalize("NFD").replace(MARKS, "").toLowerCase();
  // Case folding can change length for a few exotic letters; names then come from `low` too.
  const aligned = low.length === raw.length;
  if (!aligned) low = raw.toLowerCase();
  return { raw: aligned ? raw : low, low };
}
