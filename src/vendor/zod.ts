// Bundle-time stand-in for "zod" and "zod/v4" (wrangler.toml [alias]): the same classic API, minus
// the locales namespace (see zod-classic.ts). Type checking and Node tests use zod itself.
import * as z from "./zod-classic.js";

export * from "./zod-classic.js";
export { z, z as default };
