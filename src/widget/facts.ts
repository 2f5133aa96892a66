// "What I know so far": the Intake the conversation has filled in, as short labelled lines in plain
// words in the interface language (dates spelled out, states by name; the labels and value words are
// the catalogs' widget section). Pure, so it is tested without a browser.
import { plainDate, stateName } from "../i18n/plain.js";
import { type Lang, STRINGS } from "./i18n.js";

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const s = (v: unknown): string | undefined => (typeof v === "string" && v.trim() ? v.trim() : undefined);

/** One label/value pair per known fact, in the order a records office would ask. */
export function knownFacts(intake: unknown, lang: Lang): Array<[string, string]> {
  if (!isRecord(intake)) return [];
  const labels: Readonly<Record<string, string | undefined>> = STRINGS[lang].factLabels;
  const values: Readonly<Record<string, string | undefined>> = STRINGS[lang].factValues;
  const value = (v: unknown) => {
    const t = s(v);
    return t === undefined ? undefined : (values[t] ?? t.replaceAll("_", " "));
  };
  const date = (v: unknown) => {
    const t = s(v);
    return t === undefined ? undefined : plainDate(t, lang);
  };
  const out: Array<[string, string]> = [];
  const add = (field: string, v: string | undefined) => {
    const label = labels[field];
    if (label && v) out.push([label, v]);
  };
  const patient = isRecord(intake.patient) ? intake.patient : {};
  const provider = isRecord(intake.provider) ? intake.provider : {};
  const records = isRecord(intake.records) ? intake.records : {};
  const insurer = isRecord(intake.insurer) ? intake.insurer : {};
  const prior = isRecord(intake.priorRequest) ? intake.priorRequest : {};
  const recipient = isRecord(intake.recipient) ? intake.recipient : {};
  add("requester", value(intake.requester));
  add("patient", s(patient.name));
  add("dateOfBirth", date(patient.dateOfBirth));
  add("state", s(intake.state) && stateName(s(intake.state)!, lang));
  const status =
    s(provider.status) && provider.status !== "open" && provider.status !== "unknown"
      ? value(provider.status)
      : undefined;
  add("provider", [s(provider.name), status && `(${status})`].filter(Boolean).join(" ") || undefined);
  if (typeof intake.providerCount === "number" && intake.providerCount > 1)
    add("providerCount", String(intake.providerCount));
  const kinds = Array.isArray(records.kinds) ? records.kinds.map(value).filter((k): k is string => Boolean(k)) : [];
  add("records", kinds.join(", ") || undefined);
  add("dates", [date(records.from), date(records.to)].filter(Boolean).join(" – ") || undefined);
  add("purpose", value(intake.purpose));
  add("neededBy", date(intake.neededBy));
  add(
    "delivery",
    [value(intake.format), intake.delivery === "third_party" ? undefined : value(intake.delivery)]
      .filter(Boolean)
      .join(", ") || undefined,
  );
  add("recipient", s(recipient.name) ?? (intake.delivery === "third_party" ? value("third_party") : undefined));
  add("insurer", s(insurer.name) ?? (s(insurer.plan) && insurer.plan !== "unknown" ? value(insurer.plan) : undefined));
  const sent = date(prior.sentOn) && (values.sentOn ?? "{date}").replace("{date}", date(prior.sentOn)!);
  add("priorRequest", [sent, value(prior.outcome)].filter(Boolean).join(": ") || undefined);
  return out;
}
