// Confirm before drafting: where the guide would draft a letter, it first shows what the letter will
// carry (showReview) and drafts only when the patient's next message confirms it. A number or a
// labelled correction ("Provider: Mercy Hospital", what the web card's Edit sends) changes one item,
// read as a typed answer to that item's question; any new fact means showing the review again. The
// panel's "What I know so far" sends the same kind of correction at any point of the conversation.
import { TOOL } from "../../../tools/names.js";
import { type Intake, type IntakePatch, type IntakePath, patchPaths } from "../../domain/intake.js";
import type { DocumentKind } from "../../domain/recommendation.js";
import { CATALOGS, fill } from "../../i18n/catalogs/index.js";
import { fold } from "../../i18n/fold.js";
import { LANGS, type Lang } from "../../i18n/langs.js";
import { wordsOf } from "../../i18n/lexicons/index.js";
import { type Choices, isMessagingChannel } from "../../sessions/session.js";
import { itemLabel, labelledPaths } from "../review.js";
import { asksQuestion } from "./answers.js";
import type { GuideStep } from "./decide.js";
import { type Extraction, extract } from "./extract.js";
import { officeAddress } from "./extractors/contact.js";
import { resolveChoice } from "./extractors/intents.js";
import { isDetailTopic } from "./policy.js";
import { question } from "./questions.js";
import type { PromptView } from "./read-prompt.js";
import type { ToolOutput } from "./tool-results.js";
import { isAskedTopic, type Topic } from "./topics.js";

/** What confirming reads of the guide's turn. */
export interface ConfirmTurn {
  view: PromptView;
  ex: Extraction;
  lang: Lang;
  intake: Intake;
}

type ReviewItem = ToolOutput<"showReview">["items"][number];

/** The topic of the question that asks for one item again: "review:provider.name". */
const EDIT_TOPIC = "review:";

/**
 * How a correction of each item is read: as an answer to this topic's question (what the extractor
 * knows about it), and which facts it may change. An answer that changes none of them is unreadable.
 */
const EDITS: Partial<Record<IntakePath, { topic?: Topic; changes: readonly IntakePath[] }>> = {
  "provider.name": { topic: "provider.name", changes: ["provider.name"] },
  "insurer.name": { topic: "insurer.name", changes: ["insurer.name"] },
  state: { topic: "state", changes: ["state"] },
  "patient.name": { topic: "patient.name", changes: ["patient.name"] },
  "patient.dateOfBirth": { topic: "patient.dateOfBirth", changes: ["patient.dateOfBirth"] },
  "records.kinds": { topic: "records.kinds", changes: ["records.kinds"] },
  "records.from": { changes: ["records.from", "records.to"] },
  "recipient.name": {
    topic: "recipient",
    changes: ["recipient.name", "recipient.email", "recipient.fax", "recipient.address"],
  },
  delivery: { changes: ["delivery", "format"] },
  // Corrected only from the panel's "What I know so far" (the letters' reviews do not show them).
  purpose: { topic: "purpose", changes: ["purpose"] },
  neededBy: { topic: "neededBy", changes: ["neededBy"] },
  providerCount: { topic: "providerCount", changes: ["providerCount"] },
  "priorRequest.sentOn": { topic: "priorRequest.sentOn", changes: ["priorRequest.sentOn"] },
  requester: { topic: "requester", changes: ["requester"] },
  "representative.name": {
    topic: "representative.name",
    changes: ["representative.name", "representative.phone", "representative.email"],
  },
};

const LOOKS_RIGHT = new RegExp(`(?<![\\w'])(?:${wordsOf("looksRight")})(?![\\w'])`);
const OPTION_NUMBER = /^#?(\d{1,2})[.)!]?$/;

/** Whether this message answers a review, or the question about one of its items: the letter phase goes on. */
export function answersReview(view: PromptView): boolean {
  return view.lastReview !== null || editedPath(view) !== undefined;
}

/** A question asked beside the review: one of the letter's details (web only). */
export type Detail = { text: string; choices: Choices };

/**
 * The step where the guide would draft a letter of `kind`: the draft once the patient confirmed the
 * review the previous reply showed and nothing changed since, else the review (again), with the
 * letter's next `detail` to ask beside it.
 */
export function draftStep(turn: ConfirmTurn, kind: DocumentKind, intro: string, detail?: Detail): GuideStep {
  const { view, lang } = turn;
  const recorded = recordedThisTurn(view);
  if (view.lastReview?.kind === kind && !recorded && confirms(turn)) {
    return { text: intro || undefined, toolCalls: [{ toolName: TOOL.draftRequest, input: { kind } }] };
  }
  let lead = intro;
  const words = CATALOGS[lang].guide.review;
  // A detail the review asked and the patient could not give ("no idea"): it stays blank, no lecture.
  const passedDetail = isDetailTopic(view.lastChoices?.topic) && !turn.ex.intents.has("no");
  // The review answered with neither a yes nor anything the guide could read: say how to change it.
  // A question is not such an answer: it was answered, and the review simply comes back.
  if (!recorded && view.lastReview && !passedDetail && !asksQuestion(turn.ex.intents))
    lead = join(intro, brief(view) ? words.whichOneBrief : words.whichOne);
  else if (!recorded && editedPath(view)) lead = join(intro, words.edit.kept);
  return reviewStep(turn, kind, lead, detail);
}

/**
 * Shows the review of a letter of `kind`, after `intro`: what the letter will say, to confirm or
 * correct; a detail still to ask comes after it, with its quick replies.
 */
export function reviewStep({ view, lang }: ConfirmTurn, kind: DocumentKind, intro: string, detail?: Detail): GuideStep {
  const words = CATALOGS[lang].guide.review;
  const shown = brief(view) ? words.introBrief : words.intro;
  const review: GuideStep = { text: join(intro, shown), toolCalls: [{ toolName: TOOL.showReview, input: { kind } }] };
  if (!detail) return review;
  return {
    text: join(review.text ?? "", detail.text),
    toolCalls: [...review.toolCalls, { toolName: TOOL.offerChoices, input: detail.choices }],
  };
}

/**
 * A reply to a review that changes one item, answered at the turn's first step: a number asks for
 * that item again; a labelled value, or the answer to an item's question, is recorded when it reads
 * as that item, else explained with an example. Undefined for anything else (a yes, a question, new
 * facts in the patient's own words), which the guide answers as usual.
 */
export function reviewAnswer(turn: ConfirmTurn): GuideStep | undefined {
  const { view } = turn;
  const path = editedPath(view);
  const labelled = labelledValue(view.userText, view.lastReview?.items ?? []);
  // Away from a review, a labelled value corrects a fact from "What I know so far": recorded when it
  // reads as that fact, else the message is read like any other.
  if (!path && !view.lastReview) return labelled ? factCorrection(turn, labelled.path, labelled.value) : undefined;
  if (labelled) return correction(turn, labelled.path, labelled.value);
  if (path) {
    const { text, chosen } = resolveChoice(view.userText, view.lastChoices);
    // "Yes" or "looks good" to "What should it say? Now: …" keeps it too.
    if (chosen || isKeep(text) || confirms(turn)) return undefined;
    return correction(turn, path, text);
  }
  const n = OPTION_NUMBER.exec(view.userText.trim());
  const item = n ? view.lastReview?.items[Number(n[1]) - 1] : undefined;
  return item ? askItem(turn, item) : undefined;
}

/**
 * A fact corrected outside a review: recorded when it reads as that fact (the same reading as the
 * review's), else said so with an example and that fact's own question asked again, so the answer
 * is read as one to it. Undefined for a fact with neither, which the guide then reads as usual.
 */
function factCorrection(turn: ConfirmTurn, path: string, value: string): GuideStep | undefined {
  const patch = readItem(turn, path, value);
  if (patch) return { toolCalls: [{ toolName: TOOL.updateIntake, input: patch }] };
  const words = CATALOGS[turn.lang].guide.review;
  const example = words.examples[path as IntakePath];
  const topic = EDITS[path as IntakePath]?.topic;
  if (!example || !topic || !isAskedTopic(topic)) return undefined;
  const label = itemLabel(path as IntakePath, turn.lang);
  const q = question(topic, turn.lang, { clinic: turn.view.context.clinicName ?? "" }, "again");
  return {
    text: join(fill(words.edit.unreadable, { label, example }), q.text),
    toolCalls: [{ toolName: TOOL.offerChoices, input: q.choices }],
  };
}

/** The patient's answer read as the item at `path`: recorded, or asked again with an example. */
function correction(turn: ConfirmTurn, path: string, value: string): GuideStep | undefined {
  const patch = readItem(turn, path, value);
  if (patch) return { toolCalls: [{ toolName: TOOL.updateIntake, input: patch }] };
  // Asked twice and still unreadable: the item stays as it is and the review comes back.
  if ((turn.view.asked.get(`${EDIT_TOPIC}${path}`) ?? 0) >= 2) return undefined;
  const words = CATALOGS[turn.lang].guide.review;
  const label = itemLabel(path as IntakePath, turn.lang);
  const example = words.examples[path as IntakePath];
  const explained = example ? fill(words.edit.unreadable, { label, example }) : "";
  return askItem(turn, { path, label }, explained);
}

/**
 * Asks for one item of the review again (with its value now, when it has one), with a quick reply
 * that keeps it as it is.
 */
function askItem(
  turn: ConfirmTurn,
  item: { path: string; label: string; value?: string; missing?: boolean },
  lead = "",
): GuideStep {
  const words = CATALOGS[turn.lang].guide.review;
  const now = item.missing || !item.value ? undefined : item.value;
  const ask = fill(now ? words.edit.ask : words.edit.askEmpty, { label: item.label, value: now ?? "" });
  return {
    text: join(lead, ask),
    toolCalls: [
      {
        toolName: TOOL.offerChoices,
        input: { topic: `${EDIT_TOPIC}${item.path}`, options: [{ label: words.edit.keep, value: words.edit.keep }] },
      },
    ],
  };
}

/**
 * The patch one item's correction makes, read the way a typed answer to its question is (the same
 * extractor, with the item's topic), or undefined when it changes none of the item's facts.
 */
function readItem(turn: ConfirmTurn, path: string, value: string): IntakePatch | undefined {
  if (path === "provider.address") {
    const office = officeAddress(value);
    return office ? { provider: office } : undefined;
  }
  const edit = EDITS[path as IntakePath];
  if (!edit) return undefined;
  const { view, intake } = turn;
  if (path === "records.from" && isAllDates(value)) return { records: { from: null, to: null } };
  // A correction replaces the item: "test results" instead of the x-rays, not as well as them.
  const before = path === "records.kinds" ? { ...intake, records: { ...intake.records, kinds: [] } } : intake;
  const read = extract(value, {
    intake: before,
    lastChoices: null,
    today: view.context.today,
    lastTopic: edit.topic,
    language: turn.lang,
    clinicName: view.context.clinicName,
  });
  const changes = patchPaths(read.patch);
  return changes.some((p) => edit.changes.includes(p)) ? read.patch : undefined;
}

/** The patient confirmed what the review showed: yes, "looks good", "draft it", or the card's button. */
function confirms({ ex, view }: ConfirmTurn): boolean {
  if (ex.intents.has("draft")) return true;
  if (ex.intents.has("no")) return false;
  const low = fold(view.userText).low;
  return ex.intents.has("yes") || LOOKS_RIGHT.test(low);
}

/** Facts were recorded earlier in this turn: what the review showed is no longer what would be drafted. */
function recordedThisTurn(view: PromptView): boolean {
  return view.turnResults.some((r) => r.result?.tool === TOOL.updateIntake);
}

/** The item whose question the previous reply asked ("review:provider.name"), if it asked one. */
function editedPath(view: PromptView): string | undefined {
  const topic = view.lastChoices?.topic;
  return topic?.startsWith(EDIT_TOPIC) ? topic.slice(EDIT_TOPIC.length) : undefined;
}

/**
 * "Provider: Mercy Hospital": the item whose label starts the message, and the new value. The
 * review's own items come first (two may share a label); any language's label is understood.
 */
function labelledValue(text: string, items: readonly ReviewItem[]): { path: string; value: string } | undefined {
  const colon = text.indexOf(":");
  if (colon < 1 || colon > 40) return undefined;
  const label = fold(text.slice(0, colon)).low;
  const value = text.slice(colon + 1).trim();
  const item = [...items, ...labelledPaths()].find((i) => fold(i.label).low === label);
  return item && value ? { path: item.path, value } : undefined;
}

/** The "keep it as it is" quick reply, typed or tapped, in any language. */
function isKeep(text: string): boolean {
  const low = fold(text).low;
  return LANGS.some((l) => fold(CATALOGS[l].guide.review.edit.keep).low === low);
}

function isAllDates(text: string): boolean {
  const low = fold(text).low.replace(/[.!]+$/, "");
  return LANGS.some((l) => fold(CATALOGS[l].guide.review.allDates).low === low);
}

/** SMS and WhatsApp: the review comes as a numbered list, answered by number. */
const brief = (view: PromptView) => isMessagingChannel(view.context.channel);

function join(...parts: string[]): string {
  return parts.filter(Boolean).join("\n\n");
}
