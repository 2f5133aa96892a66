// The recommendation's notes in Spanish: special records, fees and free copies, urgency, record
// retention, Social Security and the VA, and why each missing fact matters.
import type {
  fees as enFees,
  freeCopies as enFreeCopies,
  missing as enMissing,
  otherRoutes as enOtherRoutes,
  special as enSpecial,
  urgency as enUrgency,
} from "../en/notes.js";

export const special: typeof enSpecial = {
  psychotherapyNotCovered:
    "Las notas de psicoterapia (las notas privadas del terapeuta sobre las sesiones, guardadas aparte de su expediente) no están dentro del derecho de acceso. El terapeuta igual puede decidir compartirlas.",
  psychotherapyRest:
    "El resto de su expediente de salud mental sí está cubierto: diagnósticos, medicamentos, planes de tratamiento, resultados de pruebas y resúmenes de su progreso. Para enviar las notas de psicoterapia a otra persona hace falta una autorización aparte.",
  mentalHealthRepresentative:
    "Un expediente de salud mental está dentro del derecho de acceso. Un proveedor puede no darle una parte a un representante si un profesional con licencia juzga que el acceso podría poner en peligro la vida o la seguridad física de alguien, o causar un daño grave al paciente o a otra persona. Esa decisión se puede revisar.",
  mentalHealth:
    "Su expediente de salud mental está dentro del derecho de acceso. Un proveedor solo puede no darle una parte si un profesional con licencia juzga que podría poner en peligro la vida o la seguridad física de alguien, y usted puede pedir que se revise esa decisión. Que a usted le pueda afectar leerlo no basta.",
  legal:
    "Sus expedientes médicos están dentro del derecho de acceso aunque haya una demanda; solo no lo están los documentos preparados para el caso mismo.",
  imaging:
    "Pida las imágenes mismas (archivos DICOM en un CD o por un enlace para descargar), no solo el informe del radiólogo. Deben dárselas en la forma que pida si la pueden producir sin problema.",
  lab: "Los resultados de laboratorio no son una excepción: los laboratorios cubiertos por HIPAA deben darle los informes de sus análisis terminados cuando los pida.",
  directive:
    "Desde el caso Ciox contra Azar (2020), un proveedor solo tiene que seguir su orden firmada de enviar expedientes a otra persona si son copias electrónicas de lo que guarda en forma electrónica. El límite de cobro de HIPAA no aplica a esas copias.",
  paperOrAuthorization:
    "Para expedientes en papel, o para pagar menos, pida usted la copia y envíela usted, o firme una autorización HIPAA (así el proveedor puede enviarla, pero no está obligado).",
  treatingDoctor:
    "Si los expedientes van a otro médico que le está atendiendo, el consultorio de ese médico puede pedirlos directamente; para la atención médica HIPAA no pide su autorización.",
};

export const fees: typeof enFees = {
  staleYear: (year) =>
    ` Estas cantidades son de ${year} y cambian con el tiempo, así que verifique las cifras actuales.`,
  stale: " Estas cantidades cambian con el tiempo, así que verifique las cifras actuales.",
  disability: (state) =>
    `Muchos estados dan copias gratis o más baratas para reclamos de discapacidad del Seguro Social o de SSI${state ? `; no encontramos una regla así en ${state}` : ""}. Pregunte en la oficina de expedientes.`,
  sentTo: (who, state) =>
    `Las copias que van directo a ${who ?? "otra persona"} siguen la regla de cobros de ${state}, no la tarifa de HIPAA para pacientes: `,
};

export const freeCopies: typeof enFreeCopies = {
  KY: "Según la ley de Kentucky, la primera copia del expediente de un paciente es gratis: el hospital o el proveedor debe darla sin costo si se pide por escrito (una segunda copia puede costar hasta $1 por página).",
  TX: "En Texas, los médicos no pueden cobrar por los expedientes que apoyan una solicitud o una apelación de beneficios por discapacidad.",
  CA: "En California, los proveedores deben dar al paciente una copia gratis de las partes del expediente que apoyan una apelación de beneficios públicos como SSI o Medi-Cal.",
  MD: "En Maryland no se cobra por las copias que apoyan un reclamo o una apelación de discapacidad del Seguro Social (desde 2021).",
  VA: "En Virginia, la ley da al paciente una copia gratis al año de los expedientes que apoyan un reclamo o una apelación del Seguro Social o de beneficios por necesidad económica (desde el 1 de julio de 2025).",
  MA: "En Massachusetts, los hospitales y las clínicas no pueden cobrar por los expedientes que se necesitan para un reclamo del Seguro Social o de beneficios por necesidad económica.",
  RI: "En Rhode Island no se cobra por los expedientes que apoyan un reclamo del Seguro Social o de beneficios por necesidad económica.",
  MN: "En Minnesota solo se puede cobrar $10 por buscar los expedientes que se usan para apelar una negativa de discapacidad del Seguro Social.",
  WI: "En Wisconsin, para una apelación de discapacidad del Seguro Social (SSDI o SSI), el proveedor solo puede cobrar lo que el Seguro Social le paga por los expedientes.",
  PA: "Pensilvania tiene una tarifa fija más baja para los expedientes de reclamos del Seguro Social y de beneficios por necesidad económica.",
  NV: "Puede que Nevada dé una copia gratis de los expedientes que apoyan un reclamo del Seguro Social o de beneficios por necesidad económica (según una fuente secundaria; confírmelo con la oficina).",
  NC: "Puede que Carolina del Norte no permita cobrar por los expedientes que se necesitan para algunos reclamos de discapacidad del Seguro Social (no confirmado; confírmelo con la oficina).",
  FL: "En Florida, los hospitales no pueden cobrar por copiar ni por buscar cuando los expedientes son para seguir recibiendo atención médica.",
  SC: "En Carolina del Sur no se cobra por las copias enviadas a otro proveedor para seguir con la atención médica.",
};

export const urgency: typeof enUrgency = {
  callToday: (neededBy) =>
    `Llame hoy a la oficina de expedientes: diga que necesita los expedientes para el ${neededBy} y pregunte qué pueden tener listo antes.`,
  specificItems:
    "Pida primero las cosas específicas que necesita (por ejemplo un CD con las imágenes, el informe de la operación o las últimas notas de consulta) para recogerlas en persona, en lugar de todo el expediente por correo.",
  treatingDoctorStep:
    "Pida al consultorio del médico que le está atendiendo que solicite los expedientes directamente; los proveedores pueden compartir expedientes para la atención médica sin su autorización (45 CFR 164.506(c)(2)).",
  tooLate: (neededBy, due) =>
    `Usted necesita los expedientes para el ${neededBy}, pero el proveedor puede tardar hasta el ${due}. No espere solo por una carta: llame hoy a la oficina de expedientes y pida lo que necesita (por ejemplo un CD con las imágenes o el informe de la operación) para recogerlo en persona.`,
  treatingDoctor:
    "Pida al médico que le está atendiendo que solicite los expedientes directamente a este proveedor; los proveedores pueden compartir expedientes entre ellos para la atención médica sin su autorización.",
};

export const otherRoutes: typeof enOtherRoutes = {
  ssa: "Para un reclamo de discapacidad del Seguro Social, el Seguro Social (por medio de la oficina de Determinación de Discapacidad de su estado) pide los expedientes a sus proveedores, con la autorización que usted firma, el formulario SSA-827. No tiene que juntarlos usted primero. Aun así, su propia copia le deja ver lo que ellos van a ver.",
  va: "Para la atención en un centro del VA, escriba a la oficina de divulgación de información («Release of Information») de ese centro (o a su encargado de privacidad) con una solicitud firmada. El formulario del VA es el VA Form 10-5345a («Individual's Request for a Copy of Their Own Health Information»). El «Blue Button» de My HealtheVet también muestra gran parte del expediente por internet. Los expedientes de médicos de la comunidad que pagó el VA los tienen esos médicos.",
  hospitalsFiveYears:
    "HIPAA no fija cuánto tiempo se guarda el expediente médico; Medicare pide a los hospitales que guarden los expedientes por lo menos 5 años.",
  retention: (state, retention, from) =>
    `Cuánto tiempo se deben guardar los expedientes en ${state}: ${retention} Los expedientes de ${from} pueden ser más antiguos que eso, así que pregunte en la oficina de expedientes si todavía los tienen antes de esperar una respuesta.`,
  retentionUnknown: (state, from) =>
    `Cuánto tiempo deben guardar los expedientes los proveedores cambia según el estado y el tipo de proveedor${state ? `, y no tenemos la regla de ${state}` : ""}, así que puede que los expedientes de ${from} ya no existan. Pregunte en la oficina de expedientes si todavía los tienen antes de esperar una respuesta.`,
};

export const missing: typeof enMissing = {
  "priorRequest.sentOn":
    "La fecha en que envió la solicitud anterior nos dice si ya pasó el plazo y cuál es el último día para quejarse.",
  "records.kinds":
    "Los portales tienen resultados, resúmenes de consultas, medicamentos y vacunas; el expediente completo, las imágenes y los expedientes antiguos se piden por escrito.",
  state:
    "El estado fija el plazo (algunos son más cortos que 30 días), las reglas de cobro y qué registro de vacunas usar.",
  "provider.status":
    "Si el consultorio cerró o se unió a otro, o si el médico se jubiló o falleció, primero averiguamos quién guarda ahora los expedientes.",
  requester:
    "Un padre o una madre, un tutor legal, un agente con poder médico o un albacea debe mostrar un documento de su autoridad; alguien sin ella necesita la firma del paciente.",
  "patient.isMinor":
    "Un padre o una madre solo actúa por un hijo menor de 18 años no emancipado. Con un adolescente, la atención confidencial y los límites del portal cambian lo que puede ver, y con un hijo adulto necesita su propia solicitud, un poder médico o una tutela.",
  "provider.portal":
    "Si puede entrar al portal, puede descargar en minutos resultados, resúmenes de consultas, medicamentos y vacunas.",
  "insurer.plan":
    "Los planes Medicare Advantage, Medicaid, CHIP y los del mercado de seguros deben ofrecer una conexión para aplicaciones; los planes del trabajo y Medicare original no.",
  providerCount:
    "Con varios proveedores y una fecha límite, un servicio de expedientes puede valer la pena; con uno solo, pedirlos usted es más rápido y barato.",
  "provider.type": (state) =>
    `En ${state ?? "este estado"} el plazo depende del tipo de proveedor (por ejemplo, un hospital o un consultorio médico).`,
  purpose:
    "Los reclamos de discapacidad pueden tener copias gratis, y los formularios de la escuela o de viaje pueden pedir el registro oficial de vacunas.",
  neededBy: "Una fecha límite cercana con muchos proveedores puede hacer que valga la pena un servicio de expedientes.",
  recipient: "Una solicitud para enviar expedientes a otra persona debe decir quién es y adónde enviar la copia.",
};
