// "What I know so far": the Intake the conversation has filled in, as short labelled lines in the
// interface language (the labels are the catalogs' widget section). Pure, so it is tested without a browser.
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
  add("requester", value(intake.requester));
  add("patient", s(patient.name));
  add("dateOfBirth", s(patient.dateOfBirth));
  add("state", s(intake.state));
  const status =
    s(provider.status) && provider.status !== "open" && provider.status !== "unknown"
      ? value(provider.status)
      : undefined;
  add("provider", [s(provider.name), status && `(${status})`].filter(Boolean).join(" ") || undefined);
  const kinds = Array.isArray(records.kinds) ? records.kinds.map(value).filter((k): k is string => Boolean(k)) : [];
  add("records", kinds.join(", ") || undefined);
  add("dates", [s(records.from), s(records.to)].filter(Boolean).join(" – ") || undefined);
  add("purpose", value(intake.purpose));
  add("neededBy", s(intake.neededBy));
  add("delivery", [value(intake.format), value(intake.delivery)].filter(Boolean).join(", ") || undefined);
  add("insurer", s(insurer.name) ?? (s(insurer.plan) && insurer.plan !== "unknown" ? value(insurer.plan) : undefined));
  add("priorRequest", value(prior.outcome));
  return out;
}
