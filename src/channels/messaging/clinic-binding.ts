// What the messaging channels need from clinics: which clinic (if any) a Twilio number belongs to,
// and how to reach its records office in one line.
import { clinicFacts } from "../../clinics/schema.js";
import type { AppDeps } from "../../deps.js";
import type { ClinicFacts } from "../../domain/recommend.js";

/** A clinic as a messaging channel uses it: its id (kept on the session) and the facts the turn speaks for. */
export type BoundClinic = ClinicFacts & { id: string };

/**
 * The clinic bound to a Twilio number (the webhook's `To`), or null for the generic service. A
 * WhatsApp sender ("whatsapp:+1…") is the clinic's when its number is one of the clinic's numbers.
 */
export async function clinicForPhone(deps: Pick<AppDeps, "clinics">, to: string): Promise<BoundClinic | null> {
  const clinic = await deps.clinics.byPhone(to.replace(/^whatsapp:/, ""));
  // Only the facts a turn may speak from; the rest of the record (origins, theme) stays out.
  return clinic ? { id: clinic.id, ...clinicFacts(clinic) } : null;
}

/** How to reach the clinic's records office, in one line, or null when it listed no contact. */
export function clinicContact(clinic: BoundClinic): string | null {
  const office = clinic.recordsOffice;
  const how = office?.phone ? `call ${office.phone}` : office?.email ? `email ${office.email}` : null;
  return how ? `${clinic.name} records office: ${how}.` : null;
}
