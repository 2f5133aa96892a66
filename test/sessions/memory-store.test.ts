import { MemoryStore } from "../../src/sessions/memory-store.js";
import { storeContract } from "../support/store-contract.js";

const ttl = { sessionSeconds: 3600, documentSeconds: 600 };

storeContract(
  "memory",
  async () => {
    let now = Date.now();
    const store = new MemoryStore(ttl, () => now);
    return {
      store,
      advance: async (seconds) => {
        now += seconds * 1000;
      },
      keyCount: async () => store.size(),
    };
  },
  ttl,
);
