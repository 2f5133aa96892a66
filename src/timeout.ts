// One way to stop waiting: a promise raced against a timer that is always cleared, so a slow Redis
// call, rate-limit check, LLM turn or SMS reply gives up on time without leaving a timer behind.

/** The rejection withTimeout gives when the time runs out (a DOMException, like AbortSignal.timeout's). */
function timeoutError(ms: number): DOMException {
  return new DOMException(`Gave up after ${ms} ms.`, "TimeoutError");
}

/**
 * Settles as `promise` does, or rejects with timeoutError(ms) once `ms` have passed, calling
 * `onTimeout` first (to abort the work that is being given up on). The timer is cleared either way.
 * The promise itself keeps running: pass it an AbortSignal that onTimeout aborts if it must stop.
 */
export async function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout?: () => void): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout?.();
      reject(timeoutError(ms));
    }, ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
