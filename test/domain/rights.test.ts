// explainRights: each topic's statements carry citations and the intake-specific facts.
import { describe, expect, it } from "vitest";
import { explainRights, RIGHTS_TOPICS } from "../../src/domain/rights.js";

const text = (topic: (typeof RIGHTS_TOPICS)[number], intake = {}) =>
  explainRights(topic, intake)
    .statements.map((s) => `${s.text} [${s.cite ?? ""}]`)
    .join("\n");

describe("explainRights", () => {
  it("cites a source for every statement in every topic", () => {
    for (const topic of RIGHTS_TOPICS) {
      const r = explainRights(topic, { state: "NY", requester: "executor", priorRequest: { sentOn: "2026-01-05" } });
      expect(r.topic).toBe(topic);
      expect(r.statements.length).toBeGreaterThan(2);
      for (const s of r.statements) expect(s.cite, `${topic}: ${s.text}`).toBeTruthy();
    }
  });

  it("fees: cost-based, $6.50 as guidance, no search fees, no withholding for unpaid bills", () => {
    const t = text("fees");
    expect(t).toMatch(/cost-based/);
    expect(t).toMatch(/\$6\.50.*guidance/);
    expect(t).toMatch(/Search and retrieval fees are not allowed/);
    expect(t).toMatch(/owe money for care/);
    expect(t).toMatch(/164\.524\(c\)\(4\)/);
  });

  it("fees: includes the state's cap and says HIPAA still governs the patient's own copy", () => {
    const r = explainRights("fees", { state: "PA" });
    const state = r.statements.find((s) => s.text.startsWith("Pennsylvania"));
    expect(state?.text).toMatch(/\$1\.94/);
    expect(state?.text).toMatch(/HIPAA's cost-based limit still applies/);
    expect(state?.certainty).toBe("certain");
  });

  it("fees: a recalled state fee rule is uncertain and says to check", () => {
    const state = explainRights("fees", { state: "NY" }).statements.find((s) => s.text.startsWith("New York"));
    expect(state?.certainty).toBe("uncertain");
    expect(state?.text).toMatch(/not checked/);
  });

  it("fees: an unknown state fee rule is uncertain", () => {
    const state = explainRights("fees", { state: "IA" }).statements.find((s) => s.text.includes("Iowa"));
    expect(state?.certainty).toBe("uncertain");
  });

  it("deadlines: the state's shorter rule and a computed due date", () => {
    const t = text("deadlines", { state: "CA", priorRequest: { sentOn: "2026-02-02" } });
    expect(t).toMatch(/15 calendar days/);
    expect(t).toMatch(/2026-02-17/);
    expect(t).toMatch(/180 days/);
    // One OCR computation (issue 14): 180 days from HIPAA's own deadline (2026-03-04), not from the state's.
    expect(t).toMatch(/2026-08-31/);
    expect(t).not.toMatch(/2026-08-16/);
  });

  it("deadlines: HIPAA's 30 days plus one extension where no state rule is shorter", () => {
    const t = text("deadlines", { state: "OH", priorRequest: { sentOn: "2026-01-15" } });
    expect(t).toMatch(/30 calendar days/);
    expect(t).toMatch(/2026-02-14/);
    expect(t).toMatch(/2026-03-16/);
  });

  it("format: electronic if readily producible, summaries only by agreement", () => {
    const t = text("format");
    expect(t).toMatch(/readily produce/);
    expect(t).toMatch(/summary.*agree/i);
    expect(t).toMatch(/unencrypted/);
  });

  it("denials: unreviewable and reviewable grounds, the letter, OCR in 180 days", () => {
    const t = text("denials");
    expect(t).toMatch(/164\.524\(a\)\(2\)/);
    expect(t).toMatch(/164\.524\(a\)\(3\)/);
    expect(t).toMatch(/164\.524\(d\)\(2\)/);
    expect(t).toMatch(/upset/);
    expect(t).toMatch(/180 days/);
  });

  it("third_party: the directive, what Ciox changed, and the authorization route", () => {
    const t = text("third_party");
    expect(t).toMatch(/Ciox/);
    expect(t).toMatch(/electronic copies of records kept in an electronic health record/);
    expect(t).toMatch(/164\.508/);
    expect(t).toMatch(/forward it yourself/);
  });

  it("representatives: leads with the proof this requester needs", () => {
    const r = explainRights("representatives", { requester: "executor" });
    expect(r.statements[0]?.text).toMatch(/letters testamentary/);
    expect(text("representatives", { requester: "guardian" })).toMatch(/court order/);
    expect(text("representatives", { requester: "other" })).toMatch(/no right of access of your own/);
  });

  it("special_records: psychotherapy notes, Part 2 consent, minors; leads with what was asked", () => {
    const t = text("special_records");
    expect(t).toMatch(/Psychotherapy notes/);
    expect(t).toMatch(/2\.31/);
    expect(t).toMatch(/Minors/);
    const r = explainRights("special_records", { records: { kinds: ["substance_use"] } });
    expect(r.statements[0]?.text).toMatch(/Substance-use/);
  });
});
