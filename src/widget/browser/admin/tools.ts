// The clinic view's tools beside the form: the embed code with Copy buttons, the site checker and
// its test page link, and the clinic's tokens (issued once, listed, revoked).
import { h } from "../dom.js";
import { ApiError, call } from "./api.js";

/** A read-only block of text with a Copy button (navigator.clipboard; else the text is selected to copy by hand). */
export function copyBlock(label: string, value: string, id: string): HTMLElement {
  const area = h("textarea", {
    id,
    readonly: true,
    rows: value.length > 90 ? "3" : "2",
    class: "code",
    spellcheck: "false",
  });
  area.value = value;
  const button = h(
    "button",
    { type: "button", class: "btn" },
    `Copy ${label.replace(/^[A-Z][a-z]/, (w) => w.toLowerCase())}`,
  );
  // Its own status line, read out by screen readers.
  const copied = h("p", { class: "copy-status", role: "status", "aria-live": "polite" });
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(value);
      copied.textContent = `Copied: ${label.replace(/^[A-Z][a-z]/, (w) => w.toLowerCase())}.`;
    } catch {
      area.focus();
      area.select();
      copied.textContent =
        "Your browser did not let the page copy. The text is selected: press Ctrl+C (or ⌘C) to copy it.";
    }
  });
  return h(
    "div",
    { class: "copy" },
    h("label", { for: id }, label),
    area,
    h("div", { class: "copy-row" }, button, copied),
  );
}

interface EmbedCode {
  host: string;
  snippet: string;
  csp: string;
}

/** "Embed code": the one-line snippet and the CSP lines for the clinic's site. */
export function embedSection(clinicId: string): HTMLElement {
  const body = h("div", {}, h("p", {}, "Loading…"));
  const root = h(
    "section",
    { class: "card", "aria-labelledby": "embed-title" },
    h("h2", { id: "embed-title" }, "Embed code"),
    body,
  );
  call<EmbedCode>("GET", `/clinics/${encodeURIComponent(clinicId)}/embed-code`).then(
    (code) =>
      body.replaceChildren(
        h(
          "p",
          {},
          "Paste this one line into your website's pages, just before </body>. The assistant's button then shows at the bottom right.",
        ),
        copyBlock("Embed code", code.snippet, "embed-snippet"),
        h(
          "p",
          {},
          "If your site sends a Content-Security-Policy header, add our address to these two directives (keep what is there):",
        ),
        copyBlock("CSP lines", code.csp, "embed-csp"),
      ),
    (error: unknown) => body.replaceChildren(errorLine(error)),
  );
  return root;
}

interface CheckResult {
  origin: string | null;
  allowed: boolean;
  messages: string[];
  csp?: { ok: boolean; messages: string[] };
  snippet: string;
  cspRequired: string;
  testPage: string;
}

/** The site checker: is this address allowed, does its CSP let the assistant in, and a test page. */
export function checkerSection(clinicId: string): HTMLElement {
  const origin = h("input", {
    id: "check-origin",
    type: "url",
    inputmode: "url",
    placeholder: "https://www.example.org/medical-records",
    "aria-describedby": "check-origin-hint",
  });
  const csp = h("textarea", { id: "check-csp", rows: "3", "aria-describedby": "check-csp-hint", spellcheck: "false" });
  const button = h("button", { type: "submit", class: "btn" }, "Check");
  const result = h("div", { class: "check-result", id: "check-result", "aria-live": "polite" });
  const form = h(
    "form",
    { class: "checker", novalidate: true },
    h(
      "div",
      { class: "field" },
      h("label", { for: origin.id }, "Your page's address"),
      h(
        "p",
        { class: "hint", id: "check-origin-hint" },
        "The address of a page where you pasted (or will paste) the embed code.",
      ),
      origin,
    ),
    h(
      "div",
      { class: "field" },
      h("label", { for: csp.id }, "Your page's Content-Security-Policy (optional)"),
      h(
        "p",
        { class: "hint", id: "check-csp-hint" },
        "If your site sends this header, paste its value to check it lets the assistant in.",
      ),
      csp,
    ),
    button,
  );
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    button.disabled = true;
    result.replaceChildren(h("p", {}, "Checking…"));
    try {
      const r = await call<CheckResult>("POST", `/clinics/${encodeURIComponent(clinicId)}/check`, {
        origin: origin.value.trim(),
        ...(csp.value.trim() ? { csp: csp.value.trim() } : {}),
      });
      result.replaceChildren(...checkResult(r));
    } catch (error) {
      result.replaceChildren(errorLine(error));
    } finally {
      button.disabled = false;
    }
  });
  return h(
    "section",
    { class: "card", "aria-labelledby": "check-title" },
    h("h2", { id: "check-title" }, "Site checker"),
    h("p", {}, "Check that a page of your website may show the assistant before you publish it."),
    form,
    result,
  );
}

function checkResult(r: CheckResult): HTMLElement[] {
  const verdict = r.allowed
    ? h(
        "p",
        { class: "verdict ok" },
        h("strong", {}, "Allowed: "),
        `${r.origin ?? "this site"} may show the assistant.`,
      )
    : h(
        "p",
        { class: "verdict bad" },
        h("strong", {}, "Refused: "),
        `${r.origin ?? "this address"} may not show the assistant yet.`,
      );
  const out = [verdict, h("ul", {}, ...r.messages.map((m) => h("li", {}, m)))];
  if (r.csp)
    out.push(
      h(
        "p",
        { class: `verdict ${r.csp.ok ? "ok" : "bad"}` },
        h("strong", {}, r.csp.ok ? "Content-Security-Policy: fine. " : "Content-Security-Policy: needs a change. "),
      ),
      h("ul", {}, ...r.csp.messages.map((m) => h("li", {}, m))),
    );
  out.push(
    h("p", {}, "Your page's Content-Security-Policy, if it has one, must include: ", h("code", {}, r.cspRequired)),
    h(
      "p",
      {},
      h("a", { href: r.testPage, target: "_blank", rel: "noopener", class: "test-link" }, "Open a test page"),
      " (opens in a new tab: the assistant as your site would show it, with a plain verdict).",
    ),
  );
  return out;
}

interface TokenInfo {
  id: string;
  label?: string;
  createdAt: string;
}

/** The clinic's tokens: listed (never their secret), revoked, and (operator) issued once. */
export function tokensSection(clinicId: string, operator: boolean): HTMLElement {
  const list = h("div", { class: "tokens" });
  const issued = h("div", { class: "issued", "aria-live": "polite" });
  const path = `/clinics/${encodeURIComponent(clinicId)}/tokens`;
  const load = async () => {
    try {
      const { tokens } = await call<{ tokens: TokenInfo[] }>("GET", path);
      if (!tokens.length) {
        list.replaceChildren(h("p", {}, "No tokens yet."));
        return;
      }
      list.replaceChildren(
        h(
          "ul",
          { class: "token-list" },
          ...tokens.map((t) => {
            const revoke = h("button", { type: "button", class: "btn plain danger" }, `Revoke ${t.label ?? "token"}`);
            revoke.addEventListener("click", async () => {
              if (!window.confirm(`Revoke the token “${t.label ?? t.id}”? Whoever signs in with it loses access.`))
                return;
              try {
                await call("DELETE", `${path}/${encodeURIComponent(t.id)}`);
                await load();
              } catch (error) {
                list.prepend(errorLine(error));
              }
            });
            return h(
              "li",
              {},
              h("span", {}, `${t.label ?? "(no label)"} — issued ${t.createdAt.slice(0, 10)}`),
              revoke,
            );
          }),
        ),
      );
    } catch (error) {
      list.replaceChildren(errorLine(error));
    }
  };
  const root = h(
    "section",
    { class: "card", "aria-labelledby": "tokens-title" },
    h("h2", { id: "tokens-title" }, "Access tokens"),
    h("p", {}, "A clinic token lets its holder sign in to this page for this clinic only."),
  );
  if (operator) {
    const label = h("input", {
      id: "token-label",
      type: "text",
      maxlength: "60",
      placeholder: "For example: web team",
    });
    const issue = h("button", { type: "submit", class: "btn" }, "Issue a clinic token");
    const form = h(
      "form",
      { class: "inline" },
      h("div", { class: "field" }, h("label", { for: label.id }, "Label (optional)"), label),
      issue,
    );
    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      try {
        const body = label.value.trim() ? { label: label.value.trim() } : {};
        const t = await call<TokenInfo & { token: string }>("POST", path, body);
        label.value = "";
        issued.replaceChildren(
          h(
            "p",
            { class: "warning" },
            h("strong", {}, "Copy this token now: it is shown only once. "),
            "Give it only to the clinic's staff, and keep it like a password: anyone with it can change this clinic's settings.",
          ),
          copyBlock("Clinic token", t.token, "issued-token"),
        );
        (issued.querySelector("textarea") as HTMLTextAreaElement | null)?.focus();
        await load();
      } catch (error) {
        issued.replaceChildren(errorLine(error));
      }
    });
    root.append(form, issued);
  }
  root.append(list);
  void load();
  return root;
}

/** An error from the server in its own words. */
export function errorLine(error: unknown): HTMLElement {
  const text = error instanceof ApiError ? error.message : "Something went wrong. Try again.";
  return h("p", { class: "field-error", role: "alert" }, text);
}
