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
  const t = s.t.urgency;
  const out = [t.callToday(s.t.date(s.intake.neededBy ?? "")), t.specificItems];
  if (treatmentRoute(s)) out.push(t.treatingDoctorStep);
  return out;
}

/** The notes that lead the advice when the need is urgent. */
export function urgentNotes(s: Situation): Note[] {
  const t = s.t.urgency;
  const due = answerDueFor(s);
  const notes: Note[] = [
    {
      topic: "urgent",
      text: t.tooLate(s.t.date(s.intake.neededBy ?? ""), s.t.date(due)),
      cite: s.deadline.basis.cite ?? CITE.deadline,
      certainty: s.deadline.basis.certainty,
    },
  ];
  if (treatmentRoute(s))
    notes.push({
      topic: "urgent",
      text: t.treatingDoctor,
      cite: CITE.treatment,
      certainty: "certain",
    });
  return notes;
}
