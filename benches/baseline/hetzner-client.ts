/**
 * Baseline Hetzner Cloud API client, written the way plan 03-02
 * (03-02-PLAN, the original design note) describes it:
 *
 *  - class HetznerClient, constructor `{ apiToken, baseUrl? }`
 *  - a private `request<T>()` built on `fetch` and `backOff()` from the
 *    `exponential-backoff` package (5 attempts, 1 s starting delay, x2,
 *    30 s max delay, full jitter)
 *  - 429 handling via the RateLimit-Reset header, parsing of the Hetzner
 *    error body `{ error: { code, message } }`, a warning whenever
 *    RateLimit-Remaining drops below 100
 *  - one public method per endpoint the provisioning workflow needs, plus
 *    `listServers()` and a `waitForAction()` that polls a single action on
 *    its own (one GET /actions/{id} per action per poll interval).
 *
 * This is the benchmark's "hand-written TypeScript client" contender; it is
 * deliberately plain and does not batch, cache or coalesce anything.
 */

import { backOff } from 'exponential-backoff';

import type {
  Action,
  ActionResponse,
  ActionsResponse,
  ApiErrorBody,
  CreateFirewallRequest,
  CreateServerRequest,
  CreateServerResponse,
  CreateSSHKeyRequest,
  FirewallResponse,
  ListServersParams,
  ServerResponse,
  ServersListResponse,
  SSHKeyResponse,
} from './types.js';

export type * from './types.js';

const DEFAULT_BASE_URL = 'https://api.hetzner.cloud/v1';

/** Retry policy from the plan. */
const BACKOFF_NUM_OF_ATTEMPTS = 5;
const BACKOFF_STARTING_DELAY_MS = 1000;
const BACKOFF_TIME_MULTIPLE = 2;
const BACKOFF_MAX_DELAY_MS = 30000;

/** Warn when fewer than this many requests are left in the rate-limit window. */
const RATE_LIMIT_WARNING_THRESHOLD = 100;

/** Default upper bound for waitForAction(). */
const DEFAULT_ACTION_TIMEOUT_MS = 10 * 60 * 1000;

type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface HetznerClientOptions {
  apiToken: string;
  baseUrl?: string;
}

export interface HetznerApiErrorInit {
  method: string;
  endpoint: string;
  status: number;
  code: string;
  message: string;
  retryable: boolean;
  retryAfterMs?: number;
  cause?: unknown;
}

/**
 * Error thrown for every failed request. `status` is 0 for network errors
 * (no HTTP response at all).
 */
export class HetznerApiError extends Error {
  readonly method: string;
  readonly endpoint: string;
  readonly status: number;
  readonly code: string;
  readonly retryable: boolean;
  readonly retryAfterMs: number | undefined;

  constructor(init: HetznerApiErrorInit) {
    const statusText = init.status === 0 ? 'network error' : `HTTP ${init.status}`;
    super(
      `Hetzner API ${init.method} ${init.endpoint} failed (${statusText}, ${init.code}): ${init.message}`,
      init.cause === undefined ? undefined : { cause: init.cause },
    );
    this.name = 'HetznerApiError';
    this.method = init.method;
    this.endpoint = init.endpoint;
    this.status = init.status;
    this.code = init.code;
    this.retryable = init.retryable;
    this.retryAfterMs = init.retryAfterMs;
  }
}

/** Debug output is off unless HETZNER_CLIENT_DEBUG is set in the environment. */
function debugEnabled(): boolean {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  return Boolean(env?.HETZNER_CLIENT_DEBUG);
}

const logger = {
  debug(message: string): void {
    if (debugEnabled()) console.debug(`[hetzner-client] ${message}`);
  },
  warn(message: string): void {
    console.warn(`[hetzner-client] ${message}`);
  },
};

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * RateLimit-Reset is a UNIX timestamp in seconds. Returns how long to wait
 * until then, clamped to [0, maxDelay]; 0 when the header is absent/invalid.
 */
function rateLimitWaitMs(resetHeader: string | null): number {
  if (resetHeader === null) return 0;
  const resetSeconds = Number.parseInt(resetHeader, 10);
  if (!Number.isFinite(resetSeconds)) return 0;
  const waitMs = resetSeconds * 1000 - Date.now();
  return Math.min(Math.max(waitMs, 0), BACKOFF_MAX_DELAY_MS);
}

/** Extracts `{ error: { code, message } }`, falling back to the raw text. */
async function parseErrorBody(response: Response): Promise<{ code: string; message: string }> {
  let text = '';
  try {
    text = await response.text();
  } catch {
    // Body unreadable: fall through to the generic message.
  }
  if (text) {
    try {
      const parsed = JSON.parse(text) as Partial<ApiErrorBody>;
      if (parsed && typeof parsed === 'object' && parsed.error && typeof parsed.error === 'object') {
        return {
          code: String(parsed.error.code ?? 'unknown'),
          message: String(parsed.error.message ?? response.statusText),
        };
      }
    } catch {
      // Not JSON: use the text itself.
    }
    return { code: 'unknown', message: text.slice(0, 200) };
  }
  return { code: 'unknown', message: response.statusText || 'empty response body' };
}

export class HetznerClient {
  private readonly apiToken: string;
  private readonly baseUrl: string;

  constructor({ apiToken, baseUrl = DEFAULT_BASE_URL }: HetznerClientOptions) {
    if (!apiToken) {
      throw new Error('HetznerClient: apiToken is required');
    }
    this.apiToken = apiToken;
    this.baseUrl = baseUrl.replace(/\/+$/, '');
  }

  // ---------------------------------------------------------------- servers

  /** POST /servers */
  createServer(params: CreateServerRequest): Promise<CreateServerResponse> {
    return this.request<CreateServerResponse>('POST', '/servers', params);
  }

  /** GET /servers/{id} */
  getServer(serverId: number): Promise<ServerResponse> {
    return this.request<ServerResponse>('GET', `/servers/${serverId}`);
  }

  /** GET /servers?page=&per_page=… (one page) */
  listServers(params: ListServersParams = {}): Promise<ServersListResponse> {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) {
      if (value !== undefined && value !== null) query.set(key, String(value));
    }
    const qs = query.toString();
    return this.request<ServersListResponse>('GET', qs ? `/servers?${qs}` : '/servers');
  }

  /** DELETE /servers/{id} */
  async deleteServer(serverId: number): Promise<void> {
    await this.request<unknown>('DELETE', `/servers/${serverId}`);
  }

  /** GET /servers/{id}/actions */
  getServerActions(serverId: number): Promise<ActionsResponse> {
    return this.request<ActionsResponse>('GET', `/servers/${serverId}/actions`);
  }

  // ---------------------------------------------------------------- actions

  /** GET /actions/{id} */
  getAction(actionId: number): Promise<ActionResponse> {
    return this.request<ActionResponse>('GET', `/actions/${actionId}`);
  }

  /**
   * Polls GET /actions/{id} on its own until the action leaves `running`.
   * Waits `pollIntervalMs` before every poll. Resolves with the finished
   * action on `success`; rejects when it ends in `error` or takes longer
   * than `timeoutMs`.
   */
  async waitForAction(
    actionId: number,
    pollIntervalMs = 1000,
    timeoutMs = DEFAULT_ACTION_TIMEOUT_MS,
  ): Promise<Action> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await sleep(pollIntervalMs);
      const { action } = await this.getAction(actionId);
      if (action.status === 'success') {
        return action;
      }
      if (action.status === 'error') {
        throw new HetznerApiError({
          method: 'GET',
          endpoint: `/actions/${actionId}`,
          status: 200,
          code: action.error?.code ?? 'action_failed',
          message: action.error?.message ?? `action ${actionId} (${action.command}) failed`,
          retryable: false,
        });
      }
      if (Date.now() >= deadline) {
        throw new Error(
          `HetznerClient: action ${actionId} still '${action.status}' after ${timeoutMs} ms`,
        );
      }
      logger.debug(`action ${actionId} ${action.status} (${action.progress}%)`);
    }
  }

  // --------------------------------------------------------------- SSH keys

  /** POST /ssh_keys */
  createSSHKey(params: CreateSSHKeyRequest): Promise<SSHKeyResponse> {
    return this.request<SSHKeyResponse>('POST', '/ssh_keys', params);
  }

  /** DELETE /ssh_keys/{id} */
  async deleteSSHKey(keyId: number): Promise<void> {
    await this.request<unknown>('DELETE', `/ssh_keys/${keyId}`);
  }

  // -------------------------------------------------------------- firewalls

  /** POST /firewalls */
  createFirewall(params: CreateFirewallRequest): Promise<FirewallResponse> {
    return this.request<FirewallResponse>('POST', '/firewalls', params);
  }

  /** GET /firewalls/{id} */
  getFirewall(firewallId: number): Promise<FirewallResponse> {
    return this.request<FirewallResponse>('GET', `/firewalls/${firewallId}`);
  }

  // ---------------------------------------------------------------- plumbing

  /**
   * Sends one API request with exponential backoff. Transient failures
   * (network errors, 429, 5xx) are retried up to 5 attempts in total; other
   * 4xx responses fail at once. On 429 the client also waits until
   * RateLimit-Reset (capped at 30 s) before the backoff delay.
   */
  private async request<T>(method: HttpMethod, endpoint: string, body?: unknown): Promise<T> {
    const url = `${this.baseUrl}${endpoint}`;
    const headers: Record<string, string> = {
      Authorization: `Bearer ${this.apiToken}`,
      Accept: 'application/json',
    };
    const payload = body === undefined ? undefined : JSON.stringify(body);
    if (payload !== undefined) headers['Content-Type'] = 'application/json';

    return backOff<T>(
      async () => {
        let response: Response;
        try {
          response = await fetch(url, { method, headers, body: payload });
        } catch (cause) {
          throw new HetznerApiError({
            method,
            endpoint,
            status: 0,
            code: 'network_error',
            message: cause instanceof Error ? cause.message : String(cause),
            retryable: true,
            cause,
          });
        }

        this.checkRateLimit(response, method, endpoint);

        if (response.status === 429) {
          const waitMs = rateLimitWaitMs(response.headers.get('RateLimit-Reset'));
          const { code, message } = await parseErrorBody(response);
          throw new HetznerApiError({
            method,
            endpoint,
            status: 429,
            code: code === 'unknown' ? 'rate_limit_exceeded' : code,
            message: `${message} (rate limit resets in ${waitMs} ms)`,
            retryable: true,
            retryAfterMs: waitMs,
          });
        }

        if (!response.ok) {
          const { code, message } = await parseErrorBody(response);
          throw new HetznerApiError({
            method,
            endpoint,
            status: response.status,
            code,
            message,
            retryable: response.status >= 500,
          });
        }

        if (response.status === 204) {
          return undefined as T;
        }
        const text = await response.text();
        return (text ? JSON.parse(text) : undefined) as T;
      },
      {
        numOfAttempts: BACKOFF_NUM_OF_ATTEMPTS,
        startingDelay: BACKOFF_STARTING_DELAY_MS,
        timeMultiple: BACKOFF_TIME_MULTIPLE,
        maxDelay: BACKOFF_MAX_DELAY_MS,
        jitter: 'full',
        retry: async (error: unknown, attemptNumber: number) => {
          if (!(error instanceof HetznerApiError) || !error.retryable) {
            return false;
          }
          logger.debug(
            `${method} ${endpoint}: attempt ${attemptNumber}/${BACKOFF_NUM_OF_ATTEMPTS} failed: ${error.message}`,
          );
          if (error.retryAfterMs && attemptNumber < BACKOFF_NUM_OF_ATTEMPTS) {
            await sleep(error.retryAfterMs);
          }
          return true;
        },
      },
    );
  }

  /** Logs a warning when the rate-limit budget is running low. */
  private checkRateLimit(response: Response, method: string, endpoint: string): void {
    const remainingHeader = response.headers.get('RateLimit-Remaining');
    if (remainingHeader === null) return;
    const remaining = Number.parseInt(remainingHeader, 10);
    if (Number.isFinite(remaining) && remaining < RATE_LIMIT_WARNING_THRESHOLD) {
      const limit = response.headers.get('RateLimit-Limit') ?? '?';
      logger.warn(
        `rate limit low after ${method} ${endpoint}: ${remaining}/${limit} requests remaining`,
      );
    }
  }
}

export default HetznerClient;
