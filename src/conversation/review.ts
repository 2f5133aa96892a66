// The review before drafting: what a letter of one kind will carry (provider and address, patient,
// records, dates, where it goes, who asks), in the conversation's language, and the stamp a draft is
// checked against. Pure but for the hash (Web Crypto is asynchronous).
import type { Intake, IntakePath } from "../domain/intake.js";
import type { ClinicFacts } from "../domain/recommend.js";
import type { DocumentKind } from "../domain/recommendation.js";
import { clinicHolding } from "../domain/situation.js";
import { getStateRules } from "../domain/states.js";
import { CATALOGS, fill } from "../i18n/catalogs/index.js";
import { LANGS, type Lang } from "../i18n/langs.js";
import type { LetterReview, ReviewItem } from "../sessions/session.js";
import { FACT_PATHS } from "../widget/facts.js";

export interface ReviewContext {
  lang: Lang;
  /** The page's clinic: the letter uses its records office only when the Intake names it. */
  clinic: ClinicFacts | null;
}

/** Letters sent to the provider named in the Intake (the others go to a plan, a registry or OCR about it). */
const TO_PROVIDER: ReadonlySet<DocumentKind> = new Set<DocumentKind>([
  "access_request",
  "third_party_directive",
  "follow_up",
  "review_request",
  "part2_consent",
  "retrieval_authorization",
  "ocr_complaint",
]);
/** Letters that send the records to someone other than the patient: the recipient is theirs to check. */
const TO_RECIPIENT: ReadonlySet<DocumentKind> = new Set<DocumentKind>([
  "third_party_directive",
  "part2_consent",
  "retrieval_authorization",
]);
/** Letters that cite the earlier request's date. */
const CITES_EARLIER: ReadonlySet<DocumentKind> = new Set<DocumentKind>([
  "follow_up",
  "ocr_complaint",
  "review_request",
]);

type Words = (typeof CATALOGS)["en"]["guide"]["review"];
type LabelKey = keyof Words["labels"];

/** Each item's label, by the Intake fact it shows (the fact a correction of it changes). */
const LABELS: Partial<Record<IntakePath, LabelKey>> = {
  "provider.name": "provider",
  "provider.address": "address",
  "insurer.name": "insurer",
  state: "registry",
  "patient.name": "patient",
  "patient.dateOfBirth": "dateOfBirth",
  "records.kinds": "records",
  "records.from": "dates",
  "recipient.name": "sendTo",
  delivery: "sendTo",
  "priorRequest.sentOn": "sentOn",
  requester: "requester",
  "representative.name": "representative",
};

/** The label of the review item that shows `path`, in `lang`. */
export function itemLabel(path: IntakePath, lang: Lang): string {
  const key = LABELS[path];
  return key ? CATALOGS[lang].guide.review.labels[key] : path;
}

/**
 * Every item label in every language with the fact it shows (a label two items share names the
 * first), then the labels of the panel's "What I know so far" lines, whose corrections read the same way.
 */
export function labelledPaths(): Array<{ path: IntakePath; label: string }> {
  const review = LANGS.flatMap((lang) =>
    Object.entries(LABELS).map(([path, key]) => ({
      path: path as IntakePath,
      label: CATALOGS[lang].guide.review.labels[key],
    })),
  );
  const facts = LANGS.flatMap((lang) =>
    Object.entries(FACT_PATHS).map(([key, path]) => ({
      path,
      label: CATALOGS[lang].widget.factLabels[key as keyof typeof FACT_PATHS],
    })),
  );
  return [...review, ...facts];
}

/** The items a letter of `kind` will carry, in the order a records office reads them. */
export function reviewItems(kind: DocumentKind, intake: Intake, ctx: ReviewContext): ReviewItem[] {
  const words = CATALOGS[ctx.lang].guide.review;
  const coded: Readonly<Record<string, string | undefined>> = CATALOGS[ctx.lang].widget.factValues;
  const items: ReviewItem[] = [];
  const add = (path: IntakePath, value: string | undefined, editable = true) => {
    const label = itemLabel(path, ctx.lang);
    items.push(
      value ? { path, label, value, editable } : { path, label, value: words.missing, editable, missing: true },
    );
  };
  const date = (iso: string | undefined) => (iso ? longDate(iso, ctx.lang) : undefined);

  if (kind === "insurer_request") add("insurer.name", intake.insurer?.name);
  else if (kind === "immunization_request") add("state", registryName(intake));
  else add("provider.name", clinicHolding(intake, ctx.clinic)?.name ?? intake.provider?.name);
  if (TO_PROVIDER.has(kind)) {
    const office = clinicHolding(intake, ctx.clinic)?.recordsOffice;
    const published = [office?.address, office?.fax, office?.email].filter(Boolean).join(", ");
    const own = [intake.provider?.address, intake.provider?.fax, intake.provider?.email].filter(Boolean).join(", ");
    // The clinic's own records office is its published fact, not the patient's to change here.
    if (published) add("provider.address", published, false);
    else add("provider.address", own || undefined);
  }
  add("patient.name", intake.patient?.name);
  add("patient.dateOfBirth", date(intake.patient?.dateOfBirth));
  const kinds = (intake.records?.kinds ?? []).map((k) => coded[k] ?? k.replaceAll("_", " "));
  add("records.kinds", kinds.join(", ") || undefined);
  add("records.from", dates(intake, ctx.lang, words));
  if (TO_RECIPIENT.has(kind)) add("recipient.name", intake.recipient?.name);
  else add("delivery", delivery(intake, words));
  if (CITES_EARLIER.has(kind)) add("priorRequest.sentOn", date(intake.priorRequest?.sentOn));
  const requester = intake.requester ?? "self";
  add("requester", requester === "self" ? words.self : coded[requester]);
  if (requester !== "self") add("representative.name", intake.representative?.name);
  return items;
}

/** The review as its data part shows it, with the stamp of the facts it shows. */
export async function buildReview(kind: DocumentKind, intake: Intake, ctx: ReviewContext): Promise<LetterReview> {
  const words = CATALOGS[ctx.lang].guide.review;
  return {
    kind,
    items: reviewItems(kind, intake, ctx),
    draftLabel: words.draftLabel,
    draftValue: words.draftValue,
    hash: await reviewHash(kind, intake),
  };
}

/**
 * The stamp of what a letter of `kind` would be drafted from: every Intake fact a letter reads (the
 * deadline the patient needs them by and the number of providers only shape the advice). Any other
 * change after the review needs the patient to confirm again.
 */
export async function reviewHash(kind: DocumentKind, intake: Intake): Promise<string> {
  const { neededBy: _neededBy, providerCount: _providerCount, ...facts } = intake;
  const bytes = new TextEncoder().encode(JSON.stringify(canonical({ kind, facts })));
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Objects with their keys sorted, so the same facts always give the same stamp. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== "object" || value === null) return value;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, canonical(v)]));
}

/** "March 4, 1980" or "4 de marzo de 1980"; a bare year stays a year. */
export function longDate(iso: string, lang: Lang): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const format = new Intl.DateTimeFormat(CATALOGS[lang].widget.locale, { dateStyle: "long", timeZone: "UTC" });
  return format.format(new Date(`${iso}T00:00:00Z`));
}

function dates(intake: Intake, lang: Lang, words: Words): string {
  const from = intake.records?.from;
  const to = intake.records?.to;
  if (from && to) return fill(words.range, { from: longDate(from, lang), to: longDate(to, lang) });
  if (from) return fill(words.since, { from: longDate(from, lang) });
  if (to) return fill(words.until, { to: longDate(to, lang) });
  return words.allDates;
}

/** Where the copy goes when it comes to the patient (or the person asking for them): how, and in what form. */
function delivery(intake: Intake, words: Words): string {
  const how = [
    intake.format ? words.formats[intake.format] : undefined,
    intake.delivery && intake.delivery !== "third_party" ? words.deliveries[intake.delivery] : undefined,
  ].filter(Boolean);
  return how.length ? `${words.toYou} (${how.join(", ")})` : words.toYou;
}

function registryName(intake: Intake): string | undefined {
  if (!intake.state) return undefined;
  const rules = getStateRules(intake.state);
  return rules?.immunizationRegistry?.name.split(";")[0] ?? rules?.name ?? intake.state;
}
