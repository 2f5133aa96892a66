// Deadlines in Spanish: HIPAA's 30 days, each state's shorter rule and what it covers, and the public
// view of one state's rules (the lookupStateRules tool in a Spanish conversation).
import type { deadlines as enDeadlines, stateFacts as enStateFacts } from "../en/deadlines.js";

const ASK_TYPE = " Díganos qué tipo de proveedor es, porque eso puede cambiar el plazo.";

export const deadlines: typeof enDeadlines = {
  hipaa:
    "Según HIPAA, el proveedor debe responder dentro de los 30 días calendario desde que recibe su solicitud. Solo puede tardar 30 días más si le avisa por escrito, dentro de los primeros 30 días, por qué y para cuándo.",
  stricter: (state, covers, days, upTo) =>
    `La ley de ${state} es más estricta que HIPAA para ${covers}: el proveedor debe responder dentro de ${days}.${upTo ? ` Con un motivo por escrito puede tardar hasta ${upTo} en total.` : ""} Un plazo más corto del estado aplica además de los 30 días de HIPAA.`,
  uncheckedCovers: (state, cite, unit, covers) =>
    `Un resumen secundario de las reglas de ${state} (${cite}) dice que piden ${unit} para ${covers}, pero no pudimos confirmarlo en el texto de la regla, así que verifíquelo con el proveedor. El límite que sí podemos confirmar son los 30 días de HIPAA.`,
  uncheckedElsewhere: (state, unit, covers, askType) =>
    `La regla de ${unit} que se reporta para ${state}, y que no pudimos confirmar, es para ${covers}. No cubre esta solicitud, así que aplican los 30 días de HIPAA.${askType ? ASK_TYPE : ""}`,
  shorterOnlyFor: (state, days, covers, askType) =>
    `${state} tiene un plazo más corto (${days} días) solo para ${covers.join("; ")}. No cubre esta solicitud, así que aplican los 30 días de HIPAA.${askType ? ASK_TYPE : ""}`,
  notShorter: (state, days) =>
    `La ley de ${state} también da ${days} días, que no es menos que HIPAA, así que aplican los 30 días de HIPAA.`,
  recalled: (state, days) =>
    `Recordamos, pero no lo comprobamos, que la ley de ${state} puede dar ${days} días. Aplican los 30 días de HIPAA de todos modos; una regla del estado solo podría acortarlo, así que pregunte en la oficina de expedientes.`,
  noFixed: (state) =>
    `Nuestras fuentes no muestran un plazo fijo de ${state} para las copias, así que aplican los 30 días de HIPAA.`,
  unconfirmed: (state) =>
    `No pudimos confirmar si ${state} tiene su propio plazo. Aplican los 30 días de HIPAA de todos modos; una regla del estado solo podría acortarlo, así que puede preguntar en la oficina de expedientes.`,
  covers: {
    caAny: "copias de cualquier proveedor de salud",
    idHospitals: "hospitales",
    laDisability: "expedientes para un reclamo de discapacidad del Seguro Social o de SSI",
    mdAny: "cualquier proveedor de salud",
    tnNotHospitals: "proveedores que no son hospitales (los hospitales tienen 30 días)",
    txPhysicians: "médicos",
    txHospitals: "hospitales (contando desde la solicitud y cualquier pago)",
    txElectronic: "copias electrónicas de cualquier proveedor que use un sistema electrónico de expedientes",
    waAny: "cualquier proveedor de salud",
  },
  notApplied: {
    montanaUncovered:
      "La regla de 10 días de Montana (§50-16-541) es solo para proveedores que HIPAA no cubre. Los proveedores cubiertos por HIPAA siguen la §50-16-801 y siguientes, que mantienen los 30 días de HIPAA.",
    nevadaInspection:
      "Los 10 días hábiles de Nevada son para ver los expedientes en persona, no para las copias; para las copias aplican los 30 días de HIPAA.",
    delawareLonger: "Delaware da 45 días, más que HIPAA, así que siguen aplicando los 30 días de HIPAA.",
    southCarolinaLonger: "Carolina del Sur da 45 días, más que HIPAA, así que siguen aplicando los 30 días de HIPAA.",
  },
};

export const stateFacts: typeof enStateFacts = {
  noDeadline: "Nuestras fuentes no muestran un plazo fijo del estado; aplican los 30 días de HIPAA.",
  hipaaFloor:
    "Donde ninguna regla más corta del estado cubre una solicitud, HIPAA da al proveedor 30 días calendario, más una extensión de 30 días con aviso por escrito.",
  hipaaLimit:
    "Por su propia copia, el límite de HIPAA basado en el costo aplica aunque el estado permita más: no pueden cobrar por buscar los expedientes. Los límites del estado importan sobre todo para las copias enviadas a otras personas.",
  noFeeCap: "Nuestras fuentes no muestran un límite de cobros del estado.",
  noClosedRule:
    "No encontramos una regla del estado. Empiece por la junta médica del estado y después el hospital donde trabajaba el médico.",
  stale: (year) =>
    `Estas cantidades ${year ? `son de ${year} y ` : ""}cambian con el tiempo, así que verifique las cifras actuales.`,
  scope: (days, kind, covers) => `${days} días ${kind === "business" ? "hábiles" : "calendario"} para ${covers}`,
  disclaimer:
    "No es asesoría legal. Los datos marcados como inciertos son recordados o no confirmados; confírmelos con la oficina o con el estado.",
};
