// Held-out conversations in Spanish and Spanglish: patients and families as they write on a phone.
import { ANSWER, ASK } from "./asks.js";
import type { Conversation } from "./types.js";

export const PACIENTES_ES: readonly Conversation[] = [
  {
    id: "es-hija-mama-lacusc",
    description: "A daughter helps her mother, who speaks no English, get records from LAC+USC for a new doctor.",
    lang: "es",
    channel: "web",
    tags: ["caregiver", "record-kinds"],
    opening:
      "Hola, necesito los récords médicos de mi mamá del LAC+USC en Los Ángeles. Ella no habla inglés y yo le ayudo con todo. Son para su nuevo doctor.",
    facts: {
      "provider.name": "LAC+USC",
      state: "CA",
      purpose: "continuing_care",
    },
    tolerate: ["requester", "provider.type"],
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Guadalupe Hernández Ruiz, 12 de mayo de 1956",
          facts: { "patient.name": "Guadalupe Hernández Ruiz", "patient.dateOfBirth": "1956-05-12" },
        },
        { ask: ASK.portal, say: "no tiene portal", facts: { "provider.portal": "none" } },
        { ask: ASK.delivery, say: "por correo, en papel", facts: { format: "paper", delivery: "mail" } },
        {
          ask: ASK.records,
          say: "todo, pero más que nada los análisis y las notas del doctor",
          facts: { "records.kinds": ["test_results", "visit_notes", { maybe: "full_chart" }] },
        },
      ],
      otherwise: ["no sé", "los de mi mamá"],
    },
    letter: { say: "sí, por favor", confirm: "sí, está bien" },
  },
  {
    id: "es-costo-san-ysidro",
    description: "Opens with how much it will cost; a family clinic in San Diego.",
    lang: "es",
    channel: "web",
    tags: ["question", "long-name"],
    opening: "¿Cuánto me va a costar sacar mis papeles del doctor? Fui a la Clínica Familiar San Ysidro en San Diego.",
    facts: {
      "provider.name": "Clínica Familiar San Ysidro",
      "provider.type": "clinic",
      state: "CA",
      requester: "self",
    },
    openingMustAnswer: [/costo|cuesta|cobrar|tarifa|gratis|cargo/i],
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Jorge Luis Castañeda, 3 de marzo de 1979",
          facts: { "patient.name": "Jorge Luis Castañeda", "patient.dateOfBirth": "1979-03-03" },
        },
        { ask: ASK.purpose, say: "para mí nada más", facts: { purpose: "personal" } },
        { ask: ASK.delivery, say: "por email", facts: { delivery: "email" } },
        {
          ask: ASK.records,
          say: "mis resultados de laboratorio y las notas",
          facts: { "records.kinds": ["test_results", "visit_notes"] },
        },
      ],
      otherwise: ["no sé", "la Clínica Familiar San Ysidro"],
    },
    letter: { say: "quiero la carta", confirm: "sí" },
  },
  {
    id: "es-deuda-metodista",
    description:
      "The hospital will not release records over a debt; asks if they can refuse; a day-first date of birth.",
    lang: "es",
    channel: "web",
    tags: ["question", "prior-request"],
    opening:
      "El hospital no me quiere dar mi expediente porque debo dinero. ¿Me pueden negar mis papeles porque debo? Es el Hospital Metodista de Houston.",
    facts: {
      "provider.name": "Hospital Metodista de Houston",
      "provider.type": "hospital",
      state: "TX",
      requester: "self",
      "priorRequest.outcome": { oneOf: ["denied", "fee_dispute"] },
    },
    openingMustAnswer: [/no (pueden?|se puede|tienen derecho a).{0,60}(negar|retener|negarse|condicionar|quitar)/i],
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Rosa María Delgado, 15/08/1971",
          facts: { "patient.name": "Rosa María Delgado", "patient.dateOfBirth": "1971-08-15" },
        },
        { ask: ASK.priorDate, say: "lo pedí el 2 de noviembre", facts: { "priorRequest.sentOn": "2026-11-02" } },
        { ask: ASK.records, say: "todo el expediente", facts: { "records.kinds": ["full_chart"] } },
      ],
      otherwise: ["no sé", "el Hospital Metodista"],
    },
    letter: { say: "hazme la carta", confirm: "sí" },
  },
  {
    id: "es-vacunas-hijo-phoenix",
    description: "A mother needs her 6-year-old's vaccine record for school by December 15.",
    lang: "es",
    channel: "web",
    tags: ["caregiver", "immunizations", "command"],
    opening: "Necesito el récord de vacunas de mi hijo para la escuela, tiene 6 años. Vivimos en Phoenix, Arizona.",
    facts: {
      requester: "parent",
      "patient.isMinor": true,
      "records.kinds": ["immunizations"],
      purpose: "school",
      state: "AZ",
    },
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Mateo Sánchez, 22 de enero de 2020",
          facts: { "patient.name": "Mateo Sánchez", "patient.dateOfBirth": "2020-01-22" },
        },
        {
          ask: ASK.deadline,
          say: "la escuela me los pide para el 15 de diciembre",
          facts: { neededBy: "2026-12-15" },
        },
        { ask: ASK.provider, say: "su pediatra es el Dr. Luis Ortega", facts: { "provider.name": "Dr. Luis Ortega" } },
      ],
      otherwise: ["no sé", "las vacunas de mi hijo"],
    },
    letter: { say: "hazme la carta por favor", confirm: "sí" },
  },
  {
    id: "es-spanglish-baptist-mri",
    description: "Spanglish: an MRI at Baptist Hospital de Miami for surgery next week; asks how long it takes.",
    lang: "es",
    channel: "web",
    tags: ["spanglish", "urgent", "question", "record-kinds"],
    opening:
      "hola necesito mis records del MRI que me hicieron en el Baptist Hospital de Miami, the doctor says que los necesita para la cirugía next week",
    facts: {
      "provider.name": { oneOf: ["Baptist Hospital de Miami", "Baptist Hospital"] },
      "provider.type": "hospital",
      state: "FL",
      "records.kinds": ["imaging"],
      purpose: "continuing_care",
      requester: "self",
    },
    tolerate: ["neededBy"],
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Carlos Medina, 7 de abril 1985",
          facts: { "patient.name": "Carlos Medina", "patient.dateOfBirth": "1985-04-07" },
        },
        {
          ask: ASK.portal,
          say: "tengo MyChart pero no veo las imágenes",
          facts: { "provider.portal": "active" },
        },
        { ask: ASK.delivery, say: "email please", facts: { delivery: "email" } },
      ],
      otherwise: ["no sé", "el MRI"],
      plan: [{ at: 3, say: "how long se tardan?", mustAnswer: ANSWER.howLong }],
    },
    letter: { say: "ok hazme la carta", confirm: "yes" },
  },
  {
    id: "es-viuda-albacea-pr",
    description: "Grief: a widow, executor of her husband's estate in Puerto Rico; asks what papers prove it.",
    lang: "es",
    channel: "web",
    tags: ["caregiver", "grief", "question"],
    opening:
      "Mi esposo falleció en septiembre. Soy la albacea de su herencia. Necesito su expediente completo del Hospital Auxilio Mutuo en San Juan, Puerto Rico.",
    facts: {
      requester: "executor",
      "patient.isDeceased": true,
      "provider.name": "Hospital Auxilio Mutuo",
      "provider.type": "hospital",
      state: "PR",
      "records.kinds": ["full_chart"],
    },
    openingMustAnswer: [ANSWER.condolence],
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Ángel Luis Rivera Colón, 3 de febrero de 1951",
          facts: { "patient.name": "Ángel Luis Rivera Colón", "patient.dateOfBirth": "1951-02-03" },
        },
        { ask: ASK.purpose, say: "para el seguro de vida", facts: { purpose: "insurance" } },
      ],
      otherwise: ["no sé", "el expediente completo"],
      plan: [
        {
          at: 3,
          say: "¿qué papeles necesito para probar que soy la albacea?",
          mustAnswer: ANSWER.proofOfAuthorityEs,
        },
      ],
    },
    letter: { say: "sí, por favor", confirm: "sí" },
  },
  {
    id: "es-quest-persona-real",
    description: "Lab results from Quest Diagnostics; asks whether the assistant is a real person.",
    lang: "es",
    channel: "web",
    tags: ["question"],
    opening: "buenas tardes, quiero pedir mis resultados de laboratorio de Quest Diagnostics en Chicago",
    facts: {
      "provider.name": "Quest Diagnostics",
      "provider.type": "lab",
      state: "IL",
      "records.kinds": ["test_results"],
      requester: "self",
    },
    tolerate: ["records.from", "records.to"],
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Verónica Salinas, 30 de junio de 1990",
          facts: { "patient.name": "Verónica Salinas", "patient.dateOfBirth": "1990-06-30" },
        },
        { ask: ASK.delivery, say: "por correo electrónico", facts: { delivery: "email" } },
        { ask: ASK.dates, say: "del mes pasado" },
      ],
      otherwise: ["no sé", "mis resultados de laboratorio"],
      plan: [{ at: 2, say: "¿eres una persona real?", mustAnswer: ANSWER.realPerson }],
    },
    letter: { say: "sí, hazme la carta", confirm: "sí" },
  },
  {
    id: "es-medicaid-incapacidad",
    description: "A Medicaid member needs three years of visits for a disability case; about five doctors.",
    lang: "es",
    channel: "web",
    tags: ["insurer", "many-providers"],
    opening:
      "Tengo Medicaid y necesito un historial de todas mis citas médicas de los últimos 3 años para mi caso de incapacidad. Estoy en Nueva York.",
    facts: {
      "insurer.plan": "medicaid",
      purpose: "disability",
      state: "NY",
      requester: "self",
      "records.kinds": [{ oneOf: ["claims", "visit_notes", "full_chart"] }],
    },
    tolerate: ["records.from", "records.to"],
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Luis Alberto Peña, 11 de noviembre de 1968",
          facts: { "patient.name": "Luis Alberto Peña", "patient.dateOfBirth": "1968-11-11" },
        },
        { ask: ASK.insurer, say: "Fidelis Care", facts: { "insurer.name": "Fidelis Care" } },
        { ask: ASK.count, say: "como 5 doctores", facts: { providerCount: 5 } },
      ],
      otherwise: ["no sé", "todas mis citas"],
    },
    letter: { say: "sí, hágame la carta", confirm: "sí" },
  },
  {
    id: "es-portal-bloqueado-texas-childrens",
    description:
      "A mother locked out of Texas Children's portal needs her 12-year-old's blood tests; asks if it is safe.",
    lang: "es",
    channel: "web",
    tags: ["caregiver", "portal-lockout", "question"],
    opening:
      "No puedo entrar al portal de Texas Children's en Houston, se bloqueó mi cuenta. Necesito los resultados de los análisis de sangre de mi hija, tiene 12 años.",
    facts: {
      requester: "parent",
      "patient.isMinor": true,
      "provider.name": "Texas Children's",
      "provider.portal": "no_access",
      "records.kinds": ["test_results"],
      state: "TX",
    },
    tolerate: ["provider.type"],
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Sofía Ramírez, 4 de octubre de 2014",
          facts: { "patient.name": "Sofía Ramírez", "patient.dateOfBirth": "2014-10-04" },
        },
        { ask: ASK.open, say: "sí", facts: { "provider.status": "open" } },
        { ask: ASK.delivery, say: "por email", facts: { delivery: "email" } },
      ],
      otherwise: ["no sé", "los análisis de sangre de mi hija"],
      plan: [{ at: 3, say: "¿es seguro poner sus datos aquí?", mustAnswer: ANSWER.safe }],
    },
    letter: { say: "quiero la carta", confirm: "sí" },
  },
  {
    id: "es-dr-ramirez-el-paso-comandos",
    description: "Commands from the second message: 'hazme la carta'; a doctor's short name; 'son para mí'.",
    lang: "es",
    channel: "web",
    tags: ["command", "me", "terse"],
    opening: "necesito mis papeles del Dr. Ramírez en El Paso, Texas, son para mí",
    facts: {
      "provider.name": "Dr. Ramírez",
      state: "TX",
      requester: "self",
    },
    tolerate: ["provider.type"],
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Esperanza Villalobos, 5 de mayo de 1965",
          facts: { "patient.name": "Esperanza Villalobos", "patient.dateOfBirth": "1965-05-05" },
        },
        { ask: ASK.open, say: "sí, sigue abierto", facts: { "provider.status": "open" } },
        { ask: ASK.records, say: "todo", facts: { "records.kinds": ["full_chart"] } },
      ],
      otherwise: ["no sé", "sí"],
    },
    letter: { say: "hazme la carta", confirm: "sí", at: 2 },
  },
  {
    id: "es-biopsia-cancer",
    description: "Worried: biopsy results not given; asks whether it is cancer.",
    lang: "es",
    channel: "web",
    tags: ["question", "long-name"],
    opening:
      "Me hicieron una biopsia en el Valley Baptist Medical Center de Harlingen hace dos semanas y no me han dado los resultados. ¿Es cáncer? Estoy muy preocupada.",
    facts: {
      "provider.name": "Valley Baptist Medical Center",
      state: "TX",
      "records.kinds": ["test_results"],
      requester: "self",
    },
    tolerate: ["provider.type", "records.from", "records.to"],
    openingMustAnswer: [ANSWER.careTeam],
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Marisol Treviño, 19 de diciembre de 1963",
          facts: { "patient.name": "Marisol Treviño", "patient.dateOfBirth": "1963-12-19" },
        },
        {
          ask: ASK.portal,
          say: "no sé usar el portal",
          facts: { "provider.portal": { oneOf: ["no_access", "none"] } },
        },
      ],
      otherwise: ["no sé", "los resultados de la biopsia"],
    },
    letter: { say: "sí, quiero la carta", confirm: "sí" },
  },
  {
    id: "es-operacion-vesicula",
    description: "A gallbladder surgery report from 2025 for a new surgeon, sent straight to him.",
    lang: "es",
    channel: "web",
    tags: ["record-kinds", "recipient", "long-name"],
    opening:
      "Necesito el reporte de la operación de vesícula que me hicieron en el St. Joseph's Hospital de Tampa en 2025. Mi nuevo cirujano lo quiere ver.",
    facts: {
      "provider.name": "St. Joseph's Hospital",
      "provider.type": "hospital",
      state: "FL",
      "records.kinds": [{ oneOf: ["visit_notes", "other", "full_chart"] }],
      "records.from": "2025",
      "records.to": "2025",
      purpose: "continuing_care",
      requester: "self",
    },
    respond: {
      rules: [
        {
          ask: ASK.nameDob,
          say: "Ana Lucía Pérez, 8 de agosto de 1974",
          facts: { "patient.name": "Ana Lucía Pérez", "patient.dateOfBirth": "1974-08-08" },
        },
        {
          ask: ASK.recipient,
          say: "mándenlo directo al Dr. Gustavo Ferrer",
          facts: { "recipient.name": "Dr. Gustavo Ferrer", delivery: "third_party" },
        },
        {
          ask: ASK.delivery,
          say: "mándenlo directo a mi cirujano, el Dr. Gustavo Ferrer",
          facts: { "recipient.name": "Dr. Gustavo Ferrer", delivery: "third_party" },
        },
      ],
      otherwise: ["no sé", "el reporte de la operación"],
    },
    letter: { say: "sí, por favor", confirm: "sí" },
  },
];
