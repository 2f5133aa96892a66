// The LLM's daily token budgets, per conversation and per client IP, counted in the store from the
// usage each model call reports. Past either budget the guide answers the turn: the conversation
// goes on, only the spending stops.
import type { LanguageModelUsage } from "ai";
import type { AppDeps } from "../deps.js";

/** A budget's window: it starts at the counter's first use and lasts a day (it is not sliding). */
export const BUDGET_WINDOW_SECONDS = 24 * 3600;

export type BudgetScope = "session" | "ip";

interface Counter {
  scope: BudgetScope;
  key: string;
  limit: number;
}

/** The budgets one turn is checked against and charged to. */
export interface TokenBudget {
  /** The first scope whose budget is spent, or null when the LLM may answer. */
  spent(): Promise<BudgetScope | null>;
  /** Adds `tokens` to every counter; a storage failure is logged, never the turn's failure. */
  charge(tokens: number): Promise<void>;
}

/** Tokens a model call reports (input and output; cached input counts too: it is still billed). */
export function tokensUsed(usage: LanguageModelUsage): number {
  return usage.totalTokens ?? (usage.inputTokens ?? 0) + (usage.outputTokens ?? 0);
}

/**
 * The budgets for a turn of conversation `sessionId` from `ip` (none for SMS and WhatsApp, which
 * have no client IP). A budget set to "off" is not counted.
 */
export function tokenBudget(deps: AppDeps, sessionId: string, ip: string | undefined): TokenBudget {
  const { LLM_TOKENS_PER_SESSION_DAY: perSession, LLM_TOKENS_PER_IP_DAY: perIp } = deps.settings;
  const counters: Counter[] = [];
  if (perSession !== null)
    counters.push({ scope: "session", key: `llm-tokens:session:${sessionId}`, limit: perSession });
  if (perIp !== null && ip) counters.push({ scope: "ip", key: `llm-tokens:ip:${ip}`, limit: perIp });
  // The conversation's counter is erased with it (DELETE, STOP); an IP's outlives any conversation.
  const add = (counter: Counter, tokens: number) =>
    deps.store.addUsage(
      counter.key,
      tokens,
      BUDGET_WINDOW_SECONDS,
      counter.scope === "session" ? sessionId : undefined,
    );

  return {
    async spent() {
      try {
        const totals = await Promise.all(counters.map((c) => add(c, 0)));
        return counters.find((c, i) => (totals[i] ?? 0) >= c.limit)?.scope ?? null;
      } catch (error) {
        // Fail closed: a budget that cannot be read is not spent on; the guide costs nothing.
        deps.log.warn("llm.budget_unreadable", { error: error instanceof Error ? error.name : "unknown" });
        return counters[0]?.scope ?? null;
      }
    },
    async charge(tokens) {
      if (tokens <= 0) return;
      try {
        await Promise.all(counters.map((c) => add(c, tokens)));
      } catch (error) {
        deps.log.warn("llm.usage_unrecorded", { error: error instanceof Error ? error.name : "unknown" });
      }
    },
  };
}
