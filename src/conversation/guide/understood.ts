// "Got it: Banner Health, test results, Arizona.": what one message added to the case file, in the
// patient's language and the same plain words as the panel's "What I know so far" (dates spelled out,
// states by name). Said only when something new was recorded.
import type { IntakePatch } from "../../domain/intake.js";
import { CATALOGS, fill } from "../../i18n/catalogs/index.js";
import type { Lang } from "../../i18n/langs.js";
import { plainDate, stateName } from "../../i18n/plain.js";

/** "Got it: …" naming what the patch records, or "" when it records nothing worth naming. */
export function understood(patch: IntakePatch, lang: Lang): string {
  const facts = namedFacts(patch, lang);
  return facts.length > 0 ? fill(CATALOGS[lang].guide.ack.gotIt, { facts: facts.join(", ") }) : "";
}

/** Each new fact as a few words, in the order a records office asks. */
function namedFacts(p: IntakePatch, lang: Lang): string[] {
  const { ack } = CATALOGS[lang].guide;
  const coded: Readonly<Record<string, string | undefined>> = CATALOGS[lang].widget.factValues;
  const word = (v: string) => coded[v] ?? v.replaceAll("_", " ");
  const date = (v: string) => plainDate(v, lang);
  const out: Array<string | undefined> = [];
  if (p.requester) out.push(ack.requester[p.requester]);
  if (p.patient) {
    out.push(p.patient.name ?? undefined);
    if (p.patient.dateOfBirth) out.push(fill(ack.born, { date: date(p.patient.dateOfBirth) }));
  }
  if (p.representative?.name) out.push(p.representative.name);
  if (p.provider) {
    const status = p.provider.status && p.provider.status !== "open" && p.provider.status !== "unknown";
    out.push(p.provider.name ?? undefined, status ? word(p.provider.status!) : undefined);
  }
  if (p.state) out.push(stateName(p.state, lang));
  if (p.providerCount && p.providerCount > 1) out.push(fill(ack.providers, { n: p.providerCount }));
  if (p.records) {
    if (p.records.kinds?.length) out.push(p.records.kinds.map(word).join(", "));
    const range = [p.records.from, p.records.to].filter((d): d is string => Boolean(d)).map(date);
    if (range.length > 0) out.push(fill(ack.dates, { dates: [...new Set(range)].join(" – ") }));
  }
  if (p.purpose) out.push(fill(ack.purpose, { purpose: ack.purposes[p.purpose] }));
  if (p.neededBy) out.push(fill(ack.neededBy, { date: date(p.neededBy) }));
  if (p.recipient?.name) out.push(fill(ack.sendTo, { name: p.recipient.name }));
  if (p.insurer)
    out.push(p.insurer.name ?? (p.insurer.plan && p.insurer.plan !== "unknown" ? word(p.insurer.plan) : undefined));
  if (p.priorRequest) {
    const sent = p.priorRequest.sentOn ? fill(coded.sentOn ?? "{date}", { date: date(p.priorRequest.sentOn) }) : "";
    const what = [sent, p.priorRequest.outcome ? word(p.priorRequest.outcome) : ""].filter(Boolean).join(", ");
    if (what) out.push(fill(ack.earlier, { what }));
  }
  return out.filter((f): f is string => Boolean(f));
}
