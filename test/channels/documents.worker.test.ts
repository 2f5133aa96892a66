// The PDF is made inside workerd itself: pdf-lib, fontkit and the embedded font need no Node API,
// native code or network.
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

describe("POST /api/documents in workerd", () => {
  it("answers a PDF with the embedded font program when format is pdf", async () => {
    const res = await exports.default.fetch(
      new Request("http://recordpath.test/api/documents", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ kind: "access_request", intake: { patient: { name: "Maria Lopez" } }, format: "pdf" }),
      }),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    const bytes = new Uint8Array(await res.arrayBuffer());
    const head = new TextDecoder("latin1").decode(bytes);
    expect(head.startsWith("%PDF-")).toBe(true);
    // A TrueType font program travels in the file (FontFile2), so it is not a reference font.
    expect(head).toContain("/FontFile2");
    expect(head).toContain("/MediaBox [ 0 0 612 792 ]");
  });
});
