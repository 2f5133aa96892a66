// Reminders in memory: the embedded default beside the memory store. Values are kept as serialized
// copies; an expired reminder is gone on the next read or sweep, as a Redis key would be.
import type { Reminder, ReminderStore } from "./reminder.js";

interface Entry {
  value: string;
  sendAt: number;
  scheduled: boolean;
  expiresAt: number;
  owners: string[];
}

export class MemoryReminders implements ReminderStore {
  private readonly reminders = new Map<string, Entry>();
  private readonly owned = new Map<string, Set<string>>();

  constructor(private readonly now: () => number = Date.now) {}

  async saveReminder(reminder: Reminder, owners: string[]): Promise<void> {
    this.drop(reminder.id);
    this.reminders.set(reminder.id, {
      value: JSON.stringify(reminder),
      sendAt: Date.parse(reminder.sendAt),
      scheduled: reminder.status === "scheduled",
      expiresAt: Date.parse(reminder.expiresAt),
      owners,
    });
    for (const owner of owners) {
      const ids = this.owned.get(owner) ?? new Set<string>();
      ids.add(reminder.id);
      this.owned.set(owner, ids);
    }
  }

  async loadReminder(id: string): Promise<Reminder | null> {
    const entry = this.live(id);
    return entry ? (JSON.parse(entry.value) as Reminder) : null;
  }

  async dueReminders(now: Date, limit: number): Promise<string[]> {
    const due: Array<[number, string]> = [];
    for (const id of [...this.reminders.keys()]) {
      const entry = this.live(id);
      if (entry?.scheduled && entry.sendAt <= now.getTime()) due.push([entry.sendAt, id]);
    }
    return due
      .sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]))
      .slice(0, limit)
      .map(([, id]) => id);
  }

  async deleteReminder(id: string): Promise<void> {
    this.drop(id);
  }

  async deleteRemindersOf(owner: string): Promise<void> {
    for (const id of this.owned.get(owner) ?? []) this.drop(id);
    this.owned.delete(owner);
  }

  /** How many reminders are held (expired ones included until read): for tests of erasure. */
  get size(): number {
    return this.reminders.size;
  }

  private live(id: string): Entry | undefined {
    const entry = this.reminders.get(id);
    if (entry && entry.expiresAt <= this.now()) {
      this.drop(id);
      return undefined;
    }
    return entry;
  }

  private drop(id: string): void {
    const entry = this.reminders.get(id);
    if (!entry) return;
    this.reminders.delete(id);
    for (const owner of entry.owners) {
      const ids = this.owned.get(owner);
      ids?.delete(id);
      if (ids?.size === 0) this.owned.delete(owner);
    }
  }
}
