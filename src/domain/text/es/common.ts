// The engine's shared words in Spanish: dates, state names, day counts, how sure a fact is, and which
// state body licenses a provider. Prose from the state data stays English and is marked as such.
import { plainDate } from "../../../i18n/plain.js";
import type { StateCode } from "../../intake.js";
import type { CommonText, ProviderType } from "../en/common.js";

/** Jurisdictions whose Spanish name differs from the English one. */
const STATE_NAMES: Partial<Record<StateCode, string>> = {
  DC: "Distrito de Columbia",
  HI: "Hawái",
  LA: "Luisiana",
  MI: "Míchigan",
  MS: "Misisipi",
  MO: "Misuri",
  NH: "Nuevo Hampshire",
  NJ: "Nueva Jersey",
  NM: "Nuevo México",
  NY: "Nueva York",
  NC: "Carolina del Norte",
  ND: "Dakota del Norte",
  OR: "Oregón",
  PA: "Pensilvania",
  SC: "Carolina del Sur",
  SD: "Dakota del Sur",
  WV: "Virginia Occidental",
};

/** "2026-03-04" → "4 de marzo de 2026", "2026-03" → "marzo de 2026"; anything else as it is. */
const date = (iso: string): string => plainDate(iso, "es");

/** The provider with its article, for "no cubre a un dentista". */
function providerWord(type: ProviderType | undefined): string {
  switch (type) {
    case "dental":
      return "un dentista";
    case "hospital":
      return "un hospital";
    case "lab":
      return "un laboratorio";
    case "imaging_center":
      return "un centro de imágenes";
    case "pharmacy":
      return "una farmacia";
    case "behavioral_health":
      return "un terapeuta o programa de tratamiento";
    default:
      return "un proveedor";
  }
}

export const common: CommonText = {
  date,
  quote: (text) => `«${text}» (en inglés)`,
  stateName: (code, name) => STATE_NAMES[code] ?? name,
  days: (days, kind) => `${days} ${kind === "business" ? "días hábiles (de lunes a viernes)" : "días calendario"}`,
  unit: (days, kind) => `${days} ${kind === "business" ? "días hábiles" : "días calendario"}`,
  caveat: {
    recalled:
      "Esto viene de lo que recordamos y no lo comprobamos en la ley misma. Confírmelo con la oficina o con el estado antes de contar con ello.",
    unknown: "No encontramos una fuente confiable para esto. Confírmelo con la oficina o con el estado.",
  },
  board: (state, type) => {
    const of = state ? `de ${state}` : "de su estado";
    switch (type) {
      case "dental":
        return `la junta de odontología ${of} (la que da licencia a los dentistas)`;
      case "hospital":
        return `la agencia ${of} que da licencia a los hospitales (casi siempre el departamento de salud del estado)`;
      case "lab":
      case "imaging_center":
        return `la agencia de salud ${of}, que da licencia a la mayoría de los laboratorios y centros de imágenes`;
      case "pharmacy":
        return `la junta de farmacia ${of}`;
      case "behavioral_health":
        return `la junta ${of} que le dio licencia al terapeuta (de psicología, consejería o trabajo social)`;
      case "physician_practice":
      case "specialist":
      case "clinic":
        return `la junta médica ${of}`;
      default:
        return `la junta ${of} que da licencia al proveedor (para un consultorio médico, la junta médica ${of})`;
    }
  },
  providerWord,
};
