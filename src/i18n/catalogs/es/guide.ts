// The guide's words in Spanish: the same keys as the English catalog. The recommendation itself comes
// from the engine, which writes Spanish too (src/domain/text/es), so no `paths` of its own.
import type { GuideCatalog } from "../en/guide.js";

const SKIP = ["Dejarlo en blanco", "No sé"] as const;

export const guide: GuideCatalog = {
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
    thanks: "Gracias, entendido.",
    noted: "De acuerdo.",
    unsure: "No se preocupe, podemos seguir sin eso.",
    offTopic: "Solo puedo ayudar con expedientes médicos, así que sigamos con eso.",
    welcome: "¡De nada! Con gusto le ayudo.",
    restarted: "De acuerdo, empecemos de nuevo.",
    deleteHint: 'Para borrar esta conversación, use el botón "Borrar mi conversación" (o envíe BORRAR por SMS).',
    ready:
      "Ya tengo lo que necesito. Puedo preparar su carta de solicitud ahora, o responder preguntas sobre costos y plazos.",
    letterIntro: "Vamos a completar su carta.",
    drafted:
      "Su carta está lista: {title}. Descárguela, revísela, fírmela y envíela a la oficina de expedientes. Guarde una copia y anote la fecha de envío.",
    blanks: 'Hay algunos espacios marcados "[fill in]" para que los complete: {blanks}.',
    toolTrouble: "Perdón, tuve un problema con ese paso. ¿Puede decirlo de otra forma?",
    rightsFallback: "No encontré esa regla.",
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
    steps: "Qué hacer:",
    another: "Otra opción: {path}.",
    nextDraft: "Siguiente paso: puedo preparar la carta ahora.",
    nextAsk: "Siguiente paso: pregúnteme sobre costos o plazos.",
    bestBrief: "Mejor opción: {path}.",
    howLong: "Cuánto tarda: {text}",
    cost: "Costo: {text}",
    also: "Además: {text}",
  },
};
