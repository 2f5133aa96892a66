// What the SMS channel needs from clinics: which clinic (if any) a Twilio number belongs to. The
// clinic directory lives in src/clinics/; this is the narrow view of it the SMS bridge relies on.
import type { AppDeps } from "../../deps.js";
import type { ClinicFacts } from "../../domain/recommend.js";

/** A clinic as the SMS channel uses it: its id (kept on the session) and the facts the turn speaks for. */
export type BoundClinic = ClinicFacts & { id: string };

/** Looks up the clinic bound to a Twilio number (the webhook's `To`), or null for the generic service. */
export interface ClinicPhoneBinding {
  clinicForPhone(to: string): Promise<BoundClinic | null>;
}

/**
 * The binding from the app's dependencies, when a clinic directory is configured there (as
 * `deps.clinics`); otherwise every number is the generic service.
 */
export function clinicBinding(deps: AppDeps): ClinicPhoneBinding | null {
  const clinics = (deps as AppDeps & { clinics?: Partial<ClinicPhoneBinding> }).clinics;
  return typeof clinics?.clinicForPhone === "function" ? (clinics as ClinicPhoneBinding) : null;
}

/** How to reach the clinic's records office, in one line, or null when it listed no contact. */
export function clinicContact(clinic: BoundClinic): string | null {
  const office = clinic.recordsOffice;
  const how = office?.phone ? `call ${office.phone}` : office?.email ? `email ${office.email}` : null;
  return how ? `${clinic.name} records office: ${how}.` : null;
}
