// Bundles the widget (loader, panel JS, panel CSS) with esbuild into build/assets, which the Worker
// serves as Workers Static Assets (wrangler.toml [assets]), and writes build/widget-manifest.json,
// which the Worker imports to name the panel's content-hashed files on the /embed page. Runs as
// wrangler's [build] command (dev, deploy), when vitest loads its config, and before `npm run check`,
// so a fresh clone never misses it. Writes only what changed, so wrangler dev's watcher does not loop.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

// From scripts/ normally; from the working directory when bundled elsewhere (bench/dist).
const here = join(dirname(fileURLToPath(import.meta.url)), "..");
const root = existsSync(join(here, "src/widget/browser")) ? here : process.cwd();
const src = join(root, "src/widget/browser");
/** The [assets] directory: its paths are the public URLs. */
export const ASSETS_DIR = join(root, "build/assets");
const MANIFEST = join(root, "build/widget-manifest.json");

async function bundle(entry, options = {}) {
  const result = await build({
    entryPoints: [join(src, entry)],
    bundle: true,
    minify: true,
    write: false,
    target: ["es2020", "chrome90", "safari15", "firefox90"],
    legalComments: "none",
    logLevel: "warning",
    ...options,
  });
  return result.outputFiles[0].text;
}

const hash = (text) => createHash("sha256").update(text).digest("hex").slice(0, 12);

async function writeIfChanged(path, text) {
  const before = await readFile(path, "utf8").catch(() => null);
  if (before === text) return;
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}

/** Builds the widget into build/assets and returns each bundle's text (for the size bench). */
export async function buildWidget() {
  const [loader, panel, css, admin, adminCss, testEmbed] = await Promise.all([
    bundle("loader.ts", { format: "iife" }),
    bundle("panel.ts", { format: "iife" }),
    bundle("panel.css", { loader: { ".css": "css" } }),
    // The settings page (GET /admin) and its test page (GET /admin/test-embed), named by content too.
    bundle("admin/main.ts", { format: "iife" }),
    bundle("admin/admin.css", { loader: { ".css": "css" } }),
    bundle("admin/test-embed.ts", { format: "iife" }),
  ]);
  // The loader keeps its URL (clinics paste it); the panel's files are named by their content, so
  // the Worker can let browsers cache them for a year.
  const manifest = {
    panelJs: `/embed/panel.${hash(panel)}.js`,
    panelCss: `/embed/panel.${hash(css)}.css`,
    adminJs: `/admin/admin.${hash(admin)}.js`,
    adminCss: `/admin/admin.${hash(adminCss)}.css`,
    testEmbedJs: `/admin/test-embed.${hash(testEmbed)}.js`,
  };
  const files = {
    "/widget.js": loader,
    [manifest.panelJs]: panel,
    [manifest.panelCss]: css,
    [manifest.adminJs]: admin,
    [manifest.adminCss]: adminCss,
    [manifest.testEmbedJs]: testEmbed,
  };
  for (const [path, text] of Object.entries(files)) await writeIfChanged(join(ASSETS_DIR, path), text);
  // Earlier builds' hashed files would otherwise be deployed (and served) forever.
  for (const dir of ["embed", "admin"]) {
    for (const name of await readdir(join(ASSETS_DIR, dir))) {
      if (!(`/${dir}/${name}` in files)) await rm(join(ASSETS_DIR, dir, name));
    }
  }
  await writeIfChanged(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
  return { loader, panel, css, admin, adminCss, testEmbed };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const assets = await buildWidget();
  const sizes = Object.entries(assets).map(([k, v]) => `${k} ${v.length} B`);
  console.log(`widget built into build/assets: ${sizes.join(", ")}`);
}
