// What the SMS channel needs from clinics: which clinic (if any) a Twilio number belongs to. The
// records live in the clinic directory (`deps.clinics`, src/clinics/); this is the narrow view of it
// the SMS bridge relies on, read structurally so the channel works with or without a directory.
import type { AppDeps } from "../../deps.js";
import type { ClinicFacts } from "../../domain/recommend.js";

/** A clinic as the SMS channel uses it: its id (kept on the session) and the facts the turn speaks for. */
export type BoundClinic = ClinicFacts & { id: string };

/** Looks up the clinic bound to a Twilio number (the webhook's `To`), or null for the generic service. */
export interface ClinicPhoneBinding {
  clinicForPhone(to: string): Promise<BoundClinic | null>;
}

/** The part of the clinic directory used here: `byPhone` finds the clinic whose smsNumbers hold `to`. */
interface PhoneDirectory {
  byPhone(to: string): Promise<BoundClinic | null>;
}

/**
 * The binding from the app's clinic directory (`deps.clinics.byPhone`), or null when none is
 * configured, in which case every number is the generic service.
 */
export function clinicBinding(deps: AppDeps): ClinicPhoneBinding | null {
  const clinics = (deps as { clinics?: unknown }).clinics as Partial<PhoneDirectory> | undefined;
  const byPhone = clinics?.byPhone;
  if (typeof byPhone !== "function") return null;
  return {
    async clinicForPhone(to) {
      const c = await byPhone.call(clinics, to);
      // Only the facts a turn may speak from; the rest of the record (origins, theme) stays out.
      return c
        ? {
            id: c.id,
            name: c.name,
            ...(c.recordsOffice ? { recordsOffice: c.recordsOffice } : {}),
            ...(c.portalUrl ? { portalUrl: c.portalUrl } : {}),
            ...(c.requestFormUrl ? { requestFormUrl: c.requestFormUrl } : {}),
            ...(c.fees ? { fees: c.fees } : {}),
            ...(c.turnaroundDays ? { turnaroundDays: c.turnaroundDays } : {}),
          }
        : null;
    },
  };
}

/** How to reach the clinic's records office, in one line, or null when it listed no contact. */
export function clinicContact(clinic: BoundClinic): string | null {
  const office = clinic.recordsOffice;
  const how = office?.phone ? `call ${office.phone}` : office?.email ? `email ${office.email}` : null;
  return how ? `${clinic.name} records office: ${how}.` : null;
}
