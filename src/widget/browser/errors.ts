// How the panel shows a failed turn: what went wrong in the patient's words, a Retry button (held
// back while the server asked us to wait, with the time left shown), and the clinic's records-office
// phone when it has one. Nothing is retried on its own: only the patient's press sends again.
import { failureText, waitText } from "../failure-text.js";
import type { Strings } from "../i18n.js";
import type { ChatError } from "./api.js";
import { h } from "./dom.js";

/** "Or call the records office: (937) 555-0142", the number a tap-to-call link; null without a phone. */
export function officeLine(phone: string | undefined, t: Strings): HTMLElement | null {
  if (!phone) return null;
  const digits = phone.replace(/[^\d+]/g, "");
  return h("p", { class: "small office" }, `${t.call} `, h("a", { href: `tel:${digits}` }, phone));
}

export interface FailureOptions {
  /** When Retry may be pressed (ms since the epoch; 0 = now): the server's Retry-After. */
  retryAt: number;
  phone?: string | undefined;
  /** A sentence before the failure's own ("We could not load your conversation."). */
  lead?: string;
  onRetry: () => void;
  /** Told once when a held-back Retry becomes usable, for the screen-reader announcement. */
  onReady?: () => void;
}

/**
 * The failure's line in the log: the text, Retry (with "You can retry in N seconds" until the
 * server's wait is over) and the records-office phone. The countdown stops itself once the line
 * leaves the page.
 */
export function failureNotice(error: ChatError, t: Strings, o: FailureOptions): HTMLElement {
  const said = failureText(error, t);
  const text = h("p", { class: "error", id: "failure-text" }, o.lead ? `${o.lead} ${said}` : said);
  const wait = h("span", { class: "small wait" });
  const retry = h("button", { type: "button", class: "btn plain retry", "aria-describedby": "failure-text" }, t.retry);
  // aria-disabled, not disabled: a keyboard user's focus stays on the button while it waits.
  retry.addEventListener("click", () => {
    if (retry.getAttribute("aria-disabled") !== "true") o.onRetry();
  });
  const row = h("p", { class: "row" }, retry, wait);
  // Set here rather than in panel.css, like the held-back look below: the wait reads beside the button.
  row.style.alignItems = "center";
  const el = h("div", { class: "msg assistant failure" }, text, row, officeLine(o.phone, t));
  const tick = (): boolean => {
    const left = o.retryAt - Date.now();
    wait.textContent = waitText(left, t);
    // Styled here rather than in panel.css: the look of a held-back button is this module's alone.
    if (left > 0) retry.setAttribute("aria-disabled", "true");
    else retry.removeAttribute("aria-disabled");
    retry.style.opacity = left > 0 ? "0.6" : "";
    return left > 0;
  };
  if (tick()) {
    const timer = setInterval(() => {
      if (!el.isConnected) clearInterval(timer);
      else if (!tick()) {
        clearInterval(timer);
        o.onReady?.();
      }
    }, 250);
  }
  return el;
}
