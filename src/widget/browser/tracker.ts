// The tracker card (issue 20): shown where the assistant recorded that the patient sent their
// request (a data-tracker part). It states the due date and offers "Add to calendar" (an .ics fetched
// with the token and saved from a Blob URL) and, where texts are set up, "Text me a reminder" and
// "Continue by text": each a small form with the number, an explicit consent box and, to continue,
// the code we text. Results and errors are announced; the number is never shown back.
import { plainDateIn } from "../../i18n/plain.js";
import type { TrackerCard } from "../../sessions/session.js";
import type { Strings } from "../i18n.js";
import { ChatError } from "./api.js";
import { h } from "./dom.js";

/** What the card needs from the panel: the conversation's tracker routes, with its token and clinic. */
export interface TrackerApi {
  calendar(): Promise<Blob>;
  post(path: "reminder" | "phone" | "phone/verify", body: Record<string, unknown>): Promise<Record<string, unknown>>;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
let fields = 0;

/**
 * The server's words for a refusal (written for people, after the field they are about: "phone: …",
 * which the form already shows), or the panel's own.
 */
function why(error: unknown, t: Strings): string {
  const said = error instanceof ChatError ? error.message.replace(/^[a-z]+: /, "") : "";
  return said ? said.charAt(0).toUpperCase() + said.slice(1) : t.error;
}

/** +15035550100 as (503) 555-0100; anything else as given. */
const usNumber = (e164: string): string => e164.replace(/^\+1(\d{3})(\d{3})(\d{4})$/, "($1) $2-$3");

/** After an error the form's buttons stay in view, so the patient can fix and send again. */
const keepInView = (el: HTMLElement) => el.scrollIntoView({ block: "nearest" });

/** Saves a Blob as a file through a temporary object URL. */
function save(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = h("a", { href: url, download: filename, class: "sr-only" });
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL; it is released once the browser has read it.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** A labelled field with its hint, for a phone number or the code. */
function field(label: string, input: HTMLInputElement, hint?: string): HTMLElement {
  const id = `rp-f${++fields}`;
  input.id = id;
  const hintEl = hint ? h("p", { class: "small", id: `${id}-hint` }, hint) : null;
  if (hintEl) input.setAttribute("aria-describedby", hintEl.id);
  return h("div", { class: "field" }, h("label", { for: id }, label), input, hintEl);
}

/** The card for a data-tracker part; `api` makes its actions work (absent: the dates only). */
export function trackerCard(d: TrackerCard | null | undefined, t: Strings, api?: TrackerApi): HTMLElement | null {
  if (!d || typeof d.dueOn !== "string" || !ISO_DAY.test(d.dueOn)) return null;
  const w = t.tracker;
  const date = (iso: string) => plainDateIn(iso, t.dates);
  const status = h("p", { class: "status", role: "status", "aria-live": "polite", tabindex: "-1" });
  const slot = h("div", { class: "slot" });
  const say = (text: string, focus = false) => {
    status.textContent = text;
    if (focus) status.focus();
  };
  const via = typeof d.sentVia === "string" ? w.via[d.sentVia] : undefined;
  const sent =
    typeof d.sentOn === "string" && ISO_DAY.test(d.sentOn)
      ? (via ? w.sentBy.replace("{via}", via) : w.sent).replace("{date}", date(d.sentOn))
      : null;
  const extended =
    typeof d.extendedDueOn === "string" && ISO_DAY.test(d.extendedDueOn) && d.extendedDueOn !== d.dueOn
      ? w.extended.replace("{date}", date(d.extendedDueOn))
      : null;

  /** The form for a number and consent; `submit` runs with the E.164-or-typed number once both are given. */
  function phoneForm(consentText: string, submitLabel: string, submit: (phone: string) => Promise<void>) {
    const phone = h("input", { type: "tel", autocomplete: "tel", inputmode: "tel", maxlength: "40" });
    const consent = h("input", { type: "checkbox" });
    const error = h("p", { class: "error", role: "alert" });
    const button = h("button", { type: "submit", class: "btn" }, submitLabel);
    const form = h(
      "form",
      {
        class: "tracker-form",
        novalidate: true,
        onsubmit: async (e: Event) => {
          e.preventDefault();
          error.textContent = "";
          phone.removeAttribute("aria-invalid");
          if (phone.value.replace(/\D/g, "").length < 10) {
            phone.setAttribute("aria-invalid", "true");
            error.textContent = w.needPhone;
            phone.focus();
            return;
          }
          if (!consent.checked) {
            error.textContent = w.needConsent;
            consent.focus();
            return;
          }
          button.disabled = true;
          say(w.working);
          try {
            await submit(phone.value);
          } catch (failure) {
            say("");
            error.textContent = why(failure, t);
            if (failure instanceof ChatError && /^phone:/.test(failure.message))
              phone.setAttribute("aria-invalid", "true");
          } finally {
            button.disabled = false;
          }
        },
      },
      field(w.phone, phone, w.phoneHint),
      h("label", { class: "check" }, consent, h("span", {}, consentText)),
      error,
      h("div", { class: "row" }, button, cancelButton()),
    );
    open(form, phone);
  }

  function cancelButton(): HTMLElement {
    return h("button", { type: "button", class: "btn plain", onclick: () => slot.replaceChildren() }, w.cancel);
  }

  function open(form: HTMLElement, first: HTMLElement): void {
    slot.replaceChildren(form);
    say("");
    first.focus();
  }

  /** After the code was texted: the code field, then the phone's conversation continues here. */
  function codeForm(phone: string): void {
    const code = h("input", {
      type: "text",
      inputmode: "numeric",
      autocomplete: "one-time-code",
      maxlength: "6",
      pattern: "[0-9]{6}",
    });
    const error = h("p", { class: "error", role: "alert" });
    const button = h("button", { type: "submit", class: "btn" }, w.confirmCode);
    const form = h(
      "form",
      {
        class: "tracker-form",
        novalidate: true,
        onsubmit: async (e: Event) => {
          e.preventDefault();
          error.textContent = "";
          button.disabled = true;
          try {
            const answer = await api!.post("phone/verify", { phone, code: code.value.trim() });
            slot.replaceChildren();
            say(w.linked.replace("{number}", usNumber(String(answer.textTo ?? ""))), true);
          } catch (failure) {
            error.textContent = why(failure, t);
            code.setAttribute("aria-invalid", "true");
            code.focus();
            keepInView(button);
          } finally {
            button.disabled = false;
          }
        },
      },
      h("p", {}, w.codeSent),
      field(w.code, code),
      error,
      h("div", { class: "row" }, button, cancelButton()),
    );
    open(form, code);
    say(w.codeSent);
  }

  const actions = api
    ? h(
        "p",
        { class: "links" },
        h(
          "button",
          {
            type: "button",
            class: "btn",
            onclick: async () => {
              say(w.working);
              try {
                save(await api.calendar(), "records-request.ics");
                say(w.calendarSaved);
              } catch (failure) {
                say(why(failure, t));
              }
            },
          },
          w.addToCalendar,
        ),
        d.textReminders === true
          ? h(
              "button",
              {
                type: "button",
                class: "btn plain",
                onclick: () =>
                  phoneForm(w.consentReminder, w.setReminder, async (phone) => {
                    const answer = await api.post("reminder", { phone, consent: true });
                    const on = (answer.reminder as { sendOn?: unknown } | undefined)?.sendOn;
                    slot.replaceChildren();
                    say(w.reminderSet.replace("{date}", date(typeof on === "string" ? on : d.dueOn)), true);
                  }),
              },
              w.textMe,
            )
          : null,
        d.textReminders === true
          ? h(
              "button",
              {
                type: "button",
                class: "btn plain",
                onclick: () =>
                  phoneForm(w.consentContinue, w.sendCode, async (phone) => {
                    await api.post("phone", { phone, consent: true });
                    codeForm(phone);
                  }),
              },
              w.continueByText,
            )
          : null,
      )
    : null;

  return h(
    "section",
    { class: "card tracker", "aria-label": w.kicker },
    h("p", { class: "kicker" }, w.kicker),
    sent ? h("p", {}, sent) : null,
    h("p", { class: "due" }, w.due.replace("{date}", date(d.dueOn))),
    extended ? h("p", { class: "small" }, extended) : null,
    actions,
    slot,
    status,
  );
}
