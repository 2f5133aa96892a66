// The clinic logo's rules, without zod: the schema checks a stored logo with them, and the settings
// page (browser code) checks a chosen file with the same types and cap before sending it.

/** PNG, JPEG or WebP, base64, at most LOGO_MAX_BYTES decoded; the bytes must be what the type says. */
export const LOGO_TYPES = ["image/png", "image/jpeg", "image/webp"] as const;
export type LogoType = (typeof LOGO_TYPES)[number];
export const LOGO_MAX_BYTES = 32 * 1024;

/** How many bytes base64 `data` decodes to. */
export function logoBytes(data: string): number {
  const padding = data.endsWith("==") ? 2 : data.endsWith("=") ? 1 : 0;
  return Math.floor((data.length * 3) / 4) - padding;
}

/** Whether the base64 data starts with the magic bytes of `type`. */
export function logoBytesMatch(type: LogoType, base64: string): boolean {
  let head: string;
  try {
    head = atob(base64.slice(0, 24));
  } catch {
    return false;
  }
  const bytes = Array.from(head, (ch) => ch.charCodeAt(0));
  const starts = (sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);
  if (type === "image/png") return starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (type === "image/jpeg") return starts([0xff, 0xd8, 0xff]);
  return starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8);
}
