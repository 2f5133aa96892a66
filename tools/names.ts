// The tools' names, once: the guide and the prompts name tools through TOOL, so a renamed tool is a
// compile error there instead of a tool call nobody answers.
import type { RecordpathTools } from "./index.js";

export type ToolName = keyof RecordpathTools;

export const TOOL = {
  updateIntake: "updateIntake",
  recommendPath: "recommendPath",
  lookupStateRules: "lookupStateRules",
  explainRights: "explainRights",
  showReview: "showReview",
  draftRequest: "draftRequest",
  offerChoices: "offerChoices",
  trackRequest: "trackRequest",
} as const satisfies { [K in ToolName]: K };
