// What changed between the saved clinic record and the form: a JSON merge patch (RFC 7396), so a
// save sends only what the person edited. Objects merge key by key, a key that went away is null,
// and anything else (arrays, strings, numbers) is sent whole when it differs. And the way back:
// the server's error sentence split into the fields it names. No DOM here (unit-tested in Node).

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (v: unknown): v is Record<string, Json> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The merge patch that turns `before` into `after`, or undefined when they are the same. */
export function mergeDiff(before: unknown, after: unknown): Json | undefined {
  if (isObject(before) && isObject(after)) {
    const patch: Record<string, Json> = {};
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (!(key in after)) patch[key] = null;
      else {
        const d = key in before ? mergeDiff(before[key], after[key]) : (after[key] as Json);
        if (d !== undefined) patch[key] = d;
      }
    }
    return Object.keys(patch).length ? patch : undefined;
  }
  return JSON.stringify(before) === JSON.stringify(after) ? undefined : (after as Json);
}

/**
 * The server's error sentence split into (path, message) pairs: "allowedOrigins.0: must be an
 * origin…; name: must not be empty." A part with no path has path "".
 */
export function splitErrors(message: string): Array<{ path: string; message: string }> {
  return message
    .replace(/\.$/, "")
    .split("; ")
    .map((part) => {
      const m = /^([A-Za-z][\w]*(?:\.[\w]+)*): (.+)$/.exec(part);
      return m ? { path: m[1] ?? "", message: `${m[2] ?? ""}.` } : { path: "", message: `${part}.` };
    });
}
