// The held-out corpus's shape: what a patient says, how they answer the assistant, what they stated.
import type { IntakePath } from "../../../src/domain/intake.js";

/** Several acceptable values for one fact: a name the patient wrote two ways, an ambiguous kind. */
export interface OneOf {
  oneOf: readonly string[];
}

/** An array item the patient's words allow but do not require: neither kept nor invented. */
export interface Maybe {
  maybe: string;
}

/**
 * A stated fact's value. Arrays (records.kinds, patient.otherNames) mean "includes each item";
 * a `Maybe` item is allowed, not required. Names are compared exactly, case-sensitive.
 */
export type FactValue = string | number | boolean | OneOf | readonly (string | OneOf | Maybe)[];

/** Facts the patient states in one message, by Intake path. */
export type Facts = Readonly<Partial<Record<IntakePath, FactValue>>>;

/** One line of a patient's answering habit: when the assistant's question matches `ask`, say `say`. */
export interface Rule {
  /** Over the assistant's question (its sentences with a question mark, or its last line). */
  ask: RegExp;
  say: string;
  /** What `say` states; counted as stated only when the rule fires. */
  facts?: Facts;
  /** `say` is the patient's own question; the reply right after it must match this. */
  mustAnswer?: RegExp;
  /** Fires at most once (a patient who first pushes back, then answers). */
  once?: boolean;
}

/** A message the patient sends at a given turn whatever the assistant asked (1 is the opening). */
export interface Planned {
  at: number;
  say: string;
  facts?: Facts;
  mustAnswer?: RegExp;
}

export type Tag =
  | "typos"
  | "chat-speak"
  | "run-on"
  | "terse"
  | "spanglish"
  | "caregiver"
  | "grief"
  | "urgent"
  | "angry"
  | "question"
  | "prior-request"
  | "portal-lockout"
  | "many-providers"
  | "closed"
  | "insurer"
  | "immunizations"
  | "recipient"
  | "long-name"
  | "place"
  | "record-kinds"
  | "me"
  | "command"
  | "off-topic"
  | "several-facts"
  | "control";

export interface Conversation {
  id: string;
  description: string;
  /** The patient's language; Spanglish counts as "es" with the "spanglish" tag. */
  lang: "en" | "es";
  channel: "web" | "sms";
  tags: readonly Tag[];
  /** The first message, often the whole story. */
  opening: string;
  /** Facts stated in the opening. */
  facts: Facts;
  /** Questions inside the opening: the first reply must match each. */
  openingMustAnswer?: readonly RegExp[];
  respond: {
    /** Tried in order; the first whose `ask` matches the assistant's question answers it. */
    rules: readonly Rule[];
    /** Said in turn when no rule matches ("idk", a repeat of a fact). */
    otherwise: readonly string[];
    plan?: readonly Planned[];
  };
  /** The patient wants a letter: `say` asks for it, `confirm` answers a review before drafting. */
  letter?: { say: string; confirm: string; at?: number };
  /** Said once after the letter arrives (the reply must not dead-end). */
  afterLetter?: string;
  /**
   * Paths the patient's words leave open ("last summer", "my lab results from October"): a value
   * there is neither kept nor invented. Used sparingly, where any date would be a guess.
   */
  tolerate?: readonly IntakePath[];
}
