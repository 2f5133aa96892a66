// A folder-backed stand-in for the Worker's env.ASSETS in Node tests: serves build/assets (what
// scripts/build-widget.mjs wrote) as the asset server does, with a content ETag, 304 for a
// matching If-None-Match, and 404 for a path outside the folder or not in it.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import type { AssetFetcher } from "../../src/deps.js";
import { ROOT } from "./wrangler-dev.js";

/** Serves the files under `dir` (default: the built widget) by URL path. */
export function folderAssets(dir = join(ROOT, "build/assets")): AssetFetcher {
  return {
    async fetch(request) {
      const path = resolve(dir, `.${decodeURIComponent(new URL(request.url).pathname)}`);
      const inside = !relative(dir, path).startsWith("..");
      const bytes = inside ? await readFile(path).catch(() => null) : null;
      if (!bytes) return new Response("Not Found", { status: 404 });
      const etag = `"${createHash("sha256").update(bytes).digest("hex").slice(0, 32)}"`;
      const sent = request.headers.get("if-none-match");
      if (sent === etag || sent === `W/${etag}`) return new Response(null, { status: 304, headers: { ETag: etag } });
      return new Response(bytes, { headers: { ETag: etag } });
    },
  };
}
