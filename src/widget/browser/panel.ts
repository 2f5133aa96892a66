// The chat panel (GET /embed): runs inside the loader's iframe on our origin, so the host page
// cannot read the conversation. Streams replies, keeps the conversation's id and token in this
// origin's storage (one slot per clinic and embedding site), and talks to the loader only to say "close".
import type { PanelConfig } from "../../clinics/schema.js";
import { themeColors } from "../contrast.js";
import { knownFacts } from "../facts.js";
import { failureText, waitText } from "../failure-text.js";
import { type Lang, nextLanguage, pickLanguage, STRINGS } from "../i18n.js";
import { applyChunk, fromStored, plainText, toolOutputs, type ViewMessage } from "../ui-message.js";
import { ChatError, calendarFile, deleteSession, loadSession, newSessionId, sendTurn, trackerPost } from "./api.js";
import { buildChrome, label } from "./chrome.js";
import { deleteConfirm } from "./confirm.js";
import { h } from "./dom.js";
import { failureNotice, officeLine } from "./errors.js";
import { renderKnownList } from "./known.js";
import {
  type Credential,
  credentialKey,
  embeddingOrigin,
  legacyKey,
  memoryStorage,
  panelStorage,
  readCredential,
  writeCredential,
} from "./session-store.js";
import type { TrackerApi } from "./tracker.js";
import { latestChoices, type Notice, noticeMessage, renderMessage } from "./view.js";

const mount = document.getElementById("rp");
const config = JSON.parse(mount?.dataset.config ?? "{}") as PanelConfig;
const embedded = window.parent !== window;
/** The settings page's live preview: no storage read or written, no conversation, nothing sent. */
const preview = config.preview === true;
const storage = preview ? memoryStorage() : panelStorage();
const parentOrigin = embeddingOrigin({ embedded, ancestors: location.ancestorOrigins, referrer: document.referrer });
const storeKey = credentialKey(config.clinic, parentOrigin);
// A bare id from before the token cannot open its conversation any more.
if (!preview) storage.remove(legacyKey(config.clinic));

// The loader passes the host page's language hint (?lang=); the patient's own pick still wins.
const hint = new URLSearchParams(location.search).get("lang");
let lang = pickLanguage(config.languages, storage.get("rp:lang"), [
  ...(hint ? [hint] : []),
  ...(navigator.languages ?? [navigator.language]),
]);
let t = STRINGS[lang];
/** The patient pressed the language button (on this device): from then on the conversation answers in the panel's language. */
let picked = storage.get("rp:langPicked") === "1";
/** The conversation's credential; its token is "" until the first turn's response brings it. */
let session: Credential | null = readCredential(storage, storeKey);
let notice: Notice | null = null;
let messages: ViewMessage[] = [];
let intake: unknown = {};
let inflight: AbortController | null = null;
/**
 * The patient's last message when it got no whole reply: shown with Retry until it is sent again or
 * replaced by the next message (which then takes its id, see send()). What part of the reply did
 * arrive is not kept: it may ask the next question while the quick replies still answer this one.
 */
let failed: { user: ViewMessage; typed: boolean; error: ChatError; retryAt: number } | null = null;
/** Why the stored conversation could not be loaded (network, server): shown with Retry. */
let loadError: ChatError | null = null;
/** The latest reply on screen: its review card is the one that takes edits. */
let liveReply: { el: HTMLElement; message: ViewMessage } | null = null;
const actions = { send: (text: string) => void send(text, true) };
/** The conversation as the tracker card's actions reach it; before its first reply there is no token. */
const opened = (): Credential => {
  if (!session?.token) throw new ChatError("gone");
  return session;
};
/**
 * The page the calendar's events link back to: the host page when framed (the server keeps only
 * its path, and only on the clinic's own origins), else this one's site.
 */
const pageUrl = embedded ? document.referrer : `${location.origin}/`;
const tracker: TrackerApi = {
  calendar: async () => calendarFile(opened(), config.clinic, pageUrl),
  post: async (path, body) => trackerPost(opened(), config.clinic, path, body, lang),
};

const ui = buildChrome(config, embedded);
const theme = themeColors(config.themeColor);
for (const [k, v] of Object.entries(theme)) document.documentElement.style.setProperty(`--${k}`, v);
mount?.replaceChildren(ui.root);
const confirmDelete = deleteConfirm(
  ui,
  () => t,
  () => void erase(),
);

/** Whole-log render: used on load, language switch, delete and a fresh start; streaming renders one message. */
function renderAll(): void {
  liveReply = null;
  const items: HTMLElement[] = messages.map((m, i) => {
    const el = h("div");
    const live = i === messages.length - 1 && m.role === "assistant";
    renderMessage(el, m, t, live ? actions : undefined, tracker);
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
  if (loadError)
    items.push(
      failureNotice(loadError, t, { retryAt: 0, phone: config.recordsPhone, lead: t.loadFailed, onRetry: openStored }),
    );
  if (failed) items.push(...failedItems(failed));
  // "A new one has started" reads before the new greeting; "this one is full" after the conversation.
  if (notice?.kind === "gone") items.unshift(withOffice(noticeMessage(notice, t, startNew)));
  else if (notice) items.push(withOffice(noticeMessage(notice, t, startNew)));
  ui.log.replaceChildren(...items);
  renderChoices();
  renderKnown();
  scrollDown();
}

/** The failed message as the patient sent it, marked "Not answered", and the failure with Retry. */
function failedItems(f: NonNullable<typeof failed>): HTMLElement[] {
  const userEl = h("div");
  renderMessage(userEl, f.user, t);
  userEl.append(h("p", { class: "small" }, t.notAnswered));
  const notice = failureNotice(f.error, t, {
    retryAt: f.retryAt,
    phone: config.recordsPhone,
    onRetry: retry,
    onReady: () => {
      ui.announce.textContent = t.ready;
    },
  });
  return [userEl, notice];
}

/** A notice about the conversation, with the records office's phone when the clinic has one. */
function withOffice(el: HTMLElement): HTMLElement {
  const office = officeLine(config.recordsPhone, t);
  if (office) el.append(office);
  return el;
}

/** Sends the failed message again, with its id; the box is emptied if it still holds the same words. */
function retry(): void {
  if (!failed || inflight) return;
  const text = plainText(failed.user);
  if (ui.input.value.trim() === text.trim()) ui.input.value = "";
  void send(text, failed.typed);
}

function renderChoices(): void {
  // A full conversation takes no more answers: its quick replies would only be refused again.
  const options = notice?.kind === "full" ? [] : messages.length === 0 ? starters() : latestChoices(messages);
  ui.choices.replaceChildren(
    ...options.map((o) =>
      h("button", { type: "button", class: "chip", onclick: () => void send(o.label, false) }, o.label),
    ),
  );
  ui.choices.hidden = options.length === 0;
}

/** The clinic's own first quick replies in this language, else the catalog's. */
function starters(): Array<{ label: string; value: string }> {
  const own = config.starters?.[lang];
  return own?.length
    ? own.map((s) => ({ label: s, value: s }))
    : t.starters.map(([label, value]) => ({ label, value }));
}

function renderKnown(): void {
  const facts = knownFacts(intake, lang);
  ui.knownSummary.textContent = `${t.known} (${facts.length})`;
  // A correction is a message like any other: a full conversation takes none.
  renderKnownList(ui.knownList, facts, t, notice?.kind === "full" ? undefined : actions);
}

function scrollDown(): void {
  ui.log.scrollTop = ui.log.scrollHeight;
}

/**
 * Follows a reply as it grows, until its start reaches the top of the log: a reply taller than the
 * log is read from its start (the advice), then scrolled down to its question.
 */
function follow(reply: HTMLElement): void {
  scrollDown();
  const above = ui.log.getBoundingClientRect().top - reply.getBoundingClientRect().top;
  if (above > 0) ui.log.scrollTop -= above;
}

function setBusy(busy: boolean): void {
  ui.typing.replaceChildren(...(busy ? [h("span", { class: "dots", "aria-hidden": "true" }), t.typing] : []));
  ui.send.disabled = busy;
  for (const b of ui.choices.querySelectorAll("button")) b.disabled = busy;
}

/** Keeps the credential; only one with its token is stored, since an id alone opens nothing. */
function remember(next: Credential | null): void {
  session = next;
  if (!next || next.token) writeCredential(storage, storeKey, next);
}

/** Forgets the conversation on this device and shows an empty one (with `why`, when it was not the patient's choice). */
function restart(why: Notice | null): void {
  remember(null);
  messages = [];
  intake = {};
  notice = why;
  failed = null;
  loadError = null;
  renderAll();
}

/** Sends one message; `typed` when the patient wrote it (the box, or an edit in the review card). */
async function send(text: string, typed: boolean): Promise<void> {
  if (inflight || !text.trim()) return;
  if (preview) {
    showPreviewNote();
    return;
  }
  // What is sent next replaces a failed message (the same words, on Retry): it takes the failed
  // one's id, so a server that had stored it replaces it instead of keeping both.
  const replaces = failed;
  if (failed || loadError) {
    failed = null;
    loadError = null;
    renderAll();
  }
  if (!session) session = { id: newSessionId(), token: "" };
  const turn = session;
  const user: ViewMessage = {
    id: replaces?.user.id ?? crypto.randomUUID(),
    role: "user",
    parts: [{ type: "text", text }],
  };
  const reply: ViewMessage = { id: "", role: "assistant", parts: [] };
  const wasEmpty = messages.length === 0;
  // The earlier reply's review card becomes a record: its edits and Draft button go.
  if (liveReply) renderMessage(liveReply.el, liveReply.message, t, undefined, tracker);
  liveReply = null;
  notice = null;
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
  let error: ChatError | null = null;
  try {
    await sendTurn({
      id: turn.id,
      token: turn.token,
      messageId: user.id,
      text,
      clinic: config.clinic,
      lang,
      ...(picked ? { picked: lang } : {}),
      signal: inflight.signal,
      onChunk: (chunk) => {
        applyChunk(reply, chunk);
        if (!replyEl.isConnected) ui.log.append(replyEl);
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => {
          renderMessage(replyEl, reply, t, undefined, tracker);
          follow(replyEl);
        });
      },
      // Unless the patient deleted or left this conversation while the reply was on its way.
      onToken: (token) => {
        if (session === turn) remember({ id: turn.id, token });
      },
    });
  } catch (thrown) {
    if (inflight.signal.aborted) return;
    error = thrown instanceof ChatError ? thrown : new ChatError("error");
  } finally {
    cancelAnimationFrame(frame);
    inflight = null;
    setBusy(false);
  }
  // Nothing typed is lost: a typed message that failed goes back in the box, unless another is being
  // typed; so does any message of a conversation that is gone or full, since its bubble goes.
  const lost = error?.kind === "gone" || error?.kind === "full";
  const kept = error !== null && (typed || lost) && !ui.input.value.trim();
  if (kept) ui.input.value = text;
  if (error?.kind === "gone" && session === turn) {
    restart({ kind: "gone", kept });
    ui.announce.textContent = kept ? `${t.gone} ${t.kept}` : t.gone;
    return;
  }
  if (error?.kind === "full") {
    messages.pop();
    notice = { kind: "full", message: error.message };
    renderAll();
    ui.announce.textContent = [error.message || t.full, kept ? t.kept : ""].filter(Boolean).join(" ");
    return;
  }
  if (error) {
    // The turn did not happen for the patient: the message waits with Retry and the earlier reply's
    // quick replies come back; what arrived of this reply goes (see `failed`).
    messages.pop();
    const retryAt = error.retryAfter ? Date.now() + error.retryAfter * 1000 : 0;
    failed = { user, typed, error, retryAt };
    renderAll();
    ui.announce.textContent = [failureText(error, t), waitText(retryAt - Date.now(), t), kept ? t.kept : ""]
      .filter(Boolean)
      .join(" ");
    return;
  }
  messages.push(reply);
  renderMessage(replyEl, reply, t, actions, tracker);
  liveReply = { el: replyEl, message: reply };
  const latest = toolOutputs([reply], "updateIntake").at(-1) as { intake?: unknown } | undefined;
  if (latest?.intake) intake = latest.intake;
  renderChoices();
  renderKnown();
  follow(replyEl);
  const docs = reply.parts.filter((p) => p.type === "data-document").length;
  const review = reply.parts.some((p) => p.type === "data-review");
  ui.announce.textContent = [plainText(reply), review ? t.reviewTitle : "", docs ? t.document : ""]
    .filter(Boolean)
    .join(" ");
}

/** In the preview a message goes nowhere: a short note says so, once, under the greeting. */
function showPreviewNote(): void {
  ui.announce.textContent = t.previewNote;
  if (ui.log.querySelector(".preview-note")) return;
  ui.log.append(h("p", { class: "preview-note", role: "status" }, t.previewNote));
  scrollDown();
}

async function erase(): Promise<void> {
  inflight?.abort();
  inflight = null;
  const old = session;
  confirmDelete.show(false);
  restart(null);
  setBusy(false);
  if (old?.token) await deleteSession(old, config.clinic).catch(() => undefined);
  ui.announce.textContent = t.deleted;
  ui.input.focus();
}

/** "Start a new conversation" under a full one: the old one stays on the server until it expires. */
function startNew(): void {
  if (inflight) return;
  restart(null);
  ui.announce.textContent = t.started;
  ui.input.focus();
}

function close(): void {
  // To the page that frames us when the browser told us which it is ("direct" when it did not: the
  // message says nothing private, and the loader checks that it comes from our origin and frame).
  if (embedded) window.parent.postMessage({ rp: "close" }, parentOrigin === "direct" ? "*" : parentOrigin);
}

function setLanguage(chosen: Lang): void {
  lang = chosen;
  t = STRINGS[lang];
  storage.set("rp:lang", lang);
  document.documentElement.lang = lang;
  const next = nextLanguage(lang, config.languages);
  label(ui, t, next === lang ? null : STRINGS[next]);
  confirmDelete.relabel();
  renderAll();
}

ui.form.addEventListener("submit", (e) => {
  e.preventDefault();
  const text = ui.input.value.trim();
  if (!text || inflight) return;
  ui.input.value = "";
  void send(text, true);
});
ui.langButton.addEventListener("click", () => {
  picked = true;
  storage.set("rp:langPicked", "1");
  setLanguage(nextLanguage(lang, config.languages));
});
ui.closeButton.addEventListener("click", close);
document.addEventListener("keydown", (e) => {
  if (e.key !== "Escape") return;
  if (confirmDelete.isOpen()) confirmDelete.show(false);
  else close();
});
// The loader asks for focus each time it reopens the panel; only our parent may ask.
window.addEventListener("message", (e) => {
  if (e.source === window.parent && (e.data as { rp?: unknown } | null)?.rp === "focus") ui.input.focus();
});

/** Opens the stored conversation, if this browser has one; a failure shows with Retry (which calls this again). */
async function openStored(): Promise<void> {
  const opening = session;
  if (!opening) return;
  if (loadError) {
    loadError = null;
    renderAll();
  }
  try {
    const stored = await loadSession(opening, config.clinic);
    // The patient may have started over while it loaded.
    if (session !== opening) return;
    // Expired, or deleted from another device: say so rather than silently showing an empty panel.
    if (!stored) {
      restart({ kind: "gone", kept: false });
      ui.announce.textContent = t.gone;
      return;
    }
    messages = fromStored(stored.messages);
    intake = stored.intake;
    // A conversation that ends with the patient's message lost its reply (cut off, not saved): offer it again.
    const last = messages.at(-1);
    if (last?.role === "user") {
      messages.pop();
      failed = { user: last, typed: false, error: new ChatError("cut"), retryAt: 0 };
    }
    renderAll();
  } catch (error) {
    if (session !== opening) return;
    if (error instanceof ChatError && error.kind === "gone") {
      restart({ kind: "gone", kept: false });
      ui.announce.textContent = t.gone;
      return;
    }
    loadError = error instanceof ChatError ? error : new ChatError("error");
    renderAll();
    ui.announce.textContent = `${t.loadFailed} ${failureText(loadError, t)}`;
  }
}

setLanguage(lang);
// The preview sits beside the settings form: it must not take the caret from the field being typed in.
if (!preview) {
  ui.input.focus();
  void openStored();
  // Tells the loader the panel runs (it says so to the page as `recordpath:ready`); nothing private.
  if (embedded) window.parent.postMessage({ rp: "ready" }, parentOrigin === "direct" ? "*" : parentOrigin);
}
