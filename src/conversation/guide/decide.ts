// One step of the built-in guide: from the prompt view to text and tool calls, exactly what an LLM
// would emit. Step 1 records facts (updateIntake); later steps act on the tool results.
import { TOOL } from "../../../tools/names.js";
import {
  type Intake,
  type IntakePatch,
  type IntakePath,
  IntakeSchema,
  mergeIntake,
  patchPaths,
} from "../../domain/intake.js";
import type { DocumentKind, Recommendation } from "../../domain/recommendation.js";
import { CATALOGS } from "../../i18n/catalogs/index.js";
import { conversationLanguage } from "../../i18n/detect.js";
import type { Lang } from "../../i18n/langs.js";
import { wordsOf } from "../../i18n/lexicons/index.js";
import { type Choices, isMessagingChannel } from "../../sessions/session.js";
import { answersReview, draftStep, reviewAnswer, reviewStep } from "./confirm.js";
import { type Extraction, extract } from "./extract.js";
import { type AskState, isLetterTopic, type LetterPlace, nextAdviceQuestion, nextLetterQuestion } from "./policy.js";
import { question } from "./questions.js";
import type { PromptView } from "./read-prompt.js";
import { afterRecommendation, explainRecommendation, say } from "./replies.js";
import type { ToolCallPlan } from "./tool-results.js";
import type { AskedTopic } from "./topics.js";
import { asksPrivately, teenAnswerText, whoMayAsk } from "./who.js";

export interface GuideStep {
  text?: string;
  toolCalls: ToolCallPlan[];
}

/** Everything one step decides from, computed once. */
interface Turn {
  view: PromptView;
  ex: Extraction;
  lang: Lang;
  intake: Intake;
  lastTopic: string | undefined;
}

/** Intake fields that only fill in the letter; changing them does not change the advice. */
const LETTER_ONLY: ReadonlySet<string> = new Set<IntakePath>([
  "patient.name",
  "patient.dateOfBirth",
  "patient.otherNames",
  "patient.phone",
  "patient.email",
  "patient.address",
  "provider.name",
  "provider.address",
  "provider.phone",
  "provider.fax",
  "provider.email",
  "recipient.name",
  "recipient.address",
  "recipient.email",
  "recipient.fax",
  "insurer.name",
  "representative.name",
  "representative.phone",
  "representative.email",
  "representative.address",
]);

/** An answer that leaves the question unanswered: the topic is not asked again. */
const UNSURE = new RegExp(wordsOf("unanswered"), "i");

export function decideStep(view: PromptView): GuideStep {
  const lastTopic = view.lastChoices?.topic;
  const ex = extract(view.userText, {
    intake: view.context.intake,
    lastChoices: view.lastChoices,
    today: view.context.today,
    lastTopic,
    language: view.context.language ?? conversationLanguage(view.earlierUserTexts),
    clinicName: view.context.clinicName,
  });
  const turn: Turn = { view, ex, lang: ex.language, intake: latestIntake(view), lastTopic };
  const last = view.turnResults.at(-1);

  if (!last) {
    if (ex.intents.has("restart") && Object.keys(turn.intake).length > 0)
      return { toolCalls: [updateCall(clearAll(turn.intake))] };
    const edit = reviewAnswer(turn);
    if (edit) return edit;
    if (Object.keys(ex.patch).length > 0) return recordAndRespond(turn, ex.patch);
    return respond(turn, false);
  }
  if (last.isError) return { text: say("toolTrouble", turn.lang), toolCalls: [] };
  const result = last.result;
  switch (result?.tool) {
    case TOOL.updateIntake:
      return respond(turn, true);
    case TOOL.recommendPath:
      return afterRecommend(turn, "paths" in result.output ? result.output : undefined);
    case TOOL.explainRights: {
      if (result.output.topic === "minors" && asksPrivately(turn)) return teenAnswer(turn);
      const text =
        result.output.statements
          .slice(0, 4)
          .map((s) => s.text)
          .join("\n") || say("rightsFallback", turn.lang);
      return withChoices(
        text,
        afterRecommendation(turn.lang, view.lastRecommendation?.suggestedDocument !== undefined),
      );
    }
    case TOOL.draftRequest: {
      const doc = result.output;
      if (doc.error !== undefined) return reviewStep(turn, doc.kind, "");
      const blanks = doc.blanks.length ? ` ${say("blanks", turn.lang, { blanks: doc.blanks.join(", ") })}` : "";
      // An English letter in another language's conversation comes with the tool's explanation of it.
      const explained = doc.explanation ? `\n\n${doc.explanation}` : "";
      return { text: `${say("drafted", turn.lang, { title: doc.title })}${blanks}${explained}`, toolCalls: [] };
    }
    default:
      return { toolCalls: [] };
  }
}

/** The Intake as this turn's latest updateIntake left it, or as the turn began. */
function latestIntake(view: PromptView): Intake {
  for (const outcome of view.turnResults.toReversed())
    if (outcome.result?.tool === TOOL.updateIntake) return outcome.result.output.intake;
  return view.context.intake;
}

/**
 * Records the facts and, when the answer is just the next question, asks it in the same step (an LLM
 * would write the text beside its tool call too); recommending or drafting needs the recorded facts
 * first, so those wait for updateIntake's result in the next step.
 */
function recordAndRespond(turn: Turn, patch: IntakePatch): GuideStep {
  const record = updateCall(patch);
  let merged: Intake;
  try {
    merged = mergeIntake(turn.intake, patch);
  } catch {
    return { toolCalls: [record] };
  }
  const next = respond({ ...turn, intake: merged }, true);
  const onlyAsks = next.toolCalls.length > 0 && next.toolCalls.every((c) => c.toolName === TOOL.offerChoices);
  return onlyAsks ? { text: next.text, toolCalls: [record, ...next.toolCalls] } : { toolCalls: [record] };
}

/** After the facts are recorded: answer an intent, ask the next question, recommend, or draft. */
function respond(turn: Turn, changed: boolean): GuideStep {
  const { ex, view, lang, intake } = turn;
  const intro = prefix(turn, changed);
  const teen = teenStep(turn, intro);
  if (teen) return teen;
  if (ex.intents.has("rights_fees") || ex.intents.has("rights_deadline")) {
    return {
      toolCalls: [
        { toolName: TOOL.explainRights, input: { topic: ex.intents.has("rights_deadline") ? "deadlines" : "fees" } },
      ],
    };
  }
  const asks = askState(turn);
  const adviceChanged = changed && touchesAdvice(ex.patch);
  const rec = ex.intents.has("restart") ? null : view.lastRecommendation;
  if (inLetterPhase(turn)) {
    if (!rec || adviceChanged) return recommend(intro);
    return letterStep(turn, documentFor(rec), asks, intro);
  }
  if (!rec) {
    const topic = nextAdviceQuestion(intake, view.context.today, asks, view.context.clinicName);
    if (topic) return ask(topic, turn, intro);
    return recommend(intro);
  }
  if (adviceChanged) return recommend(intro);
  return withChoices(join(intro, say("ready", lang)), afterRecommendation(lang, rec.suggestedDocument !== undefined));
}

/**
 * Explains the recommendation. When a letter fits, the same reply already asks the letter's first
 * question (one patient message saved), with the questions about fees and deadlines still offered.
 */
function afterRecommend(turn: Turn, rec: Recommendation | undefined): GuideStep {
  if (inLetterPhase(turn)) return letterStep(turn, documentFor(rec), askState(turn), "");
  // The engine had nothing to go on (an empty case file): say so rather than explain nothing.
  if (!rec) return { text: say("toolTrouble", turn.lang), toolCalls: [] };
  const explained = join(
    whoMayAsk(turn.intake, turn.view.context.today, turn.lang),
    explainRecommendation(rec, turn.lang, isMessagingChannel(turn.view.context.channel)),
  );
  const menu = afterRecommendation(turn.lang, rec.suggestedDocument !== undefined);
  if (rec.suggestedDocument) {
    const topic = nextLetterQuestion(rec.suggestedDocument, turn.intake, askState(turn), letterPlace(turn));
    if (topic) {
      const q = question(topic, turn.lang, questionVars(turn));
      const more = menu.options.slice(1, 3);
      return withChoices(join(explained, q.text), { topic, options: [...q.choices.options, ...more] });
    }
  }
  return withChoices(explained, menu);
}

/**
 * A teen asking to get their records without their parents finding out: the state first (the answer
 * depends on it), then the state's answer from explainRights, then how the copy should reach only them.
 */
function teenStep(turn: Turn, intro: string): GuideStep | undefined {
  const { view, lang, intake } = turn;
  if (!asksPrivately(turn) || view.calledBefore.has(TOOL.explainRights)) return undefined;
  if (!intake.state && (view.asked.get("state") ?? 0) < 2 && !askState(turn).skipped.has("state"))
    return ask("state", turn, join(intro, CATALOGS[lang].guide.minors.intro));
  return { text: intro || undefined, toolCalls: [{ toolName: TOOL.explainRights, input: { topic: "minors" } }] };
}

/** The state's answer for the teen, and the question of how the copy should reach only them. */
function teenAnswer(turn: Turn): GuideStep {
  const q = question("delivery.private", turn.lang);
  return withChoices(join(teenAnswerText(turn.intake, turn.lang), q.text), q.choices);
}

function letterStep(turn: Turn, kind: DocumentKind, asks: AskState, intro: string): GuideStep {
  const topic = nextLetterQuestion(kind, turn.intake, asks, letterPlace(turn));
  if (topic) {
    const lead = turn.ex.intents.has("draft") ? join(intro, say("letterIntro", turn.lang)) : intro;
    return ask(topic, turn, lead);
  }
  return draftStep(turn, kind, intro);
}

function letterPlace(turn: Turn): LetterPlace {
  return { today: turn.view.context.today, clinicName: turn.view.context.clinicName };
}

function recommend(intro: string): GuideStep {
  return { text: intro || undefined, toolCalls: [{ toolName: TOOL.recommendPath, input: {} }] };
}

function ask(topic: AskedTopic, turn: Turn, intro: string): GuideStep {
  const q = question(topic, turn.lang, questionVars(turn));
  return withChoices(join(intro, q.text), q.choices);
}

/** What a question's placeholders stand for: the host clinic's name. */
function questionVars(turn: Turn): Record<string, string> {
  const clinic = turn.view.context.clinicName;
  return clinic ? { clinic } : {};
}

function withChoices(text: string, choices: Choices): GuideStep {
  return { text, toolCalls: [{ toolName: TOOL.offerChoices, input: choices }] };
}

/** Greeting on the first message; otherwise a short acknowledgement that fits what was said. */
function prefix(turn: Turn, changed: boolean): string {
  const { view, ex, lang } = turn;
  const parts: string[] = [];
  if (view.userTurns <= 1) {
    parts.push(
      view.context.clinicName
        ? say("clinicGreeting", lang, { clinic: view.context.clinicName })
        : say("greeting", lang),
    );
  }
  if (ex.intents.has("restart")) parts.push(say("restarted", lang));
  else if (ex.intents.has("thanks") && !changed) parts.push(say("welcome", lang));
  else if (ex.intents.has("delete")) parts.push(say("deleteHint", lang));
  else if (ex.intents.has("unsure") && view.userTurns > 1) parts.push(say("unsure", lang));
  else if (changed && view.userTurns > 1) parts.push(say("thanks", lang));
  else if (ex.intents.has("off_topic") && view.userTurns > 1) parts.push(say("offTopic", lang));
  return parts.join("\n\n");
}

/** What was asked, and which topics the patient could not answer (never asked again). */
function askState(turn: Turn): AskState {
  const skipped = new Set<string>();
  for (const a of turn.view.answers)
    if (a.choices && UNSURE.test(answerText(a.text, a.choices))) skipped.add(a.choices.topic);
  if (
    turn.lastTopic &&
    (turn.ex.intents.has("unsure") || UNSURE.test(answerText(turn.view.userText, turn.view.lastChoices)))
  )
    skipped.add(turn.lastTopic);
  if (turn.ex.intents.has("restart")) return { asked: new Map(), skipped: new Set() };
  return { asked: turn.view.asked, skipped };
}

function answerText(text: string, choices: Choices | null): string {
  const n = Number(text.trim());
  if (choices && Number.isInteger(n) && n >= 1 && n <= choices.options.length) return choices.options[n - 1]!.value;
  return text;
}

function inLetterPhase(turn: Turn): boolean {
  if (turn.ex.intents.has("draft") || answersReview(turn.view)) return true;
  return turn.lastTopic !== undefined && isLetterTopic(turn.lastTopic);
}

function documentFor(rec: Recommendation | undefined): DocumentKind {
  return rec?.suggestedDocument ?? "access_request";
}

function touchesAdvice(patch: IntakePatch): boolean {
  return patchPaths(patch).some((path) => !LETTER_ONLY.has(path));
}

function updateCall(patch: IntakePatch): ToolCallPlan {
  return { toolName: TOOL.updateIntake, input: patch };
}

/** A patch that clears every known field (for "start over"). */
function clearAll(intake: Intake): IntakePatch {
  const patch: IntakePatch = {};
  for (const key of IntakeSchema.keyof().options) if (intake[key] !== undefined) patch[key] = null;
  return patch;
}

function join(...parts: string[]): string {
  return parts.filter(Boolean).join("\n\n");
}
