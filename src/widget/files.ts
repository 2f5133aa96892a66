// The widget's public file paths: the loader's fixed URL and the panel's content-hashed names,
// which scripts/build-widget.mjs writes into build/widget-manifest.json beside the built files.
import { panelCss, panelJs } from "../../build/widget-manifest.json";

export const WIDGET_FILES = {
  /** Clinics paste this URL, so it never changes. */
  loader: "/widget.js",
  panelJs,
  panelCss,
} as const;
