// The engine's shared English words: dates, state names, day counts, how sure a fact is, and which
// state body licenses a provider.
import type { Intake, StateCode } from "../../intake.js";

export type ProviderType = NonNullable<NonNullable<Intake["provider"]>["type"]>;

export const common = {
  /** A YYYY-MM-DD date inside a sentence: English advice has always shown it as it is. */
  date: (iso: string) => iso,
  /** Prose from the state data, which is written in English: shown as it is. */
  quote: (text: string) => text,
  /** A jurisdiction's name as this language writes it. */
  stateName: (_code: StateCode, name: string) => name,
  /** "15 business days (weekdays)" / "30 calendar days". */
  days: (days: number, kind: "calendar" | "business") =>
    `${days} ${kind === "business" ? "business days (weekdays)" : "calendar days"}`,
  /** "3 business days" / "15 calendar days". */
  unit: (days: number, kind: "calendar" | "business") =>
    `${days} ${kind === "business" ? "business days" : "calendar days"}`,
  caveat: {
    recalled:
      "This is recalled from background knowledge and was not checked against the law itself, so please check it with the office or the state before relying on it.",
    unknown: "We could not find a reliable source for this, so please check it with the office or the state.",
  },
  /** The licensing body for a kind of provider, as a noun phrase; `state` is the state's name when known. */
  board: (state: string | undefined, type: ProviderType | undefined): string => {
    const of = state ? `the ${state}` : "your state's";
    switch (type) {
      case "dental":
        return `${of} dental board (the board that licenses dentists)`;
      case "hospital":
        return `${of} agency that licenses hospitals (usually the state health department)`;
      case "lab":
      case "imaging_center":
        return `${of} health department, which licenses most labs and imaging centers`;
      case "pharmacy":
        return `${of} board of pharmacy`;
      case "behavioral_health":
        return `${of} board that licensed the therapist (psychology, counseling or social work)`;
      case "physician_practice":
      case "specialist":
      case "clinic":
        return `${of} medical board`;
      default:
        return `${of} board that licenses the provider (for a doctor's office, ${of} medical board)`;
    }
  },
  /** The provider in plain words, for sentences such as "it may not cover a dentist". */
  providerWord: (type: ProviderType | undefined): string => {
    switch (type) {
      case "dental":
        return "dentist";
      case "hospital":
        return "hospital";
      case "lab":
        return "lab";
      case "imaging_center":
        return "imaging center";
      case "pharmacy":
        return "pharmacy";
      case "behavioral_health":
        return "therapist or treatment program";
      default:
        return "provider";
    }
  },
};

export type CommonText = typeof common;
