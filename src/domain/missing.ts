// The facts that would change the advice, most informative first. Field names are Intake paths so
// the conversation can ask for exactly that field.
import { SHORTER_STATE_RULES } from "./deadlines.js";
import { minorStatus } from "./minors.js";
import type { Missing } from "./recommendation.js";
import type { Situation } from "./situation.js";

interface Ask {
  field: string;
  /** True when the field is unknown and knowing it would change the advice. */
  needed: (s: Situation) => boolean;
  why: (s: Situation) => string;
}

// Ordered by how much the answer can change the ranking or the deadline.
const ASKS: readonly Ask[] = [
  {
    field: "priorRequest.sentOn",
    needed: (s) =>
      s.intake.priorRequest?.outcome !== undefined &&
      s.intake.priorRequest.outcome !== "received" &&
      !s.intake.priorRequest.sentOn,
    why: () =>
      "The date you sent the earlier request tells us whether the deadline has passed and the last day to complain.",
  },
  {
    field: "records.kinds",
    needed: (s) => s.kinds.length === 0,
    why: () =>
      "Portals carry results, visit summaries, medications and shots; the full chart, images and older records need a written request.",
  },
  {
    field: "state",
    needed: (s) => !s.intake.state,
    why: () =>
      "The state sets the deadline (some are shorter than 30 days), the fee rules, and which immunization registry to use.",
  },
  {
    field: "provider.status",
    needed: (s) => !s.intake.provider?.status,
    why: () =>
      "If the practice closed, merged, or the doctor retired or died, we first find who keeps the records now.",
  },
  {
    field: "requester",
    needed: (s) => !s.intake.requester,
    why: () =>
      "A parent, guardian, health care agent or executor must show proof of authority; someone without it needs the patient's signature.",
  },
  {
    // A parent acts only for an unemancipated minor (45 CFR 164.502(g)(3)): without the age (or the date
    // of birth) the advice to a parent cannot be given, so it is asked right after who is asking.
    field: "patient.isMinor",
    needed: (s) => s.intake.requester === "parent" && minorStatus(s.intake, s.today) === "unknown",
    why: () =>
      "A parent acts only for a child under 18 who is not emancipated; for a teenager, confidential care and portal limits change what a parent can see, and for an adult child a parent needs their own request, a power of attorney or a guardianship.",
  },
  {
    field: "provider.portal",
    needed: (s) => !s.intake.provider?.portal && !s.providerGone && !s.beyondPortal,
    why: () => "With portal access, results, visit summaries, medications and shots can be downloaded in minutes.",
  },
  {
    field: "insurer.plan",
    needed: (s) => !s.intake.insurer?.plan && (s.wantsClaims || s.cannotListProviders || s.providerGone),
    why: () =>
      "Medicare Advantage, Medicaid, CHIP and marketplace plans must offer a Patient Access API; employer plans and traditional Medicare do not.",
  },
  {
    field: "providerCount",
    needed: (s) => s.providerCount === undefined && (s.legalOrDisability || s.intake.neededBy !== undefined),
    why: () =>
      "With several providers and a deadline, a retrieval service can be worth it; with one, asking yourself is faster and cheaper.",
  },
  {
    field: "provider.type",
    needed: (s) =>
      !s.intake.provider?.type &&
      s.intake.state !== undefined &&
      (SHORTER_STATE_RULES[s.intake.state] ?? []).some((r) => r.providerTypes),
    why: (s) =>
      `In ${s.rules?.name ?? "this state"} the deadline depends on the kind of provider (for example, hospital or doctor's office).`,
  },
  {
    field: "purpose",
    needed: (s) => !s.intake.purpose,
    why: () =>
      "Disability claims may get free copies, and school or travel forms may need the official registry record.",
  },
  {
    field: "neededBy",
    needed: (s) => s.manyProviders && !s.intake.neededBy,
    why: () => "A close deadline with many providers can make a retrieval service worth it.",
  },
  {
    field: "recipient",
    needed: (s) => s.intake.delivery === "third_party" && !s.intake.recipient,
    why: () => "A request to send records to someone else must name them and say where to send the copy.",
  },
];

/** Unknown facts that would change this advice, most informative first. */
export function missingFor(s: Situation): Missing[] {
  return ASKS.filter((a) => a.needed(s)).map((a) => ({ field: a.field, why: a.why(s) }));
}
