// A fake of Twilio's REST Messages API on loopback (issue 20): records every message it is asked to
// send, checks the Basic auth and the form, and can be told to fail the next requests with a status
// (503 to test retries, 400 with a Twilio error code to test a permanent drop).
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export const FAKE_ACCOUNT_SID = `AC${"0123456789abcdef".repeat(2)}`;

export interface SentText {
  to: string;
  from: string;
  body: string;
  at: number;
}

export interface FakeTwilioRest {
  /** Base URL for TWILIO_API_URL. */
  url: string;
  /** Messages accepted (answered 201), in order. */
  sent: SentText[];
  /** Every request received, accepted or failed. */
  requests: number;
  /** The next `times` requests answer `status` (with Twilio's error `code` when given). */
  failNext(status: number, times?: number, code?: number): void;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export async function startFakeTwilioRest(authToken: string, accountSid = FAKE_ACCOUNT_SID): Promise<FakeTwilioRest> {
  const failures: Array<{ status: number; code?: number }> = [];
  const fake: Omit<FakeTwilioRest, "url" | "close"> & { failNext: FakeTwilioRest["failNext"] } = {
    sent: [],
    requests: 0,
    failNext(status, times = 1, code) {
      for (let i = 0; i < times; i++) failures.push({ status, ...(code === undefined ? {} : { code }) });
    },
  };
  const answer = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  };
  const server = createServer(async (req, res) => {
    fake.requests++;
    const body = await readBody(req);
    if (req.method !== "POST" || req.url !== `/2010-04-01/Accounts/${accountSid}/Messages.json`)
      return answer(res, 404, { code: 20404, message: "The requested resource was not found" });
    if (req.headers.authorization !== `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString("base64")}`)
      return answer(res, 401, { code: 20003, message: "Authenticate" });
    const failure = failures.shift();
    if (failure) return answer(res, failure.status, { code: failure.code ?? failure.status * 100, message: "failed" });
    const form = new URLSearchParams(body);
    const to = form.get("To") ?? "";
    const from = form.get("From") ?? "";
    const text = form.get("Body") ?? "";
    if (!to || !from || !text) return answer(res, 400, { code: 21604, message: "To, From and Body are required" });
    fake.sent.push({ to, from, body: text, at: Date.now() });
    answer(res, 201, { sid: `SM${crypto.randomUUID().replaceAll("-", "")}`, status: "queued" });
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return Object.assign(fake, {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  });
}
