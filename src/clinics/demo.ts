// The demo clinic that `npm start` and the tests use: a fictional Ohio family practice (555-01xx
// numbers and .example domains are reserved for fiction, so nobody real gets called or mailed).
import { type Clinic, ClinicSchema } from "./schema.js";

export const DEMO_CLINIC_ID = "riverbend";

/** Riverbend Family Medicine, Dayton, Ohio; embeddable from the local dev server's origins. */
export const DEMO_CLINIC: Clinic = ClinicSchema.parse({
  id: DEMO_CLINIC_ID,
  name: "Riverbend Family Medicine",
  allowedOrigins: ["http://127.0.0.1:8787", "http://localhost:8787"],
  recordsOffice: {
    name: "Health Information Management (Medical Records)",
    phone: "(937) 555-0142",
    fax: "(937) 555-0143",
    email: "records@riverbend-family.example",
    address: "1200 River Road, Suite 200, Dayton, OH 45402",
    hours: "Monday to Friday, 8:00 a.m. to 4:30 p.m.",
  },
  portalUrl: "https://portal.riverbend-family.example/",
  requestFormUrl: "https://www.riverbend-family.example/forms/records-request.pdf",
  fees: "Free through the patient portal. Electronic copies by email or on a USB drive: a flat $6.50. Paper copies: a cost-based fee, quoted before we copy.",
  turnaroundDays: 10,
  themeColor: "#1f6f5c",
  greeting: {
    en: "Hi! I'm the Riverbend Family Medicine records assistant. I can help you get copies of your medical records and draft the request for you.",
    es: "¡Hola! Soy el asistente de expedientes de Riverbend Family Medicine. Puedo ayudarle a obtener copias de sus expedientes médicos y preparar la solicitud.",
  },
  languages: ["en", "es"],
});
