// What the patient's story calls for before any path: what to do about an earlier request that went
// wrong (45 CFR 164.524(b)(2), (c)(4), (d)), where a closed practice's records went, and the cautions
// that change what the patient must do (proof of authority, psychotherapy notes, Part 2 consent).
// Said as soon as the story tells it, and again with the recommendation; words from the catalogs.
import { addDays, dueDate, responseDeadline } from "../../domain/deadlines.js";
import { sentToOthers } from "../../domain/fees.js";
import type { Intake, IntakePatch } from "../../domain/intake.js";
import { CATALOGS, fill } from "../../i18n/catalogs/index.js";
import type { Lang } from "../../i18n/langs.js";
import { plainDate } from "../../i18n/plain.js";

const GONE: ReadonlySet<string> = new Set(["closed", "retired", "deceased", "bankrupt"]);
/** Purposes for which the treating doctor may ask for the records itself (45 CFR 164.506(c)(2)). */
const FOR_TREATMENT: ReadonlySet<string> = new Set(["continuing_care", "second_opinion"]);
const REPRESENTATIVES: ReadonlySet<string> = new Set(["parent", "guardian", "personal_representative", "executor"]);

/**
 * What to do about the earlier request, when there was one that was not simply answered: a
 * follow-up once it is overdue (or when to expect the answer), a review of a denial, the rest of a
 * partial answer, the fee rules for a fee demand. "" when there is nothing to say.
 */
export function priorRequestLead(intake: Intake, today: string, lang: Lang): string {
  const t = CATALOGS[lang].guide.escalation;
  const kinds = intake.records?.kinds ?? [];
  const rule = responseDeadline(intake);
  const cite = rule.basis.cite ?? "45 CFR 164.524(b)(2)";
  switch (intake.priorRequest?.outcome) {
    case "no_response":
    case "pending": {
      const due = dueDate(intake)?.dueOn;
      if (!due) {
        const days = fill(CATALOGS[lang].guide.answers.days[rule.kind], { n: rule.days });
        return fill(t.unanswered, { days, cite });
      }
      return today > due
        ? fill(t.overdue, { date: plainDate(due, lang), cite })
        : fill(t.waiting, { date: plainDate(due, lang) });
    }
    case "denied":
      // Psychotherapy notes alone may be refused: the caution about them says so.
      if (kinds.length > 0 && kinds.every((k) => k === "psychotherapy_notes")) return "";
      return kinds.includes("mental_health") || REPRESENTATIVES.has(intake.requester ?? "") ? t.review : t.denied;
    case "partial":
      return t.partial;
    case "fee_dispute":
      return sentToOthers(intake) ? t.feeOthers : t.fee;
    default:
      return "";
  }
}

/**
 * The cautions that change what the patient must do, for this case file: proof of authority, the
 * psychotherapy notes' own request, the Part 2 consent. A parent of an adult child has no authority
 * to prove; the who-may-ask line tells them what they need instead.
 */
export function cautionsFor(intake: Intake, lang: Lang): string[] {
  const c = CATALOGS[lang].guide.cautions;
  const out: string[] = [];
  const who = intake.requester;
  const adultChild = who === "parent" && intake.patient?.isMinor === false;
  if (who && who !== "self" && !adultChild) out.push(c.proof[who]);
  const kinds = intake.records?.kinds ?? [];
  if (kinds.includes("psychotherapy_notes")) out.push(c.psychotherapy);
  if (kinds.includes("substance_use")) out.push(c.part2);
  return out;
}

/**
 * What the message's new facts call for right away, before the questions go on: the earlier
 * request's next step, where a closed practice's records went, the records' own cautions. Proof of
 * authority waits for the advice (it is said there), so the story's first reply stays short.
 */
export function storyNotes(patch: IntakePatch, before: Intake, intake: Intake, today: string, lang: Lang): string[] {
  const out: string[] = [];
  // The outcome is news, or the date is, for an unanswered request: its due date says whether it is late.
  const waiting = intake.priorRequest?.outcome === "no_response" || intake.priorRequest?.outcome === "pending";
  if (patch.priorRequest?.outcome || (patch.priorRequest?.sentOn && waiting))
    out.push(priorRequestLead(intake, today, lang));
  if (patch.provider?.status && GONE.has(patch.provider.status)) out.push(CATALOGS[lang].guide.escalation.closed);
  const c = CATALOGS[lang].guide.cautions;
  const known = before.records?.kinds ?? [];
  const kinds = (patch.records?.kinds ?? []).filter((k) => !known.includes(k));
  if (kinds.includes("psychotherapy_notes")) out.push(c.psychotherapy);
  if (kinds.includes("substance_use")) out.push(c.part2);
  return out.filter(Boolean);
}

/**
 * A date before the provider's answer would be due: what works in days comes first (call today, the
 * specific items for pickup, the treating doctor's own request). "" when the date leaves time.
 */
export function urgentNote(intake: Intake, today: string, lang: Lang): string {
  if (!intake.neededBy) return "";
  const rule = responseDeadline(intake);
  const outstanding = intake.priorRequest?.outcome === "pending" || intake.priorRequest?.outcome === "no_response";
  const due = (outstanding ? dueDate(intake)?.dueOn : undefined) ?? addDays(today, rule.days, rule.kind);
  if (intake.neededBy >= due) return "";
  const t = CATALOGS[lang].guide.escalation;
  const lead = fill(t.urgent, { needed: plainDate(intake.neededBy, lang), due: plainDate(due, lang) });
  const treatment = intake.purpose === undefined || FOR_TREATMENT.has(intake.purpose);
  return treatment ? `${lead} ${t.urgentTreatment}` : lead;
}
