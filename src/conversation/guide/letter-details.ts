// What the letter's contact question asks for (issue 18): the address the copy goes to when it comes
// by email or mail, and a phone number the office can call; whichever of them the letter still lacks.
import { deliveryContact } from "../../documents/representative.js";
import type { Intake } from "../../domain/intake.js";

export type ContactNeed = "email" | "mail" | "phone" | "any";

/** Which contact the letter of this Intake still needs, by how the copy comes. */
export function contactNeed(intake: Intake): ContactNeed {
  const c = deliveryContact(intake);
  if (intake.delivery === "email" && !c.email) return "email";
  if (intake.delivery === "mail" && !c.address) return "mail";
  if (intake.delivery && intake.delivery !== "third_party") return "phone";
  return c.phone || c.email ? "phone" : "any";
}
