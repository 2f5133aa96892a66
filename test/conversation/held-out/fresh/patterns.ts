// Questions and answers the fresh set needs beyond the shared ASK and ANSWER: a caregiver told apart
// from the patient, the date of a provider's answer, an age, and what the shared patterns only
// know in English.
import { ASK } from "../asks.js";

/** The assistant's question is about… */
export const ASK_MORE = {
  /** The patient's name or birth date when someone else is asking for them ("his name", "¿cómo se llama?"). */
  patientName:
    /\b(his|her|their|the patient'?s?|your (mom|mother|dad|father|son|daughter|husband|wife|child)'?s?) (full |legal |full legal )?(name|date of birth|birth ?date|DOB)\b|when was (he|she) born|\b(name|date of birth)\b[^?]*\bof the patient\b|nombre( completo)? (del paciente|de la paciente|de su (mam[áa]|madre|pap[áa]|padre|hijo|hija|esposo|esposa|ni[ñn]o))|c[óo]mo se llama(ba)? (su (mam[áa]|madre|pap[áa]|padre|hijo|hija|esposo|esposa|ni[ñn]o)|el paciente|la paciente)|naci[óo] (él|ella|el paciente|la paciente)/i,
  /** The requester's own name, when someone else is asking for the patient. */
  requesterName:
    /\byour (own )?(full )?name\b|\bname\b[^?]*\b(you|yourself)\b|who (are you|is asking|is making the request)|(su|tu) (propio )?nombre( completo)?\b(?![^?]*(paciente|mam[áa]|madre|pap[áa]|padre|hijo|hija|esposo|esposa|ni[ñn]o))|c[óo]mo se llama usted/i,
  /** The date of the provider's answer to an earlier request (a denial letter, a fee quote, a partial copy). */
  answeredOn:
    /when did (they|the (hospital|office|clinic|practice)) (answer|respond|reply|send|deny|write)|when did you (get|receive|hear)|(date|dated) (of|on) (the|their|that) (denial|letter|bill|quote|invoice|answer|reply)|when (was|is) (the|their|that) (denial|letter|bill|quote|invoice|answer|reply)|cu[áa]ndo (le )?(respondieron|contestaron|lleg[óo]|recibi[óo])/i,
  /** Who the records are for, with the Spanish "¿De quién son los expedientes?" the shared pattern lacks. */
  requester: new RegExp(`${ASK.requester.source}|de qui[ée]n (son|es)\\b`, "i"),
  age: /how old|\bage\b|cu[áa]ntos a[ñn]os|\bedad\b/i,
  /**
   * An email address asked in Spanish: the shared ASK.delivery catches "correo electrónico" first, so
   * Spanish conversations put this rule before it.
   */
  emailEs: /(su|tu) (direcci[óo]n de )?(correo( electr[óo]nico)?|e-?mail)\b(?! postal)/i,
  /** Whether copies and messages should reach only the patient (45 CFR 164.522(b)). */
  confidential: /only (to )?you\b|just you\b|confidential|privately|solo a usted|confidencial/i,
} as const;

/** A right answer to the patient's question contains… */
export const ANSWER_MORE = {
  /** Shots for school or work, in either language: the state registry (IIS) is the quick way. */
  registryFast:
    /registry|registro|\bIIS\b|\bASIIS\b|\bHIR\b|\d+\s*(calendar |business )?(days|d[íi]as)|today|hoy|right away|en seguida|online|en l[íi]nea/i,
  /** Records from many providers: one request each, a retrieval service, or the agency asking itself. */
  manyProviders:
    /retrieval|each (provider|office|place|one|of them)|one (letter|request) (per|for each|at a time)|separate (requests?|letters?)|Social Security|\bSSA\b|Disability Determination/i,
} as const;
