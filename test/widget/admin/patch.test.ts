// The settings page's save: a JSON merge patch (RFC 7396) of only what the form changed, and the
// server's error sentence split into the fields it names.
import { describe, expect, it } from "vitest";
import { mergeDiff, splitErrors } from "../../../src/widget/browser/admin/patch.js";

/** RFC 7396's apply, to prove a diff turns the saved record into the form's. */
function apply(target: unknown, patch: unknown): unknown {
  if (typeof patch !== "object" || patch === null || Array.isArray(patch)) return patch;
  const out: Record<string, unknown> =
    typeof target === "object" && target !== null && !Array.isArray(target) ? { ...(target as object) } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = apply(out[k], v);
  }
  return out;
}

const saved = {
  id: "riverbend",
  name: "Riverbend",
  allowedOrigins: ["https://a.example"],
  recordsOffice: { phone: "(937) 555-0142", fax: "(937) 555-0143" },
  greeting: { en: "Hi", es: "Hola" },
  languages: ["en", "es"],
};

describe("mergeDiff", () => {
  it("is undefined when nothing changed", () => {
    expect(mergeDiff(saved, structuredClone(saved))).toBeUndefined();
  });

  it("sends only the changed keys, nested objects key by key", () => {
    const form = {
      ...saved,
      name: "Riverbend Family",
      recordsOffice: { phone: "(937) 555-0100", fax: "(937) 555-0143" },
    };
    expect(mergeDiff(saved, form)).toEqual({ name: "Riverbend Family", recordsOffice: { phone: "(937) 555-0100" } });
  });

  it("removes an emptied field with null and replaces arrays whole", () => {
    const { greeting: _g, ...rest } = saved;
    const form = {
      ...rest,
      recordsOffice: { phone: "(937) 555-0142" },
      allowedOrigins: ["https://a.example", "https://b.example"],
    };
    const patch = mergeDiff(saved, form);
    expect(patch).toEqual({
      greeting: null,
      recordsOffice: { fax: null },
      allowedOrigins: ["https://a.example", "https://b.example"],
    });
    expect(apply(saved, patch)).toEqual(form);
  });

  it("adds a new nested object whole", () => {
    const form = { ...saved, logo: { type: "image/png", data: "iVBORw0KGgo=" }, starters: { en: ["How?"] } };
    const patch = mergeDiff(saved, form);
    expect(patch).toEqual({ logo: form.logo, starters: form.starters });
    expect(apply(saved, patch)).toEqual(form);
  });
});

describe("splitErrors", () => {
  it("splits the server's sentence into each field's path and message", () => {
    expect(
      splitErrors(
        "allowedOrigins.1: must be an origin like https://www.example.org (scheme and host, optional port, no path or trailing slash); recordsOffice.email: must be an email address.",
      ),
    ).toEqual([
      {
        path: "allowedOrigins.1",
        message:
          "must be an origin like https://www.example.org (scheme and host, optional port, no path or trailing slash).",
      },
      { path: "recordsOffice.email", message: "must be an email address." },
    ]);
  });

  it("keeps a sentence that names no field whole, with no path", () => {
    expect(splitErrors("The body is not valid JSON. Check quotes, commas and brackets.")).toEqual([
      { path: "", message: "The body is not valid JSON. Check quotes, commas and brackets." },
    ]);
  });
});
