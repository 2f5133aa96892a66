// The card after a letter is drafted: download it in every format the server offers, print it, see
// where to send it (each address, fax, email and phone with a Copy button; phones and emails as
// links to call or write) and when the answer is due if it is sent today; then "I sent it" (issue 20),
// "Another letter" and "Start over". Formats come from the card's data, so a new one (PDF) needs no change here.
import { plainDateIn } from "../../i18n/plain.js";
import type { DocumentCard, DocumentFormat, SendTo } from "../../sessions/session.js";
import type { Strings } from "../i18n.js";
import { h } from "./dom.js";
import type { ReviewActions } from "./review.js";

const str = (v: unknown): string | undefined => (typeof v === "string" && v.trim() ? v.trim() : undefined);

/** The card's formats; a card stored before `formats` existed has its .docx and text links. */
function formatsOf(d: DocumentCard): DocumentFormat[] {
  const listed = Array.isArray(d.formats)
    ? d.formats.filter((f) => typeof f?.format === "string" && typeof f?.url === "string")
    : [];
  if (listed.length) return listed;
  return [
    { format: "docx", url: d.url },
    ...(typeof d.textUrl === "string" ? [{ format: "txt", url: d.textUrl }] : []),
  ];
}

/** Copies `text`; where the Clipboard API is refused (a frame without clipboard-write), through a selection. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = h("textarea", { class: "sr-only", "aria-hidden": "true", tabindex: "-1" });
    area.value = text;
    document.body.append(area);
    area.select();
    const ok = document.execCommand("copy");
    area.remove();
    return ok;
  }
}

/** Prints the letter's plain text from the panel itself (print styles show only it). */
async function printLetter(url: string, status: HTMLElement, t: Strings): Promise<void> {
  let text: string;
  try {
    const res = await fetch(url, { cache: "no-store" });
    if (!res.ok) throw new Error(String(res.status));
    text = await res.text();
  } catch {
    status.textContent = t.error;
    return;
  }
  const sheet = h("pre", { class: "print-doc" }, text);
  document.body.append(sheet);
  document.documentElement.classList.add("printing");
  const done = () => {
    sheet.remove();
    document.documentElement.classList.remove("printing");
  };
  window.addEventListener("afterprint", done, { once: true });
  window.print();
}

/** One way to reach the office: its label, the value (a link to call or write when it is one) and Copy. */
function contactRow(kind: keyof Strings["contact"], value: string, t: Strings, status: HTMLElement): HTMLElement {
  const digits = value.replace(/[^\d+]/g, "");
  const shown =
    kind === "phone" && digits.length >= 7
      ? h("a", { href: `tel:${digits}`, "aria-label": t.callNumber.replace("{number}", value) }, value)
      : kind === "email"
        ? // A long address breaks after its "@" rather than mid-word.
          h("a", { href: `mailto:${value}` }, ...value.split(/(?<=@)/).flatMap((p, i) => (i ? [h("wbr"), p] : [p])))
        : kind === "url"
          ? h("a", { href: value, target: "_blank", rel: "noopener noreferrer" }, value)
          : value;
  const copy = h(
    "button",
    {
      type: "button",
      class: "copy",
      "aria-label": `${t.copy}: ${t.contact[kind]}`,
      onclick: async () => {
        const ok = await copyText(value);
        status.textContent = ok ? `${t.copied}: ${value}` : "";
        copy.textContent = ok ? t.copied : t.copy;
      },
    },
    t.copy,
  );
  return h("div", { class: "contact" }, h("dt", {}, t.contact[kind]), h("dd", {}, h("span", {}, shown), copy));
}

function whereToSend(to: SendTo | undefined, t: Strings, status: HTMLElement): HTMLElement[] {
  const name = str(to?.name);
  const rows = (["address", "fax", "email", "phone", "url"] as const).flatMap((k) => {
    const v = str(to?.[k]);
    return v ? [contactRow(k, v, t, status)] : [];
  });
  const list = h("dl", { class: "contacts" });
  list.append(...rows);
  const out: HTMLElement[] = [h("h3", {}, t.sendTo)];
  if (name) out.push(h("p", { class: "to" }, name));
  out.push(rows.length ? list : h("p", { class: "small" }, t.sendToUnknown));
  return out;
}

/** The "send it" card for a drafted letter; with `actions`, its "Another letter" and "Start over" work. */
export function sendItCard(
  d: DocumentCard | null | undefined,
  t: Strings,
  actions?: ReviewActions,
): HTMLElement | null {
  if (!d || typeof d.url !== "string" || typeof d.title !== "string") return null;
  const status = h("p", { class: "sr-only", role: "status" });
  const formats = formatsOf(d);
  const text = formats.find((f) => f.format === "txt");
  const downloads = formats.map((f, i) =>
    h(
      "a",
      {
        href: f.url,
        download: true,
        class: i === 0 ? "btn" : "btn plain",
        "aria-label": `${t.download}: ${t.formats[f.format] ?? f.format}`,
      },
      t.formats[f.format] ?? f.format.toUpperCase(),
    ),
  );
  const print = text
    ? h("button", { type: "button", class: "btn plain", onclick: () => void printLetter(text.url, status, t) }, t.print)
    : null;
  const due = str(d.dueIfSentToday);
  const expires = new Date(d.expiresAt);
  const when = Number.isNaN(expires.getTime())
    ? ""
    : expires.toLocaleString(t.locale, { dateStyle: "medium", timeStyle: "short" });
  const next = actions
    ? h(
        "p",
        { class: "links" },
        // Sent as the patient's own message, like a quick reply: the assistant records the date and method.
        h(
          "button",
          { type: "button", class: "btn", onclick: () => actions.send(t.tracker.iSentItMessage) },
          t.tracker.iSentIt,
        ),
        h(
          "button",
          { type: "button", class: "btn plain", onclick: () => actions.send(t.anotherLetter) },
          t.anotherLetter,
        ),
        h("button", { type: "button", class: "btn plain", onclick: () => actions.send(t.startOver) }, t.startOver),
      )
    : null;
  return h(
    "section",
    { class: "card doc", "aria-label": `${t.document}: ${d.title}` },
    h("p", { class: "kicker" }, t.document),
    // The letter itself is always in English, whatever the panel's language: a US records office reads it.
    h("h2", { lang: "en" }, d.title),
    h("p", { class: "links" }, ...downloads, print),
    ...whereToSend(d.sendTo, t, status),
    due ? h("p", { class: "due" }, t.dueIfSentToday.replace("{date}", plainDateIn(due, t.dates))) : null,
    next,
    when ? h("p", { class: "small" }, `${t.expires} ${when}`) : null,
    status,
  );
}
