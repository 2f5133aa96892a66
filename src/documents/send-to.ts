// Where a drafted letter goes and when its answer is due if it is sent today: what the panel's
// "send it" card shows beside the downloads. The addressee is the one the letter itself names (the
// page's clinic's records office only when the Intake names that clinic), so card and letter agree.
import { addDays, responseDeadline } from "../domain/deadlines.js";
import type { Intake } from "../domain/intake.js";
import type { ClinicFacts } from "../domain/recommend.js";
import type { DocumentKind } from "../domain/recommendation.js";
import { clinicHolding } from "../domain/situation.js";
import { getStateRules } from "../domain/states.js";
import type { SendTo } from "../sessions/session.js";

/** Letters addressed to the provider's records office. */
const TO_PROVIDER: ReadonlySet<DocumentKind> = new Set<DocumentKind>([
  "access_request",
  "third_party_directive",
  "follow_up",
  "review_request",
  "part2_consent",
]);

/** Right-of-access requests: the answer is due on the governing deadline (45 CFR 164.524(b)(2), or a shorter state rule for the patient's own copy). */
const ACCESS: ReadonlySet<DocumentKind> = new Set<DocumentKind>(["access_request", "third_party_directive"]);

/** HHS OCR, where a complaint is filed (the letter's own closing names the same). */
const OCR: SendTo = {
  name: "HHS Office for Civil Rights",
  address:
    "Centralized Case Management Operations, U.S. Department of Health and Human Services, 200 Independence Ave SW, Room 509F HHH Bldg, Washington, DC 20201",
  url: "https://ocrportal.hhs.gov/",
};

/** Drops empty fields; undefined when nothing is left. */
function known(to: SendTo): SendTo | undefined {
  const out = Object.fromEntries(Object.entries(to).filter(([, v]) => typeof v === "string" && v.trim())) as SendTo;
  return Object.keys(out).length ? out : undefined;
}

/** Where the letter of `kind` goes, as far as the Intake and the page's clinic say; undefined when unknown. */
export function sendTo(kind: DocumentKind, intake: Intake, clinic: ClinicFacts | null | undefined): SendTo | undefined {
  if (TO_PROVIDER.has(kind)) {
    const holding = clinicHolding(intake, clinic);
    if (holding) {
      const ro = holding.recordsOffice ?? {};
      return known({
        name: ro.name ? `${holding.name}, ${ro.name}` : holding.name,
        address: ro.address,
        fax: ro.fax,
        email: ro.email,
        phone: ro.phone,
      });
    }
    const p = intake.provider ?? {};
    return known({ name: p.name, address: p.address, fax: p.fax, email: p.email, phone: p.phone });
  }
  if (kind === "insurer_request") return known({ name: intake.insurer?.name });
  if (kind === "immunization_request") {
    const iis = intake.state ? getStateRules(intake.state)?.immunizationRegistry : undefined;
    return iis ? known({ name: iis.name.split(";")[0], url: iis.url }) : undefined;
  }
  if (kind === "ocr_complaint") return OCR;
  return undefined;
}

/**
 * YYYY-MM-DD: when the answer to a request sent on `today` is due. Access requests to a provider
 * follow the governing rule (a shorter state deadline that covers the request, else HIPAA's 30
 * days); a health plan, HIPAA's 30 days. Undefined for letters that start no such clock.
 */
export function dueIfSentToday(kind: DocumentKind, intake: Intake, today: string): string | undefined {
  if (kind !== "insurer_request" && !ACCESS.has(kind)) return undefined;
  // A plan's deadline is HIPAA's own (the state rules cover providers), and so is a directive's: state
  // periods in the data cover copies to the patient, and the directive itself cites HIPAA alone.
  const rule = responseDeadline(kind === "access_request" ? intake : {});
  return addDays(today, rule.days, rule.kind);
}
