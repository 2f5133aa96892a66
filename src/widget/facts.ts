// "What I know so far": the Intake the conversation has filled in, as short labelled lines in plain
// words in the interface language (dates spelled out, states by name; the labels and value words are
// the catalogs' widget section), each one correctable. Pure, so it is tested without a browser.
import type { IntakePath } from "../domain/intake.js";
import { plainDate, stateName } from "../i18n/plain.js";
import { type Lang, STRINGS } from "./i18n.js";

type FactKey = keyof (typeof STRINGS)["en"]["factLabels"];

/**
 * The Intake fact a correction of each line changes. The guide reads "Date of birth: 5 March 1980"
 * (a fact's label in any language, a colon, the new value) as the answer to that fact's question,
 * the same way it reads a correction on the letter's review.
 */
export const FACT_PATHS: Readonly<Record<FactKey, IntakePath>> = {
  requester: "requester",
  patient: "patient.name",
  dateOfBirth: "patient.dateOfBirth",
  state: "state",
  provider: "provider.name",
  records: "records.kinds",
  dates: "records.from",
  purpose: "purpose",
  neededBy: "neededBy",
  delivery: "delivery",
  insurer: "insurer.name",
  priorRequest: "priorRequest.sentOn",
  recipient: "recipient.name",
  providerCount: "providerCount",
};

/** One line of "What I know so far": its label, its value in words, and the text its edit box starts with. */
export interface Fact {
  key: FactKey;
  label: string;
  value: string;
  /** What the patient corrects: the value without words the panel added (a provider's "(closed)"). */
  edit: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const s = (v: unknown): string | undefined => (typeof v === "string" && v.trim() ? v.trim() : undefined);

/** One line per known fact, in the order a records office would ask. */
export function knownFacts(intake: unknown, lang: Lang): Fact[] {
  if (!isRecord(intake)) return [];
  const labels = STRINGS[lang].factLabels;
  const values: Readonly<Record<string, string | undefined>> = STRINGS[lang].factValues;
  const value = (v: unknown) => {
    const t = s(v);
    return t === undefined ? undefined : (values[t] ?? t.replaceAll("_", " "));
  };
  const date = (v: unknown) => {
    const t = s(v);
    return t === undefined ? undefined : plainDate(t, lang);
  };
  const out: Fact[] = [];
  const add = (key: FactKey, v: string | undefined, edit = v) => {
    if (v) out.push({ key, label: labels[key], value: v, edit: edit ?? v });
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
  add(
    "provider",
    [s(provider.name), status && `(${status})`].filter(Boolean).join(" ") || undefined,
    s(provider.name) ?? "",
  );
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
