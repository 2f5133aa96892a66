// insurer_request: a right-of-access request to a health plan for its designated record set
// (claims history, EOBs, authorizations) and, where the plan must offer one, the Patient Access API.
import type { Intake, PLANS } from "../../domain/intake.js";
import { longDate } from "../facts.js";
import {
  addresseeBlock,
  enclosures,
  formatRow,
  opening,
  patientRow,
  requesterRows,
  respondByDate,
  respondRow,
  sendCopyRow,
} from "../frame.js";
import { SEND_TIPS } from "../guidance.js";
import type { LetterOptions } from "../index.js";
import { type Block, blank, finishLetter, h, type Letter, optionalBlank, p, t, val } from "../letter.js";
import { isRepresentative, patientTable, proofDocuments, requesterBlocks, signature } from "../parts.js";
import { contactRuns } from "../representative.js";
import { deadlineParagraph, denialParagraph, feeParagraph, formatAndDelivery } from "../terms.js";

type Plan = (typeof PLANS)[number];

/** Plans CMS requires to offer a Patient Access API (CMS-9115-F), with the rule for each. */
const API_PLANS: Partial<Record<Plan, { name: string; cite: string }>> = {
  medicare_advantage: { name: "Medicare Advantage", cite: "42 CFR 422.119" },
  medicaid: { name: "Medicaid", cite: "42 CFR 431.60" },
  chip: { name: "CHIP", cite: "42 CFR 457.730" },
  marketplace: { name: "federal Marketplace", cite: "45 CFR 156.221" },
};

function dateRange(intake: Intake): string {
  const { from, to } = intake.records ?? {};
  if (from || to)
    return `Period: ${from ? longDate(from) : "the start of coverage"} through ${to ? longDate(to) : "the present"}.`;
  return "Period: all dates you hold.";
}

/** Builds the plan request from the Intake alone; the member ID is always left for the patient. */
export function insurerRequest(intake: Intake, opts: LetterOptions): Letter {
  const facts = { intake, today: opts.today };
  const whose = isRepresentative(intake) ? "the member's" : "my";
  const plan = intake.insurer?.plan;
  const api = plan ? API_PLANS[plan] : undefined;
  const proofs = proofDocuments(facts);
  const title = isRepresentative(intake)
    ? "Request for the member's health plan records"
    : "Request for my health plan records";
  const respondBy = respondByDate("insurer_request", intake, opts.today);
  const to = addresseeBlock([
    [val(intake.insurer?.name, "health plan name", "insurer.name")],
    [t("Attn: Privacy Office / Member Records")],
    [blank("health plan's mailing address, fax or email (see your member ID card)")],
  ]);
  const { from, to: until } = intake.records ?? {};
  const blocks: Block[] = [
    ...opening(facts, to, title, [
      patientRow(intake, "Member"),
      ...requesterRows(facts),
      {
        label: "Records",
        value: [t("Claims history, EOBs, prior authorizations and appeals, clinical records you hold")],
      },
      {
        label: "Period",
        value: [
          t(
            from || until
              ? `${from ? longDate(from) : "Start of coverage"} through ${until ? longDate(until) : "the present"}`
              : "All dates you hold",
          ),
        ],
      },
      formatRow(intake),
      sendCopyRow(intake),
      respondRow(respondBy),
    ]),
    p("Dear Privacy Office:"),
    p(
      `I am asking for a copy of ${whose} records in your designated record set: the enrollment, payment, claims adjudication and case or medical management records you hold (45 CFR 164.501). This is a request for access under the HIPAA Privacy Rule, 45 CFR 164.524. It is not an authorization under 45 CFR 164.508.`,
    ),
    ...requesterBlocks(facts),
    h("Member"),
    patientTable(intake, [
      { label: "Member ID number", value: [blank("member ID number (on your insurance card)")] },
      { label: "Group number", value: [optionalBlank("group number")] },
    ]),
    h("Records requested"),
    {
      type: "list",
      items: [
        [
          t(
            `The complete claims history, showing for each claim the provider's name and address, dates of service, diagnosis and procedure codes, amounts billed and paid, and ${whose} cost share`,
          ),
        ],
        [t("Explanation of benefits (EOB) statements")],
        [t("Prior authorization requests and decisions, and any appeal or grievance files")],
        [t("Any clinical records or lab results that providers sent you")],
      ],
    },
    p(dateRange(intake)),
  ];
  if (api) {
    blocks.push(
      p(
        `Because this is a ${api.name} plan, please also tell me how to connect an app of my choice to your Patient Access API (${api.cite}), which provides claims, encounter data and the clinical data you hold.`,
      ),
    );
  }
  blocks.push(
    h("Format, delivery, fees and timing"),
    ...formatAndDelivery(intake),
    feeParagraph(intake),
    // State deadlines in the data are for providers, not plans: HIPAA alone governs here.
    deadlineParagraph(intake, false),
    denialParagraph,
    p(t("You can reach me at "), contactRuns(intake), t(". Thank you.")),
    p("Sincerely,"),
    signature(facts),
    ...enclosures(proofs),
  );
  const guidance = [
    "A plan holds claims and billing records, not the full chart. Use the claims history to list every provider and date of service, then ask each provider for the chart with an access request.",
    "Many plans show claims and EOBs in the member website or app already; check there first.",
    ...(plan === "medicare"
      ? [
          "Original Medicare: claims are on Medicare.gov, and apps can fetch Part A, B and D claims through CMS's Blue Button 2.0. Medicare Summary Notices list each claim.",
        ]
      : []),
    ...(plan === "marketplace"
      ? [
          "The Patient Access API rule covers plans sold on the federally facilitated Marketplace (HealthCare.gov); a plan from a state-run exchange may not offer one.",
        ]
      : []),
    ...(plan === "employer"
      ? [
          "If you are appealing a denied claim, an employer (ERISA) plan must give you the documents relevant to your claim free of charge (29 CFR 2560.503-1).",
        ]
      : []),
    SEND_TIPS,
  ];
  return finishLetter("insurer_request", title, blocks, guidance, respondBy);
}
