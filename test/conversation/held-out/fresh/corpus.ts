// The fresh held-out set of issue 15: whole conversations written without seeing the guide or the
// first corpus, kept unseen by those improving the guide, to tell whether their gains generalise.
// Do not edit an expectation to make a score go up; fix only a mistake, and say so in the commit message.
import type { Conversation } from "../types.js";
import { EARLIER_REQUESTS } from "./earlier-requests.js";
import { EN_ESPANOL } from "./en-espanol.js";
import { FOR_SOMEONE_ELSE } from "./for-someone-else.js";
import { OWN_RECORDS } from "./own-records.js";

export const FRESH_CORPUS: readonly Conversation[] = [
  ...OWN_RECORDS,
  ...EARLIER_REQUESTS,
  ...FOR_SOMEONE_ELSE,
  ...EN_ESPANOL,
];
