// The panel's words for a failed turn: the server's own when it sent some, else the panel's for the
// kind of failure, in the panel's language; and the wait Retry-After asks for, counted down.
import { describe, expect, it } from "vitest";
import { ChatError } from "../../src/widget/browser/api.js";
import { failureText, waitText } from "../../src/widget/failure-text.js";
import { STRINGS } from "../../src/widget/i18n.js";

const en = STRINGS.en;
const es = STRINGS.es;

describe("failureText", () => {
  it("uses the server's words when it sent some", () => {
    expect(failureText(new ChatError("down", "Estamos atendiendo muchas conversaciones ahora."), en)).toBe(
      "Estamos atendiendo muchas conversaciones ahora.",
    );
  });

  it("tells offline, unreachable, server down and cut off apart, in the panel's language", () => {
    const kinds = ["offline", "unreachable", "down", "cut"] as const;
    expect(kinds.map((k) => failureText(new ChatError(k), en))).toEqual([en.offline, en.unreachable, en.down, en.cut]);
    expect(new Set(kinds.map((k) => failureText(new ChatError(k), en))).size).toBe(4);
    expect(failureText(new ChatError("down"), es)).toBe(es.down);
    expect(failureText(new ChatError("error"), es)).toBe(es.error);
  });
});

describe("waitText", () => {
  it("counts seconds, one second, then minutes from a minute up, and nothing once the wait is over", () => {
    expect(waitText(2500, en)).toBe("You can retry in 3 seconds.");
    expect(waitText(1000, en)).toBe("You can retry in 1 second.");
    expect(waitText(90_000, en)).toBe("You can retry in 2 minutes.");
    expect(waitText(0, en)).toBe("");
    expect(waitText(-5, en)).toBe("");
    expect(waitText(3000, es)).toBe("Puede reintentar en 3 segundos.");
  });
});
