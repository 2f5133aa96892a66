// A small English detector for Spanish output: the sentences the app's own language detector reads as
// English, leaving out «quoted» source text (marked as such where it is English) and web addresses.
import { detectLanguage } from "../../src/i18n/detect.js";

export function englishSentences(text: string): string[] {
  const ours = text.replace(/«[^»]*»/g, " ").replace(/\bhttps?:\/\/\S+/g, " ");
  return ours.split(/(?<=[.!?:;])\s+/).filter((sentence) => detectLanguage(sentence) === "en");
}
