// One-line Intake fields: every free-text field refuses line breaks and control characters with a
// message naming it, its schema says "One line.", the API answers 400 naming the field, and the
// guide's helpers put a multi-line answer on one line.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { type Intake, IntakePatchSchema, IntakeSchema, mergeIntake } from "../../src/domain/intake.js";
import { ONE_LINE_MESSAGE, oneLinePatch, oneLineText } from "../../src/domain/one-line.js";
import { testApp } from "../support/app.js";

/** The free-text fields: each string field that is not an email, a date or an enum. */
const ONE_LINE_FIELDS = [
  "patient.name",
  "patient.otherNames",
  "patient.phone",
  "patient.address",
  "provider.name",
  "provider.address",
  "provider.phone",
  "provider.fax",
  "recipient.name",
  "recipient.address",
  "recipient.fax",
  "representative.name",
  "representative.phone",
  "representative.address",
  "insurer.name",
] as const;

/** What must not reach a one-line field. */
const BREAKS = ["\n", "\r", "\r\n", "\u2028", "\u2029", "\t", "\u0000", "\u0007", "\u001b", "\u007f", "\u0085"];

/** An Intake with `value` at `path` ("patient.otherNames" takes a list). */
function intakeWith(path: (typeof ONE_LINE_FIELDS)[number], value: string): Record<string, unknown> {
  const [object, field] = path.split(".") as [string, string];
  return { [object]: { [field]: field === "otherNames" ? [value] : value } };
}

describe("one-line Intake fields", () => {
  it.each(ONE_LINE_FIELDS)("%s refuses a line break, tab or control character inside it, naming itself", (path) => {
    for (const br of BREAKS) {
      const parsed = IntakeSchema.safeParse(intakeWith(path, `Dale${br}Hutchins 12`));
      expect(parsed.success, JSON.stringify(br)).toBe(false);
      const issue = parsed.error?.issues[0];
      expect(issue?.path.filter((p) => typeof p === "string").join(".")).toBe(path);
      expect(issue?.message).toBe(ONE_LINE_MESSAGE);
    }
    expect(IntakeSchema.safeParse(intakeWith(path, "Dale Hutchins 12")).success).toBe(true);
    // Surrounding whitespace is trimmed, not refused.
    expect(IntakeSchema.safeParse(intakeWith(path, "\nDale Hutchins 12\r\n")).success).toBe(true);
    expect(IntakePatchSchema.safeParse(intakeWith(path, "Dale\nHutchins")).success).toBe(false);
  });

  it("says 'One line.' and gives the pattern in the JSON Schema a model sees", () => {
    const schema = z.toJSONSchema(IntakePatchSchema, { unrepresentable: "any" }) as {
      properties: Record<string, { anyOf?: Array<{ properties?: Record<string, Record<string, unknown>> }> }>;
    };
    for (const path of ONE_LINE_FIELDS) {
      const [object, field] = path.split(".") as [string, string];
      const fieldSchema = JSON.stringify(
        schema.properties[object]?.anyOf?.find((s) => s.properties)?.properties?.[field],
      );
      expect(fieldSchema, path).toMatch(/One line\./);
      expect(fieldSchema, path).toMatch(/"pattern":/);
    }
    const name = z.toJSONSchema(IntakeSchema.shape.patient.unwrap().shape.name.unwrap()) as { pattern: string };
    expect(new RegExp(name.pattern).test("Maria Lopez")).toBe(true);
    expect(new RegExp(name.pattern).test("Maria\nLopez")).toBe(false);
  });
});

describe("the API refuses a multi-line name", () => {
  const post = async (path: string, body: unknown) => {
    const { fetch } = await testApp();
    const res = await fetch(`http://x${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as { error?: { code: string; message: string } } };
  };

  it("POST /api/recommend answers 400 naming the field, without repeating the value", async () => {
    const r = await post("/api/recommend", { state: "TX", patient: { name: "Maria\nLopez" } });
    expect(r.status).toBe(400);
    expect(r.body.error?.code).toBe("invalid_input");
    expect(r.body.error?.message).toBe(`intake.patient.name: ${ONE_LINE_MESSAGE}.`);
  });

  it("POST /api/documents answers 400 naming the field", async () => {
    const intake: Intake = { state: "TX", provider: { name: "Mercy General Hospital" } };
    const r = await post("/api/documents", {
      kind: "access_request",
      intake: { ...intake, representative: { name: "Ana\u2028Ruiz" }, provider: { name: "Mercy\r\nGeneral" } },
    });
    expect(r.status).toBe(400);
    expect(r.body.error?.message).toContain(`intake.provider.name: ${ONE_LINE_MESSAGE}`);
    expect(r.body.error?.message).toContain(`intake.representative.name: ${ONE_LINE_MESSAGE}`);
    expect(r.body.error?.message).not.toMatch(/Mercy|Ruiz/);
  });
});

describe("oneLineText and oneLinePatch", () => {
  it("join a value's lines with a space, and tabs and control characters become one space", () => {
    expect(oneLineText("Maria\r\nLopez")).toBe("Maria Lopez");
    expect(oneLineText("Maria \u2028 Lopez\t\tRuiz\u0007")).toBe("Maria Lopez Ruiz");
    expect(oneLineText("Maria Lopez")).toBe("Maria Lopez");
  });

  it("join an address's lines with commas, without doubling a comma the patient typed", () => {
    expect(oneLineText("12 Main St\nSuite 4\r\n\r\nDallas, TX 75201", ", ")).toBe(
      "12 Main St, Suite 4, Dallas, TX 75201",
    );
    expect(oneLineText("12 Main St,\nDallas, TX", ", ")).toBe("12 Main St, Dallas, TX");
  });

  it("put every text value of a patch on one line and leave the rest as it was", () => {
    expect(
      oneLinePatch({
        state: "TX",
        patient: { name: "Maria\nLopez", otherNames: ["Maria\tRuiz"], dateOfBirth: "1980-03-04", phone: null },
        provider: { address: "12 Main St\nDallas, TX" },
        providerCount: 2,
        recipient: null,
      }),
    ).toEqual({
      state: "TX",
      patient: { name: "Maria Lopez", otherNames: ["Maria Ruiz"], dateOfBirth: "1980-03-04", phone: null },
      provider: { address: "12 Main St, Dallas, TX" },
      providerCount: 2,
      recipient: null,
    });
  });

  it("lets a conversation saved before the rule go on: its multi-line values are put on one line", () => {
    const saved = { provider: { name: "Mercy\nGeneral", address: "12 Main St\nDallas, TX" } } as Intake;
    expect(mergeIntake(saved, { state: "TX" })).toEqual({
      state: "TX",
      provider: { name: "Mercy General", address: "12 Main St, Dallas, TX" },
    });
  });
});
