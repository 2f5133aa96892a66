// The web channel: POST /api/chat (AI SDK UI message stream, with its CORS preflight for clinics)
// and the session routes; mounted under /api.
import { createUIMessageStreamResponse } from "ai";
import { Hono } from "hono";
import { z } from "zod";
import { clinicForRequest, clinicPreflight } from "../clinics/access.js";
import { clinicFacts } from "../clinics/schema.js";
import { runTurn } from "../conversation/run-turn.js";
import type { AppDeps } from "../deps.js";
import { AppError } from "../errors.js";
import { type ChatMessage, publicSession, SESSION_ID } from "../sessions/session.js";
import { beginTurn } from "../sessions/turns.js";
import { type AppEnv, baseUrl, readJson, waitUntilOf } from "./http.js";

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

function sessionId(raw: string): string {
  const parsed = SESSION_ID.safeParse(raw);
  if (!parsed.success)
    throw new AppError("invalid_input", "Session id: must be 16–64 characters of letters, digits, '_' or '-'.");
  return parsed.data;
}

/** The web channel as a Hono sub-app; mount with app.route("/api", webRoutes(deps)). */
export function webRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.options("/chat", clinicPreflight(deps, ["POST"]));
  app.post("/chat", async (c) => {
    const body = await readJson(c, ChatBody);
    // Unknown clinic → 404; a foreign Origin → 403; a clinic's own origin has its CORS headers (clinicCors).
    const clinic = await clinicForRequest(c, deps, body.clinic ?? c.req.query("clinic"));
    const text = userText(body);
    await deps.limiter.check("ip", c.req.header("cf-connecting-ip") ?? "local");
    await deps.limiter.check("session", body.id);
    const now = deps.clock();
    const message: ChatMessage = {
      id: body.message?.id ?? crypto.randomUUID(),
      role: "user",
      parts: [{ type: "text", text }],
      metadata: { createdAt: now.toISOString() },
    };
    const session = await beginTurn({
      store: deps.store,
      id: body.id,
      channel: "web",
      message,
      now,
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
      ip: c.req.header("cf-connecting-ip") ?? "local",
    });
    return createUIMessageStreamResponse({ stream, headers: { "Cache-Control": "no-store" } });
  });

  app.get("/sessions/:id", async (c) => {
    const session = await deps.store.load(sessionId(c.req.param("id")));
    if (!session) throw new AppError("not_found", "No conversation with this id. It may have expired or been deleted.");
    c.header("Cache-Control", "no-store");
    return c.json(publicSession(session));
  });

  app.delete("/sessions/:id", async (c) => {
    const id = sessionId(c.req.param("id"));
    await deps.store.delete(id);
    await deps.limiter.forget("session", id);
    return c.body(null, 204);
  });

  return app;
}
