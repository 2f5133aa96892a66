// The turn gate in front of POST /api/chat: a turn over the isolate's limit is refused with 503 and
// Retry-After before its body is read, and an admitted turn holds its slot until its reply stream
// has been read to the end (or the client went away), not just until the handler returned.
import type { MiddlewareHandler } from "hono";
import type { AppDeps } from "../deps.js";
import { AppError } from "../errors.js";
import { type Release, turnGate } from "../sessions/admission.js";
import type { AppEnv } from "./http.js";

/** Middleware for a route that starts a turn (POST only; a preflight or GET passes untouched). */
export function admitTurns(deps: AppDeps): MiddlewareHandler<AppEnv> {
  const gate = turnGate(deps);
  return async (c, next) => {
    if (c.req.method !== "POST") return next();
    const release = gate.tryEnter();
    if (!release) {
      deps.log.warn("turn.shed", { inFlight: gate.inFlight, limit: gate.currentLimit });
      throw gate.refusal();
    }
    try {
      await next();
    } catch (error) {
      release();
      throw error;
    }
    // Storage failing before the turn started (lease, rate limit) counts like a save that timed out.
    if (c.error instanceof AppError && c.error.code === "unavailable") gate.storeAnswered(false);
    const body = c.res.body;
    if (c.res.status !== 200 || !body) {
      release();
      return;
    }
    c.res = new Response(releasedAtEnd(body, release), c.res);
  };
}

/** The same bytes, calling `release` once the stream ends, fails or is cancelled. */
function releasedAtEnd(body: ReadableStream<Uint8Array>, release: Release): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) {
          release();
          controller.close();
        } else {
          controller.enqueue(value);
        }
      } catch (error) {
        release();
        controller.error(error);
      }
    },
    cancel(reason) {
      release();
      return reader.cancel(reason);
    },
  });
}
