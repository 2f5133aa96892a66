// JSON Merge Patch (RFC 7396) for PATCH /api/admin/clinics/:id: objects merge member by member,
// null removes a member, and anything else (arrays included) replaces what was there.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** A clinic record nests three levels deep; a patch nested far deeper is a mistake (or an attack on the stack). */
export const MAX_PATCH_DEPTH = 16;

export class PatchTooDeep extends Error {
  constructor() {
    super(`The patch nests objects more than ${MAX_PATCH_DEPTH} levels deep.`);
    this.name = "PatchTooDeep";
  }
}

/**
 * `target` with `patch` applied, as RFC 7396 section 2 defines it; neither argument is changed.
 * Throws PatchTooDeep past MAX_PATCH_DEPTH nested objects.
 */
export function mergePatch(target: unknown, patch: unknown, depth = 0): unknown {
  if (depth > MAX_PATCH_DEPTH) throw new PatchTooDeep();
  if (!isObject(patch)) return structuredClone(patch as Json);
  const result: Record<string, unknown> = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    // defineProperty, not assignment: a "__proto__" member stays a member (and is refused as unknown).
    else
      Object.defineProperty(result, key, {
        value: mergePatch(Object.hasOwn(result, key) ? result[key] : undefined, value, depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return result;
}
