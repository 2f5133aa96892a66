// Bundle-time stand-in for @ai-sdk/gateway (wrangler.toml [alias]). recordpath always hands the AI
// SDK a model object (the guide or @ai-sdk/openai), never a string id, so Vercel's AI Gateway is
// never reached; the SDK still imports it, which costs 80 KB. Any use fails loudly instead.

/** Never thrown by recordpath's own models; kept so the SDK's error checks work. */
export class GatewayError extends Error {
  readonly isRetryable = false;
  static isInstance(error: unknown): error is GatewayError {
    return error instanceof GatewayError;
  }
}

export class GatewayAuthenticationError extends GatewayError {
  static override isInstance(error: unknown): error is GatewayAuthenticationError {
    return error instanceof GatewayAuthenticationError;
  }
}

function refuse(): never {
  throw new Error("recordpath does not use the AI Gateway: pass a model object, not a model id string.");
}

export function createGateway(): never {
  refuse();
}

/** Every property and call refuses. */
export const gateway: unknown = new Proxy(refuse, { get: () => refuse, apply: refuse });
