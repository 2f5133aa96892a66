// ocr_complaint: a filled-in draft of a right-of-access complaint for the HHS Office for Civil
// Rights portal (ocrportal.hhs.gov), to file within 180 days (45 CFR 160.306(b)(3)).
import { licensingBoard } from "../../domain/boards.js";
import { sentToOthers } from "../../domain/fees.js";
import type { Intake } from "../../domain/intake.js";
import { heardNothing, sentOn, stillWithoutRecords, wasPartial } from "../established.js";
import { hipaaDueDate, longDate, ocrGuidance, stateOnlyMiss } from "../facts.js";
import { addresseeBlock, opening, patientRow, requesterRows } from "../frame.js";
import type { LetterOptions } from "../index.js";
import { type Block, blank, finishLetter, h, type Letter, p, type Run, t, val } from "../letter.js";
import { earlierRequestRuns, isRepresentative, patientTable, recordItems, signature } from "../parts.js";
import { representativeTable } from "../representative.js";

/** What happened after the request, in the complainant's words, by outcome; never more than the Intake says. */
const WHAT_HAPPENED: Record<string, string> = {
  no_response: "I have received neither the records nor a written notice extending the time.",
  pending: "I have not received the records.",
  partial: "I received only part of the records.",
  denied: "The provider denied my request.",
  fee_dispute:
    "The provider demanded a fee that I believe is more than the reasonable, cost-based fee 45 CFR 164.524(c)(4) allows, and has not provided the records.",
};

/** Builds the complaint draft; each portal section is a heading so it can be copied field by field. */
export function ocrComplaint(intake: Intake, opts: LetterOptions): Letter {
  const facts = { intake, today: opts.today };
  const prov = intake.provider ?? {};
  const provName = opts.clinic?.name ?? prov.name;
  const sent = sentOn(intake);
  // OCR enforces HIPAA's own deadline (30 days, 60 after a written extension), not a state's.
  const hipaaDue = hipaaDueDate(intake);
  const outcome = intake.priorRequest?.outcome;
  const rep = isRepresentative(intake);
  // "Neither the records nor a notice" only when no extension notice came either (established.ts).
  const said =
    outcome === "no_response" && !heardNothing(intake) ? WHAT_HAPPENED.pending : outcome && WHAT_HAPPENED[outcome];
  const happened: Run[] = said
    ? [t(said)]
    : [blank("what happened after you sent the request", "priorRequest.outcome")];
  // "Still" only when the outcome says the records (or some of them) never came.
  const still = stillWithoutRecords(intake)
    ? [t(` As of ${longDate(opts.today)} I still do not have ${wasPartial(intake) ? "the rest of " : ""}the records.`)]
    : [];
  const title = "Complaint to the HHS Office for Civil Rights: access to medical records";
  const to = addresseeBlock([
    [t("HHS Office for Civil Rights")],
    [t("Centralized Case Management Operations, U.S. Department of Health and Human Services")],
    [t("200 Independence Ave SW, Room 509F HHH Bldg, Washington, DC 20201")],
    [t("Online: ocrportal.hhs.gov")],
  ]);
  const blocks: Block[] = [
    ...opening(facts, to, title, [
      patientRow(intake),
      ...requesterRows(facts),
      { label: "Complaint about", value: [val(provName, "provider or facility name", "provider.name")] },
      {
        label: "Request sent",
        value: [val(sent && longDate(sent), "date you sent your request", "priorRequest.sentOn")],
      },
      {
        label: "Response was due",
        value: [val(hipaaDue && longDate(hipaaDue), "date the response was due", "priorRequest.sentOn")],
      },
      { label: "What I ask", value: [t("That OCR require the provider to give me access to the records")] },
    ]),
    p("This is a draft for the HHS Office for Civil Rights complaint portal, ocrportal.hhs.gov."),
    h("Complainant (you)"),
    rep ? representativeTable(facts) : patientTable(intake),
    ...(rep ? [h("Person whose rights were violated"), patientTable(intake)] : []),
    h("Covered entity complained about"),
    {
      type: "table",
      rows: [
        { label: "Name", value: [val(provName, "provider or facility name", "provider.name")] },
        {
          label: "Address",
          value: [val(opts.clinic?.recordsOffice?.address ?? prov.address, "provider's address", "provider.address")],
        },
        {
          label: "Phone",
          value: [val(opts.clinic?.recordsOffice?.phone ?? prov.phone, "provider's phone", "provider.phone")],
        },
      ],
    },
    h("When it happened"),
    p(t("Request sent: "), val(sent && longDate(sent), "date you sent your request", "priorRequest.sentOn")),
    p(
      t(
        `Response due under HIPAA (${intake.priorRequest?.extensionNotice ? "60 calendar days later, after a written extension" : "30 calendar days later"}): `,
      ),
      val(hipaaDue && longDate(hipaaDue), "date the response was due", "priorRequest.sentOn"),
    ),
    h("Describe what happened"),
    p(
      ...earlierRequestRuns(intake, rep ? "the patient's" : "my", provName ?? "the provider"),
      t(
        "The provider had to act within 30 calendar days of receiving it, with at most one 30-day extension explained to me in writing (45 CFR 164.524(b)(2)). ",
      ),
      ...happened,
      ...still,
    ),
    p(t("Records requested:")),
    { type: "list", items: recordItems(intake) },
    h("What I ask OCR to do"),
    p(
      "Please require the provider to give me access to the records I requested, in the form and format I asked for, for no more than a reasonable, cost-based fee.",
    ),
    signature(facts),
  ];
  const guidance = [
    "File online at ocrportal.hhs.gov (copy each section into the matching field), or by mail to Centralized Case Management Operations, U.S. Department of Health and Human Services, Office for Civil Rights, 200 Independence Ave SW, Room 509F HHH Bldg, Washington, DC 20201.",
    ...ocrTiming(intake, opts.today, hipaaDue),
    "Keep copies of your request, any replies and this complaint. Retaliation for filing a complaint is prohibited.",
    "It often helps to write to the provider's privacy officer first (the follow-up letter), then file.",
  ];
  return finishLetter("ocr_complaint", title, blocks, guidance);
}

/** When to file, from the one OCR window; before HIPAA's deadline has passed, that it is too early. */
function ocrTiming(intake: Intake, today: string, hipaaDue: string | undefined): string[] {
  const when = ocrGuidance(intake, today);
  if (when) return [when];
  if (intake.priorRequest?.outcome === "fee_dispute" && sentToOthers(intake))
    return [
      `HIPAA's patient fee limit does not cover copies sent straight to someone else (Ciox v. Azar, 2020), so OCR is unlikely to act on this fee. Ask for your own copy at the patient rate and forward it, or complain to ${licensingBoard(intake)} or the state attorney general.`,
    ];
  const miss = stateOnlyMiss(intake, today);
  if (miss)
    return [
      `OCR enforces HIPAA's own deadline, which for this request ends on ${longDate(miss.hipaaDue)}; a missed state deadline alone is for ${miss.board}. File with OCR if HIPAA's deadline passes too, within 180 days after it.`,
    ];
  const late = intake.priorRequest?.outcome === "pending" || intake.priorRequest?.outcome === "no_response";
  if (late && hipaaDue && today <= hipaaDue)
    return [
      `HIPAA's deadline for this request ends on ${longDate(hipaaDue)}; a complaint about a late answer can be filed once it has passed, within 180 days after it.`,
    ];
  return ["File within 180 days of when you knew of the problem; OCR may extend the window for good cause."];
}
