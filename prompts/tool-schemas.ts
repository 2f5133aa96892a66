// What a model is shown of each tool's input: a compact JSON schema. The tool's own zod schema
// still validates every call, so compaction changes the prompt's size, never what is accepted.
import { asSchema, type JSONSchema7, jsonSchema, type Tool, type ToolSet } from "ai";

type Definition = JSONSchema7 | boolean;

/** Enums longer than this are shown as plain strings; the field's description names the format (e.g. USPS codes). */
const MAX_SHOWN_ENUM = 20;

/**
 * Keywords that cost tokens but guide a model little: descriptions state formats, the property
 * lists say which keys exist, and an enum implies its type. Validation still enforces them all.
 */
const DROPPED = [
  "$schema",
  "minLength",
  "maxLength",
  "pattern",
  "format",
  "additionalProperties",
  "minItems",
  "maxItems",
  "minimum",
  "maximum",
] as const;

function compactDefinition(definition: Definition): Definition {
  return typeof definition === "boolean" ? definition : compactSchema(definition);
}

/**
 * Compacts one JSON schema: drops the DROPPED keywords, enums longer than MAX_SHOWN_ENUM, item
 * descriptions that repeat their array's, and the `{ type: "null" }` branch of nullable fields
 * (updateIntake's description says null clears a field); a union whose branches become equal
 * collapses into one.
 */
export function compactSchema(schema: JSONSchema7): JSONSchema7 {
  const out: JSONSchema7 = { ...schema };
  for (const key of DROPPED) delete out[key];
  if (out.enum && out.enum.length > MAX_SHOWN_ENUM) delete out.enum;
  else if (out.enum && out.type === "string") {
    delete out.type;
    // The allowed values say what the field holds ("hospital", "clinic", …), so a short label adds
    // little; a longer description that explains the values (a letter kind, a topic) stays.
    if ((out.description?.length ?? 0) <= 150) delete out.description;
  }
  if (out.properties) {
    out.properties = Object.fromEntries(Object.entries(out.properties).map(([k, v]) => [k, compactDefinition(v)]));
  }
  if (out.items && !Array.isArray(out.items)) {
    const items = compactDefinition(out.items);
    // An item's description repeats its array's.
    if (typeof items === "object" && out.description) delete items.description;
    out.items = items;
  }
  if (out.anyOf) {
    const branches: Definition[] = out.anyOf
      .map(compactDefinition)
      .filter((b: Definition) => !(typeof b === "object" && b.type === "null"));
    const distinct = [...new Map(branches.map((b): [string, Definition] => [JSON.stringify(b), b])).values()];
    delete out.anyOf;
    const [only] = distinct;
    if (distinct.length === 1 && typeof only === "object") return { ...only, ...out };
    out.anyOf = distinct;
  }
  return out;
}

/** The same tool set with compact input schemas for the provider; validation stays with each tool's schema. */
export function compactTools<T extends ToolSet>(tools: T): T {
  const entries = Object.entries(tools).map(([name, tool]): [string, Tool] => {
    const full = asSchema(tool.inputSchema);
    const validate = full.validate;
    if (!validate) return [name, tool];
    const shown = jsonSchema(async () => compactSchema(await full.jsonSchema), {
      validate: (value) => validate(value),
    });
    return [name, { ...tool, inputSchema: shown } as Tool];
  });
  // Same keys, same execute and output types: only the schema the provider is shown differs.
  return Object.fromEntries(entries) as T;
}

/**
 * The same tool set for the built-in guide, which never reads tool schemas: each tool shows an empty
 * object schema and still validates every call with its own zod schema. Converting six zod schemas
 * to JSON schema was about a fifth of a guided turn's time, spent on output nobody read.
 */
export function unshownTools<T extends ToolSet>(tools: T): T {
  const entries = Object.entries(tools).map(([name, tool]): [string, Tool] => {
    const validate = asSchema(tool.inputSchema).validate;
    if (!validate) return [name, tool];
    const shown = jsonSchema({ type: "object" }, { validate: (value) => validate(value) });
    return [name, { ...tool, inputSchema: shown } as Tool];
  });
  return Object.fromEntries(entries) as T;
}
