// Scripted patients for the dashboard's tests: whole conversations with the built-in guide through
// the product's own routes, on the web (AI SDK client) and by text (signed Twilio webhooks), stopping
// where a test wants them to. Every word a patient types is collected, so a test can prove none of it
// reached the counters.
import { smsClient } from "../channels/sms/twilio-client.js";
import { chatClient, type Fetch, type Reply } from "../support/chat-client.js";
import { confirmReviewReply, reviewIn } from "../support/quick-replies.js";

/** How far a scripted patient goes: the first message only, up to the letter, or on to "I sent it". */
export type Goal = "first" | "letter" | "sent";

const topicOf = (r: Reply) =>
  (r.message.parts.findLast((p) => p.type === "data-choices") as { data: { topic: string } } | undefined)?.data.topic;
const hasDocument = (r: Reply) => r.message.parts.some((p) => p.type === "data-document");

/** What the scripted patients typed (and their phones), to scan the counters for. */
export class Typed {
  readonly texts: string[] = [];
  readonly ids: string[] = [];
  readonly phones: string[] = [];
  /** Words of 4+ letters from the patients' messages that are not ordinary words the dashboard may use. */
  words(ordinary: readonly string[]): string[] {
    const plain = new Set(ordinary.map((w) => w.toLowerCase()));
    const words = this.texts.flatMap((t) => t.match(/[A-Za-z]{4,}/g) ?? []);
    return [...new Set(words)].filter((w) => !plain.has(w.toLowerCase()));
  }
}

/** A patient's name and birth date, different for each conversation. */
const patientName = (n: number) => `Quistgaard Velmont${"abcdefghijklmnop"[n % 16]}, 4/${(n % 27) + 1}/1977`;

/** One web conversation on `clinic` (or none) with the guide, to `goal`. */
export async function webConversation(
  fetch: Fetch,
  typed: Typed,
  goal: Goal,
  options: { clinic?: string; n?: number; first?: string; base?: string } = {},
): Promise<{ id: string; chat: ReturnType<typeof chatClient> }> {
  const chat = chatClient(
    fetch,
    options.base ?? "http://recordpath.test",
    options.clinic ? { clinic: options.clinic } : {},
  );
  const id = `stats-${crypto.randomUUID().replaceAll("-", "")}`;
  typed.ids.push(id);
  const send = (text: string) => {
    typed.texts.push(text);
    return chat.send(id, text);
  };
  const answers: Record<string, string> = { next: "yes, draft it", "patient.name": patientName(options.n ?? 0) };
  let reply = await send(options.first ?? "I need my own whole chart from Lakeshore Orthopedics in Ohio");
  if (goal === "first") return { id, chat };
  for (let i = 0; i < 12 && !hasDocument(reply); i++)
    reply = await send(
      reviewIn(reply.message) ? confirmReviewReply(reply.message) : (answers[topicOf(reply) ?? ""] ?? "I don't know"),
    );
  if (!hasDocument(reply)) throw new Error(`no letter after 12 turns: ${reply.text}`);
  if (goal === "sent") {
    const sent = await send("faxed it this morning");
    if (!sent.message.parts.some((p) => p.type === "data-tracker")) throw new Error(`no tracker card: ${sent.text}`);
  }
  return { id, chat };
}

/** One conversation by text from `from` to the clinic's number `to`, with the guide, to its letter. */
export async function smsConversation(fetch: Fetch, typed: Typed, from: string, to: string, n = 0): Promise<void> {
  const phone = smsClient(fetch, { from, to });
  typed.phones.push(from);
  const send = async (text: string) => {
    typed.texts.push(text);
    const reply = await phone.send(text);
    if (reply.status !== 200) throw new Error(`the webhook answered ${reply.status}`);
    return reply.messages.join("\n");
  };
  let last = await send("I need my own whole chart from Lakeshore Orthopedics in Ohio");
  for (let i = 0; i < 14 && !/\/api\/documents\//.test(last); i++)
    last = await send(/Reply YES to draft/.test(last) ? "YES" : /full name/i.test(last) ? patientName(n) : "not sure");
  if (!/\/api\/documents\//.test(last)) throw new Error(`no letter by text: ${last}`);
}
