// What the guide says: short, warm, plain sentences (about grade 6–8) with one clear next step, in
// English or Spanish. The guide never claims to be a lawyer or a doctor.
import type { PathId } from "../../domain/intake.js";
import type { Recommendation } from "../../domain/recommendation.js";
import type { Choices } from "../../sessions/session.js";
import type { Lang } from "./questions.js";

type Text = Record<Lang, string>;

export const SAY = {
  greeting: {
    en: "Hi, I'm recordpath. I help you get copies of medical records. I'm not a lawyer or a doctor, but I know how records requests work.",
    es: "Hola, soy recordpath. Le ayudo a conseguir copias de expedientes médicos. No soy abogado ni médico, pero sé cómo se piden los expedientes.",
  },
  clinicGreeting: {
    en: "Hi, I'm the records helper for {clinic}. I help you get copies of your medical records. I'm not a lawyer or a doctor.",
    es: "Hola, soy el asistente de expedientes de {clinic}. Le ayudo a conseguir copias de sus expedientes médicos. No soy abogado ni médico.",
  },
  thanks: { en: "Thanks, got it.", es: "Gracias, entendido." },
  noted: { en: "Okay.", es: "De acuerdo." },
  unsure: { en: "That's okay, we can work without it.", es: "No se preocupe, podemos seguir sin eso." },
  offTopic: {
    en: "I can only help with getting medical records, so let's stick to that.",
    es: "Solo puedo ayudar con expedientes médicos, así que sigamos con eso.",
  },
  welcome: { en: "You're welcome! I'm glad to help.", es: "¡De nada! Con gusto le ayudo." },
  restarted: { en: "Okay, let's start over.", es: "De acuerdo, empecemos de nuevo." },
  deleteHint: {
    en: 'To erase this conversation, use the "Delete my conversation" button (or text DELETE on SMS).',
    es: 'Para borrar esta conversación, use el botón "Borrar mi conversación" (o envíe BORRAR por SMS).',
  },
  ready: {
    en: "I have what I need. I can draft your request letter now, or answer questions about fees and deadlines.",
    es: "Ya tengo lo que necesito. Puedo preparar su carta de solicitud ahora, o responder preguntas sobre costos y plazos.",
  },
  letterIntro: {
    en: "Let's fill in your letter.",
    es: "Vamos a completar su carta.",
  },
  drafted: {
    en: "Your letter is ready: {title}. Download it, check it, sign it, and send it to the records office. Keep a copy and note the date you send it.",
    es: "Su carta está lista: {title}. Descárguela, revísela, fírmela y envíela a la oficina de expedientes. Guarde una copia y anote la fecha de envío.",
  },
  blanks: {
    en: 'A few spots are marked "[fill in]" for you to complete: {blanks}.',
    es: 'Hay algunos espacios marcados "[fill in]" para que los complete: {blanks}.',
  },
  toolTrouble: {
    en: "Sorry, I had trouble with that step. Could you say it another way?",
    es: "Perdón, tuve un problema con ese paso. ¿Puede decirlo de otra forma?",
  },
  rightsFallback: { en: "I could not find that rule.", es: "No encontré esa regla." },
} satisfies Record<string, Text>;

export function say(key: keyof typeof SAY, lang: Lang, vars: Record<string, string> = {}): string {
  return SAY[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? "");
}

export function afterRecommendation(lang: Lang, canDraft: boolean): Choices {
  const en: Array<[string, string]> = [
    ["Draft my letter", "Please draft my letter"],
    ["What can they charge?", "What fees can they charge?"],
    ["How long do they have?", "How long do they have to answer?"],
    ["Start over", "Start over"],
  ];
  const es: Array<[string, string]> = [
    ["Preparar mi carta", "Por favor prepare mi carta"],
    ["¿Cuánto pueden cobrar?", "¿Cuánto pueden cobrar?"],
    ["¿Cuánto pueden tardar?", "¿Cuánto tiempo tienen para responder?"],
    ["Empezar de nuevo", "Empezar de nuevo"],
  ];
  const options = (lang === "es" ? es : en).filter((_, i) => canDraft || i !== 0);
  return { topic: "next", options: options.map(([label, value]) => ({ label, value })) };
}

const PATH_ES: Record<PathId, { title: string; why: string; how: string }> = {
  portal: {
    title: "el portal de pacientes",
    why: "Es lo más rápido y gratis para resultados, resúmenes de visitas, medicamentos y vacunas.",
    how: "Entre al portal y descargue lo que necesite. Si no puede entrar, pida ayuda a la oficina.",
  },
  provider: {
    title: "una solicitud por escrito a la oficina de expedientes",
    why: "La ley federal HIPAA (45 CFR 164.524) le da derecho a una copia de su expediente completo.",
    how: "Envíe una carta firmada a la oficina de expedientes médicos y guarde una copia.",
  },
  insurer: {
    title: "su seguro médico",
    why: "Su plan tiene la lista de médicos y fechas de sus visitas (reclamaciones).",
    how: "Pida su historial de reclamaciones en el portal del plan o por escrito.",
  },
  state: {
    title: "el estado",
    why: "El registro de vacunas del estado, o la junta médica si el consultorio cerró, puede ayudarle.",
    how: "Busque el registro del estado o llame a la junta médica para saber quién guarda los expedientes.",
  },
  retrieval_service: {
    title: "un servicio que recopile los expedientes",
    why: "Con muchos médicos y poco tiempo, un servicio puede hacer el trabajo por usted.",
    how: "Usted firma una autorización HIPAA y el servicio pide los expedientes. Hacerlo usted mismo cuesta menos.",
  },
};

/** Plain-words summary of the engine's best path, with one runner-up. */
export function explainRecommendation(rec: Recommendation, lang: Lang, brief = false): string {
  const best = rec.paths[0];
  if (!best)
    return lang === "es"
      ? "Cuénteme un poco más sobre los expedientes."
      : "Tell me a bit more about the records you need.";
  if (lang === "es") return explainSpanish(rec, brief);
  if (brief) {
    // SMS: the path and how long, in one or two segments; the reasons and steps are in the letter.
    const lines = [`Best path: ${lowerFirst(best.title)}.`, `How long: ${plain(firstSentence(best.timeline.text))}`];
    if (rec.escalation) lines.push(plain(firstSentence(rec.escalation.reasons[0]?.text)));
    return lines.filter(Boolean).join(" ");
  }
  const lines = [`Here is what I suggest: ${lowerFirst(best.title)}.`];
  for (const reason of best.reasons.slice(0, 2)) lines.push(reason.text);
  if (best.steps.length > 0) {
    lines.push("What to do:");
    for (const [i, step] of best.steps.slice(0, 3).entries()) lines.push(`${i + 1}. ${step}`);
  }
  lines.push(`How long: ${best.timeline.text}`);
  lines.push(`Cost: ${best.cost.text}`);
  if (rec.escalation) lines.push(`Also: ${rec.escalation.reasons[0]?.text ?? ""}`.trim());
  const second = rec.paths[1];
  if (second) lines.push(`Another option: ${lowerFirst(second.title)}.`);
  lines.push(
    rec.suggestedDocument
      ? "Next step: I can draft the letter for you now."
      : "Next step: ask me about fees or deadlines, or start over.",
  );
  return lines.join("\n");
}

function explainSpanish(rec: Recommendation, brief: boolean): string {
  const best = rec.paths[0]!;
  const p = PATH_ES[best.path];
  const lines = [`Le sugiero usar ${p.title}.`, p.why, `Qué hacer: ${p.how}`];
  if (brief) return lines.join(" ");
  const second = rec.paths[1];
  if (second) lines.push(`Otra opción: ${PATH_ES[second.path].title}.`);
  lines.push(
    rec.suggestedDocument
      ? "Siguiente paso: puedo preparar la carta ahora."
      : "Siguiente paso: pregúnteme sobre costos o plazos.",
  );
  return lines.join("\n");
}

/** Without parenthetical asides (nested ones too), for the shortest form of a sentence. */
function plain(text: string): string {
  let out = text;
  for (let before = ""; before !== out; ) {
    before = out;
    out = out.replace(/\s*\([^()]*\)/g, "");
  }
  return out;
}

/** The first sentence of a text ("" for none), so a brief reply stays brief. */
function firstSentence(text: string | undefined): string {
  if (!text) return "";
  const match = /^.*?[.!?](?=\s|$)/.exec(text);
  return match ? match[0] : text;
}

function lowerFirst(s: string): string {
  return s.length > 1 && /^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}
