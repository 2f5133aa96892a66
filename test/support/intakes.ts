// A filled-in case file used by the letter tests and the letter benchmark.
import type { Intake } from "../../src/domain/intake.js";

/** Every field a letter can use, as a patient who told us everything would fill it in. */
export const FULL_INTAKE: Intake = {
  requester: "self",
  patient: {
    name: "Maria Lopez",
    otherNames: ["Maria Garcia"],
    dateOfBirth: "1980-04-12",
    phone: "555-0100",
    email: "maria@example.com",
    address: "12 Oak St, Austin, TX 78701",
  },
  state: "TX",
  provider: {
    name: "Hill Country Clinic",
    type: "physician_practice",
    address: "1 Main St, Austin, TX",
    fax: "555-0199",
  },
  records: { kinds: ["full_chart", "imaging"], from: "2019-01-01", to: "2024-12-31" },
  purpose: "second_opinion",
  format: "electronic",
  delivery: "email",
  recipient: { name: "Dr. Chen, Second Opinion Partners", email: "records@sop.example" },
  insurer: { name: "Lone Star Health", plan: "medicare_advantage" },
  priorRequest: { sentOn: "2026-09-01", outcome: "no_response" },
};
