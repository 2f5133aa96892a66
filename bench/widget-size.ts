// Widget bundle sizes (raw and gzip) for `npm run bench`: the loader every host page downloads
// (goal ≤ 5 KB gzip) and the panel's JS + CSS (goal ≤ 35 KB gzip together, issue 17's budget for
// the cards, the dark theme and the compact layouts).
import { gzipSync } from "node:zlib";
// @ts-expect-error The build script is plain JavaScript (it runs before anything is compiled).
import { buildWidget } from "../scripts/build-widget.mjs";

export interface WidgetSize {
  asset: "loader" | "panel" | "panel.js" | "panel.css";
  rawBytes: number;
  gzipBytes: number;
  goalGzipBytes?: number;
}

const gz = (text: string) => gzipSync(Buffer.from(text), { level: 9 }).length;

/** Bundles the widget as production does and measures each asset; `panel` is JS and CSS together. */
export async function benchWidgetSizes(): Promise<WidgetSize[]> {
  const { loader, panel, css } = (await buildWidget()) as { loader: string; panel: string; css: string };
  return [
    { asset: "loader", rawBytes: loader.length, gzipBytes: gz(loader), goalGzipBytes: 5 * 1024 },
    { asset: "panel.js", rawBytes: panel.length, gzipBytes: gz(panel) },
    { asset: "panel.css", rawBytes: css.length, gzipBytes: gz(css) },
    { asset: "panel", rawBytes: panel.length + css.length, gzipBytes: gz(panel) + gz(css), goalGzipBytes: 35 * 1024 },
  ];
}
