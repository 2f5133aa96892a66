// The patient's words for a failed turn and for the wait Retry-After asks for: pure, so the panel
// renders them and the tests read them without a DOM.
import type { Strings } from "./i18n.js";

/**
 * Why a call of the panel failed (ChatError in browser/api.ts). `offline`: the browser says it has
 * no network; `unreachable`: the request did not get through (no network, or our server stopped);
 * `down`: our server answered 5xx; `busy`: it asked us to wait (409, 429); `cut`: the reply stopped
 * before its end; `gone`: the stored conversation cannot be opened any more (410, or a token the
 * server no longer knows); `full`: it reached its cap (422 conversation_full); `error`: anything
 * else, including an error the reply ended with.
 */
export type Failure = "busy" | "offline" | "unreachable" | "down" | "cut" | "error" | "gone" | "full";

/** The patient's words for a failure: the server's own when it sent some, else ours for its kind. */
export function failureText(error: { kind: Failure; message: string }, t: Strings): string {
  if (error.message) return error.message;
  const ours: Partial<Record<Failure, string>> = {
    busy: t.busy,
    offline: t.offline,
    unreachable: t.unreachable,
    down: t.down,
    cut: t.cut,
    gone: t.gone,
    full: t.full,
  };
  return ours[error.kind] ?? t.error;
}

/** "You can retry in 5 seconds." (minutes from a minute up); "" once the wait is over. */
export function waitText(msLeft: number, t: Strings): string {
  const seconds = Math.ceil(msLeft / 1000);
  if (seconds <= 0) return "";
  if (seconds === 1) return t.waitOne;
  if (seconds < 60) return t.waitSeconds.replace("{n}", String(seconds));
  return t.waitMinutes.replace("{n}", String(Math.ceil(seconds / 60)));
}
