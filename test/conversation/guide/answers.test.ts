// The guide's answers to the patient's own questions, its notes on the story, its "Got it" line and
// its second wording of a question: pure functions, English and Spanish.
import { describe, expect, it } from "vitest";
import { type AnswerContext, answersFor, asksQuestion } from "../../../src/conversation/guide/answers.js";
import type { Intent } from "../../../src/conversation/guide/extract.js";
import { question } from "../../../src/conversation/guide/questions.js";
import { cautionsFor, priorRequestLead, storyNotes, urgentNote } from "../../../src/conversation/guide/story.js";
import { isAskedTopic } from "../../../src/conversation/guide/topics.js";
import { understood } from "../../../src/conversation/guide/understood.js";
import type { Intake } from "../../../src/domain/intake.js";
import { CATALOGS } from "../../../src/i18n/catalogs/index.js";
import { LANGS } from "../../../src/i18n/langs.js";

const TODAY = "2026-11-26";

function ctx(intents: Intent[], more: Partial<AnswerContext> = {}): AnswerContext {
  return {
    intents: new Set(intents),
    said: "",
    intake: {},
    lang: "en",
    today: TODAY,
    messaging: false,
    clinic: null,
    letterDone: false,
    ...more,
  };
}

describe("answersFor", () => {
  it("answers nothing when nothing was asked", () => {
    expect(answersFor(ctx(["thanks", "yes"]))).toEqual([]);
    expect(asksQuestion(new Set<Intent>(["thanks"]))).toBe(false);
  });

  // HHS OCR, right of access guidance: access may not be withheld over an unpaid bill.
  it("says no to withholding over a bill, with its sources, in each language", () => {
    expect(answersFor(ctx(["asks_unpaid_bill"]))[0]).toMatch(/^No\..*may not hold back.*OCR.*164\.524/);
    expect(answersFor(ctx(["asks_unpaid_bill"], { lang: "es" }))[0]).toMatch(/^No\..*no pueden negarle.*OCR/);
  });

  it("answers 'is that legal?' after a price with the fee rule, and after a denial with the review", () => {
    const fee = answersFor(ctx(["asks_allowed"], { said: "They want $95 for a CD. Is that legal?" }));
    expect(fee).toEqual([CATALOGS.en.guide.answers.fees]);
    const denied: Intake = { priorRequest: { outcome: "denied" }, records: { kinds: ["mental_health"] } };
    expect(answersFor(ctx(["asks_allowed"], { intake: denied }))[0]).toMatch(/review by another licensed/);
    expect(answersFor(ctx(["asks_allowed"]))[0]).toMatch(/164\.524\(a\)/);
  });

  // 45 CFR 164.524(b)(2), and a state rule where it governs.
  it("gives the deadline that governs the request, and after a letter the date it falls on", () => {
    expect(answersFor(ctx(["rights_deadline"]))[0]).toMatch(/30 calendar days.*164\.524\(b\)\(2\).*30 more days/);
    const texas: Intake = { state: "TX", provider: { type: "physician_practice" } };
    expect(answersFor(ctx(["rights_deadline"], { intake: texas }))[0]).toMatch(/15 business days/);
    const done = answersFor(ctx(["rights_deadline"], { letterDone: true }))[0];
    expect(done).toMatch(/due by December 26, 2026/);
    expect(answersFor(ctx(["rights_deadline"], { lang: "es", letterDone: true }))[0]).toMatch(
      /30 días naturales.*vence el 26 de diciembre de 2026/s,
    );
  });

  it("adds what works in days when the date is too close, and the registry for shots", () => {
    const soon = answersFor(ctx(["rights_deadline"], { intake: { neededBy: "2026-12-01" } }))[0];
    expect(soon).toMatch(/You need them by December 1, 2026.*Call the records office today/s);
    const shots = answersFor(ctx(["rights_deadline"], { intake: { records: { kinds: ["immunizations"] } } }))[0];
    expect(shots).toMatch(/immunization registry/);
  });

  it("says a person is a person, and names the clinic's records office with its phone on its page", () => {
    expect(answersFor(ctx(["asks_human"]))[0]).toMatch(/automated assistant.*records office/);
    const clinic = { name: "Riverbend Family Medicine", phone: "(937) 555-0142" };
    expect(answersFor(ctx(["asks_human"], { clinic }))[0]).toMatch(
      /Riverbend Family Medicine's records office at \(937\)/,
    );
    expect(answersFor(ctx(["asks_human"], { clinic, lang: "es" }))[0]).toMatch(/asistente automático.*Riverbend/);
  });

  it("tells a texter that texts are not encrypted when asked whether this is safe", () => {
    expect(answersFor(ctx(["asks_safety"]))[0]).not.toMatch(/not encrypted/);
    const bySms = answersFor(ctx(["asks_safety"], { messaging: true }))[0];
    expect(bySms).toMatch(/Texts themselves are not encrypted/);
    expect(bySms).toMatch(/Text DELETE/);
  });

  it("answers proof by who is asking: the executor's letters, the parent's birth certificate", () => {
    expect(answersFor(ctx(["asks_proof"], { intake: { requester: "executor" } }))[0]).toMatch(
      /^Yes\. .*letters testamentary.*164\.502\(g\)\(4\)/,
    );
    expect(answersFor(ctx(["asks_proof"], { intake: { requester: "parent" }, lang: "es" }))[0]).toMatch(
      /^Sí\. .*acta de nacimiento/,
    );
    expect(answersFor(ctx(["asks_proof"]))[0]).toMatch(/proof that you may act for them/);
  });

  it("sends a minor's 'can my parents see this?' to the state's rule, an adult's to permission and the plan's statements", () => {
    expect(answersFor(ctx(["asks_parents_see"], { intake: { patient: { age: 24 } } }))[0]).toMatch(/EOBs/);
    const teen: Intake = { requester: "self", patient: { age: 16, isMinor: true } };
    expect(answersFor(ctx(["asks_parents_see"], { intake: teen }))[0]).toBe(CATALOGS.en.guide.minors.intro);
    expect(answersFor(ctx(["asks_parents_see"], { intake: { ...teen, state: "CA" } }))[0]).toMatch(/In California/);
  });

  it("answers several questions in one message, each once, in a fixed order", () => {
    const both = answersFor(ctx(["rights_fees", "asks_medical", "asks_allowed"]));
    expect(both).toEqual([CATALOGS.en.guide.answers.medical, CATALOGS.en.guide.answers.fees]);
  });
});

describe("the story's notes", () => {
  const overdue: Intake = { priorRequest: { outcome: "no_response", sentOn: "2026-08-03" } };

  it("leads an overdue request with the follow-up, a recent one with its due date, an undated one with the rule", () => {
    expect(priorRequestLead(overdue, TODAY, "en")).toMatch(/overdue: the answer was due by September 2, 2026/);
    expect(priorRequestLead(overdue, TODAY, "es")).toMatch(/vencida.*2 de septiembre de 2026/);
    const recent: Intake = { priorRequest: { outcome: "pending", sentOn: "2026-11-10" } };
    expect(priorRequestLead(recent, TODAY, "en")).toMatch(/still have time: the answer is due by December 10, 2026/);
    expect(priorRequestLead({ priorRequest: { outcome: "no_response" } }, TODAY, "en")).toMatch(
      /more than 30 calendar days/,
    );
    expect(priorRequestLead({ priorRequest: { outcome: "received" } }, TODAY, "en")).toBe("");
  });

  it("says the fee rule for a fee demand, and for copies sent to someone else that state law sets it", () => {
    expect(priorRequestLead({ priorRequest: { outcome: "fee_dispute" } }, TODAY, "en")).toMatch(/cost-based/);
    const others: Intake = { priorRequest: { outcome: "fee_dispute" }, delivery: "third_party" };
    expect(priorRequestLead(others, TODAY, "en")).toMatch(/follow state law/);
  });

  it("says each note once, for what the message newly tells", () => {
    const before: Intake = { records: { kinds: ["substance_use"] } };
    const after: Intake = { records: { kinds: ["substance_use", "visit_notes"] }, provider: { status: "closed" } };
    const notes = storyNotes(
      { records: { kinds: ["substance_use", "visit_notes"] }, provider: { status: "closed" } },
      before,
      after,
      TODAY,
      "en",
    );
    expect(notes).toEqual([CATALOGS.en.guide.escalation.closed]);
    expect(storyNotes({ records: { kinds: ["substance_use"] } }, {}, before, TODAY, "es")[0]).toMatch(/Part 2/);
  });

  it("lists the cautions that change what the patient must do, but no proof for a parent of an adult", () => {
    const agent: Intake = { requester: "personal_representative", records: { kinds: ["psychotherapy_notes"] } };
    expect(cautionsFor(agent, "en")).toEqual([
      CATALOGS.en.guide.cautions.proof.personal_representative,
      CATALOGS.en.guide.cautions.psychotherapy,
    ]);
    expect(cautionsFor({ requester: "parent", patient: { isMinor: false } }, "en")).toEqual([]);
    expect(cautionsFor({ requester: "self" }, "es")).toEqual([]);
  });

  it("has nothing urgent to say when the date leaves time", () => {
    expect(urgentNote({ neededBy: "2027-03-01" }, TODAY, "en")).toBe("");
    expect(urgentNote({ neededBy: "2026-12-01", purpose: "legal" }, TODAY, "en")).not.toMatch(/doctor treating/);
  });
});

describe("understood", () => {
  it("names what was recorded in plain words, and nothing when nothing was", () => {
    expect(
      understood({ provider: { name: "Banner Health" }, records: { kinds: ["test_results"] }, state: "AZ" }, "en"),
    ).toBe("Got it: Banner Health, Arizona, test results.");
    expect(understood({ patient: { name: "Ana Ruiz", dateOfBirth: "1980-03-04" } }, "es")).toBe(
      "Entendido: Ana Ruiz, nacimiento: 4 de marzo de 1980.",
    );
    expect(understood({ priorRequest: { sentOn: "2026-09-02", outcome: "no_response" } }, "en")).toBe(
      "Got it: earlier request sent September 2, 2026, no answer.",
    );
    // A purpose as a sentence says it, not its code ("for personal", "para legal").
    expect(understood({ purpose: "personal" }, "en")).toBe("Got it: for keeping a copy.");
    expect(understood({ purpose: "legal" }, "es")).toBe("Entendido: para un asunto legal.");
    expect(understood({}, "en")).toBe("");
    expect(understood({ provider: { status: "unknown" } }, "en")).toBe("");
  });
});

describe("a question asked again", () => {
  it("never repeats a sentence of its first wording, and always gives an example, in every language", () => {
    for (const lang of LANGS) {
      for (const topic of Object.keys(CATALOGS[lang].guide.questions)) {
        if (!isAskedTopic(topic)) throw new Error(`not a topic: ${topic}`);
        const first = question(topic, lang, { clinic: "X" }).text;
        const again = question(topic, lang, { clinic: "X" }, "again").text;
        const sentences = (t: string) => t.split(/(?<=[?.!])\s+/).map((s) => s.trim());
        for (const s of sentences(again)) expect(sentences(first), `${lang} ${topic}`).not.toContain(s);
        expect(again, `${lang} ${topic}`).toMatch(/for example|por ejemplo/i);
      }
    }
  });
});

describe("answers that depend on what the message itself says", () => {
  it("reads the asker's own age for 'can my parents see this?', and asks for it when unknown", () => {
    const minor = ctx(["asks_parents_see"], { said: "im 17, can my parents see this?", intake: { state: "CO" } });
    expect(answersFor(minor)[0]).toMatch(/Colorado/);
    expect(answersFor(ctx(["asks_parents_see"], { said: "I'm 24. Can my parents see it?" }))[0]).toMatch(/EOBs/);
    expect(answersFor(ctx(["asks_parents_see"], { said: "can my parents see it?" }))[0]).toMatch(/tell me your age/);
    expect(answersFor(ctx(["asks_parents_see"], { said: "¿mis papás pueden ver esto?", lang: "es" }))[0]).toMatch(
      /dígame su edad/,
    );
  });
});
