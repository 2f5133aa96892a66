// The frozen tracker stories read by the guide's extraction: the day and the way a request was sent
// (after a letter), and the answer to the check-in. Nothing the line does not say may appear.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/conversation/guide/extract.js";
import type { Intake } from "../../src/domain/intake.js";
import { RECEIVED_STORIES, SENT_STORIES, TODAY } from "./tracker-stories.js";

const intake: Intake = { state: "CA", records: { kinds: ["full_chart"] } };
const choices = (topic: string) => ({ topic, options: [{ label: "x", value: "x" }] });

describe("I sent it", () => {
  for (const story of SENT_STORIES)
    it(story.text, () => {
      const { patch } = extract(story.text, { intake, lastChoices: choices("after_letter"), today: TODAY });
      const prior = patch.priorRequest ?? {};
      expect({ sentOn: prior.sentOn, sentVia: prior.sentVia, outcome: prior.outcome }).toEqual({
        sentOn: story.sentOn,
        sentVia: story.sentVia,
        outcome: "pending",
      });
    });
});

describe("Did you get your records?", () => {
  for (const story of RECEIVED_STORIES)
    it(story.text, () => {
      const { patch } = extract(story.text, { intake, lastChoices: choices("tracker.received"), today: TODAY });
      expect(patch.priorRequest?.outcome).toBe(story.outcome);
    });
});
