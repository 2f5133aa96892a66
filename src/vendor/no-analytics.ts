// Bundle-time stand-in for @upstash/core-analytics (wrangler.toml [alias]). recordpath creates its
// rate limiters with `analytics: false`, so @upstash/ratelimit never constructs this; shipping the
// real package would only add weight. Constructing it fails loudly.
export class Analytics {
  constructor() {
    throw new Error("Rate-limit analytics are off in recordpath (analytics: false).");
  }
}
