// The guide's words in Spanish: the same keys as the English catalog. The recommendation itself comes
// from the engine, which writes Spanish too (src/domain/text/es), so no `paths` of its own.
import type { GuideCatalog } from "../en/guide.js";

const SKIP = ["Dejarlo en blanco", "No sé"] as const;

/** Una pregunta hecha por segunda vez: otras palabras, con un ejemplo de respuesta. */
const AGAIN: GuideCatalog["again"] = {
  requester:
    '¿Los expedientes son suyos o de otra persona? Por ejemplo: "míos", "de mi hijo" o "de mi papá, que falleció".',
  state: "¿En qué estado de EE. UU. le atendieron? Basta con el estado, por ejemplo: Texas.",
  "records.kinds":
    '¿Qué tipo de expedientes busca? Por ejemplo: "resultados de laboratorio", "todo mi expediente" o "radiografías de marzo".',
  "provider.status":
    '¿Todavía atienden en ese consultorio u hospital? Por ejemplo: "sí, está abierto" o "el doctor se jubiló".',
  "provider.portal": '¿Puede entrar al portal de pacientes (como MyChart)? Por ejemplo: "sí" o "no puedo entrar".',
  "insurer.plan": '¿De dónde viene su seguro médico? Por ejemplo: "por el trabajo", "Medicare" o "Medicaid".',
  "priorRequest.sentOn":
    '¿En qué fecha mandó la solicitud anterior? Una fecha aproximada sirve, por ejemplo: "a mediados de junio".',
  providerCount: '¿Más o menos cuántos consultorios u hospitales distintos son? Por ejemplo: "solo uno" o "4".',
  purpose: '¿Para qué va a usar los expedientes? Por ejemplo: "un doctor nuevo" o "un reclamo de discapacidad".',
  neededBy: '¿Hay una fecha para la que los necesite? Por ejemplo: "para el 15 de diciembre" o "no hay prisa".',
  "provider.type": '¿Qué tipo de lugar es? Por ejemplo: "un hospital", "una clínica" o "un consultorio".',
  recipient: '¿A dónde debe ir la copia? Por ejemplo: "Dra. Lee, fax 555-0100", o "envíenmelos a mí".',
  "patient.isMinor":
    '¿Qué edad tiene el paciente? Por ejemplo: "15", o una fecha de nacimiento como "4 de marzo de 2010".',
  "delivery.private": '¿Cómo debe llegarle la copia solo a usted? Por ejemplo: "la recojo yo" o "a mi correo".',
  "patient.name": '¿Qué nombre y fecha de nacimiento van en la carta? Por ejemplo: "María López, 4 de marzo de 1980".',
  "patient.dateOfBirth": '¿Qué fecha de nacimiento va en la carta? Por ejemplo: "4 de marzo de 1980" o "4/3/1980".',
  "representative.name":
    '¿Cuál es su propio nombre, y un teléfono o correo para la oficina? Por ejemplo: "Ana Ruiz, 555-0100".',
  "provider.name":
    '¿Cuál es el nombre del consultorio u hospital? Por ejemplo: "Hospital Mercy" o "el consultorio de la Dra. Kim".',
  "insurer.name": '¿Cuál es el nombre de su plan de salud? Por ejemplo: "Aetna" o "Blue Cross".',
  "provider.clinic": '¿Los expedientes son de {clinic}? Por ejemplo: "sí, de aquí" o "de otro hospital".',
  "letter.records": '¿Qué debe pedir la carta? Por ejemplo: "todo mi expediente" o "las radiografías de marzo".',
  "letter.delivery":
    '¿Cómo debe llegarle la copia? Por ejemplo: "por correo electrónico", "en el portal", "por correo postal" o "la recojo yo".',
  "letter.contact": 'Para la carta: {need} Por ejemplo: "12 Oak St, Houston, TX 77002, 832-555-0134".',
  "provider.office":
    '¿A dónde va la carta? Por ejemplo: "fax 713-555-0100" o "expedientes@hospital.org". O dígame que no lo tiene.',
};

const ANSWERS: GuideCatalog["answers"] = {
  fees: "Por su propia copia solo pueden cobrar un costo razonable, basado en el costo: el trabajo de copiar, los materiales y el envío. No pueden cobrar por buscarlos, y el portal de pacientes es gratis (45 CFR 164.524(c)(4)).",
  feesOthers:
    "Las copias que se envían directo a otra persona siguen las tarifas del estado. Suele salir más barato pedir su propia copia y pasarla usted (Ciox Health v. Azar, 2020).",
  deadline: "Deben responder a su solicitud dentro de {days} después de recibirla ({cite}).",
  extension:
    "Solo pueden tardar 30 días más si le avisan por escrito, dentro de los primeros 30, por qué y para cuándo.",
  dueBy: "Si reciben su carta hoy, la respuesta vence el {date}.",
  days: { calendar: "{n} días naturales", business: "{n} días hábiles" },
  unpaid:
    "No. Según HIPAA, no pueden negarle ni retener sus expedientes porque debe dinero por la atención; solo pueden cobrar el costo de la copia (guía de la Oficina de Derechos Civiles, OCR; 45 CFR 164.524).",
  complaint:
    "Puede poner una queja ante la Oficina de Derechos Civiles (OCR) del HHS en ocrportal.hhs.gov, dentro de los 180 días del problema (45 CFR 160.306(b)(3)). Escribir antes al encargado de privacidad del proveedor muchas veces lo resuelve más rápido.",
  parentsAdult:
    "Desde los 18 años sus expedientes son suyos: sus padres solo pueden verlos con su permiso (45 CFR 164.502(g)). Pero los estados de cuenta del seguro (la explicación de beneficios) le llegan a quien tiene el seguro y pueden mostrar sus visitas; puede pedirle al plan que se los envíe a usted (45 CFR 164.522(b)).",
  parentsUnknown:
    "Depende de su edad. Desde los 18 sus expedientes son suyos, y sus padres solo los ven con su permiso (45 CFR 164.502(g)); antes de los 18 depende de la ley de su estado y de la atención; dígame su edad y lo reviso.",
  human: "Soy un asistente automático, no una persona.",
  humanClinic: "Para hablar con una persona, llame a la oficina de expedientes de {clinic} al {phone}.",
  humanClinicNoPhone: "Para hablar con una persona, comuníquese con la oficina de expedientes de {clinic}.",
  humanAny:
    "Para hablar con una persona, llame a la oficina de expedientes (a veces se llama Health Information Management) del médico u hospital que tiene los expedientes.",
  whyDob:
    "La oficina de expedientes usa el nombre y la fecha de nacimiento para encontrar el expediente correcto y confirmar que es usted (45 CFR 164.514(h)). También puede dejarlo en blanco y escribirlo usted en la carta.",
  safe: 'Lo que me cuenta solo se usa para preparar su solicitud. Se guarda cifrado, se borra solo después de unos días sin mensajes y nunca se vende. Puede borrarlo ahora con "Borrar mi conversación" (o enviando BORRAR por mensaje de texto).',
  safeSms:
    "Lo que me cuenta solo se usa para su solicitud: se guarda cifrado, se borra tras unos días sin mensajes y nunca se vende. Envíe BORRAR para borrarlo ya. Los SMS en sí no van cifrados.",
  medical:
    "No puedo decirle qué significa un resultado, porque no soy médico. Su médico o su equipo de atención se lo puede explicar; pídales que lo revisen con usted. Yo le ayudo a conseguir los expedientes.",
  proofYes: "Sí.",
  allowed:
    "Usted tiene derecho a sus expedientes, y solo pueden negarlos por unas pocas razones, por escrito (45 CFR 164.524(a)).",
  send: "Envíela a la oficina de expedientes (a veces se llama Health Information Management) por fax, correo electrónico o correo postal, o entréguela en persona. Guarde una copia y anote la fecha: su plazo empieza cuando la reciben. El comprobante del fax o el correo certificado prueban la fecha.",
  sendClinic: "Oficina de expedientes de {clinic}: {contact}.",
  insurer:
    "Sí. Su plan de salud tiene su historial de reclamaciones, que muestra los médicos que vio y cuándo; puede pedírselo al plan, muchas veces en su sitio web para miembros (45 CFR 164.524 también cubre a los planes de salud).",
  registry:
    "Para las vacunas, el registro de vacunas de su estado suele ser lo más rápido. Muchos dan el registro en línea o en pocos días.",
};

const CAUTIONS: GuideCatalog["cautions"] = {
  proof: {
    self: "Pueden pedirle una identificación para confirmar que es usted (45 CFR 164.514(h)).",
    parent:
      "Lleve su identificación y una prueba de que es el padre o la madre, como el acta de nacimiento (45 CFR 164.502(g)(3)).",
    guardian: "Adjunte una copia de la orden del tribunal que le nombra tutor (45 CFR 164.502(g)(2)).",
    personal_representative:
      "Adjunte una copia de su poder médico, y una prueba de que está vigente si el poder lo pide (45 CFR 164.502(g)(2)).",
    executor:
      "Adjunte una copia de las cartas testamentarias (o cartas de administración) del tribunal testamentario. Adjunte también el certificado de defunción (45 CFR 164.502(g)(4)).",
    other:
      "Si no tiene derecho legal a actuar por el paciente, el paciente debe firmar un permiso para que usted reciba los expedientes (45 CFR 164.508), o pedirlos él mismo.",
    unknown:
      "Si pide los expedientes de otra persona, lleve una prueba de que puede actuar por ella: el acta de nacimiento, una orden del tribunal, un poder médico o los papeles del tribunal para una herencia (45 CFR 164.502(g)).",
  },
  psychotherapy:
    "Las notas privadas de las sesiones con su terapeuta (notas de psicoterapia) no entran en su derecho a sus expedientes. Pídaselas al terapeuta en una solicitud aparte; puede decir que no (45 CFR 164.524(a)(1)(i)).",
  part2:
    "Los expedientes de tratamiento por alcohol o drogas tienen protección especial (42 CFR Part 2). Puede obtener su propia copia, pero para enviarlos a otra persona debe firmar un consentimiento Part 2 por escrito (42 CFR 2.31).",
  retrieval:
    "Con {n} proveedores, un servicio de recopilación de expedientes puede juntarlos todos por usted, con un costo.",
};

const ESCALATION: GuideCatalog["escalation"] = {
  overdue:
    "Su solicitud anterior está vencida: la respuesta debía llegar a más tardar el {date}. El siguiente paso es una carta de seguimiento, no una solicitud nueva ({cite}).",
  overdueUndated:
    "Como no le han respondido, el siguiente paso es una carta de seguimiento que les recuerde su plazo ({cite}).",
  waiting:
    "Todavía están a tiempo: la respuesta vence el {date}. Si no llega nada para entonces, puedo preparar una carta de seguimiento.",
  partial:
    "Deben darle el resto, o decirle por escrito qué retuvieron y por qué. El siguiente paso es una carta de seguimiento con lo que falta (45 CFR 164.524(d)(1)-(2)).",
  fee: "Por su propia copia solo pueden cobrar un costo razonable, basado en el costo: trabajo, materiales y envío, sin cargos por buscarlos (45 CFR 164.524(c)(4)). El siguiente paso es una carta pidiendo que corrijan el cobro.",
  feeOthers:
    "El límite de HIPAA solo cubre su propia copia; las copias enviadas directo a otra persona siguen la ley del estado. Lo más barato: pida su propia copia y pásela usted (Ciox Health v. Azar, 2020).",
  review:
    "Una negativa debe ser por escrito y dar la razón. Puede pedir una revisión por otro profesional con licencia, y el proveedor debe respetarla (45 CFR 164.524(a)(3), (d)(4)).",
  denied:
    "Una negativa debe ser por escrito y dar la razón. Si la razón es un riesgo de daño, puede pedir una revisión; también puede poner una queja ante la OCR del HHS (45 CFR 164.524(d)(2); 45 CFR 160.306).",
  urgent:
    "Los necesita para el {needed}, pero pueden tardar hasta el {due}. Llame hoy a la oficina de expedientes y pida lo que necesita, listo para recoger.",
  urgentTreatment: "El médico que le atiende también puede pedirlos directamente (45 CFR 164.506(c)(2)).",
  unanswered:
    "Si recibieron su solicitud hace más de {days} y no han respondido, están fuera de plazo, y el siguiente paso es una carta de seguimiento ({cite}).",
  closed:
    "Cuando un consultorio cierra, sus expedientes suelen quedar con un custodio: otro consultorio, una empresa de expedientes o el estado. La junta de licencias del estado (la junta médica o dental) muchas veces puede decirle quién los tiene.",
};

const ACK: GuideCatalog["ack"] = {
  gotIt: "Entendido: {facts}.",
  requester: {
    self: "sus propios expedientes",
    parent: "los expedientes de su hijo o hija",
    guardian: "tutela legal",
    personal_representative: "poder médico",
    executor: "albacea de la herencia",
    other: "los expedientes de otra persona",
  },
  born: "nacimiento: {date}",
  dates: "de {dates}",
  neededBy: "para el {date}",
  purpose: "para {purpose}",
  purposes: {
    continuing_care: "la atención médica",
    second_opinion: "una segunda opinión",
    personal: "guardar una copia",
    legal: "un asunto legal",
    disability: "un reclamo de discapacidad",
    insurance: "el seguro",
    school: "la escuela",
    travel: "un viaje",
    other: "otro motivo",
  },
  sendTo: "para enviar a {name}",
  providers: "{n} proveedores",
  earlier: "solicitud anterior {what}",
};

const AFTER_LETTER: GuideCatalog["afterLetter"] = [
  ["Enviada hoy", "Lo envié hoy"],
  ["Enviada otro día", "Lo envié otro día"],
  ["¿Cómo la envío?", "¿Cómo envío la carta?"],
  ["¿Para cuándo deben responder?", "¿Cuánto tiempo tienen para responder?"],
  ["Otra carta", "Necesito otra carta"],
];

const TRACKER: GuideCatalog["tracker"] = {
  askDay: "¡Gracias! ¿Qué día la envió?",
  dayOptions: [
    ["Hoy", "Hoy"],
    ["Ayer", "Ayer"],
    ["No me acuerdo", "No me acuerdo"],
  ],
  askWay: "¡Gracias! ¿Cómo la envió?",
  wayOptions: [
    ["Correo postal", "Por correo postal"],
    ["Fax", "Por fax"],
    ["Email", "Por email"],
    ["Portal", "Por el portal"],
    ["En persona", "En persona"],
  ],
  noDay: "Está bien. Cuando sepa qué día la envió, dígamelo y le calculo para cuándo deben responder.",
  sent: "Entendido: la envió el {sent}.",
  due: "Deben responder a más tardar el {due}. {rule}",
  extension: "Con un aviso de prórroga por escrito, el plazo máximo es el {latest}.",
  maybe: "No he verificado todos los detalles de la regla de su estado, así que tome esta fecha como guía.",
  whatNext:
    "Si no llega nada para entonces, le ayudo a escribir una carta de seguimiento que cita su solicitud y la fecha incumplida. Si aun así no responden, puede presentar una queja ante la Oficina de Derechos Civiles (OCR) del HHS.",
  webButtons: 'Use "Agregar al calendario" o "Recordarme por mensaje" en la tarjeta para que se lo recordemos.',
  offerText: "¿Quiere que le mandemos un mensaje el {due} para preguntarle si le llegaron? Responda SI",
  textOptions: [
    ["Sí", "SI"],
    ["No, gracias", "No, gracias"],
  ],
  textSet: "Listo. Le escribiremos el {due}. Responda STOP cuando quiera para no recibir mensajes.",
  textNotSet: "Está bien, sin mensaje. Vuelva aquí si no llega nada para el {due}.",
  textFailed: "Perdón, no pude programar el mensaje. Anote el {due} en su calendario.",
  checkIn:
    "recordpath: ¿Le llegaron sus expedientes{provider}? El plazo vence el {due}. Responda SI, PARTE o NO. Responda STOP para no recibir mensajes.",
  checkInFrom: " de {name}",
  receivedOptions: [
    ["Sí", "SI"],
    ["Una parte", "PARTE"],
    ["Todavía no", "NO"],
  ],
  received:
    "¡Qué buena noticia! Su solicitud queda cerrada. Revise los expedientes: las fechas, los nombres y que estén todas las visitas que pidió. Si falta algo o hay un error, dígamelo.",
  notReceived:
    "Siento que no le hayan enviado todo. El siguiente paso es una carta de seguimiento que cita su solicitud del {sent} y la fecha que no cumplieron.",
  notReceivedYet:
    "Siento que todavía no le hayan enviado todo. Tienen hasta el final de hoy, {due}. El siguiente paso es una carta de seguimiento para enviar mañana si no llega nada: cita su solicitud del {sent} y ese plazo.",
  ocr: "También puede presentar una queja ante la Oficina de Derechos Civiles del HHS hasta el {fileBy}.",
  ocrLater:
    "Si después del {after} todavía no han respondido, también puede presentar una queja ante la Oficina de Derechos Civiles del HHS, hasta el {fileBy}.",
};

export const guide: GuideCatalog = {
  tracker: TRACKER,
  again: AGAIN,
  contactNeeds: {
    email: "¿a qué correo electrónico deben enviarla, y a qué teléfono puede llamarle la oficina?",
    mail: "¿a qué dirección postal deben enviarla, y a qué teléfono puede llamarle la oficina?",
    phone: "¿a qué teléfono puede llamarle la oficina?",
    any: "¿a qué teléfono o correo electrónico puede contactarle la oficina?",
  },
  answers: ANSWERS,
  cautions: CAUTIONS,
  escalation: ESCALATION,
  ack: ACK,
  afterLetter: AFTER_LETTER,
  questions: {
    requester: {
      text: "¿De quién son los expedientes?",
      options: [
        ["Míos", "Son mis propios expedientes"],
        ["De mi hijo o hija", "Son los expedientes de mi hijo"],
        ["Tengo un poder médico", "Tengo un poder notarial médico"],
        ["De alguien que falleció", "Soy el albacea de la herencia"],
        ["De otra persona", "Son de un familiar"],
      ],
    },
    state: {
      text: "¿En qué estado recibió la atención médica?",
      options: [
        ["California", "California"],
        ["Texas", "Texas"],
        ["Florida", "Florida"],
        ["Nueva York", "Nueva York"],
        ["Otro estado", "Otro estado"],
      ],
    },
    "records.kinds": {
      text: "¿Qué expedientes necesita?",
      options: [
        ["Resultados de análisis", "resultados de laboratorio"],
        ["Todo el expediente", "todo el expediente"],
        ["Vacunas", "registro de vacunas"],
        ["Radiografías", "radiografías y estudios de imagen"],
        ["Facturas", "facturas y reclamaciones"],
      ],
    },
    "provider.status": {
      text: "¿El consultorio u hospital sigue abierto?",
      options: [
        ["Sí, está abierto", "Sí, sigue abierto"],
        ["Cerró", "El consultorio cerró"],
        ["El doctor se jubiló", "El doctor se jubiló"],
        ["El doctor falleció", "El doctor falleció"],
        ["Lo compraron", "Otro grupo compró el consultorio"],
        ["No sé", "No sé"],
      ],
    },
    "provider.portal": {
      text: "¿Puede entrar al portal de pacientes?",
      options: [
        ["Sí, puedo entrar", "Sí, puedo entrar al portal"],
        ["No puedo entrar", "No puedo entrar al portal"],
        ["No tienen portal", "No tienen portal"],
        ["No sé", "No sé"],
      ],
    },
    "insurer.plan": {
      text: "¿Qué tipo de seguro médico tiene?",
      options: [
        ["Del trabajo", "Mi seguro es del trabajo"],
        ["Medicare", "Medicare original"],
        ["Medicare Advantage", "Medicare Advantage"],
        ["Medicaid o CHIP", "Medicaid"],
        ["Del mercado", "Un plan del mercado de seguros"],
        ["No sé", "No sé"],
      ],
    },
    "priorRequest.sentOn": {
      text: "¿Más o menos cuándo envió la solicitud anterior?",
      options: [
        ["Hace 2 semanas", "hace 2 semanas"],
        ["Hace un mes", "hace un mes"],
        ["Hace 2 meses", "hace 2 meses"],
        ["No sé", "No sé"],
      ],
    },
    providerCount: {
      text: "¿Cuántos médicos u hospitales tienen expedientes que necesita?",
      options: [
        ["Solo uno", "solo un proveedor"],
        ["2 o 3", "3 proveedores"],
        ["4 o más", "5 proveedores"],
        ["No sé", "No sé"],
      ],
    },
    purpose: {
      text: "¿Para qué necesita los expedientes?",
      options: [
        ["Un doctor nuevo", "para mi nuevo doctor"],
        ["Para mí", "para mis archivos"],
        ["Discapacidad", "para un reclamo de discapacidad"],
        ["Asunto legal", "para una demanda"],
        ["Escuela o viaje", "para la escuela"],
      ],
    },
    neededBy: {
      text: "¿Los necesita para una fecha?",
      options: [
        ["Sin prisa", "sin prisa"],
        ["En 2 semanas", "en dos semanas"],
        ["En un mes", "en un mes"],
      ],
    },
    "provider.type": {
      text: "¿Es un hospital o un consultorio?",
      options: [
        ["Un hospital", "un hospital"],
        ["Un consultorio", "un consultorio médico"],
        ["Una clínica", "una clínica"],
        ["Otro", "otro"],
      ],
    },
    recipient: {
      text: "¿Quién debe recibir los expedientes? Dígame su nombre y su correo, fax o dirección.",
      options: [SKIP, ["Envíenmelos a mí", "envíenmelos a mí"]],
    },
    "patient.isMinor": {
      text: "¿Cuántos años tiene el paciente? Puede darme la edad o la fecha de nacimiento.",
      options: [
        ["Menor de 18", "menor de 18"],
        ["18 o más", "18 o más"],
      ],
    },
    "delivery.private": {
      text: "¿Cómo quiere recibir la copia, para que le llegue solo a usted?",
      options: [
        ["La recojo yo", "voy a recogerlos"],
        ["A mi correo electrónico", "por correo electrónico"],
        ["En mi portal", "por el portal"],
        ["Por correo postal", "por correo postal"],
      ],
    },
    "patient.name": {
      text: "Para la carta: ¿cuál es el nombre completo del paciente y su fecha de nacimiento? (Por ejemplo: María López, 4 de marzo de 1980)",
      options: [SKIP],
    },
    "patient.dateOfBirth": {
      text: "Para la carta: ¿cuál es la fecha de nacimiento del paciente? (Por ejemplo: 4 de marzo de 1980)",
      options: [SKIP],
    },
    "representative.name": {
      text: "Para la carta: ¿cuál es su propio nombre completo, y un teléfono o correo donde la oficina pueda contactarle?",
      options: [SKIP],
    },
    "provider.name": {
      text: "¿Cómo se llama el consultorio u hospital?",
      options: [SKIP],
    },
    "insurer.name": {
      text: "¿Cómo se llama su plan de salud?",
      options: [SKIP],
    },
    "letter.records": {
      text: "¿Qué expedientes debe pedir la carta?",
      options: [
        ["Todo el expediente", "todo el expediente"],
        ["Resultados de análisis", "resultados de laboratorio"],
        ["Notas de consultas", "notas de consultas"],
        ["Radiografías", "radiografías y estudios de imagen"],
        ["No sé", "No sé"],
      ],
    },
    "letter.delivery": {
      text: "¿Cómo quiere recibir su copia?",
      options: [
        ["Por correo electrónico", "por correo electrónico"],
        ["En el portal", "por el portal"],
        ["Copia en papel por correo postal", "una copia en papel por correo postal"],
        ["Copia en papel para recoger", "voy a recoger una copia en papel"],
        ["No sé", "No sé"],
      ],
    },
    "letter.contact": {
      text: "Para la carta: {need}",
      options: [SKIP],
    },
    "provider.office": {
      text: "¿A dónde va la carta: tiene el fax, el correo electrónico o la dirección de la oficina de expedientes (la de ellos, no la suya)? Suele estar en el sitio web del proveedor o en una factura.",
      options: [["No lo tengo", "No sé"]],
    },
    "provider.clinic": {
      text: "¿Los expedientes que necesita son de {clinic}, o de otro médico u hospital?",
      options: [
        ["De {clinic}", "De esta clínica"],
        ["De otro médico u hospital", "De otro proveedor"],
        ["No sé", "No sé"],
      ],
    },
  },
  who: {
    adultChild:
      "Como su hijo o hija es mayor de edad, ser su padre o madre no basta para pedir sus expedientes. Necesita su propia solicitud (o una autorización firmada que le nombre a usted), un poder médico que esté vigente, o una tutela (45 CFR 164.502(g)).",
    emancipated:
      "Como su hijo o hija está emancipado, actúa por su cuenta: puede pedir los expedientes, o firmar una autorización que le nombre a usted (45 CFR 164.502(g)(3)).",
    minorCare:
      "Como padre o madre de un menor, normalmente puede pedir sus expedientes. Para la atención que su hijo o hija podía recibir por su cuenta, la ley de su estado decide si usted puede verlos (45 CFR 164.502(g)(3)).",
    afterDeath:
      "La autoridad de un agente con poder médico o de un tutor termina cuando el paciente fallece. Ahora solo el albacea o administrador de la herencia, o la persona que nombre la ley de su estado, puede pedirlos (45 CFR 164.502(g)(4)).",
  },
  minors: {
    intro: "Puedo ayudarle con eso. La respuesta depende de la ley de su estado.",
    answers: {
      private:
        "Sí. En {state}, para {scope} que usted aceptó por su cuenta, sus padres no tienen derecho a ver esos expedientes, y usted puede pedirlos ({cite}).",
      parent_may_object:
        "No siempre. En {state}, sus padres pueden ver sus expedientes de {scope} si a usted se le avisa y no se opone, o si su terapeuta no encuentra una razón fuerte para negarlo. Si usted se opone, dígale a su terapeuta por qué ({cite}).",
      may_be_told:
        "No con seguridad. En {state} usted puede aceptar cierta atención por su cuenta, pero la ley permite que el médico o el consejero les cuente a sus padres sobre {scope}, aun sin su permiso ({cite}).",
      check:
        "Muchas veces sí, para la atención que usted aceptó por su cuenta, pero depende de la ley de {state}, que no pudimos confirmar ({cite}). Pregunte en la oficina de expedientes cómo lo manejan.",
    },
    scopes: {
      confidential_care: "la atención",
      mental_health: "salud mental",
      sti: "la atención de una infección de transmisión sexual",
      substance_use: "el tratamiento por alcohol o drogas",
      counseling: "la consejería",
    },
    privately:
      "Puede pedir a la oficina que le envíe la copia, y que le llame o le escriba sobre esto, solo de la forma que usted elija. Deben aceptar un pedido razonable así (45 CFR 164.522(b)). Las facturas y los papeles del seguro pueden llegarle a quien tenga el seguro.",
    yourState: "su estado",
  },
  review: {
    intro:
      'Antes de preparar su carta, revise lo que va a decir. Puede tocar "Editar" para corregir algo, y luego "Preparar mi carta".',
    introBrief: "Datos de su carta:",
    whichOne: 'Dígame qué cambiar: toque "Editar" junto al dato, o envíe el dato correcto.',
    whichOneBrief: "Dígame qué cambiar: envíe su número o el dato correcto.",
    draftLabel: "Preparar mi carta",
    draftValue: "Sí, prepare mi carta",
    labels: {
      provider: "Proveedor",
      address: "Oficina de expedientes",
      insurer: "Seguro médico",
      registry: "Registro",
      patient: "Paciente",
      dateOfBirth: "Fecha de nacimiento",
      records: "Expedientes",
      dates: "Fechas",
      sendTo: "Enviar a",
      sentOn: "Solicitud anterior enviada",
      requester: "Quién lo pide",
      representative: "Su nombre",
    },
    missing: "en blanco (lo completa usted)",
    allDates: "todas las fechas",
    range: "de {from} a {to}",
    since: "desde {from}",
    until: "hasta {to}",
    toYou: "usted",
    self: "usted (paciente)",
    formats: { electronic: "copia electrónica", paper: "copia en papel" },
    deliveries: {
      portal: "por el portal",
      email: "por correo electrónico",
      mail: "por correo postal",
      pickup: "la recoge usted",
      fax: "por fax",
    },
    edit: {
      ask: '¿Qué debe decir la carta en "{label}"? Ahora: {value}.',
      askEmpty: '¿Qué debe decir la carta en "{label}"?',
      keep: "Dejarlo así",
      unreadable: 'No pude leer eso como "{label}". Escríbalo así, por ejemplo: {example}.',
      kept: "De acuerdo, lo dejé como estaba.",
    },
    examples: {
      "provider.name": "Hospital San José",
      "provider.address": "100 Main St, Springfield, IL 62701",
      "insurer.name": "Blue Cross Blue Shield",
      state: "Texas",
      "patient.name": "María López",
      "patient.dateOfBirth": "4 de marzo de 1980",
      "records.kinds": "resultados de análisis y radiografías",
      "records.from": "de 2019 a 2021",
      "recipient.name": "Dra. Ana Ruiz, fax 555-0100",
      delivery: "mándenmelos por correo electrónico",
      "priorRequest.sentOn": "2 de mayo de 2026",
      requester: "son mis propios expedientes",
      "representative.name": "Sam López, 555-0100",
    },
  },
  say: {
    greeting:
      "Hola, soy recordpath. Le ayudo a conseguir copias de expedientes médicos. No soy abogado ni médico, pero sé cómo se piden los expedientes.",
    clinicGreeting:
      "Hola, soy el asistente de expedientes de {clinic}. Le ayudo a conseguir copias de sus expedientes médicos. No soy abogado ni médico.",
    unsure: "No se preocupe, podemos seguir sin eso.",
    offTopic: "Solo puedo ayudar con expedientes médicos, así que sigamos con eso.",
    welcome: "¡De nada! Con gusto le ayudo.",
    restarted: "De acuerdo, empecemos de nuevo.",
    deleteHint: 'Para borrar esta conversación, use el botón "Borrar mi conversación" (o envíe BORRAR por SMS).',
    letterIntro: "Vamos a completar su carta.",
    drafted:
      "Su carta está lista: {title}. Descárguela, revísela, fírmela y envíela a la oficina de expedientes. Guarde una copia y anote la fecha de envío.",
    blanks: 'Hay algunos espacios marcados "[fill in]" para que los complete: {blanks}.',
    toolTrouble: "Perdón, tuve un problema con ese paso. ¿Puede decirlo de otra forma?",
    condolence: "Lamento mucho su pérdida.",
    calm: "Siento mucho que esto haya sido tan difícil. Vamos a avanzar.",
    unreadable: "Perdón, no pude entender eso.",
    notPatient:
      "Ese es el nombre del paciente, que ya tengo. Dejo su propio nombre en blanco por ahora: puede agregarlo cuando revise la carta.",
    leftBlank: "No hay problema, lo dejo en blanco por ahora.",
    tellMe:
      'Cuando quiera, cuénteme de los expedientes con sus propias palabras, por ejemplo: "mis resultados de laboratorio de Banner Health en Arizona".',
    offerLetter: "¿Quiere que prepare su carta ahora?",
    letterWhenReady: 'Toque "Preparar mi carta" cuando quiera, o pregúnteme lo que necesite sobre su solicitud.',
    afterLetter:
      "Su carta está lista. Puedo explicarle cómo enviarla o para cuándo deben responder, o ayudarle con una carta para otro proveedor.",
    anotherLetter: "De acuerdo, una carta nueva. Guardé quién es usted y su estado.",
  },
  next: [
    ["Preparar mi carta", "Por favor prepare mi carta"],
    ["¿Cuánto pueden cobrar?", "¿Cuánto pueden cobrar?"],
    ["¿Cuánto pueden tardar?", "¿Cuánto tiempo tienen para responder?"],
    ["Empezar de nuevo", "Empezar de nuevo"],
  ],
  explain: {
    more: "Cuénteme un poco más sobre los expedientes.",
    suggest: "Le sugiero esto: {path}.",
    bestBrief: "Mejor opción: {path}.",
    howLong: "Cuánto tarda: {text}",
  },
};
