// The widget's public file paths: the loader's fixed URL and the panel's content-hashed names,
// which scripts/build-widget.mjs writes into build/widget-manifest.json beside the built files.
import { adminCss, adminJs, panelCss, panelJs, testEmbedJs } from "../../build/widget-manifest.json";

export const WIDGET_FILES = {
  /** Clinics paste this URL, so it never changes. */
  loader: "/widget.js",
  panelJs,
  panelCss,
  /** The settings page (GET /admin): its script and stylesheet. */
  adminJs,
  adminCss,
  /** The settings page's test page (GET /admin/test-embed): its script. */
  testEmbedJs,
} as const;
