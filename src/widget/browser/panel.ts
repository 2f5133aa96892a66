// The chat panel (GET /embed): runs inside the loader's iframe on our origin, so the host page
// cannot read the conversation. Streams replies, keeps the session id in this origin's storage,
// and talks to the loader only to say "close".
import type { PanelConfig } from "../../clinics/schema.js";
import { themeColors } from "../contrast.js";
import { knownFacts } from "../facts.js";
import { type Lang, nextLanguage, pickLanguage, STRINGS } from "../i18n.js";
import { applyChunk, fromStored, plainText, toolOutputs, type ViewMessage } from "../ui-message.js";
import { ChatError, deleteSession, loadSession, newSessionId, sendTurn } from "./api.js";
import { buildChrome, label } from "./chrome.js";
import { h } from "./dom.js";
import { latestChoices, renderMessage } from "./view.js";

const mount = document.getElementById("rp");
const config = JSON.parse(mount?.dataset.config ?? "{}") as PanelConfig;
const embedded = window.parent !== window;
const storeKey = `rp:session:${config.clinic ?? "default"}`;

/** localStorage that degrades to memory (Safari private mode, blocked third-party storage). */
const memory = new Map<string, string>();
const storage = {
  get: (k: string) => {
    try {
      return localStorage.getItem(k);
    } catch {
      return memory.get(k) ?? null;
    }
  },
  set: (k: string, v: string) => {
    try {
      localStorage.setItem(k, v);
    } catch {
      memory.set(k, v);
    }
  },
};

// The loader passes the host page's language hint (?lang=); the patient's own pick still wins.
const hint = new URLSearchParams(location.search).get("lang");
let lang = pickLanguage(config.languages, storage.get("rp:lang"), [
  ...(hint ? [hint] : []),
  ...(navigator.languages ?? [navigator.language]),
]);
let t = STRINGS[lang];
let sessionId = storage.get(storeKey) ?? "";
let messages: ViewMessage[] = [];
let intake: unknown = {};
let inflight: AbortController | null = null;
/** The latest reply on screen: its review card is the one that takes edits. */
let liveReply: { el: HTMLElement; message: ViewMessage } | null = null;
const actions = { send: (text: string) => void send(text) };

const ui = buildChrome(config.name, embedded);
const theme = themeColors(config.themeColor);
for (const [k, v] of Object.entries(theme)) document.documentElement.style.setProperty(`--${k}`, v);
mount?.replaceChildren(ui.root);

/** Whole-log render: used on load, language switch and delete; streaming renders one message. */
function renderAll(): void {
  liveReply = null;
  const items = messages.map((m, i) => {
    const el = h("div");
    const live = i === messages.length - 1 && m.role === "assistant";
    renderMessage(el, m, t, live ? actions : undefined);
    if (live) liveReply = { el, message: m };
    return el;
  });
  if (messages.length === 0)
    items.unshift(
      h(
        "div",
        { class: "msg assistant" },
        h("div", { class: "bubble" }, h("p", {}, config.greeting[lang] ?? t.greeting)),
      ),
    );
  ui.log.replaceChildren(...items);
  renderChoices();
  renderKnown();
  scrollDown();
}

function renderChoices(): void {
  const options =
    messages.length === 0 ? t.starters.map(([label, value]) => ({ label, value })) : latestChoices(messages);
  ui.choices.replaceChildren(
    ...options.map((o) => h("button", { type: "button", class: "chip", onclick: () => void send(o.value) }, o.label)),
  );
  ui.choices.hidden = options.length === 0;
}

function renderKnown(): void {
  const facts = knownFacts(intake, lang);
  ui.knownSummary.textContent = `${t.known} (${facts.length})`;
  ui.knownList.replaceChildren(
    ...(facts.length ? facts.flatMap(([k, v]) => [h("dt", {}, k), h("dd", {}, v)]) : [h("dd", {}, t.knownEmpty)]),
  );
}

function scrollDown(): void {
  ui.log.scrollTop = ui.log.scrollHeight;
}

function setBusy(busy: boolean): void {
  ui.typing.replaceChildren(...(busy ? [h("span", { class: "dots", "aria-hidden": "true" }), t.typing] : []));
  ui.send.disabled = busy;
  for (const b of ui.choices.querySelectorAll("button")) b.disabled = busy;
}

async function send(text: string): Promise<void> {
  if (inflight || !text.trim()) return;
  if (!sessionId) {
    sessionId = newSessionId();
    storage.set(storeKey, sessionId);
  }
  const user: ViewMessage = { id: "", role: "user", parts: [{ type: "text", text }] };
  const reply: ViewMessage = { id: "", role: "assistant", parts: [] };
  const wasEmpty = messages.length === 0;
  // The earlier reply's review card becomes a record: its edits and Draft button go.
  if (liveReply) renderMessage(liveReply.el, liveReply.message, t);
  liveReply = null;
  messages.push(user);
  if (wasEmpty) ui.log.replaceChildren();
  const userEl = h("div");
  const replyEl = h("div");
  renderMessage(userEl, user, t);
  ui.log.append(userEl);
  ui.choices.replaceChildren();
  ui.choices.hidden = true;
  ui.input.focus();
  setBusy(true);
  scrollDown();
  inflight = new AbortController();
  let frame = 0;
  try {
    await sendTurn({
      id: sessionId,
      text,
      clinic: config.clinic,
      lang,
      signal: inflight.signal,
      onChunk: (chunk) => {
        applyChunk(reply, chunk);
        if (!replyEl.isConnected) ui.log.append(replyEl);
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => {
          renderMessage(replyEl, reply, t);
          scrollDown();
        });
      },
    });
  } catch (error) {
    if (inflight.signal.aborted) return;
    const kind = error instanceof ChatError ? error.kind : "error";
    const message =
      (error instanceof ChatError && error.message) ||
      (kind === "busy" ? t.busy : kind === "offline" ? t.offline : t.error);
    reply.parts.push({ type: "error", text: message });
    if (!replyEl.isConnected) ui.log.append(replyEl);
  } finally {
    cancelAnimationFrame(frame);
    inflight = null;
    setBusy(false);
  }
  messages.push(reply);
  renderMessage(replyEl, reply, t, actions);
  liveReply = { el: replyEl, message: reply };
  const latest = toolOutputs([reply], "updateIntake").at(-1) as { intake?: unknown } | undefined;
  if (latest?.intake) intake = latest.intake;
  renderChoices();
  renderKnown();
  scrollDown();
  const docs = reply.parts.filter((p) => p.type === "data-document").length;
  const review = reply.parts.some((p) => p.type === "data-review");
  ui.announce.textContent = [
    plainText(reply),
    review ? t.reviewTitle : "",
    docs ? t.document : "",
    ...reply.parts.flatMap((p) => (p.type === "error" ? [p.text] : [])),
  ]
    .filter(Boolean)
    .join(" ");
}

function showConfirm(open: boolean): void {
  ui.confirm.hidden = !open;
  (open ? ui.confirmYes : ui.deleteButton).focus();
}

async function erase(): Promise<void> {
  inflight?.abort();
  inflight = null;
  const old = sessionId;
  sessionId = "";
  storage.set(storeKey, "");
  messages = [];
  intake = {};
  showConfirm(false);
  setBusy(false);
  renderAll();
  if (old) await deleteSession(old).catch(() => undefined);
  ui.announce.textContent = t.deleted;
  ui.input.focus();
}

function close(): void {
  if (embedded) window.parent.postMessage({ rp: "close" }, "*");
}

function setLanguage(chosen: Lang): void {
  lang = chosen;
  t = STRINGS[lang];
  storage.set("rp:lang", lang);
  document.documentElement.lang = lang;
  const next = nextLanguage(lang, config.languages);
  label(ui, t, next === lang ? null : STRINGS[next]);
  renderAll();
}

ui.form.addEventListener("submit", (e) => {
  e.preventDefault();
  const text = ui.input.value.trim();
  if (!text || inflight) return;
  ui.input.value = "";
  void send(text);
});
ui.langButton.addEventListener("click", () => setLanguage(nextLanguage(lang, config.languages)));
ui.deleteButton.addEventListener("click", () => showConfirm(true));
ui.confirmNo.addEventListener("click", () => showConfirm(false));
ui.confirmYes.addEventListener("click", () => void erase());
ui.closeButton.addEventListener("click", close);
document.addEventListener("keydown", (e) => {
  if (e.key !== "Escape") return;
  if (!ui.confirm.hidden) showConfirm(false);
  else close();
});
// The loader asks for focus each time it reopens the panel; only our parent may ask.
window.addEventListener("message", (e) => {
  if (e.source === window.parent && (e.data as { rp?: unknown } | null)?.rp === "focus") ui.input.focus();
});

async function start(): Promise<void> {
  setLanguage(lang);
  ui.input.focus();
  if (!sessionId) return;
  try {
    const stored = await loadSession(sessionId);
    if (!stored) return;
    messages = fromStored(stored.messages);
    intake = stored.intake;
    renderAll();
  } catch {
    ui.announce.textContent = t.offline;
  }
}

void start();
