// Benchmark: the Worker bundle as deployed (minified), raw and gzip, from
// `wrangler deploy --dry-run --outdir <tmp> --minify` run offline, against the Workers Free plan's
// size limit. The widget is not in it: it ships as static assets (wrangler.toml [assets]).
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { localPath, OFFLINE_ENV, ROOT } from "../test/support/wrangler-dev.js";

/** The Workers Free plan refuses a Worker larger than 3 MiB after compression (issue 13). */
export const BUNDLE_LIMIT_GZIP_BYTES = 3 * 1024 * 1024;

export interface BundleSize {
  rawBytes: number;
  gzipBytes: number;
}

/** Every file wrangler wrote (the entry module and any extra modules), recursively. */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Builds the Worker as `wrangler deploy` would, without deploying, into a new folder `out`. */
export async function buildWorker(out: string = mkdtempSync(join(tmpdir(), "rp-bundle-"))): Promise<string> {
  await promisify(execFile)(
    join(ROOT, "node_modules/.bin/wrangler"),
    ["deploy", "--dry-run", "--outdir", out, "--minify"],
    { cwd: ROOT, env: { ...process.env, ...OFFLINE_ENV, PATH: localPath() }, timeout: 120_000 },
  );
  return out;
}

/** Builds the Worker as `wrangler deploy` would, without deploying, and sizes its JavaScript. */
export async function benchBundle(): Promise<BundleSize> {
  const out = await buildWorker();
  try {
    const code = files(out).filter((f) => /\.(m?js|wasm)$/.test(f));
    if (code.length === 0) throw new Error("wrangler wrote no module");
    let rawBytes = 0;
    let gzipBytes = 0;
    for (const file of code) {
      const bytes = readFileSync(file);
      rawBytes += bytes.length;
      gzipBytes += gzipSync(bytes).length;
    }
    return { rawBytes, gzipBytes };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
