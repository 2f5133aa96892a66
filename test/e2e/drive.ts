// Drives the chat panel like a patient: answers the guide's questions by clicking quick replies or
// typing, by mouse or by keyboard alone, and confirms the review of a letter's contents with its
// "Draft my letter" button. Decisions key on the question's gist, not exact wording.
import type { Frame, Page } from "playwright-core";

interface Move {
  chip?: RegExp;
  text?: string;
}

/** The typed answers of a patient in Ohio wanting their own full chart (and the letter), per language. */
const SAYS = {
  en: {
    own: "They are my own records",
    chart: "My full chart",
    name: "Jane Doe, born April 12, 1980",
    provider: "Riverbend Family Medicine",
  },
  es: {
    own: "Son mis propios expedientes",
    chart: "Todo mi expediente",
    name: "María López, 4 de marzo de 1980",
    provider: "Hospital San José",
  },
};
export type Lang = keyof typeof SAYS;

/** What that patient answers, in English or Spanish. */
function decide(question: string, chips: string[], lang: Lang): Move {
  const says = SAYS[lang];
  const has = (re: RegExp) => chips.some((c) => re.test(c));
  const q = question.split("\n").slice(-3).join(" ");
  if (has(/draft|preparar/i)) return { chip: /draft|preparar/i };
  if (/who are the records for|de quién son/i.test(q))
    return has(/^(me|míos)$/i) ? { chip: /^(me|míos)$/i } : { text: says.own };
  if (/state|estado/i.test(q)) return { text: "Ohio" };
  if (/which records|what records|what do you need|qué expedientes/i.test(q))
    return has(/full|whole|everything|complet|todo/i)
      ? { chip: /full|whole|everything|complet|todo/i }
      : { text: says.chart };
  if (/date of birth|full name|your name|nombre completo/i.test(q)) return { text: says.name };
  if (has(/blank|en blanco/i)) return { chip: /blank|en blanco/i };
  if (/provider|doctor|practice|clinic|hospital|médico|clínica|consultorio/i.test(q)) return { text: says.provider };
  const safe = chips.find((c) => !/start over|delete|empezar|borrar/i.test(c));
  return safe ? { chip: new RegExp(`^${safe.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) } : { text: says.chart };
}

/** Waits until the panel is not answering (the send button is enabled again). */
export async function idle(frame: Frame): Promise<void> {
  await frame.locator(".compose button[type=submit]:not([disabled])").waitFor({ timeout: 20_000 });
}

async function lastQuestion(frame: Frame): Promise<string> {
  const last = frame.locator(".msg.assistant .bubble").last();
  // biome-ignore lint/performance/useDomNodeTextContent: innerText keeps the line breaks decide() reads.
  return (await last.count()) ? last.innerText() : "";
}

/** Moves keyboard focus backwards from the input until it lands on the quick reply, then presses Enter. */
async function keyboardChoose(page: Page, frame: Frame, label: RegExp): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Shift+Tab");
    const text = await frame.evaluate<string>(
      "document.activeElement?.className === 'chip' ? document.activeElement.textContent : ''",
    );
    if (label.test(text)) {
      await page.keyboard.press("Enter");
      return;
    }
  }
  throw new Error(`no quick reply reachable by keyboard matching ${label}`);
}

/** Moves keyboard focus backwards from the input until it lands on a button named `label`, then presses Enter. */
async function keyboardPress(page: Page, frame: Frame, label: RegExp): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Shift+Tab");
    const text = await frame.evaluate<string>(
      "document.activeElement?.tagName === 'BUTTON' ? document.activeElement.textContent : ''",
    );
    if (label.test(text)) {
      await page.keyboard.press("Enter");
      return;
    }
  }
  throw new Error(`no button reachable by keyboard matching ${label}`);
}

/** Answers until `until` (a selector in the panel) appears; returns the transcript for errors. */
export async function converse(
  page: Page,
  frame: Frame,
  until: string,
  options: { keyboard?: boolean; maxTurns?: number; lang?: Lang } = {},
): Promise<void> {
  const seen: string[] = [];
  for (let turn = 0; turn < (options.maxTurns ?? 10); turn++) {
    await idle(frame);
    if (await frame.locator(until).count()) return;
    const draft = frame.locator(".card.review .links .btn");
    if (await draft.count()) {
      seen.push("review → Draft my letter");
      if (options.keyboard) await keyboardPress(page, frame, /draft/i);
      else await draft.click();
      continue;
    }
    const question = await lastQuestion(frame);
    const chips = await frame.locator(".choices .chip").allInnerTexts();
    const move = decide(question, chips, options.lang ?? "en");
    seen.push(`Q: ${question.slice(-200)} [${chips.join(" | ")}] → ${move.chip ?? move.text}`);
    // Keyboard users never get moved: after each reply the focus must still be in the input.
    if (options.keyboard && (await frame.evaluate<string>("document.activeElement?.id ?? ''")) !== "msg") {
      throw new Error("focus left the message input after a reply");
    }
    if (move.chip && options.keyboard) {
      await keyboardChoose(page, frame, move.chip);
    } else if (move.chip) {
      await frame.locator(".choices .chip", { hasText: move.chip }).first().click();
    } else if (options.keyboard) {
      await page.keyboard.type(move.text ?? "");
      await page.keyboard.press("Enter");
    } else {
      await frame.locator("#msg").fill(move.text ?? "");
      await frame.locator(".compose button[type=submit]").click();
    }
  }
  throw new Error(`did not reach ${until}:\n${seen.join("\n")}`);
}
