// Fuzzes every endpoint in-process (memory store, built-in guide): no 5xx, no unhandled error, and
// every 4xx in the error envelope. Cheap routes get many runs; POST /api/chat and the SMS webhook
// run a real guide turn, so they get fewer. The total case count is printed at the end.
import fc from "fast-check";
import twilio from "twilio";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { newDocumentId, signDocumentToken } from "../../src/documents/tokens.js";
import { IntakeSchema, STATE_CODES } from "../../src/domain/intake.js";
import { DOCUMENT_KINDS } from "../../src/domain/recommendation.js";
import {
  anyIntake,
  authorization,
  chatBody,
  contentType,
  extraHeaders,
  garbage,
  patientText,
  sessionId,
  validIntake,
  wireBody,
} from "./arbitraries.js";
import { ADMIN_TOKEN, BASE, type FuzzApp, fuzzApp, TWILIO_TOKEN } from "./harness.js";

let app: FuzzApp;
/** Tokens of the conversations the conversation property created, so the session routes see some that open one. */
const known: string[] = [];
beforeAll(async () => {
  app = await fuzzApp();
});
// Checked after every property, so each one fails on its own unhandled error or failed turn.
afterEach(() => {
  expect(app.errors.splice(0)).toEqual([]);
});
afterAll(() => {
  const routes = [...app.statuses]
    .filter(([, counts]) => [...counts.values()].reduce((a, b) => a + b, 0) >= 100)
    .map(
      ([group, counts]) =>
        `  ${group}: ${[...counts]
          .sort(([a], [b]) => a - b)
          .map(([s, n]) => `${s}×${n}`)
          .join(" ")}`,
    );
  console.log(`fuzz: ${app.cases()} cases over every endpoint\n${routes.join("\n")}`);
});

/** Runs an async property; fast-check prints the seed and the shrunk counterexample on failure. */
const check = <T>(arb: fc.Arbitrary<T>, numRuns: number, body: (value: T) => Promise<void>) =>
  fc.assert(fc.asyncProperty(arb, body), { numRuns });

const headers = (type: string | undefined, extra: Record<string, string> = {}): Record<string, string> =>
  type === undefined ? extra : { ...extra, "content-type": type };

const path = (s: string) => encodeURIComponent(s);

describe("fuzz", () => {
  it("POST /api/chat: any body, id, message shape or content type", async () => {
    await check(fc.tuple(wireBody(chatBody), contentType, extraHeaders), 1500, async ([body, type, extra]) => {
      const {
        status,
        body: text,
        res,
      } = await app.send("/api/chat", { method: "POST", headers: headers(type, extra), body });
      if (status === 200) {
        expect(res.headers.get("x-vercel-ai-ui-message-stream")).toBe("v1");
        expect(text.trimEnd().endsWith("data: [DONE]")).toBe(true);
        // A turn that failed inside the stream would still be a 200: the stream must hold no error.
        expect(text).not.toContain('"type":"error"');
      }
    });
  });

  it("POST /api/chat: several turns in one session, each after the first carrying its token, never fail", async () => {
    await check(fc.array(patientText, { minLength: 1, maxLength: 6 }), 150, async (texts) => {
      const id = `fuzz-conv-${crypto.randomUUID().replaceAll("-", "")}`;
      let token: string | null = null;
      for (const text of texts) {
        const body = JSON.stringify({ id, message: { role: "user", parts: [{ type: "text", text }] } });
        const auth: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
        const {
          status,
          body: stream,
          res,
        } = await app.send("/api/chat", {
          method: "POST",
          headers: headers("application/json", auth),
          body,
        });
        if (status === 200) expect(stream).not.toContain('"type":"error"');
        else expect(status).toBe(400);
        token ??= res.headers.get("X-Session-Token");
      }
      if (token) known.push(token);
    });
  });

  it("GET and DELETE /api/session: any Authorization; only a conversation's own token opens it", async () => {
    const auth = fc.oneof(
      authorization,
      fc.integer({ min: 0, max: 10_000 }).map((i) => `Bearer ${known[i % known.length] ?? "none"}`),
    );
    const query = fc.constantFrom("", "", "?clinic=riverbend");
    const method = fc.constantFrom("GET", "GET", "DELETE");
    await check(fc.tuple(auth, method, query), 2000, async ([a, m, q]) => {
      const { status } = await app.send(`/api/session${q}`, { method: m, headers: { authorization: a } });
      const token = /^Bearer (\S+)$/.exec(a)?.[1];
      // The fuzzed conversations have no clinic, so naming one never opens them.
      if (q || !token || !known.includes(token)) expect(status).toBe(404);
      else expect([200, 204, 404]).toContain(status);
    });
  });

  it("GET and DELETE /api/sessions/:id: any id is a 404, with no lookup", async () => {
    const id = fc.oneof(
      sessionId,
      fc.integer({ min: 0, max: 10_000 }).map((i) => known[i % known.length]?.split(".")[0] ?? "none"),
    );
    await check(fc.tuple(id, fc.constantFrom("GET", "DELETE")), 500, async ([id, method]) => {
      const { status } = await app.send(`/api/sessions/${path(id)}`, { method });
      expect(status).toBe(404);
    });
  });

  it("POST /api/recommend: a valid Intake gets 5 ranked paths, anything else a 4xx", async () => {
    let valid = 0;
    await check(fc.tuple(anyIntake, contentType), 2500, async ([intake, type]) => {
      const { status, body } = await app.send("/api/recommend", {
        method: "POST",
        headers: headers(type),
        body: JSON.stringify(intake),
      });
      const json = /^application\/json\b/i.test(type ?? "");
      if (json && IntakeSchema.safeParse(intake).success) {
        valid++;
        expect(status).toBe(200);
        const paths = (JSON.parse(body) as { paths: Array<{ path: string; rank: number }> }).paths;
        expect(paths.map((p) => p.rank)).toEqual([1, 2, 3, 4, 5]);
        expect(new Set(paths.map((p) => p.path)).size).toBe(5);
      } else {
        expect(status).toBeGreaterThanOrEqual(400);
      }
    });
    // The generator is meant to produce mostly valid Intakes; if the schema rejects them, it is testing nothing.
    expect(valid).toBeGreaterThan(500);
  });

  it("POST /api/recommend: the Intake generator's output is what the schema accepts", () => {
    fc.assert(
      fc.property(validIntake, (intake) => {
        expect(IntakeSchema.safeParse(intake).error?.issues).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });

  it("GET /api/states/:code: every state, and anything else", async () => {
    const code = fc.oneof(
      fc.constantFrom(...STATE_CODES),
      fc.constantFrom(...STATE_CODES).map((c) => c.toLowerCase()),
      fc.string({ maxLength: 10 }),
    );
    await check(code, 1500, async (c) => {
      const { status } = await app.send(`/api/states/${path(c)}`);
      if ((STATE_CODES as readonly string[]).includes(c)) expect(status).toBe(200);
      else expect([200, 404]).toContain(status);
    });
  });

  it("POST /api/documents: kinds × Intakes × formats give the file or a 4xx", async () => {
    const kind = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...DOCUMENT_KINDS) },
      { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
    );
    const format = fc.option(fc.oneof(fc.constantFrom("docx", "txt"), fc.string({ maxLength: 6 })), { nil: undefined });
    const body = fc.oneof(
      { weight: 6, arbitrary: fc.record({ kind, intake: anyIntake, format }, { requiredKeys: ["kind"] }) },
      { weight: 1, arbitrary: fc.record({ kind, intake: anyIntake, extra: garbage }) },
      { weight: 1, arbitrary: garbage },
    );
    const clinic = fc.constantFrom("", "", "", "?clinic=riverbend", "?clinic=nope", "?clinic=%00");
    await check(fc.tuple(wireBody(body), contentType, clinic), 1200, async ([raw, type, query]) => {
      const { status, res } = await app.send(`/api/documents${query}`, {
        method: "POST",
        headers: headers(type),
        body: raw,
      });
      if (status === 200) {
        expect(res.headers.get("content-type")).toMatch(/wordprocessingml|text\/plain/);
        expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="[\w.-]+"$/);
      }
    });
  });

  it("POST /api/documents: every kind × valid Intakes × both formats is the file", async () => {
    const arb = fc.tuple(fc.constantFrom(...DOCUMENT_KINDS), validIntake, fc.constantFrom("docx", "txt", undefined));
    await check(arb, 300, async ([kind, intake, format]) => {
      const body = JSON.stringify({ kind, intake, ...(format ? { format } : {}) });
      const { status, res } = await app.send("/api/documents", {
        method: "POST",
        headers: headers("application/json"),
        body,
      });
      expect(status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(format === "txt" ? /^text\/plain/ : /wordprocessingml/);
    });
  });

  it("GET /api/documents/:token: garbage is 404, a signed link to nothing is 410", async () => {
    const token = fc.oneof(
      { weight: 3, arbitrary: fc.stringMatching(/^[A-Za-z0-9_-]{43}$/).map((t) => ({ t, kind: "random" as const })) },
      { weight: 2, arbitrary: fc.string({ maxLength: 80 }).map((t) => ({ t, kind: "garbage" as const })) },
      {
        weight: 2,
        arbitrary: fc
          .integer({ min: -1e6, max: 1e6 })
          .map((offsetSeconds) => ({ t: "", kind: "signed" as const, offsetSeconds })),
      },
    );
    const format = fc.constantFrom("", "?format=txt", "?format=docx", "?format=pdf", "?format=rtf");
    await check(fc.tuple(token, format), 1500, async ([tok, query]) => {
      let t = tok.t;
      if (tok.kind === "signed") {
        const expiresAt = app.deps.clock().getTime() + (tok.offsetSeconds ?? 0) * 1000;
        t = await signDocumentToken(app.deps.signingKey, {
          documentId: newDocumentId(),
          expiresAt: Math.max(0, expiresAt),
        });
      }
      const { status } = await app.send(`/api/documents/${path(t)}${query}`);
      // "", "." and ".." resolve to another path (no token at all): no route.
      if (["", ".", ".."].includes(t)) expect(status).toBe(404);
      else if (query === "?format=rtf") expect(status).toBe(400);
      else if (tok.kind === "signed") expect(status).toBe(410);
      else expect(status).toBe(404);
    });
  });

  it("POST /sms/twilio: form bodies with and without a valid signature", async () => {
    const phone = fc.oneof(fc.stringMatching(/^\+1[2-9]\d{9}$/), fc.string({ maxLength: 20 }));
    const form = fc.record(
      {
        MessageSid: fc.oneof(fc.stringMatching(/^SM[0-9a-f]{32}$/), fc.string({ maxLength: 40 })),
        From: phone,
        To: phone,
        Body: fc.oneof(patientText, fc.constantFrom("STOP", "START", "HELP", "DELETE", "BORRAR", "")),
        NumMedia: fc.oneof(fc.constantFrom("0", "1"), fc.string({ maxLength: 3 })),
        Extra: fc.string({ maxLength: 20 }),
      },
      { requiredKeys: [] },
    );
    const wellFormed = fc.record({
      MessageSid: fc.stringMatching(/^SM[0-9a-f]{32}$/),
      From: fc.stringMatching(/^\+1[2-9]\d{9}$/),
      To: fc.constant("+15559870000"),
      Body: patientText,
    });
    const signing = fc.constantFrom("valid", "valid", "valid", "none", "wrong", "tampered");
    await check(fc.tuple(fc.oneof(form, wellFormed), signing, contentType), 1500, async ([params, sign, type]) => {
      const url = `${BASE}/sms/twilio`;
      const fields = params as Record<string, string>;
      const signature = twilio.getExpectedTwilioSignature(TWILIO_TOKEN, url, fields);
      const h: Record<string, string> = {
        "content-type": type?.includes("json") ? "application/x-www-form-urlencoded" : (type ?? ""),
      };
      if (sign === "valid" || sign === "tampered") h["x-twilio-signature"] = signature;
      if (sign === "wrong") h["x-twilio-signature"] = "bm90IGEgc2lnbmF0dXJlIGF0IGFsbA==";
      const body = new URLSearchParams(
        sign === "tampered" ? { ...fields, Body: `${fields.Body ?? ""}!` } : fields,
      ).toString();
      const { status, res } = await app.send("/sms/twilio", { method: "POST", headers: h, body });
      if (sign !== "valid") expect([403, 415]).toContain(status);
      if (status === 200) expect(res.headers.get("content-type")).toMatch(/^text\/xml/);
    });
  });

  it("/api/admin/clinics/:id: any method, auth header and body", async () => {
    const auth = fc.oneof(
      fc.constant(`Bearer ${ADMIN_TOKEN}`),
      fc.constant(`bearer   ${ADMIN_TOKEN}  `),
      fc.constantFrom("", "Bearer", "Basic dXNlcjpwYXNz", `Bearer ${ADMIN_TOKEN}x`),
      fc.string({ maxLength: 60 }).filter((s) => /^[\x20-\x7e]*$/.test(s)),
    );
    const clinicId = fc.oneof(
      fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?$/),
      fc.constant("riverbend"),
      fc.string({ maxLength: 70 }),
    );
    const clinic = fc.record(
      {
        name: fc.string({ maxLength: 130 }),
        allowedOrigins: fc.array(fc.oneof(fc.constant("https://clinic.example"), fc.webUrl()), { maxLength: 3 }),
        themeColor: fc.oneof(fc.constant("#1f6f5c"), fc.string({ maxLength: 8 })),
        turnaroundDays: fc.oneof(fc.integer({ min: 1, max: 60 }), fc.integer()),
        languages: fc.array(fc.constantFrom("en", "es", "fr"), { maxLength: 3 }),
        smsNumbers: fc.array(fc.oneof(fc.stringMatching(/^\+1[2-9]\d{9}$/), fc.string({ maxLength: 15 })), {
          maxLength: 2,
        }),
      },
      { requiredKeys: [] },
    );
    const method = fc.constantFrom("GET", "PUT", "DELETE", "POST", "PATCH");
    const validClinic = fc.record({
      name: fc.constantFrom("Hill Country Clinic", "Clínica San José"),
      allowedOrigins: fc.constant(["https://clinic.example"]),
      turnaroundDays: fc.integer({ min: 1, max: 60 }),
    });
    await check(
      fc.tuple(method, clinicId, auth, wireBody(fc.oneof(validClinic, clinic, garbage)), contentType),
      1500,
      async ([m, id, a, body, type]) => {
        const init: RequestInit = { method: m, headers: headers(type, a ? { authorization: a } : {}) };
        if (m !== "GET" && m !== "DELETE") init.body = body;
        // Never delete the demo clinic: the other properties use it.
        const target = m === "DELETE" && id === "riverbend" ? "riverbend-x" : id;
        const { status } = await app.send(`/api/admin/clinics/${path(target)}`, init);
        // The body limit applies before anything else; then the token, whatever the route.
        const authorized = /^Bearer\s+(\S+)\s*$/i.exec(a)?.[1] === ADMIN_TOKEN;
        if (!authorized) expect([401, 413]).toContain(status);
      },
    );
    await check(auth, 200, async (a) => {
      const { status } = await app.send("/api/admin/clinics", { headers: { authorization: a } });
      expect([200, 401]).toContain(status);
    });
  });

  it("unknown routes and methods", async () => {
    const method = fc.constantFrom("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD");
    const route = fc.oneof(
      fc.webPath(),
      fc.constantFrom(
        "/api",
        "/api/",
        "/api/chat/x",
        "/api/sessions",
        "/api/documents",
        "/sms",
        "/widget.js",
        "/embed",
        "/",
        "/healthz",
        "/api/states",
      ),
      fc.string({ maxLength: 40 }).map((s) => `/${encodeURIComponent(s)}`),
    );
    const query = fc.oneof(
      fc.constant(""),
      fc.webQueryParameters().map((q) => `?${q}`),
      fc.constant("?clinic=riverbend"),
      fc.constant("?clinic=%ZZ"),
    );
    await check(fc.tuple(method, route, query, extraHeaders), 1500, async ([m, r, q, extra]) => {
      const init: RequestInit = { method: m, headers: extra };
      if (m !== "GET" && m !== "HEAD") init.body = "{}";
      await app.send(`${r.startsWith("/") ? r : `/${r}`}${q}`, init);
    });
  });
});
