// Spanish: the words patients use, mapped to the same Intake values as en.ts. Folded text: no
// accents ("radiografías" → "radiografias", "años" → "anos"). Order is priority.
import type { Intent } from "../../conversation/guide/extract.js";
import type { Intake, RecordKind, StateCode } from "../../domain/intake.js";
import type { Lexicon, Table } from "./lexicon.js";

type Provider = NonNullable<Intake["provider"]>;
type Plan = NonNullable<NonNullable<Intake["insurer"]>["plan"]>;
type Outcome = NonNullable<NonNullable<Intake["priorRequest"]>["outcome"]>;
type Requester = NonNullable<Intake["requester"]>;

/** Two of these (or one with an accent or ¿ ¡ ñ) make a message Spanish; "ayuda" and "borrar" are SMS keywords too. */
const MARKERS =
  "necesito|mis|mi|expedientes?|registros|historial|vacunas|hijo|hija|radiografias|tejas|nueva york|hace|semanas|negaron|para|del|los|las|que|por|favor|hola|gracias|medico|medica|quiero|tengo|mande|solicitud|ano|anos|pasado|doctora|mama|papa|esposo|esposa|cuando|donde|como|una|uno|pero|con|nada|es|si|seguro|trabajo|cita|clinica|recoger|correo|fallecio|murio|ayuda|copias|desde|hasta|dias|meses|nuevo|nueva|llamo|nombre|nacio|fecha|nacimiento|el|la|y|de|en|puedo|entrar|al|tienen|tiene|se|lo|le|les|su|sus|yo|ella|hay|esta|estoy|cuanto|cobrar|pueden|empezar|escribame|carta|nos|borrar";

/** "un"/"una" ("a") and "once" (11, but English "once") are left out: they would turn vague words into counts. */
// biome-ignore format: a data table reads best in rows
const NUMBERS: Record<string, number> = {
  dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, doce: 12,
  quince: 15, veinte: 20,
};

// biome-ignore format: a data table reads best in rows
const MONTHS: Record<string, number> = {
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9,
  setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
};

// biome-ignore format: a data table reads best in rows
const STATE_NAMES: Table<StateCode> = [
  ["WV", "virginia occidental"], ["NY", "nueva york"], ["NJ", "nueva jersey"], ["NM", "nuevo mexico"],
  ["NC", "carolina del norte"], ["SC", "carolina del sur"], ["ND", "dakota del norte"],
  ["SD", "dakota del sur"], ["TX", "tejas"], ["LA", "luisiana"], ["MO", "misuri"], ["PA", "pensilvania"],
  ["MS", "misisipi"], ["HI", "hawai"], ["WA", "estado de washington"], ["DC", "distrito de columbia"],
  ["PR", "puerto rico"],
];

const ROLES: Table<Requester> = [
  ["executor", "albacea|ejecutor(?:a)? (?:del|de la) (?:testamento|herencia|patrimonio)"],
  ["guardian", "tutor(?:a)? legal|tengo la tutela|custodia legal"],
  ["personal_representative", "poder notarial|poder legal|poder medico|carta poder"],
  ["parent", "soy (?:su|la|el) (?:mama|madre|papa|padre)"],
];
const CHILD = "hijo|hija|nino|nina|bebe|hijastro|hijastra|nene|nena";
const RELATIVE =
  "mama|madre|papa|padre|esposo|esposa|marido|abuela|abuelo|hermano|hermana|tia|tio|pareja|suegra|suegro|nieto|nieta";
/** Someone other than the patient or a family word we know: "son de un familiar". */
const OTHER = "(?:son )?de (?:un|una) (?:familiar|pariente)|de otra persona";
/** The patient speaking of their own records or care; a family word anywhere wins over these. */
const SELF =
  "para mi(?= *[.,!?]|$)|mios|mias|mis propios (?:registros|expedientes)|soy (?:el|la) paciente|son mios|mis (?:[a-z]+ ){0,2}?(?:expedientes|registros|records|recors|resultados|analisis|papeles|vacunas|radiografias|notas|historial|labs|citas|estudios|examenes)|mi (?:propio )?(?:expediente|historial|record|registro)|me (?:hicieron|atendieron|operaron|internaron)|estuve (?:internad[oa]|hospitalizad[oa])|fui (?:a|al) (?:la |el )?(?:clinica|hospital|doctor|medico|consultorio|dentista|laboratorio)";
const MINOR = "bebe|menor de edad|menor|recien nacid[oa]|kinder|guarderia|primaria|secundaria";
const DEATH = "fallecio|murio|fallecid[oa]|difunt[oa]|muert[oa]";
const DOCTOR = "doctor(?:a)?|medic[oa]|dr\\.?|dra\\.?|dentista|pediatra|terapeuta";

const RECORD_WORDS: Table<RecordKind> = [
  [
    "full_chart",
    "todo el (?:expediente|historial)|(?:expediente|historial)(?: medico)? complet[oa]|todos (?:mis|sus|los) (?:expedientes|registros)|todo mi (?:expediente|historial)|historia clinica completa",
  ],
  ["psychotherapy_notes", "notas de (?:terapia|psicoterapia|mi terapeuta)"],
  ["substance_use", "adiccion|desintoxicacion|tratamiento (?:de|por) (?:drogas|alcohol)"],
  ["mental_health", "salud mental|psiquiatric[oa]s?|(?:expediente|notas|registros) (?:de mi |del |de su )psiquiatra"],
  ["immunizations", "vacunas?|vacunacion|inmunizaciones|cartilla de vacunacion"],
  [
    "imaging",
    "radiografias?|rayos x|resonancias?(?: magneticas?)?|tomografias?|ultrasonidos?|ecografias?|mamografias?|imagenes",
  ],
  [
    "test_results",
    "analisis(?: de sangre)?|laboratorios|resultados(?: de laboratorio)?|pruebas de sangre|examenes de sangre",
  ],
  [
    "visit_notes",
    "notas(?: medicas| del doctor| de consulta)?|resumen de alta|(?:reporte|informe|notas) (?:de la |del )?(?:operacion|cirugia)|(?:la|mi|su) operacion|(?:reporte|informe|notas) de (?:la )?(?:sala de )?(?:emergencias?|urgencias)|(?:historial|registro|lista) de (?:mis |sus |todas mis |todas sus |las )?(?:citas|consultas)|(?:mis|sus|las) (?:citas|consultas)(?: medicas)?|control(?:es)? prenatal(?:es)?|(?:el|del|mi|su) parto",
  ],
  ["medications", "lista de medicamentos|medicamentos|medicinas|recetas"],
  ["billing", "facturas?|cobros"],
  ["claims", "reclamos|reclamaciones"],
  ["dental", "(?:registros|expedientes|radiografias) dentales|dientes"],
];

const PROVIDER_TYPES: Table<NonNullable<Provider["type"]>> = [
  ["imaging_center", "centro de (?:imagenes|radiologia)"],
  ["lab", "el laboratorio|un laboratorio"],
  ["behavioral_health", "psiquiatra|psicolog[oa]|terapeuta|consejer[oa]"],
  ["dental", "dentista|clinica dental|ortodoncista"],
  ["pharmacy", "farmacia"],
  ["specialist", "especialista|cardiologo|dermatologo|ortopedista|oncologo|neurologo|cirujano|ginecologo"],
  ["physician_practice", "consultorio|medico de cabecera|medico familiar|pediatra"],
  ["clinic", "clinica"],
  ["hospital", "hospital(?:es)?|sala de emergencias|emergencias|urgencias"],
];

/** The kind of provider a Spanish name says: "Clínica …", "Laboratorio …". */
const NAME_TYPES: Table<NonNullable<Provider["type"]>> = [
  ["imaging_center", "centro de (?:imagenes|radiologia)"],
  ["lab", "laboratorio"],
  ["pharmacy", "farmacia"],
  ["hospital", "hospital"],
  ["physician_practice", "consultorio"],
  ["clinic", "clinica|centro de salud"],
];

const PROVIDER_STATUS: Table<NonNullable<Provider["status"]>> = [
  [
    "merged",
    "(?:lo|la) compro|compr(?:o|aron) (?:el|la) (?:consultorio|clinica|practica)|fue comprad[oa]|se fusiono|ahora es parte de",
  ],
  ["retired", "se jubilo|jubilad[oa]|se retiro|retirad[oa]"],
  ["bankrupt", "quebro|en quiebra|se declaro en quiebra|bancarrota"],
  ["closed", "cerro|cerraron|ya no existe|esta cerrad[oa]"],
  [
    "open",
    "sigue abiert[oa]|(?:todavia|aun) (?:esta )?abiert[oa]|(?:sigue|todavia esta|aun esta) (?:ahi|funcionando|trabajando)|(?:todavia|aun) existe",
  ],
];

const PORTAL: Table<NonNullable<Provider["portal"]>> = [
  ["none", "no (?:tienen|tiene|hay) (?:un )?portal|no tienen uno|no tiene uno"],
  [
    "no_access",
    "no puedo (?:entrar|iniciar sesion|acceder)|olvide (?:mi )?contrasena|no tengo (?:cuenta|usuario)|no se (?:usar|como entrar|entrar)|se bloqueo mi cuenta|me bloquearon",
  ],
  ["active", "tengo (?:acceso al )?portal|uso (?:el portal|mychart)|puedo entrar"],
];

const PLANS: Table<Plan> = [
  ["none", "no tengo seguro|sin seguro"],
  ["unknown", "no se (?:que|cual) seguro"],
  ["marketplace", "mercado de seguros"],
  ["employer", "seguro (?:por|de|del) (?:mi |su )?trabajo|(?:es|viene) del trabajo|seguro de la empresa"],
  ["va", "veteranos"],
];

const PURPOSES: Table<NonNullable<Intake["purpose"]>> = [
  ["second_opinion", "segunda opinion"],
  ["legal", "abogad[oa]|demanda|caso legal|juicio|la corte"],
  ["disability", "discapacidad|incapacidad|seguro social"],
  ["school", "escuela|colegio|campamento|guarderia|universidad|kinder"],
  ["travel", "viaje|viajar|extranjero"],
  ["insurance", "seguro de vida"],
  [
    "continuing_care",
    "(?:doctor|doctora|medico|medica|cirujan[oa]|especialista|dentista|pediatra)e?s? nuev[oa]s?|nuev[oa]s? (?:doctor|doctora|medico|medica|cirujan[oa]|especialista|dentista|pediatra)e?s?|cambiar de (?:doctor|medico)|para (?:la|mi|su) (?:cirugia|operacion)(?! de| del| en)",
  ],
  ["personal", "para mis archivos|uso personal"],
];

const FORMATS: Table<NonNullable<Intake["format"]>> = [
  ["paper", "en papel|impres[oa]s|copias fisicas|copias en papel"],
  ["electronic", "electronic[oa]s?|digital(?:es)?|en pdf|en un (?:cd|usb)"],
];

const DELIVERY: Table<NonNullable<Intake["delivery"]>> = [
  [
    "third_party",
    "(?:envi|mand)[a-z]* (?:(?:mis|sus|los|las|todos mis|todos los) (?:expedientes|papeles|records|registros|resultados|estudios) )?(?:directamente )?a (?:mi |su |el |la )?(?:nuev[oa] )?(?:doctor|doctora|medico|medica|abogad[oa]|especialista|escuela|dentista|cirujan[oa]|pediatra)",
  ],
  ["email", "(?:por|al|a mi) (?:correo electronico|email|e-mail|correo electronico)"],
  ["fax", "por fax"],
  ["pickup", "(?:pasar a |ir a )?recoger(?:los|las)?|en persona"],
  // Donde deben llegar, no donde el paciente vio algo ("los vi en el portal").
  [
    "portal",
    "(?:mand|envi|sub|pon|dej|compart|pong|quiero)[a-z]* (?:[a-z]+ )?(?:por|en|al) el portal|(?<!(?:entrar|entro|ver|vi|veo|revise|reviso) )por el portal",
  ],
  ["mail", "por correo(?: postal)?(?! electronico)|a mi casa"],
];

const REQUEST_VERBS = "mande|envie|pedi|solicite|hice (?:una|la) solicitud|llame|mandamos|enviamos|pedimos";

const OUTCOMES: Table<Outcome> = [
  [
    "denied",
    "(?:me|nos|lo|la|los|las|se) (?:lo |la |los |las )?negaron|se negaron|rechazaron|no (?:me |nos )?(?:lo |la |los |las )?quiere(?:n)? (?:dar|entregar|mandar|enviar)|no quisieron",
  ],
  ["fee_dispute", "(?:me |nos )?quieren cobrar(?:me|nos)?|me cobran|muy caro|me (?:pidieron|cobraron) \\$ ?\\d+"],
  ["partial", "solo (?:me |nos )?(?:mandaron|dieron|enviaron) (?:una )?parte|incomplet[oa]s?|faltan"],
  [
    "received",
    "(?<!(?:no|nunca|cuando|si) )(?:me|nos) (?:los|las) (?:dieron|mandaron|enviaron)(?! (?:menos|excepto|pero))|ya los tengo",
  ],
  [
    "no_response",
    "y nada|no (?:me |nos )?(?:han )?(?:respondido|contestado)|no (?:me |nos )?(?:han )?(?:mandado|enviado|dado) nada|(?:todavia|aun) nada|nada todavia|nadie (?:me |nos )?(?:respondio|contesto|responde|contesta|llama|ha (?:respondido|contestado|llamado))|sin respuesta|nunca (?:me |nos )?(?:respondieron|contestaron)",
  ],
  ["pending", "sigo esperando|estoy esperando|en proceso"],
];

const INTENTS: Table<Intent> = [
  ["delete", "borr(?:ar|a|en) (?:mis|los|todos mis) (?:datos|informacion)"],
  ["restart", "empezar de nuevo|volver a empezar|comenzar de nuevo"],
  [
    "teen_private",
    "sin que (?:mis |mi )?(?:papas|padres|papa|mama|familia)(?: se)? (?:enteren|entere|sepan|sepa|vean|vea)|sin que (?:se enteren|lo sepan|sepan) mis (?:papas|padres)|(?:ocultar|esconder)(?:lo|los)? (?:de|a) mis (?:papas|padres)",
  ],
  [
    "draft",
    "(?:redact|escrib|prepar|hac|haz|hag)[a-z]* (?:la|una|mi) (?:carta|solicitud)|quiero (?:la|una|mi) carta|^(?:si,? )?(?:la|una) carta(?: por favor| porfa| pls)?[.!]*$",
  ],
  ["rights_fees", "cuanto (?:me )?(?:pueden cobrar|cuesta|cobran)|es gratis|(?:pueden|puede) cobrar"],
  ["rights_deadline", "cuanto tiempo (?:tienen|tardan)|cuantos dias"],
  ["correction", "en realidad|quise decir|perdon,? (?:es|no)|me equivoque|no es [a-z]+, es"],
  ["greeting", "^(?:hola|buen(?:os|as) (?:dias|tardes|noches))"],
  ["thanks", "gracias"],
  ["unsure", "no (?:lo )?se|no estoy segur[oa]|ni idea|no me acuerdo|no (?:lo )?recuerdo"],
  // Pedidos de la carta, y las preguntas del paciente: la guía responde cada una antes de su siguiente
  // pregunta (src/conversation/guide/answers.ts).
  [
    "draft",
    "(?:haz|hazme|hagame|hagamela|escribe|escribeme|escribame|redacta|redactame|redacteme|prepara|preparame|prepareme) (?:la|una|mi|esa) (?:carta|solicitud)|(?:quiero|necesito|dame|deme|mandame|mandeme) (?:la|una|mi) carta|(?:si|ok|dale|claro),? (?:hazla|hagala|escribela|escribala|preparala|preparela)",
  ],
  [
    "rights_fees",
    "cuanto (?:me )?(?:va|van) a (?:costar|cobrar)|tengo que pagar|cuanto cuesta|cuesta algo|cobran algo|(?:es|sera) gratis|cuanto (?:me )?(?:costaria|cobrarian)|(?:me |nos |le |les )?(?:va|van|vayan|iran) a cobrar|(?:me |nos )?cobran (?:algo|por|las copias)|cobrar(?:me|nos)? algo|hay (?:algun |que pagar )?(?:costo|cargo|cobro|pago)|(?:tiene|tendra) (?:algun )?costo|cuesta (?:dinero|mucho)|hay que pagar|sale caro|cuanto (?:sale|es|cobran)(?= *[?]|$)|me cobran(?= *[?]|$)",
  ],
  [
    "rights_deadline",
    "cuanto (?:tiempo )?(?:se )?(?:tardan|tarda|demoran|demora|tardaran)|se tardan|(?:va|van) a tardar|cuando (?:me )?(?:los|las|lo|la) (?:mandan|envian|dan|van a mandar)|a tiempo|en cuanto tiempo|cuantas semanas|(?:cuando|para cuando) (?:llegan|me llegan|los tendre|las tendre|estaran listos)",
  ],
  [
    "asks_unpaid_bill",
    "porque (?:les |le )?debo|(?:hasta|sin) que (?:les |le )?pague|(?:les |le )?debo (?:dinero|una factura|la cuenta|un saldo)|(?:factura|cuenta|saldo) (?:pendiente|sin pagar)",
  ],
  [
    "asks_complaint",
    "(?:poner|presentar|hacer|levantar|pongo|presento|hago) (?:una )?queja|quejarme|denunciar(?:los|lo)?|reportar(?:los|lo)?",
  ],
  [
    "asks_parents_see",
    "(?:pueden|puede|podran|podria|van a) (?:ver|saber|enterarse)(?: de)? (?:mis |esto|eso)?(?:papas|padres|mama|papa)?|(?:mis )?(?:papas|padres) (?:pueden|puede|podran|van a) (?:ver|saber|enterarse)|(?:ellos|ellas) (?:pueden|podran) ver",
  ],
  [
    "asks_human",
    "(?:eres|es usted|esto es|es esto) (?:una |un )?(?:persona|humano|robot|bot|maquina|inteligencia artificial|ia|chatbot|programa)|persona (?:real|de verdad)|(?:hablar|hablando|chateando|escribiendo) con (?:una persona|alguien|un humano|un robot|una maquina|un bot|un programa)|hay (?:alguien|una persona) (?:ahi|real|de verdad)|(?:^|[¿¡] *)(?:es|eres) (?:un |una )?(?:bot|robot|ia|maquina|chatbot|programa)",
  ],
  [
    "asks_why_dob",
    "(?:por que|para que) (?:me )?(?:necesita|necesitan|quiere|quieren|pide|piden|ocupa|ocupan) (?:mi|su|la) (?:fecha de nacimiento|nombre|informacion|direccion|telefono)",
  ],
  [
    "asks_safety",
    "es seguro|(?:estan|esta) seguros? (?:mis|sus) datos|quien (?:puede|va a) ver (?:mis|esto|sus)|(?:guardan|venden|comparten) mis datos|(?:mis|sus) datos (?:estan|son|quedan|van a estar) (?:seguros|protegidos|privados)|(?:es|esto es) (?:privado|confidencial)|quien (?:mas )?(?:puede|va a|podra|podria) (?:ver|leer)|(?:donde|como) (?:guardan|quedan|se guardan|usan) (?:mis )?datos|privacidad|alguien (?:mas )?(?:va a|puede|podra|podria) ver|(?:guardan|graban|almacenan|registran) (?:lo que|mis|esto|esta)",
  ],
  [
    "asks_medical",
    "(?:es|sera|puede ser) cancer|(?:usted )?cree que (?:es|sea|tengo|tenga)|que (?:significa|quiere decir) (?:el|la|mi|mis|este|esta|esto|eso) ?(?:resultado|resultados|biopsia|estudio)?|(?:es|sera) grave|debo preocuparme",
  ],
  [
    "asks_proof",
    "(?:que|cuales) (?:papeles|documentos|pruebas) (?:necesito|ocupo|tengo que|me piden|debo)|(?:tengo|necesito) que (?:probar|demostrar|mostrar|comprobar)|para (?:probar|demostrar|comprobar) que soy",
  ],
  ["asks_allowed", "(?:es|eso es|esto es) legal|(?:pueden|puede) hacer (?:eso|esto)|tienen derecho a"],
  [
    "asks_how_to_send",
    "como (?:la|lo) (?:envio|mando|entrego)|(?:a )?donde (?:la|lo) (?:envio|mando|llevo)|como (?:envio|mando) la carta",
  ],
  [
    "asks_from_insurer",
    "(?:pedirlo|pedirla|pedirlos|sacarlo|sacarla|conseguirlo|conseguirla) (?:a|de|con|por) (?:mi |el )?(?:seguro|aseguradora|plan)|(?:mi |el )?(?:seguro|aseguradora|plan) (?:lo |la |los )?(?:tiene|tienen|da|dan)",
  ],
  ["another_letter", "otra carta|una carta (?:nueva|para otro|para otra)"],
  [
    "upset",
    "ridiculo|estoy hart[oa]|hart[oa] de|que coraje|estoy (?:muy )?(?:enojad[oa]|molest[oa]|frustrad[oa])|nadie (?:me )?(?:ayuda|contesta|hace caso)|es el colmo",
  ],
];

const YES = "^(?:si|sip|claro|correcto|asi es|por supuesto|exacto|vale|creo que si)(?![\\w'])";

export const es: Lexicon = {
  markers: MARKERS,
  letters: /[áéíóúñ¿¡]/i,
  numbers: NUMBERS,
  months: MONTHS,
  dayFirst: true,
  stateNames: STATE_NAMES,
  roles: ROLES,
  child: CHILD,
  relative: RELATIVE,
  other: OTHER,
  self: SELF,
  minor: MINOR,
  death: DEATH,
  doctor: DOCTOR,
  recordWords: RECORD_WORDS,
  providerTypes: PROVIDER_TYPES,
  myDoctor: "mi (?:doctor|doctora|medico|medica)(?! nuevo| nueva)",
  nameTypes: NAME_TYPES,
  destinations:
    "(?:mi|su|un|una|el|la) nuev[oa] (?:doctor|doctora|medico|medica|cirujan[oa]|especialista|dentista|pediatra)|(?:doctor|doctora|medico|medica|cirujan[oa]|especialista|dentista|pediatra) nuev[oa]|segunda opinion (?:en|con)",
  providerStatus: PROVIDER_STATUS,
  portal: PORTAL,
  plans: PLANS,
  purposes: PURPOSES,
  formats: FORMATS,
  delivery: DELIVERY,
  requestVerbs: REQUEST_VERBS,
  outcomes: OUTCOMES,
  intents: INTENTS,
  toMe: "envienmelos a mi|a mi",
  somethingElse: "otro|otra|otra cosa",
  hereClinic: "(?:esta|su|la) clinica|este consultorio|(?:de )?aqui|de ustedes|con ustedes|ustedes",
  everything: "todo|todos|todo eso",
  reportWords: "(?:el|un|su|mi|ese|este) (?:reporte|informe)",
  visitAnswer: "(?:la |mi )?(?:sala de )?(?:emergencias?|urgencias)",
  only: "solo|solamente|unicamente",
  noDeadline: "no tengo prisa|no hay prisa",
  bodyRehab:
    "derrame(?: cerebral)?|embolia|infarto cerebral|lesion(?:es)?|lastim[eo]|accidente|cirugia|operacion|fractura|me quebre|me rompi|terapia (?:fisica|ocupacional|del habla|de lenguaje)|fisioterapia|rehabilitacion(?: fisica)?",
  personalAnswer:
    "para mi|para mi mism[oa]|(?:mis|para mis) (?:propios )?(?:archivos|registros|expedientes)|(?:para )?tenerlos|en (?:mi )?casa|personal",
  unanswered: "\\bno s[eé]\\b|no estoy segur[oa]|dejarlo en blanco",
  looksRight:
    "(?:esta|todo|estan|todos|todo esta) (?:bien|correcto|correctos|perfecto)|perfecto|adelante|dale|listo|de acuerdo|confirmo|hagala|^ya$",
  yes: YES,
  acknowledge: "ok|vale|bueno|esta bien|de acuerdo|entendido",
  sentenceStarters:
    "el|la|los|las|mi|mis|su|sus|es|son|fui|me|hola|gracias|si|pero|y|necesito|quiero|tengo|como|que|cuando|donde|en|de|del|por|para|yo|ella|el|ellos|no|ya|tambien|solo|hace|ayer|hoy|manana|porque|estoy|estaba|fue|era|hay|un|una",
  chatter: "si|vale|bueno|pues|gracias|porfa|porfavor|hola|ah|oh|este|oye|mira|jaja|ya",
  notNames:
    "yo|mi|mis|me|mio|mios|mia|mias|tu|usted|ustedes|que|como|cuando|donde|quien|cual|hazme|hagame|haga|hacer|haz|escribe|escriba|escribame|escribeme|redacta|redacte|carta|cartas|quiero|quiere|necesito|necesita|puede|puedes|puedo|favor|se|no|nada|nadie|ninguno|ninguna|eso|esto|luego|mande|manda|mandar|envie|envia|enviar|firmar|firmo|firma|tengo|tiene|esta|estoy|porque|pero|tambien|solo|sabe|se|expedientes|expediente|papeles|registros|fui|fue|estuve|estaba|apurate|apurese|apurale|rapido|espera|espere|sigue|siga|continua|continue|listo|lista|andale|imprime|imprima|mandala|mandamela|enviala|enviamela|ahorita|nose|equis|olvidalo|igual",
  genericPlaces:
    "el|la|los|las|un|una|unos|unas|pocos|pocas|otro|otros|otra|otras|hospitales|hospital|clinica|clinicas|consultorio|consultorios|laboratorio|farmacia|medico|medicos|doctor|doctores|centro|lugar|lugares|y|de|del|varios|varias|mas",
};
