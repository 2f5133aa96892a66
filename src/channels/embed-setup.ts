// A misconfigured embed (an unknown clinic id, or a page origin the clinic did not list): instead
// of a grey broken frame, the patient gets a small page that says the help is not set up and gives
// the clinic's phone when it is known, and the host page's console gets one line naming the fix
// (the page posts it to the loader, which logs it). The page holds nothing private and nothing to
// click but a phone link and Close, so any origin may frame it; the real panel stays framed only by
// the clinic's origins.
import { html } from "hono/html";
import type { Clinic } from "../clinics/schema.js";
import { WIDGET_CATALOGS } from "../i18n/catalogs/widget.js";
import { DEFAULT_LANG, isLang } from "../i18n/langs.js";
import { DEFAULT_THEME, themeColors } from "../widget/contrast.js";
import { WIDGET_FILES } from "../widget/files.js";

/** The page's script URL (served by embedRoutes; a fixed name, so it is cached briefly). */
export const SETUP_JS_PATH = "/embed/setup.js";

/**
 * The not-set-up page's script: applies the clinic's colours, tells the loader the fix (to the
 * embedding origin, and to a parent on our own origin: the settings page's test page, which
 * presents another origin), and closes on Close or Escape. Plain ES2017 in a string: it is served as
 * is, so the page needs no inline script under our CSP.
 */
export const SETUP_JS = `(function(){var r=document.getElementById("rp-setup");if(!r)return;var d=r.dataset,t=JSON.parse(d.theme||"{}");
for(var k in t)document.documentElement.style.setProperty("--"+k,t[k]);
var framed=window.parent!==window,to=d.origin||"",b=document.getElementById("close"),own=false;
try{own=framed&&window.parent.location.origin===location.origin}catch(e){}
function post(m){if(own)window.parent.postMessage(m,location.origin);else if(framed&&to)window.parent.postMessage(m,to)}
post({rp:"setup",fix:d.fix});if(!framed)b.hidden=true;
b.addEventListener("click",function(){post({rp:"close"})});
document.addEventListener("keydown",function(e){if(e.key==="Escape")post({rp:"close"})});
window.addEventListener("message",function(e){if(e.source===window.parent&&e.data&&e.data.rp==="focus")b.focus()})})();
`;

/** Where the embed is and whether it can work: the requested id, its record (null if unknown), the page's origin. */
export interface EmbedRequest {
  id: string | undefined;
  clinic: Clinic | null;
  /** The embedding page's origin (the loader's ?origin=, else the Referer's), or null when unknown. */
  origin: string | null;
  /** Our own origins, which may always frame the panel. */
  own: string[];
}

/**
 * What is wrong with the embed, as one sentence naming the fix for the site's developer, or null
 * when the panel can run (or the origin is unknown: then frame-ancestors decides, as before).
 */
export function embedProblem({ id, clinic, origin, own }: EmbedRequest): string | null {
  if (id && !clinic)
    return `no clinic '${id}' is registered — check data-clinic in the embed code (the settings page, /admin, shows your clinic's id and embed code).`;
  if (clinic && origin && !own.includes(origin) && !clinic.allowedOrigins.includes(origin))
    return `origin ${origin} is not in clinic '${clinic.id}' allowedOrigins — add it to Allowed websites on the settings page (/admin), or PATCH /api/admin/clinics/${clinic.id}.`;
  return null;
}

/** The origin of a URL-ish string, or null. */
export function originOf(value: string | undefined | null): string | null {
  if (!value) return null;
  try {
    const origin = new URL(value).origin;
    return origin === "null" ? null : origin;
  } catch {
    return null;
  }
}

const CLOSE_ICON = "M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4L12 13.4 6.4 19 5 17.6 10.6 12 5 6.4 6.4 5Z";

/** The not-set-up page in the loader's language; hono/html escapes every value. */
export function setupPage(input: {
  clinic: Clinic | null;
  lang: string | undefined;
  fix: string;
  origin: string | null;
}) {
  const lang = isLang(input.lang) ? input.lang : DEFAULT_LANG;
  const t = WIDGET_CATALOGS[lang];
  const name = input.clinic?.name ?? t.title;
  const phone = input.clinic?.recordsOffice?.phone;
  const [before = "", after = ""] = t.setupCall.split("{phone}");
  const call = phone
    ? html`${before}<a href="tel:${phone.replace(/[^\d+]/g, "")}">${phone}</a>${after}`
    : t.setupNoPhone;
  const theme = JSON.stringify(themeColors(input.clinic?.themeColor ?? DEFAULT_THEME));
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${name}: ${t.title}</title>
<link rel="stylesheet" href="${WIDGET_FILES.panelCss}">
<script src="${SETUP_JS_PATH}" defer></script>
</head>
<body>
<div class="panel setup" id="rp-setup" data-fix="${input.fix}" data-origin="${input.origin ?? ""}" data-theme="${theme}">
<header class="bar"><div class="titles"><h1>${name}</h1><p class="sub">${t.subtitle}</p></div>
<div class="tools"><button type="button" class="tool icon" id="close" aria-label="${t.close}" title="${t.close}"><svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="${CLOSE_ICON}"/></svg></button></div></header>
<main class="body"><div class="log"><div class="msg assistant"><div class="bubble" role="alert"><p><strong>${t.setupTitle}.</strong></p><p>${call}</p></div></div></div></main>
</div>
</body>
</html>`;
}
