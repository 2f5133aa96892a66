// Document routes, mounted under /api/documents: POST drafts a letter from a posted Intake and
// answers the file (with a CORS preflight for clinics); GET /:token answers a stored draft by its
// signed, expiring link, rendering the .docx or PDF from the letter stored at drafting.
import { type Context, Hono } from "hono";
import { z } from "zod";
import { clinicForRequest, clinicPreflight } from "../clinics/access.js";
import { clinicFacts } from "../clinics/schema.js";
import type { AppDeps } from "../deps.js";
import { buildLetter, type Letter, letterFilename, renderDocx, renderPdf, renderText } from "../documents/index.js";
import { verifyDocumentToken } from "../documents/tokens.js";
import { isoDay } from "../domain/dates.js";
import { IntakeSchema } from "../domain/intake.js";
import { DOCUMENT_KINDS, type DocumentKind } from "../domain/recommendation.js";
import { AppError, describeZodError } from "../errors.js";
import { patientError } from "../i18n/errors.js";
import type { StoredDocument } from "../sessions/store.js";
import { clientIp } from "./client-ip.js";
import { type AppEnv, readJson } from "./http.js";

const FORMAT = z.enum(["docx", "pdf", "txt"]);
type Format = z.infer<typeof FORMAT>;
const TYPES: Record<Format, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
  txt: "text/plain; charset=utf-8",
};

const Body = z
  .object({
    kind: z.enum(DOCUMENT_KINDS),
    // Validated on its own below so its errors name "intake.<field>".
    intake: z.unknown(),
    format: FORMAT.optional(),
  })
  .strict();

/** Answers a document as an attachment; never cached, since it carries health information. */
function attachment(c: Context, format: Format, filename: string, body: Uint8Array | string): Response {
  const name = filename.replace(/\.docx$/, `.${format}`);
  return c.body(typeof body === "string" ? body : (body as Uint8Array<ArrayBuffer>), 200, {
    "Content-Type": TYPES[format],
    "Content-Disposition": `attachment; filename="${name}"`,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  });
}

function formatOf(c: Context): Format {
  const raw = c.req.query("format") ?? "docx";
  const parsed = FORMAT.safeParse(raw);
  if (!parsed.success) throw new AppError("invalid_input", 'format must be "docx", "pdf" or "txt".');
  return parsed.data;
}

/** The letter rendered in `format`. */
async function render(letter: Letter, format: Format): Promise<Uint8Array | string> {
  if (format === "txt") return renderText(letter);
  return format === "pdf" ? renderPdf(letter) : renderDocx(letter);
}

/**
 * A stored draft in `format`: the text made at drafting, or the .docx / PDF rendered now from the
 * letter stored at drafting (so the file says what was drafted, whatever the Intake says now).
 * A document stored by an older version carries its files instead; one without the format is
 * undefined (stored before PDFs were drafted).
 */
async function storedBody(doc: StoredDocument, format: Format): Promise<Uint8Array | string | undefined> {
  if (format === "txt") return doc.text;
  if (doc.letter) return render(doc.letter, format);
  return format === "pdf" ? doc.pdf : doc.docx;
}

/** The document routes as a Hono sub-app; mount with app.route("/api/documents", documentRoutes(deps)). */
export function documentRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.options("/", clinicPreflight(deps, ["POST"]));
  app.post("/", async (c) => {
    await deps.limiter.check("ip", clientIp(c, deps));
    const body = await readJson(c, Body);
    const intake = IntakeSchema.safeParse(body.intake ?? {});
    if (!intake.success) throw new AppError("invalid_input", describeZodError(intake.error, "intake"));
    const kind: DocumentKind = body.kind;
    const today = isoDay(deps.clock());
    // ?clinic=ID fills in that clinic's records office, portal, form and fees.
    const clinicId = c.req.query("clinic");
    const clinic = clinicId ? await clinicForRequest(c, deps, clinicId) : null;
    const letter = buildLetter(kind, intake.data, { today, clinic: clinic ? clinicFacts(clinic) : null });
    const format = body.format ?? "docx";
    const filename = letterFilename(kind, today, format);
    return attachment(c, format, filename, await render(letter, format));
  });

  app.get("/:token", async (c) => {
    const format = formatOf(c);
    const { documentId } = await verifyDocumentToken(deps.signingKey, c.req.param("token"), deps.clock().getTime());
    const doc = await deps.store.loadDocument(documentId);
    // A valid link whose document is gone (session deleted, store TTL passed) is "gone", not "missing".
    // A document stored before PDFs were drafted has none: as gone as an expired one.
    const body = doc ? await storedBody(doc, format) : undefined;
    if (!doc || body === undefined) throw patientError("gone", "documentGone");
    return attachment(c, format, doc.filename, body);
  });

  return app;
}
