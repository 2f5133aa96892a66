// When the records are needed before the provider's deadline (issue 14, point 7): lead with what works
// in days: a call, the specific items for pickup, and the treating doctor's own request for treatment
// (45 CFR 164.506(c)(2)).
import { addDays, dueDate } from "./deadlines.js";
import type { Note } from "./recommendation.js";
import type { Situation } from "./situation.js";
import { CITE } from "./statements.js";

/** Purposes for which a treating provider may ask for the records itself. */
const FOR_TREATMENT = new Set(["continuing_care", "second_opinion"]);

/** When an answer would be due: the earlier request's due date, or a request sent today. */
export function answerDueFor(s: Pick<Situation, "intake" | "today" | "deadline">): string {
  const outstanding = s.intake.priorRequest?.outcome === "pending" || s.intake.priorRequest?.outcome === "no_response";
  const earlier = outstanding ? dueDate(s.intake)?.dueOn : undefined;
  return earlier ?? addDays(s.today, s.deadline.days, s.deadline.kind);
}

/** Whether the treating provider's own request (for treatment) is a route for this need. */
export function treatmentRoute(s: Situation): boolean {
  const purpose = s.intake.purpose;
  return purpose === undefined || FOR_TREATMENT.has(purpose);
}

/** The provider path's first steps when the need is urgent. */
export function urgentSteps(s: Situation): string[] {
  const out = [
    `Call the records office today: say you need the records by ${s.intake.neededBy} and ask what they can have ready sooner.`,
    "Ask for the specific items you need first (for example a CD of the images, the operative report or the latest visit notes) for pickup, rather than the whole chart by mail.",
  ];
  if (treatmentRoute(s))
    out.push(
      "Ask the office of the doctor who is treating you to request the records directly; providers may share records for treatment without your authorization (45 CFR 164.506(c)(2)).",
    );
  return out;
}

/** The notes that lead the advice when the need is urgent. */
export function urgentNotes(s: Situation): Note[] {
  const due = answerDueFor(s);
  const notes: Note[] = [
    {
      topic: "urgent",
      text: `You need the records by ${s.intake.neededBy}, but the provider may take until ${due}. Do not rely on a letter alone: call the records office today and ask for the specific items you need (for example a CD of the images or the operative report) for pickup.`,
      cite: s.deadline.basis.cite ?? CITE.deadline,
      certainty: s.deadline.basis.certainty,
    },
  ];
  if (treatmentRoute(s))
    notes.push({
      topic: "urgent",
      text: "Ask the doctor who is treating you to request the records directly from this provider; providers may share records with each other for treatment without your authorization.",
      cite: CITE.treatment,
      certainty: "certain",
    });
  return notes;
}
