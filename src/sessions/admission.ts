// Load shedding: how many turns this isolate answers at once. A turn over the limit is refused
// before any work (503 with Retry-After, or the SMS "send again" text) instead of failing after its
// reply was written. The limit halves when storage stops answering turns' saves in time and climbs
// back by one per save that lands, so a struggling store gets fewer writers, not more.
import type { AppDeps } from "../deps.js";
import type { AppError } from "../errors.js";
import { patientError } from "../i18n/errors.js";

/** A slot not given back after this long is dropped: a lost release must not close the gate for good. */
const SLOT_MS = 120_000;
/** The limit is halved at most this often, so one burst of timeouts counts once. */
const CUT_EVERY_MS = 1000;

/** Gives a turn's slot back; calling it again does nothing. */
export type Release = () => void;

/** The in-flight turn count of one app (one isolate in the Worker) and its adaptive limit. */
export class TurnGate {
  private readonly slots = new Map<number, number>();
  private nextSlot = 0;
  private limit: number;
  private lastCut = Number.NEGATIVE_INFINITY;
  private readonly floor: number;

  /** `max`: MAX_CONCURRENT_TURNS. `now`: milliseconds (tests pass their own). */
  constructor(
    private readonly max: number,
    private readonly now: () => number = Date.now,
  ) {
    this.limit = max;
    this.floor = Math.max(1, Math.ceil(max / 16));
  }

  /** Turns being answered now. */
  get inFlight(): number {
    return this.slots.size;
  }

  /** How many turns may run at once right now. */
  get currentLimit(): number {
    return Math.floor(this.limit);
  }

  /** A release for the turn when it may start; null when it must be refused. */
  tryEnter(): Release | null {
    const now = this.now();
    if (this.slots.size >= this.currentLimit) {
      for (const [slot, since] of this.slots) if (now - since > SLOT_MS) this.slots.delete(slot);
      if (this.slots.size >= this.currentLimit) return null;
    }
    const slot = this.nextSlot++;
    this.slots.set(slot, now);
    return () => {
      this.slots.delete(slot);
    };
  }

  /** Records whether storage answered a turn's save in time: a timeout halves the limit, an answer adds one. */
  storeAnswered(ok: boolean): void {
    if (ok) {
      this.limit = Math.min(this.max, this.limit + 1);
      return;
    }
    const now = this.now();
    if (now - this.lastCut < CUT_EVERY_MS) return;
    this.lastCut = now;
    this.limit = Math.max(this.floor, this.limit / 2);
  }

  /**
   * The 503 a refused turn gets. Retry-After is spread (1–3 seconds, 3–5 while storage is struggling
   * and the limit is below its maximum) so refused clients do not all come back at once.
   */
  refusal(): AppError {
    const seconds = (this.limit < this.max ? 3 : 1) + Math.floor(Math.random() * 3);
    return patientError("unavailable", "overloaded", { headers: { "Retry-After": String(seconds) } });
  }
}

// One gate per app, found from its deps so every channel shares it without new wiring. In the
// Worker the app is built once per isolate, so this is the isolate's count.
const gates = new WeakMap<AppDeps, TurnGate>();

/** The turn gate of the app built from `deps` (created on first use with MAX_CONCURRENT_TURNS). */
export function turnGate(deps: AppDeps): TurnGate {
  let gate = gates.get(deps);
  if (!gate) {
    gate = new TurnGate(deps.settings.MAX_CONCURRENT_TURNS);
    gates.set(deps, gate);
  }
  return gate;
}
