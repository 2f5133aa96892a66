// Drives the chat panel like a patient: answers the guide's questions by clicking quick replies or
// typing, by mouse or by keyboard alone. Decisions key on the question's gist, not exact wording.
import type { Frame, Page } from "playwright-core";

interface Move {
  chip?: RegExp;
  text?: string;
}

/** What a patient in Ohio wanting their own full chart (and the letter) would answer. */
function decide(question: string, chips: string[]): Move {
  const has = (re: RegExp) => chips.some((c) => re.test(c));
  const q = question.split("\n").slice(-3).join(" ");
  if (has(/draft/i)) return { chip: /draft/i };
  if (/who are the records for/i.test(q)) return has(/^me$/i) ? { chip: /^me$/i } : { text: "They are my own records" };
  if (/state/i.test(q)) return { text: "Ohio" };
  if (/which records|what records|what do you need/i.test(q))
    return has(/full|whole|everything/i) ? { chip: /full|whole|everything/i } : { text: "My full chart" };
  if (/date of birth|full name|your name/i.test(q)) return { text: "Jane Doe, born April 12, 1980" };
  if (has(/blank/i)) return { chip: /blank/i };
  if (/provider|doctor|practice|clinic|hospital/i.test(q)) return { text: "Riverbend Family Medicine" };
  const safe = chips.find((c) => !/start over|delete|empezar/i.test(c));
  return safe ? { chip: new RegExp(`^${safe.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) } : { text: "My full chart" };
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

/** Answers until `until` (a selector in the panel) appears; returns the transcript for errors. */
export async function converse(
  page: Page,
  frame: Frame,
  until: string,
  options: { keyboard?: boolean; maxTurns?: number } = {},
): Promise<void> {
  const seen: string[] = [];
  for (let turn = 0; turn < (options.maxTurns ?? 10); turn++) {
    await idle(frame);
    if (await frame.locator(until).count()) return;
    const question = await lastQuestion(frame);
    const chips = await frame.locator(".choices .chip").allInnerTexts();
    const move = decide(question, chips);
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
