// Model selection: an OpenAI (or OpenAI-compatible) chat model when a key is set, else the guide.
import { createOpenAI } from "@ai-sdk/openai";
import type { LanguageModelV4 } from "@ai-sdk/provider";
import type { Settings } from "../config.js";
import type { AppDeps } from "../deps.js";
import { createGuideModel } from "./guide/model.js";

/**
 * Default model id when OPENAI_MODEL is unset. gpt-5.4-mini is the newest id that @ai-sdk/openai
 * 4.0.118 lists with an explicit small tier ("mini"; the luna/sol/terra names do not say their
 * size), it serves Chat Completions and tool calls, and a small fast model fits this job: short
 * replies that mostly pick tools, within LLM_TIMEOUT_MS (and the 8 s SMS budget).
 */
export const DEFAULT_OPENAI_MODEL = "gpt-5.4-mini";

type Fetch = typeof globalThis.fetch;

const OPENAI_BASE_URL = "https://api.openai.com/v1";

/**
 * The LLM for these settings, or null without OPENAI_API_KEY. Always Chat Completions
 * (`.chat(id)`): it is what OpenAI-compatible servers (vLLM, Ollama, gateways) implement, so one
 * code path serves OpenAI and OPENAI_BASE_URL alike. `fetch` lets the eval count calls.
 */
export function createLlmModel(settings: Settings, fetch?: Fetch): LanguageModelV4 | null {
  if (!settings.OPENAI_API_KEY) return null;
  // Key and base URL always come from our validated settings, so the provider never falls back to
  // reading process.env itself.
  const provider = createOpenAI({
    apiKey: settings.OPENAI_API_KEY,
    baseURL: (settings.OPENAI_BASE_URL ?? OPENAI_BASE_URL).replace(/\/+$/, ""),
    ...(fetch ? { fetch } : {}),
  });
  return provider.chat(settings.OPENAI_MODEL ?? DEFAULT_OPENAI_MODEL);
}

/** The model that answers turns (what /healthz reports). */
export function selectModel(settings: Settings): AppDeps["model"] {
  const llm = createLlmModel(settings);
  return llm ? { name: "openai", model: llm } : { name: "guide", model: createGuideModel() };
}
