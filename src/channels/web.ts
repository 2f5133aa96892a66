// The web channel: POST /api/chat (AI SDK UI message stream, with its CORS preflight for clinics)
// and GET/DELETE /api/session, each opened by the conversation's credential; mounted under /api.
import { type Context, Hono } from "hono";
import { z } from "zod";
import { clinicForRequest, clinicPreflight } from "../clinics/access.js";
import { clinicFacts } from "../clinics/schema.js";
import { runTurn } from "../conversation/run-turn.js";
import type { AppDeps } from "../deps.js";
import { AppError } from "../errors.js";
import { LANGS } from "../i18n/langs.js";
import {
  noSuchConversation,
  parseBearer,
  SESSION_TOKEN_HEADER,
  sessionToken,
  webMayOpen,
} from "../sessions/credential.js";
import { type ChatMessage, publicSession, SESSION_ID, type Session } from "../sessions/session.js";
import { beginTurn } from "../sessions/turns.js";
import { clientIp } from "./client-ip.js";
import { type AppEnv, baseUrl, readJson, waitUntilOf } from "./http.js";
import { uiMessageStreamResponse } from "./sse.js";

export const MAX_MESSAGE_CHARS = 4000;

const Part = z.object({ type: z.string().max(64), text: z.string().optional() }).loose();
const IncomingMessage = z
  .object({
    id: z.string().max(128).optional(),
    role: z.enum(["user", "assistant", "system"]),
    parts: z.array(Part).max(50),
  })
  .loose();

const ChatBody = z
  .object({
    id: SESSION_ID,
    message: IncomingMessage.optional(),
    messages: z.array(IncomingMessage).max(500).optional(),
    clinic: z.string().max(64).optional(),
    /** The language the patient picked in the panel: the reply is in it unless the message is plainly in another. */
    language: z.enum(LANGS).optional(),
  })
  .loose();

/** The patient's text from the body's message (or the last user message of `messages`). */
function userText(body: z.output<typeof ChatBody>): string {
  const message = body.message ?? body.messages?.findLast((m) => m.role === "user");
  if (!message)
    throw new AppError("invalid_input", 'message: is required (an object with role "user" and a text part).');
  if (message.role !== "user") throw new AppError("invalid_input", 'message.role: must be "user".');
  const text = message.parts
    .filter((p) => p.type === "text")
    .map((p) => p.text ?? "")
    .join("\n")
    .trim();
  if (text.length === 0) throw new AppError("invalid_input", "message: must contain some text.");
  if (text.length > MAX_MESSAGE_CHARS) {
    throw new AppError(
      "invalid_input",
      `message: is too long (at most ${MAX_MESSAGE_CHARS.toLocaleString("en-US")} characters). Shorten it or send it in parts.`,
    );
  }
  return text;
}

/**
 * The conversation the request's `Authorization: Bearer <token>` opens, for the clinic named by
 * ?clinic=. Anything else (no token, a wrong one, another clinic, an SMS conversation) is the same
 * 404 as an unknown id.
 */
export async function openSession(c: Context, deps: AppDeps): Promise<Session> {
  const token = parseBearer(c.req.header("authorization"));
  const session = token ? await deps.store.load(token.id) : null;
  if (!token || !session || !(await webMayOpen(session, token.secret, c.req.query("clinic")))) {
    throw noSuchConversation();
  }
  return session;
}

const MOVED =
  "This route has moved: use GET or DELETE /api/session with the header Authorization: Bearer <token> " +
  "(the X-Session-Token answered by the conversation's first POST /api/chat).";

/** The web channel as a Hono sub-app; mount with app.route("/api", webRoutes(deps)). */
export function webRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.options("/chat", clinicPreflight(deps, ["POST"], ["Content-Type", "Authorization"]));
  app.post("/chat", async (c) => {
    const body = await readJson(c, ChatBody);
    // Unknown clinic → 404; a foreign Origin → 403; a clinic's own origin has its CORS headers (clinicCors).
    const clinic = await clinicForRequest(c, deps, body.clinic ?? c.req.query("clinic"));
    const text = userText(body);
    await deps.limiter.check("ip", clientIp(c, deps));
    // A later turn carries the token handed out by the first; its id must be the body's. Without one
    // (or with one that is not a token) only a new conversation can begin.
    const token = parseBearer(c.req.header("authorization"));
    if (token && token.id !== body.id) throw noSuchConversation();
    const now = deps.clock();
    const message: ChatMessage = {
      id: body.message?.id ?? crypto.randomUUID(),
      role: "user",
      parts: [{ type: "text", text }],
      metadata: { createdAt: now.toISOString() },
    };
    const { session, secret } = await beginTurn({
      store: deps.store,
      id: body.id,
      channel: "web",
      message,
      now,
      access: { web: { secret: token?.secret } },
      // Counted only once the token has opened the conversation: the id alone cannot exhaust its limit.
      admit: () => deps.limiter.check("session", body.id),
      ...(clinic ? { clinicId: clinic.id } : {}),
    });
    const stream = runTurn({
      deps,
      session,
      channel: "web",
      clinic: clinic ? clinicFacts(clinic) : null,
      baseUrl: baseUrl(c, deps),
      signal: c.req.raw.signal,
      waitUntil: waitUntilOf(c),
      ip: clientIp(c, deps),
      ...(body.language ? { language: body.language } : {}),
    });
    const headers: Record<string, string> = { "Cache-Control": "no-store" };
    if (secret) headers[SESSION_TOKEN_HEADER] = sessionToken(session.id, secret);
    return uiMessageStreamResponse(stream, headers);
  });

  // The session's id travels in the token, never in the URL (URLs end up in logs).
  app.get("/session", async (c) => {
    await deps.limiter.check("ip", clientIp(c, deps));
    const session = await openSession(c, deps);
    c.header("Cache-Control", "no-store");
    return c.json(publicSession(session));
  });

  app.delete("/session", async (c) => {
    await deps.limiter.check("ip", clientIp(c, deps));
    let id: string;
    try {
      id = (await openSession(c, deps)).id;
    } catch (error) {
      // A conversation the current keys cannot decrypt (410) cannot check its token, and nobody can
      // read it any more: erasing it is the one thing left to do, so its holder may.
      const token = parseBearer(c.req.header("authorization"));
      if (!(token && error instanceof AppError && error.code === "gone")) throw error;
      id = token.id;
    }
    await deps.store.delete(id);
    // The conversation's text reminders go with it.
    await deps.reminders.deleteRemindersOf(id);
    await deps.limiter.forget("session", id);
    return c.body(null, 204);
  });

  // The old routes put the id in the URL and needed nothing else; they now only say where to go.
  app.on(["GET", "DELETE"], "/sessions/:id", () => {
    throw new AppError("not_found", MOVED);
  });

  return app;
}
