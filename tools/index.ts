// buildTools: the tool set for one loop run, each tool given the props it needs from the run's ToolContext.
import type { ToolContext } from "./context.js";
import { draftRequest } from "./draft-request.js";
import { explainRights } from "./explain-rights.js";
import { lookupStateRules } from "./lookup-state-rules.js";
import { offerChoices } from "./offer-choices.js";
import { recommendPath } from "./recommend-path.js";
import { showReview } from "./show-review.js";
import { trackRequest } from "./track-request.js";
import { updateIntake } from "./update-intake.js";

export function buildTools(ctx: ToolContext) {
  return {
    updateIntake: updateIntake(ctx),
    recommendPath: recommendPath(ctx),
    lookupStateRules: lookupStateRules(ctx),
    explainRights: explainRights(ctx),
    showReview: showReview(ctx),
    draftRequest: draftRequest(ctx),
    offerChoices: offerChoices(ctx),
    trackRequest: trackRequest(ctx),
  };
}

export type RecordpathTools = ReturnType<typeof buildTools>;
