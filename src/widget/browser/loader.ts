// The embed loader (GET /widget.js): draws a launcher button in a shadow root and, on first open,
// frames the chat panel from our own origin. Host scripts can reach the launcher (the shadow root
// only keeps styles apart) but never the conversation or its storage. No eval, no inline script or
// style: it works under a host's strict CSP (styles go in through a constructed stylesheet).
import { DEFAULT_LANG, firstOffered, type Lang } from "../../i18n/langs.js";

const STYLES = `
:host{all:initial}
button{position:fixed;right:16px;bottom:16px;z-index:2147483000;display:flex;align-items:center;gap:8px;
min-height:48px;padding:0 18px 0 14px;border:2px solid transparent;border-radius:24px;background:var(--bg);color:var(--fg);
font:600 16px/1.2 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25)}
button:focus-visible{outline:3px solid var(--bg);outline-offset:3px;border-color:var(--fg)}
svg{width:22px;height:22px;fill:currentColor}
iframe{position:fixed;right:16px;bottom:80px;z-index:2147483001;width:400px;height:min(660px,calc(100vh - 96px));
border:0;border-radius:14px;background:#fff;box-shadow:0 8px 30px rgba(0,0,0,.3);color-scheme:normal}
iframe[hidden]{display:none}
@media (max-width:480px){iframe{inset:0;width:100%;height:100%;border-radius:0}
.open button{display:none}}
`;

const SVG = "http://www.w3.org/2000/svg";
/**
 * The launcher's label: the catalogs' widget `launcher`, repeated here so that every host page does
 * not download the panel's words (keyed by Lang, so a new language is a compile error here too).
 */
const LABELS: Record<Lang, string> = { en: "Medical records help", es: "Ayuda con expedientes médicos" };

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
  path.setAttribute("d", "M4 4h16v12H7l-3 3V4Zm4 5v2h8V9H8Z");
  svg.append(path);
  button.append(svg);
  const text = document.createElement("span");
  text.textContent = LABELS[lang];
  button.append(text);
  wrap.append(button);
  root.append(wrap);

  let frame: HTMLIFrameElement | null = null;

  const setOpen = (open: boolean) => {
    button.setAttribute("aria-expanded", String(open));
    wrap.classList.toggle("open", open);
    if (frame) frame.hidden = !open;
    if (open) {
      frame?.focus();
      frame?.contentWindow?.postMessage({ rp: "focus" }, host);
    } else button.focus();
  };

  button.addEventListener("click", () => {
    if (!frame) {
      frame = document.createElement("iframe");
      frame.id = "recordpath-panel";
      frame.title = LABELS[lang];
      frame.src = `${host}/embed?${new URLSearchParams({ ...(clinic ? { clinic } : {}), lang })}`;
      // Chromium ignores focus() from a cross-origin frame that is not focused yet: focus the frame
      // first, then ask the panel to put the caret in its input.
      frame.addEventListener("load", () => {
        if (frame?.hidden) return;
        frame?.focus();
        frame?.contentWindow?.postMessage({ rp: "focus" }, host);
      });
      wrap.append(frame);
      button.setAttribute("aria-controls", frame.id);
    }
    setOpen(button.getAttribute("aria-expanded") !== "true");
  });
  button.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && button.getAttribute("aria-expanded") === "true") setOpen(false);
  });
  // Only the panel we framed, from our origin, may close it.
  window.addEventListener("message", (e) => {
    if (
      frame &&
      e.source === frame.contentWindow &&
      e.origin === host &&
      (e.data as { rp?: unknown } | null)?.rp === "close"
    )
      setOpen(false);
  });

  const attach = () => document.body.append(mountPoint);
  if (document.body) attach();
  else document.addEventListener("DOMContentLoaded", attach);
})();
