// The live preview: the real panel (its built JS and CSS) in an iframe whose document is srcdoc,
// so it runs on our origin under this page's CSP with no inline script or style. Rebuilt, debounced,
// from the form's current values with `preview: true`: the panel then stores and sends nothing.
import type { PanelConfig } from "../../../clinics/schema.js";
import { h } from "../dom.js";

const escapeAttr = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The preview document: the panel's mount point with its config, and the panel's own files. */
export function previewDocument(config: PanelConfig, files: { js: string; css: string }): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Preview</title><link rel="stylesheet" href="${escapeAttr(files.css)}"><script src="${escapeAttr(files.js)}" defer></script></head><body><div id="rp" data-config="${escapeAttr(JSON.stringify(config))}"></div></body></html>`;
}

/** The preview frame and a debounced `update` that redraws it from a config. */
export function previewFrame(files: { js: string; css: string }): {
  root: HTMLElement;
  update(config: PanelConfig): void;
} {
  const frame = h("iframe", { class: "preview-frame", title: "Preview of the assistant as patients will see it" });
  let timer = 0;
  let last = "";
  const root = h(
    "section",
    { class: "preview", "aria-labelledby": "preview-title" },
    h("h2", { id: "preview-title" }, "Preview"),
    h(
      "p",
      { class: "hint" },
      "How the assistant looks with the values in the form, before you save. Messages typed here are not sent.",
    ),
    frame,
  );
  return {
    root,
    update(config) {
      clearTimeout(timer);
      timer = window.setTimeout(() => {
        const doc = previewDocument(config, files);
        if (doc === last) return;
        last = doc;
        frame.srcdoc = doc;
      }, 250);
    },
  };
}
