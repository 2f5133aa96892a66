import { type EngineText, en } from "../en/index.js";
export const es: EngineText = en;
