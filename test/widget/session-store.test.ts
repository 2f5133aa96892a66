// Where the panel keeps its credential: one slot per clinic and embedding site, the id and token
// together, and nothing kept from before the token.
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  credentialKey,
  embeddingOrigin,
  type KeyValue,
  panelStorage,
  readCredential,
  writeCredential,
} from "../../src/widget/browser/session-store.js";

const ID = "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6";
const TOKEN = `${ID}.${"s".repeat(43)}`;

function memoryStore(): KeyValue & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    get: (k) => map.get(k) ?? null,
    set: (k, v) => void map.set(k, v),
    remove: (k) => void map.delete(k),
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("embeddingOrigin", () => {
  it("takes the browser's record of the framing page first, then the referrer's origin", () => {
    expect(
      embeddingOrigin({ embedded: true, ancestors: ["https://a.example"], referrer: "https://b.example/page" }),
    ).toBe("https://a.example");
    expect(embeddingOrigin({ embedded: true, ancestors: [], referrer: "https://b.example/page?x=1" })).toBe(
      "https://b.example",
    );
    expect(embeddingOrigin({ embedded: true, referrer: "https://b.example/" })).toBe("https://b.example");
  });

  it("is 'direct' when the panel is not framed or nothing names the framing page", () => {
    expect(embeddingOrigin({ embedded: false, ancestors: ["https://a.example"], referrer: "https://a.example/" })).toBe(
      "direct",
    );
    expect(embeddingOrigin({ embedded: true, ancestors: [], referrer: "" })).toBe("direct");
    expect(embeddingOrigin({ embedded: true, referrer: "not a url" })).toBe("direct");
  });
});

describe("credentialKey", () => {
  it("differs per embedding site, for the generic panel and for a clinic's", () => {
    const keys = [
      credentialKey(null, "https://a.example"),
      credentialKey(null, "https://b.example"),
      credentialKey("lakeside", "https://a.example"),
      credentialKey("lakeside", "https://b.example"),
    ];
    expect(new Set(keys).size).toBe(4);
  });
});

describe("readCredential and writeCredential", () => {
  it("keep the id and token together", () => {
    const store = memoryStore();
    writeCredential(store, "k", { id: ID, token: TOKEN });
    expect(readCredential(store, "k")).toEqual({ id: ID, token: TOKEN });
    writeCredential(store, "k", null);
    expect(store.map.has("k")).toBe(false);
  });

  it("discard a bare id from before the token, and a token for another id", () => {
    const store = memoryStore();
    store.set("old", ID);
    expect(readCredential(store, "old")).toBeNull();
    expect(store.map.has("old")).toBe(false);
    store.set("mismatch", JSON.stringify({ id: ID, token: `other.${"s".repeat(43)}` }));
    expect(readCredential(store, "mismatch")).toBeNull();
    store.set("no-token", JSON.stringify({ id: ID }));
    expect(readCredential(store, "no-token")).toBeNull();
    expect(store.map.size).toBe(0);
  });
});

describe("panelStorage", () => {
  it("keeps values in memory when localStorage refuses", () => {
    vi.stubGlobal("localStorage", {
      getItem: () => {
        throw new DOMException("denied", "SecurityError");
      },
      setItem: () => {
        throw new DOMException("denied", "SecurityError");
      },
      removeItem: () => {
        throw new DOMException("denied", "SecurityError");
      },
    });
    const store = panelStorage();
    store.set("k", "v");
    expect(store.get("k")).toBe("v");
    store.remove("k");
    expect(store.get("k")).toBeNull();
  });
});
