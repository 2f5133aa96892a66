// What any reasonable records assistant would ask (matched against its question), and what a right
// answer to each patient question must contain. English and Spanish in one pattern each.

/** The assistant's question is about… (tried in each conversation's own order). */
export const ASK = {
  nameDob:
    /full (legal )?name|(your|the patient'?s?|his|her) (full )?name|name and (date of )?birth|date of birth|birth ?date|\bDOB\b|when (were you|was (he|she|the patient)) born|nombre|fecha de nacimiento|naci[óo]/i,
  officeAddress:
    /records office|(their|the office'?s?|the hospital'?s?|the clinic'?s?|the provider'?s?|the practice'?s?) (mailing )?(address|fax|e-?mail)|where (do|should) (i|you) send (it|the letter|the request)|direcci[óo]n (de la|del) (oficina|hospital|cl[íi]nica|consultorio)/i,
  recipientAddress:
    /(recipient'?s?|new doctor'?s?|surgeon'?s?|lawyer'?s?|attorney'?s?|(his|her) office'?s?) (address|fax|e-?mail)|where should (they|the records) (go|be sent)|(address|fax|e-?mail) (for|of) (the )?(recipient|new doctor|surgeon|lawyer|attorney)/i,
  address: /(mailing|home|postal|street) address|(?<!e-?mail )\baddress\b|direcci[óo]n(?! de correo)|domicilio/i,
  phone: /phone|tel[ée]fono|n[úu]mero (de tel|para llamar)/i,
  /** Put after `delivery` in a conversation's rules: "by mail or email?" is about delivery. */
  email: /e-?mail address|direcci[óo]n de correo|correo electr[óo]nico/i,
  priorDate:
    /when did you (send|ask|request|make|mail|submit)|what (date|day) did you|cu[áa]ndo (la |lo |los )?(envi[óo]|mand[óo]|pidi[óo]|solicit[óo]|hizo)/i,
  prior:
    /already (asked|requested|sent|tried|contacted)|asked (them|before)|(earlier|previous|first) request|have you (already )?(asked|requested|contacted|sent|tried)|ya (les )?(pidi[óo]|solicit[óo]|ha pedido|hab[íi]a pedido|envi[óo]|mand[óo])|solicitud anterior/i,
  deadline:
    /by when|when do you need|deadline|need (them|it|the records) by|how soon|para cu[áa]ndo|fecha l[íi]mite|qu[ée] tan pronto/i,
  portal: /portal|mychart|\bapp\b|online account|en l[íi]nea|cuenta en l[íi]nea/i,
  open: /still open|(has|did) (it|the (practice|office|clinic|doctor)) close|closed|retired|sigue abiert|todav[íi]a (est[áa] )?abiert|cerr[óo]|cerrad|jubil/i,
  insurer: /insur|health plan|coverage|medicare|medicaid|seguro m[ée]dico|aseguradora|cobertura|plan de salud/i,
  count: /how many|cu[áa]nt[oa]s/i,
  purpose:
    /what (are|is) (the|these|they|it) (records )?for\b|what do you need (them|it|the records) for|why do you need (the|these|them)|\bpurpose\b|para qu[ée]/i,
  recipient:
    /send (them|the records|it|a copy|the copies) (straight |directly )?to (someone|another|anyone|a new|your)|who should (get|receive)|\brecipient\b|a qui[ée]n (se )?(los |las |le )?(env[íi]an|mandan|deben|debemos)/i,
  delivery:
    /how (would|do) you (like|want|prefer)|paper or electronic|electronic or paper|\bformat\b|how should they send|by (mail|e-?mail)|c[óo]mo (quiere|prefiere|le gustar[íi]a)|papel o electr|electr[óo]nic/i,
  dates:
    /what dates|which dates|date range|dates? of|(when|what year|which years?) (was|were|did)|from when|what time period|qu[ée] fechas|de qu[ée] (fecha|a[ñn]o)|cu[áa]ndo (fue|fueron|lo|la|le)/i,
  records:
    /(which|what) (records|kind|kinds|type|types)|what do you need\b|qu[ée] (r[ée]cords|registros|expedientes|documentos|papeles|tipo)|cu[áa]les (r[ée]cords|registros|expedientes|documentos)/i,
  state:
    /\b(which|what) state\b|\bstate\b|in what city|which city|qu[ée] estado|\bestado\b|qu[ée] ciudad|\bwhere\b.*\b(care|treated|seen|located|live|happen)|d[óo]nde/i,
  provider:
    /(which|what) (doctor|hospital|provider|clinic|office|practice|lab|dentist|facility|place)|name of (the|your) (doctor|hospital|provider|clinic|office|practice|lab|facility)|who (has|holds|keeps|treated)|(qu[ée]|cu[áa]l) (m[ée]dico|doctor|hospital|cl[íi]nica|consultorio|proveedor|laboratorio)|nombre del (m[ée]dico|doctor|hospital|consultorio|proveedor|lugar|laboratorio)|qui[ée]n (tiene|le atendi[óo]|lo atendi[óo]|la atendi[óo])/i,
  requester:
    /who (is|are) (the|these) records for|for (you|yourself) or|are you the patient|your own (records)?|someone else|on (their|someone'?s) behalf|relationship to|para qui[ée]n|(es|eres) (usted )?(el|la) paciente|sus propios|otra persona/i,
} as const;

/** A right answer to the patient's question contains… */
export const ANSWER = {
  /** HIPAA: access may not be denied over an unpaid bill (OCR, right-of-access FAQ). */
  unpaidBill:
    /(may not|can ?not|can't|cannot|not allowed to|isn't allowed to|aren't allowed to|are not allowed to).{0,60}(withhold|refuse|deny|hold (back|onto)|keep)|no (pueden?|se puede|tienen derecho a).{0,60}(negar|retener|negarse|condicionar|quitar)/i,
  cost: /\$\s?\d|\bfees?\b|\bcosts?\b|\bcharge|\bfree\b|costo|cuesta|cobrar|tarifa|gratis|cargo/i,
  /** A fee quote: the cost-based fee rule, not a generic "it may cost". */
  feeRules: /cost-based|reasonable|labor|supplies|\$6\.50|flat fee|basad[oa] en (el )?costo|razonable/i,
  howLong: /\b\d+\s*(calendar |business |working )?days\b|\b\d+\s*d[íi]as|d[íi]as (h[áa]biles|naturales|calendario)/i,
  realPerson:
    /automat|not a (real |live )?(person|human)|computer program|\bbot\b|virtual assistant|asistente (autom[áa]tico|automatizado|virtual)|no soy una persona|un programa/i,
  whyDob:
    /(identify|match|find|locate|confirm).{0,40}(you|your (records|chart|file)|the (right|correct) (patient|person|records|chart)|the patient)|identificar|encontrar (su|sus) (expediente|registros|r[ée]cords)|confirmar (su|qui[ée]n)/i,
  safe: /encrypt|private|privacy|secure|securely|delete|erase|not (shared|share|sell)|cifrad|privad|segur|borrar|no (compart|vend)/i,
  /** A question about a diagnosis: a kind redirect to the people treating them. */
  careTeam:
    /(your|his|her|the) (doctor|care team|nurse|clinician|physician|ordering provider)|su (m[ée]dico|doctor|equipo)|equipo (m[ée]dico|de atenci[óo]n)/i,
  /** A minor asking whether parents can see their records: it depends, on state law and consent. */
  parentsSee:
    /parent|confidential|consent|state law|depends|padres|confidencial|consentimiento|ley (de su|del) estado/i,
  /** An adult on a parent's plan: the plan's statements (EOBs) can show visits; the records are theirs. */
  parentsSeeAdult: /parent|EOB|explanation of benefits|policyholder|confidential|privacy|your permission|authoriz/i,
  complaint: /complaint|Office for Civil Rights|\bOCR\b|queja|Oficina de Derechos Civiles/i,
  /** An earlier request that is overdue, partial or unanswered: the escalation comes first. */
  escalation:
    /follow.?up|overdue|deadline (has )?passed|past (the|their) deadline|complaint|\bOCR\b|seguimiento|plazo|queja/i,
  /** A denial on "harm" grounds is reviewable by another licensed professional (45 CFR 164.524(a)(3), (d)(4)). */
  denialReview:
    /review|appeal|licensed (health care )?professional|another (clinician|professional|doctor)|revisi[óo]n|revise/i,
  condolence:
    /sorry for your loss|so sorry|i'?m sorry|my condolences|condolences|lo siento mucho|lamento (mucho )?(su|tu) p[ée]rdida|sentido p[ée]same|p[ée]same/i,
  /** A closed or retired practice: a custodian holds the records; the state board can say who. */
  closedPractice:
    /medical board|board of (medicine|dentistry)|dental board|state board|custodian|took over|another (doctor|practice|dentist)|junta m[ée]dica/i,
  proofOfAuthority:
    /(copy|proof|bring|include|attach|send).{0,60}(power of attorney|POA|authority|letters? testamentary|letters of administration|guardianship|court order|paperwork|documents?)|(power of attorney|POA|letters? testamentary|guardianship|court order).{0,80}(copy|proof|attach|include)/i,
  proofOfAuthorityEs:
    /copia|prueba|documento|cartas? testamentarias?|albacea|certificado de defunci[óo]n|orden (del|de la) corte/i,
  /** Substance-use treatment records: 42 CFR Part 2 protects them; disclosure needs written consent. */
  partTwo: /42 CFR|Part 2|consent|confidential|protected|consentimiento/i,
  /** A parent's proof of being the parent. */
  parentProof: /parent|proof|\bID\b|identification|birth certificate|identity|guardian/i,
  /** "Can I get that from my insurance?": the plan's claims history. */
  fromInsurer: /claims|insurer|insurance company|health plan|\bEOB|explanation of benefits/i,
  /** "Will this be done in time?" for shots: the state registry can be fast. */
  registryFast: /registry|\bIIS\b|MIIC|\d+\s*days|today|right away|online/i,
} as const;
