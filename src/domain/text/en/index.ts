// Every sentence the engine writes, in English. The Spanish module is typed by this one, so a
// sentence added here and not there does not compile.
import { common } from "./common.js";
import { deadlines, stateFacts } from "./deadlines.js";
import { escalation } from "./escalation.js";
import { letters } from "./letters.js";
import { fees, freeCopies, missing, otherRoutes, special, urgency } from "./notes.js";
import { closedPractice, insurer, portal, provider, retrieval, statePath } from "./paths.js";
import { rights } from "./rights.js";
import { minorRules, minors, part2, representatives } from "./who.js";

export const en = {
  ...common,
  provider,
  portal,
  insurer,
  retrieval,
  statePath,
  closedPractice,
  escalation,
  rights,
  representatives,
  minors,
  minorRules,
  part2,
  special,
  fees,
  freeCopies,
  urgency,
  otherRoutes,
  missing,
  deadlines,
  stateFacts,
  letters,
};

export type EngineText = typeof en;
