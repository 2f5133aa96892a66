// The embed loader (GET /widget.js): draws a launcher button in a shadow root and, on first open,
// frames the chat panel from our own origin (or, when the embed is misconfigured, a friendly page
// whose fix this loader logs once in the console). Host scripts can reach the launcher (the shadow root
// only keeps styles apart) but never the conversation or its storage. No eval, no inline script or
// style: it works under a host's strict CSP (styles go in through a constructed stylesheet).
import { DEFAULT_LANG, firstOffered, type Lang } from "../../i18n/langs.js";

// Sizes in em of `font-size: medium`, the browser's default font size whatever the host page sets,
// so a larger default font or zoom grows the launcher and the panel with it. Three shapes: a floating
// panel above the launcher; a full-height sheet on short screens (zoom, a large font), which covers
// the launcher; full screen on phones, with an icon-only launcher. When open, the launcher turns into
// the close control (an ×), or hides where the panel covers it (the panel has its own close button).
const STYLES = `
:host{all:initial}
div{font:600 medium/1.2 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
button{position:fixed;right:1em;bottom:1em;z-index:2147483000;display:flex;align-items:center;justify-content:center;gap:.5em;
min-width:3em;min-height:3em;padding:0 1.125em 0 .875em;border:2px solid transparent;border-radius:1.5em;background:var(--bg);color:var(--fg);
font:inherit;cursor:pointer;box-shadow:0 .25em .875em rgba(0,0,0,.25)}
button:focus-visible{outline:3px solid var(--bg);outline-offset:3px;border-color:var(--fg)}
svg{flex:none;width:1.375em;height:1.375em;fill:currentColor}
.open button{padding:0}.open span{display:none}
iframe{position:fixed;right:1em;bottom:5em;z-index:2147483001;width:min(25em,calc(100vw - 2em));height:min(41.25em,calc(100vh - 6em));
border:0;border-radius:.875em;background:#fff;box-shadow:0 .5em 1.875em rgba(0,0,0,.3);color-scheme:normal}
iframe[hidden]{display:none}
@media (prefers-color-scheme:dark){iframe{background:#15191e}}
@media (max-height:40em){iframe{top:0;right:0;bottom:0;width:min(25em,100%);height:100%;border-radius:0}.open button{display:none}}
@media (max-width:30em){iframe{inset:0;width:100%;height:100%;border-radius:0}.open button{display:none}
button{width:3.5em;height:3.5em;padding:0;border-radius:50%}
span{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}}
`;

const SVG = "http://www.w3.org/2000/svg";
/**
 * The launcher's label: the catalogs' widget `launcher`, repeated here so that every host page does
 * not download the panel's words (keyed by Lang, so a new language is a compile error here too).
 */
const LABELS: Record<Lang, string> = { en: "Medical records help", es: "Ayuda con expedientes médicos" };
/** The open launcher's name: the catalogs' widget `close`. */
const CLOSE: Record<Lang, string> = { en: "Close chat", es: "Cerrar el chat" };
const CHAT_ICON = "M4 4h16v12H7l-3 3V4Zm4 5v2h8V9H8Z";
const CLOSE_ICON = "M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4L12 13.4 6.4 19 5 17.6 10.6 12 5 6.4 6.4 5Z";

/** WCAG luminance of #rrggbb, to pick white or black launcher text (the panel does the full theme). */
function lum(hex: string): number {
  const c = [1, 3, 5]
    .map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * (c[0] ?? 0) + 0.7152 * (c[1] ?? 0) + 0.0722 * (c[2] ?? 0);
}

(() => {
  const script = document.currentScript as HTMLScriptElement | null;
  const w = window as Window & { __recordpath?: boolean };
  if (!script?.src || w.__recordpath) return;
  w.__recordpath = true;
  const host = new URL(script.src).origin;
  // The settings page's test page (on our own host) presents the clinic's site: only there is
  // data-test-origin heeded, so no other page can claim to be another site.
  const claimed = script.dataset.testOrigin ?? "";
  const pageOrigin = location.origin === host && /^https?:\/\/[^/?#\s]+$/.test(claimed) ? claimed : location.origin;
  const clinic = script.dataset.clinic ?? "";
  const lang = firstOffered([script.dataset.lang ?? navigator.language ?? ""]) ?? DEFAULT_LANG;
  const color = /^#[0-9a-f]{6}$/i.test(script.dataset.color ?? "") ? (script.dataset.color as string) : "#1d5fa8";
  // White text where it reaches 4.5:1 on the colour, else black (one of them always does).
  const fg = (1.05 / (lum(color) + 0.05) >= 4.5 ? "#fff" : "#000") as string;

  const mountPoint = document.createElement("div");
  mountPoint.setAttribute("data-recordpath", "");
  const root = mountPoint.attachShadow({ mode: "open" });
  const wrap = document.createElement("div");
  if ("adoptedStyleSheets" in root && typeof CSSStyleSheet === "function" && "replaceSync" in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLES);
    root.adoptedStyleSheets = [sheet];
  } else {
    const style = document.createElement("style");
    style.textContent = STYLES;
    root.append(style);
  }
  wrap.style.setProperty("--bg", color);
  wrap.style.setProperty("--fg", fg);

  const button = document.createElement("button");
  button.type = "button";
  button.setAttribute("aria-expanded", "false");
  button.setAttribute("aria-haspopup", "dialog");
  // Built node by node: innerHTML would throw on hosts that enforce Trusted Types.
  const svg = document.createElementNS(SVG, "svg");
  const path = document.createElementNS(SVG, "path");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("aria-hidden", "true");
  path.setAttribute("d", CHAT_ICON);
  svg.append(path);
  button.append(svg);
  const text = document.createElement("span");
  text.textContent = LABELS[lang];
  button.append(text);
  wrap.append(button);
  root.append(wrap);

  let frame: HTMLIFrameElement | null = null;
  /** The panel page has loaded: before that its window is about:blank, and a message would miss it. */
  let ready = false;
  let warned = false;
  // On a phone the panel covers the page: it keeps Tab inside itself while open (see controls.ts).
  const phone = matchMedia("(max-width:30em)");

  const focusPanel = () => {
    if (!frame || !ready || frame.hidden) return;
    // Chromium ignores focus() from a cross-origin frame that is not focused yet: focus the frame
    // first, then ask the panel to put the caret in its input.
    frame.focus();
    frame.contentWindow?.postMessage({ rp: "focus", modal: phone.matches }, host);
  };

  const setOpen = (open: boolean) => {
    button.setAttribute("aria-expanded", String(open));
    wrap.classList.toggle("open", open);
    path.setAttribute("d", open ? CLOSE_ICON : CHAT_ICON);
    if (open) button.setAttribute("aria-label", CLOSE[lang]);
    else button.removeAttribute("aria-label");
    if (frame) frame.hidden = !open;
    if (open) focusPanel();
    else button.focus();
  };

  button.addEventListener("click", () => {
    if (!frame) {
      frame = document.createElement("iframe");
      frame.id = "recordpath-panel";
      frame.title = LABELS[lang];
      // Our origin is told which page frames it, so a page the clinic did not list gets a friendly
      // "not set up" panel (and its console the fix) instead of a frame the browser refuses.
      frame.src = `${host}/embed?${new URLSearchParams({ ...(clinic ? { clinic } : {}), lang, origin: pageOrigin })}`;
      frame.addEventListener("load", () => {
        ready = true;
        focusPanel();
      });
      wrap.append(frame);
      button.setAttribute("aria-controls", frame.id);
    }
    setOpen(button.getAttribute("aria-expanded") !== "true");
  });
  button.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && button.getAttribute("aria-expanded") === "true") setOpen(false);
  });
  // Only the panel we framed, from our origin, may close it or report that the embed is not set up.
  // The page hears both as DOM events (the test page reports them in words; a site may too).
  const tell = (name: string, detail: Record<string, string>) =>
    document.dispatchEvent(new CustomEvent(`recordpath:${name}`, { detail }));
  window.addEventListener("message", (e) => {
    if (!frame || e.source !== frame.contentWindow || e.origin !== host) return;
    const data = e.data as { rp?: unknown; fix?: unknown } | null;
    if (data?.rp === "close") setOpen(false);
    else if (data?.rp === "ready") tell("ready", { origin: pageOrigin });
    else if (data?.rp === "setup" && !warned) {
      warned = true;
      console.error(`recordpath: ${String(data.fix)}`);
      tell("setup", { origin: pageOrigin, fix: String(data.fix) });
    }
  });

  const attach = () => document.body.append(mountPoint);
  if (document.body) attach();
  else document.addEventListener("DOMContentLoaded", attach);
})();
