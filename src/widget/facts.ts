// "What I know so far": the Intake the conversation has filled in, as short labelled lines in the
// interface language. Pure, so it is tested without a browser.
import type { Lang } from "./i18n.js";

type Labels = Record<string, [string, string]>;

const FIELDS: Labels = {
  requester: ["Who is asking", "Quién lo pide"],
  patient: ["Patient", "Paciente"],
  dateOfBirth: ["Date of birth", "Fecha de nacimiento"],
  state: ["State", "Estado"],
  provider: ["Provider", "Proveedor"],
  records: ["Records", "Expedientes"],
  dates: ["Dates", "Fechas"],
  purpose: ["Purpose", "Motivo"],
  neededBy: ["Needed by", "Para cuándo"],
  delivery: ["Format", "Formato"],
  insurer: ["Health plan", "Seguro médico"],
  priorRequest: ["Earlier request", "Solicitud anterior"],
};

const VALUES: Labels = {
  self: ["The patient", "El paciente"],
  parent: ["Parent", "Padre o madre"],
  guardian: ["Guardian", "Tutor legal"],
  personal_representative: ["Personal representative", "Representante personal"],
  executor: ["Executor", "Albacea"],
  other: ["Other", "Otro"],
  full_chart: ["full chart", "expediente completo"],
  visit_notes: ["visit notes", "notas de consultas"],
  test_results: ["test results", "resultados de análisis"],
  imaging: ["imaging", "imágenes"],
  medications: ["medications", "medicamentos"],
  immunizations: ["immunizations", "vacunas"],
  billing: ["billing", "facturación"],
  claims: ["claims", "reclamaciones"],
  mental_health: ["mental health", "salud mental"],
  psychotherapy_notes: ["psychotherapy notes", "notas de psicoterapia"],
  substance_use: ["substance use treatment", "tratamiento de adicciones"],
  dental: ["dental", "dental"],
  continuing_care: ["continuing care", "continuidad de la atención"],
  second_opinion: ["second opinion", "segunda opinión"],
  personal: ["personal", "personal"],
  legal: ["legal", "legal"],
  disability: ["disability claim", "reclamo de discapacidad"],
  insurance: ["insurance", "seguro"],
  school: ["school", "escuela"],
  travel: ["travel", "viaje"],
  closed: ["closed", "cerrado"],
  retired: ["retired", "jubilado"],
  deceased: ["deceased", "fallecido"],
  merged: ["merged", "fusionado"],
  electronic: ["electronic", "electrónico"],
  paper: ["paper", "papel"],
  pending: ["waiting", "en espera"],
  no_response: ["no answer", "sin respuesta"],
  denied: ["denied", "negada"],
  partial: ["partly answered", "respondida en parte"],
  fee_dispute: ["fee dispute", "disputa de cobro"],
  received: ["received", "recibida"],
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const s = (v: unknown): string | undefined => (typeof v === "string" && v.trim() ? v.trim() : undefined);

/** One label/value pair per known fact, in the order a records office would ask. */
export function knownFacts(intake: unknown, lang: Lang): Array<[string, string]> {
  if (!isRecord(intake)) return [];
  const i = lang === "es" ? 1 : 0;
  const value = (v: unknown) => {
    const t = s(v);
    return t === undefined ? undefined : (VALUES[t]?.[i] ?? t.replaceAll("_", " "));
  };
  const out: Array<[string, string]> = [];
  const add = (field: string, v: string | undefined) => {
    const label = FIELDS[field]?.[i];
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
