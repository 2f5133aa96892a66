// The settings page's calls to /api/admin: the token the person signed in with lives in this tab's
// sessionStorage only (never a URL, never localStorage), and every error comes back as the
// server's own sentence, which names the field and the fix.

const KEY = "rp:admin-token";

/** The signed-in token for this tab, or null. */
export function savedToken(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function saveToken(token: string): void {
  try {
    sessionStorage.setItem(KEY, token);
  } catch {
    // Storage refused (a locked-down browser): the page works until it is reloaded.
  }
  memory = token;
}

export function clearToken(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // Nothing stored.
  }
  memory = null;
}

let memory: string | null = null;
let signedOut: (() => void) | null = null;

/** What to do when the server stops accepting the token (revoked, or the clinic deleted): null while signed out. */
export function whenSignedOut(fn: (() => void) | null): void {
  signedOut = fn;
}

/** The server's error: its HTTP status, code and sentence. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Calls /api/admin<path> with the signed-in token; JSON in and out (204 gives null). */
export async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const token = savedToken() ?? memory;
  const headers: Record<string, string> = { accept: "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined)
    headers["content-type"] = method === "PATCH" ? "application/merge-patch+json" : "application/json";
  let res: Response;
  try {
    res = await fetch(`/api/admin${path}`, {
      method,
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch {
    throw new ApiError(0, "offline", "The server could not be reached. Check your connection and try again.");
  }
  if (res.status === 204) return null as T;
  const data = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
  if (res.status === 401 && signedOut) {
    clearToken();
    signedOut();
  }
  if (!res.ok) {
    const e = data?.error;
    throw new ApiError(res.status, e?.code ?? "error", e?.message ?? `The server answered ${res.status}.`);
  }
  return data as T;
}

/** The whole body of a GET, as text (the dashboard's CSV). */
export async function callText(path: string): Promise<string> {
  const token = savedToken() ?? memory;
  const res = await fetch(`/api/admin${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!res.ok) throw new ApiError(res.status, "error", `The server answered ${res.status}.`);
  return res.text();
}
