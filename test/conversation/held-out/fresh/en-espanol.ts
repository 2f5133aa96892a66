// Fresh held-out conversations in Spanish and Spanglish: a move from Puerto Rico, a mother after a
// stroke, a bill, a child's shots, a husband who died, a locked portal, a dentist, a transplant
// visit on Tuesday.
// Spanish questions name "el nombre del hospital", so the provider rule comes before the name rule.
import { ANSWER, ASK } from "../asks.js";
import type { Conversation } from "../types.js";
import { ANSWER_MORE, ASK_MORE } from "./patterns.js";

export const EN_ESPANOL: readonly Conversation[] = [
  {
    id: "san-juan-auxilio-mutuo-mudanza-orlando",
    description:
      "Se muda de San Juan a Orlando en enero y quiere su expediente completo para su médico nuevo; pregunta cuánto le van a cobrar.",
    lang: "es",
    channel: "web",
    tags: ["question", "place", "several-facts"],
    opening:
      "Buenas tardes. Necesito mi expediente completo del Hospital Auxilio Mutuo en San Juan. Me mudo a Orlando en enero y mi médico nuevo lo va a necesitar.",
    facts: {
      "provider.name": "Hospital Auxilio Mutuo",
      "provider.type": "hospital",
      state: "PR",
      "records.kinds": ["full_chart"],
      purpose: "continuing_care",
      requester: "self",
    },
    tolerate: ["records.to"],
    respond: {
      rules: [
        {
          ask: ASK.provider,
          say: "Hospital Auxilio Mutuo",
          facts: { "provider.name": "Hospital Auxilio Mutuo" },
        },
        {
          ask: ASK.nameDob,
          say: "Carmen Iris Ortiz Rivera, 23/11/1985",
          facts: { "patient.name": "Carmen Iris Ortiz Rivera", "patient.dateOfBirth": "1985-11-23" },
        },
        {
          ask: ASK_MORE.emailEs,
          say: "carmeniris.ortiz@gmail.com",
          facts: { "patient.email": "carmeniris.ortiz@gmail.com" },
        },
        {
          ask: ASK.recipient,
          say: "No, que me los manden a mí y yo se los llevo.",
        },
        {
          ask: ASK.delivery,
          say: "Por correo electrónico, en PDF",
          facts: { delivery: "email", format: "electronic" },
        },
        { ask: ASK.email, say: "carmeniris.ortiz@gmail.com", facts: { "patient.email": "carmeniris.ortiz@gmail.com" } },
        { ask: ASK.deadline, say: "Antes del 15 de enero", facts: { neededBy: "2027-01-15" } },
        {
          ask: ASK.portal,
          say: "Tengo el portal pero no está todo ahí",
          facts: { "provider.portal": "active" },
        },
        { ask: ASK.open, say: "Sí, está abierto", facts: { "provider.status": "open" } },
        { ask: ASK.purpose, say: "Para mi médico nuevo en Orlando", facts: { purpose: "continuing_care" } },
        { ask: ASK_MORE.requester, say: "Para mí", facts: { requester: "self" } },
        { ask: ASK.dates, say: "Desde 2015 hasta ahora", facts: { "records.from": "2015" } },
        { ask: ASK.insurer, say: "No sé" },
        { ask: ASK.records, say: "Todo, el expediente completo", facts: { "records.kinds": ["full_chart"] } },
        { ask: ASK.state, say: "Puerto Rico, en San Juan", facts: { state: "PR" } },
      ],
      otherwise: ["No sé", "No estoy segura"],
      plan: [{ at: 3, say: "¿Y cuánto me van a cobrar por las copias?", mustAnswer: ANSWER.cost }],
    },
    letter: { say: "hazme la carta", confirm: "Sí, está bien" },
    afterLetter: "¿Y ahora cómo la envío?",
  },
  {
    id: "houston-spanglish-mama-stroke-poa",
    description:
      "Una hija con power of attorney pide los discharge papers y los scans de su mamá después de un stroke en Memorial Hermann.",
    lang: "es",
    channel: "sms",
    tags: ["spanglish", "caregiver", "question", "record-kinds"],
    opening:
      "hola necesito los records de mi mamá del Memorial Hermann en Houston, tuvo un stroke en agosto y ahora esta en rehab. yo soy su hija y tengo el power of attorney. necesito los discharge papers y los scans",
    facts: {
      requester: "personal_representative",
      "provider.name": "Memorial Hermann",
      state: "TX",
      "records.kinds": [{ oneOf: ["visit_notes", "other", "full_chart"] }, "imaging"],
    },
    tolerate: ["provider.type", "records.from", "records.to"],
    respond: {
      rules: [
        {
          ask: ASK_MORE.patientName,
          say: "se llama Rosa Elvira Guzmán, nació el 2 de febrero de 1952",
          facts: { "patient.name": "Rosa Elvira Guzmán", "patient.dateOfBirth": "1952-02-02" },
        },
        {
          ask: ASK_MORE.requesterName,
          say: "Yesenia Guzmán",
          facts: { "representative.name": "Yesenia Guzmán" },
        },
        { ask: ASK.provider, say: "Memorial Hermann", facts: { "provider.name": "Memorial Hermann" } },
        {
          ask: ASK.nameDob,
          say: "Rosa Elvira Guzmán, 2 de febrero de 1952",
          facts: { "patient.name": "Rosa Elvira Guzmán", "patient.dateOfBirth": "1952-02-02" },
        },
        {
          ask: ASK_MORE.emailEs,
          say: "yesi.guzman@hotmail.com",
          facts: { "representative.email": "yesi.guzman@hotmail.com" },
        },
        { ask: ASK.delivery, say: "por email porfa", facts: { delivery: "email", format: "electronic" } },
        {
          ask: ASK.email,
          say: "yesi.guzman@hotmail.com",
          facts: { "representative.email": "yesi.guzman@hotmail.com" },
        },
        { ask: ASK.open, say: "si", facts: { "provider.status": "open" } },
        { ask: ASK.purpose, say: "para el rehab, que sepan todo", facts: { purpose: "continuing_care" } },
        {
          ask: ASK_MORE.requester,
          say: "son de mi mamá, yo tengo el power of attorney",
          facts: { requester: "personal_representative" },
        },
        {
          ask: ASK.dates,
          say: "del 14 al 20 de agosto",
          facts: { "records.from": "2026-08-14", "records.to": "2026-08-20" },
        },
        { ask: ASK.insurer, say: "no se" },
        {
          ask: ASK.records,
          say: "los discharge papers y los scans",
          facts: { "records.kinds": [{ oneOf: ["visit_notes", "other", "full_chart"] }, "imaging"] },
        },
        { ask: ASK.state, say: "texas, houston", facts: { state: "TX" } },
      ],
      otherwise: ["no se", "mmm no se"],
      plan: [{ at: 3, say: "necesito mandarles el power of attorney?", mustAnswer: ANSWER.proofOfAuthorityEs }],
    },
    letter: { say: "sí, por favor", confirm: "sí" },
  },
  {
    id: "chicago-mount-sinai-deuda",
    description:
      "No le dan sus récords porque debe una cuenta; pregunta si pueden hacer eso; laboratorios y radiografías de 2025, en papel.",
    lang: "es",
    channel: "web",
    tags: ["question", "angry", "prior-request", "record-kinds"],
    opening:
      "El hospital Mount Sinai de Chicago no me quiere dar mis récords porque debo una cuenta. ¿Pueden hacer eso? Necesito los resultados de laboratorio y las radiografías de 2025.",
    facts: {
      "provider.name": {
        oneOf: ["Mount Sinai", "Mount Sinai de Chicago", "hospital Mount Sinai", "Hospital Mount Sinai"],
      },
      "provider.type": "hospital",
      state: "IL",
      requester: "self",
      "records.kinds": ["test_results", "imaging"],
      "records.from": "2025",
      "records.to": "2025",
      "priorRequest.outcome": { oneOf: ["denied", "fee_dispute"] },
    },
    openingMustAnswer: [ANSWER.unpaidBill],
    respond: {
      rules: [
        { ask: ASK.provider, say: "Mount Sinai, en Chicago", facts: { "provider.name": "Mount Sinai" } },
        {
          ask: ASK.nameDob,
          say: "José Luis Mendoza Paredes, 17/04/1979",
          facts: { "patient.name": "José Luis Mendoza Paredes", "patient.dateOfBirth": "1979-04-17" },
        },
        {
          ask: ASK.priorDate,
          say: "Fui a pedirlos el 10 de noviembre",
          facts: { "priorRequest.sentOn": "2026-11-10" },
        },
        {
          ask: ASK.prior,
          say: "Sí, fui en persona y me dijeron que primero pague la cuenta",
          facts: { "priorRequest.outcome": { oneOf: ["denied", "fee_dispute"] } },
        },
        {
          ask: ASK.address,
          say: "2845 W 26th St, Chicago IL 60623",
          facts: { "patient.address": "2845 W 26th St, Chicago IL 60623" },
        },
        {
          ask: ASK.delivery,
          say: "En papel, por correo postal",
          facts: { delivery: "mail", format: "paper" },
        },
        { ask: ASK.open, say: "Sí", facts: { "provider.status": "open" } },
        { ask: ASK.purpose, say: "Para mí", facts: { purpose: "personal" } },
        { ask: ASK_MORE.requester, say: "Son míos", facts: { requester: "self" } },
        { ask: ASK.dates, say: "Todo 2025", facts: { "records.from": "2025", "records.to": "2025" } },
        { ask: ASK.insurer, say: "No sé" },
        {
          ask: ASK.records,
          say: "Resultados de laboratorio y radiografías",
          facts: { "records.kinds": ["test_results", "imaging"] },
        },
        { ask: ASK.state, say: "Illinois", facts: { state: "IL" } },
      ],
      otherwise: ["No sé", "No tengo eso"],
    },
    letter: { say: "quiero la carta", confirm: "Sí, correcto" },
  },
  {
    id: "phoenix-vacunas-nino-escuela-lunes",
    description:
      "Una mamá necesita la cartilla de vacunas de su hijo de 6 años para la escuela el lunes; el hospital cambió de nombre.",
    lang: "es",
    channel: "sms",
    tags: ["immunizations", "caregiver", "urgent", "question", "long-name"],
    opening:
      "necesito la cartilla de vacunas de mi hijo para la escuela. se las pusieron en Valleywise Health en Phoenix, antes se llamaba Maricopa Integrated Health. el niño tiene 6 años",
    facts: {
      "records.kinds": ["immunizations"],
      purpose: "school",
      requester: "parent",
      "patient.isMinor": true,
      "patient.age": 6,
      state: "AZ",
      "provider.name": { oneOf: ["Valleywise Health", "Maricopa Integrated Health"] },
    },
    tolerate: ["provider.type"],
    respond: {
      rules: [
        {
          ask: ASK_MORE.patientName,
          say: "Mateo Álvarez Quintero, nació el 19/09/2020",
          facts: { "patient.name": "Mateo Álvarez Quintero", "patient.dateOfBirth": "2020-09-19" },
        },
        {
          ask: ASK_MORE.requesterName,
          say: "Griselda Quintero, soy su mamá",
          facts: { "representative.name": "Griselda Quintero" },
        },
        { ask: ASK.provider, say: "Valleywise Health", facts: { "provider.name": "Valleywise Health" } },
        {
          ask: ASK.nameDob,
          say: "Mateo Álvarez Quintero, 19/09/2020",
          facts: { "patient.name": "Mateo Álvarez Quintero", "patient.dateOfBirth": "2020-09-19" },
        },
        { ask: ASK_MORE.age, say: "6 años", facts: { "patient.age": 6 } },
        {
          ask: ASK_MORE.emailEs,
          say: "gris.quintero@gmail.com",
          facts: { "representative.email": "gris.quintero@gmail.com" },
        },
        { ask: ASK.deadline, say: "el lunes", facts: { neededBy: "2026-11-30" } },
        { ask: ASK.delivery, say: "por email", facts: { delivery: "email", format: "electronic" } },
        { ask: ASK.purpose, say: "para la escuela", facts: { purpose: "school" } },
        { ask: ASK_MORE.requester, say: "mi hijo, soy su mamá", facts: { requester: "parent" } },
        { ask: ASK.insurer, say: "no sé" },
        { ask: ASK.records, say: "las vacunas", facts: { "records.kinds": ["immunizations"] } },
        { ask: ASK.state, say: "Arizona", facts: { state: "AZ" } },
      ],
      otherwise: ["no sé", "lo que sea más rápido"],
      plan: [
        {
          at: 2,
          say: "¿cuánto tardan? la escuela lo pide para el lunes",
          facts: { neededBy: "2026-11-30" },
          mustAnswer: ANSWER_MORE.registryFast,
        },
      ],
    },
  },
  {
    id: "los-angeles-esposo-fallecido",
    description:
      "Su esposo murió en septiembre en LAC+USC; quiere el expediente de la última hospitalización para saber qué pasó y no sabe si tiene derecho.",
    lang: "es",
    channel: "web",
    tags: ["grief", "caregiver", "question", "run-on"],
    opening:
      "Mi esposo falleció en septiembre en el hospital LAC+USC de Los Ángeles. Quiero su expediente de la última hospitalización porque necesito saber qué pasó. No sé si tengo derecho a pedirlo.",
    facts: {
      "patient.isDeceased": true,
      requester: { oneOf: ["other", "personal_representative"] },
      "provider.name": { oneOf: ["LAC+USC", "hospital LAC+USC", "LAC+USC de Los Ángeles"] },
      "provider.type": "hospital",
      state: "CA",
      "records.kinds": [{ oneOf: ["full_chart", "visit_notes"] }],
      purpose: { oneOf: ["personal", "other"] },
    },
    tolerate: ["records.from", "records.to"],
    openingMustAnswer: [ANSWER.condolence],
    respond: {
      rules: [
        {
          ask: ASK_MORE.patientName,
          say: "Se llamaba Rigoberto Salinas Cruz, nació el 5 de mayo de 1958",
          facts: { "patient.name": "Rigoberto Salinas Cruz", "patient.dateOfBirth": "1958-05-05" },
        },
        {
          ask: ASK_MORE.requesterName,
          say: "María de los Ángeles Salinas",
          facts: { "representative.name": "María de los Ángeles Salinas" },
        },
        { ask: ASK.provider, say: "LAC+USC", facts: { "provider.name": "LAC+USC" } },
        {
          ask: ASK.nameDob,
          say: "Rigoberto Salinas Cruz, 5 de mayo de 1958",
          facts: { "patient.name": "Rigoberto Salinas Cruz", "patient.dateOfBirth": "1958-05-05" },
        },
        {
          ask: ASK_MORE.requester,
          say: "Soy su esposa. Todavía no hay albacea.",
          facts: { requester: { oneOf: ["other", "personal_representative"] } },
        },
        {
          ask: ASK.address,
          say: "1320 N Soto St, Los Angeles CA 90033",
          facts: { "representative.address": "1320 N Soto St, Los Angeles CA 90033" },
        },
        {
          ask: ASK.delivery,
          say: "En papel, por correo postal a mi casa",
          facts: { delivery: "mail", format: "paper" },
        },
        { ask: ASK.open, say: "Sí", facts: { "provider.status": "open" } },
        {
          ask: ASK.purpose,
          say: "Quiero saber qué pasó",
          facts: { purpose: { oneOf: ["personal", "other"] } },
        },
        {
          ask: ASK.dates,
          say: "Del 2 al 21 de septiembre de 2026",
          facts: { "records.from": "2026-09-02", "records.to": "2026-09-21" },
        },
        { ask: ASK.insurer, say: "No sé" },
        {
          ask: ASK.records,
          say: "Todo de esa hospitalización",
          facts: { "records.kinds": [{ oneOf: ["full_chart", "visit_notes"] }] },
        },
        { ask: ASK.state, say: "California", facts: { state: "CA" } },
      ],
      otherwise: ["No sé", "Perdón, no sé"],
      plan: [{ at: 3, say: "¿Qué papeles necesito para que me los den?", mustAnswer: ANSWER.proofOfAuthorityEs }],
    },
    letter: { say: "Hágame la carta, por favor", confirm: "Sí, todo bien" },
  },
  {
    id: "miami-spanglish-portal-bloqueado-endocrino",
    description:
      "Bloqueada del portal de Baptist Health South Florida por poner mal el password; necesita sus lab results para el endocrinólogo el 4 de diciembre.",
    lang: "es",
    channel: "web",
    tags: ["spanglish", "portal-lockout", "urgent", "several-facts"],
    opening:
      "Hi, necesito mis lab results de Baptist Health South Florida pero me bloquearon del portal, puse el password mal muchas veces. Estoy en Miami. Los necesito para mi cita con el endocrinólogo el 4 de diciembre",
    facts: {
      "provider.name": "Baptist Health South Florida",
      state: "FL",
      "provider.portal": "no_access",
      "records.kinds": ["test_results"],
      neededBy: "2026-12-04",
      purpose: "continuing_care",
      requester: "self",
    },
    tolerate: ["provider.type"],
    respond: {
      rules: [
        {
          ask: ASK.provider,
          say: "Baptist Health South Florida",
          facts: { "provider.name": "Baptist Health South Florida" },
        },
        {
          ask: ASK.nameDob,
          say: "Yamilet Fonseca, 30/01/1988",
          facts: { "patient.name": "Yamilet Fonseca", "patient.dateOfBirth": "1988-01-30" },
        },
        {
          ask: ASK_MORE.emailEs,
          say: "yami.fonseca88@icloud.com",
          facts: { "patient.email": "yami.fonseca88@icloud.com" },
        },
        { ask: ASK.recipient, say: "no, a mí" },
        { ask: ASK.delivery, say: "email porfa", facts: { delivery: "email", format: "electronic" } },
        { ask: ASK.email, say: "yami.fonseca88@icloud.com", facts: { "patient.email": "yami.fonseca88@icloud.com" } },
        { ask: ASK.deadline, say: "el 4 de diciembre", facts: { neededBy: "2026-12-04" } },
        {
          ask: ASK.portal,
          say: "estoy locked out, no me deja entrar",
          facts: { "provider.portal": "no_access" },
        },
        { ask: ASK.open, say: "sí", facts: { "provider.status": "open" } },
        { ask: ASK.purpose, say: "para el endocrinólogo", facts: { purpose: "continuing_care" } },
        { ask: ASK_MORE.requester, say: "son míos", facts: { requester: "self" } },
        { ask: ASK.dates, say: "todo este año 2026", facts: { "records.from": "2026", "records.to": "2026" } },
        { ask: ASK.insurer, say: "no sé" },
        {
          ask: ASK.records,
          say: "los lab results, la sangre y la tiroides",
          facts: { "records.kinds": ["test_results"] },
        },
        { ask: ASK.state, say: "Florida, Miami", facts: { state: "FL" } },
      ],
      otherwise: ["no sé", "ni idea"],
    },
    letter: { say: "ok hazme la carta", confirm: "sí" },
  },
  {
    id: "bronx-dentista-robot-privado",
    description:
      "Pregunta si habla con una persona o un robot y si esto es privado; sus récords dentales van a una clínica nueva por fax.",
    lang: "es",
    channel: "sms",
    tags: ["question", "recipient", "record-kinds"],
    opening:
      "¿Usted es una persona real o un robot? ¿Esto es privado? Necesito mis récords de la Clínica Dental Sonrisas del Bronx porque me voy a atender en otra clínica.",
    facts: {
      "provider.name": "Clínica Dental Sonrisas del Bronx",
      "provider.type": "dental",
      state: "NY",
      "records.kinds": ["dental", { maybe: "imaging" }],
      purpose: "continuing_care",
      requester: "self",
    },
    openingMustAnswer: [ANSWER.realPerson, ANSWER.safe],
    respond: {
      rules: [
        {
          ask: ASK.provider,
          say: "Clínica Dental Sonrisas del Bronx",
          facts: { "provider.name": "Clínica Dental Sonrisas del Bronx" },
        },
        {
          ask: ASK.nameDob,
          say: "Ana Lucía Peralta, 12/28/1990",
          facts: { "patient.name": "Ana Lucía Peralta", "patient.dateOfBirth": "1990-12-28" },
        },
        {
          ask: ASK.recipientAddress,
          say: "el fax es 212-555-0119",
          facts: { "recipient.fax": "212-555-0119" },
        },
        {
          ask: ASK.recipient,
          say: "a la clínica nueva, Dental Care of Washington Heights",
          facts: { "recipient.name": "Dental Care of Washington Heights", delivery: "third_party" },
        },
        {
          ask: ASK.delivery,
          say: "que los manden directo a Dental Care of Washington Heights",
          facts: { "recipient.name": "Dental Care of Washington Heights", delivery: "third_party" },
        },
        { ask: ASK.open, say: "sí, sigue abierta", facts: { "provider.status": "open" } },
        { ask: ASK.purpose, say: "me voy a atender en otra clínica", facts: { purpose: "continuing_care" } },
        { ask: ASK_MORE.requester, say: "para mí", facts: { requester: "self" } },
        { ask: ASK.dates, say: "de 2019 a 2025", facts: { "records.from": "2019", "records.to": "2025" } },
        { ask: ASK.insurer, say: "no sé" },
        {
          ask: ASK.records,
          say: "todo, las radiografías y el historial",
          facts: { "records.kinds": ["dental", { maybe: "imaging" }, { maybe: "full_chart" }] },
        },
        { ask: ASK.state, say: "Nueva York, el Bronx", facts: { state: "NY" } },
      ],
      otherwise: ["no sé", "no estoy segura"],
    },
    letter: { say: "sí, por favor", confirm: "sí" },
  },
  {
    id: "dallas-parkland-trasplante-martes-typos",
    description:
      "Con faltas de ortografía y prisa: la evaluación para un trasplante de riñón es el martes y el nefrólogo necesita sus laboratorios y el ultrasonido de Parkland, mandados directo a él.",
    lang: "es",
    channel: "sms",
    tags: ["typos", "urgent", "spanglish", "recipient", "question", "record-kinds", "long-name"],
    opening:
      "urgente!! tengo cita con el nefrologo el martes para la evaluasion del transplante y nesesita mis labs y el ultrasonido de los riñones del Parkland hospital de dallas. me los pueden mandar directo a el??",
    facts: {
      neededBy: "2026-12-01",
      "records.kinds": ["test_results", "imaging"],
      "provider.name": { oneOf: ["Parkland", "Parkland hospital", "Parkland Hospital"] },
      "provider.type": "hospital",
      state: "TX",
      purpose: "continuing_care",
      delivery: "third_party",
      requester: "self",
    },
    respond: {
      rules: [
        { ask: ASK.provider, say: "Parkland", facts: { "provider.name": "Parkland" } },
        {
          ask: ASK.nameDob,
          say: "Luis Ángel Barrientos, 25 oct 1983",
          facts: { "patient.name": "Luis Ángel Barrientos", "patient.dateOfBirth": "1983-10-25" },
        },
        {
          ask: ASK.recipientAddress,
          say: "fax 214-555-0163",
          facts: { "recipient.fax": "214-555-0163" },
        },
        {
          ask: ASK.recipient,
          say: "al Dr. Chidi Okafor del UT Southwestern Kidney Transplant Program",
          facts: {
            "recipient.name": {
              oneOf: [
                "Dr. Chidi Okafor del UT Southwestern Kidney Transplant Program",
                "Dr. Chidi Okafor",
                "UT Southwestern Kidney Transplant Program",
              ],
            },
            delivery: "third_party",
          },
        },
        {
          ask: ASK.delivery,
          say: "directo al nefrologo, Dr. Chidi Okafor del UT Southwestern Kidney Transplant Program",
          facts: {
            "recipient.name": {
              oneOf: [
                "Dr. Chidi Okafor del UT Southwestern Kidney Transplant Program",
                "Dr. Chidi Okafor",
                "UT Southwestern Kidney Transplant Program",
              ],
            },
            delivery: "third_party",
          },
        },
        { ask: ASK.deadline, say: "el martes!!", facts: { neededBy: "2026-12-01" } },
        { ask: ASK.open, say: "si", facts: { "provider.status": "open" } },
        { ask: ASK.purpose, say: "para el transplante", facts: { purpose: "continuing_care" } },
        { ask: ASK_MORE.requester, say: "yo", facts: { requester: "self" } },
        {
          ask: ASK.dates,
          say: "del 2025 para aca",
          facts: { "records.from": "2025" },
        },
        { ask: ASK.insurer, say: "no se" },
        {
          ask: ASK.records,
          say: "los labs y el ultrasonido",
          facts: { "records.kinds": ["test_results", "imaging"] },
        },
        { ask: ASK.state, say: "texas", facts: { state: "TX" } },
      ],
      otherwise: ["no se", "ayuda porfa"],
      plan: [{ at: 2, say: "cuanto se tardan??", mustAnswer: ANSWER.howLong }],
    },
    letter: { say: "mandame la carta ya", confirm: "si" },
    tolerate: ["records.to"],
  },
];
