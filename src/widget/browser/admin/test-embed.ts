// The test page's script (GET /admin/test-embed): opens the assistant the page embeds with the
// clinic's real embed code, and says in plain words whether it works for the site's origin, from
// the loader's recordpath:ready and recordpath:setup events (never the console).
import { h } from "../dom.js";

const verdict = document.getElementById("verdict");
const data = verdict?.dataset ?? {};
const origin = data.origin || "your site";

function say(ok: boolean | null, ...lines: Array<string | HTMLElement>): void {
  if (!verdict) return;
  verdict.className = `verdict ${ok === null ? "" : ok ? "ok" : "bad"}`;
  verdict.replaceChildren(...lines.map((l) => (typeof l === "string" ? h("p", {}, l) : l)));
}

/**
 * The embed's fix (written for a developer's console, embed-setup.ts) in a clinic's words: what is
 * wrong, and what to do on the settings page. An unknown sentence is shown as it is.
 */
function plainWords(fix: string): [string, string | null] {
  const refused = /^origin (\S+) is not in clinic '([^']+)' allowedOrigins/.exec(fix);
  if (refused)
    return [
      `your site ${refused[1]} is not in this clinic's allowed websites, so the assistant refuses to open there.`,
      `on the settings page, add ${refused[1]} under “Allowed websites” and save. Then reload this page.`,
    ];
  const unknown = /^no clinic '([^']+)' is registered/.exec(fix);
  if (unknown)
    return [
      `there is no clinic with the id “${unknown[1]}”.`,
      "copy the embed code again from the settings page: its data-clinic must be your clinic's id.",
    ];
  const [what = fix, how = null] = fix.split(" — ");
  return [what, how];
}

if (data.problem) {
  say(false, `This test page cannot run: ${data.problem}`);
} else {
  let settled = false;
  document.addEventListener("recordpath:ready", () => {
    settled = true;
    say(
      true,
      h("p", {}, h("strong", {}, "It works: "), `your site ${origin} can show the assistant.`),
      "Patients who open it on your site see what is on the right (or full screen on a phone).",
    );
  });
  document.addEventListener("recordpath:setup", (e) => {
    settled = true;
    const fix = String((e as CustomEvent<{ fix?: string }>).detail?.fix ?? "");
    const [what, how] = plainWords(fix);
    say(
      false,
      h("p", {}, h("strong", {}, "It does not work: "), what),
      ...(how ? [h("p", {}, h("strong", {}, "Fix: "), how)] : []),
      "Patients on that site would see a short “not set up” note with your phone number instead of the assistant.",
    );
  });
  // The loader draws its button in an open shadow root once the page has a body; press it.
  const open = () => {
    const button = document.querySelector("[data-recordpath]")?.shadowRoot?.querySelector("button");
    if (button) button.click();
    else window.setTimeout(open, 100);
  };
  window.addEventListener("load", open);
  window.setTimeout(() => {
    if (!settled)
      say(
        false,
        "No answer from the assistant after 15 seconds. Check your connection and reload this page; if it stays like this, tell us.",
      );
  }, 15_000);
}
