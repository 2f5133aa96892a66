// What one run of the loop did: the Intake after its updates, the documents it drafted, the quick
// replies and the letter reviews it showed. Tools record here and never touch the session; the turn
// commits the run it shows, once (run-turn's onEnd → endTurn), so a discarded run's effects, drafts
// included, are dropped with it and never reach the store.
import { type Intake, type IntakePatch, mergeIntake } from "../domain/intake.js";
import type { DocumentKind } from "../domain/recommendation.js";
import type { ChatMessage, Choices, LetterReview, Session } from "../sessions/session.js";
import type { StoredDocument } from "../sessions/store.js";
import { reviewHash } from "./review.js";

export class TurnState {
  readonly sessionId: string;
  #intake: Intake;
  readonly #documents: StoredDocument[] = [];
  readonly #choices: Choices[] = [];
  readonly #reviews: LetterReview[] = [];
  /** The latest review shown in an earlier turn: the one the patient has had the chance to answer. */
  readonly #answered: LetterReview | undefined;
  #replyEnded = false;

  /** Starts from the session as the turn found it; the session itself is only read. */
  constructor(session: Pick<Session, "id" | "intake"> & { messages?: readonly ChatMessage[] }) {
    this.sessionId = session.id;
    this.#intake = session.intake;
    this.#answered = latestReview(session.messages ?? []);
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

  /** Reviews of a letter's contents shown in this run, in order. */
  get reviews(): readonly LetterReview[] {
    return this.#reviews;
  }

  showReview(review: LetterReview): void {
    this.#reviews.push(review);
  }

  /** The loop stopped because a step held the whole reply (steps.ts), not at the step cap. */
  get replyEnded(): boolean {
    return this.#replyEnded;
  }

  endReply(): void {
    this.#replyEnded = true;
  }

  /**
   * Whether a letter of `kind` may be drafted from the Intake as it is now: the patient saw exactly
   * these facts in a review of an earlier turn and answered it. A review shown in this same run has
   * not been answered yet, and any change to the letter's facts since needs a new review.
   */
  async confirmed(kind: DocumentKind): Promise<boolean> {
    const review = this.#answered;
    return review?.kind === kind && review.hash === (await reviewHash(kind, this.#intake));
  }
}

/** The last data-review part of the transcript's assistant messages, if any. */
function latestReview(messages: readonly ChatMessage[]): LetterReview | undefined {
  for (const message of messages.toReversed()) {
    if (message.role !== "assistant") continue;
    const part = message.parts.findLast((p) => p.type === "data-review");
    if (part?.type === "data-review") return part.data;
  }
  return undefined;
}
