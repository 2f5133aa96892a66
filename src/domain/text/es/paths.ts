// The five paths in Spanish: each path's title, the reasons its factors give, its steps, timeline and
// cost, and how to find who keeps a closed practice's records.
import type {
  closedPractice as enClosedPractice,
  insurer as enInsurer,
  portal as enPortal,
  provider as enProvider,
  retrieval as enRetrieval,
  statePath as enStatePath,
} from "../en/paths.js";
import { common } from "./common.js";

export const provider: typeof enProvider = {
  title: "Pida sus expedientes por escrito a la oficina de expedientes (derecho de acceso de HIPAA)",
  rightOfAccess:
    "La ley le da derecho a una copia de sus expedientes médicos y de facturación (todo su expediente), en papel o en forma electrónica.",
  recordsOfficeHolds:
    "La oficina de expedientes tiene el expediente completo, los expedientes antiguos, las imágenes y las facturas que el portal no muestra.",
  practiceGone:
    "El consultorio ya no está abierto. Primero averigüe quién guarda ahora sus expedientes (el custodio) y después envíele esta solicitud.",
  merged:
    "Cuando dos consultorios se unen, el que se quedó con los pacientes casi siempre guarda los expedientes antiguos. Envíe la solicitud a su oficina de expedientes.",
  claimsFromPlan: "Los expedientes de reclamaciones los tiene su plan de salud, no el proveedor.",
  directive:
    "Usted puede pedirle al proveedor, en una carta firmada, que envíe una copia electrónica de lo que guarda en forma electrónica directamente a la persona que usted nombre.",
  legalCase:
    "Para un caso legal o de discapacidad, pida el expediente completo de las fechas que importan. El proveedor debe responder dentro del plazo de la ley.",
  findCustodianFirst:
    "Primero averigüe quién guarda los expedientes (vea la opción del estado) y después envíele esta solicitud.",
  callSuccessor:
    "Llame al consultorio que se quedó con los pacientes y pida a su oficina de expedientes los expedientes del consultorio anterior.",
  contact: {
    phone: (v) => `teléfono ${v}`,
    email: (v) => `correo electrónico ${v}`,
    fax: (v) => `fax ${v}`,
    mail: (v) => `correo postal ${v}`,
  },
  contactClinic: (clinic, how) =>
    `Comuníquese con la oficina de expedientes de ${clinic}${how.length > 0 ? `: ${how.join(", ")}` : ""}. Pregunte cuánto le van a cobrar.`,
  callOffice:
    "Llame a la oficina de expedientes del proveedor (a veces se llama «Health Information Management» o «Release of Information»). Pregunte adónde enviar la solicitud, si la aceptan por correo electrónico o fax, y cuánto le van a cobrar.",
  clinicForm: (url) => `Puede usar su formulario de solicitud (${url}) o la carta que le preparamos. Los dos sirven.`,
  ownForm:
    "Si le piden su propio formulario, llénelo. Una carta firmada con los mismos datos también es una solicitud válida.",
  whatToAsk:
    "Pida el expediente completo, o diga lo que necesita con las fechas: notas de consultas, resultados de análisis, informes de imágenes y las imágenes mismas en un CD o por enlace, y las facturas.",
  howToGet:
    "Diga cómo lo quiere: en forma electrónica (un PDF por correo electrónico seguro o un enlace para descargar) o en papel. Si lo guardan en forma electrónica y usted lo pide así, deben dárselo en forma electrónica.",
  sendProvably:
    "Envíela de una forma que pueda probar (confirmación de fax, correo electrónico o correo certificado). Guarde una copia y anote la fecha en que la envió.",
  attachProof: "Incluya un documento que muestre que usted puede actuar por el paciente (vea las notas).",
  followUpAfter: (days) => `Si no le responden en ${days}, envíe una carta de seguimiento.`,
  timeline: (p) =>
    `Hasta ${p.days} desde que reciben su solicitud${p.scope ? ` (regla de ${p.scope.state} para ${p.scope.covers})` : ""}.` +
    (p.extendedTo ? ` Si le avisan por escrito el motivo, pueden tardar hasta ${p.extendedTo} en total.` : "") +
    (p.clinic ? ` ${p.clinic.name} dice que normalmente tarda unos ${p.clinic.days} días.` : ""),
  costThirdParty:
    "Cuando los expedientes van directo a otra persona, el límite de cobro de HIPAA no aplica y se usan las tarifas del estado. Para pagar menos, pida usted la copia por un cobro basado en el costo y después envíela usted.",
  costBased:
    "Solo un cobro basado en el costo: el trabajo de copiar, los materiales y el envío. No pueden cobrar por buscar los expedientes.",
  flatFee:
    "Por copias electrónicas de expedientes electrónicos, muchos proveedores cobran una tarifa fija de no más de $6.50 (guía del HHS).",
  feeUpFront: "Deben decirle el costo antes, y no pueden negarle los expedientes porque usted debe una factura médica.",
  clinicFees: (clinic, fees) => `${clinic} indica estas tarifas: «${fees}».`,
  disabilityFree: "Pregunte si su estado da copias gratis para un reclamo de discapacidad (vea las notas).",
};

export const portal: typeof enPortal = {
  title: "Descárguelos del portal de pacientes",
  noPortal: "Este proveedor no tiene portal de pacientes, así que esta opción no está disponible.",
  practiceClosed: "Cuando un consultorio cierra, casi siempre también cierra su portal.",
  active: "Usted ya puede entrar al portal, así que esta es la forma más rápida: normalmente toma minutos.",
  noAccess: "Normalmente puede abrir una cuenta en el portal en un día, con un código que le dan en la recepción.",
  friendly:
    "Los portales suelen mostrar resultados de análisis, resúmenes de consultas, medicamentos y vacunas, que es lo que usted pidió.",
  notWhole:
    "El portal no es todo su expediente: casi siempre le faltan las imágenes, los expedientes antiguos o escaneados, las facturas detalladas y las notas de psicoterapia.",
  older:
    "Muchos portales solo muestran los años desde que el proveedor empezó a usar su sistema actual, así que pueden faltar expedientes antiguos.",
  legalCase: "Un caso legal o de discapacidad casi siempre necesita el expediente completo, y el portal no lo tiene.",
  deceased:
    "La cuenta del portal de un paciente casi siempre se cierra cuando fallece. El albacea pide los expedientes a la oficina de expedientes.",
  teenProxy:
    "Muchos portales limitan el acceso de los padres cuando el hijo o la hija cumple 12 o 13 años, así que puede que usted no vea algunos resultados.",
  teenConfidential:
    "Los portales a menudo no muestran la atención confidencial de un adolescente, y puede que un padre o una madre tenga acceso a la cuenta. Una solicitud por escrito es más segura.",
  quickest:
    "Si puede entrar al portal, es la forma más rápida de obtener resultados, resúmenes de consultas, medicamentos y vacunas.",
  signInClinic: (clinic, url) => `Entre al portal de pacientes de ${clinic}: ${url}.`,
  signIn:
    "Entre al portal de pacientes del proveedor. El enlace suele estar en su sitio web o en los papeles de su consulta.",
  noAccount:
    "¿Todavía no tiene cuenta? Llame a la recepción y pida un código para el portal, o regístrese en el sitio web con su fecha de nacimiento y su correo electrónico.",
  whereToLook:
    "Busque en las secciones de resultados, consultas (resúmenes de consultas), medicamentos y vacunas. Muchos portales también muestran las notas de las consultas.",
  download: "Use el botón para descargar o compartir (a veces dice «Download my record») y guarde un PDF o un resumen.",
  apps: "¿Lo quiere en su teléfono? Algunas aplicaciones, como Apple Health, se pueden conectar con su cuenta del portal. Cuando los datos están en una aplicación, HIPAA casi siempre deja de protegerlos, así que lea la política de privacidad de la aplicación.",
  missing:
    "Si algo que necesita no está, pídalo por escrito a la oficina de expedientes (la opción de la solicitud por escrito).",
  timeline: "Minutos cuando ya puede entrar. Abrir una cuenta nueva puede tomar hasta un día.",
  cost: "Gratis. Ver y descargar sus expedientes en el portal no cuesta nada.",
};

export const insurer: typeof enInsurer = {
  title: "Pida su historial de reclamaciones a su plan de salud",
  noPlan: "Usted nos dijo que no tiene plan de salud, así que no hay historial de reclamaciones que pedir.",
  claims:
    "Su plan de salud debe darle sus expedientes de reclamaciones y pagos: son parte de los expedientes que el plan guarda sobre usted.",
  rebuildList:
    "Su historial de reclamaciones muestra cada proveedor que le cobró a su plan, con las fechas de atención. Así puede rehacer la lista que no recuerda.",
  practiceGone:
    "Las reclamaciones pueden confirmar las fechas y los diagnósticos de un consultorio que cerró mientras usted busca sus expedientes.",
  api: "Los planes Medicare Advantage, Medicaid, CHIP y los del mercado de seguros federal deben ofrecer una conexión para aplicaciones («Patient Access API»): una aplicación que usted elija puede traer sus reclamaciones, y los datos clínicos que tenga el plan, desde 2016.",
  employer:
    "Los planes del trabajo no tienen que ofrecer esa conexión para aplicaciones, pero sí deben darle sus expedientes de reclamaciones cuando usted los pida.",
  medicare:
    "Medicare original no tiene que ofrecer esa conexión para aplicaciones, pero en Medicare.gov puede ver sus reclamaciones, y las aplicaciones de «Blue Button 2.0» pueden traer sus reclamaciones de las Partes A, B y D.",
  notChart: "Un plan tiene las reclamaciones y algunos resultados, no todo su expediente, sus notas ni sus imágenes.",
  fallback:
    "El historial de reclamaciones de su plan muestra qué proveedores vio y cuándo, pero no el expediente mismo.",
  yourPlan: "su plan de salud",
  signIn: (plan) =>
    `Entre al sitio web o a la aplicación para miembros de ${plan} y descargue su historial de reclamaciones (también se llaman Explicaciones de Beneficios, o EOB).`,
  connectApp:
    "Para pasar los datos a una aplicación, busque en el sitio web del plan «Patient Access API» o «Connect an app» y elija una aplicación de confianza.",
  medicareGov:
    "En Medicare.gov, entre a su cuenta y vea sus reclamaciones. Una aplicación de «Blue Button 2.0» puede descargarlas.",
  callMemberServices:
    "O llame al número de servicios para miembros de su tarjeta y pida por escrito su historial de reclamaciones de las fechas que necesita.",
  thenProviders: "Con la lista de proveedores y fechas, pida a cada proveedor el expediente mismo.",
  timeline:
    "Las reclamaciones en el sitio web para miembros: enseguida. En una aplicación conectada: las nuevas aparecen un día hábil después de que el plan las procesa. Una solicitud por escrito: hasta 30 días.",
  cost: "Gratis en el sitio web para miembros o en una aplicación. Una copia por escrito solo puede tener un cobro basado en el costo.",
};

export const retrieval: typeof enRetrieval = {
  title: "Use un servicio que recopile los expedientes",
  leads:
    "Con expedientes en varios proveedores y una fecha límite o un caso que apoyar, un servicio que llame a cada oficina por usted puede ahorrarle semanas de llamadas.",
  manyProviders: (count) =>
    `Expedientes de ${count} proveedores son ${count} solicitudes distintas que enviar y seguir.`,
  legalCase:
    "Los abogados y los reclamos de discapacidad a menudo usan un servicio de expedientes. A veces la oficina del abogado lo paga.",
  authorization:
    "Un servicio necesita su autorización HIPAA firmada. Con una autorización, el proveedor puede enviar los expedientes pero no está obligado, y se usan las tarifas del estado en lugar del límite de cobro de HIPAA para pacientes.",
  cheaper: "Hacerlo usted mismo cuesta menos: pida a cada proveedor su propia copia y después compártala.",
  privacy:
    "Elija un servicio y lea su política de privacidad: los servicios que usted elige casi nunca están cubiertos por HIPAA, y algunos comparten o venden datos sin nombres.",
  signAuthorization:
    "Firme su autorización HIPAA. Revise que nombre a cada proveedor, qué expedientes y fechas, quién los recibe, para qué, una fecha en que termina, y su derecho a cancelarla por escrito.",
  part2:
    "Para expedientes de tratamiento por alcohol o drogas, la autorización también debe cumplir la norma federal 42 CFR Part 2 (use el formulario de consentimiento del programa).",
  giveList: "Dele su lista de proveedores. El historial de reclamaciones de su plan de salud le ayuda a hacerla.",
  askFollowUp:
    "Pregunte cada cuánto hace seguimiento, cuándo deja de intentarlo y cómo le va a entregar los expedientes.",
  doItYourself:
    "Más barato: pídalos usted mismo a cada proveedor (la solicitud por escrito). Herramientas gratis como Fasten Health (de código abierto) también pueden juntar expedientes de muchos portales con sus cuentas.",
  timeline: "Normalmente varias semanas. Cada proveedor sigue teniendo hasta su plazo legal para responder.",
  cost: "Los precios varían. Algunos servicios son gratis porque los pagan grupos de investigación (por ejemplo Citizen Health, para algunas enfermedades raras). Otros cobran por cada proveedor, o paga un bufete de abogados. El límite de cobro de HIPAA para pacientes no aplica a las copias enviadas a un servicio.",
};

export const statePath: typeof enStatePath = {
  titleTrustee: "Averigüe quién guarda los expedientes: el síndico de la quiebra",
  titleCustodian: "Averigüe por medio del estado quién guarda los expedientes",
  titleRegistry: "Pida su historial de vacunas al registro de vacunas del estado",
  titleGeneric: "Pida ayuda al estado",
  registry: (registry) =>
    `El registro de vacunas del estado junta las vacunas que ponen muchos proveedores.${registry ? ` En ${registry.state} se llama ${registry.name}.` : ""} Los CDC no guardan historiales personales de vacunas.`,
  forms:
    "Los formularios de la escuela, del campamento y de viaje casi siempre aceptan la copia oficial del registro del estado.",
  alsoRegistry: (registry) => `Para las vacunas, el registro del estado es otra fuente. ${registry}`,
  doctorDied:
    "Cuando un médico fallece, el albacea de la herencia a menudo queda a cargo de los expedientes, a menos que otro consultorio o una compañía de expedientes se haya quedado con ellos.",
  fallback:
    "El estado ayuda sobre todo con los registros de vacunas, a encontrar los expedientes de un consultorio cerrado, y con actas de nacimiento o defunción (que no son expedientes médicos).",
  timelineCustodian:
    "Encontrar al custodio puede tomar unos días de llamadas. Después, el custodio tiene el plazo legal normal para enviar los expedientes.",
  timelineRegistry: "A menudo el mismo día por internet. Con un formulario por correo o fax, de 1 a 2 semanas.",
  costCustodian:
    "Las llamadas a la junta son gratis. Por su copia, el custodio solo puede cobrarle un precio basado en el costo.",
  costRegistry: "Su propio historial de vacunas suele ser gratis. Algunos estados cobran un poco.",
  contactRegistry: (name, url) =>
    `Comuníquese con ${name}${url ? ` (${url})` : ""}. Use el registro del estado donde le pusieron las últimas vacunas.`,
  howToAsk: (state, how) => `Cómo pedirlo en ${state}: ${how}.`,
  findRegistry:
    "Busque el registro de su estado en la página de los CDC «Find Your Child's Immunization Record through Your State's IIS». Use el estado donde le pusieron las últimas vacunas.",
  haveReady:
    "Tenga a mano el nombre completo del paciente, su fecha de nacimiento, su sexo y el apellido de soltera de su madre: los registros buscan con esos datos.",
  askDoctor: "O pida al consultorio de su médico que le imprima su historial del registro de vacunas.",
  checkPrintout:
    "Revise que la copia tenga todas las vacunas que pide la escuela, el campamento o la clínica de viajes. Si falta una, pregunte en la clínica que se la puso.",
  genericShots: "Para las vacunas, comuníquese con el registro de vacunas de su estado.",
  genericClosed: "Para un consultorio cerrado, pregunte a la junta médica del estado quién guarda los expedientes.",
  vitalRecords: (url, checked) =>
    `Las actas de nacimiento y defunción las da la oficina de registro civil (estadísticas vitales): ${url}${checked ? "" : " (confirme este enlace)"}.`,
};

export const closedPractice: typeof enClosedPractice = {
  scope: { CO: "médicos y asistentes médicos" },
  ruleScoped: (state, covers, type, board) =>
    `La regla de ${state} para consultorios cerrados solo cubre a ${covers}, así que no cubre a ${common.providerWord(type)}. Pregunte a ${board} quién tiene los expedientes.`,
  ruleForPhysicians: (state, type, board) =>
    `En nuestras fuentes, la regla de ${state} para consultorios cerrados está escrita para consultorios médicos, así que puede que no cubra a ${common.providerWord(type)}. Pregunte a ${board} quién tiene los expedientes.`,
  rule: (state, rule) => `Regla de ${state} para consultorios cerrados: ${rule}`,
  ruleCite: (state, code) => `${state} closed-practice rule (sources: GET /api/states/${code})`,
  unconfirmed: (text) => `${text} (no confirmado; verifíquelo)`,
  askBoard: (board, type) => {
    const what =
      type === "dental" ||
      type === "hospital" ||
      type === "lab" ||
      type === "imaging_center" ||
      type === "pharmacy" ||
      type === "behavioral_health"
        ? common.providerWord(type)
        : "un consultorio";
    return `Pregunte a ${board} quién guarda los expedientes de ${what} que cerró, o de un proveedor que se jubiló o falleció. Es común que lo sepan.`;
  },
  bankruptcy:
    "Cuando un negocio de salud está en quiebra, el tribunal casi siempre nombra a un defensor de los pacientes («patient care ombudsman») que cuida sus intereses (11 U.S.C. §333). El síndico solo puede destruir los expedientes después de publicar un aviso y escribir a los pacientes, que tienen un año para reclamarlos (11 U.S.C. §351).",
  probate:
    "Si el médico falleció, pregunte al tribunal de sucesiones del condado quién es el albacea. La herencia puede tener los expedientes.",
  thenRequest:
    "Cuando encuentre al custodio, envíele una solicitud de expedientes por escrito. Por lo general tiene los mismos derechos y plazos.",
  meanwhileClaims:
    "Mientras tanto, el historial de reclamaciones de su plan de salud puede confirmar fechas y diagnósticos.",
  pacer:
    "Busque el caso de quiebra: busque el nombre del consultorio en PACER (pacer.uscourts.gov), o llame a la secretaría del tribunal de quiebras de su zona, y pida el nombre y la dirección del síndico.",
  writeTrustee: (sayWhich) =>
    `Escriba al síndico (o, en un caso del capítulo 11, al consultorio mismo, que sigue a cargo) para pedir sus expedientes${sayWhich ? " (diga cuáles)" : ""}.`,
  ombudsman:
    "Si el tribunal nombró a un defensor de los pacientes, comuníquese también con esa persona: su trabajo es proteger a los pacientes en el caso (11 U.S.C. §333).",
  actSoon:
    "Actúe pronto: los expedientes que nadie reclame en un año desde el aviso del síndico se pueden destruir (11 U.S.C. §351).",
  dental: (board) => [
    `Pregunte a ${board} quién tiene los expedientes. Busque al dentista en su buscador de licencias.`,
    "Pregunte a la sociedad dental del estado o de su zona, y busque un consultorio dental que se haya quedado con los pacientes.",
    "Busque avisos de cierre en los periódicos locales o en el sitio web anterior.",
  ],
  hospital: (board) => [
    `Pregunte a ${board} quién tiene los expedientes del hospital cerrado. En algunos estados los guarda la agencia misma o nombra a un custodio.`,
    "Pregunte a cualquier hospital o sistema de salud que se haya quedado con sus servicios, y busque el aviso de cierre (en los periódicos o en el sitio web anterior).",
  ],
  labOrImaging: (board) => [
    "Pregunte al médico que pidió el estudio: ese médico casi siempre tiene una copia del informe.",
    `Pregunte a ${board} quién tiene los expedientes.`,
  ],
  pharmacy: (board) => [
    "Una farmacia que cierra casi siempre pasa sus recetas a otra farmacia cercana: pregunte en las farmacias de la zona.",
    `Pregunte a ${board} adónde fueron los expedientes.`,
  ],
  behavioral: (board) => [
    `Pregunte a ${board} quién tiene los expedientes. Para un programa de tratamiento, pregunte al departamento de salud o de salud mental del estado.`,
    "Busque un consultorio o programa que se haya quedado con los clientes.",
  ],
  physician: (state) => [
    `Busque el nombre del médico en el buscador de licencias de ${state ? `la junta médica de ${state}` : "la junta médica de su estado"}, o llame a la junta, y pregunte quién tiene los expedientes (el custodio).`,
    "Pregunte en el hospital donde trabajaba el médico y en la sociedad médica del condado.",
    "Busque un consultorio que se haya quedado con los pacientes, y avisos de cierre en los periódicos locales o en el sitio web anterior.",
  ],
};
