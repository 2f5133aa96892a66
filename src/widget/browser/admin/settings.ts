// The clinic's settings form: records office, links, fees, look (colour and logo), greeting and
// starter questions per language, allowed websites and SMS numbers. Save sends a merge patch of
// only what changed; the server's error lands next to its field and in a summary, focus moves
// there, and nothing typed is lost. Every change redraws the live preview.

import { LOGO_MAX_BYTES, LOGO_TYPES } from "../../../clinics/logo.js";
import type { Clinic, PanelConfig } from "../../../clinics/schema.js";
import { LANGS, type Lang } from "../../../i18n/langs.js";
import { DEFAULT_THEME } from "../../contrast.js";
import { h } from "../dom.js";
import { ApiError, call } from "./api.js";
import { type Field, FieldSet, input } from "./fields.js";
import { listEditor } from "./list-editor.js";
import { mergeDiff, splitErrors } from "./patch.js";

const LANG_NAMES: Record<Lang, string> = { en: "English", es: "Spanish (Español)" };
const STARTERS = 4;
/** The record's fields this form edits (current() builds exactly these). */
const FORM_KEYS = new Set([
  "id",
  "name",
  "recordsOffice",
  "portalUrl",
  "requestFormUrl",
  "fees",
  "turnaroundDays",
  "themeColor",
  "logo",
  "greeting",
  "starters",
  "languages",
  "allowedOrigins",
  "smsNumbers",
]);

type Logo = NonNullable<Clinic["logo"]>;

export interface SettingsForm {
  root: HTMLElement;
  /** The panel's config from the form as it is now (for the preview). */
  panelConfig(): PanelConfig;
  /** Whether the form differs from the saved record. */
  dirty(): boolean;
}

/** Builds the form for `clinic`; `onChange` runs after every edit (the preview listens). */
export function settingsForm(
  clinic: Clinic,
  options: { ttlHours: number; onChange: () => void; onSaved: (c: Clinic) => void },
): SettingsForm {
  let saved = clinic;
  const fields = new FieldSet();
  const text = (path: string, label: string, attrs: Record<string, string> = {}, hint?: string) =>
    fields.add(path, label, input(attrs), hint);

  // Records office, links, fees.
  const name = text("name", "Clinic name (shown at the top of the assistant)", { autocomplete: "organization" });
  const office = {
    name: text("recordsOffice.name", "Office name", {}, "For example: Health Information Management."),
    phone: text("recordsOffice.phone", "Phone", { type: "tel", autocomplete: "tel" }),
    fax: text("recordsOffice.fax", "Fax", { type: "tel" }),
    email: text("recordsOffice.email", "Email", { type: "email", autocomplete: "email" }),
    address: text("recordsOffice.address", "Address for mail or drop-off", { autocomplete: "street-address" }),
    hours: text("recordsOffice.hours", "Opening hours", {}, "For example: Monday to Friday, 8 am to 4:30 pm."),
  };
  const portalUrl = text(
    "portalUrl",
    "Patient portal address",
    { type: "url" },
    "The full address, starting with https://.",
  );
  const requestFormUrl = text("requestFormUrl", "Records request form address", { type: "url" });
  const fees = fields.add("fees", "Fees", h("textarea", { rows: "2" }), "What copies cost, in one or two sentences.");
  const turnaround = text(
    "turnaroundDays",
    "Usual turnaround (days)",
    { type: "number", min: "1", max: "60", step: "1", inputmode: "numeric" },
    "How many days the office usually takes to answer a request (1 to 60).",
  );

  // Look: colour and logo.
  const colour = fields.add(
    "themeColor",
    "Theme colour",
    h("input", { type: "color" }),
    "The assistant's header and buttons.",
  );
  let logo: Logo | null = clinic.logo ?? null;
  const logoInput = h("input", { type: "file", accept: LOGO_TYPES.join(",") });
  const logoField = fields.add(
    "logo",
    "Logo (PNG, JPEG or WebP, at most 32 KB)",
    logoInput,
    "Shown small, left of the clinic's name.",
  );
  const logoImg = h("img", { class: "logo-preview", alt: "Current logo" });
  const logoRemove = h("button", { type: "button", class: "btn plain" }, "Remove the logo");
  const logoBox = h("div", { class: "logo-box" }, logoImg, logoRemove);
  logoField.row.append(logoBox);

  // Languages, greeting and starters.
  const langBoxes = new Map<Lang, HTMLInputElement>();
  const langError = h("p", { class: "field-error", id: "languages-error", hidden: true });
  const langGroup = h(
    "fieldset",
    { class: "group", "aria-describedby": "languages-error" },
    h("legend", {}, "Languages the assistant speaks"),
  );
  const greetings = new Map<Lang, Field & { input: HTMLTextAreaElement }>();
  const starters = new Map<Lang, HTMLInputElement[]>();
  const perLang = new Map<Lang, HTMLElement>();
  for (const lang of LANGS) {
    const box = h("input", { type: "checkbox", id: `lang-${lang}` });
    langBoxes.set(lang, box);
    langGroup.append(h("div", { class: "check" }, box, h("label", { for: box.id }, LANG_NAMES[lang])));
    const greeting = fields.add(
      `greeting.${lang}`,
      `Greeting in ${LANG_NAMES[lang]}`,
      h("textarea", { rows: "3", lang }),
      "The assistant's first message. Leave empty for the standard one.",
    );
    greetings.set(lang, greeting);
    const rows: HTMLInputElement[] = [];
    const set = h("fieldset", { class: "group starters" }, h("legend", {}, `Starter questions in ${LANG_NAMES[lang]}`));
    set.append(
      h(
        "p",
        { class: "hint" },
        "Up to four buttons patients can press to begin (one line each, at most 60 characters). Leave empty for the standard ones.",
      ),
    );
    for (let i = 0; i < STARTERS; i++) {
      const f = fields.add(`starters.${lang}.${i}`, `Starter ${i + 1}`, input({ maxlength: "60", lang }));
      rows.push(f.input);
      set.append(f.row);
    }
    fields.addGroup(`starters.${lang}`, set, h("p", { class: "field-error", hidden: true }), rows[0] as HTMLElement);
    starters.set(lang, rows);
    perLang.set(lang, h("div", { class: "lang-block" }, h("h3", {}, LANG_NAMES[lang]), greeting.row, set));
  }
  langGroup.append(langError);
  fields.addGroup("languages", langGroup, langError, langBoxes.get("en") as HTMLElement);

  // Lists: allowed websites and SMS numbers.
  const origins = listEditor(fields, {
    path: "allowedOrigins",
    legend: "Websites allowed to show the assistant",
    hint: "The address of each site where you paste the embed code: https:// and the host name only, no path (for example https://www.example.org).",
    label: (i) => `Website ${i + 1}`,
    add: "Add a website",
    attrs: { type: "url", inputmode: "url", placeholder: "https://www.example.org" },
    onChange: changed,
  });
  const sms = listEditor(fields, {
    path: "smsNumbers",
    legend: "SMS numbers",
    hint: "Your Twilio numbers that patients text, in the form +15035550100. Leave empty if you do not use texting.",
    label: (i) => `SMS number ${i + 1}`,
    add: "Add a number",
    attrs: { type: "tel", placeholder: "+15035550100" },
    onChange: changed,
  });

  const summary = h("div", { class: "summary", id: "form-summary", tabindex: "-1", hidden: true });
  const status = h("p", { class: "save-status", role: "status", "aria-live": "polite" });
  const saveButton = h("button", { type: "submit", class: "btn" }, "Save changes");
  const form = h(
    "form",
    { class: "settings", novalidate: true, "aria-labelledby": "settings-title" },
    h("h2", { id: "settings-title" }, "Settings"),
    summary,
    section("Records office", name.row, ...Object.values(office).map((f) => f.row)),
    section("Links", portalUrl.row, requestFormUrl.row),
    section("Fees and usual turnaround", fees.row, turnaround.row),
    section("Look", colour.row, logoField.row),
    section("Greeting and starter questions", langGroup, ...perLang.values()),
    section("Allowed websites", origins.root),
    section("SMS numbers", sms.root),
    h("div", { class: "save-bar" }, saveButton, status),
  );

  /** Fills every field from a record (on load and after a save). */
  function fill(c: Clinic): void {
    name.input.value = c.name;
    for (const [k, f] of Object.entries(office)) f.input.value = c.recordsOffice?.[k as keyof typeof office] ?? "";
    portalUrl.input.value = c.portalUrl ?? "";
    requestFormUrl.input.value = c.requestFormUrl ?? "";
    fees.input.value = c.fees ?? "";
    turnaround.input.value = c.turnaroundDays ? String(c.turnaroundDays) : "";
    colour.input.value = (c.themeColor ?? DEFAULT_THEME).toLowerCase();
    logo = c.logo ?? null;
    for (const lang of LANGS) {
      (langBoxes.get(lang) as HTMLInputElement).checked = c.languages.includes(lang);
      (greetings.get(lang) as Field & { input: HTMLTextAreaElement }).input.value = c.greeting?.[lang] ?? "";
      const rows = starters.get(lang) ?? [];
      rows.forEach((r, i) => {
        r.value = c.starters?.[lang]?.[i] ?? "";
      });
    }
    origins.set(c.allowedOrigins);
    sms.set(c.smsNumbers ?? []);
    showLogo();
    showLanguages();
  }

  /** The record as the form has it now (empty fields left out, as the server would store them). */
  function current(): Record<string, unknown> {
    const v = (e: { value: string }) => e.value.trim();
    const c: Record<string, unknown> = { id: saved.id, name: v(name.input) };
    const ro: Record<string, string> = {};
    for (const [k, f] of Object.entries(office)) if (v(f.input)) ro[k] = v(f.input);
    if (Object.keys(ro).length) c.recordsOffice = ro;
    if (v(portalUrl.input)) c.portalUrl = v(portalUrl.input);
    if (v(requestFormUrl.input)) c.requestFormUrl = v(requestFormUrl.input);
    if (v(fees.input)) c.fees = v(fees.input);
    // A number the browser could not read (letters) is sent as typed, so the server names the field.
    if (v(turnaround.input) || turnaround.input.validity.badInput)
      c.turnaroundDays = turnaround.input.validity.badInput ? "not a number" : Number(v(turnaround.input));
    const hex = colour.input.value.toLowerCase();
    if (saved.themeColor || hex !== DEFAULT_THEME)
      c.themeColor = saved.themeColor?.toLowerCase() === hex ? saved.themeColor : hex;
    if (logo) c.logo = logo;
    const greeting: Record<string, string> = {};
    const own: Record<string, string[]> = {};
    for (const lang of LANGS) {
      const g = v((greetings.get(lang) as Field & { input: HTMLTextAreaElement }).input);
      if (g) greeting[lang] = g;
      const s = (starters.get(lang) ?? []).map(v).filter(Boolean);
      if (s.length) own[lang] = s;
    }
    if (Object.keys(greeting).length) c.greeting = greeting;
    if (Object.keys(own).length) c.starters = own;
    c.languages = LANGS.filter((l) => langBoxes.get(l)?.checked);
    c.allowedOrigins = origins.values();
    const numbers = sms.values();
    if (numbers.length) c.smsNumbers = numbers;
    return c;
  }

  /** The saved record in the same shape as current() (so an untouched form has no diff). */
  function savedShape(): Record<string, unknown> {
    const { logo: l, ...rest } = saved;
    return { ...rest, ...(l ? { logo: l } : {}), themeColor: saved.themeColor };
  }

  const patch = () => {
    const before = JSON.parse(JSON.stringify(savedShape())) as Record<string, unknown>;
    // Only the fields this form shows: one it does not know (a newer server's) is never sent as null.
    for (const key of Object.keys(before)) if (!FORM_KEYS.has(key)) delete before[key];
    return mergeDiff(before, current());
  };

  function changed(): void {
    const dirty = patch() !== undefined;
    form.classList.toggle("dirty", dirty);
    if (dirty) status.textContent = "Unsaved changes.";
    else if (status.textContent === "Unsaved changes.") status.textContent = "";
    options.onChange();
  }

  function showLogo(): void {
    logoImg.hidden = logoRemove.hidden = !logo;
    if (logo) logoImg.src = `data:${logo.type};base64,${logo.data}`;
    else logoImg.removeAttribute("src");
  }

  function showLanguages(): void {
    for (const lang of LANGS) (perLang.get(lang) as HTMLElement).hidden = !langBoxes.get(lang)?.checked;
  }

  logoInput.addEventListener("change", async () => {
    fields.clear();
    const file = logoInput.files?.[0];
    if (!file) return;
    const fail = (message: string) => {
      logoInput.value = "";
      fields.show("logo", message);
      logoInput.focus();
    };
    if (!LOGO_TYPES.some((t) => t === file.type))
      return fail(`The logo must be a PNG, JPEG or WebP image; “${file.name}” is not. Choose another file.`);
    if (file.size > LOGO_MAX_BYTES)
      return fail(
        `The logo is ${Math.ceil(file.size / 1024)} KB; at most 32 KB fits. Make it smaller (about 128 pixels wide is plenty) and choose it again.`,
      );
    const bytes = new Uint8Array(await file.arrayBuffer());
    let bin = "";
    for (const b of bytes) bin += String.fromCharCode(b);
    logo = { type: file.type as Logo["type"], data: btoa(bin) };
    showLogo();
    changed();
  });
  logoRemove.addEventListener("click", () => {
    logo = null;
    logoInput.value = "";
    showLogo();
    changed();
    logoInput.focus();
  });
  for (const box of langBoxes.values()) box.addEventListener("change", showLanguages);
  form.addEventListener("input", changed);
  form.addEventListener("change", changed);

  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    fields.clear();
    summary.hidden = true;
    const body = patch();
    if (body === undefined) {
      status.textContent = "Nothing to save: no changes.";
      return;
    }
    saveButton.disabled = true;
    status.textContent = "Saving…";
    try {
      const next = await call<Clinic>("PATCH", `/clinics/${encodeURIComponent(saved.id)}`, body);
      saved = next;
      fill(next);
      form.classList.remove("dirty");
      status.textContent = "Saved. Patients see the changes the next time they open the assistant.";
      options.onSaved(next);
      options.onChange();
    } catch (error) {
      status.textContent = "Not saved.";
      showErrors(error instanceof ApiError ? error.message : "Something went wrong. Try again.");
    } finally {
      saveButton.disabled = false;
    }
  });

  /** The server's sentence, split per field, under each field and in the summary; focus goes to the first. */
  function showErrors(message: string): void {
    const items = splitErrors(message);
    let first: HTMLElement | null = null;
    const list = h("ul");
    for (const item of items) {
      const f = item.path ? fields.show(item.path, item.message) : null;
      const words = `${item.path ? `${labelOf(f) ?? item.path}: ` : ""}${item.message}`;
      list.append(h("li", {}, f ? h("a", { href: `#${f.input.id}` }, words) : words));
      first ??= f?.input ?? null;
    }
    summary.replaceChildren(h("h3", {}, "The changes were not saved. Please fix:"), list);
    summary.hidden = false;
    summary.setAttribute("role", "alert");
    for (const a of summary.querySelectorAll("a"))
      a.addEventListener("click", (ev) => {
        ev.preventDefault();
        document.getElementById(a.getAttribute("href")?.slice(1) ?? "")?.focus();
      });
    (first ?? summary).focus();
  }

  const labelOf = (f: Field | null | undefined) =>
    f ? (f.row.querySelector("label, legend")?.textContent ?? null) : null;

  fill(clinic);
  window.addEventListener("beforeunload", (e) => {
    if (form.isConnected && patch() !== undefined) e.preventDefault();
  });

  return {
    root: form,
    dirty: () => patch() !== undefined,
    panelConfig() {
      const c = current() as Partial<Clinic> & { languages: Lang[] };
      const languages = c.languages.length ? c.languages : (["en"] as Lang[]);
      return {
        clinic: saved.id,
        name: c.name || saved.name,
        themeColor: /^#[0-9a-f]{6}$/i.test(String(c.themeColor)) ? String(c.themeColor) : DEFAULT_THEME,
        greeting: c.greeting ?? {},
        languages,
        ...(c.recordsOffice?.phone ? { recordsPhone: c.recordsOffice.phone } : {}),
        ttlHours: options.ttlHours,
        ...(c.starters ? { starters: c.starters } : {}),
        ...(logo ? { logoUrl: `data:${logo.type};base64,${logo.data}` } : {}),
        preview: true,
      };
    },
  };
}

/** One section of the form; its id (from the title: "look", "links"…) lets the guide and tests point at it. */
function section(title: string, ...children: HTMLElement[]): HTMLElement {
  const id = title.toLowerCase().split(" ")[0] ?? "";
  return h("fieldset", { class: "section", id }, h("legend", {}, title), ...children);
}
