// Notes for the patient that ride along with a letter but are never part of what is sent:
// the clinic's own channels, special record categories, and what to attach.
import type { Intake } from "../domain/intake.js";
import type { ClinicFacts } from "../domain/recommend.js";
import { representativeGuidance } from "./representative.js";

/** The clinic's portal, form, fees and turnaround, when a clinic is configured. */
export function clinicGuidance(clinic: ClinicFacts | null | undefined): string[] {
  if (!clinic) return [];
  const out: string[] = [];
  const ro = clinic.recordsOffice;
  const contact = [ro?.phone && `phone ${ro.phone}`, ro?.fax && `fax ${ro.fax}`, ro?.email && `email ${ro.email}`]
    .filter(Boolean)
    .join(", ");
  if (contact) out.push(`${clinic.name} records office: ${contact}.`);
  if (clinic.portalUrl)
    out.push(
      `Recent results and visit summaries may already be in ${clinic.name}'s patient portal: ${clinic.portalUrl}.`,
    );
  if (clinic.requestFormUrl)
    out.push(
      `${clinic.name} has its own request form (${clinic.requestFormUrl}). You may send this letter instead; if they insist on their form, fill it in quickly rather than argue.`,
    );
  if (clinic.fees) out.push(`${clinic.name} describes its fees as: ${clinic.fees}`);
  if (clinic.turnaroundDays) out.push(`${clinic.name} says requests usually take about ${clinic.turnaroundDays} days.`);
  return out;
}

/** Warnings for psychotherapy notes, substance use records and representatives. */
export function recordGuidance(intake: Intake, today: string): string[] {
  const kinds = intake.records?.kinds ?? [];
  const out: string[] = [];
  if (kinds.includes("psychotherapy_notes"))
    out.push(
      "Psychotherapy notes kept separately from the chart are not covered by the right of access; the provider may release them but does not have to. The rest of the mental health record is covered.",
    );
  if (kinds.includes("substance_use"))
    out.push(
      "Substance use disorder treatment records (42 CFR Part 2) can be released to you directly. Sending them to anyone else needs a Part 2 consent with every element of 42 CFR 2.31 (draft the Part 2 consent, or use the program's own form).",
    );
  if (intake.requester === "other")
    out.push(
      "Only the patient or a personal representative (parent of a minor, guardian, health care agent, executor) has a right of access. A family member without that authority may get only information relevant to their part in the patient's care.",
    );
  if (intake.patient?.isDeceased && intake.requester !== "executor")
    out.push(
      "For a patient who has died, the executor or administrator of the estate acts as personal representative; some states also let next of kin ask. Attach letters testamentary (or of administration) and the death certificate.",
    );
  out.push(...representativeGuidance({ intake, today }));
  return out;
}

/** Why a HIPAA directive or authorization leaves substance use disorder records out (42 CFR 2.31). */
export function part2Guidance(intake: Intake): string[] {
  if (!intake.records?.kinds?.includes("substance_use")) return [];
  return [
    "Substance use disorder treatment records were left out: a HIPAA directive or authorization alone does not let a federally assisted program send them to anyone else. Draft the Part 2 consent (42 CFR 2.31) for those, or ask for your own copy and send it on yourself.",
  ];
}

/** Standard sending advice for letters to a records office. */
export const SEND_TIPS =
  "Keep a copy of what you send and note the date: the deadline runs from when they receive it. Fax or email gives you a dated record; if you mail it, consider tracking. Include a copy of your photo ID only if the office asks for one.";
