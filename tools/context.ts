// What the tools of one loop run close over. Each tool factory takes only the props it needs
// (a Pick of ToolContext): the run's TurnState to read the current Intake from and record effects
// into, the UI stream for what the patient sees, and for drafting the signing key and clock.
import type { UIMessageStreamWriter } from "ai";
import type { TurnState } from "../src/conversation/turn-state.js";
import type { AppDeps } from "../src/deps.js";
import type { DraftDeps } from "../src/documents/draft.js";
import type { ClinicFacts } from "../src/domain/recommend.js";
import type { Lang } from "../src/i18n/langs.js";
import type { Channel, ChatMessage } from "../src/sessions/session.js";

/** What trackRequest needs to schedule a text reminder (issue 20). */
export interface TrackingContext {
  deps: Pick<AppDeps, "settings" | "reminders" | "sendText" | "clock">;
  channel: Channel;
  clinicId?: string;
  /**
   * The patient's number and ours, for a turn that came in by text message: held in memory for this
   * turn only and never written to the session (only the reminder, encrypted, keeps it).
   */
  phone?: { to: string; from: string };
}

export interface ToolContext {
  /** This run's effects so far; the session itself is never changed by a tool. */
  turn: TurnState;
  /** YYYY-MM-DD in the patient's frame of reference (US); deadlines count from it. */
  today: string;
  clinic: ClinicFacts | null;
  /** The turn's language (src/i18n/detect.ts): what the patient reads from a tool is written in it. */
  language: Lang;
  /** The run's UI stream (a buffer during an LLM attempt, so a discarded run shows nothing). */
  writer: UIMessageStreamWriter<ChatMessage>;
  drafting: DraftDeps;
  /** Public origin used to build document links. */
  baseUrl: string;
  /** For the request tracker; without it no text reminder is offered or scheduled. */
  tracking?: TrackingContext;
}
