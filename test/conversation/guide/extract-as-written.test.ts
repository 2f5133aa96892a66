// What the guide reads from patients who write the way they talk (issue 15, point 2): provider
// names kept whole and as written, chat-speak and commands never read as names, "me" in all its
// forms, places, record kinds, stays, where the records go, earlier requests, and nothing guessed.
// Each case is new (none is from the held-out conversations) and its patch must be exact.
import { describe, expect, it } from "vitest";
import { extract, type Intent } from "../../../src/conversation/guide/extract.js";
import type { IntakePatch } from "../../../src/domain/intake.js";

interface Case {
  text: string;
  /** The question just asked. */
  topic?: string;
  lang?: "en" | "es";
  expect: IntakePatch;
  intents?: Intent[];
}

const TODAY = "2025-06-10";

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical).sort();
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => [k, canonical(v)]),
  );
}

function reads(c: Case) {
  const got = extract(c.text, { intake: {}, lastChoices: null, today: TODAY, lastTopic: c.topic, language: c.lang });
  expect(canonical(got.patch)).toStrictEqual(canonical(c.expect));
  expect([...got.intents].sort()).toEqual([...(c.intents ?? [])].sort());
}

const run = (cases: Case[]) =>
  it.each(cases.map((c) => [c.topic ? `${c.text} (after ${c.topic})` : c.text, c] as const))("reads %j", (_, c) =>
    reads(c),
  );

describe("provider names, whole and as written", () => {
  run([
    {
      text: "I need my records from Providence St. Vincent Medical Center in Portland, Oregon",
      expect: {
        requester: "self",
        provider: { name: "Providence St. Vincent Medical Center", type: "hospital" },
        state: "OR",
      },
    },
    {
      text: "records from Our Lady of the Lake Regional Medical Center",
      expect: { provider: { name: "Our Lady of the Lake Regional Medical Center", type: "hospital" } },
    },
    {
      text: "the whole chart from Hospital for Special Surgery in NYC",
      expect: {
        records: { kinds: ["full_chart"] },
        provider: { name: "Hospital for Special Surgery", type: "hospital" },
        state: "NY",
      },
    },
    {
      // English name, then a Spanish place: "de Laredo" is where it is, not part of its name.
      text: "me atendieron en el Rio Grande Regional Hospital de McAllen",
      lang: "es",
      expect: { requester: "self", provider: { name: "Rio Grande Regional Hospital", type: "hospital" }, state: "TX" },
    },
    {
      // A Spanish name keeps its "de …".
      text: "me atendieron en la Clínica San Rafael de Laredo",
      lang: "es",
      expect: { requester: "self", provider: { name: "Clínica San Rafael de Laredo", type: "clinic" }, state: "TX" },
    },
    {
      text: "necesito mis análisis del Hospital Universitario de Caguas",
      lang: "es",
      expect: {
        requester: "self",
        records: { kinds: ["test_results"] },
        provider: { name: "Hospital Universitario de Caguas", type: "hospital" },
      },
    },
    {
      text: "Dr. Anne-Marie O'Neil retired last year",
      expect: { provider: { name: "Dr. Anne-Marie O'Neil", type: "physician_practice", status: "retired" } },
    },
    {
      text: "need my covid test results from walgreens",
      expect: {
        requester: "self",
        records: { kinds: ["test_results"] },
        provider: { name: "walgreens", type: "pharmacy" },
      },
    },
    { text: "from dr o'malley", expect: { provider: { name: "dr o'malley", type: "physician_practice" } } },
    {
      // The en dash and the curly apostrophe are the patient's own.
      text: "records from St. Luke’s Health – Baylor St. Luke’s Medical Center",
      expect: { provider: { name: "St. Luke’s Health – Baylor St. Luke’s Medical Center", type: "hospital" } },
    },
    { text: "St. Vincent's", topic: "provider.name", expect: { provider: { name: "St. Vincent's" } } },
    // A name that says no kind gets none: "Memorial" is not a hospital by itself.
    { text: "Memorial", topic: "provider.name", expect: { provider: { name: "Memorial" } } },
    {
      text: "Houston Methodist and Memorial Hermann",
      topic: "provider.name",
      expect: { provider: { name: "Houston Methodist" }, providerCount: 2 },
    },
    {
      text: "Baylor, St. David's and a couple urgent cares",
      topic: "provider.name",
      expect: { provider: { name: "Baylor" } },
    },
  ]);
});

describe("chat-speak, commands and questions are never names", () => {
  run([
    { text: "k thx", topic: "provider.name", expect: {}, intents: ["thanks", "yes"] },
    { text: "pls just write it", topic: "provider.name", expect: {}, intents: ["draft"] },
    { text: "lol idk", topic: "provider.name", expect: {}, intents: ["unsure"] },
    { text: "Ok what's next", topic: "patient.name", expect: {}, intents: ["yes"] },
    { text: "write the letter", topic: "patient.name", expect: {}, intents: ["draft"] },
    { text: "qwrtpsdfg", topic: "patient.name", expect: {} },
    // "I'm" and a word about how they feel says how the patient is, not who (nor which hospital).
    { text: "im exhausted", topic: "patient.name", expect: {} },
    { text: "im so confused", topic: "provider.name", expect: {} },
    { text: "I'm Rosa", topic: "patient.name", expect: { patient: { name: "Rosa" } } },
    // A doctor, but "thx" is not their name.
    { text: "records from dr thx", expect: { provider: { type: "physician_practice" } }, intents: ["thanks"] },
    {
      text: "its Dr. Patel thx",
      topic: "provider.name",
      expect: { provider: { name: "Dr. Patel", type: "physician_practice" } },
      intents: ["thanks"],
    },
    { text: "hágame la carta por favor", topic: "provider.name", lang: "es", expect: {}, intents: ["draft"] },
    { text: "no lo sé", topic: "patient.name", lang: "es", expect: {}, intents: ["unsure"] },
    { text: "sí, eso", topic: "provider.name", lang: "es", expect: {}, intents: ["yes"] },
    {
      text: "J. R. Martinez, 4/2/1970",
      topic: "patient.name",
      expect: { patient: { name: "J. R. Martinez", dateOfBirth: "1970-04-02" } },
    },
    {
      text: "leticia ramos 3/9/84",
      topic: "patient.name",
      expect: { patient: { name: "leticia ramos", dateOfBirth: "1984-03-09" } },
    },
    {
      // Asked their own name first, a caregiver who answers with a name and a birth date gives the patient's.
      text: "Harold Finch, 11/2/1940",
      topic: "representative.name",
      expect: { patient: { name: "Harold Finch", dateOfBirth: "1940-11-02" } },
    },
    {
      text: "Grace Finch, grace.finch@example.com",
      topic: "representative.name",
      expect: { representative: { name: "Grace Finch", email: "grace.finch@example.com" } },
    },
    {
      text: "I used to be Dana Whitley, now I'm Dana Ortiz",
      expect: { patient: { name: "Dana Ortiz", otherNames: ["Dana Whitley"] } },
    },
  ]);
});

describe("the patient themself", () => {
  run([
    { text: "me and nobody else", topic: "requester", expect: { requester: "self" } },
    { text: "they're all mine", topic: "requester", expect: { requester: "self" } },
    { text: "just me lol", topic: "requester", expect: { requester: "self" } },
    { text: "para mí, claro", topic: "requester", lang: "es", expect: { requester: "self" } },
    { text: "son mías", topic: "requester", lang: "es", expect: { requester: "self" } },
    // A family word beside "me": not the patient alone, and not a guess at who else.
    { text: "me and my husband", topic: "requester", expect: {} },
    { text: "im her dad", topic: "requester", expect: { requester: "parent" } },
    { text: "soy su mamá", topic: "requester", lang: "es", expect: { requester: "parent" } },
    { text: "I got a colonoscopy there in March", expect: { requester: "self" } },
    { text: "my daughter's records, she's 9", expect: { requester: "parent", patient: { isMinor: true } } },
    // A family member's care is theirs, not the writer's.
    {
      text: "my son had an MRI at Lurie Children's last month",
      expect: {
        requester: "parent",
        provider: { name: "Lurie Children's", type: "hospital" },
        records: { kinds: ["imaging"] },
      },
    },
    { text: "mi hijo tuvo una cirugía y necesito sus papeles", lang: "es", expect: { requester: "parent" } },
    { text: "my wife", topic: "requester", expect: { requester: "other" } },
    {
      text: "I'm 16 and want my own chart",
      expect: { requester: "self", patient: { isMinor: true }, records: { kinds: ["full_chart"] } },
    },
  ]);
});

describe("places as people say them", () => {
  run([
    { text: "springfield, massachusetts", topic: "state", expect: { state: "MA" } },
    { text: "columbus georgia", topic: "state", expect: { state: "GA" } },
    { text: "Portland ME", topic: "state", expect: { state: "ME" } },
    { text: "upstate, near rochester", topic: "state", expect: { state: "NY" } },
    { text: "we moved here from Arizona last year", expect: { state: "AZ" } },
    { text: "the clinic is in Fort Collins", expect: { state: "CO", provider: { type: "clinic" } } },
    { text: "Springfield", topic: "state", expect: {} },
    { text: "SoCal", topic: "state", expect: { state: "CA" } },
    { text: "north jersey", topic: "state", expect: { state: "NJ" } },
    { text: "it was in upstate ny", topic: "state", expect: { state: "NY" } },
    {
      // Where the patient is now is not where the hospital was.
      text: "I'm in Texas but the hospital was Ochsner in New Orleans",
      expect: { state: "LA", provider: { name: "Ochsner", type: "hospital" } },
    },
  ]);
});

describe("record kinds, stays and years as people say them", () => {
  run([
    {
      text: "my ER visit from last weekend",
      expect: { requester: "self", records: { kinds: ["visit_notes"] }, provider: { type: "hospital" } },
    },
    { text: "the operative report and the pathology", expect: { records: { kinds: ["visit_notes", "test_results"] } } },
    { text: "labor and delivery records", expect: { records: { kinds: ["visit_notes"] } } },
    // "The report" is a visit's notes, unless a more specific record is named with it.
    {
      text: "he was in the ER saturday night and his doctor wants the report",
      expect: { provider: { type: "hospital" }, records: { kinds: ["visit_notes"] } },
    },
    { text: "the CT images and the report", expect: { records: { kinds: ["imaging"] } } },
    {
      text: "ER",
      topic: "records.kinds",
      expect: { records: { kinds: ["visit_notes"] }, provider: { type: "hospital" } },
    },
    {
      text: "urgencias",
      topic: "records.kinds",
      lang: "es",
      expect: { records: { kinds: ["visit_notes"] }, provider: { type: "hospital" } },
    },
    {
      text: "mis análisis y el informe de la operación",
      lang: "es",
      expect: { requester: "self", records: { kinds: ["test_results", "visit_notes"] } },
    },
    {
      text: "I was admitted from Jan 5 to Jan 12 2024",
      expect: { requester: "self", records: { from: "2024-01-05", to: "2024-01-12" } },
    },
    {
      text: "estuve internada del 3 al 8 de febrero de 2024",
      lang: "es",
      expect: { requester: "self", records: { from: "2024-02-03", to: "2024-02-08" } },
    },
    {
      text: "the discharge papers from my hospital stay in august",
      expect: {
        requester: "self",
        provider: { type: "hospital" },
        records: { kinds: ["visit_notes"], from: "2024-08-01", to: "2024-08-31" },
      },
    },
    // A month in a clause about a death is not the records' month.
    { text: "records for my dad who passed in march", expect: { requester: "other", patient: { isDeceased: true } } },
    { text: "my appointment is on the 15th", expect: { neededBy: "2025-06-15" } },
    { text: "everything dating back to 2016", expect: { records: { kinds: ["full_chart"], from: "2016" } } },
    {
      text: "the ultrasound last spring",
      expect: { records: { kinds: ["imaging"], from: "2025-03-01", to: "2025-05-31" } },
    },
  ]);
});

describe("where the records go", () => {
  run([
    {
      text: "please send everything to Mayo Clinic in Rochester",
      expect: { delivery: "third_party", recipient: { name: "Mayo Clinic" }, records: { kinds: ["full_chart"] } },
    },
    {
      text: "fax them to my oncologist, Dr. Priya Raman",
      expect: { delivery: "third_party", recipient: { name: "Dr. Priya Raman" } },
    },
    {
      text: "que los manden a mi nueva doctora",
      lang: "es",
      expect: { delivery: "third_party", purpose: "continuing_care" },
    },
    {
      // The new doctor's practice is where the records go, not the provider that holds them.
      text: "my new neurologist at Ochsner wants my MRI",
      expect: { requester: "self", records: { kinds: ["imaging"] }, purpose: "continuing_care" },
    },
  ]);
});

describe("what the records are for", () => {
  run([
    { text: "so i can keep a copy at home", topic: "purpose", expect: { purpose: "personal" } },
    { text: "my own records, that's all", topic: "purpose", expect: { requester: "self", purpose: "personal" } },
    // Where the records go is not the kind of provider that holds them.
    { text: "a consult at a different clinic", topic: "purpose", expect: {} },
    { text: "for a second opinion at another hospital", topic: "purpose", expect: { purpose: "second_opinion" } },
    { text: "para guardarlos en casa", topic: "purpose", lang: "es", expect: { purpose: "personal" } },
  ]);
});

describe("a rehab place after a stroke is where the records go, not addiction treatment", () => {
  run([
    {
      text: "I need my wife's discharge papers from Oak Valley Hospital for the rehab place she is moving to",
      expect: {
        requester: "other",
        provider: { name: "Oak Valley Hospital", type: "hospital" },
        records: { kinds: ["visit_notes"] },
        purpose: "continuing_care",
      },
    },
    { text: "my records from rehab", expect: { requester: "self", records: { kinds: ["substance_use"] } } },
  ]);
});

describe("COBRA is a plan, 'me cobra' is a charge", () => {
  run([
    { text: "me cobra $80 por el disco", lang: "es", expect: { priorRequest: { outcome: "fee_dispute" } } },
    { text: "I'm on COBRA from my old job", expect: { insurer: { plan: "employer" } } },
  ]);
});

describe("earlier requests, fees and portals", () => {
  run([
    { text: "they quoted me $85 for the copies", expect: { priorRequest: { outcome: "fee_dispute" } } },
    {
      // A CD is what the fee was for, not a format the patient asked for.
      text: "Quoted $40 for a CD, is that ok?",
      expect: { priorRequest: { outcome: "fee_dispute" } },
      intents: ["asks_allowed"],
    },
    {
      text: "they sent the labs but not the MRI",
      expect: { priorRequest: { outcome: "partial" }, records: { kinds: ["test_results", "imaging"] } },
    },
    {
      text: "nadie me contesta y ya pasaron dos meses",
      lang: "es",
      expect: { priorRequest: { outcome: "no_response" } },
      intents: ["upset"],
    },
    {
      text: "no me los quieren entregar",
      lang: "es",
      expect: { priorRequest: { outcome: "denied" } },
      intents: ["no"],
    },
    {
      text: "they told me no because I owe them money",
      expect: { priorRequest: { outcome: "denied" } },
      intents: ["asks_unpaid_bill"],
    },
    { text: "I'm locked out of the portal", expect: { provider: { portal: "no_access" } } },
    // "ok" acknowledges a question about a fact; it answers a choice.
    { text: "ok", topic: "provider.portal", expect: {}, intents: ["yes"] },
    { text: "ok", topic: "provider.status", expect: {}, intents: ["yes"] },
    { text: "ok", topic: "format", expect: { format: "electronic" }, intents: ["yes"] },
  ]);
});

describe("en español", () => {
  run([
    {
      text: "Necesito que manden mis expedientes a mi nuevo doctor, el Dr. Luis Herrera",
      lang: "es",
      expect: {
        requester: "self",
        purpose: "continuing_care",
        delivery: "third_party",
        recipient: { name: "Dr. Luis Herrera" },
      },
    },
    // "Tengo 3 doctores" counts doctors; it is not the patient's age.
    { text: "tengo 3 doctores diferentes", lang: "es", expect: { providerCount: 3 } },
    { text: "tengo 15 años", lang: "es", expect: { patient: { isMinor: true } } },
    {
      text: "se llama Centro Médico Santa Fe",
      topic: "provider.name",
      lang: "es",
      expect: { provider: { name: "Centro Médico Santa Fe" } },
    },
    {
      text: "pedí mis papeles hace un mes y no me han mandado nada",
      lang: "es",
      expect: { requester: "self", priorRequest: { sentOn: "2025-05-10", outcome: "no_response" } },
    },
    { text: "la operación", topic: "records.kinds", lang: "es", expect: { records: { kinds: ["visit_notes"] } } },
    {
      text: "mis labs",
      topic: "records.kinds",
      lang: "es",
      expect: { requester: "self", records: { kinds: ["test_results"] } },
    },
    { text: "me cobraron $75 por las copias", lang: "es", expect: { priorRequest: { outcome: "fee_dispute" } } },
  ]);
});

describe("a name after 'from' or 'at' only where care is spoken of", () => {
  run([
    { text: "I work at Amazon and need my records for FMLA", expect: { requester: "self", purpose: "disability" } },
    { text: "I got a letter from Medicare saying they paid", expect: { insurer: { plan: "medicare" } } },
    { text: "can I get them from MyChart?", expect: {} },
    {
      text: "need my chart from Geisinger",
      expect: { requester: "self", provider: { name: "Geisinger" }, records: { kinds: ["full_chart"] } },
    },
    { text: "at the hospital downtown", topic: "provider.name", expect: { provider: { type: "hospital" } } },
  ]);
});

describe("slips of the thumb on the words that matter", () => {
  run([
    {
      text: "recrods from the hosptial in tenessee",
      expect: { provider: { type: "hospital" }, state: "TN" },
    },
    {
      text: "my vacines from the clinc",
      expect: { requester: "self", records: { kinds: ["immunizations"] }, provider: { type: "clinic" } },
    },
    // A real word one letter from a key word is left alone.
    { text: "Indian Health Service", topic: "provider.name", expect: { provider: { name: "Indian Health Service" } } },
  ]);
});

describe("a name said again", () => {
  const again = (text: string, before: string, topic?: string) =>
    extract(text, { intake: { provider: { name: before } }, lastChoices: null, today: TODAY, lastTopic: topic }).patch
      .provider?.name;

  it("keeps the name as first written when it comes back in lower case ('cvs' after 'CVS')", () => {
    expect(again("i have the cvs app but i cant find my refills in it", "CVS", "provider.portal")).toBeUndefined();
  });

  it("takes the better capitals and a different name", () => {
    expect(again("Sunrise Family Clinic", "sunrise family clinic", "provider.name")).toBe("Sunrise Family Clinic");
    expect(again("Actually it was Walgreens", "CVS", "provider.name")).toBe("Walgreens");
  });
});
