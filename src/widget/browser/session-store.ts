// Where the panel keeps its conversation's credential: the iframe's own localStorage (memory when
// the browser refuses it), one slot per clinic and per embedding site, so two sites that frame the
// generic panel never open each other's conversation.

/** The session id and the token that proves this browser started it (`<id>.<secret>`). */
export interface Credential {
  id: string;
  token: string;
}

/** The few storage calls the panel needs. */
export interface KeyValue {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}

/** Memory only: the settings page's preview reads and writes nothing on the device. */
export function memoryStorage(): KeyValue {
  const memory = new Map<string, string>();
  return {
    get: (k) => memory.get(k) ?? null,
    set: (k, v) => void memory.set(k, v),
    remove: (k) => void memory.delete(k),
  };
}

/** localStorage that degrades to memory (Safari private mode, blocked third-party storage). */
export function panelStorage(): KeyValue {
  const memory = new Map<string, string>();
  return {
    get: (k) => {
      try {
        return localStorage.getItem(k);
      } catch {
        return memory.get(k) ?? null;
      }
    },
    set: (k, v) => {
      try {
        localStorage.setItem(k, v);
      } catch {
        memory.set(k, v);
      }
    },
    remove: (k) => {
      try {
        localStorage.removeItem(k);
      } catch {
        // Only the memory copy exists.
      }
      memory.delete(k);
    },
  };
}

/**
 * The origin of the page that frames the panel: the browser's own record of it (ancestorOrigins,
 * which the framing page cannot forge), else the referrer's origin (Firefox), else "direct" — also
 * when the panel is opened on its own, not framed.
 */
export function embeddingOrigin(input: {
  embedded: boolean;
  ancestors?: ArrayLike<string> | undefined;
  referrer: string;
}): string {
  if (!input.embedded) return "direct";
  const ancestor = input.ancestors?.[0];
  if (ancestor) return ancestor;
  try {
    return input.referrer ? new URL(input.referrer).origin : "direct";
  } catch {
    return "direct";
  }
}

/** The storage key of the panel's credential: per clinic (or the generic panel) and per embedding origin. */
export const credentialKey = (clinic: string | null, origin: string): string =>
  `rp:session:${clinic ?? "default"}:${origin}`;

/** The key panels before the credential used (a bare session id): read never, removed on start. */
export const legacyKey = (clinic: string | null): string => `rp:session:${clinic ?? "default"}`;

/** The stored credential, or null; anything else found there (an old bare id, a broken value) is removed. */
export function readCredential(store: KeyValue, key: string): Credential | null {
  const raw = store.get(key);
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    const { id, token } = (value ?? {}) as Partial<Credential>;
    if (typeof id === "string" && id && typeof token === "string" && token.startsWith(`${id}.`)) return { id, token };
  } catch {
    // A bare id from before the token: it can no longer open its conversation.
  }
  store.remove(key);
  return null;
}

/** Stores the credential, or removes it (null). */
export function writeCredential(store: KeyValue, key: string, credential: Credential | null): void {
  if (credential) store.set(key, JSON.stringify({ id: credential.id, token: credential.token }));
  else store.remove(key);
}
