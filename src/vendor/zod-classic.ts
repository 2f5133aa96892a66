// zod's classic API (zod/v4/classic/external.js) without its `locales` and `core` namespaces
// (nothing here uses `z.core`; core's namespace re-exports the locales too). esbuild cannot
// tree-shake that namespace once `z` is re-exported, and it is 260 KB of translations the Worker
// never uses (zod registers English itself). It also leaves out what nothing here calls through `z`
// (JSON-schema conversion both ways, the schema compiler, deepPartial). Only the bundle uses this
// file: see zod.ts.

export * from "../../node_modules/zod/v4/classic/checks.js";
export * as coerce from "../../node_modules/zod/v4/classic/coerce.js";
export * from "../../node_modules/zod/v4/classic/compat.js";
export * from "../../node_modules/zod/v4/classic/errors.js";
export { input, output } from "../../node_modules/zod/v4/classic/in-out.js";
export * as iso from "../../node_modules/zod/v4/classic/iso.js";
export { ZodISODate, ZodISODateTime, ZodISODuration, ZodISOTime } from "../../node_modules/zod/v4/classic/iso.js";
export * from "../../node_modules/zod/v4/classic/parse.js";
export * from "../../node_modules/zod/v4/classic/schemas.js";
export {
  $brand,
  $input,
  $output,
  clone,
  config,
  flattenError,
  formatError,
  getDiscriminatedOption,
  globalRegistry,
  INVALID,
  memoizer,
  NEVER,
  prettifyError,
  regexes,
  registry,
  TimePrecision,
  treeifyError,
  util,
} from "../../node_modules/zod/v4/core/index.js";
