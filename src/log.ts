// Structured JSON-line logs. Only ids, routes, statuses, timings and model/store names go in:
// never message text, names, dates of birth or phone numbers.

export type LogLevel = "debug" | "info" | "warn" | "error" | "silent";
type Field = string | number | boolean | null | undefined;
type LogFields = Record<string, Field>;

export interface Logger {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

/** A logger writing one JSON object per line to `sink` (console.log by default). */
export function createLogger(level: LogLevel, sink: (line: string) => void = (l) => console.log(l)): Logger {
  const write = (lvl: Exclude<LogLevel, "silent">, event: string, fields: LogFields = {}) => {
    if (ORDER[lvl] < ORDER[level]) return;
    sink(JSON.stringify({ ts: new Date().toISOString(), level: lvl, event, ...fields }));
  };
  return {
    debug: (e, f) => write("debug", e, f),
    info: (e, f) => write("info", e, f),
    warn: (e, f) => write("warn", e, f),
    error: (e, f) => write("error", e, f),
  };
}
