// What one run of the loop did: the Intake after its updates, the documents it drafted and the
// quick replies it offered. Tools record here and never touch the session; the turn commits the run
// it shows, once (run-turn's onEnd → endTurn), so a discarded run's effects, drafts included, are
// dropped with it and never reach the store.
import { type Intake, type IntakePatch, mergeIntake } from "../domain/intake.js";
import type { Choices, Session } from "../sessions/session.js";
import type { StoredDocument } from "../sessions/store.js";

export class TurnState {
  readonly sessionId: string;
  #intake: Intake;
  readonly #documents: StoredDocument[] = [];
  readonly #choices: Choices[] = [];

  /** Starts from the session as the turn found it; the session itself is only read. */
  constructor(session: Pick<Session, "id" | "intake">) {
    this.sessionId = session.id;
    this.#intake = session.intake;
  }

  /** The Intake as this run has it so far: the session's, with this run's updates applied. */
  get intake(): Intake {
    return this.#intake;
  }

  /** Documents drafted in this run, held until the turn is committed. */
  get documents(): readonly StoredDocument[] {
    return this.#documents;
  }

  /** Quick replies offered in this run, in order. */
  get choices(): readonly Choices[] {
    return this.#choices;
  }

  /** Applies a patch (null clears a field) and returns the whole updated Intake. */
  updateIntake(patch: IntakePatch): Intake {
    this.#intake = mergeIntake(this.#intake, patch);
    return this.#intake;
  }

  addDocument(document: StoredDocument): void {
    this.#documents.push(document);
  }

  offerChoices(choices: Choices): void {
    this.#choices.push(choices);
  }
}
