// What a language's lexicon holds: the words patients use, mapped to Intake values and intents.
// Phrases are regex source over folded text (lower case, no accents); in a table, order is priority.
import type { Intent } from "../../conversation/guide/extract.js";
import type { Intake, RecordKind, StateCode } from "../../domain/intake.js";

/** Values with the phrases that mean them. */
export type Table<V> = ReadonlyArray<readonly [V, string]>;

type Provider = NonNullable<Intake["provider"]>;
type Plan = NonNullable<NonNullable<Intake["insurer"]>["plan"]>;
type Outcome = NonNullable<NonNullable<Intake["priorRequest"]>["outcome"]>;
type Requester = NonNullable<Intake["requester"]>;

export interface Lexicon {
  /** Common words of this language and not the others: the language detector counts them. */
  markers: string;
  /** Letters this language writes and the others do not (á, ñ, ¿): they break a tie in marker words. */
  letters?: RegExp;
  /** Numbers a patient may spell out; vague words ("a", "few") stay out so they never become counts. */
  numbers: Readonly<Record<string, number>>;
  /** Month names and their abbreviations → 1–12. */
  months: Readonly<Record<string, number>>;
  /** Whether "12/8" means the 12th of August (read only when no other order fits). */
  dayFirst: boolean;

  stateNames: Table<StateCode>;
  /** Who is asking, from a role word ("executor", "albacea"). */
  roles: Table<Requester>;
  /** Family words: a child makes the asker a parent; anyone else is "other" unless a role says more. */
  child: string;
  relative: string;
  /** Someone other than the patient, without a family word. */
  other: string;
  /** The patient asking for their own records. */
  self: string;
  minor: string;
  death: string;
  doctor: string;
  recordWords: Table<RecordKind>;
  providerTypes: Table<NonNullable<Provider["type"]>>;
  /**
   * "My doctor", "Dr. Lee": a physician's practice, read only when no other provider is named
   * ("the bloodwork my doctor ordered at Banner Health" says nothing about Banner Health's kind).
   */
  myDoctor: string;
  /** The kind of provider a name says it is: "… Imaging" is an imaging center, "… Hospital" a hospital. */
  nameTypes: Table<NonNullable<Provider["type"]>>;
  /** Words for where the records go, not where they are ("my new surgeon", "a second opinion at"). */
  destinations: string;
  providerStatus: Table<NonNullable<Provider["status"]>>;
  portal: Table<NonNullable<Provider["portal"]>>;
  plans: Table<Plan>;
  /** Nouns that end a provider's name written in lower case ("… hospital", "… family medicine"). */
  providerNouns?: string;

  purposes: Table<NonNullable<Intake["purpose"]>>;
  formats: Table<NonNullable<Intake["format"]>>;
  /** Delivery; "third_party" needs a recipient noun so "send them to my house" stays "mail". */
  delivery: Table<NonNullable<Intake["delivery"]>>;
  /** Verbs that mark an earlier request, so "6 weeks ago" is read as its date and not a visit's. */
  requestVerbs: string;
  outcomes: Table<Outcome>;
  intents: Table<Intent>;
  /** Whole answers to "who should get the records?" that mean the patient. */
  toMe: string;
  /** Answers to "are the records from {clinic}?" that mean the clinic whose page this is. */
  hereClinic: string;
  /** Whole answers to "a hospital or a doctor's office?" that mean neither. */
  somethingElse: string;
  /** Whole answers to "which records?" that mean all of them. */
  everything: string;
  /** Whole answers to "which records?" that name a visit ("ER", "urgencias"): its visit notes. */
  visitAnswer: string;
  /** "The report", "el informe": a visit's notes, when the message names no more specific record. */
  reportWords: string;
  /** Words that make a list of records replace the one known ("only the x-rays"). */
  only: string;
  /**
   * Care of the body after a stroke, an injury or surgery: beside it, "therapy notes" and "rehab" are
   * physical, occupational or speech therapy, not psychotherapy or addiction care.
   */
  bodyRehab: string;
  /** "No rush": clears a deadline given before. */
  noDeadline: string;
  /** Answers that leave a question unanswered ("I don't know", "leave it blank"); over the raw text, any case. */
  unanswered: string;
  /** Answers to "what are the records for?" that mean for the patient to keep ("my own records", "para tenerlos en casa"). */
  personalAnswer: string;
  /** Answers that confirm what was shown to check ("looks good", "todo bien"), beside the quick yes. */
  looksRight?: string;
  /** Quick answers, matched at the very start of the message only. */
  yes: string;
  /**
   * Whole messages that only acknowledge ("ok", "k", "vale"): an intent "yes" for the dialogue,
   * but no answer to a yes/no question about a fact ("is the office still open?").
   */
  acknowledge: string;
  /** Capitalised words that open a sentence, not a name ("My", "It's", "The"): a name never starts there. */
  sentenceStarters: string;
  /** Chat-speak around an answer that carries nothing ("thx", "pls", "lol", "porfa"); never a name. */
  chatter: string;
  /** Words no provider's or person's name contains: pronouns, questions, commands ("sign", "carta"). */
  notNames: string;
  /** Words that alone name no one ("the hospital", "a few small offices"). */
  genericPlaces: string;
  /** Left out where another language's "no" is the same word. */
  no?: string;
}
