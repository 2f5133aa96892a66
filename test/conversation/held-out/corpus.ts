// The frozen held-out corpus of issue 15: whole conversations written before any guide change and
// never tuned against. Do not edit an expectation to make a score go up; fix only a mistake, and say
// so in the commit message.
import { CAREGIVERS } from "./caregivers.js";
import { HARD_CASES } from "./hard-cases.js";
import { PACIENTES_ES } from "./pacientes-es.js";
import { PATIENTS_EN } from "./patients-en.js";
import type { Conversation } from "./types.js";

export type { Conversation } from "./types.js";

export const CORPUS: readonly Conversation[] = [...PATIENTS_EN, ...CAREGIVERS, ...PACIENTES_ES, ...HARD_CASES];
