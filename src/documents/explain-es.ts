// The Spanish page beside an English letter (issue 18): what the letter asks for, who it goes to,
// where to send it and when to expect an answer, in plain words, for a patient who reads Spanish
// while the US records office reads the English letter.
import { responseDeadline } from "../domain/deadlines.js";
import type { Intake } from "../domain/intake.js";
import type { ClinicFacts } from "../domain/recommend.js";
import { engineText } from "../domain/text/index.js";
import type { Letter } from "./letter.js";
import { dueIfSentToday, sendTo } from "./send-to.js";

/** What the page needs beside the letter: the letter's date and the page's clinic. */
export interface ExplainContext {
  /** YYYY-MM-DD: the date the letter is dated. */
  today: string;
  clinic?: ClinicFacts | null;
}

/** "26 de noviembre de 2026": a YYYY-MM-DD day as a Spanish reader writes it. */
export function spanishDate(iso: string): string {
  return new Intl.DateTimeFormat("es", { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));
}

/** Where the letter goes, as one sentence: the addressee and each way to reach it that is known. */
function whereToSend(letter: Letter, intake: Intake, ctx: ExplainContext): string {
  const to = sendTo(letter.kind, intake, ctx.clinic);
  const ways = [
    to?.fax && `por fax al ${to.fax}`,
    to?.email && `por correo electrónico a ${to.email}`,
    to?.address && `por correo postal a ${to.address}`,
    to?.url && `en línea, en ${to.url}`,
  ].filter((w): w is string => Boolean(w));
  const who = to?.name ? `a ${to.name}` : "a la oficina de expedientes (records office)";
  if (ways.length === 0)
    return `Envíela ${who}. Todavía no sabemos su dirección: llame y pregunte a dónde mandar una solicitud de expedientes (records request).`;
  return `Envíela ${who}: ${ways.join(", o ")}. Use una forma que pueda probar (fax, correo electrónico o correo certificado) y anote la fecha en que la envía.`;
}

/** When the answer is due: the letter's own respond-by date, else the date the rule gives if sent today. */
function whenToExpect(letter: Letter, intake: Intake, ctx: ExplainContext): string {
  const due = letter.respondBy ?? dueIfSentToday(letter.kind, intake, ctx.today);
  if (!due)
    return "Esta carta no tiene un plazo fijo de respuesta. Si pasan 30 días sin noticias, llame para preguntar.";
  return `Si la envía hoy, deben responder a más tardar el ${spanishDate(due)}. La carta les pide responder para esa fecha («Please respond by»). Si para entonces no tiene respuesta, vuelva aquí: le ayudamos con una carta de seguimiento.`;
}

/** The blanks still in the letter, named in Spanish with the letter's own words beside them. */
function blanksLeft(letter: Letter): string | undefined {
  if (letter.blanks.length === 0) return undefined;
  const t = engineText("es");
  return `Antes de enviarla, llene a mano los espacios marcados «[fill in: …]»: ${letter.blanks.map(t.letters.blank).join("; ")}.`;
}

/**
 * The Spanish page explaining an English letter: what it asks for and of whom (the same paragraph
 * the guide says in chat), where to send it, when to expect the answer (the respond-by date), and
 * what to do before sending. Pure: the same letter and Intake always give the same page.
 */
export function explainInSpanish(
  letter: Letter,
  intake: Intake,
  ctx: ExplainContext,
): NonNullable<Letter["explanation"]> {
  const t = engineText("es");
  const rule = responseDeadline(intake, t);
  const what = t.letters.explain(letter.kind, {
    days: t.days(rule.days, rule.kind),
    ...(intake.provider?.name ? { provider: intake.provider.name } : {}),
    ...(intake.recipient?.name ? { recipient: intake.recipient.name } : {}),
    ...(intake.insurer?.name ? { insurer: intake.insurer.name } : {}),
  });
  const paragraphs = [
    what,
    whereToSend(letter, intake, ctx),
    whenToExpect(letter, intake, ctx),
    blanksLeft(letter),
    "Firme la carta y ponga la fecha antes de enviarla. Guarde una copia de todo lo que envía.",
  ].filter((p): p is string => Boolean(p));
  return { lang: "es", title: "En español: qué dice esta carta y qué hacer con ella", paragraphs };
}
