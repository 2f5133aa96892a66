// Citations as a patient reads them: "45 CFR 164.524(c)(4)" becomes "HIPAA limits on fees (45 CFR
// 164.524(c)(4))" linking to the section on eCFR; U.S. Code sections link to Cornell's LII; a state's
// rule is named in words, and an API route (what the engine cites for its own state data) is never
// shown. Pure, so it is tested without a browser; the names are the widget catalogs' `sourceNames`.
import { STRINGS, type Strings } from "./i18n.js";

/** One source: a name a patient can read, and where to read it when we know a stable address. */
export interface Source {
  name: string;
  url?: string;
}

type NameKey = keyof Strings["sourceNames"];
/** The words a source list needs: the panel's language. */
type Words = Pick<Strings, "sourceNames" | "stateNames">;

/** HHS's own explanation of the right of access, offered beside any 45 CFR 164.524 citation. */
export const HHS_ACCESS_URL = "https://www.hhs.gov/hipaa/for-professionals/privacy/guidance/access/index.html";

/**
 * Federal sections by the most specific prefix that names them ("45 CFR 164.524(c)(4)" before
 * "45 CFR 164.524"). A section not listed keeps its citation as its name, still linked.
 */
const NAMED: ReadonlyArray<readonly [prefix: string, key: NameKey]> = [
  ["45 CFR 164.524(a)(1)(i)", "psychotherapy"],
  ["45 CFR 164.524(a)", "denial"],
  ["45 CFR 164.524(b)", "deadline"],
  ["45 CFR 164.524(c)(2)", "format"],
  ["45 CFR 164.524(c)(3)(ii)", "directive"],
  ["45 CFR 164.524(c)(4)", "fees"],
  ["45 CFR 164.524(d)", "denial"],
  ["45 CFR 164.524", "access"],
  ["45 CFR 164.501", "drs"],
  ["45 CFR 164.502(f)", "deceased"],
  ["45 CFR 164.502(g)", "representatives"],
  ["45 CFR 164.506", "treatment"],
  ["45 CFR 164.508", "authorization"],
  ["45 CFR 164.510", "family"],
  ["45 CFR 164.514(h)", "identity"],
  ["45 CFR 164.522(b)", "confidential"],
  ["45 CFR 164.530(j)", "hipaaRecords"],
  ["45 CFR 160.202", "preemption"],
  ["45 CFR 160.306", "ocr"],
  ["45 CFR 170.315", "healthIt"],
  ["45 CFR 156.221", "patientAccessApi"],
  ["42 CFR 422.119", "patientAccessApi"],
  ["42 CFR 431.60", "patientAccessApi"],
  ["42 CFR 457.730", "patientAccessApi"],
  ["42 CFR 2.", "part2"],
  ["42 CFR 482.24", "hospitalRecords"],
  ["42 CFR 493", "labs"],
  ["29 CFR 2560.503-1", "claimsAppeal"],
  ["20 CFR 404.1512", "disability"],
  ["20 CFR 416.912", "disability"],
  ["42 U.S.C. 17935", "hitech"],
  ["42 U.S.C. 1320d-5", "attorneyGeneral"],
  ["11 U.S.C.", "bankruptcy"],
  ["5 U.S.C. 552a", "privacyAct"],
];

const CFR = /^(\d+) CFR (\d+)\.(\d+(?:-\d+)?)(?![.\d])((?:\([a-z0-9]+\))*)/i;
const USC = /^(\d+) U\.S\.C\. §?\s*([\w-]+?)(?=\(|\s|$)/;
/** What the engine cites for its own state data: "Texas closed-practice rule (sources: GET /api/states/TX)". */
const STATE_DATA = /^(.*?)\s*(closed-practice|retention) rules?\s*\(sources?: GET \/api\/states\/([A-Z]{2})\)$/;
const ROUTE = /\s*\(?\s*(?:sources?:\s*)?(?:GET|POST)\s+\/api\/\S*\)?/gi;

/** Splits "A; B (x; y); C" at the semicolons outside parentheses. */
function pieces(cite: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < cite.length; i++) {
    const ch = cite[i];
    if (ch === "(") depth++;
    else if (ch === ")") depth = Math.max(0, depth - 1);
    else if (ch === ";" && depth === 0) {
      out.push(cite.slice(start, i));
      start = i + 1;
    }
  }
  out.push(cite.slice(start));
  return out.map((p) => p.trim()).filter(Boolean);
}

function named(piece: string, t: Words): string {
  const hit = NAMED.find(([prefix]) => piece.startsWith(prefix));
  return hit ? `${t.sourceNames[hit[1]]} (${piece})` : piece;
}

function one(piece: string, t: Words): Source | undefined {
  const names = t.sourceNames;
  const data = STATE_DATA.exec(piece);
  if (data) {
    const code = data[3] ?? "";
    const state = t.stateNames[code] ?? code;
    return {
      name: (data[2] === "retention" ? names.stateRetention : names.stateClosedPractice).replace("{state}", state),
    };
  }
  const text = piece.replace(ROUTE, "").trim();
  if (!text) return undefined;
  const cfr = CFR.exec(text);
  if (cfr) {
    const [, title, part, section, paragraphs] = cfr;
    const id = `${part}.${section}`;
    const anchor = paragraphs ? `#p-${id}${paragraphs}` : "";
    return { name: named(text, t), url: `https://www.ecfr.gov/current/title-${title}/section-${id}${anchor}` };
  }
  const usc = USC.exec(text);
  if (usc) return { name: named(text, t), url: `https://www.law.cornell.edu/uscode/text/${usc[1]}/${usc[2]}` };
  return { name: text };
}

/** The sources behind one citation, in the order it names them; none for an empty one. */
export function sourcesOf(cite: string | undefined, t: Words = STRINGS.en): Source[] {
  if (!cite) return [];
  return pieces(cite).flatMap((p) => one(p, t) ?? []);
}

/**
 * Every source behind these citations once, in order of first mention, with HHS's guidance on the
 * right of access after the first HIPAA access citation: what a card lists under "Sources".
 */
export function sourceList(cites: ReadonlyArray<string | undefined>, t: Words = STRINGS.en): Source[] {
  const out: Source[] = [];
  const seen = new Set<string>();
  const add = (s: Source) => {
    const key = s.url ?? s.name;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(s);
  };
  for (const cite of cites) {
    for (const s of sourcesOf(cite, t)) {
      add(s);
      if (s.url?.includes("section-164.524")) add({ name: t.sourceNames.hhsAccess, url: HHS_ACCESS_URL });
    }
  }
  return out;
}
