// The settings page (GET /admin): sign in with a clinic token or the operator's ADMIN_TOKEN (kept
// in this tab's sessionStorage only), then GET /api/admin/me decides the view. The operator sees
// the clinics, creates one and issues its tokens; a clinic (or the operator on a chosen clinic)
// edits its settings beside a live preview, copies the embed code, checks its site and reads its
// dashboard. No inline script or style: everything is built with DOM calls and classes.
import type { Clinic } from "../../../clinics/schema.js";
import { h } from "../dom.js";
import { ApiError, call, clearToken, savedToken, saveToken, whenSignedOut } from "./api.js";
import { FieldSet, input } from "./fields.js";
import { splitErrors } from "./patch.js";
import { previewFrame } from "./preview.js";
import { settingsForm } from "./settings.js";
import { dashboardSection } from "./stats-view.js";
import { checkerSection, embedSection, errorLine, tokensSection } from "./tools.js";

type Me = { role: "operator" } | { role: "clinic"; clinic: string };

const main = document.getElementById("main") as HTMLElement;
const nav = document.getElementById("nav") as HTMLElement;
const panelFiles = { js: document.body.dataset.panelJs ?? "", css: document.body.dataset.panelCss ?? "" };
const ttlHours = Number(document.body.dataset.ttlHours ?? "0") || 0;

/** Replaces the page's content, names it in the title and moves focus to its heading. */
function show(title: string, ...content: HTMLElement[]): void {
  document.title = `${title} · recordpath settings`;
  const heading = h("h1", { tabindex: "-1" }, title);
  main.replaceChildren(heading, ...content);
  heading.focus();
}

function signInView(message?: string): void {
  whenSignedOut(null);
  nav.replaceChildren();
  const token = h("input", {
    id: "token",
    type: "password",
    autocomplete: "off",
    spellcheck: "false",
    "aria-describedby": "token-hint token-error",
  });
  const error = h("p", { class: "field-error", id: "token-error", hidden: !message }, message ?? "");
  const form = h(
    "form",
    { class: "signin card" },
    h(
      "div",
      { class: "field" },
      h("label", { for: token.id }, "Access token"),
      h(
        "p",
        { class: "hint", id: "token-hint" },
        "Paste the clinic token you were given (it starts with rpc.), or the operator's admin token. It stays in this browser tab only and is forgotten when you sign out or close the tab.",
      ),
      token,
      error,
    ),
    h("button", { type: "submit", class: "btn" }, "Sign in"),
  );
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const value = token.value.trim();
    if (!value) {
      error.textContent = "Paste your access token first.";
      error.hidden = false;
      token.setAttribute("aria-invalid", "true");
      token.focus();
      return;
    }
    saveToken(value);
    await start(true);
  });
  show(
    "Sign in",
    h(
      "p",
      {},
      "Set up the records assistant for your clinic's website: its details, look, languages and the sites that may show it.",
    ),
    form,
  );
  if (message) token.setAttribute("aria-invalid", "true");
}

function signedIn(me: Me): void {
  whenSignedOut(() =>
    signInView("Your sign-in has ended: the token is no longer accepted (it may have been revoked). Sign in again."),
  );
  const out = h("button", { type: "button", class: "btn plain" }, "Sign out");
  out.addEventListener("click", () => {
    clearToken();
    signInView();
  });
  nav.replaceChildren(
    h(
      "span",
      { class: "who" },
      me.role === "operator" ? "Signed in as the operator" : `Signed in for clinic ${me.clinic}`,
    ),
    out,
  );
}

/** Reads who the token is, then shows the clinic list (operator) or the clinic's settings. */
async function start(fromForm = false): Promise<void> {
  if (!savedToken()) return signInView();
  let me: Me;
  try {
    me = await call<Me>("GET", "/me");
  } catch (error) {
    clearToken();
    const why =
      error instanceof ApiError && (error.status === 401 || error.status === 403)
        ? "This token was not accepted. Check that you pasted all of it, or ask for a new one (it may have been revoked)."
        : error instanceof ApiError
          ? error.message
          : "Something went wrong. Try again.";
    return signInView(fromForm ? why : undefined);
  }
  signedIn(me);
  if (me.role === "operator") await operatorView();
  else await clinicView(me.clinic, false);
}

async function operatorView(): Promise<void> {
  const list = h("div", { class: "clinic-list" }, h("p", {}, "Loading…"));
  show("Clinics", list, newClinicForm());
  try {
    const { clinics } = await call<{ clinics: Clinic[] }>("GET", "/clinics");
    list.replaceChildren(
      clinics.length
        ? h(
            "ul",
            { class: "clinics" },
            ...clinics.map((c) => {
              const open = h("button", { type: "button", class: "btn" }, `Open ${c.name}`);
              open.addEventListener("click", () => void clinicView(c.id, true));
              return h(
                "li",
                {},
                h("span", {}, h("strong", {}, c.name), ` (${c.id}) · ${c.allowedOrigins.join(", ")}`),
                open,
              );
            }),
          )
        : h("p", {}, "No clinics yet. Create the first one below."),
    );
  } catch (error) {
    list.replaceChildren(errorLine(error));
  }
}

/** "New clinic": id, name and the first allowed website; the rest is set in its settings. */
function newClinicForm(): HTMLElement {
  const fields = new FieldSet();
  const id = fields.add(
    "id",
    "Clinic id",
    input({ autocapitalize: "off", spellcheck: "false" }),
    "Lower-case letters, digits and dashes, like riverbend-family. It goes in the embed code and cannot change.",
  );
  const name = fields.add("name", "Clinic name", input({ autocomplete: "organization" }));
  const origin = fields.add(
    "allowedOrigins",
    "First allowed website",
    input({ type: "url", placeholder: "https://www.example.org" }),
    "Where the clinic's site is: https:// and the host name, no path.",
  );
  const status = h("p", { role: "status" });
  const form = h(
    "form",
    { class: "card", novalidate: true, "aria-labelledby": "new-title" },
    h("h2", { id: "new-title" }, "New clinic"),
    id.row,
    name.row,
    origin.row,
    h("button", { type: "submit", class: "btn" }, "Create the clinic"),
    status,
  );
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    fields.clear();
    const clinicId = id.input.value.trim();
    if (!clinicId) {
      fields.show("id", "Enter an id for the clinic.");
      id.input.focus();
      return;
    }
    // PUT replaces a clinic that exists: "New clinic" must never overwrite one.
    const taken = await call("GET", `/clinics/${encodeURIComponent(clinicId)}`).then(
      () => true,
      () => false,
    );
    if (taken) {
      fields.show(
        "id",
        `A clinic with the id “${clinicId}” already exists. Choose another id, or open it from the list above.`,
      );
      id.input.focus();
      return;
    }
    try {
      await call("PUT", `/clinics/${encodeURIComponent(clinicId)}`, {
        name: name.input.value.trim(),
        allowedOrigins: [origin.input.value.trim()],
      });
      await clinicView(
        clinicId,
        true,
        `Clinic ${clinicId} created. Issue it a token below, then fill in its settings.`,
      );
    } catch (error) {
      const message = error instanceof ApiError ? error.message : "Something went wrong. Try again.";
      let first: HTMLElement | null = null;
      for (const part of splitErrors(message)) {
        // The id is in the URL: the server names it "Clinic id" or "id".
        const f = fields.show(part.path || (/clinic id|^id\b/i.test(message) ? "id" : ""), part.message) ?? null;
        first ??= f?.input ?? null;
      }
      status.textContent = `Not created: ${message}`;
      (first ?? id.input).focus();
    }
  });
  return form;
}

async function clinicView(id: string, operator: boolean, note?: string): Promise<void> {
  let clinic: Clinic;
  try {
    clinic = await call<Clinic>("GET", `/clinics/${encodeURIComponent(id)}`);
  } catch (error) {
    show("Clinic settings", errorLine(error));
    return;
  }
  const preview = previewFrame(panelFiles);
  const form = settingsForm(clinic, {
    ttlHours,
    onChange: () => preview.update(form.panelConfig()),
    onSaved: (c) => {
      const title = main.querySelector("h1");
      if (title) title.textContent = `Settings for ${c.name}`;
    },
  });
  const back = operator ? h("button", { type: "button", class: "btn plain" }, "All clinics") : null;
  back?.addEventListener("click", () => {
    if (form.dirty() && !window.confirm("Leave without saving your changes?")) return;
    void operatorView();
  });
  show(
    `Settings for ${clinic.name}`,
    ...(back ? [h("p", {}, back)] : []),
    ...(note ? [h("p", { class: "note", role: "status" }, note)] : []),
    h(
      "p",
      { class: "hint" },
      `Clinic id: ${clinic.id}. Changes show in the preview right away and reach patients when you save.`,
    ),
    h("div", { class: "editor" }, form.root, preview.root),
    embedSection(id),
    checkerSection(id),
    dashboardSection(id),
    tokensSection(id, operator),
  );
  preview.update(form.panelConfig());
}

void start();
