// What every tool factory closes over for one turn: the session being answered (its Intake is the
// only source of letter content), today's date, the clinic, the UI stream and the app's deps.
import type { UIMessageStreamWriter } from "ai";
import type { AppDeps } from "../src/deps.js";
import type { ClinicFacts } from "../src/domain/recommend.js";
import type { ChatMessage, Session } from "../src/sessions/session.js";

export interface ToolContext {
  session: Session;
  /** YYYY-MM-DD in the patient's frame of reference (US); deadlines count from it. */
  today: string;
  clinic: ClinicFacts | null;
  writer: UIMessageStreamWriter<ChatMessage>;
  deps: AppDeps;
  /** Public origin used to build document links. */
  baseUrl: string;
}
