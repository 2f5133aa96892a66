// Reminders on Upstash Redis, beside the sessions and sealed the same way: the record is encrypted
// and bound to its HMAC key name, expires at its own expiresAt, and is found by a sorted set of the
// reminders still to send (scored by sendAt) and by owner sets (a conversation, a phone) for erasure.
import type { Redis } from "@upstash/redis/cloudflare";
import type { RedisKeys, SessionCrypto } from "../sessions/crypto.js";
import { storageUnavailable } from "../sessions/upstash-store.js";
import { withTimeout } from "../timeout.js";
import type { Reminder, ReminderStore } from "./reminder.js";

// Every key this store writes lives until the latest instant one of its reminders needs it: NX sets
// the expiry of a key that has none yet, GT only ever moves it later.
const KEEP_UNTIL = `
local function keep(key, at)
  redis.call('PEXPIREAT', key, at, 'NX')
  redis.call('PEXPIREAT', key, at, 'GT')
end`;

// KEYS: record hash, due index, owner sets. ARGV: reminder id, sealed reminder, sendAt ms,
// expiresAt ms, "1" when scheduled, owner key names (space-separated, for deleteReminder).
const SAVE_REMINDER = `${KEEP_UNTIL}
redis.call('DEL', KEYS[1])
redis.call('HSET', KEYS[1], 'd', ARGV[2], 'o', ARGV[6])
redis.call('PEXPIREAT', KEYS[1], ARGV[4])
if ARGV[5] == '1' then
  redis.call('ZADD', KEYS[2], ARGV[3], ARGV[1])
  keep(KEYS[2], ARGV[4])
else
  redis.call('ZREM', KEYS[2], ARGV[1])
end
for i = 3, #KEYS do
  redis.call('SADD', KEYS[i], ARGV[1])
  keep(KEYS[i], ARGV[4])
end
return 1`;

// KEYS: due index, then the record hash of each id in ARGV (same order). Index entries whose record
// has expired are removed; the ids still stored are answered.
const LIVE_DUE = `
local live = {}
for i = 1, #ARGV do
  if redis.call('EXISTS', KEYS[i + 1]) == 1 then
    table.insert(live, ARGV[i])
  else
    redis.call('ZREM', KEYS[1], ARGV[i])
  end
end
return live`;

// KEYS: due index, record hash, its owner sets. ARGV: the reminder id. One script: the reminder
// disappears from its record, the index and every owner set at once.
const DELETE_ONE = `
redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('DEL', KEYS[2])
for i = 3, #KEYS do redis.call('SREM', KEYS[i], ARGV[1]) end
return 1`;

// KEYS: due index, the owner's set, its reminders' record hashes. ARGV: those reminder ids.
const ERASE_OWNER = `
for i = 1, #ARGV do redis.call('ZREM', KEYS[1], ARGV[i]) end
for i = 2, #KEYS do redis.call('DEL', KEYS[i]) end
return 1`;

export interface UpstashRemindersOptions {
  redis: Redis;
  crypto: SessionCrypto;
  keys: RedisKeys;
  /** Per-call budget in milliseconds (default 2000, as the session store). */
  timeoutMs?: number;
}

/**
 * Key layout (names `{prefix}:{kind}:{HMAC}` like the session store's): `r` reminder hash {d sealed
 * reminder, o its owner set names}, expiring at the reminder's expiresAt; `q` the one due index
 * (sorted set of reminder ids by sendAt in ms); `o` an owner's set of reminder ids. Members are the
 * reminder ids themselves: random, derived from nothing about the patient, and needed back in clear
 * to load the record. Phone numbers, names and session ids only appear sealed or inside an HMAC.
 */
export class UpstashReminders implements ReminderStore {
  private readonly redis: Redis;
  private readonly crypto: SessionCrypto;
  private readonly keys: RedisKeys;
  private readonly timeoutMs: number;

  constructor(options: UpstashRemindersOptions) {
    this.redis = options.redis;
    this.crypto = options.crypto;
    this.keys = options.keys;
    this.timeoutMs = options.timeoutMs ?? 2000;
  }

  async saveReminder(reminder: Reminder, owners: string[]): Promise<void> {
    const key = await this.keys.keyFor("r", reminder.id);
    const ownerKeys = await Promise.all(owners.map((owner) => this.keys.keyFor("o", owner)));
    const sealed = await this.crypto.encryptText(JSON.stringify(reminder), `${key}|d`);
    const args = [
      reminder.id,
      sealed,
      String(Date.parse(reminder.sendAt)),
      String(Date.parse(reminder.expiresAt)),
      reminder.status === "scheduled" ? "1" : "0",
      ownerKeys.join(" "),
    ];
    const index = await this.index();
    await this.io(() => this.redis.eval(SAVE_REMINDER, [key, index, ...ownerKeys], args));
  }

  async loadReminder(id: string): Promise<Reminder | null> {
    const key = await this.keys.keyFor("r", id);
    const sealed = text(await this.io(() => this.redis.hget(key, "d")));
    if (sealed === null) return null;
    // A reminder sealed under a retired key (or damaged) cannot be sent: it is treated as gone.
    try {
      return JSON.parse(await this.crypto.decryptText(sealed, `${key}|d`)) as Reminder;
    } catch {
      return null;
    }
  }

  async dueReminders(now: Date, limit: number): Promise<string[]> {
    const index = await this.index();
    const due: string[] = [];
    // Expired records leave stale index entries behind; each round removes them, so this ends.
    while (due.length < limit) {
      const ids = (
        await this.io(() => this.redis.zrange(index, "-inf", now.getTime(), { byScore: true, offset: 0, count: limit }))
      )
        .map(String)
        .filter((id) => !due.includes(id));
      if (ids.length === 0) break;
      const keys = await Promise.all(ids.map((id) => this.keys.keyFor("r", id)));
      const live = (await this.io(() => this.redis.eval(LIVE_DUE, [index, ...keys], ids))) as unknown[];
      due.push(...live.map(String));
      if (live.length === ids.length) break;
    }
    return due.slice(0, limit);
  }

  async deleteReminder(id: string): Promise<void> {
    const key = await this.keys.keyFor("r", id);
    const index = await this.index();
    const owners = text(await this.io(() => this.redis.hget(key, "o")));
    // The owner sets only hold the id; removing it keeps them from naming a reminder that is gone.
    const ownerKeys = owners ? owners.split(" ").filter(Boolean) : [];
    await this.io(() => this.redis.eval(DELETE_ONE, [index, key, ...ownerKeys], [id]));
  }

  async deleteRemindersOf(owner: string): Promise<void> {
    const ownerKey = await this.keys.keyFor("o", owner);
    const ids = (await this.io(() => this.redis.smembers(ownerKey))).map(String);
    const keys = await Promise.all(ids.map((id) => this.keys.keyFor("r", id)));
    const index = await this.index();
    await this.io(() => this.redis.eval(ERASE_OWNER, [index, ownerKey, ...keys], ids));
  }

  private index(): Promise<string> {
    return this.keys.keyFor("q", "due");
  }

  /** One Redis call under the timeout; a failure of the call becomes the store's 503. */
  private async io<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await withTimeout(call(), this.timeoutMs);
    } catch {
      throw storageUnavailable();
    }
  }
}

/** A string reply, whatever the client's deserialization made of it. */
function text(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === "string" ? value : JSON.stringify(value);
}
