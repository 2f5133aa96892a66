// One messaging turn (SMS or WhatsApp): find or start the phone's session, run the channel-agnostic
// turn with a deadline, and collect the assistant's finished message from the UI message stream.
import { readUIMessageStream } from "ai";
import { runTurn } from "../../conversation/run-turn.js";
import { withoutWithdrawn } from "../../conversation/withdraw.js";
import type { AppDeps } from "../../deps.js";
import type { ChatMessage, MessagingChannel } from "../../sessions/session.js";
import { newSession, type Session } from "../../sessions/session.js";
import { withTimeout } from "../../timeout.js";
import type { BoundClinic } from "../messaging/clinic-binding.js";

/**
 * The session a messaging conversation continues, created (listing its alias, so deleting the
 * session erases the phone mapping too) when the phone has none or its session expired.
 */
export async function sessionForPhone(
  deps: AppDeps,
  channel: MessagingChannel,
  alias: string,
  clinic: BoundClinic | null,
  now: Date,
): Promise<string> {
  const existing = await deps.store.loadAlias(alias);
  if (existing && (await deps.store.load(existing))) return existing;
  return startPhoneSession(deps, channel, alias, clinic, now);
}

/** Starts a new session for the phone and points its alias at it (replacing whatever it pointed at). */
export async function startPhoneSession(
  deps: AppDeps,
  channel: MessagingChannel,
  alias: string,
  clinic: BoundClinic | null,
  now: Date,
): Promise<string> {
  const id = `${channel}_${crypto.randomUUID().replaceAll("-", "")}`;
  const session: Session = { ...newSession(id, channel, now, clinic?.id), aliases: [alias] };
  await deps.store.save(session);
  await deps.store.saveAlias(alias, id);
  return id;
}

export type TurnOutcome = { kind: "reply"; message: ChatMessage } | { kind: "failed" } | { kind: "slow" };

export interface AnswerInput {
  deps: AppDeps;
  session: Session;
  /** The channel this turn arrived on: a web conversation continued by text (issue 20) answers as SMS. */
  channel: MessagingChannel;
  clinic: BoundClinic | null;
  baseUrl: string;
  /** The request's own signal (the client went away). */
  signal: AbortSignal;
  /** Milliseconds left before Twilio's window closes (minus a margin). */
  budgetMs: number;
  /** Keeps the aborted turn alive long enough to save and release its lease (workerd's waitUntil). */
  waitUntil?: (work: Promise<unknown>) => void;
  /**
   * The patient's number (`to`) and ours (`from`), from the webhook: passed through the turn in memory
   * so a text reminder the patient asks for can be scheduled (issue 20); never stored in the session.
   */
  phone?: { to: string; from: string };
}

/**
 * Runs the turn on the channel it arrived on (run-turn falls back to the guide when the LLM is slow) and
 * waits at most `budgetMs`. Past that the turn is aborted and the caller answers "still working" rather
 * than letting Twilio's 15-second window close on silence.
 */
export async function answerTurn(input: AnswerInput): Promise<TurnOutcome> {
  const deadline = new AbortController();
  const signal = AbortSignal.any([input.signal, deadline.signal]);
  const stream = runTurn({
    deps: input.deps,
    session: input.session,
    channel: input.channel,
    clinic: input.clinic,
    baseUrl: input.baseUrl,
    signal,
    ...(input.waitUntil ? { waitUntil: input.waitUntil } : {}),
    ...(input.phone ? { phone: input.phone } : {}),
  });
  let failed = false;
  const read = (async (): Promise<TurnOutcome> => {
    let last: ChatMessage | undefined;
    const messages = readUIMessageStream<ChatMessage>({
      stream,
      onError: () => {
        failed = true;
      },
    });
    // An LLM attempt withdrawn mid-reply is not sent: only what followed it (the guide's answer).
    for await (const snapshot of messages) last = withoutWithdrawn(snapshot);
    const hasText = last?.parts.some((p) => (p.type === "text" && p.text.trim()) || p.type.startsWith("data-"));
    return last && hasText ? { kind: "reply", message: last } : { kind: "failed" };
  })();
  let outcome: TurnOutcome;
  try {
    outcome = await withTimeout(read, input.budgetMs, () => deadline.abort());
  } catch (error) {
    if (!(error instanceof DOMException && error.name === "TimeoutError")) throw error;
    input.waitUntil?.(read.catch(() => undefined));
    return { kind: "slow" };
  }
  // A turn that failed part-way may still carry text; the failure notice is clearer than half an answer.
  return failed && outcome.kind === "reply" ? { kind: "failed" } : outcome;
}
