// One step of the built-in guide: from the prompt view to text and tool calls, exactly what an LLM
// would emit. Step 1 records facts (updateIntake); later steps act on the tool results. Each turn's
// reply opens once (condolences, calm words, what was understood, the answers to the patient's own
// questions) and then does one thing: ask, recommend, draft, or offer the next step.
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
import { fold } from "../../i18n/fold.js";
import type { Lang } from "../../i18n/langs.js";
import { wordsOf } from "../../i18n/lexicons/index.js";
import { type Choices, isMessagingChannel } from "../../sessions/session.js";
import { type AnswerContext, answersFor, asksQuestion, type ClinicContact } from "./answers.js";
import { answersReview, draftStep, reviewAnswer, reviewStep } from "./confirm.js";
import { type Extraction, extract } from "./extract.js";
import { resolveChoice } from "./extractors/intents.js";
import { contactNeed } from "./letter-details.js";
import { repeatsPatientName, withoutCommandAsName, withoutPatientAsSigner } from "./patch-guards.js";
import { type AskState, isLetterTopic, type LetterPlace, nextAdviceQuestion, nextLetterQuestion } from "./policy.js";
import { question } from "./questions.js";
import type { PromptView } from "./read-prompt.js";
import { afterLetter, afterRecommendation, explainRecommendation, say } from "./replies.js";
import { storyNotes } from "./story.js";
import type { ToolCallPlan } from "./tool-results.js";
import { type AskedTopic, isAskedTopic } from "./topics.js";
import { afterTracking, followingUp, notReceivedLead, trackerStep } from "./tracker.js";
import { understood } from "./understood.js";
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
  /** The question the patient's message answers, if it is still pending (none after a fresh start). */
  lastTopic: string | undefined;
  /** This turn recorded facts (ex.patch) or is about to. */
  recorded: boolean;
  /** The patient's own name was given as the signer's and set aside. */
  signerWasPatient: boolean;
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

/** What a new letter for another provider keeps: who is asking, for whom, and where. */
const KEPT_FOR_ANOTHER_LETTER: ReadonlySet<string> = new Set(["requester", "patient", "representative", "state"]);

/** An answer that leaves the question unanswered: the topic is not asked again. */
const UNSURE = new RegExp(wordsOf("unanswered"), "i");
/** Words in capitals ("RIDICULOUS", "FOUR TIMES"): shouting, whatever the language. */
const SHOUTING = /\b[A-ZÁÉÍÓÚÑ]{4,}\b.*\b[A-ZÁÉÍÓÚÑ]{4,}\b|!!|\?\?\?/;

export function decideStep(view: PromptView): GuideStep {
  const lastTopic = view.startedAgain ? undefined : view.lastChoices?.topic;
  const read = extract(view.userText, {
    afterLetter: view.letterDone,
    intake: view.context.intake,
    lastChoices: view.lastChoices,
    today: view.context.today,
    lastTopic: view.lastChoices?.topic,
    language: view.context.language ?? conversationLanguage(view.earlierUserTexts),
    clinicName: view.context.clinicName,
  });
  // A tapped quick reply ("1") stands for its value ("No sé"), which is what the extractor read.
  const said = resolveChoice(view.userText, view.lastChoices).text;
  const patch = withoutCommandAsName(withoutPatientAsSigner(read.patch, view.context.intake), read, said);
  const ex: Extraction = { ...read, patch };
  const recorded = view.turnResults.some((r) => r.result?.tool === TOOL.updateIntake);
  const signerWasPatient =
    read.patch.representative?.name !== ex.patch.representative?.name ||
    repeatsPatientName(said, lastTopic, view.context.intake);
  const turn: Turn = { view, ex, lang: ex.language, intake: latestIntake(view), lastTopic, recorded, signerWasPatient };
  const last = view.turnResults.at(-1);

  if (!last) {
    if (wantsRestart(turn)) return { toolCalls: [updateCall(startAgain(turn.intake, () => false))] };
    if (ex.intents.has("another_letter") && view.letterDone)
      return { toolCalls: [updateCall(startAgain(turn.intake, (key) => KEPT_FOR_ANOTHER_LETTER.has(key)))] };
    const edit = reviewAnswer(turn);
    if (edit) return edit;
    if (Object.keys(ex.patch).length > 0) return recordAndRespond(turn, ex.patch);
    return respond(turn);
  }
  if (last.isError) return recover(turn, last.toolName);
  const result = last.result;
  switch (result?.tool) {
    case TOOL.updateIntake:
      return respond({ ...turn, recorded: !view.startedAgain });
    case TOOL.recommendPath:
      return afterRecommend(turn, "paths" in result.output ? result.output : undefined);
    case TOOL.explainRights:
      if (result.output.topic === "minors" && asksPrivately(turn)) return teenAnswer(turn);
      // Fees and deadlines: the rule is looked up; the answer comes from answers.ts, then the next step.
      return respond(turn);
    case TOOL.draftRequest: {
      const doc = result.output;
      if (doc.error !== undefined) return reviewStep(turn, doc.kind, "", reviewDetail(turn, doc.kind));
      const blanks = doc.blanks.length ? ` ${say("blanks", turn.lang, { blanks: doc.blanks.join(", ") })}` : "";
      // An English letter in another language's conversation comes with the tool's explanation of it.
      const explained = doc.explanation ? `\n\n${doc.explanation}` : "";
      const text = join(opening(turn), `${say("drafted", turn.lang, { title: doc.title })}${blanks}${explained}`);
      return withChoices(text, afterLetter(turn.lang, isMessagingChannel(turn.view.context.channel)));
    }
    case TOOL.trackRequest:
      // The dates are the reply: the turn's "Got it" and story notes would only say them again.
      return afterTracking(result.output, turn.lang, view.context.channel, "");
    case TOOL.showReview:
      // The review is the reply: the patient confirms or corrects it before anything else happens.
      return { toolCalls: [] };
    default:
      return respond(turn);
  }
}

/** The Intake as this turn's latest updateIntake left it, or as the turn began. */
function latestIntake(view: PromptView): Intake {
  for (const outcome of view.turnResults.toReversed())
    if (outcome.result?.tool === TOOL.updateIntake) return outcome.result.output.intake;
  return view.context.intake;
}

/**
 * "Start over" is a command, not a word in a story: a message that also tells facts ("the reset
 * email never comes") is the story.
 */
function wantsRestart(turn: Turn): boolean {
  if (!turn.ex.intents.has("restart") || Object.keys(turn.intake).length === 0) return false;
  return Object.keys(turn.ex.patch).length === 0 || turn.view.userText.trim().split(/\s+/).length <= 6;
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
  const next = respond({ ...turn, intake: merged, recorded: true });
  const onlyAsks = next.toolCalls.length > 0 && next.toolCalls.every((c) => c.toolName === TOOL.offerChoices);
  return onlyAsks ? { text: next.text, toolCalls: [record, ...next.toolCalls] } : { toolCalls: [record] };
}

/** After the facts are recorded: answer the patient's questions, then ask, recommend, draft or offer. */
function respond(turn: Turn): GuideStep {
  const { ex, view, intake } = turn;
  const rights = rightsLookups(turn);
  if (rights.length > 0) return { toolCalls: rights };
  const open = opening(turn);
  const teen = teenStep(turn, open);
  if (teen) return teen;
  const asks = askState(turn);
  const rec = view.startedAgain ? null : view.lastRecommendation;
  const tracked = trackerStep(turn, open);
  if (tracked) return tracked;
  // "Partly" or "no" to the check-in: the follow-up letter (issue 12), led by the OCR option's date.
  // Its lead says what was recorded and where the deadline stands: the opening's "Got it" and story
  // note would say the same again, and before the due date's end, the opposite ("they still have time").
  if (turn.lastTopic === "tracker.received" && followingUp(turn))
    return letterStep(turn, "follow_up", asks, notReceivedLead(intake, view.context.today, turn.lang));
  if (followingUp(turn) && wantsLetter(turn)) return letterStep(turn, "follow_up", asks, open);
  const adviceChanged = turn.recorded && touchesAdvice(ex.patch);
  if (wantsLetter(turn)) {
    if (!rec || adviceChanged) return recommend();
    return letterStep(turn, documentFor(rec), asks, open);
  }
  if (!rec) {
    const topic = nextAdviceQuestion(intake, view.context.today, asks, view.context.clinicName);
    if (topic) return ask(topic, turn, open);
    // Nothing to go on yet (every question met with something else): never recommend on an empty
    // case file, whose engine call can only fail; say what would help, with examples to tap.
    if (Object.keys(intake).length === 0) return tellMe(turn, open);
    return recommend();
  }
  if (adviceChanged) return recommend();
  if (view.letterDone) {
    const answered = answersFor(answerContext(turn)).length > 0;
    return withChoices(
      answered ? open : join(open, say("afterLetter", turn.lang)),
      afterLetter(turn.lang, isMessagingChannel(turn.view.context.channel)),
    );
  }
  return offerLetter(turn, open);
}

/**
 * The turn's opening words, said once (in the first step that speaks): the greeting to a bare hello,
 * condolences, calm words for anger, what was understood, and the answers to the patient's questions.
 */
function opening(turn: Turn): string {
  const { view, ex, lang } = turn;
  if (view.spokeThisTurn) return "";
  const parts: string[] = [];
  const upset = ex.intents.has("upset") || SHOUTING.test(view.userText);
  // "Hi, I need my records" tells no story yet (that they are the patient's own is the usual case).
  const told = Object.entries(ex.patch).some(([key, value]) => key !== "requester" || value !== "self");
  const story = told || asksQuestion(ex.intents) || upset;
  // The web panel greets before the first message (and an integrator's page shows its own), so only
  // SMS and WhatsApp, which have no screen to greet from, hear the greeting from the guide.
  if (view.userTurns <= 1 && !story && isMessagingChannel(view.context.channel)) {
    parts.push(
      view.context.clinicName
        ? say("clinicGreeting", lang, { clinic: view.context.clinicName })
        : say("greeting", lang),
    );
  }
  if (ex.patch.patient?.isDeceased === true) parts.push(say("condolence", lang));
  if (upset) parts.push(say("calm", lang));
  parts.push(...reaction(turn, upset));
  parts.push(...answersFor(answerContext(turn)));
  if (turn.recorded) {
    const notes = storyNotes(ex.patch, view.context.intake, turn.intake, view.context.today, lang);
    parts.push(...notes.filter((n) => !view.saidBefore.includes(n)));
  }
  return join(...parts);
}

/** How the message landed: a fresh start, what was recorded, "I don't know", thanks, or nothing readable. */
function reaction(turn: Turn, upset: boolean): string[] {
  const { view, ex, lang, lastTopic } = turn;
  if (ex.intents.has("restart") && view.startedAgain) return [say("restarted", lang)];
  if (ex.intents.has("another_letter") && view.startedAgain) return [say("anotherLetter", lang)];
  if (ex.intents.has("delete")) return [say("deleteHint", lang)];
  if (turn.signerWasPatient) return [say("notPatient", lang)];
  // Angry or hurried: no list read back, just the next step.
  const got = turn.recorded && !upset ? understood(ex.patch, lang) : "";
  if (got) return [got];
  if (ex.intents.has("unsure") && lastTopic) return [say("unsure", lang)];
  if (ex.intents.has("thanks")) return [say("welcome", lang)];
  if (ex.intents.has("off_topic")) return [say("offTopic", lang)];
  if (unreadable(turn)) {
    // The question gets one more try in other words; after that it is left blank.
    const tries = view.asked.get(lastTopic!) ?? 0;
    return [say(tries >= 2 ? "leftBlank" : "unreadable", lang)];
  }
  return [];
}

/** The patient answered the pending question with nothing the guide could read. */
function unreadable(turn: Turn): boolean {
  const { ex, lastTopic, recorded } = turn;
  if (!lastTopic || !isAskedTopic(lastTopic) || recorded || Object.keys(ex.patch).length > 0) return false;
  return !asksQuestion(ex.intents) && ![...ex.intents].some((i) => i !== "greeting" && i !== "upset");
}

function answerContext(turn: Turn): AnswerContext {
  const { view } = turn;
  return {
    intents: turn.ex.intents,
    said: view.userText,
    intake: turn.intake,
    lang: turn.lang,
    today: view.context.today,
    messaging: isMessagingChannel(view.context.channel),
    clinic: clinicContact(turn),
    letterDone: view.letterDone || view.turnResults.some((r) => r.result?.tool === TOOL.draftRequest),
  };
}

/** The host clinic and how to reach its records office, when the conversation is on its page. */
function clinicContact(turn: Turn): ClinicContact | null {
  const name = turn.view.context.clinicName;
  if (!name) return null;
  const office = turn.view.context.clinicOffice ?? {};
  const contact = [office.phone, office.fax && `fax ${office.fax}`, office.email, office.address].filter(Boolean);
  return {
    name,
    ...(office.phone ? { phone: office.phone } : {}),
    ...(contact.length > 0 ? { contact: contact.join("; ") } : {}),
  };
}

/**
 * Fees and deadlines are looked up with explainRights first, as an LLM would (the rule that governs
 * this request); the short answer follows in the next step. Once per turn, even if the lookup fails.
 */
function rightsLookups(turn: Turn): ToolCallPlan[] {
  if (turn.view.turnResults.some((r) => r.toolName === TOOL.explainRights)) return [];
  const topics = [
    ...(turn.ex.intents.has("rights_fees") ? (["fees"] as const) : []),
    ...(turn.ex.intents.has("rights_deadline") ? (["deadlines"] as const) : []),
  ];
  return topics.map((topic) => ({ toolName: TOOL.explainRights, input: { topic } }));
}

/**
 * Explains the recommendation when it is news to the patient (the first one, or a different path or
 * letter than before). When a letter fits, the same reply already asks the letter's first question.
 */
function afterRecommend(turn: Turn, rec: Recommendation | undefined): GuideStep {
  // The engine had nothing to go on: say what would help instead of explaining nothing.
  if (!rec) return tellMe(turn, opening(turn));
  const before = turn.view.earlierRecommendation;
  const news =
    !before || before.paths[0]?.path !== rec.paths[0]?.path || before.suggestedDocument !== rec.suggestedDocument;
  const explained = news
    ? join(
        opening(turn),
        whoMayAsk(turn.intake, turn.view.context.today, turn.lang),
        explainRecommendation(rec, turn.lang, isMessagingChannel(turn.view.context.channel), {
          intake: turn.intake,
          today: turn.view.context.today,
        }),
      )
    : opening(turn);
  const kind = documentFor(rec);
  const topic = nextLetterQuestion(kind, turn.intake, askState(turn), letterPlace(turn), detailsHere(turn));
  if (wantsLetter(turn) || rec.suggestedDocument) {
    if (!topic)
      return news && !wantsLetter(turn)
        ? offerLetter(turn, explained)
        : draftStep(turn, kind, explained, reviewDetail(turn, kind));
    const q = questionFor(topic, turn);
    const more = afterRecommendation(turn.lang).options.slice(1, 3);
    return withChoices(join(explained, q.text), { topic, options: [...q.choices.options, ...more] });
  }
  return offerLetter(turn, explained);
}

/**
 * Offers the letter: the first time as a question ("Want me to draft…?"), afterwards as a reminder
 * of the button, so the same question is never asked twice.
 */
function offerLetter(turn: Turn, lead: string): GuideStep {
  const offered = (turn.view.asked.get("next") ?? 0) > 0;
  return withChoices(
    join(lead, say(offered ? "letterWhenReady" : "offerLetter", turn.lang)),
    afterRecommendation(turn.lang),
  );
}

/** Nothing known yet: an invitation in the patient's own words, with kinds of records to tap. */
function tellMe(turn: Turn, lead: string): GuideStep {
  const q = question("records.kinds", turn.lang);
  return withChoices(join(lead, say("tellMe", turn.lang)), { topic: "start", options: q.choices.options });
}

/**
 * A teen asking to get their records without their parents finding out: the state first (the answer
 * depends on it), then the state's answer from explainRights, then how the copy should reach only them.
 */
function teenStep(turn: Turn, open: string): GuideStep | undefined {
  const { view, lang, intake } = turn;
  if (!asksPrivately(turn) || view.calledBefore.has(TOOL.explainRights)) return undefined;
  if (turn.view.turnResults.some((r) => r.toolName === TOOL.explainRights)) return undefined;
  if (!intake.state && (view.asked.get("state") ?? 0) < 2 && !askState(turn).skipped.has("state"))
    return ask("state", turn, join(open, CATALOGS[lang].guide.minors.intro));
  return { text: open || undefined, toolCalls: [{ toolName: TOOL.explainRights, input: { topic: "minors" } }] };
}

/** The state's answer for the teen, and the question of how the copy should reach only them. */
function teenAnswer(turn: Turn): GuideStep {
  const q = question("delivery.private", turn.lang);
  return withChoices(join(opening(turn), teenAnswerText(turn.intake, turn.lang), q.text), q.choices);
}

/**
 * The letter's next question, or the letter. "Write it" (or "yes, please") said in answer to one of
 * the letter's own questions means now: what is still missing stays a marked blank to fill in.
 */
function letterStep(turn: Turn, kind: DocumentKind, asks: AskState, open: string): GuideStep {
  const topic = nextLetterQuestion(kind, turn.intake, asks, letterPlace(turn), detailsHere(turn));
  // "Yes, please" is no answer to "what is the provider called?": it says go ahead, like "write it".
  const goAhead =
    turn.ex.intents.has("draft") || (turn.ex.intents.has("yes") && Object.keys(turn.ex.patch).length === 0);
  // At the review (or one of its items), what is missing is the review's to fill: no question again.
  const now = answersReview(turn.view) || (goAhead && turn.lastTopic !== undefined && isLetterTopic(turn.lastTopic));
  if (topic && !now) {
    const lead = turn.ex.intents.has("draft") && !turn.lastTopic ? join(open, say("letterIntro", turn.lang)) : open;
    return ask(topic, turn, lead);
  }
  return draftStep(turn, kind, open, reviewDetail(turn, kind));
}

/**
 * Where the letter's details are asked: by text message as questions before the review (a numbered
 * review is answered by number); on the web beside the review, where "Draft my letter" skips them.
 */
function detailsHere(turn: Turn): "with" | "without" {
  return isMessagingChannel(turn.view.context.channel) ? "with" : "without";
}

/** On the web, the letter's next detail to ask beside its review, if any. */
function reviewDetail(turn: Turn, kind: DocumentKind): { text: string; choices: Choices } | undefined {
  if (isMessagingChannel(turn.view.context.channel)) return undefined;
  const topic = nextLetterQuestion(kind, turn.intake, askState(turn), letterPlace(turn), "only");
  return topic ? questionFor(topic, turn) : undefined;
}

/** A tool failed: go on without it, never with an apology that leads nowhere. */
function recover(turn: Turn, toolName: string): GuideStep {
  if (toolName === TOOL.updateIntake || toolName === TOOL.explainRights) return respond({ ...turn, recorded: false });
  if (toolName === TOOL.recommendPath) return tellMe(turn, opening(turn));
  const menu = turn.view.letterDone
    ? afterLetter(turn.lang, isMessagingChannel(turn.view.context.channel))
    : afterRecommendation(turn.lang);
  return withChoices(join(opening(turn), say("toolTrouble", turn.lang)), menu);
}

function letterPlace(turn: Turn): LetterPlace {
  const { today, clinicName, clinicOffice } = turn.view.context;
  return { today, clinicName, clinicOffice };
}

/**
 * Asks the engine. The turn's opening words wait for its result, so they and the explanation are
 * written once, together (a caution the story called for is then not said twice).
 */
function recommend(): GuideStep {
  return { toolCalls: [{ toolName: TOOL.recommendPath, input: {} }] };
}

function ask(topic: AskedTopic, turn: Turn, open: string): GuideStep {
  const q = questionFor(topic, turn);
  return withChoices(join(open, q.text), q.choices);
}

/** The question on `topic`: in other words, with an example, when it was asked before. */
function questionFor(topic: AskedTopic, turn: Turn): { text: string; choices: Choices } {
  const again = (askState(turn).asked.get(topic) ?? 0) > 0;
  return question(topic, turn.lang, questionVars(turn), again ? "again" : "first");
}

/** What a question's placeholders stand for: the host clinic's name, and what the contact question asks for. */
function questionVars(turn: Turn): Record<string, string> {
  const clinic = turn.view.context.clinicName;
  const need = CATALOGS[turn.lang].guide.contactNeeds[contactNeed(turn.intake)];
  return clinic ? { clinic, need } : { need };
}

function withChoices(text: string, choices: Choices): GuideStep {
  return { text, toolCalls: [{ toolName: TOOL.offerChoices, input: choices }] };
}

/** What was asked, and which topics the patient could not answer (never asked again). */
function askState(turn: Turn): AskState {
  if (turn.view.startedAgain) return { asked: new Map(), skipped: new Set() };
  const skipped = new Set<string>();
  for (const a of turn.view.answers)
    if (a.choices && UNSURE.test(answerText(a.text, a.choices))) skipped.add(a.choices.topic);
  if (
    turn.lastTopic &&
    (turn.ex.intents.has("unsure") || UNSURE.test(answerText(turn.view.userText, turn.view.lastChoices)))
  )
    skipped.add(turn.lastTopic);
  // The signer answered with the patient's name: asked again, they would give it again. Their own name
  // is left for the review, where it shows as a blank to fill in.
  if (turn.signerWasPatient) skipped.add("representative.name");
  return { asked: turn.view.asked, skipped };
}

/** The answer as the lexicons read it (a quick reply's value, folded: "No sé" reads "no se"). */
function answerText(text: string, choices: Choices | null): string {
  const n = Number(text.trim());
  if (choices && Number.isInteger(n) && n >= 1 && n <= choices.options.length)
    return fold(choices.options[n - 1]!.value).low;
  return fold(text).low;
}

/**
 * The patient wants the letter: they said so ("letter pls", "hazme la carta"), agreed to the offer
 * ("yes do it", "sí, por favor"), are answering the letter's review, or one of the letter's questions.
 */
function wantsLetter(turn: Turn): boolean {
  const { ex, lastTopic } = turn;
  if (ex.intents.has("draft") || answersReview(turn.view)) return true;
  if (ex.intents.has("yes") && lastTopic === "next") return true;
  return lastTopic !== undefined && isLetterTopic(lastTopic);
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

/**
 * A patch that clears every known field but the kept ones. It always clears `records`: that marks a
 * fresh start for the prompt reader (read-prompt.ts), even when no records were known.
 */
function startAgain(intake: Intake, keep: (key: string) => boolean): IntakePatch {
  const patch: IntakePatch = { records: null };
  for (const key of IntakeSchema.keyof().options) if (intake[key] !== undefined && !keep(key)) patch[key] = null;
  return patch;
}

/** Paragraphs, each once: a caution the story called for is not repeated by the advice beside it. */
function join(...parts: string[]): string {
  const paragraphs = parts.flatMap((p) => p.split("\n\n")).filter(Boolean);
  return [...new Set(paragraphs)].join("\n\n");
}
