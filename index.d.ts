/** Error codes produced by the client itself; API codes (`not_found`, `uniqueness_error`, ...) pass through. */
export type ClientErrorCode =
  | 'network_error'
  | 'request_timeout'
  | 'deadline_exceeded'
  | 'aborted'
  | 'invalid_response'
  | 'invalid_argument'
  | 'wait_timeout'
  | 'action_failed'

/** What `new HetznerError(fields)` takes: the fields the error carries. */
export interface HetznerErrorFields {
  code: ClientErrorCode | (string & {})
  message: string
  status?: number | null
  method?: string | null
  path?: string | null
  correlationId?: string | null
  details?: Record<string, unknown> | null
  /** Defaults to 0. */
  attempts?: number | null
  action?: Action | null
  /** Sets `maybeApplied` on the error when true. */
  maybeApplied?: boolean | null
}

/** Every rejection of a `HetznerClient` method. The message names code, status, method and path. */
export declare class HetznerError extends Error {
  /** Keys that are null or left out are not set on the error. */
  constructor(fields: HetznerErrorFields)
  readonly name: 'HetznerError'
  /** The API's `error.code` (e.g. `not_found`, `uniqueness_error`, `rate_limit_exceeded`) or a {@link ClientErrorCode}. */
  readonly code: ClientErrorCode | (string & {})
  /** HTTP status, when a response arrived. */
  readonly status?: number
  readonly method?: string
  readonly path?: string
  /** The `X-Correlation-Id` response header, for Hetzner support. */
  readonly correlationId?: string
  /** The API's `error.details`; for `invalid_input`: `{ fields: [{ name, messages }] }`. */
  readonly details?: Record<string, unknown>
  /** HTTP attempts made for the call. */
  readonly attempts: number
  /** The failed action, when `waitForAction` saw it end in `error`. */
  readonly action?: Action
}


/**
 * A Hetzner Cloud API client. Every method returns a promise and takes an optional last
 * argument `{ signal, timeoutMs, deadlineMs }`; every rejection is a `HetznerError`.
 */
export declare class HetznerClient {
  constructor(options: ClientOptions)
  /** The `RateLimit-*` headers of the last response for this project, or null before any. */
  get rateLimit(): RateLimit | null
  /**
   * Any operation of the API, by method and path (e.g. `'GET', '/locations'`), with retries,
   * the rate-limit budget, error handling and the recovery of the operation the path
   * addresses; resolves with the parsed JSON body.
   * @deprecated Every operation has its own typed method now (e.g. `listLocations()`).
   */
  request(method: string, path: string, request?: { query?: Record<string, string | number | boolean | Array<string | number>>, body?: unknown }, options?: CallOptions): Promise<unknown>
  /**
   * Resolves with the finished action once its status is `success`; rejects with the
   * action's error code (the action attached as `err.action`), `wait_timeout` or `aborted`.
   */
  waitForAction(action: Action | number, options?: WaitOptions): Promise<Action>
  /** Waits for several actions at once (they share the poller's batched requests). */
  waitForActions(actions: Array<Action | number>, options?: WaitOptions): Promise<Array<Action>>
}

/** A stateful Hetzner Cloud API on loopback, for tests and demos. */
export declare class HetznerEmulator {
  /** Starts an emulator on 127.0.0.1. */
  static start(options?: EmulatorOptions | undefined | null): Promise<HetznerEmulator>
  /** Base URL to give `HetznerClient`, e.g. `http://127.0.0.1:PORT/v1`. */
  get url(): string
  /** Adds one fault or several. */
  inject(fault: FaultSpec | Array<FaultSpec>): Promise<void>
  /** Removes all faults not yet used up. */
  clearFaults(): Promise<void>
  /** Forgets all resources, faults, the request log and the rate-limit buckets. */
  reset(): Promise<void>
  /** Makes the next created resources and actions take ids from `id` on. */
  setNextId(id: number): Promise<void>
  /** Makes the next `times` actions with this command end in `error`. */
  failNextActions(command: string, times: number, code: string, message: string): Promise<void>
  /** The requests served so far, oldest first (control requests excluded). */
  requests(): Promise<Array<LoggedRequest>>
  /**
   * Writes the request log, with every response body, as JSON to `path` (for debugging, and
   * for checking responses against the API document).
   */
  saveRequests(path: string): Promise<void>
  /** Stops serving and closes all connections. */
  stop(): Promise<void>
}

/** Per-call options, accepted as the last argument of every method. */
export interface CallOptions {
  /** Per HTTP attempt; the client's `timeoutMs` when unset. */
  timeoutMs?: number
  /** For the whole call, retries and waits included. */
  deadlineMs?: number
  /** Aborts the call: it rejects with `aborted` and its HTTP request is closed. */
  signal?: AbortSignal
}

/** Settings of a `HetznerClient`. */
export interface ClientOptions {
  /** The project's API token (required). */
  apiToken: string
  /** Default `https://api.hetzner.cloud/v1`. */
  baseUrl?: string
  retry?: RetryOptions
  /** Per HTTP attempt (default 30000). */
  timeoutMs?: number
  /** First interval of the action poller (default 1000); it stretches for long actions. */
  pollIntervalMs?: number
  /** Default limit of `waitForAction` (default 1800000, 30 minutes). */
  waitTimeoutMs?: number
  /** Appended to `hcloud-native/<version>` in the User-Agent header. */
  userAgent?: string
  rateLimit?: RateLimitOptions
  /**
   * Largest response body read (default 33554432, 32 MiB; from 1024 to 268435456); a larger
   * one fails the call with `invalid_response`.
   */
  maxResponseBytes?: number
  /** Defaults to `console.warn` for warnings and silence for debug events. */
  logger?: Logger
}

/** Settings of `HetznerEmulator.start`. */
export interface EmulatorOptions {
  /** TCP port on 127.0.0.1; 0 (default) picks a free one. */
  port?: number
  /** Accept only this Bearer token (default: any non-empty token). */
  token?: string
  /** How long an action runs, in emulated milliseconds (default 500). */
  actionDurationMs?: number
  /** Emulated time runs this many times faster than real time (default 1). */
  timeScale?: number
  /** The request budget per token; `false` turns it off (default 3600 with a refill of 1/s). */
  rateLimit?: { limit: number, refillPerSecond: number } | false
  /** Seeds probabilistic faults, passwords and addresses (default 0). */
  seed?: number
  /** Print one line per request to stdout (default false). */
  logRequests?: boolean
}

/** A fault to inject into the next matching requests. */
export interface FaultSpec {
  /** HTTP method to match (default: any). */
  method?: string
  /** Path pattern including `/v1`: `*` matches one segment, `**` the rest. */
  path: string
  /** Apply to the next N matches (default 1 unless `probability` is set). */
  times?: number
  /** Apply with this probability (deterministic under the seed). */
  probability?: number
  kind: 'status' | 'delay' | 'drop_before' | 'drop_after' | 'malformed' | 'truncated' | 'trickle'
  /** For `status`: the HTTP status, error code, message, details and extra headers. */
  status?: number
  code?: string
  message?: string
  details?: Record<string, unknown>
  headers?: Record<string, string>
  /** For `delay`. */
  ms?: number
  /** For `trickle`. */
  bytes_per_second?: number
}

/** One request the emulator served. */
export interface LoggedRequest {
  method: string
  path: string
  query: string
  status: number
  /** The fault applied, if any. */
  fault?: string
  /** Real milliseconds since the emulator started. */
  atMs: number
  /**
   * The API document's path template of the operation that answered (e.g.
   * `/servers/{id}`); null when no operation did (an unknown path).
   */
  operation?: string
}

/** Receives the client's log events. Never given the token, request bodies or passwords. */
export interface Logger {
  /** Each retry: attempt, delay, reason, method and path. */
  debug?: (msg: string, fields?: Record<string, unknown>) => void
  /** The rate-limit budget fell below 100 requests (once per crossing). */
  warn?: (msg: string, fields?: Record<string, unknown>) => void
}

/** The `RateLimit-*` headers of the last response. */
export interface RateLimit {
  limit: number
  remaining: number
  /** UNIX seconds at which the budget is full again. */
  reset: number
}

/** How calls spend the project's request budget. */
export interface RateLimitOptions {
  /** `'adaptive'` (default) waits for the refill instead of drawing 429s; `'off'` only reacts to 429. */
  mode?: 'adaptive' | 'off'
  /** Requests to leave for other users of the same token (default 0). */
  reserve?: number
  /**
   * Share one budget through Redis with every process and machine that uses the same store
   * and token: `'redis://host:6379'`, or `{ url, prefix }` (key prefix, default
   * `'hcloud-native:'`). Unreachable Redis: the in-process budget takes over, with one warning.
   */
  store?: string | { url: string; prefix?: string }
}

/** Backoff between attempts: attempt n waits `min(maxDelayMs, initialDelayMs * multiplier^(n-1))`. */
export interface RetryOptions {
  /** Attempts in total, the first included (default 5, at most 100). */
  maxAttempts?: number
  /** Delay before the second attempt (default 1000). */
  initialDelayMs?: number
  /** Growth per attempt (default 2). */
  multiplier?: number
  /** Upper bound of one delay (default 30000). */
  maxDelayMs?: number
  /** `'full'` draws each delay uniformly from [0, delay] (default); `'none'` sleeps the delay. */
  jitter?: 'full' | 'none'
}

/** Options of `waitForAction` and `waitForActions`. */
export interface WaitOptions {
  /** Give up after this long with `wait_timeout` (default: the client's `waitTimeoutMs`). */
  timeoutMs?: number
  signal?: AbortSignal
  /** Called with the action each time its progress changes. */
  onProgress?: (action: Action) => void
}

// Generated by scripts/generate.mjs from the Hetzner Cloud API document: do not edit, run `npm run generate`.
// ---- The whole API, from the operation table (declaration merging with the class above) ----

/** A list call: `await` resolves one page; `for await` walks every item of every page (pages fetched ahead in parallel). */
export interface ListRequest<Page, Item> extends Promise<Page>, AsyncIterable<Item> {}

export interface HetznerError {
  /** True when a request that is not sent twice (see the README) may have been applied although its answer was lost. */
  readonly maybeApplied?: boolean
}

export interface HetznerClient {
  /**
   * `GET /actions` · get_actions
   * Lost answer: sent again (idempotent).
   */
  getActions(query: GetActionsQuery, options?: CallOptions): Promise<GetActionsResponse>
  /**
   * `GET /actions/{id}` · get_action
   * Lost answer: sent again (idempotent).
   */
  getAction(id: number, options?: CallOptions): Promise<GetActionResponse>
  /**
   * `GET /certificates` · list_certificates
   * `await`: one page; `for await`: every item of `certificates` on every page.
   * Lost answer: sent again (idempotent).
   */
  listCertificates(query?: ListCertificatesQuery, options?: CallOptions): ListRequest<ListCertificatesResponse, ListCertificatesResponse["certificates"][number]>
  /**
   * `POST /certificates` · create_certificate
   * Lost answer: looked up by name (`GET /certificates?name=`) and matched (labels, creation time, `type`); never created twice.
   */
  createCertificate(body: CreateCertificateRequest, options?: CallOptions): Promise<CreateCertificateResponse>
  /**
   * `GET /certificates/actions` · list_certificates_actions
   * `await`: one page; `for await`: every item of `actions` on every page.
   * Lost answer: sent again (idempotent).
   */
  listCertificatesActions(query?: ListCertificatesActionsQuery, options?: CallOptions): ListRequest<ListCertificatesActionsResponse, ListCertificatesActionsResponse["actions"][number]>
  /**
   * `GET /certificates/actions/{id}` · get_certificates_action
   * Lost answer: sent again (idempotent).
   */
  getCertificatesAction(id: number, options?: CallOptions): Promise<GetCertificatesActionResponse>
  /**
   * `GET /certificates/{id}` · get_certificate
   * Lost answer: sent again (idempotent).
   */
  getCertificate(id: number, options?: CallOptions): Promise<GetCertificateResponse>
  /**
   * `PUT /certificates/{id}` · update_certificate
   * Lost answer: sent again (idempotent).
   */
  updateCertificate(id: number, body: UpdateCertificateRequest, options?: CallOptions): Promise<UpdateCertificateResponse>
  /**
   * `DELETE /certificates/{id}` · delete_certificate
   * Lost answer: sent again; a 404 after it resolves (already deleted).
   */
  deleteCertificate(id: number, options?: CallOptions): Promise<void>
  /**
   * `GET /certificates/{id}/actions` · list_certificate_actions
   * `await`: one page; `for await`: every item of `actions` on every page.
   * Lost answer: sent again (idempotent).
   */
  listCertificateActions(id: number, query?: ListCertificateActionsQuery, options?: CallOptions): ListRequest<ListCertificateActionsResponse, ListCertificateActionsResponse["actions"][number]>
  /**
   * `POST /certificates/{id}/actions/retry` · retry_certificate
   * Lost answer: found among `GET /certificates/{id}/actions` (command `issue_certificate`) before it is sent again.
   */
  retryCertificate(id: number, options?: CallOptions): Promise<RetryCertificateResponse>
  /**
   * `GET /firewalls` · list_firewalls
   * `await`: one page; `for await`: every item of `firewalls` on every page.
   * Lost answer: sent again (idempotent).
   */
  listFirewalls(query?: ListFirewallsQuery, options?: CallOptions): ListRequest<ListFirewallsResponse, ListFirewallsResponse["firewalls"][number]>
  /**
   * `POST /firewalls` · create_firewall
   * Lost answer: looked up by name (`GET /firewalls?name=`) and matched (labels, creation time); never created twice.
   */
  createFirewall(body: CreateFirewallRequest, options?: CallOptions): Promise<CreateFirewallResponse>
  /**
   * `GET /firewalls/actions` · list_firewalls_actions
   * `await`: one page; `for await`: every item of `actions` on every page.
   * Lost answer: sent again (idempotent).
   */
  listFirewallsActions(query?: ListFirewallsActionsQuery, options?: CallOptions): ListRequest<ListFirewallsActionsResponse, ListFirewallsActionsResponse["actions"][number]>
  /**
   * `GET /firewalls/actions/{id}` · get_firewalls_action
   * Lost answer: sent again (idempotent).
   */
  getFirewallsAction(id: number, options?: CallOptions): Promise<GetFirewallsActionResponse>
  /**
   * `GET /firewalls/{id}` · get_firewall
   * Lost answer: sent again (idempotent).
   */
  getFirewall(id: number, options?: CallOptions): Promise<GetFirewallResponse>
  /**
   * `PUT /firewalls/{id}` · update_firewall
   * Lost answer: sent again (idempotent).
   */
  updateFirewall(id: number, body: UpdateFirewallRequest, options?: CallOptions): Promise<UpdateFirewallResponse>
  /**
   * `DELETE /firewalls/{id}` · delete_firewall
   * Lost answer: sent again; a 404 after it resolves (already deleted).
   */
  deleteFirewall(id: number, options?: CallOptions): Promise<void>
  /**
   * `GET /firewalls/{id}/actions` · list_firewall_actions
   * `await`: one page; `for await`: every item of `actions` on every page.
   * Lost answer: sent again (idempotent).
   */
  listFirewallActions(id: number, query?: ListFirewallActionsQuery, options?: CallOptions): ListRequest<ListFirewallActionsResponse, ListFirewallActionsResponse["actions"][number]>
  /**
   * `POST /firewalls/{id}/actions/apply_to_resources` · apply_firewall_to_resources
   * Lost answer: found among `GET /firewalls/{id}/actions` (command `apply_firewall`) before it is sent again.
   */
  applyFirewallToResources(id: number, body: ApplyFirewallToResourcesRequest, options?: CallOptions): Promise<ApplyFirewallToResourcesResponse>
  /**
   * `POST /firewalls/{id}/actions/remove_from_resources` · remove_firewall_from_resources
   * Lost answer: found among `GET /firewalls/{id}/actions` (command `remove_firewall`) before it is sent again.
   */
  removeFirewallFromResources(id: number, body: RemoveFirewallFromResourcesRequest, options?: CallOptions): Promise<RemoveFirewallFromResourcesResponse>
  /**
   * `POST /firewalls/{id}/actions/set_rules` · set_firewall_rules
   * Lost answer: found among `GET /firewalls/{id}/actions` (command `set_firewall_rules`, `apply_firewall`) before it is sent again.
   */
  setFirewallRules(id: number, body: SetFirewallRulesRequest, options?: CallOptions): Promise<SetFirewallRulesResponse>
  /**
   * `GET /floating_ips` · list_floating_ips
   * `await`: one page; `for await`: every item of `floating_ips` on every page.
   * Lost answer: sent again (idempotent).
   */
  listFloatingIPs(query?: ListFloatingIPsQuery, options?: CallOptions): ListRequest<ListFloatingIPsResponse, ListFloatingIPsResponse["floating_ips"][number]>
  /**
   * `POST /floating_ips` · create_floating_ip
   * Lost answer: looked up by name (`GET /floating_ips?name=`) and matched (labels, creation time, `type`, `home_location`); never created twice.
   */
  createFloatingIP(body: CreateFloatingIPRequest, options?: CallOptions): Promise<CreateFloatingIPResponse>
  /**
   * `GET /floating_ips/actions` · list_floating_ips_actions
   * `await`: one page; `for await`: every item of `actions` on every page.
   * Lost answer: sent again (idempotent).
   */
  listFloatingIPsActions(query?: ListFloatingIPsActionsQuery, options?: CallOptions): ListRequest<ListFloatingIPsActionsResponse, ListFloatingIPsActionsResponse["actions"][number]>
  /**
   * `GET /floating_ips/actions/{id}` · get_floating_ips_action
   * Lost answer: sent again (idempotent).
   */
  getFloatingIPsAction(id: number, options?: CallOptions): Promise<GetFloatingIPsActionResponse>
  /**
   * `GET /floating_ips/{id}` · get_floating_ip
   * Lost answer: sent again (idempotent).
   */
  getFloatingIP(id: number, options?: CallOptions): Promise<GetFloatingIPResponse>
  /**
   * `PUT /floating_ips/{id}` · update_floating_ip
   * Lost answer: sent again (idempotent).
   */
  updateFloatingIP(id: number, body: UpdateFloatingIPRequest, options?: CallOptions): Promise<UpdateFloatingIPResponse>
  /**
   * `DELETE /floating_ips/{id}` · delete_floating_ip
   * Lost answer: sent again; a 404 after it resolves (already deleted).
   */
  deleteFloatingIP(id: number, options?: CallOptions): Promise<void>
  /**
   * `GET /floating_ips/{id}/actions` · list_floating_ip_actions
   * `await`: one page; `for await`: every item of `actions` on every page.
   * Lost answer: sent again (idempotent).
   */
  listFloatingIPActions(id: number, query?: ListFloatingIPActionsQuery, options?: CallOptions): ListRequest<ListFloatingIPActionsResponse, ListFloatingIPActionsResponse["actions"][number]>
  /**
   * `POST /floating_ips/{id}/actions/assign` · assign_floating_ip
   * Lost answer: found among `GET /floating_ips/{id}/actions` (command `assign_floating_ip`) before it is sent again.
   */
  assignFloatingIP(id: number, body: AssignFloatingIPRequest, options?: CallOptions): Promise<AssignFloatingIPResponse>
  /**
   * `POST /floating_ips/{id}/actions/change_dns_ptr` · change_floating_ip_dns_ptr
   * Lost answer: found among `GET /floating_ips/{id}/actions` (command `change_dns_ptr`) before it is sent again.
   */
  changeFloatingIPDNSPtr(id: number, body: ChangeFloatingIPDNSPtrRequest, options?: CallOptions): Promise<ChangeFloatingIPDNSPtrResponse>
  /**
   * `POST /floating_ips/{id}/actions/change_protection` · change_floating_ip_protection
   * Lost answer: found among `GET /floating_ips/{id}/actions` (command `change_protection`) before it is sent again.
   */
  changeFloatingIPProtection(id: number, body: ChangeFloatingIPProtectionRequest, options?: CallOptions): Promise<ChangeFloatingIPProtectionResponse>
  /**
   * `POST /floating_ips/{id}/actions/unassign` · unassign_floating_ip
   * Lost answer: found among `GET /floating_ips/{id}/actions` (command `unassign_floating_ip`) before it is sent again.
   */
  unassignFloatingIP(id: number, options?: CallOptions): Promise<UnassignFloatingIPResponse>
  /**
   * `GET /images` · list_images
   * `await`: one page; `for await`: every item of `images` on every page.
   * Lost answer: sent again (idempotent).
   */
  listImages(query?: ListImagesQuery, options?: CallOptions): ListRequest<ListImagesResponse, ListImagesResponse["images"][number]>
  /**
   * `GET /images/actions` · list_images_actions
   * `await`: one page; `for await`: every item of `actions` on every page.
   * Lost answer: sent again (idempotent).
   */
  listImagesActions(query?: ListImagesActionsQuery, options?: CallOptions): ListRequest<ListImagesActionsResponse, ListImagesActionsResponse["actions"][number]>
  /**
   * `GET /images/actions/{id}` · get_images_action
   * Lost answer: sent again (idempotent).
   */
  getImagesAction(id: number, options?: CallOptions): Promise<GetImagesActionResponse>
  /**
   * `GET /images/{id}` · get_image
   * Lost answer: sent again (idempotent).
   */
  getImage(id: number, options?: CallOptions): Promise<GetImageResponse>
  /**
   * `PUT /images/{id}` · update_image
   * Lost answer: sent again (idempotent).
   */
  updateImage(id: number, body: UpdateImageRequest, options?: CallOptions): Promise<UpdateImageResponse>
  /**
   * `DELETE /images/{id}` · delete_image
   * Lost answer: sent again; a 404 after it resolves (already deleted).
   */
  deleteImage(id: number, options?: CallOptions): Promise<void>
  /**
   * `GET /images/{id}/actions` · list_image_actions
   * `await`: one page; `for await`: every item of `actions` on every page.
   * Lost answer: sent again (idempotent).
   */
  listImageActions(id: number, query?: ListImageActionsQuery, options?: CallOptions): ListRequest<ListImageActionsResponse, ListImageActionsResponse["actions"][number]>
  /**
   * `POST /images/{id}/actions/change_protection` · change_image_protection
   * Lost answer: found among `GET /images/{id}/actions` (command `change_protection`) before it is sent again.
   */
  changeImageProtection(id: number, body: ChangeImageProtectionRequest, options?: CallOptions): Promise<ChangeImageProtectionResponse>
  /**
   * `GET /isos` · list_isos
   * `await`: one page; `for await`: every item of `isos` on every page.
   * Lost answer: sent again (idempotent).
   */
  listISOs(query?: ListISOsQuery, options?: CallOptions): ListRequest<ListISOsResponse, ListISOsResponse["isos"][number]>
  /**
   * `GET /isos/{id}` · get_iso
   * Lost answer: sent again (idempotent).
   */
  getISO(id: number, options?: CallOptions): Promise<GetISOResponse>
  /**
   * `GET /load_balancer_types` · list_load_balancer_types
   * `await`: one page; `for await`: every item of `load_balancer_types` on every page.
   * Lost answer: sent again (idempotent).
   */
  listLoadBalancerTypes(query?: ListLoadBalancerTypesQuery, options?: CallOptions): ListRequest<ListLoadBalancerTypesResponse, ListLoadBalancerTypesResponse["load_balancer_types"][number]>
  /**
   * `GET /load_balancer_types/{id}` · get_load_balancer_type
   * Lost answer: sent again (idempotent).
   */
  getLoadBalancerType(id: number, options?: CallOptions): Promise<GetLoadBalancerTypeResponse>
  /**
   * `GET /load_balancers` · list_load_balancers
   * `await`: one page; `for await`: every item of `load_balancers` on every page.
   * Lost answer: sent again (idempotent).
   */
  listLoadBalancers(query?: ListLoadBalancersQuery, options?: CallOptions): ListRequest<ListLoadBalancersResponse, ListLoadBalancersResponse["load_balancers"][number]>
  /**
   * `POST /load_balancers` · create_load_balancer
   * Lost answer: looked up by name (`GET /load_balancers?name=`) and matched (labels, creation time, `load_balancer_type`); never created twice.
   */
  createLoadBalancer(body: CreateLoadBalancerRequest, options?: CallOptions): Promise<CreateLoadBalancerResponse>
  /**
   * `GET /load_balancers/actions` · list_load_balancers_actions
   * `await`: one page; `for await`: every item of `actions` on every page.
   * Lost answer: sent again (idempotent).
   */
  listLoadBalancersActions(query?: ListLoadBalancersActionsQuery, options?: CallOptions): ListRequest<ListLoadBalancersActionsResponse, ListLoadBalancersActionsResponse["actions"][number]>
  /**
   * `GET /load_balancers/actions/{id}` · get_load_balancers_action
   * Lost answer: sent again (idempotent).
   */
  getLoadBalancersAction(id: number, options?: CallOptions): Promise<GetLoadBalancersActionResponse>
  /**
   * `GET /load_balancers/{id}` · get_load_balancer
   * Lost answer: sent again (idempotent).
   */
  getLoadBalancer(id: number, options?: CallOptions): Promise<GetLoadBalancerResponse>
  /**
   * `PUT /load_balancers/{id}` · update_load_balancer
   * Lost answer: sent again (idempotent).
   */
  updateLoadBalancer(id: number, body: UpdateLoadBalancerRequest, options?: CallOptions): Promise<UpdateLoadBalancerResponse>
  /**
   * `DELETE /load_balancers/{id}` · delete_load_balancer
   * Lost answer: sent again; a 404 after it resolves (already deleted).
   */
  deleteLoadBalancer(id: number, options?: CallOptions): Promise<void>
  /**
   * `GET /load_balancers/{id}/actions` · list_load_balancer_actions
   * `await`: one page; `for await`: every item of `actions` on every page.
   * Lost answer: sent again (idempotent).
   */
  listLoadBalancerActions(id: number, query?: ListLoadBalancerActionsQuery, options?: CallOptions): ListRequest<ListLoadBalancerActionsResponse, ListLoadBalancerActionsResponse["actions"][number]>
  /**
   * `POST /load_balancers/{id}/actions/add_service` · add_load_balancer_service
   * Lost answer: found among `GET /load_balancers/{id}/actions` (command `add_service`) before it is sent again.
   */
  addLoadBalancerService(id: number, body: AddLoadBalancerServiceRequest, options?: CallOptions): Promise<AddLoadBalancerServiceResponse>
  /**
   * `POST /load_balancers/{id}/actions/add_target` · add_load_balancer_target
   * Lost answer: found among `GET /load_balancers/{id}/actions` (command `add_target`) before it is sent again.
   */
  addLoadBalancerTarget(id: number, body: AddLoadBalancerTargetRequest, options?: CallOptions): Promise<AddLoadBalancerTargetResponse>
  /**
   * `POST /load_balancers/{id}/actions/attach_to_network` · attach_load_balancer_to_network
   * Lost answer: found among `GET /load_balancers/{id}/actions` (command `attach_to_network`) before it is sent again.
   */
  attachLoadBalancerToNetwork(id: number, body: AttachLoadBalancerToNetworkRequest, options?: CallOptions): Promise<AttachLoadBalancerToNetworkResponse>
  /**
   * `POST /load_balancers/{id}/actions/change_algorithm` · change_load_balancer_algorithm
   * Lost answer: found among `GET /load_balancers/{id}/actions` (command `change_algorithm`) before it is sent again.
   */
  changeLoadBalancerAlgorithm(id: number, body: ChangeLoadBalancerAlgorithmRequest, options?: CallOptions): Promise<ChangeLoadBalancerAlgorithmResponse>
  /**
   * `POST /load_balancers/{id}/actions/change_dns_ptr` · change_load_balancer_dns_ptr
   * Lost answer: found among `GET /load_balancers/{id}/actions` (command `change_dns_ptr`) before it is sent again.
   */
  changeLoadBalancerDNSPtr(id: number, body: ChangeLoadBalancerDNSPtrRequest, options?: CallOptions): Promise<ChangeLoadBalancerDNSPtrResponse>
  /**
   * `POST /load_balancers/{id}/actions/change_protection` · change_load_balancer_protection
   * Lost answer: found among `GET /load_balancers/{id}/actions` (command `change_protection`) before it is sent again.
   */
  changeLoadBalancerProtection(id: number, body: ChangeLoadBalancerProtectionRequest, options?: CallOptions): Promise<ChangeLoadBalancerProtectionResponse>
  /**
   * `POST /load_balancers/{id}/actions/change_type` · change_load_balancer_type
   * Lost answer: found among `GET /load_balancers/{id}/actions` (command `change_load_balancer_type`) before it is sent again.
   */
  changeLoadBalancerType(id: number, body: ChangeLoadBalancerTypeRequest, options?: CallOptions): Promise<ChangeLoadBalancerTypeResponse>
  /**
   * `POST /load_balancers/{id}/actions/delete_service` · delete_load_balancer_service
   * Lost answer: found among `GET /load_balancers/{id}/actions` (command `delete_service`) before it is sent again.
   */
  deleteLoadBalancerService(id: number, body: DeleteLoadBalancerServiceRequest, options?: CallOptions): Promise<DeleteLoadBalancerServiceResponse>
  /**
   * `POST /load_balancers/{id}/actions/detach_from_network` · detach_load_balancer_from_network
   * Lost answer: found among `GET /load_balancers/{id}/actions` (command `detach_from_network`) before it is sent again.
   */
  detachLoadBalancerFromNetwork(id: number, body: DetachLoadBalancerFromNetworkRequest, options?: CallOptions): Promise<DetachLoadBalancerFromNetworkResponse>
  /**
   * `POST /load_balancers/{id}/actions/disable_public_interface` · disable_load_balancer_public_interface
   * Lost answer: found among `GET /load_balancers/{id}/actions` (command `disable_public_interface`) before it is sent again.
   */
  disableLoadBalancerPublicInterface(id: number, options?: CallOptions): Promise<DisableLoadBalancerPublicInterfaceResponse>
  /**
   * `POST /load_balancers/{id}/actions/enable_public_interface` · enable_load_balancer_public_interface
   * Lost answer: found among `GET /load_balancers/{id}/actions` (command `enable_public_interface`) before it is sent again.
   */
  enableLoadBalancerPublicInterface(id: number, options?: CallOptions): Promise<EnableLoadBalancerPublicInterfaceResponse>
  /**
   * `POST /load_balancers/{id}/actions/remove_target` · remove_load_balancer_target
   * Lost answer: found among `GET /load_balancers/{id}/actions` (command `remove_target`) before it is sent again.
   */
  removeLoadBalancerTarget(id: number, body: RemoveLoadBalancerTargetRequest, options?: CallOptions): Promise<RemoveLoadBalancerTargetResponse>
  /**
   * `POST /load_balancers/{id}/actions/update_service` · update_load_balancer_service
   * Lost answer: found among `GET /load_balancers/{id}/actions` (command `update_service`) before it is sent again.
   */
  updateLoadBalancerService(id: number, body: UpdateLoadBalancerServiceRequest, options?: CallOptions): Promise<UpdateLoadBalancerServiceResponse>
  /**
   * `GET /load_balancers/{id}/metrics` · get_load_balancer_metrics
   * Lost answer: sent again (idempotent).
   */
  getLoadBalancerMetrics(id: number, query: GetLoadBalancerMetricsQuery, options?: CallOptions): Promise<GetLoadBalancerMetricsResponse>
  /**
   * `GET /locations` · list_locations
   * `await`: one page; `for await`: every item of `locations` on every page.
   * Lost answer: sent again (idempotent).
   */
  listLocations(query?: ListLocationsQuery, options?: CallOptions): ListRequest<ListLocationsResponse, ListLocationsResponse["locations"][number]>
  /**
   * `GET /locations/{id}` · get_location
   * Lost answer: sent again (idempotent).
   */
  getLocation(id: number, options?: CallOptions): Promise<GetLocationResponse>
  /**
   * `GET /networks` · list_networks
   * `await`: one page; `for await`: every item of `networks` on every page.
   * Lost answer: sent again (idempotent).
   */
  listNetworks(query?: ListNetworksQuery, options?: CallOptions): ListRequest<ListNetworksResponse, ListNetworksResponse["networks"][number]>
  /**
   * `POST /networks` · create_network
   * Lost answer: looked up by name (`GET /networks?name=`) and matched (labels, creation time, `ip_range`); never created twice.
   */
  createNetwork(body: CreateNetworkRequest, options?: CallOptions): Promise<CreateNetworkResponse>
  /**
   * `GET /networks/actions` · list_networks_actions
   * `await`: one page; `for await`: every item of `actions` on every page.
   * Lost answer: sent again (idempotent).
   */
  listNetworksActions(query?: ListNetworksActionsQuery, options?: CallOptions): ListRequest<ListNetworksActionsResponse, ListNetworksActionsResponse["actions"][number]>
  /**
   * `GET /networks/actions/{id}` · get_networks_action
   * Lost answer: sent again (idempotent).
   */
  getNetworksAction(id: number, options?: CallOptions): Promise<GetNetworksActionResponse>
  /**
   * `GET /networks/{id}` · get_network
   * Lost answer: sent again (idempotent).
   */
  getNetwork(id: number, options?: CallOptions): Promise<GetNetworkResponse>
  /**
   * `PUT /networks/{id}` · update_network
   * Lost answer: sent again (idempotent).
   */
  updateNetwork(id: number, body: UpdateNetworkRequest, options?: CallOptions): Promise<UpdateNetworkResponse>
  /**
   * `DELETE /networks/{id}` · delete_network
   * Lost answer: sent again; a 404 after it resolves (already deleted).
   */
  deleteNetwork(id: number, options?: CallOptions): Promise<void>
  /**
   * `GET /networks/{id}/actions` · list_network_actions
   * `await`: one page; `for await`: every item of `actions` on every page.
   * Lost answer: sent again (idempotent).
   */
  listNetworkActions(id: number, query?: ListNetworkActionsQuery, options?: CallOptions): ListRequest<ListNetworkActionsResponse, ListNetworkActionsResponse["actions"][number]>
  /**
   * `POST /networks/{id}/actions/add_route` · add_network_route
   * Lost answer: found among `GET /networks/{id}/actions` (command `add_route`) before it is sent again.
   */
  addNetworkRoute(id: number, body: AddNetworkRouteRequest, options?: CallOptions): Promise<AddNetworkRouteResponse>
  /**
   * `POST /networks/{id}/actions/add_subnet` · add_network_subnet
   * Lost answer: found among `GET /networks/{id}/actions` (command `add_subnet`) before it is sent again.
   */
  addNetworkSubnet(id: number, body: AddNetworkSubnetRequest, options?: CallOptions): Promise<AddNetworkSubnetResponse>
  /**
   * `POST /networks/{id}/actions/change_ip_range` · change_network_ip_range
   * Lost answer: found among `GET /networks/{id}/actions` (command `change_ip_range`) before it is sent again.
   */
  changeNetworkIPRange(id: number, body: ChangeNetworkIPRangeRequest, options?: CallOptions): Promise<ChangeNetworkIPRangeResponse>
  /**
   * `POST /networks/{id}/actions/change_protection` · change_network_protection
   * Lost answer: found among `GET /networks/{id}/actions` (command `change_protection`) before it is sent again.
   */
  changeNetworkProtection(id: number, body: ChangeNetworkProtectionRequest, options?: CallOptions): Promise<ChangeNetworkProtectionResponse>
  /**
   * `POST /networks/{id}/actions/delete_route` · delete_network_route
   * Lost answer: found among `GET /networks/{id}/actions` (command `delete_route`) before it is sent again.
   */
  deleteNetworkRoute(id: number, body: DeleteNetworkRouteRequest, options?: CallOptions): Promise<DeleteNetworkRouteResponse>
  /**
   * `POST /networks/{id}/actions/delete_subnet` · delete_network_subnet
   * Lost answer: found among `GET /networks/{id}/actions` (command `delete_subnet`) before it is sent again.
   */
  deleteNetworkSubnet(id: number, body: DeleteNetworkSubnetRequest, options?: CallOptions): Promise<DeleteNetworkSubnetResponse>
  /**
   * `GET /placement_groups` · list_placement_groups
   * `await`: one page; `for await`: every item of `placement_groups` on every page.
   * Lost answer: sent again (idempotent).
   */
  listPlacementGroups(query?: ListPlacementGroupsQuery, options?: CallOptions): ListRequest<ListPlacementGroupsResponse, ListPlacementGroupsResponse["placement_groups"][number]>
  /**
   * `POST /placement_groups` · create_placement_group
   * Lost answer: looked up by name (`GET /placement_groups?name=`) and matched (labels, creation time, `type`); never created twice.
   */
  createPlacementGroup(body: CreatePlacementGroupRequest, options?: CallOptions): Promise<CreatePlacementGroupResponse>
  /**
   * `GET /placement_groups/{id}` · get_placement_group
   * Lost answer: sent again (idempotent).
   */
  getPlacementGroup(id: number, options?: CallOptions): Promise<GetPlacementGroupResponse>
  /**
   * `PUT /placement_groups/{id}` · update_placement_group
   * Lost answer: sent again (idempotent).
   */
  updatePlacementGroup(id: number, body: UpdatePlacementGroupRequest, options?: CallOptions): Promise<UpdatePlacementGroupResponse>
  /**
   * `DELETE /placement_groups/{id}` · delete_placement_group
   * Lost answer: sent again; a 404 after it resolves (already deleted).
   */
  deletePlacementGroup(id: number, options?: CallOptions): Promise<void>
  /**
   * `GET /pricing` · get_pricing
   * Lost answer: sent again (idempotent).
   */
  getPricing(options?: CallOptions): Promise<GetPricingResponse>
  /**
   * `GET /primary_ips` · list_primary_ips
   * `await`: one page; `for await`: every item of `primary_ips` on every page.
   * Lost answer: sent again (idempotent).
   */
  listPrimaryIPs(query?: ListPrimaryIPsQuery, options?: CallOptions): ListRequest<ListPrimaryIPsResponse, ListPrimaryIPsResponse["primary_ips"][number]>
  /**
   * `POST /primary_ips` · create_primary_ip
   * Lost answer: looked up by name (`GET /primary_ips?name=`) and matched (labels, creation time, `type`, `assignee_type`); never created twice.
   */
  createPrimaryIP(body: CreatePrimaryIPRequest, options?: CallOptions): Promise<CreatePrimaryIPResponse>
  /**
   * `GET /primary_ips/actions` · list_primary_ips_actions
   * `await`: one page; `for await`: every item of `actions` on every page.
   * Lost answer: sent again (idempotent).
   */
  listPrimaryIPsActions(query?: ListPrimaryIPsActionsQuery, options?: CallOptions): ListRequest<ListPrimaryIPsActionsResponse, ListPrimaryIPsActionsResponse["actions"][number]>
  /**
   * `GET /primary_ips/actions/{id}` · get_primary_ips_action
   * Lost answer: sent again (idempotent).
   */
  getPrimaryIPsAction(id: number, options?: CallOptions): Promise<GetPrimaryIPsActionResponse>
  /**
   * `GET /primary_ips/{id}/actions` · list_primary_ip_actions
   * `await`: one page; `for await`: every item of `actions` on every page.
   * Lost answer: sent again (idempotent).
   */
  listPrimaryIPActions(id: number, query?: ListPrimaryIPActionsQuery, options?: CallOptions): ListRequest<ListPrimaryIPActionsResponse, ListPrimaryIPActionsResponse["actions"][number]>
  /**
   * `GET /primary_ips/{id}` · get_primary_ip
   * Lost answer: sent again (idempotent).
   */
  getPrimaryIP(id: number, options?: CallOptions): Promise<GetPrimaryIPResponse>
  /**
   * `PUT /primary_ips/{id}` · update_primary_ip
   * Lost answer: sent again (idempotent).
   */
  updatePrimaryIP(id: number, body: UpdatePrimaryIPRequest, options?: CallOptions): Promise<UpdatePrimaryIPResponse>
  /**
   * `DELETE /primary_ips/{id}` · delete_primary_ip
   * Lost answer: sent again; a 404 after it resolves (already deleted).
   */
  deletePrimaryIP(id: number, options?: CallOptions): Promise<void>
  /**
   * `POST /primary_ips/{id}/actions/assign` · assign_primary_ip
   * Lost answer: found among `GET /primary_ips/{id}/actions` (command `assign_primary_ip`) before it is sent again.
   */
  assignPrimaryIP(id: number, body: AssignPrimaryIPRequest, options?: CallOptions): Promise<AssignPrimaryIPResponse>
  /**
   * `POST /primary_ips/{id}/actions/change_dns_ptr` · change_primary_ip_dns_ptr
   * Lost answer: found among `GET /primary_ips/{id}/actions` (command `change_dns_ptr`) before it is sent again.
   */
  changePrimaryIPDNSPtr(id: number, body: ChangePrimaryIPDNSPtrRequest, options?: CallOptions): Promise<ChangePrimaryIPDNSPtrResponse>
  /**
   * `POST /primary_ips/{id}/actions/change_protection` · change_primary_ip_protection
   * Lost answer: found among `GET /primary_ips/{id}/actions` (command `change_protection`) before it is sent again.
   */
  changePrimaryIPProtection(id: number, body: ChangePrimaryIPProtectionRequest, options?: CallOptions): Promise<ChangePrimaryIPProtectionResponse>
  /**
   * `POST /primary_ips/{id}/actions/unassign` · unassign_primary_ip
   * Lost answer: found among `GET /primary_ips/{id}/actions` (command `unassign_primary_ip`) before it is sent again.
   */
  unassignPrimaryIP(id: number, options?: CallOptions): Promise<UnassignPrimaryIPResponse>
  /**
   * `GET /server_types` · list_server_types
   * `await`: one page; `for await`: every item of `server_types` on every page.
   * Lost answer: sent again (idempotent).
   */
  listServerTypes(query?: ListServerTypesQuery, options?: CallOptions): ListRequest<ListServerTypesResponse, ListServerTypesResponse["server_types"][number]>
  /**
   * `GET /server_types/{id}` · get_server_type
   * Lost answer: sent again (idempotent).
   */
  getServerType(id: number, options?: CallOptions): Promise<GetServerTypeResponse>
  /**
   * `GET /servers` · list_servers
   * `await`: one page; `for await`: every item of `servers` on every page.
   * Lost answer: sent again (idempotent).
   */
  listServers(query?: ListServersQuery, options?: CallOptions): ListRequest<ListServersResponse, ListServersResponse["servers"][number]>
  /**
   * `POST /servers` · create_server
   * Lost answer: looked up by name (`GET /servers?name=`) and matched (labels, creation time, `server_type`, `image`); never created twice.
   */
  createServer(body: CreateServerRequest, options?: CallOptions): Promise<CreateServerResponse>
  /**
   * `GET /servers/actions` · list_servers_actions
   * `await`: one page; `for await`: every item of `actions` on every page.
   * Lost answer: sent again (idempotent).
   */
  listServersActions(query?: ListServersActionsQuery, options?: CallOptions): ListRequest<ListServersActionsResponse, ListServersActionsResponse["actions"][number]>
  /**
   * `GET /servers/actions/{id}` · get_servers_action
   * Lost answer: sent again (idempotent).
   */
  getServersAction(id: number, options?: CallOptions): Promise<GetServersActionResponse>
  /**
   * `GET /servers/{id}` · get_server
   * Lost answer: sent again (idempotent).
   */
  getServer(id: number, options?: CallOptions): Promise<GetServerResponse>
  /**
   * `PUT /servers/{id}` · update_server
   * Lost answer: sent again (idempotent).
   */
  updateServer(id: number, body: UpdateServerRequest, options?: CallOptions): Promise<UpdateServerResponse>
  /**
   * `DELETE /servers/{id}` · delete_server
   * Lost answer: sent again; a 404 after it resolves with `action: null` (already deleted).
   */
  deleteServer(id: number, options?: CallOptions): Promise<DeleteServerResponse>
  /**
   * `GET /servers/{id}/actions` · list_server_actions
   * `await`: one page; `for await`: every item of `actions` on every page.
   * Lost answer: sent again (idempotent).
   */
  listServerActions(id: number, query?: ListServerActionsQuery, options?: CallOptions): ListRequest<ListServerActionsResponse, ListServerActionsResponse["actions"][number]>
  /**
   * `POST /servers/{id}/actions/add_to_placement_group` · add_server_to_placement_group
   * Lost answer: found among `GET /servers/{id}/actions` (command `add_to_placement_group`) before it is sent again.
   */
  addServerToPlacementGroup(id: number, body: AddServerToPlacementGroupRequest, options?: CallOptions): Promise<AddServerToPlacementGroupResponse>
  /**
   * `POST /servers/{id}/actions/attach_iso` · attach_server_iso
   * Lost answer: found among `GET /servers/{id}/actions` (command `attach_iso`) before it is sent again.
   */
  attachServerISO(id: number, body: AttachServerISORequest, options?: CallOptions): Promise<AttachServerISOResponse>
  /**
   * `POST /servers/{id}/actions/attach_to_network` · attach_server_to_network
   * Lost answer: found among `GET /servers/{id}/actions` (command `attach_to_network`) before it is sent again.
   */
  attachServerToNetwork(id: number, body: AttachServerToNetworkRequest, options?: CallOptions): Promise<AttachServerToNetworkResponse>
  /**
   * `POST /servers/{id}/actions/change_alias_ips` · change_server_alias_ips
   * Lost answer: found among `GET /servers/{id}/actions` (command `change_alias_ips`) before it is sent again.
   */
  changeServerAliasIPs(id: number, body: ChangeServerAliasIPsRequest, options?: CallOptions): Promise<ChangeServerAliasIPsResponse>
  /**
   * `POST /servers/{id}/actions/change_dns_ptr` · change_server_dns_ptr
   * Lost answer: found among `GET /servers/{id}/actions` (command `change_dns_ptr`) before it is sent again.
   */
  changeServerDNSPtr(id: number, body: ChangeServerDNSPtrRequest, options?: CallOptions): Promise<ChangeServerDNSPtrResponse>
  /**
   * `POST /servers/{id}/actions/change_protection` · change_server_protection
   * Lost answer: found among `GET /servers/{id}/actions` (command `change_protection`) before it is sent again.
   */
  changeServerProtection(id: number, body: ChangeServerProtectionRequest, options?: CallOptions): Promise<ChangeServerProtectionResponse>
  /**
   * `POST /servers/{id}/actions/change_type` · change_server_type
   * Lost answer: found among `GET /servers/{id}/actions` (command `change_server_type`) before it is sent again.
   */
  changeServerType(id: number, body: ChangeServerTypeRequest, options?: CallOptions): Promise<ChangeServerTypeResponse>
  /**
   * `POST /servers/{id}/actions/create_image` · create_server_image
   * Lost answer: not sent again (the answer holds more than its action); the error has `maybeApplied: true`.
   */
  createServerImage(id: number, body: CreateServerImageRequest, options?: CallOptions): Promise<CreateServerImageResponse>
  /**
   * `POST /servers/{id}/actions/detach_from_network` · detach_server_from_network
   * Lost answer: found among `GET /servers/{id}/actions` (command `detach_from_network`) before it is sent again.
   */
  detachServerFromNetwork(id: number, body: DetachServerFromNetworkRequest, options?: CallOptions): Promise<DetachServerFromNetworkResponse>
  /**
   * `POST /servers/{id}/actions/detach_iso` · detach_server_iso
   * Lost answer: found among `GET /servers/{id}/actions` (command `detach_iso`) before it is sent again.
   */
  detachServerISO(id: number, options?: CallOptions): Promise<DetachServerISOResponse>
  /**
   * `POST /servers/{id}/actions/disable_backup` · disable_server_backup
   * Lost answer: found among `GET /servers/{id}/actions` (command `disable_backup`) before it is sent again.
   */
  disableServerBackup(id: number, options?: CallOptions): Promise<DisableServerBackupResponse>
  /**
   * `POST /servers/{id}/actions/disable_rescue` · disable_server_rescue
   * Lost answer: found among `GET /servers/{id}/actions` (command `disable_rescue`) before it is sent again.
   */
  disableServerRescue(id: number, options?: CallOptions): Promise<DisableServerRescueResponse>
  /**
   * `POST /servers/{id}/actions/enable_backup` · enable_server_backup
   * Lost answer: found among `GET /servers/{id}/actions` (command `enable_backup`) before it is sent again.
   */
  enableServerBackup(id: number, options?: CallOptions): Promise<EnableServerBackupResponse>
  /**
   * `POST /servers/{id}/actions/enable_rescue` · enable_server_rescue
   * Lost answer: not sent again (the answer holds more than its action); the error has `maybeApplied: true`.
   */
  enableServerRescue(id: number, body: EnableServerRescueRequest, options?: CallOptions): Promise<EnableServerRescueResponse>
  /**
   * `POST /servers/{id}/actions/poweroff` · poweroff_server
   * Lost answer: found among `GET /servers/{id}/actions` (command `stop_server`) before it is sent again.
   */
  poweroffServer(id: number, options?: CallOptions): Promise<PoweroffServerResponse>
  /**
   * `POST /servers/{id}/actions/poweron` · poweron_server
   * Lost answer: found among `GET /servers/{id}/actions` (command `start_server`) before it is sent again.
   */
  poweronServer(id: number, options?: CallOptions): Promise<PoweronServerResponse>
  /**
   * `POST /servers/{id}/actions/reboot` · reboot_server
   * Lost answer: found among `GET /servers/{id}/actions` (command `reboot_server`) before it is sent again.
   */
  rebootServer(id: number, options?: CallOptions): Promise<RebootServerResponse>
  /**
   * `POST /servers/{id}/actions/rebuild` · rebuild_server
   * Lost answer: not sent again (the answer holds more than its action); the error has `maybeApplied: true`.
   */
  rebuildServer(id: number, body: RebuildServerRequest, options?: CallOptions): Promise<RebuildServerResponse>
  /**
   * `POST /servers/{id}/actions/remove_from_placement_group` · remove_server_from_placement_group
   * Lost answer: found among `GET /servers/{id}/actions` (command `remove_from_placement_group`) before it is sent again.
   */
  removeServerFromPlacementGroup(id: number, options?: CallOptions): Promise<RemoveServerFromPlacementGroupResponse>
  /**
   * `POST /servers/{id}/actions/request_console` · request_server_console
   * Lost answer: not sent again (the answer holds more than its action); the error has `maybeApplied: true`.
   */
  requestServerConsole(id: number, options?: CallOptions): Promise<RequestServerConsoleResponse>
  /**
   * `POST /servers/{id}/actions/reset` · reset_server
   * Lost answer: found among `GET /servers/{id}/actions` (command `reset_server`) before it is sent again.
   */
  resetServer(id: number, options?: CallOptions): Promise<ResetServerResponse>
  /**
   * `POST /servers/{id}/actions/reset_password` · reset_server_password
   * Lost answer: not sent again (the answer holds more than its action); the error has `maybeApplied: true`.
   */
  resetServerPassword(id: number, options?: CallOptions): Promise<ResetServerPasswordResponse>
  /**
   * `POST /servers/{id}/actions/shutdown` · shutdown_server
   * Lost answer: found among `GET /servers/{id}/actions` (command `shutdown_server`) before it is sent again.
   */
  shutdownServer(id: number, options?: CallOptions): Promise<ShutdownServerResponse>
  /**
   * `GET /servers/{id}/metrics` · get_server_metrics
   * Lost answer: sent again (idempotent).
   */
  getServerMetrics(id: number, query: GetServerMetricsQuery, options?: CallOptions): Promise<GetServerMetricsResponse>
  /**
   * `GET /ssh_keys` · list_ssh_keys
   * `await`: one page; `for await`: every item of `ssh_keys` on every page.
   * Lost answer: sent again (idempotent).
   */
  listSSHKeys(query?: ListSSHKeysQuery, options?: CallOptions): ListRequest<ListSSHKeysResponse, ListSSHKeysResponse["ssh_keys"][number]>
  /**
   * `POST /ssh_keys` · create_ssh_key
   * Lost answer: looked up by name (`GET /ssh_keys?name=`) and matched (labels, creation time, `public_key`); never created twice.
   */
  createSSHKey(body: CreateSSHKeyRequest, options?: CallOptions): Promise<CreateSSHKeyResponse>
  /**
   * `GET /ssh_keys/{id}` · get_ssh_key
   * Lost answer: sent again (idempotent).
   */
  getSSHKey(id: number, options?: CallOptions): Promise<GetSSHKeyResponse>
  /**
   * `PUT /ssh_keys/{id}` · update_ssh_key
   * Lost answer: sent again (idempotent).
   */
  updateSSHKey(id: number, body: UpdateSSHKeyRequest, options?: CallOptions): Promise<UpdateSSHKeyResponse>
  /**
   * `DELETE /ssh_keys/{id}` · delete_ssh_key
   * Lost answer: sent again; a 404 after it resolves (already deleted).
   */
  deleteSSHKey(id: number, options?: CallOptions): Promise<void>
  /**
   * `GET /volumes` · list_volumes
   * `await`: one page; `for await`: every item of `volumes` on every page.
   * Lost answer: sent again (idempotent).
   */
  listVolumes(query?: ListVolumesQuery, options?: CallOptions): ListRequest<ListVolumesResponse, ListVolumesResponse["volumes"][number]>
  /**
   * `POST /volumes` · create_volume
   * Lost answer: looked up by name (`GET /volumes?name=`) and matched (labels, creation time, `size`, `location`); never created twice.
   */
  createVolume(body: CreateVolumeRequest, options?: CallOptions): Promise<CreateVolumeResponse>
  /**
   * `GET /volumes/actions` · list_volumes_actions
   * `await`: one page; `for await`: every item of `actions` on every page.
   * Lost answer: sent again (idempotent).
   */
  listVolumesActions(query?: ListVolumesActionsQuery, options?: CallOptions): ListRequest<ListVolumesActionsResponse, ListVolumesActionsResponse["actions"][number]>
  /**
   * `GET /volumes/actions/{id}` · get_volumes_action
   * Lost answer: sent again (idempotent).
   */
  getVolumesAction(id: number, options?: CallOptions): Promise<GetVolumesActionResponse>
  /**
   * `GET /volumes/{id}` · get_volume
   * Lost answer: sent again (idempotent).
   */
  getVolume(id: number, options?: CallOptions): Promise<GetVolumeResponse>
  /**
   * `PUT /volumes/{id}` · update_volume
   * Lost answer: sent again (idempotent).
   */
  updateVolume(id: number, body: UpdateVolumeRequest, options?: CallOptions): Promise<UpdateVolumeResponse>
  /**
   * `DELETE /volumes/{id}` · delete_volume
   * Lost answer: sent again; a 404 after it resolves (already deleted).
   */
  deleteVolume(id: number, options?: CallOptions): Promise<void>
  /**
   * `GET /volumes/{id}/actions` · list_volume_actions
   * `await`: one page; `for await`: every item of `actions` on every page.
   * Lost answer: sent again (idempotent).
   */
  listVolumeActions(id: number, query?: ListVolumeActionsQuery, options?: CallOptions): ListRequest<ListVolumeActionsResponse, ListVolumeActionsResponse["actions"][number]>
  /**
   * `POST /volumes/{id}/actions/attach` · attach_volume
   * Lost answer: found among `GET /volumes/{id}/actions` (command `attach_volume`) before it is sent again.
   */
  attachVolume(id: number, body: AttachVolumeRequest, options?: CallOptions): Promise<AttachVolumeResponse>
  /**
   * `POST /volumes/{id}/actions/change_protection` · change_volume_protection
   * Lost answer: found among `GET /volumes/{id}/actions` (command `change_protection`) before it is sent again.
   */
  changeVolumeProtection(id: number, body: ChangeVolumeProtectionRequest, options?: CallOptions): Promise<ChangeVolumeProtectionResponse>
  /**
   * `POST /volumes/{id}/actions/detach` · detach_volume
   * Lost answer: found among `GET /volumes/{id}/actions` (command `detach_volume`) before it is sent again.
   */
  detachVolume(id: number, options?: CallOptions): Promise<DetachVolumeResponse>
  /**
   * `POST /volumes/{id}/actions/resize` · resize_volume
   * Lost answer: found among `GET /volumes/{id}/actions` (command `resize_volume`) before it is sent again.
   */
  resizeVolume(id: number, body: ResizeVolumeRequest, options?: CallOptions): Promise<ResizeVolumeResponse>
  /**
   * `GET /zones` · list_zones
   * `await`: one page; `for await`: every item of `zones` on every page.
   * Lost answer: sent again (idempotent).
   */
  listZones(query?: ListZonesQuery, options?: CallOptions): ListRequest<ListZonesResponse, ListZonesResponse["zones"][number]>
  /**
   * `POST /zones` · create_zone
   * Lost answer: looked up by name (`GET /zones?name=`) and matched (labels, creation time, `mode`); never created twice.
   */
  createZone(body: CreateZoneRequest, options?: CallOptions): Promise<CreateZoneResponse>
  /**
   * `GET /zones/{id_or_name}` · get_zone
   * Lost answer: sent again (idempotent).
   */
  getZone(id_or_name: operations["get_zone"]['parameters']['path']["id_or_name"], options?: CallOptions): Promise<GetZoneResponse>
  /**
   * `PUT /zones/{id_or_name}` · update_zone
   * Lost answer: sent again (idempotent).
   */
  updateZone(id_or_name: operations["update_zone"]['parameters']['path']["id_or_name"], body: UpdateZoneRequest, options?: CallOptions): Promise<UpdateZoneResponse>
  /**
   * `DELETE /zones/{id_or_name}` · delete_zone
   * Lost answer: sent again; a 404 after it resolves with `action: null` (already deleted).
   */
  deleteZone(id_or_name: operations["delete_zone"]['parameters']['path']["id_or_name"], options?: CallOptions): Promise<DeleteZoneResponse>
  /**
   * `GET /zones/{id_or_name}/zonefile` · get_zone_zonefile
   * Lost answer: sent again (idempotent).
   */
  getZoneZonefile(id_or_name: operations["get_zone_zonefile"]['parameters']['path']["id_or_name"], options?: CallOptions): Promise<GetZoneZonefileResponse>
  /**
   * `GET /zones/actions` · list_zones_actions
   * `await`: one page; `for await`: every item of `actions` on every page.
   * Lost answer: sent again (idempotent).
   */
  listZonesActions(query?: ListZonesActionsQuery, options?: CallOptions): ListRequest<ListZonesActionsResponse, ListZonesActionsResponse["actions"][number]>
  /**
   * `GET /zones/actions/{id}` · get_zones_action
   * Lost answer: sent again (idempotent).
   */
  getZonesAction(id: number, options?: CallOptions): Promise<GetZonesActionResponse>
  /**
   * `GET /zones/{id_or_name}/actions` · list_zone_actions
   * `await`: one page; `for await`: every item of `actions` on every page.
   * Lost answer: sent again (idempotent).
   */
  listZoneActions(id_or_name: operations["list_zone_actions"]['parameters']['path']["id_or_name"], query?: ListZoneActionsQuery, options?: CallOptions): ListRequest<ListZoneActionsResponse, ListZoneActionsResponse["actions"][number]>
  /**
   * `POST /zones/{id_or_name}/actions/change_primary_nameservers` · change_zone_primary_nameservers
   * Lost answer: found among `GET /zones/{id_or_name}/actions` (command `change_primary_nameservers`) before it is sent again.
   */
  changeZonePrimaryNameservers(id_or_name: operations["change_zone_primary_nameservers"]['parameters']['path']["id_or_name"], body: ChangeZonePrimaryNameserversRequest, options?: CallOptions): Promise<ChangeZonePrimaryNameserversResponse>
  /**
   * `POST /zones/{id_or_name}/actions/change_protection` · change_zone_protection
   * Lost answer: found among `GET /zones/{id_or_name}/actions` (command `change_protection`) before it is sent again.
   */
  changeZoneProtection(id_or_name: operations["change_zone_protection"]['parameters']['path']["id_or_name"], body: ChangeZoneProtectionRequest, options?: CallOptions): Promise<ChangeZoneProtectionResponse>
  /**
   * `POST /zones/{id_or_name}/actions/change_ttl` · change_zone_ttl
   * Lost answer: found among `GET /zones/{id_or_name}/actions` (command `change_ttl`) before it is sent again.
   */
  changeZoneTtl(id_or_name: operations["change_zone_ttl"]['parameters']['path']["id_or_name"], body: ChangeZoneTtlRequest, options?: CallOptions): Promise<ChangeZoneTtlResponse>
  /**
   * `POST /zones/{id_or_name}/actions/import_zonefile` · import_zone_zonefile
   * Lost answer: found among `GET /zones/{id_or_name}/actions` (command `import_zonefile`) before it is sent again.
   */
  importZoneZonefile(id_or_name: operations["import_zone_zonefile"]['parameters']['path']["id_or_name"], body: ImportZoneZonefileRequest, options?: CallOptions): Promise<ImportZoneZonefileResponse>
  /**
   * `GET /zones/{id_or_name}/rrsets` · list_zone_rrsets
   * `await`: one page; `for await`: every item of `rrsets` on every page.
   * Lost answer: sent again (idempotent).
   */
  listZoneRRSets(id_or_name: operations["list_zone_rrsets"]['parameters']['path']["id_or_name"], query?: ListZoneRRSetsQuery, options?: CallOptions): ListRequest<ListZoneRRSetsResponse, ListZoneRRSetsResponse["rrsets"][number]>
  /**
   * `POST /zones/{id_or_name}/rrsets` · create_zone_rrset
   * Lost answer: not sent again (no unique name to look it up by); the error has `maybeApplied: true`.
   */
  createZoneRRSet(id_or_name: operations["create_zone_rrset"]['parameters']['path']["id_or_name"], body: CreateZoneRRSetRequest, options?: CallOptions): Promise<CreateZoneRRSetResponse>
  /**
   * `GET /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}` · get_zone_rrset
   * Lost answer: sent again (idempotent).
   */
  getZoneRRSet(id_or_name: operations["get_zone_rrset"]['parameters']['path']["id_or_name"], rr_name: operations["get_zone_rrset"]['parameters']['path']["rr_name"], rr_type: operations["get_zone_rrset"]['parameters']['path']["rr_type"], options?: CallOptions): Promise<GetZoneRRSetResponse>
  /**
   * `PUT /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}` · update_zone_rrset
   * Lost answer: sent again (idempotent).
   */
  updateZoneRRSet(id_or_name: operations["update_zone_rrset"]['parameters']['path']["id_or_name"], rr_name: operations["update_zone_rrset"]['parameters']['path']["rr_name"], rr_type: operations["update_zone_rrset"]['parameters']['path']["rr_type"], body: UpdateZoneRRSetRequest, options?: CallOptions): Promise<UpdateZoneRRSetResponse>
  /**
   * `DELETE /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}` · delete_zone_rrset
   * Lost answer: sent again; a 404 after it resolves with `action: null` (already deleted).
   */
  deleteZoneRRSet(id_or_name: operations["delete_zone_rrset"]['parameters']['path']["id_or_name"], rr_name: operations["delete_zone_rrset"]['parameters']['path']["rr_name"], rr_type: operations["delete_zone_rrset"]['parameters']['path']["rr_type"], options?: CallOptions): Promise<DeleteZoneRRSetResponse>
  /**
   * `POST /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/change_protection` · change_zone_rrset_protection
   * Lost answer: found among `GET /zones/{id_or_name}/actions` (command `change_rrset_protection`) before it is sent again.
   */
  changeZoneRRSetProtection(id_or_name: operations["change_zone_rrset_protection"]['parameters']['path']["id_or_name"], rr_name: operations["change_zone_rrset_protection"]['parameters']['path']["rr_name"], rr_type: operations["change_zone_rrset_protection"]['parameters']['path']["rr_type"], body: ChangeZoneRRSetProtectionRequest, options?: CallOptions): Promise<ChangeZoneRRSetProtectionResponse>
  /**
   * `POST /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/change_ttl` · change_zone_rrset_ttl
   * Lost answer: found among `GET /zones/{id_or_name}/actions` (command `change_rrset_ttl`) before it is sent again.
   */
  changeZoneRRSetTtl(id_or_name: operations["change_zone_rrset_ttl"]['parameters']['path']["id_or_name"], rr_name: operations["change_zone_rrset_ttl"]['parameters']['path']["rr_name"], rr_type: operations["change_zone_rrset_ttl"]['parameters']['path']["rr_type"], body: ChangeZoneRRSetTtlRequest, options?: CallOptions): Promise<ChangeZoneRRSetTtlResponse>
  /**
   * `POST /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/set_records` · set_zone_rrset_records
   * Lost answer: found among `GET /zones/{id_or_name}/actions` (command `set_rrset_records`) before it is sent again.
   */
  setZoneRRSetRecords(id_or_name: operations["set_zone_rrset_records"]['parameters']['path']["id_or_name"], rr_name: operations["set_zone_rrset_records"]['parameters']['path']["rr_name"], rr_type: operations["set_zone_rrset_records"]['parameters']['path']["rr_type"], body: SetZoneRRSetRecordsRequest, options?: CallOptions): Promise<SetZoneRRSetRecordsResponse>
  /**
   * `POST /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/add_records` · add_zone_rrset_records
   * Lost answer: found among `GET /zones/{id_or_name}/actions` (command `add_rrset_records`) before it is sent again.
   */
  addZoneRRSetRecords(id_or_name: operations["add_zone_rrset_records"]['parameters']['path']["id_or_name"], rr_name: operations["add_zone_rrset_records"]['parameters']['path']["rr_name"], rr_type: operations["add_zone_rrset_records"]['parameters']['path']["rr_type"], body: AddZoneRRSetRecordsRequest, options?: CallOptions): Promise<AddZoneRRSetRecordsResponse>
  /**
   * `POST /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/remove_records` · remove_zone_rrset_records
   * Lost answer: found among `GET /zones/{id_or_name}/actions` (command `remove_rrset_records`) before it is sent again.
   */
  removeZoneRRSetRecords(id_or_name: operations["remove_zone_rrset_records"]['parameters']['path']["id_or_name"], rr_name: operations["remove_zone_rrset_records"]['parameters']['path']["rr_name"], rr_type: operations["remove_zone_rrset_records"]['parameters']['path']["rr_type"], body: RemoveZoneRRSetRecordsRequest, options?: CallOptions): Promise<RemoveZoneRRSetRecordsResponse>
  /**
   * `POST /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/update_records` · update_zone_rrset_records
   * Lost answer: found among `GET /zones/{id_or_name}/actions` (command `update_rrset_records`) before it is sent again.
   */
  updateZoneRRSetRecords(id_or_name: operations["update_zone_rrset_records"]['parameters']['path']["id_or_name"], rr_name: operations["update_zone_rrset_records"]['parameters']['path']["rr_name"], rr_type: operations["update_zone_rrset_records"]['parameters']['path']["rr_type"], body: UpdateZoneRRSetRecordsRequest, options?: CallOptions): Promise<UpdateZoneRRSetRecordsResponse>
  /** Alias of {@link HetznerClient.listServerActions}, the name of the first release. */
  getServerActions(id: number, query?: ListServerActionsQuery, options?: CallOptions): ListRequest<ListServerActionsResponse, ListServerActionsResponse['actions'][number]>
  /**
   * `POST /servers/{id}/actions/{action}`, recovered like the action's own method.
   * @deprecated Each action has its own method (e.g. `poweronServer(id)`, `changeServerProtection(id, body)`).
   */
  serverAction(id: number, action: 'poweron' | 'poweroff' | 'shutdown' | 'reboot' | 'reset' | (string & {}), body?: Record<string, unknown>, options?: CallOptions): Promise<ActionResponse>
  /**
   * Every server on every page, fetched 8 pages at a time.
   * @deprecated `for await (const server of client.listServers(query))` walks them as they arrive.
   */
  listAllServers(query?: ListServersQuery, options?: CallOptions): Promise<Array<Server>>
}

export type GetActionsQuery = NonNullable<operations["get_actions"]['parameters']['query']>
export type GetActionsResponse = operations["get_actions"]['responses'][200]['content']['application/json']
export type GetActionResponse = operations["get_action"]['responses'][200]['content']['application/json']
export type ListCertificatesQuery = NonNullable<operations["list_certificates"]['parameters']['query']>
export type ListCertificatesResponse = operations["list_certificates"]['responses'][200]['content']['application/json'] & Required<Pick<operations["list_certificates"]['responses'][200]['content']['application/json'], "certificates">>
export type CreateCertificateRequest = operations["create_certificate"]['requestBody']['content']['application/json']
export type CreateCertificateResponse = operations["create_certificate"]['responses'][201]['content']['application/json'] & Required<Pick<operations["create_certificate"]['responses'][201]['content']['application/json'], "certificate">>
export type ListCertificatesActionsQuery = NonNullable<operations["list_certificates_actions"]['parameters']['query']>
export type ListCertificatesActionsResponse = operations["list_certificates_actions"]['responses'][200]['content']['application/json'] & Required<Pick<operations["list_certificates_actions"]['responses'][200]['content']['application/json'], "actions">>
export type GetCertificatesActionResponse = operations["get_certificates_action"]['responses'][200]['content']['application/json']
export type GetCertificateResponse = operations["get_certificate"]['responses'][200]['content']['application/json'] & Required<Pick<operations["get_certificate"]['responses'][200]['content']['application/json'], "certificate">>
export type UpdateCertificateRequest = operations["update_certificate"]['requestBody']['content']['application/json']
export type UpdateCertificateResponse = operations["update_certificate"]['responses'][200]['content']['application/json'] & Required<Pick<operations["update_certificate"]['responses'][200]['content']['application/json'], "certificate">>
export type ListCertificateActionsQuery = NonNullable<operations["list_certificate_actions"]['parameters']['query']>
export type ListCertificateActionsResponse = operations["list_certificate_actions"]['responses'][200]['content']['application/json'] & Required<Pick<operations["list_certificate_actions"]['responses'][200]['content']['application/json'], "actions">>
export type RetryCertificateResponse = operations["retry_certificate"]['responses'][201]['content']['application/json']
export type ListFirewallsQuery = NonNullable<operations["list_firewalls"]['parameters']['query']>
export type ListFirewallsResponse = operations["list_firewalls"]['responses'][200]['content']['application/json'] & Required<Pick<operations["list_firewalls"]['responses'][200]['content']['application/json'], "firewalls">>
export type CreateFirewallRequest = operations["create_firewall"]['requestBody']['content']['application/json']
export type CreateFirewallResponse = operations["create_firewall"]['responses'][201]['content']['application/json'] & Required<Pick<operations["create_firewall"]['responses'][201]['content']['application/json'], "firewall">>
export type ListFirewallsActionsQuery = NonNullable<operations["list_firewalls_actions"]['parameters']['query']>
export type ListFirewallsActionsResponse = operations["list_firewalls_actions"]['responses'][200]['content']['application/json'] & Required<Pick<operations["list_firewalls_actions"]['responses'][200]['content']['application/json'], "actions">>
export type GetFirewallsActionResponse = operations["get_firewalls_action"]['responses'][200]['content']['application/json']
export type GetFirewallResponse = operations["get_firewall"]['responses'][200]['content']['application/json'] & Required<Pick<operations["get_firewall"]['responses'][200]['content']['application/json'], "firewall">>
export type UpdateFirewallRequest = operations["update_firewall"]['requestBody']['content']['application/json']
export type UpdateFirewallResponse = operations["update_firewall"]['responses'][200]['content']['application/json'] & Required<Pick<operations["update_firewall"]['responses'][200]['content']['application/json'], "firewall">>
export type ListFirewallActionsQuery = NonNullable<operations["list_firewall_actions"]['parameters']['query']>
export type ListFirewallActionsResponse = operations["list_firewall_actions"]['responses'][200]['content']['application/json'] & Required<Pick<operations["list_firewall_actions"]['responses'][200]['content']['application/json'], "actions">>
export type ApplyFirewallToResourcesRequest = operations["apply_firewall_to_resources"]['requestBody']['content']['application/json']
export type ApplyFirewallToResourcesResponse = operations["apply_firewall_to_resources"]['responses'][201]['content']['application/json']
export type RemoveFirewallFromResourcesRequest = operations["remove_firewall_from_resources"]['requestBody']['content']['application/json']
export type RemoveFirewallFromResourcesResponse = operations["remove_firewall_from_resources"]['responses'][201]['content']['application/json']
export type SetFirewallRulesRequest = operations["set_firewall_rules"]['requestBody']['content']['application/json']
export type SetFirewallRulesResponse = operations["set_firewall_rules"]['responses'][201]['content']['application/json']
export type ListFloatingIPsQuery = NonNullable<operations["list_floating_ips"]['parameters']['query']>
export type ListFloatingIPsResponse = operations["list_floating_ips"]['responses'][200]['content']['application/json'] & Required<Pick<operations["list_floating_ips"]['responses'][200]['content']['application/json'], "floating_ips">>
export type CreateFloatingIPRequest = operations["create_floating_ip"]['requestBody']['content']['application/json']
export type CreateFloatingIPResponse = operations["create_floating_ip"]['responses'][201]['content']['application/json'] & Required<Pick<operations["create_floating_ip"]['responses'][201]['content']['application/json'], "floating_ip">>
export type ListFloatingIPsActionsQuery = NonNullable<operations["list_floating_ips_actions"]['parameters']['query']>
export type ListFloatingIPsActionsResponse = operations["list_floating_ips_actions"]['responses'][200]['content']['application/json'] & Required<Pick<operations["list_floating_ips_actions"]['responses'][200]['content']['application/json'], "actions">>
export type GetFloatingIPsActionResponse = operations["get_floating_ips_action"]['responses'][200]['content']['application/json']
export type GetFloatingIPResponse = operations["get_floating_ip"]['responses'][200]['content']['application/json'] & Required<Pick<operations["get_floating_ip"]['responses'][200]['content']['application/json'], "floating_ip">>
export type UpdateFloatingIPRequest = operations["update_floating_ip"]['requestBody']['content']['application/json']
export type UpdateFloatingIPResponse = operations["update_floating_ip"]['responses'][200]['content']['application/json'] & Required<Pick<operations["update_floating_ip"]['responses'][200]['content']['application/json'], "floating_ip">>
export type ListFloatingIPActionsQuery = NonNullable<operations["list_floating_ip_actions"]['parameters']['query']>
export type ListFloatingIPActionsResponse = operations["list_floating_ip_actions"]['responses'][200]['content']['application/json'] & Required<Pick<operations["list_floating_ip_actions"]['responses'][200]['content']['application/json'], "actions">>
export type AssignFloatingIPRequest = operations["assign_floating_ip"]['requestBody']['content']['application/json']
export type AssignFloatingIPResponse = operations["assign_floating_ip"]['responses'][201]['content']['application/json']
export type ChangeFloatingIPDNSPtrRequest = operations["change_floating_ip_dns_ptr"]['requestBody']['content']['application/json']
export type ChangeFloatingIPDNSPtrResponse = operations["change_floating_ip_dns_ptr"]['responses'][201]['content']['application/json']
export type ChangeFloatingIPProtectionRequest = operations["change_floating_ip_protection"]['requestBody']['content']['application/json']
export type ChangeFloatingIPProtectionResponse = operations["change_floating_ip_protection"]['responses'][201]['content']['application/json']
export type UnassignFloatingIPResponse = operations["unassign_floating_ip"]['responses'][201]['content']['application/json']
export type ListImagesQuery = NonNullable<operations["list_images"]['parameters']['query']>
export type ListImagesResponse = operations["list_images"]['responses'][200]['content']['application/json'] & Required<Pick<operations["list_images"]['responses'][200]['content']['application/json'], "images">>
export type ListImagesActionsQuery = NonNullable<operations["list_images_actions"]['parameters']['query']>
export type ListImagesActionsResponse = operations["list_images_actions"]['responses'][200]['content']['application/json'] & Required<Pick<operations["list_images_actions"]['responses'][200]['content']['application/json'], "actions">>
export type GetImagesActionResponse = operations["get_images_action"]['responses'][200]['content']['application/json']
export type GetImageResponse = operations["get_image"]['responses'][200]['content']['application/json'] & Required<Pick<operations["get_image"]['responses'][200]['content']['application/json'], "image">>
export type UpdateImageRequest = operations["update_image"]['requestBody']['content']['application/json']
export type UpdateImageResponse = operations["update_image"]['responses'][200]['content']['application/json'] & Required<Pick<operations["update_image"]['responses'][200]['content']['application/json'], "image">>
export type ListImageActionsQuery = NonNullable<operations["list_image_actions"]['parameters']['query']>
export type ListImageActionsResponse = operations["list_image_actions"]['responses'][200]['content']['application/json'] & Required<Pick<operations["list_image_actions"]['responses'][200]['content']['application/json'], "actions">>
export type ChangeImageProtectionRequest = operations["change_image_protection"]['requestBody']['content']['application/json']
export type ChangeImageProtectionResponse = operations["change_image_protection"]['responses'][201]['content']['application/json']
export type ListISOsQuery = NonNullable<operations["list_isos"]['parameters']['query']>
export type ListISOsResponse = operations["list_isos"]['responses'][200]['content']['application/json'] & Required<Pick<operations["list_isos"]['responses'][200]['content']['application/json'], "isos">>
export type GetISOResponse = operations["get_iso"]['responses'][200]['content']['application/json'] & Required<Pick<operations["get_iso"]['responses'][200]['content']['application/json'], "iso">>
export type ListLoadBalancerTypesQuery = NonNullable<operations["list_load_balancer_types"]['parameters']['query']>
export type ListLoadBalancerTypesResponse = operations["list_load_balancer_types"]['responses'][200]['content']['application/json'] & Required<Pick<operations["list_load_balancer_types"]['responses'][200]['content']['application/json'], "load_balancer_types">>
export type GetLoadBalancerTypeResponse = operations["get_load_balancer_type"]['responses'][200]['content']['application/json'] & Required<Pick<operations["get_load_balancer_type"]['responses'][200]['content']['application/json'], "load_balancer_type">>
export type ListLoadBalancersQuery = NonNullable<operations["list_load_balancers"]['parameters']['query']>
export type ListLoadBalancersResponse = operations["list_load_balancers"]['responses'][200]['content']['application/json'] & Required<Pick<operations["list_load_balancers"]['responses'][200]['content']['application/json'], "load_balancers">>
export type CreateLoadBalancerRequest = operations["create_load_balancer"]['requestBody']['content']['application/json']
export type CreateLoadBalancerResponse = operations["create_load_balancer"]['responses'][201]['content']['application/json'] & Required<Pick<operations["create_load_balancer"]['responses'][201]['content']['application/json'], "load_balancer">>
export type ListLoadBalancersActionsQuery = NonNullable<operations["list_load_balancers_actions"]['parameters']['query']>
export type ListLoadBalancersActionsResponse = operations["list_load_balancers_actions"]['responses'][200]['content']['application/json'] & Required<Pick<operations["list_load_balancers_actions"]['responses'][200]['content']['application/json'], "actions">>
export type GetLoadBalancersActionResponse = operations["get_load_balancers_action"]['responses'][200]['content']['application/json']
export type GetLoadBalancerResponse = operations["get_load_balancer"]['responses'][200]['content']['application/json'] & Required<Pick<operations["get_load_balancer"]['responses'][200]['content']['application/json'], "load_balancer">>
export type UpdateLoadBalancerRequest = operations["update_load_balancer"]['requestBody']['content']['application/json']
export type UpdateLoadBalancerResponse = operations["update_load_balancer"]['responses'][200]['content']['application/json'] & Required<Pick<operations["update_load_balancer"]['responses'][200]['content']['application/json'], "load_balancer">>
export type ListLoadBalancerActionsQuery = NonNullable<operations["list_load_balancer_actions"]['parameters']['query']>
export type ListLoadBalancerActionsResponse = operations["list_load_balancer_actions"]['responses'][200]['content']['application/json'] & Required<Pick<operations["list_load_balancer_actions"]['responses'][200]['content']['application/json'], "actions">>
export type AddLoadBalancerServiceRequest = operations["add_load_balancer_service"]['requestBody']['content']['application/json']
export type AddLoadBalancerServiceResponse = operations["add_load_balancer_service"]['responses'][201]['content']['application/json']
export type AddLoadBalancerTargetRequest = operations["add_load_balancer_target"]['requestBody']['content']['application/json']
export type AddLoadBalancerTargetResponse = operations["add_load_balancer_target"]['responses'][201]['content']['application/json']
export type AttachLoadBalancerToNetworkRequest = operations["attach_load_balancer_to_network"]['requestBody']['content']['application/json']
export type AttachLoadBalancerToNetworkResponse = operations["attach_load_balancer_to_network"]['responses'][201]['content']['application/json']
export type ChangeLoadBalancerAlgorithmRequest = operations["change_load_balancer_algorithm"]['requestBody']['content']['application/json']
export type ChangeLoadBalancerAlgorithmResponse = operations["change_load_balancer_algorithm"]['responses'][201]['content']['application/json']
export type ChangeLoadBalancerDNSPtrRequest = operations["change_load_balancer_dns_ptr"]['requestBody']['content']['application/json']
export type ChangeLoadBalancerDNSPtrResponse = operations["change_load_balancer_dns_ptr"]['responses'][201]['content']['application/json']
export type ChangeLoadBalancerProtectionRequest = operations["change_load_balancer_protection"]['requestBody']['content']['application/json']
export type ChangeLoadBalancerProtectionResponse = operations["change_load_balancer_protection"]['responses'][201]['content']['application/json']
export type ChangeLoadBalancerTypeRequest = operations["change_load_balancer_type"]['requestBody']['content']['application/json']
export type ChangeLoadBalancerTypeResponse = operations["change_load_balancer_type"]['responses'][201]['content']['application/json']
export type DeleteLoadBalancerServiceRequest = operations["delete_load_balancer_service"]['requestBody']['content']['application/json']
export type DeleteLoadBalancerServiceResponse = operations["delete_load_balancer_service"]['responses'][201]['content']['application/json']
export type DetachLoadBalancerFromNetworkRequest = operations["detach_load_balancer_from_network"]['requestBody']['content']['application/json']
export type DetachLoadBalancerFromNetworkResponse = operations["detach_load_balancer_from_network"]['responses'][201]['content']['application/json']
export type DisableLoadBalancerPublicInterfaceResponse = operations["disable_load_balancer_public_interface"]['responses'][201]['content']['application/json']
export type EnableLoadBalancerPublicInterfaceResponse = operations["enable_load_balancer_public_interface"]['responses'][201]['content']['application/json']
export type RemoveLoadBalancerTargetRequest = operations["remove_load_balancer_target"]['requestBody']['content']['application/json']
export type RemoveLoadBalancerTargetResponse = operations["remove_load_balancer_target"]['responses'][201]['content']['application/json']
export type UpdateLoadBalancerServiceRequest = operations["update_load_balancer_service"]['requestBody']['content']['application/json']
export type UpdateLoadBalancerServiceResponse = operations["update_load_balancer_service"]['responses'][201]['content']['application/json']
export type GetLoadBalancerMetricsQuery = NonNullable<operations["get_load_balancer_metrics"]['parameters']['query']>
export type GetLoadBalancerMetricsResponse = operations["get_load_balancer_metrics"]['responses'][200]['content']['application/json']
export type ListLocationsQuery = NonNullable<operations["list_locations"]['parameters']['query']>
export type ListLocationsResponse = operations["list_locations"]['responses'][200]['content']['application/json'] & Required<Pick<operations["list_locations"]['responses'][200]['content']['application/json'], "locations">>
export type GetLocationResponse = operations["get_location"]['responses'][200]['content']['application/json'] & Required<Pick<operations["get_location"]['responses'][200]['content']['application/json'], "location">>
export type ListNetworksQuery = NonNullable<operations["list_networks"]['parameters']['query']>
export type ListNetworksResponse = operations["list_networks"]['responses'][200]['content']['application/json'] & Required<Pick<operations["list_networks"]['responses'][200]['content']['application/json'], "networks">>
export type CreateNetworkRequest = operations["create_network"]['requestBody']['content']['application/json']
export type CreateNetworkResponse = operations["create_network"]['responses'][201]['content']['application/json'] & Required<Pick<operations["create_network"]['responses'][201]['content']['application/json'], "network">>
export type ListNetworksActionsQuery = NonNullable<operations["list_networks_actions"]['parameters']['query']>
export type ListNetworksActionsResponse = operations["list_networks_actions"]['responses'][200]['content']['application/json'] & Required<Pick<operations["list_networks_actions"]['responses'][200]['content']['application/json'], "actions">>
export type GetNetworksActionResponse = operations["get_networks_action"]['responses'][200]['content']['application/json']
export type GetNetworkResponse = operations["get_network"]['responses'][200]['content']['application/json'] & Required<Pick<operations["get_network"]['responses'][200]['content']['application/json'], "network">>
export type UpdateNetworkRequest = operations["update_network"]['requestBody']['content']['application/json']
export type UpdateNetworkResponse = operations["update_network"]['responses'][200]['content']['application/json'] & Required<Pick<operations["update_network"]['responses'][200]['content']['application/json'], "network">>
export type ListNetworkActionsQuery = NonNullable<operations["list_network_actions"]['parameters']['query']>
export type ListNetworkActionsResponse = operations["list_network_actions"]['responses'][200]['content']['application/json'] & Required<Pick<operations["list_network_actions"]['responses'][200]['content']['application/json'], "actions">>
export type AddNetworkRouteRequest = operations["add_network_route"]['requestBody']['content']['application/json']
export type AddNetworkRouteResponse = operations["add_network_route"]['responses'][201]['content']['application/json']
export type AddNetworkSubnetRequest = operations["add_network_subnet"]['requestBody']['content']['application/json']
export type AddNetworkSubnetResponse = operations["add_network_subnet"]['responses'][201]['content']['application/json']
export type ChangeNetworkIPRangeRequest = operations["change_network_ip_range"]['requestBody']['content']['application/json']
export type ChangeNetworkIPRangeResponse = operations["change_network_ip_range"]['responses'][201]['content']['application/json']
export type ChangeNetworkProtectionRequest = operations["change_network_protection"]['requestBody']['content']['application/json']
export type ChangeNetworkProtectionResponse = operations["change_network_protection"]['responses'][201]['content']['application/json']
export type DeleteNetworkRouteRequest = operations["delete_network_route"]['requestBody']['content']['application/json']
export type DeleteNetworkRouteResponse = operations["delete_network_route"]['responses'][201]['content']['application/json']
export type DeleteNetworkSubnetRequest = operations["delete_network_subnet"]['requestBody']['content']['application/json']
export type DeleteNetworkSubnetResponse = operations["delete_network_subnet"]['responses'][201]['content']['application/json']
export type ListPlacementGroupsQuery = NonNullable<operations["list_placement_groups"]['parameters']['query']>
export type ListPlacementGroupsResponse = operations["list_placement_groups"]['responses'][200]['content']['application/json'] & Required<Pick<operations["list_placement_groups"]['responses'][200]['content']['application/json'], "placement_groups">>
export type CreatePlacementGroupRequest = operations["create_placement_group"]['requestBody']['content']['application/json']
export type CreatePlacementGroupResponse = operations["create_placement_group"]['responses'][201]['content']['application/json'] & Required<Pick<operations["create_placement_group"]['responses'][201]['content']['application/json'], "placement_group">>
export type GetPlacementGroupResponse = operations["get_placement_group"]['responses'][200]['content']['application/json'] & Required<Pick<operations["get_placement_group"]['responses'][200]['content']['application/json'], "placement_group">>
export type UpdatePlacementGroupRequest = operations["update_placement_group"]['requestBody']['content']['application/json']
export type UpdatePlacementGroupResponse = operations["update_placement_group"]['responses'][200]['content']['application/json'] & Required<Pick<operations["update_placement_group"]['responses'][200]['content']['application/json'], "placement_group">>
export type GetPricingResponse = operations["get_pricing"]['responses'][200]['content']['application/json']
export type ListPrimaryIPsQuery = NonNullable<operations["list_primary_ips"]['parameters']['query']>
export type ListPrimaryIPsResponse = operations["list_primary_ips"]['responses'][200]['content']['application/json'] & Required<Pick<operations["list_primary_ips"]['responses'][200]['content']['application/json'], "primary_ips">>
export type CreatePrimaryIPRequest = operations["create_primary_ip"]['requestBody']['content']['application/json']
export type CreatePrimaryIPResponse = operations["create_primary_ip"]['responses'][201]['content']['application/json'] & Required<Pick<operations["create_primary_ip"]['responses'][201]['content']['application/json'], "primary_ip">>
export type ListPrimaryIPsActionsQuery = NonNullable<operations["list_primary_ips_actions"]['parameters']['query']>
export type ListPrimaryIPsActionsResponse = operations["list_primary_ips_actions"]['responses'][200]['content']['application/json'] & Required<Pick<operations["list_primary_ips_actions"]['responses'][200]['content']['application/json'], "actions">>
export type GetPrimaryIPsActionResponse = operations["get_primary_ips_action"]['responses'][200]['content']['application/json']
export type ListPrimaryIPActionsQuery = NonNullable<operations["list_primary_ip_actions"]['parameters']['query']>
export type ListPrimaryIPActionsResponse = operations["list_primary_ip_actions"]['responses'][200]['content']['application/json'] & Required<Pick<operations["list_primary_ip_actions"]['responses'][200]['content']['application/json'], "actions">>
export type GetPrimaryIPResponse = operations["get_primary_ip"]['responses'][200]['content']['application/json'] & Required<Pick<operations["get_primary_ip"]['responses'][200]['content']['application/json'], "primary_ip">>
export type UpdatePrimaryIPRequest = operations["update_primary_ip"]['requestBody']['content']['application/json']
export type UpdatePrimaryIPResponse = operations["update_primary_ip"]['responses'][200]['content']['application/json'] & Required<Pick<operations["update_primary_ip"]['responses'][200]['content']['application/json'], "primary_ip">>
export type AssignPrimaryIPRequest = operations["assign_primary_ip"]['requestBody']['content']['application/json']
export type AssignPrimaryIPResponse = operations["assign_primary_ip"]['responses'][201]['content']['application/json']
export type ChangePrimaryIPDNSPtrRequest = operations["change_primary_ip_dns_ptr"]['requestBody']['content']['application/json']
export type ChangePrimaryIPDNSPtrResponse = operations["change_primary_ip_dns_ptr"]['responses'][201]['content']['application/json']
export type ChangePrimaryIPProtectionRequest = operations["change_primary_ip_protection"]['requestBody']['content']['application/json']
export type ChangePrimaryIPProtectionResponse = operations["change_primary_ip_protection"]['responses'][201]['content']['application/json']
export type UnassignPrimaryIPResponse = operations["unassign_primary_ip"]['responses'][201]['content']['application/json']
export type ListServerTypesQuery = NonNullable<operations["list_server_types"]['parameters']['query']>
export type ListServerTypesResponse = operations["list_server_types"]['responses'][200]['content']['application/json'] & Required<Pick<operations["list_server_types"]['responses'][200]['content']['application/json'], "server_types">>
export type GetServerTypeResponse = operations["get_server_type"]['responses'][200]['content']['application/json'] & Required<Pick<operations["get_server_type"]['responses'][200]['content']['application/json'], "server_type">>
export type ListServersQuery = NonNullable<operations["list_servers"]['parameters']['query']>
export type ListServersResponse = operations["list_servers"]['responses'][200]['content']['application/json'] & Required<Pick<operations["list_servers"]['responses'][200]['content']['application/json'], "servers">>
export type CreateServerRequest = operations["create_server"]['requestBody']['content']['application/json']
export type CreateServerResponse = operations["create_server"]['responses'][201]['content']['application/json'] & Required<Pick<operations["create_server"]['responses'][201]['content']['application/json'], "server">>
export type ListServersActionsQuery = NonNullable<operations["list_servers_actions"]['parameters']['query']>
export type ListServersActionsResponse = operations["list_servers_actions"]['responses'][200]['content']['application/json'] & Required<Pick<operations["list_servers_actions"]['responses'][200]['content']['application/json'], "actions">>
export type GetServersActionResponse = operations["get_servers_action"]['responses'][200]['content']['application/json']
export type GetServerResponse = operations["get_server"]['responses'][200]['content']['application/json'] & Required<Pick<operations["get_server"]['responses'][200]['content']['application/json'], "server">>
export type UpdateServerRequest = operations["update_server"]['requestBody']['content']['application/json']
export type UpdateServerResponse = operations["update_server"]['responses'][200]['content']['application/json'] & Required<Pick<operations["update_server"]['responses'][200]['content']['application/json'], "server">>
export type DeleteServerResponse = Omit<operations["delete_server"]['responses'][200]['content']['application/json'], 'action'> & { action: operations["delete_server"]['responses'][200]['content']['application/json']['action'] | null }
export type ListServerActionsQuery = NonNullable<operations["list_server_actions"]['parameters']['query']>
export type ListServerActionsResponse = operations["list_server_actions"]['responses'][200]['content']['application/json'] & Required<Pick<operations["list_server_actions"]['responses'][200]['content']['application/json'], "actions">>
export type AddServerToPlacementGroupRequest = operations["add_server_to_placement_group"]['requestBody']['content']['application/json']
export type AddServerToPlacementGroupResponse = operations["add_server_to_placement_group"]['responses'][201]['content']['application/json']
export type AttachServerISORequest = operations["attach_server_iso"]['requestBody']['content']['application/json']
export type AttachServerISOResponse = operations["attach_server_iso"]['responses'][201]['content']['application/json']
export type AttachServerToNetworkRequest = operations["attach_server_to_network"]['requestBody']['content']['application/json']
export type AttachServerToNetworkResponse = operations["attach_server_to_network"]['responses'][201]['content']['application/json']
export type ChangeServerAliasIPsRequest = operations["change_server_alias_ips"]['requestBody']['content']['application/json']
export type ChangeServerAliasIPsResponse = operations["change_server_alias_ips"]['responses'][201]['content']['application/json']
export type ChangeServerDNSPtrRequest = operations["change_server_dns_ptr"]['requestBody']['content']['application/json']
export type ChangeServerDNSPtrResponse = operations["change_server_dns_ptr"]['responses'][201]['content']['application/json']
export type ChangeServerProtectionRequest = operations["change_server_protection"]['requestBody']['content']['application/json']
export type ChangeServerProtectionResponse = operations["change_server_protection"]['responses'][201]['content']['application/json']
export type ChangeServerTypeRequest = operations["change_server_type"]['requestBody']['content']['application/json']
export type ChangeServerTypeResponse = operations["change_server_type"]['responses'][201]['content']['application/json']
export type CreateServerImageRequest = operations["create_server_image"]['requestBody']['content']['application/json']
export type CreateServerImageResponse = operations["create_server_image"]['responses'][201]['content']['application/json'] & Required<Pick<operations["create_server_image"]['responses'][201]['content']['application/json'], "image">>
export type DetachServerFromNetworkRequest = operations["detach_server_from_network"]['requestBody']['content']['application/json']
export type DetachServerFromNetworkResponse = operations["detach_server_from_network"]['responses'][201]['content']['application/json']
export type DetachServerISOResponse = operations["detach_server_iso"]['responses'][201]['content']['application/json']
export type DisableServerBackupResponse = operations["disable_server_backup"]['responses'][201]['content']['application/json']
export type DisableServerRescueResponse = operations["disable_server_rescue"]['responses'][201]['content']['application/json']
export type EnableServerBackupResponse = operations["enable_server_backup"]['responses'][201]['content']['application/json']
export type EnableServerRescueRequest = operations["enable_server_rescue"]['requestBody']['content']['application/json']
export type EnableServerRescueResponse = operations["enable_server_rescue"]['responses'][201]['content']['application/json']
export type PoweroffServerResponse = operations["poweroff_server"]['responses'][201]['content']['application/json']
export type PoweronServerResponse = operations["poweron_server"]['responses'][201]['content']['application/json']
export type RebootServerResponse = operations["reboot_server"]['responses'][201]['content']['application/json']
export type RebuildServerRequest = operations["rebuild_server"]['requestBody']['content']['application/json']
export type RebuildServerResponse = operations["rebuild_server"]['responses'][201]['content']['application/json']
export type RemoveServerFromPlacementGroupResponse = operations["remove_server_from_placement_group"]['responses'][201]['content']['application/json']
export type RequestServerConsoleResponse = operations["request_server_console"]['responses'][201]['content']['application/json']
export type ResetServerResponse = operations["reset_server"]['responses'][201]['content']['application/json']
export type ResetServerPasswordResponse = operations["reset_server_password"]['responses'][201]['content']['application/json']
export type ShutdownServerResponse = operations["shutdown_server"]['responses'][201]['content']['application/json']
export type GetServerMetricsQuery = NonNullable<operations["get_server_metrics"]['parameters']['query']>
export type GetServerMetricsResponse = operations["get_server_metrics"]['responses'][200]['content']['application/json']
export type ListSSHKeysQuery = NonNullable<operations["list_ssh_keys"]['parameters']['query']>
export type ListSSHKeysResponse = operations["list_ssh_keys"]['responses'][200]['content']['application/json'] & Required<Pick<operations["list_ssh_keys"]['responses'][200]['content']['application/json'], "ssh_keys">>
export type CreateSSHKeyRequest = operations["create_ssh_key"]['requestBody']['content']['application/json']
export type CreateSSHKeyResponse = operations["create_ssh_key"]['responses'][201]['content']['application/json'] & Required<Pick<operations["create_ssh_key"]['responses'][201]['content']['application/json'], "ssh_key">>
export type GetSSHKeyResponse = operations["get_ssh_key"]['responses'][200]['content']['application/json'] & Required<Pick<operations["get_ssh_key"]['responses'][200]['content']['application/json'], "ssh_key">>
export type UpdateSSHKeyRequest = operations["update_ssh_key"]['requestBody']['content']['application/json']
export type UpdateSSHKeyResponse = operations["update_ssh_key"]['responses'][200]['content']['application/json'] & Required<Pick<operations["update_ssh_key"]['responses'][200]['content']['application/json'], "ssh_key">>
export type ListVolumesQuery = NonNullable<operations["list_volumes"]['parameters']['query']>
export type ListVolumesResponse = operations["list_volumes"]['responses'][200]['content']['application/json'] & Required<Pick<operations["list_volumes"]['responses'][200]['content']['application/json'], "volumes">>
export type CreateVolumeRequest = operations["create_volume"]['requestBody']['content']['application/json']
export type CreateVolumeResponse = operations["create_volume"]['responses'][201]['content']['application/json'] & Required<Pick<operations["create_volume"]['responses'][201]['content']['application/json'], "volume">>
export type ListVolumesActionsQuery = NonNullable<operations["list_volumes_actions"]['parameters']['query']>
export type ListVolumesActionsResponse = operations["list_volumes_actions"]['responses'][200]['content']['application/json'] & Required<Pick<operations["list_volumes_actions"]['responses'][200]['content']['application/json'], "actions">>
export type GetVolumesActionResponse = operations["get_volumes_action"]['responses'][200]['content']['application/json']
export type GetVolumeResponse = operations["get_volume"]['responses'][200]['content']['application/json'] & Required<Pick<operations["get_volume"]['responses'][200]['content']['application/json'], "volume">>
export type UpdateVolumeRequest = operations["update_volume"]['requestBody']['content']['application/json']
export type UpdateVolumeResponse = operations["update_volume"]['responses'][200]['content']['application/json'] & Required<Pick<operations["update_volume"]['responses'][200]['content']['application/json'], "volume">>
export type ListVolumeActionsQuery = NonNullable<operations["list_volume_actions"]['parameters']['query']>
export type ListVolumeActionsResponse = operations["list_volume_actions"]['responses'][200]['content']['application/json'] & Required<Pick<operations["list_volume_actions"]['responses'][200]['content']['application/json'], "actions">>
export type AttachVolumeRequest = operations["attach_volume"]['requestBody']['content']['application/json']
export type AttachVolumeResponse = operations["attach_volume"]['responses'][201]['content']['application/json']
export type ChangeVolumeProtectionRequest = operations["change_volume_protection"]['requestBody']['content']['application/json']
export type ChangeVolumeProtectionResponse = operations["change_volume_protection"]['responses'][201]['content']['application/json']
export type DetachVolumeResponse = operations["detach_volume"]['responses'][201]['content']['application/json']
export type ResizeVolumeRequest = operations["resize_volume"]['requestBody']['content']['application/json']
export type ResizeVolumeResponse = operations["resize_volume"]['responses'][201]['content']['application/json']
export type ListZonesQuery = NonNullable<operations["list_zones"]['parameters']['query']>
export type ListZonesResponse = operations["list_zones"]['responses'][200]['content']['application/json'] & Required<Pick<operations["list_zones"]['responses'][200]['content']['application/json'], "zones">>
export type CreateZoneRequest = operations["create_zone"]['requestBody']['content']['application/json']
export type CreateZoneResponse = operations["create_zone"]['responses'][201]['content']['application/json']
export type GetZoneResponse = operations["get_zone"]['responses'][200]['content']['application/json']
export type UpdateZoneRequest = operations["update_zone"]['requestBody']['content']['application/json']
export type UpdateZoneResponse = operations["update_zone"]['responses'][200]['content']['application/json']
export type DeleteZoneResponse = Omit<operations["delete_zone"]['responses'][201]['content']['application/json'], 'action'> & { action: operations["delete_zone"]['responses'][201]['content']['application/json']['action'] | null }
export type GetZoneZonefileResponse = operations["get_zone_zonefile"]['responses'][200]['content']['application/json']
export type ListZonesActionsQuery = NonNullable<operations["list_zones_actions"]['parameters']['query']>
export type ListZonesActionsResponse = operations["list_zones_actions"]['responses'][200]['content']['application/json'] & Required<Pick<operations["list_zones_actions"]['responses'][200]['content']['application/json'], "actions">>
export type GetZonesActionResponse = operations["get_zones_action"]['responses'][200]['content']['application/json']
export type ListZoneActionsQuery = NonNullable<operations["list_zone_actions"]['parameters']['query']>
export type ListZoneActionsResponse = operations["list_zone_actions"]['responses'][200]['content']['application/json'] & Required<Pick<operations["list_zone_actions"]['responses'][200]['content']['application/json'], "actions">>
export type ChangeZonePrimaryNameserversRequest = operations["change_zone_primary_nameservers"]['requestBody']['content']['application/json']
export type ChangeZonePrimaryNameserversResponse = operations["change_zone_primary_nameservers"]['responses'][201]['content']['application/json']
export type ChangeZoneProtectionRequest = operations["change_zone_protection"]['requestBody']['content']['application/json']
export type ChangeZoneProtectionResponse = operations["change_zone_protection"]['responses'][201]['content']['application/json']
export type ChangeZoneTtlRequest = operations["change_zone_ttl"]['requestBody']['content']['application/json']
export type ChangeZoneTtlResponse = operations["change_zone_ttl"]['responses'][201]['content']['application/json']
export type ImportZoneZonefileRequest = operations["import_zone_zonefile"]['requestBody']['content']['application/json']
export type ImportZoneZonefileResponse = operations["import_zone_zonefile"]['responses'][201]['content']['application/json']
export type ListZoneRRSetsQuery = NonNullable<operations["list_zone_rrsets"]['parameters']['query']>
export type ListZoneRRSetsResponse = operations["list_zone_rrsets"]['responses'][200]['content']['application/json'] & Required<Pick<operations["list_zone_rrsets"]['responses'][200]['content']['application/json'], "rrsets">>
export type CreateZoneRRSetRequest = operations["create_zone_rrset"]['requestBody']['content']['application/json']
export type CreateZoneRRSetResponse = operations["create_zone_rrset"]['responses'][201]['content']['application/json']
export type GetZoneRRSetResponse = operations["get_zone_rrset"]['responses'][200]['content']['application/json']
export type UpdateZoneRRSetRequest = operations["update_zone_rrset"]['requestBody']['content']['application/json']
export type UpdateZoneRRSetResponse = operations["update_zone_rrset"]['responses'][200]['content']['application/json']
export type DeleteZoneRRSetResponse = Omit<operations["delete_zone_rrset"]['responses'][201]['content']['application/json'], 'action'> & { action: operations["delete_zone_rrset"]['responses'][201]['content']['application/json']['action'] | null }
export type ChangeZoneRRSetProtectionRequest = operations["change_zone_rrset_protection"]['requestBody']['content']['application/json']
export type ChangeZoneRRSetProtectionResponse = operations["change_zone_rrset_protection"]['responses'][201]['content']['application/json']
export type ChangeZoneRRSetTtlRequest = operations["change_zone_rrset_ttl"]['requestBody']['content']['application/json']
export type ChangeZoneRRSetTtlResponse = operations["change_zone_rrset_ttl"]['responses'][201]['content']['application/json']
export type SetZoneRRSetRecordsRequest = operations["set_zone_rrset_records"]['requestBody']['content']['application/json']
export type SetZoneRRSetRecordsResponse = operations["set_zone_rrset_records"]['responses'][201]['content']['application/json']
export type AddZoneRRSetRecordsRequest = operations["add_zone_rrset_records"]['requestBody']['content']['application/json']
export type AddZoneRRSetRecordsResponse = operations["add_zone_rrset_records"]['responses'][201]['content']['application/json']
export type RemoveZoneRRSetRecordsRequest = operations["remove_zone_rrset_records"]['requestBody']['content']['application/json']
export type RemoveZoneRRSetRecordsResponse = operations["remove_zone_rrset_records"]['responses'][201]['content']['application/json']
export type UpdateZoneRRSetRecordsRequest = operations["update_zone_rrset_records"]['requestBody']['content']['application/json']
export type UpdateZoneRRSetRecordsResponse = operations["update_zone_rrset_records"]['responses'][200]['content']['application/json']

// Resources, by the key of their single-resource answer.
export type Action = GetActionResponse["action"]
export type Certificate = GetCertificateResponse["certificate"]
export type Firewall = GetFirewallResponse["firewall"]
export type FloatingIP = GetFloatingIPResponse["floating_ip"]
export type Image = GetImageResponse["image"]
export type ISO = GetISOResponse["iso"]
export type LoadBalancerType = GetLoadBalancerTypeResponse["load_balancer_type"]
export type LoadBalancer = GetLoadBalancerResponse["load_balancer"]
export type Location = GetLocationResponse["location"]
export type Network = GetNetworkResponse["network"]
export type PlacementGroup = GetPlacementGroupResponse["placement_group"]
export type PrimaryIP = GetPrimaryIPResponse["primary_ip"]
export type ServerType = GetServerTypeResponse["server_type"]
export type Server = GetServerResponse["server"]
export type SSHKey = GetSSHKeyResponse["ssh_key"]
export type Volume = GetVolumeResponse["volume"]
export type Zone = GetZoneResponse["zone"]
export type RRSet = GetZoneRRSetResponse["rrset"]

// Names of the first release.
export type ActionListResponse = ListServerActionsResponse
export type ServerActionsQuery = ListServerActionsQuery
export type ActionResponse = GetActionResponse
export type SSHKeyResponse = GetSSHKeyResponse
export type FirewallResponse = GetFirewallResponse
export type ListMeta = ListServersResponse['meta']
export type Pagination = ListServersResponse['meta']['pagination']
export type ActionError = NonNullable<Action['error']>
export type ActionResource = Action['resources'][number]
export type FirewallRule = Firewall['rules'][number]
export type ServerPublicNet = Server['public_net']
export type ServerServerType = Server['server_type']
export type ServerImage = NonNullable<Server['image']>
export type ServerLocation = Server['location']

export interface components {
    schemas: {
        ServiceTCP: {
            /** @enum {string} */
            protocol: "tcp" | "http" | "https";
            listen_port: number;
            destination_port: number;
            proxyprotocol: boolean;
            health_check: {
                /** @enum {string} */
                protocol: "tcp" | "http";
                port: number;
                /** @description Minimum: 3 · Maximum: 60 */
                interval: number;
                /** @description Minimum: 1 · Maximum: 60 */
                timeout: number;
                /** @description Minimum: 1 · Maximum: 5 */
                retries: number;
                http?: {
                    /** @description Max length: 128 */
                    domain: string | null;
                    /** @description Min length: 1 · Max length: 256 */
                    path: string;
                    /** @description Max length: 256 */
                    response?: string;
                    /**
                     * @description Max items: 20
                     * @default [
                     *       "2??",
                     *       "3??"
                     *     ]
                     */
                    status_codes: string[];
                    tls?: boolean;
                };
            };
        } & {
            /** @enum {string} */
            protocol?: "tcp";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            protocol: "tcp";
        };
        ServiceHTTPProtocol: {
            /** @enum {string} */
            protocol: "tcp" | "http" | "https";
            listen_port: number;
            destination_port: number;
            proxyprotocol: boolean;
            health_check: {
                /** @enum {string} */
                protocol: "tcp" | "http";
                port: number;
                /** @description Minimum: 3 · Maximum: 60 */
                interval: number;
                /** @description Minimum: 1 · Maximum: 60 */
                timeout: number;
                /** @description Minimum: 1 · Maximum: 5 */
                retries: number;
                http?: {
                    /** @description Max length: 128 */
                    domain: string | null;
                    /** @description Min length: 1 · Max length: 256 */
                    path: string;
                    /** @description Max length: 256 */
                    response?: string;
                    /**
                     * @description Max items: 20
                     * @default [
                     *       "2??",
                     *       "3??"
                     *     ]
                     */
                    status_codes: string[];
                    tls?: boolean;
                };
            };
        } & {
            /** @enum {string} */
            protocol?: "http";
            http: {
                /**
                 * @description Min length: 1 · Max length: 100
                 * @default HCLBSTICKY
                 */
                cookie_name: string;
                /**
                 * @description Minimum: 30 · Maximum: 86400
                 * @default 300
                 */
                cookie_lifetime: number;
                /**
                 * @description Minimum: 30 · Maximum: 300
                 * @default 50
                 */
                timeout_idle: number;
                /** @default false */
                sticky_sessions: boolean;
            };
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            protocol: "http";
        };
        ServiceHTTPSProtocol: {
            /** @enum {string} */
            protocol: "tcp" | "http" | "https";
            listen_port: number;
            destination_port: number;
            proxyprotocol: boolean;
            health_check: {
                /** @enum {string} */
                protocol: "tcp" | "http";
                port: number;
                /** @description Minimum: 3 · Maximum: 60 */
                interval: number;
                /** @description Minimum: 1 · Maximum: 60 */
                timeout: number;
                /** @description Minimum: 1 · Maximum: 5 */
                retries: number;
                http?: {
                    /** @description Max length: 128 */
                    domain: string | null;
                    /** @description Min length: 1 · Max length: 256 */
                    path: string;
                    /** @description Max length: 256 */
                    response?: string;
                    /**
                     * @description Max items: 20
                     * @default [
                     *       "2??",
                     *       "3??"
                     *     ]
                     */
                    status_codes: string[];
                    tls?: boolean;
                };
            };
        } & {
            /** @enum {string} */
            protocol?: "https";
            http: {
                /**
                 * @description Min length: 1 · Max length: 100
                 * @default HCLBSTICKY
                 */
                cookie_name: string;
                /**
                 * @description Minimum: 30 · Maximum: 86400
                 * @default 300
                 */
                cookie_lifetime: number;
                /**
                 * @description Minimum: 30 · Maximum: 300
                 * @default 50
                 */
                timeout_idle: number;
                certificates: number[];
                /** @default false */
                redirect_http: boolean;
                /** @default false */
                sticky_sessions: boolean;
            };
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            protocol: "https";
        };
        TargetTypeServer: {
            /** @enum {string} */
            type: "server" | "label_selector" | "ip";
        } & {
            /** @enum {string} */
            type?: "server";
            server: {
                /** Format: int64 */
                id: number;
                ip: string;
            };
            health_status: {
                listen_port: number;
                /** @enum {string} */
                status: "healthy" | "unhealthy" | "unknown";
            }[];
            /** @default false */
            use_private_ip: boolean;
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "server";
        };
        TargetTypeLabelSelector: {
            /** @enum {string} */
            type: "server" | "label_selector" | "ip";
        } & {
            /** @enum {string} */
            type?: "label_selector";
            label_selector: {
                /** @description Min length: 1 · Max length: 1000 */
                selector: string;
            };
            targets: {
                type: string;
                server: {
                    /** Format: int64 */
                    id: number;
                    ip: string;
                };
                health_status: {
                    listen_port: number;
                    /** @enum {string} */
                    status: "healthy" | "unhealthy" | "unknown";
                }[];
                /** @default false */
                use_private_ip: boolean;
            }[];
            /** @default false */
            use_private_ip: boolean;
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "label_selector";
        };
        TargetTypeIP: {
            /** @enum {string} */
            type: "server" | "label_selector" | "ip";
        } & {
            /** @enum {string} */
            type?: "ip";
            ip: {
                ip: string;
            };
            health_status: {
                listen_port: number;
                /** @enum {string} */
                status: "healthy" | "unhealthy" | "unknown";
            }[];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ip";
        };
        ZonePrimary: {
            /**
             * Format: int64
             * @description Minimum: 1 · Maximum: 9007199254740991
             */
            id: number;
            /** @description Max length: 255 */
            name: string;
            /** Format: date-time */
            created: string;
            primary_nameservers?: {
                address: string;
                /** @default 53 */
                port: number;
                tsig_key?: string;
                /** @enum {string} */
                tsig_algorithm?: "hmac-md5" | "hmac-sha1" | "hmac-sha256";
            }[];
            labels: {
                [key: string]: string;
            };
            protection: {
                delete: boolean;
            };
            /**
             * @description Minimum: 60 · Maximum: 2147483647
             * @default 3600
             */
            ttl: number;
            /** @enum {string} */
            status: "ok" | "updating" | "error";
            record_count: number;
            authoritative_nameservers: {
                assigned: string[];
                delegated: string[];
                /** Format: date-time */
                delegation_last_check: string | null;
                /** @enum {string} */
                delegation_status?: "valid" | "partially-valid" | "invalid" | "lame" | "unregistered" | "unknown";
            };
            /** @enum {string} */
            registrar: "hetzner" | "other" | "unknown";
        } & {
            /** @enum {string} */
            mode: "primary";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            mode: "primary";
        };
        ZoneSecondary: {
            /**
             * Format: int64
             * @description Minimum: 1 · Maximum: 9007199254740991
             */
            id: number;
            /** @description Max length: 255 */
            name: string;
            /** Format: date-time */
            created: string;
            primary_nameservers?: {
                address: string;
                /** @default 53 */
                port: number;
                tsig_key?: string;
                /** @enum {string} */
                tsig_algorithm?: "hmac-md5" | "hmac-sha1" | "hmac-sha256";
            }[];
            labels: {
                [key: string]: string;
            };
            protection: {
                delete: boolean;
            };
            /**
             * @description Minimum: 60 · Maximum: 2147483647
             * @default 3600
             */
            ttl: number;
            /** @enum {string} */
            status: "ok" | "updating" | "error";
            record_count: number;
            authoritative_nameservers: {
                assigned: string[];
                delegated: string[];
                /** Format: date-time */
                delegation_last_check: string | null;
                /** @enum {string} */
                delegation_status?: "valid" | "partially-valid" | "invalid" | "lame" | "unregistered" | "unknown";
            };
            /** @enum {string} */
            registrar: "hetzner" | "other" | "unknown";
        } & {
            /** @enum {string} */
            mode: "secondary";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            mode: "secondary";
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export interface operations {
    get_actions: {
        parameters: {
            query: {
                id: number[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        actions: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        }[];
                    };
                };
            };
        };
    };
    get_action: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    list_certificates: {
        parameters: {
            query?: {
                sort?: ("id" | "id:asc" | "id:desc" | "name" | "name:asc" | "name:desc" | "created" | "created:asc" | "created:desc")[];
                name?: string;
                label_selector?: string;
                type?: ("uploaded" | "managed")[];
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        certificates: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            name: string;
                            labels: {
                                [key: string]: string;
                            };
                            /** @enum {string} */
                            type?: "uploaded" | "managed";
                            certificate: string | null;
                            /** Format: date-time */
                            created: string;
                            /** Format: date-time */
                            not_valid_before: string | null;
                            /** Format: date-time */
                            not_valid_after: string | null;
                            domain_names: string[];
                            fingerprint: string | null;
                            status?: {
                                /** @enum {string} */
                                issuance?: "pending" | "completed" | "failed";
                                /** @enum {string} */
                                renewal?: "scheduled" | "pending" | "failed" | "unavailable";
                                error?: {
                                    code?: string;
                                    message?: string;
                                } | null;
                            } | null;
                            used_by: {
                                /** Format: int64 */
                                id: number;
                                type: string;
                            }[];
                        }[];
                        meta: {
                            pagination: {
                                /** Format: int64 */
                                page: number;
                                /** Format: int64 */
                                per_page: number;
                                /** Format: int64 */
                                previous_page: number | null;
                                /** Format: int64 */
                                next_page: number | null;
                                /** Format: int64 */
                                last_page: number | null;
                                /** Format: int64 */
                                total_entries: number | null;
                            };
                        };
                    };
                };
            };
        };
    };
    create_certificate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    labels?: {
                        [key: string]: string;
                    };
                    /**
                     * @default uploaded
                     * @enum {string}
                     */
                    type?: "uploaded" | "managed";
                    certificate?: string;
                    private_key?: string;
                    domain_names?: string[];
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        certificate: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            name: string;
                            labels: {
                                [key: string]: string;
                            };
                            /** @enum {string} */
                            type?: "uploaded" | "managed";
                            certificate: string | null;
                            /** Format: date-time */
                            created: string;
                            /** Format: date-time */
                            not_valid_before: string | null;
                            /** Format: date-time */
                            not_valid_after: string | null;
                            domain_names: string[];
                            fingerprint: string | null;
                            status?: {
                                /** @enum {string} */
                                issuance?: "pending" | "completed" | "failed";
                                /** @enum {string} */
                                renewal?: "scheduled" | "pending" | "failed" | "unavailable";
                                error?: {
                                    code?: string;
                                    message?: string;
                                } | null;
                            } | null;
                            used_by: {
                                /** Format: int64 */
                                id: number;
                                type: string;
                            }[];
                        };
                        action?: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        } | null;
                    };
                };
            };
        };
    };
    list_certificates_actions: {
        parameters: {
            query?: {
                id?: number[];
                sort?: ("id" | "id:asc" | "id:desc" | "command" | "command:asc" | "command:desc" | "status" | "status:asc" | "status:desc" | "started" | "started:asc" | "started:desc" | "finished" | "finished:asc" | "finished:desc")[];
                status?: ("running" | "success" | "error")[];
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        actions: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        }[];
                        meta: {
                            pagination: {
                                /** Format: int64 */
                                page: number;
                                /** Format: int64 */
                                per_page: number;
                                /** Format: int64 */
                                previous_page: number | null;
                                /** Format: int64 */
                                next_page: number | null;
                                /** Format: int64 */
                                last_page: number | null;
                                /** Format: int64 */
                                total_entries: number | null;
                            };
                        };
                    };
                };
            };
        };
    };
    get_certificates_action: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    get_certificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        certificate: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            name: string;
                            labels: {
                                [key: string]: string;
                            };
                            /** @enum {string} */
                            type?: "uploaded" | "managed";
                            certificate: string | null;
                            /** Format: date-time */
                            created: string;
                            /** Format: date-time */
                            not_valid_before: string | null;
                            /** Format: date-time */
                            not_valid_after: string | null;
                            domain_names: string[];
                            fingerprint: string | null;
                            status?: {
                                /** @enum {string} */
                                issuance?: "pending" | "completed" | "failed";
                                /** @enum {string} */
                                renewal?: "scheduled" | "pending" | "failed" | "unavailable";
                                error?: {
                                    code?: string;
                                    message?: string;
                                } | null;
                            } | null;
                            used_by: {
                                /** Format: int64 */
                                id: number;
                                type: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    update_certificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    labels?: {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": {
                        certificate: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            name: string;
                            labels: {
                                [key: string]: string;
                            };
                            /** @enum {string} */
                            type?: "uploaded" | "managed";
                            certificate: string | null;
                            /** Format: date-time */
                            created: string;
                            /** Format: date-time */
                            not_valid_before: string | null;
                            /** Format: date-time */
                            not_valid_after: string | null;
                            domain_names: string[];
                            fingerprint: string | null;
                            status?: {
                                /** @enum {string} */
                                issuance?: "pending" | "completed" | "failed";
                                /** @enum {string} */
                                renewal?: "scheduled" | "pending" | "failed" | "unavailable";
                                error?: {
                                    code?: string;
                                    message?: string;
                                } | null;
                            } | null;
                            used_by: {
                                /** Format: int64 */
                                id: number;
                                type: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    delete_certificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                content?: never;
            };
        };
    };
    list_certificate_actions: {
        parameters: {
            query?: {
                sort?: ("id" | "id:asc" | "id:desc" | "command" | "command:asc" | "command:desc" | "status" | "status:asc" | "status:desc" | "started" | "started:asc" | "started:desc" | "finished" | "finished:asc" | "finished:desc")[];
                status?: ("running" | "success" | "error")[];
                page?: number;
                per_page?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        actions: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        }[];
                        meta: {
                            pagination: {
                                /** Format: int64 */
                                page: number;
                                /** Format: int64 */
                                per_page: number;
                                /** Format: int64 */
                                previous_page: number | null;
                                /** Format: int64 */
                                next_page: number | null;
                                /** Format: int64 */
                                last_page: number | null;
                                /** Format: int64 */
                                total_entries: number | null;
                            };
                        };
                    };
                };
            };
        };
    };
    retry_certificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    list_firewalls: {
        parameters: {
            query?: {
                sort?: ("id" | "id:asc" | "id:desc" | "name" | "name:asc" | "name:desc" | "created" | "created:asc" | "created:desc")[];
                name?: string;
                label_selector?: string;
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        firewalls: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            /** @description Min length: 1 · Max length: 128 */
                            name: string;
                            labels?: {
                                [key: string]: string;
                            };
                            /** Format: date-time */
                            created: string;
                            rules: {
                                /** @description Max length: 255 */
                                description?: string | null;
                                /** @enum {string} */
                                direction: "in" | "out";
                                source_ips: string[];
                                destination_ips: string[];
                                /** @enum {string} */
                                protocol: "tcp" | "udp" | "icmp" | "esp" | "gre";
                                port: string | null;
                            }[];
                            applied_to: {
                                /** @enum {string} */
                                type: "server" | "label_selector";
                                server?: {
                                    /**
                                     * Format: int64
                                     * @description Minimum: 1 · Maximum: 9007199254740991
                                     */
                                    id: number;
                                };
                                label_selector?: {
                                    selector: string;
                                };
                                applied_to_resources?: {
                                    /** @enum {string} */
                                    type?: "server";
                                    server?: {
                                        /**
                                         * Format: int64
                                         * @description Minimum: 1 · Maximum: 9007199254740991
                                         */
                                        id: number;
                                    };
                                }[];
                            }[];
                        }[];
                        meta: {
                            pagination: {
                                /** Format: int64 */
                                page: number;
                                /** Format: int64 */
                                per_page: number;
                                /** Format: int64 */
                                previous_page: number | null;
                                /** Format: int64 */
                                next_page: number | null;
                                /** Format: int64 */
                                last_page: number | null;
                                /** Format: int64 */
                                total_entries: number | null;
                            };
                        };
                    };
                };
            };
        };
    };
    create_firewall: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Min length: 1 · Max length: 128 */
                    name: string;
                    labels?: {
                        [key: string]: string;
                    };
                    rules?: {
                        /** @description Max length: 255 */
                        description?: string | null;
                        /** @enum {string} */
                        direction: "in" | "out";
                        source_ips?: string[];
                        destination_ips?: string[];
                        /** @enum {string} */
                        protocol: "tcp" | "udp" | "icmp" | "esp" | "gre";
                        port?: string;
                    }[];
                    apply_to?: {
                        /** @enum {string} */
                        type: "server" | "label_selector";
                        server?: {
                            /** Format: int64 */
                            id: number;
                        };
                        label_selector?: {
                            selector: string;
                        };
                    }[];
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        firewall?: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            /** @description Min length: 1 · Max length: 128 */
                            name: string;
                            labels?: {
                                [key: string]: string;
                            };
                            /** Format: date-time */
                            created: string;
                            rules: {
                                /** @description Max length: 255 */
                                description?: string | null;
                                /** @enum {string} */
                                direction: "in" | "out";
                                source_ips: string[];
                                destination_ips: string[];
                                /** @enum {string} */
                                protocol: "tcp" | "udp" | "icmp" | "esp" | "gre";
                                port: string | null;
                            }[];
                            applied_to: {
                                /** @enum {string} */
                                type: "server" | "label_selector";
                                server?: {
                                    /**
                                     * Format: int64
                                     * @description Minimum: 1 · Maximum: 9007199254740991
                                     */
                                    id: number;
                                };
                                label_selector?: {
                                    selector: string;
                                };
                                applied_to_resources?: {
                                    /** @enum {string} */
                                    type?: "server";
                                    server?: {
                                        /**
                                         * Format: int64
                                         * @description Minimum: 1 · Maximum: 9007199254740991
                                         */
                                        id: number;
                                    };
                                }[];
                            }[];
                        };
                        actions?: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        }[];
                    };
                };
            };
        };
    };
    list_firewalls_actions: {
        parameters: {
            query?: {
                id?: number[];
                sort?: ("id" | "id:asc" | "id:desc" | "command" | "command:asc" | "command:desc" | "status" | "status:asc" | "status:desc" | "started" | "started:asc" | "started:desc" | "finished" | "finished:asc" | "finished:desc")[];
                status?: ("running" | "success" | "error")[];
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        actions: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        }[];
                        meta: {
                            pagination: {
                                /** Format: int64 */
                                page: number;
                                /** Format: int64 */
                                per_page: number;
                                /** Format: int64 */
                                previous_page: number | null;
                                /** Format: int64 */
                                next_page: number | null;
                                /** Format: int64 */
                                last_page: number | null;
                                /** Format: int64 */
                                total_entries: number | null;
                            };
                        };
                    };
                };
            };
        };
    };
    get_firewalls_action: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    get_firewall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        firewall: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            /** @description Min length: 1 · Max length: 128 */
                            name: string;
                            labels?: {
                                [key: string]: string;
                            };
                            /** Format: date-time */
                            created: string;
                            rules: {
                                /** @description Max length: 255 */
                                description?: string | null;
                                /** @enum {string} */
                                direction: "in" | "out";
                                source_ips: string[];
                                destination_ips: string[];
                                /** @enum {string} */
                                protocol: "tcp" | "udp" | "icmp" | "esp" | "gre";
                                port: string | null;
                            }[];
                            applied_to: {
                                /** @enum {string} */
                                type: "server" | "label_selector";
                                server?: {
                                    /**
                                     * Format: int64
                                     * @description Minimum: 1 · Maximum: 9007199254740991
                                     */
                                    id: number;
                                };
                                label_selector?: {
                                    selector: string;
                                };
                                applied_to_resources?: {
                                    /** @enum {string} */
                                    type?: "server";
                                    server?: {
                                        /**
                                         * Format: int64
                                         * @description Minimum: 1 · Maximum: 9007199254740991
                                         */
                                        id: number;
                                    };
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
    };
    update_firewall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Min length: 1 · Max length: 128 */
                    name?: string;
                    labels?: {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": {
                        firewall: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            /** @description Min length: 1 · Max length: 128 */
                            name: string;
                            labels?: {
                                [key: string]: string;
                            };
                            /** Format: date-time */
                            created: string;
                            rules: {
                                /** @description Max length: 255 */
                                description?: string | null;
                                /** @enum {string} */
                                direction: "in" | "out";
                                source_ips: string[];
                                destination_ips: string[];
                                /** @enum {string} */
                                protocol: "tcp" | "udp" | "icmp" | "esp" | "gre";
                                port: string | null;
                            }[];
                            applied_to: {
                                /** @enum {string} */
                                type: "server" | "label_selector";
                                server?: {
                                    /**
                                     * Format: int64
                                     * @description Minimum: 1 · Maximum: 9007199254740991
                                     */
                                    id: number;
                                };
                                label_selector?: {
                                    selector: string;
                                };
                                applied_to_resources?: {
                                    /** @enum {string} */
                                    type?: "server";
                                    server?: {
                                        /**
                                         * Format: int64
                                         * @description Minimum: 1 · Maximum: 9007199254740991
                                         */
                                        id: number;
                                    };
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
    };
    delete_firewall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                content?: never;
            };
        };
    };
    list_firewall_actions: {
        parameters: {
            query?: {
                sort?: ("id" | "id:asc" | "id:desc" | "command" | "command:asc" | "command:desc" | "status" | "status:asc" | "status:desc" | "started" | "started:asc" | "started:desc" | "finished" | "finished:asc" | "finished:desc")[];
                status?: ("running" | "success" | "error")[];
                page?: number;
                per_page?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        actions: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        }[];
                        meta: {
                            pagination: {
                                /** Format: int64 */
                                page: number;
                                /** Format: int64 */
                                per_page: number;
                                /** Format: int64 */
                                previous_page: number | null;
                                /** Format: int64 */
                                next_page: number | null;
                                /** Format: int64 */
                                last_page: number | null;
                                /** Format: int64 */
                                total_entries: number | null;
                            };
                        };
                    };
                };
            };
        };
    };
    apply_firewall_to_resources: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    apply_to: {
                        /** @enum {string} */
                        type: "server" | "label_selector";
                        server?: {
                            /** Format: int64 */
                            id: number;
                        };
                        label_selector?: {
                            selector: string;
                        };
                    }[];
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        actions: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        }[];
                    };
                };
            };
        };
    };
    remove_firewall_from_resources: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    remove_from: {
                        /** @enum {string} */
                        type: "server" | "label_selector";
                        server?: {
                            /** Format: int64 */
                            id: number;
                        };
                        label_selector?: {
                            selector: string;
                        };
                    }[];
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        actions: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        }[];
                    };
                };
            };
        };
    };
    set_firewall_rules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Max items: 50 */
                    rules: {
                        /** @description Max length: 255 */
                        description?: string | null;
                        /** @enum {string} */
                        direction: "in" | "out";
                        source_ips?: string[];
                        destination_ips?: string[];
                        /** @enum {string} */
                        protocol: "tcp" | "udp" | "icmp" | "esp" | "gre";
                        port?: string;
                    }[];
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        actions: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        }[];
                    };
                };
            };
        };
    };
    list_floating_ips: {
        parameters: {
            query?: {
                name?: string;
                label_selector?: string;
                sort?: ("id" | "id:asc" | "id:desc" | "created" | "created:asc" | "created:desc")[];
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        floating_ips: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            name: string;
                            description: string | null;
                            ip: string;
                            /** @enum {string} */
                            type: "ipv4" | "ipv6";
                            /** Format: int64 */
                            server: number | null;
                            dns_ptr: {
                                ip: string;
                                dns_ptr: string;
                            }[];
                            home_location: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                /** @description Pattern: `^[a-z0-9]+(-?[a-z0-9]*)*$` */
                                name: string;
                                description: string;
                                country: string;
                                city: string;
                                /** Format: double */
                                latitude: number;
                                /** Format: double */
                                longitude: number;
                                /** @description Pattern: `^[a-z0-9]+(-?[a-z0-9]*)*$` */
                                network_zone: string;
                            };
                            blocked: boolean;
                            protection: {
                                delete: boolean;
                            };
                            labels: {
                                [key: string]: string;
                            };
                            /** Format: date-time */
                            created: string;
                        }[];
                        meta: {
                            pagination: {
                                /** Format: int64 */
                                page: number;
                                /** Format: int64 */
                                per_page: number;
                                /** Format: int64 */
                                previous_page: number | null;
                                /** Format: int64 */
                                next_page: number | null;
                                /** Format: int64 */
                                last_page: number | null;
                                /** Format: int64 */
                                total_entries: number | null;
                            };
                        };
                    };
                };
            };
        };
    };
    create_floating_ip: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    type: "ipv4" | "ipv6";
                    /** Format: int64 */
                    server?: number | null;
                    home_location?: string | number;
                    description?: string | null;
                    name?: string;
                    labels?: {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        floating_ip: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            name: string;
                            description: string | null;
                            ip: string;
                            /** @enum {string} */
                            type: "ipv4" | "ipv6";
                            /** Format: int64 */
                            server: number | null;
                            dns_ptr: {
                                ip: string;
                                dns_ptr: string;
                            }[];
                            home_location: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                /** @description Pattern: `^[a-z0-9]+(-?[a-z0-9]*)*$` */
                                name: string;
                                description: string;
                                country: string;
                                city: string;
                                /** Format: double */
                                latitude: number;
                                /** Format: double */
                                longitude: number;
                                /** @description Pattern: `^[a-z0-9]+(-?[a-z0-9]*)*$` */
                                network_zone: string;
                            };
                            blocked: boolean;
                            protection: {
                                delete: boolean;
                            };
                            labels: {
                                [key: string]: string;
                            };
                            /** Format: date-time */
                            created: string;
                        };
                        action?: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        } | null;
                    };
                };
            };
        };
    };
    list_floating_ips_actions: {
        parameters: {
            query?: {
                id?: number[];
                sort?: ("id" | "id:asc" | "id:desc" | "command" | "command:asc" | "command:desc" | "status" | "status:asc" | "status:desc" | "started" | "started:asc" | "started:desc" | "finished" | "finished:asc" | "finished:desc")[];
                status?: ("running" | "success" | "error")[];
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        actions: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        }[];
                        meta: {
                            pagination: {
                                /** Format: int64 */
                                page: number;
                                /** Format: int64 */
                                per_page: number;
                                /** Format: int64 */
                                previous_page: number | null;
                                /** Format: int64 */
                                next_page: number | null;
                                /** Format: int64 */
                                last_page: number | null;
                                /** Format: int64 */
                                total_entries: number | null;
                            };
                        };
                    };
                };
            };
        };
    };
    get_floating_ips_action: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    get_floating_ip: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        floating_ip: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            name: string;
                            description: string | null;
                            ip: string;
                            /** @enum {string} */
                            type: "ipv4" | "ipv6";
                            /** Format: int64 */
                            server: number | null;
                            dns_ptr: {
                                ip: string;
                                dns_ptr: string;
                            }[];
                            home_location: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                /** @description Pattern: `^[a-z0-9]+(-?[a-z0-9]*)*$` */
                                name: string;
                                description: string;
                                country: string;
                                city: string;
                                /** Format: double */
                                latitude: number;
                                /** Format: double */
                                longitude: number;
                                /** @description Pattern: `^[a-z0-9]+(-?[a-z0-9]*)*$` */
                                network_zone: string;
                            };
                            blocked: boolean;
                            protection: {
                                delete: boolean;
                            };
                            labels: {
                                [key: string]: string;
                            };
                            /** Format: date-time */
                            created: string;
                        };
                    };
                };
            };
        };
    };
    update_floating_ip: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string | null;
                    name?: string;
                    labels?: {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": {
                        floating_ip: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            name: string;
                            description: string | null;
                            ip: string;
                            /** @enum {string} */
                            type: "ipv4" | "ipv6";
                            /** Format: int64 */
                            server: number | null;
                            dns_ptr: {
                                ip: string;
                                dns_ptr: string;
                            }[];
                            home_location: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                /** @description Pattern: `^[a-z0-9]+(-?[a-z0-9]*)*$` */
                                name: string;
                                description: string;
                                country: string;
                                city: string;
                                /** Format: double */
                                latitude: number;
                                /** Format: double */
                                longitude: number;
                                /** @description Pattern: `^[a-z0-9]+(-?[a-z0-9]*)*$` */
                                network_zone: string;
                            };
                            blocked: boolean;
                            protection: {
                                delete: boolean;
                            };
                            labels: {
                                [key: string]: string;
                            };
                            /** Format: date-time */
                            created: string;
                        };
                    };
                };
            };
        };
    };
    delete_floating_ip: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                content?: never;
            };
        };
    };
    list_floating_ip_actions: {
        parameters: {
            query?: {
                sort?: ("id" | "id:asc" | "id:desc" | "command" | "command:asc" | "command:desc" | "status" | "status:asc" | "status:desc" | "started" | "started:asc" | "started:desc" | "finished" | "finished:asc" | "finished:desc")[];
                status?: ("running" | "success" | "error")[];
                page?: number;
                per_page?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        actions: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        }[];
                        meta: {
                            pagination: {
                                /** Format: int64 */
                                page: number;
                                /** Format: int64 */
                                per_page: number;
                                /** Format: int64 */
                                previous_page: number | null;
                                /** Format: int64 */
                                next_page: number | null;
                                /** Format: int64 */
                                last_page: number | null;
                                /** Format: int64 */
                                total_entries: number | null;
                            };
                        };
                    };
                };
            };
        };
    };
    assign_floating_ip: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: int64 */
                    server: number | null;
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    change_floating_ip_dns_ptr: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ip: string;
                    dns_ptr?: string | null;
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    change_floating_ip_protection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    delete: boolean;
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    unassign_floating_ip: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    list_images: {
        parameters: {
            query?: {
                sort?: ("id" | "id:asc" | "id:desc" | "name" | "name:asc" | "name:desc" | "created" | "created:asc" | "created:desc")[];
                type?: ("system" | "app" | "snapshot" | "backup")[];
                status?: ("available" | "creating" | "unavailable")[];
                bound_to?: string[];
                include_deprecated?: boolean;
                name?: string;
                label_selector?: string;
                architecture?: "x86" | "arm";
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        images: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            /** @enum {string} */
                            type: "system" | "app" | "snapshot" | "backup";
                            /** @enum {string} */
                            status: "available" | "creating" | "unavailable";
                            name: string | null;
                            description: string;
                            image_size: number | null;
                            disk_size: number;
                            /** Format: date-time */
                            created: string;
                            created_from: {
                                /** Format: int64 */
                                id: number;
                                name: string;
                            } | null;
                            /** Format: int64 */
                            bound_to: number | null;
                            /** @enum {string} */
                            os_flavor: "ubuntu" | "centos" | "debian" | "fedora" | "rocky" | "alma" | "opensuse" | "unknown";
                            os_version: string | null;
                            rapid_deploy?: boolean;
                            protection: {
                                delete: boolean;
                            };
                            /** Format: date-time */
                            deprecated: string | null;
                            deleted: string | null;
                            labels: {
                                [key: string]: string;
                            };
                            /** @enum {string} */
                            architecture: "x86" | "arm";
                        }[];
                        meta: {
                            pagination: {
                                /** Format: int64 */
                                page: number;
                                /** Format: int64 */
                                per_page: number;
                                /** Format: int64 */
                                previous_page: number | null;
                                /** Format: int64 */
                                next_page: number | null;
                                /** Format: int64 */
                                last_page: number | null;
                                /** Format: int64 */
                                total_entries: number | null;
                            };
                        };
                    };
                };
            };
        };
    };
    list_images_actions: {
        parameters: {
            query?: {
                id?: number[];
                sort?: ("id" | "id:asc" | "id:desc" | "command" | "command:asc" | "command:desc" | "status" | "status:asc" | "status:desc" | "started" | "started:asc" | "started:desc" | "finished" | "finished:asc" | "finished:desc")[];
                status?: ("running" | "success" | "error")[];
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        actions: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        }[];
                        meta: {
                            pagination: {
                                /** Format: int64 */
                                page: number;
                                /** Format: int64 */
                                per_page: number;
                                /** Format: int64 */
                                previous_page: number | null;
                                /** Format: int64 */
                                next_page: number | null;
                                /** Format: int64 */
                                last_page: number | null;
                                /** Format: int64 */
                                total_entries: number | null;
                            };
                        };
                    };
                };
            };
        };
    };
    get_images_action: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    get_image: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        image?: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            /** @enum {string} */
                            type: "system" | "app" | "snapshot" | "backup";
                            /** @enum {string} */
                            status: "available" | "creating" | "unavailable";
                            name: string | null;
                            description: string;
                            image_size: number | null;
                            disk_size: number;
                            /** Format: date-time */
                            created: string;
                            created_from: {
                                /** Format: int64 */
                                id: number;
                                name: string;
                            } | null;
                            /** Format: int64 */
                            bound_to: number | null;
                            /** @enum {string} */
                            os_flavor: "ubuntu" | "centos" | "debian" | "fedora" | "rocky" | "alma" | "opensuse" | "unknown";
                            os_version: string | null;
                            rapid_deploy?: boolean;
                            protection: {
                                delete: boolean;
                            };
                            /** Format: date-time */
                            deprecated: string | null;
                            deleted: string | null;
                            labels: {
                                [key: string]: string;
                            };
                            /** @enum {string} */
                            architecture: "x86" | "arm";
                        };
                    };
                };
            };
        };
    };
    update_image: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    /** @enum {string} */
                    type?: "snapshot";
                    labels?: {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": {
                        image?: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            /** @enum {string} */
                            type: "system" | "app" | "snapshot" | "backup";
                            /** @enum {string} */
                            status: "available" | "creating" | "unavailable";
                            name: string | null;
                            description: string;
                            image_size: number | null;
                            disk_size: number;
                            /** Format: date-time */
                            created: string;
                            created_from: {
                                /** Format: int64 */
                                id: number;
                                name: string;
                            } | null;
                            /** Format: int64 */
                            bound_to: number | null;
                            /** @enum {string} */
                            os_flavor: "ubuntu" | "centos" | "debian" | "fedora" | "rocky" | "alma" | "opensuse" | "unknown";
                            os_version: string | null;
                            rapid_deploy?: boolean;
                            protection: {
                                delete: boolean;
                            };
                            /** Format: date-time */
                            deprecated: string | null;
                            deleted: string | null;
                            labels: {
                                [key: string]: string;
                            };
                            /** @enum {string} */
                            architecture: "x86" | "arm";
                        };
                    };
                };
            };
        };
    };
    delete_image: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                content?: never;
            };
        };
    };
    list_image_actions: {
        parameters: {
            query?: {
                sort?: ("id" | "id:asc" | "id:desc" | "command" | "command:asc" | "command:desc" | "status" | "status:asc" | "status:desc" | "started" | "started:asc" | "started:desc" | "finished" | "finished:asc" | "finished:desc")[];
                status?: ("running" | "success" | "error")[];
                page?: number;
                per_page?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        actions: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        }[];
                        meta: {
                            pagination: {
                                /** Format: int64 */
                                page: number;
                                /** Format: int64 */
                                per_page: number;
                                /** Format: int64 */
                                previous_page: number | null;
                                /** Format: int64 */
                                next_page: number | null;
                                /** Format: int64 */
                                last_page: number | null;
                                /** Format: int64 */
                                total_entries: number | null;
                            };
                        };
                    };
                };
            };
        };
    };
    change_image_protection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    delete?: boolean;
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    list_isos: {
        parameters: {
            query?: {
                name?: string;
                architecture?: "x86" | "arm";
                include_architecture_wildcard?: boolean;
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        isos: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            name: string | null;
                            description: string;
                            /** @enum {string|null} */
                            type: "public" | "private" | null;
                            deprecation: {
                                /** Format: date-time */
                                unavailable_after: string;
                                /** Format: date-time */
                                announced: string;
                            } | null;
                            /** @enum {string|null} */
                            architecture: "x86" | "arm" | null;
                        }[];
                        meta: {
                            pagination: {
                                /** Format: int64 */
                                page: number;
                                /** Format: int64 */
                                per_page: number;
                                /** Format: int64 */
                                previous_page: number | null;
                                /** Format: int64 */
                                next_page: number | null;
                                /** Format: int64 */
                                last_page: number | null;
                                /** Format: int64 */
                                total_entries: number | null;
                            };
                        };
                    };
                };
            };
        };
    };
    get_iso: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        iso: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            name: string | null;
                            description: string;
                            /** @enum {string|null} */
                            type: "public" | "private" | null;
                            deprecation: {
                                /** Format: date-time */
                                unavailable_after: string;
                                /** Format: date-time */
                                announced: string;
                            } | null;
                            /** @enum {string|null} */
                            architecture: "x86" | "arm" | null;
                        };
                    };
                };
            };
        };
    };
    list_load_balancer_types: {
        parameters: {
            query?: {
                name?: string;
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        load_balancer_types: {
                            /** Format: int64 */
                            id: number;
                            name: string;
                            description: string;
                            /** Format: int64 */
                            max_connections: number;
                            /** Format: int64 */
                            max_services: number;
                            /** Format: int64 */
                            max_targets: number;
                            /** Format: int64 */
                            max_assigned_certificates: number;
                            /**
                             * Format: date-time
                             * @deprecated
                             */
                            deprecated: string | null;
                            deprecation: {
                                /** Format: date-time */
                                unavailable_after: string;
                                /** Format: date-time */
                                announced: string;
                            } | null;
                            prices: {
                                location: string;
                                price_hourly: {
                                    /** Format: decimal */
                                    net: string;
                                    /** Format: decimal */
                                    gross: string;
                                };
                                price_monthly: {
                                    /** Format: decimal */
                                    net: string;
                                    /** Format: decimal */
                                    gross: string;
                                };
                                /** Format: int64 */
                                included_traffic: number;
                                price_per_tb_traffic: {
                                    /** Format: decimal */
                                    net: string;
                                    /** Format: decimal */
                                    gross: string;
                                };
                            }[];
                        }[];
                        meta: {
                            pagination: {
                                /** Format: int64 */
                                page: number;
                                /** Format: int64 */
                                per_page: number;
                                /** Format: int64 */
                                previous_page: number | null;
                                /** Format: int64 */
                                next_page: number | null;
                                /** Format: int64 */
                                last_page: number | null;
                                /** Format: int64 */
                                total_entries: number | null;
                            };
                        };
                    };
                };
            };
        };
    };
    get_load_balancer_type: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        load_balancer_type: {
                            /** Format: int64 */
                            id: number;
                            name: string;
                            description: string;
                            /** Format: int64 */
                            max_connections: number;
                            /** Format: int64 */
                            max_services: number;
                            /** Format: int64 */
                            max_targets: number;
                            /** Format: int64 */
                            max_assigned_certificates: number;
                            /**
                             * Format: date-time
                             * @deprecated
                             */
                            deprecated: string | null;
                            deprecation: {
                                /** Format: date-time */
                                unavailable_after: string;
                                /** Format: date-time */
                                announced: string;
                            } | null;
                            prices: {
                                location: string;
                                price_hourly: {
                                    /** Format: decimal */
                                    net: string;
                                    /** Format: decimal */
                                    gross: string;
                                };
                                price_monthly: {
                                    /** Format: decimal */
                                    net: string;
                                    /** Format: decimal */
                                    gross: string;
                                };
                                /** Format: int64 */
                                included_traffic: number;
                                price_per_tb_traffic: {
                                    /** Format: decimal */
                                    net: string;
                                    /** Format: decimal */
                                    gross: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
    };
    list_load_balancers: {
        parameters: {
            query?: {
                sort?: ("id" | "id:asc" | "id:desc" | "name" | "name:asc" | "name:desc" | "created" | "created:asc" | "created:desc")[];
                name?: string;
                label_selector?: string;
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        load_balancers: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            name: string;
                            public_net: {
                                enabled: boolean;
                                ipv4: {
                                    ip: string | null;
                                    dns_ptr: string | null;
                                };
                                ipv6: {
                                    ip: string | null;
                                    dns_ptr: string | null;
                                };
                            };
                            private_net: {
                                /** Format: int64 */
                                network: number;
                                ip: string;
                            }[];
                            location: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                /** @description Pattern: `^[a-z0-9]+(-?[a-z0-9]*)*$` */
                                name: string;
                                description: string;
                                country: string;
                                city: string;
                                /** Format: double */
                                latitude: number;
                                /** Format: double */
                                longitude: number;
                                /** @description Pattern: `^[a-z0-9]+(-?[a-z0-9]*)*$` */
                                network_zone: string;
                            };
                            load_balancer_type: {
                                /** Format: int64 */
                                id: number;
                                name: string;
                                description: string;
                                /** Format: int64 */
                                max_connections: number;
                                /** Format: int64 */
                                max_services: number;
                                /** Format: int64 */
                                max_targets: number;
                                /** Format: int64 */
                                max_assigned_certificates: number;
                                /**
                                 * Format: date-time
                                 * @deprecated
                                 */
                                deprecated: string | null;
                                deprecation: {
                                    /** Format: date-time */
                                    unavailable_after: string;
                                    /** Format: date-time */
                                    announced: string;
                                } | null;
                                prices: {
                                    location: string;
                                    price_hourly: {
                                        /** Format: decimal */
                                        net: string;
                                        /** Format: decimal */
                                        gross: string;
                                    };
                                    price_monthly: {
                                        /** Format: decimal */
                                        net: string;
                                        /** Format: decimal */
                                        gross: string;
                                    };
                                    /** Format: int64 */
                                    included_traffic: number;
                                    price_per_tb_traffic: {
                                        /** Format: decimal */
                                        net: string;
                                        /** Format: decimal */
                                        gross: string;
                                    };
                                }[];
                            };
                            protection: {
                                delete: boolean;
                            };
                            labels: {
                                [key: string]: string;
                            };
                            /** Format: date-time */
                            created: string;
                            services: (({
                                /** @enum {string} */
                                protocol: "tcp" | "http" | "https";
                                listen_port: number;
                                destination_port: number;
                                proxyprotocol: boolean;
                                health_check: {
                                    /** @enum {string} */
                                    protocol: "tcp" | "http";
                                    port: number;
                                    /** @description Minimum: 3 · Maximum: 60 */
                                    interval: number;
                                    /** @description Minimum: 1 · Maximum: 60 */
                                    timeout: number;
                                    /** @description Minimum: 1 · Maximum: 5 */
                                    retries: number;
                                    http?: {
                                        /** @description Max length: 128 */
                                        domain: string | null;
                                        /** @description Min length: 1 · Max length: 256 */
                                        path: string;
                                        /** @description Max length: 256 */
                                        response?: string;
                                        /**
                                         * @description Max items: 20
                                         * @default [
                                         *       "2??",
                                         *       "3??"
                                         *     ]
                                         */
                                        status_codes: string[];
                                        tls?: boolean;
                                    };
                                };
                            } & {
                                /** @enum {string} */
                                protocol?: "tcp";
                            }) | ({
                                /** @enum {string} */
                                protocol: "tcp" | "http" | "https";
                                listen_port: number;
                                destination_port: number;
                                proxyprotocol: boolean;
                                health_check: {
                                    /** @enum {string} */
                                    protocol: "tcp" | "http";
                                    port: number;
                                    /** @description Minimum: 3 · Maximum: 60 */
                                    interval: number;
                                    /** @description Minimum: 1 · Maximum: 60 */
                                    timeout: number;
                                    /** @description Minimum: 1 · Maximum: 5 */
                                    retries: number;
                                    http?: {
                                        /** @description Max length: 128 */
                                        domain: string | null;
                                        /** @description Min length: 1 · Max length: 256 */
                                        path: string;
                                        /** @description Max length: 256 */
                                        response?: string;
                                        /**
                                         * @description Max items: 20
                                         * @default [
                                         *       "2??",
                                         *       "3??"
                                         *     ]
                                         */
                                        status_codes: string[];
                                        tls?: boolean;
                                    };
                                };
                            } & {
                                /** @enum {string} */
                                protocol?: "http";
                                http: {
                                    /**
                                     * @description Min length: 1 · Max length: 100
                                     * @default HCLBSTICKY
                                     */
                                    cookie_name: string;
                                    /**
                                     * @description Minimum: 30 · Maximum: 86400
                                     * @default 300
                                     */
                                    cookie_lifetime: number;
                                    /**
                                     * @description Minimum: 30 · Maximum: 300
                                     * @default 50
                                     */
                                    timeout_idle: number;
                                    /** @default false */
                                    sticky_sessions: boolean;
                                };
                            }) | ({
                                /** @enum {string} */
                                protocol: "tcp" | "http" | "https";
                                listen_port: number;
                                destination_port: number;
                                proxyprotocol: boolean;
                                health_check: {
                                    /** @enum {string} */
                                    protocol: "tcp" | "http";
                                    port: number;
                                    /** @description Minimum: 3 · Maximum: 60 */
                                    interval: number;
                                    /** @description Minimum: 1 · Maximum: 60 */
                                    timeout: number;
                                    /** @description Minimum: 1 · Maximum: 5 */
                                    retries: number;
                                    http?: {
                                        /** @description Max length: 128 */
                                        domain: string | null;
                                        /** @description Min length: 1 · Max length: 256 */
                                        path: string;
                                        /** @description Max length: 256 */
                                        response?: string;
                                        /**
                                         * @description Max items: 20
                                         * @default [
                                         *       "2??",
                                         *       "3??"
                                         *     ]
                                         */
                                        status_codes: string[];
                                        tls?: boolean;
                                    };
                                };
                            } & {
                                /** @enum {string} */
                                protocol?: "https";
                                http: {
                                    /**
                                     * @description Min length: 1 · Max length: 100
                                     * @default HCLBSTICKY
                                     */
                                    cookie_name: string;
                                    /**
                                     * @description Minimum: 30 · Maximum: 86400
                                     * @default 300
                                     */
                                    cookie_lifetime: number;
                                    /**
                                     * @description Minimum: 30 · Maximum: 300
                                     * @default 50
                                     */
                                    timeout_idle: number;
                                    certificates: number[];
                                    /** @default false */
                                    redirect_http: boolean;
                                    /** @default false */
                                    sticky_sessions: boolean;
                                };
                            }))[];
                            targets: (({
                                /** @enum {string} */
                                type: "server" | "label_selector" | "ip";
                            } & {
                                /** @enum {string} */
                                type?: "server";
                                server: {
                                    /** Format: int64 */
                                    id: number;
                                    ip: string;
                                };
                                health_status: {
                                    listen_port: number;
                                    /** @enum {string} */
                                    status: "healthy" | "unhealthy" | "unknown";
                                }[];
                                /** @default false */
                                use_private_ip: boolean;
                            }) | ({
                                /** @enum {string} */
                                type: "server" | "label_selector" | "ip";
                            } & {
                                /** @enum {string} */
                                type?: "label_selector";
                                label_selector: {
                                    /** @description Min length: 1 · Max length: 1000 */
                                    selector: string;
                                };
                                targets: {
                                    type: string;
                                    server: {
                                        /** Format: int64 */
                                        id: number;
                                        ip: string;
                                    };
                                    health_status: {
                                        listen_port: number;
                                        /** @enum {string} */
                                        status: "healthy" | "unhealthy" | "unknown";
                                    }[];
                                    /** @default false */
                                    use_private_ip: boolean;
                                }[];
                                /** @default false */
                                use_private_ip: boolean;
                            }) | ({
                                /** @enum {string} */
                                type: "server" | "label_selector" | "ip";
                            } & {
                                /** @enum {string} */
                                type?: "ip";
                                ip: {
                                    ip: string;
                                };
                                health_status: {
                                    listen_port: number;
                                    /** @enum {string} */
                                    status: "healthy" | "unhealthy" | "unknown";
                                }[];
                            }))[];
                            algorithm: {
                                /** @enum {string} */
                                type: "round_robin" | "least_connections";
                            };
                            /** Format: int64 */
                            outgoing_traffic: number | null;
                            /** Format: int64 */
                            ingoing_traffic: number | null;
                            /** Format: int64 */
                            included_traffic: number;
                        }[];
                        meta: {
                            pagination: {
                                /** Format: int64 */
                                page: number;
                                /** Format: int64 */
                                per_page: number;
                                /** Format: int64 */
                                previous_page: number | null;
                                /** Format: int64 */
                                next_page: number | null;
                                /** Format: int64 */
                                last_page: number | null;
                                /** Format: int64 */
                                total_entries: number | null;
                            };
                        };
                    };
                };
            };
        };
    };
    create_load_balancer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Min length: 1 · Max length: 128 · Pattern: `^\S(.*\S)?$` */
                    name: string;
                    load_balancer_type: string;
                    /**
                     * @default {
                     *       "type": "round_robin"
                     *     }
                     */
                    algorithm?: {
                        /** @enum {string} */
                        type: "round_robin" | "least_connections";
                    };
                    services?: (({
                        /** @enum {string} */
                        protocol: "tcp" | "http" | "https";
                        listen_port: number;
                        destination_port: number;
                        proxyprotocol: boolean;
                        health_check: {
                            /** @enum {string} */
                            protocol: "tcp" | "http";
                            port: number;
                            /** @description Minimum: 3 · Maximum: 60 */
                            interval: number;
                            /** @description Minimum: 1 · Maximum: 60 */
                            timeout: number;
                            /** @description Minimum: 1 · Maximum: 5 */
                            retries: number;
                            http?: {
                                /** @description Max length: 128 */
                                domain: string | null;
                                /** @description Min length: 1 · Max length: 256 */
                                path: string;
                                /** @description Max length: 256 */
                                response?: string;
                                /**
                                 * @description Max items: 20
                                 * @default [
                                 *       "2??",
                                 *       "3??"
                                 *     ]
                                 */
                                status_codes?: string[];
                                tls?: boolean;
                            };
                        };
                    } & {
                        /** @enum {string} */
                        protocol?: "tcp";
                    }) | ({
                        /** @enum {string} */
                        protocol: "tcp" | "http" | "https";
                        listen_port: number;
                        destination_port: number;
                        proxyprotocol: boolean;
                        health_check: {
                            /** @enum {string} */
                            protocol: "tcp" | "http";
                            port: number;
                            /** @description Minimum: 3 · Maximum: 60 */
                            interval: number;
                            /** @description Minimum: 1 · Maximum: 60 */
                            timeout: number;
                            /** @description Minimum: 1 · Maximum: 5 */
                            retries: number;
                            http?: {
                                /** @description Max length: 128 */
                                domain: string | null;
                                /** @description Min length: 1 · Max length: 256 */
                                path: string;
                                /** @description Max length: 256 */
                                response?: string;
                                /**
                                 * @description Max items: 20
                                 * @default [
                                 *       "2??",
                                 *       "3??"
                                 *     ]
                                 */
                                status_codes?: string[];
                                tls?: boolean;
                            };
                        };
                    } & {
                        /** @enum {string} */
                        protocol?: "http";
                        http: {
                            /**
                             * @description Min length: 1 · Max length: 100
                             * @default HCLBSTICKY
                             */
                            cookie_name: string;
                            /**
                             * @description Minimum: 30 · Maximum: 86400
                             * @default 300
                             */
                            cookie_lifetime: number;
                            /**
                             * @description Minimum: 30 · Maximum: 300
                             * @default 50
                             */
                            timeout_idle: number;
                            /** @default false */
                            sticky_sessions: boolean;
                        };
                    }) | ({
                        /** @enum {string} */
                        protocol: "tcp" | "http" | "https";
                        listen_port: number;
                        destination_port: number;
                        proxyprotocol: boolean;
                        health_check: {
                            /** @enum {string} */
                            protocol: "tcp" | "http";
                            port: number;
                            /** @description Minimum: 3 · Maximum: 60 */
                            interval: number;
                            /** @description Minimum: 1 · Maximum: 60 */
                            timeout: number;
                            /** @description Minimum: 1 · Maximum: 5 */
                            retries: number;
                            http?: {
                                /** @description Max length: 128 */
                                domain: string | null;
                                /** @description Min length: 1 · Max length: 256 */
                                path: string;
                                /** @description Max length: 256 */
                                response?: string;
                                /**
                                 * @description Max items: 20
                                 * @default [
                                 *       "2??",
                                 *       "3??"
                                 *     ]
                                 */
                                status_codes?: string[];
                                tls?: boolean;
                            };
                        };
                    } & {
                        /** @enum {string} */
                        protocol?: "https";
                        http: {
                            /**
                             * @description Min length: 1 · Max length: 100
                             * @default HCLBSTICKY
                             */
                            cookie_name: string;
                            /**
                             * @description Minimum: 30 · Maximum: 86400
                             * @default 300
                             */
                            cookie_lifetime: number;
                            /**
                             * @description Minimum: 30 · Maximum: 300
                             * @default 50
                             */
                            timeout_idle: number;
                            certificates: number[];
                            /** @default false */
                            redirect_http: boolean;
                            /** @default false */
                            sticky_sessions: boolean;
                        };
                    }))[];
                    targets?: ({
                        /** @enum {string} */
                        type: "server" | "label_selector" | "ip";
                        server?: {
                            /** Format: int64 */
                            id: number;
                            ip?: string;
                        };
                        label_selector?: {
                            /** @description Min length: 1 · Max length: 1000 */
                            selector: string;
                        };
                        ip?: {
                            ip: string;
                        };
                    } & {
                        /** @default false */
                        use_private_ip?: boolean;
                    })[];
                    labels?: {
                        [key: string]: string;
                    };
                    public_interface?: boolean;
                    /** Format: int64 */
                    network?: number;
                    network_zone?: string;
                    location?: string;
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        load_balancer: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            name: string;
                            public_net: {
                                enabled: boolean;
                                ipv4: {
                                    ip: string | null;
                                    dns_ptr: string | null;
                                };
                                ipv6: {
                                    ip: string | null;
                                    dns_ptr: string | null;
                                };
                            };
                            private_net: {
                                /** Format: int64 */
                                network: number;
                                ip: string;
                            }[];
                            location: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                /** @description Pattern: `^[a-z0-9]+(-?[a-z0-9]*)*$` */
                                name: string;
                                description: string;
                                country: string;
                                city: string;
                                /** Format: double */
                                latitude: number;
                                /** Format: double */
                                longitude: number;
                                /** @description Pattern: `^[a-z0-9]+(-?[a-z0-9]*)*$` */
                                network_zone: string;
                            };
                            load_balancer_type: {
                                /** Format: int64 */
                                id: number;
                                name: string;
                                description: string;
                                /** Format: int64 */
                                max_connections: number;
                                /** Format: int64 */
                                max_services: number;
                                /** Format: int64 */
                                max_targets: number;
                                /** Format: int64 */
                                max_assigned_certificates: number;
                                /**
                                 * Format: date-time
                                 * @deprecated
                                 */
                                deprecated: string | null;
                                deprecation: {
                                    /** Format: date-time */
                                    unavailable_after: string;
                                    /** Format: date-time */
                                    announced: string;
                                } | null;
                                prices: {
                                    location: string;
                                    price_hourly: {
                                        /** Format: decimal */
                                        net: string;
                                        /** Format: decimal */
                                        gross: string;
                                    };
                                    price_monthly: {
                                        /** Format: decimal */
                                        net: string;
                                        /** Format: decimal */
                                        gross: string;
                                    };
                                    /** Format: int64 */
                                    included_traffic: number;
                                    price_per_tb_traffic: {
                                        /** Format: decimal */
                                        net: string;
                                        /** Format: decimal */
                                        gross: string;
                                    };
                                }[];
                            };
                            protection: {
                                delete: boolean;
                            };
                            labels: {
                                [key: string]: string;
                            };
                            /** Format: date-time */
                            created: string;
                            services: (({
                                /** @enum {string} */
                                protocol: "tcp" | "http" | "https";
                                listen_port: number;
                                destination_port: number;
                                proxyprotocol: boolean;
                                health_check: {
                                    /** @enum {string} */
                                    protocol: "tcp" | "http";
                                    port: number;
                                    /** @description Minimum: 3 · Maximum: 60 */
                                    interval: number;
                                    /** @description Minimum: 1 · Maximum: 60 */
                                    timeout: number;
                                    /** @description Minimum: 1 · Maximum: 5 */
                                    retries: number;
                                    http?: {
                                        /** @description Max length: 128 */
                                        domain: string | null;
                                        /** @description Min length: 1 · Max length: 256 */
                                        path: string;
                                        /** @description Max length: 256 */
                                        response?: string;
                                        /**
                                         * @description Max items: 20
                                         * @default [
                                         *       "2??",
                                         *       "3??"
                                         *     ]
                                         */
                                        status_codes: string[];
                                        tls?: boolean;
                                    };
                                };
                            } & {
                                /** @enum {string} */
                                protocol?: "tcp";
                            }) | ({
                                /** @enum {string} */
                                protocol: "tcp" | "http" | "https";
                                listen_port: number;
                                destination_port: number;
                                proxyprotocol: boolean;
                                health_check: {
                                    /** @enum {string} */
                                    protocol: "tcp" | "http";
                                    port: number;
                                    /** @description Minimum: 3 · Maximum: 60 */
                                    interval: number;
                                    /** @description Minimum: 1 · Maximum: 60 */
                                    timeout: number;
                                    /** @description Minimum: 1 · Maximum: 5 */
                                    retries: number;
                                    http?: {
                                        /** @description Max length: 128 */
                                        domain: string | null;
                                        /** @description Min length: 1 · Max length: 256 */
                                        path: string;
                                        /** @description Max length: 256 */
                                        response?: string;
                                        /**
                                         * @description Max items: 20
                                         * @default [
                                         *       "2??",
                                         *       "3??"
                                         *     ]
                                         */
                                        status_codes: string[];
                                        tls?: boolean;
                                    };
                                };
                            } & {
                                /** @enum {string} */
                                protocol?: "http";
                                http: {
                                    /**
                                     * @description Min length: 1 · Max length: 100
                                     * @default HCLBSTICKY
                                     */
                                    cookie_name: string;
                                    /**
                                     * @description Minimum: 30 · Maximum: 86400
                                     * @default 300
                                     */
                                    cookie_lifetime: number;
                                    /**
                                     * @description Minimum: 30 · Maximum: 300
                                     * @default 50
                                     */
                                    timeout_idle: number;
                                    /** @default false */
                                    sticky_sessions: boolean;
                                };
                            }) | ({
                                /** @enum {string} */
                                protocol: "tcp" | "http" | "https";
                                listen_port: number;
                                destination_port: number;
                                proxyprotocol: boolean;
                                health_check: {
                                    /** @enum {string} */
                                    protocol: "tcp" | "http";
                                    port: number;
                                    /** @description Minimum: 3 · Maximum: 60 */
                                    interval: number;
                                    /** @description Minimum: 1 · Maximum: 60 */
                                    timeout: number;
                                    /** @description Minimum: 1 · Maximum: 5 */
                                    retries: number;
                                    http?: {
                                        /** @description Max length: 128 */
                                        domain: string | null;
                                        /** @description Min length: 1 · Max length: 256 */
                                        path: string;
                                        /** @description Max length: 256 */
                                        response?: string;
                                        /**
                                         * @description Max items: 20
                                         * @default [
                                         *       "2??",
                                         *       "3??"
                                         *     ]
                                         */
                                        status_codes: string[];
                                        tls?: boolean;
                                    };
                                };
                            } & {
                                /** @enum {string} */
                                protocol?: "https";
                                http: {
                                    /**
                                     * @description Min length: 1 · Max length: 100
                                     * @default HCLBSTICKY
                                     */
                                    cookie_name: string;
                                    /**
                                     * @description Minimum: 30 · Maximum: 86400
                                     * @default 300
                                     */
                                    cookie_lifetime: number;
                                    /**
                                     * @description Minimum: 30 · Maximum: 300
                                     * @default 50
                                     */
                                    timeout_idle: number;
                                    certificates: number[];
                                    /** @default false */
                                    redirect_http: boolean;
                                    /** @default false */
                                    sticky_sessions: boolean;
                                };
                            }))[];
                            targets: (({
                                /** @enum {string} */
                                type: "server" | "label_selector" | "ip";
                            } & {
                                /** @enum {string} */
                                type?: "server";
                                server: {
                                    /** Format: int64 */
                                    id: number;
                                    ip: string;
                                };
                                health_status: {
                                    listen_port: number;
                                    /** @enum {string} */
                                    status: "healthy" | "unhealthy" | "unknown";
                                }[];
                                /** @default false */
                                use_private_ip: boolean;
                            }) | ({
                                /** @enum {string} */
                                type: "server" | "label_selector" | "ip";
                            } & {
                                /** @enum {string} */
                                type?: "label_selector";
                                label_selector: {
                                    /** @description Min length: 1 · Max length: 1000 */
                                    selector: string;
                                };
                                targets: {
                                    type: string;
                                    server: {
                                        /** Format: int64 */
                                        id: number;
                                        ip: string;
                                    };
                                    health_status: {
                                        listen_port: number;
                                        /** @enum {string} */
                                        status: "healthy" | "unhealthy" | "unknown";
                                    }[];
                                    /** @default false */
                                    use_private_ip: boolean;
                                }[];
                                /** @default false */
                                use_private_ip: boolean;
                            }) | ({
                                /** @enum {string} */
                                type: "server" | "label_selector" | "ip";
                            } & {
                                /** @enum {string} */
                                type?: "ip";
                                ip: {
                                    ip: string;
                                };
                                health_status: {
                                    listen_port: number;
                                    /** @enum {string} */
                                    status: "healthy" | "unhealthy" | "unknown";
                                }[];
                            }))[];
                            algorithm: {
                                /** @enum {string} */
                                type: "round_robin" | "least_connections";
                            };
                            /** Format: int64 */
                            outgoing_traffic: number | null;
                            /** Format: int64 */
                            ingoing_traffic: number | null;
                            /** Format: int64 */
                            included_traffic: number;
                        };
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    list_load_balancers_actions: {
        parameters: {
            query?: {
                id?: number[];
                sort?: ("id" | "id:asc" | "id:desc" | "command" | "command:asc" | "command:desc" | "status" | "status:asc" | "status:desc" | "started" | "started:asc" | "started:desc" | "finished" | "finished:asc" | "finished:desc")[];
                status?: ("running" | "success" | "error")[];
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        actions: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        }[];
                        meta: {
                            pagination: {
                                /** Format: int64 */
                                page: number;
                                /** Format: int64 */
                                per_page: number;
                                /** Format: int64 */
                                previous_page: number | null;
                                /** Format: int64 */
                                next_page: number | null;
                                /** Format: int64 */
                                last_page: number | null;
                                /** Format: int64 */
                                total_entries: number | null;
                            };
                        };
                    };
                };
            };
        };
    };
    get_load_balancers_action: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    get_load_balancer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        load_balancer: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            name: string;
                            public_net: {
                                enabled: boolean;
                                ipv4: {
                                    ip: string | null;
                                    dns_ptr: string | null;
                                };
                                ipv6: {
                                    ip: string | null;
                                    dns_ptr: string | null;
                                };
                            };
                            private_net: {
                                /** Format: int64 */
                                network: number;
                                ip: string;
                            }[];
                            location: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                /** @description Pattern: `^[a-z0-9]+(-?[a-z0-9]*)*$` */
                                name: string;
                                description: string;
                                country: string;
                                city: string;
                                /** Format: double */
                                latitude: number;
                                /** Format: double */
                                longitude: number;
                                /** @description Pattern: `^[a-z0-9]+(-?[a-z0-9]*)*$` */
                                network_zone: string;
                            };
                            load_balancer_type: {
                                /** Format: int64 */
                                id: number;
                                name: string;
                                description: string;
                                /** Format: int64 */
                                max_connections: number;
                                /** Format: int64 */
                                max_services: number;
                                /** Format: int64 */
                                max_targets: number;
                                /** Format: int64 */
                                max_assigned_certificates: number;
                                /**
                                 * Format: date-time
                                 * @deprecated
                                 */
                                deprecated: string | null;
                                deprecation: {
                                    /** Format: date-time */
                                    unavailable_after: string;
                                    /** Format: date-time */
                                    announced: string;
                                } | null;
                                prices: {
                                    location: string;
                                    price_hourly: {
                                        /** Format: decimal */
                                        net: string;
                                        /** Format: decimal */
                                        gross: string;
                                    };
                                    price_monthly: {
                                        /** Format: decimal */
                                        net: string;
                                        /** Format: decimal */
                                        gross: string;
                                    };
                                    /** Format: int64 */
                                    included_traffic: number;
                                    price_per_tb_traffic: {
                                        /** Format: decimal */
                                        net: string;
                                        /** Format: decimal */
                                        gross: string;
                                    };
                                }[];
                            };
                            protection: {
                                delete: boolean;
                            };
                            labels: {
                                [key: string]: string;
                            };
                            /** Format: date-time */
                            created: string;
                            services: (({
                                /** @enum {string} */
                                protocol: "tcp" | "http" | "https";
                                listen_port: number;
                                destination_port: number;
                                proxyprotocol: boolean;
                                health_check: {
                                    /** @enum {string} */
                                    protocol: "tcp" | "http";
                                    port: number;
                                    /** @description Minimum: 3 · Maximum: 60 */
                                    interval: number;
                                    /** @description Minimum: 1 · Maximum: 60 */
                                    timeout: number;
                                    /** @description Minimum: 1 · Maximum: 5 */
                                    retries: number;
                                    http?: {
                                        /** @description Max length: 128 */
                                        domain: string | null;
                                        /** @description Min length: 1 · Max length: 256 */
                                        path: string;
                                        /** @description Max length: 256 */
                                        response?: string;
                                        /**
                                         * @description Max items: 20
                                         * @default [
                                         *       "2??",
                                         *       "3??"
                                         *     ]
                                         */
                                        status_codes: string[];
                                        tls?: boolean;
                                    };
                                };
                            } & {
                                /** @enum {string} */
                                protocol?: "tcp";
                            }) | ({
                                /** @enum {string} */
                                protocol: "tcp" | "http" | "https";
                                listen_port: number;
                                destination_port: number;
                                proxyprotocol: boolean;
                                health_check: {
                                    /** @enum {string} */
                                    protocol: "tcp" | "http";
                                    port: number;
                                    /** @description Minimum: 3 · Maximum: 60 */
                                    interval: number;
                                    /** @description Minimum: 1 · Maximum: 60 */
                                    timeout: number;
                                    /** @description Minimum: 1 · Maximum: 5 */
                                    retries: number;
                                    http?: {
                                        /** @description Max length: 128 */
                                        domain: string | null;
                                        /** @description Min length: 1 · Max length: 256 */
                                        path: string;
                                        /** @description Max length: 256 */
                                        response?: string;
                                        /**
                                         * @description Max items: 20
                                         * @default [
                                         *       "2??",
                                         *       "3??"
                                         *     ]
                                         */
                                        status_codes: string[];
                                        tls?: boolean;
                                    };
                                };
                            } & {
                                /** @enum {string} */
                                protocol?: "http";
                                http: {
                                    /**
                                     * @description Min length: 1 · Max length: 100
                                     * @default HCLBSTICKY
                                     */
                                    cookie_name: string;
                                    /**
                                     * @description Minimum: 30 · Maximum: 86400
                                     * @default 300
                                     */
                                    cookie_lifetime: number;
                                    /**
                                     * @description Minimum: 30 · Maximum: 300
                                     * @default 50
                                     */
                                    timeout_idle: number;
                                    /** @default false */
                                    sticky_sessions: boolean;
                                };
                            }) | ({
                                /** @enum {string} */
                                protocol: "tcp" | "http" | "https";
                                listen_port: number;
                                destination_port: number;
                                proxyprotocol: boolean;
                                health_check: {
                                    /** @enum {string} */
                                    protocol: "tcp" | "http";
                                    port: number;
                                    /** @description Minimum: 3 · Maximum: 60 */
                                    interval: number;
                                    /** @description Minimum: 1 · Maximum: 60 */
                                    timeout: number;
                                    /** @description Minimum: 1 · Maximum: 5 */
                                    retries: number;
                                    http?: {
                                        /** @description Max length: 128 */
                                        domain: string | null;
                                        /** @description Min length: 1 · Max length: 256 */
                                        path: string;
                                        /** @description Max length: 256 */
                                        response?: string;
                                        /**
                                         * @description Max items: 20
                                         * @default [
                                         *       "2??",
                                         *       "3??"
                                         *     ]
                                         */
                                        status_codes: string[];
                                        tls?: boolean;
                                    };
                                };
                            } & {
                                /** @enum {string} */
                                protocol?: "https";
                                http: {
                                    /**
                                     * @description Min length: 1 · Max length: 100
                                     * @default HCLBSTICKY
                                     */
                                    cookie_name: string;
                                    /**
                                     * @description Minimum: 30 · Maximum: 86400
                                     * @default 300
                                     */
                                    cookie_lifetime: number;
                                    /**
                                     * @description Minimum: 30 · Maximum: 300
                                     * @default 50
                                     */
                                    timeout_idle: number;
                                    certificates: number[];
                                    /** @default false */
                                    redirect_http: boolean;
                                    /** @default false */
                                    sticky_sessions: boolean;
                                };
                            }))[];
                            targets: (({
                                /** @enum {string} */
                                type: "server" | "label_selector" | "ip";
                            } & {
                                /** @enum {string} */
                                type?: "server";
                                server: {
                                    /** Format: int64 */
                                    id: number;
                                    ip: string;
                                };
                                health_status: {
                                    listen_port: number;
                                    /** @enum {string} */
                                    status: "healthy" | "unhealthy" | "unknown";
                                }[];
                                /** @default false */
                                use_private_ip: boolean;
                            }) | ({
                                /** @enum {string} */
                                type: "server" | "label_selector" | "ip";
                            } & {
                                /** @enum {string} */
                                type?: "label_selector";
                                label_selector: {
                                    /** @description Min length: 1 · Max length: 1000 */
                                    selector: string;
                                };
                                targets: {
                                    type: string;
                                    server: {
                                        /** Format: int64 */
                                        id: number;
                                        ip: string;
                                    };
                                    health_status: {
                                        listen_port: number;
                                        /** @enum {string} */
                                        status: "healthy" | "unhealthy" | "unknown";
                                    }[];
                                    /** @default false */
                                    use_private_ip: boolean;
                                }[];
                                /** @default false */
                                use_private_ip: boolean;
                            }) | ({
                                /** @enum {string} */
                                type: "server" | "label_selector" | "ip";
                            } & {
                                /** @enum {string} */
                                type?: "ip";
                                ip: {
                                    ip: string;
                                };
                                health_status: {
                                    listen_port: number;
                                    /** @enum {string} */
                                    status: "healthy" | "unhealthy" | "unknown";
                                }[];
                            }))[];
                            algorithm: {
                                /** @enum {string} */
                                type: "round_robin" | "least_connections";
                            };
                            /** Format: int64 */
                            outgoing_traffic: number | null;
                            /** Format: int64 */
                            ingoing_traffic: number | null;
                            /** Format: int64 */
                            included_traffic: number;
                        };
                    };
                };
            };
        };
    };
    update_load_balancer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Min length: 1 · Max length: 128 · Pattern: `^\S(.*\S)?$` */
                    name?: string;
                    labels?: {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": {
                        load_balancer: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            name: string;
                            public_net: {
                                enabled: boolean;
                                ipv4: {
                                    ip: string | null;
                                    dns_ptr: string | null;
                                };
                                ipv6: {
                                    ip: string | null;
                                    dns_ptr: string | null;
                                };
                            };
                            private_net: {
                                /** Format: int64 */
                                network: number;
                                ip: string;
                            }[];
                            location: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                /** @description Pattern: `^[a-z0-9]+(-?[a-z0-9]*)*$` */
                                name: string;
                                description: string;
                                country: string;
                                city: string;
                                /** Format: double */
                                latitude: number;
                                /** Format: double */
                                longitude: number;
                                /** @description Pattern: `^[a-z0-9]+(-?[a-z0-9]*)*$` */
                                network_zone: string;
                            };
                            load_balancer_type: {
                                /** Format: int64 */
                                id: number;
                                name: string;
                                description: string;
                                /** Format: int64 */
                                max_connections: number;
                                /** Format: int64 */
                                max_services: number;
                                /** Format: int64 */
                                max_targets: number;
                                /** Format: int64 */
                                max_assigned_certificates: number;
                                /**
                                 * Format: date-time
                                 * @deprecated
                                 */
                                deprecated: string | null;
                                deprecation: {
                                    /** Format: date-time */
                                    unavailable_after: string;
                                    /** Format: date-time */
                                    announced: string;
                                } | null;
                                prices: {
                                    location: string;
                                    price_hourly: {
                                        /** Format: decimal */
                                        net: string;
                                        /** Format: decimal */
                                        gross: string;
                                    };
                                    price_monthly: {
                                        /** Format: decimal */
                                        net: string;
                                        /** Format: decimal */
                                        gross: string;
                                    };
                                    /** Format: int64 */
                                    included_traffic: number;
                                    price_per_tb_traffic: {
                                        /** Format: decimal */
                                        net: string;
                                        /** Format: decimal */
                                        gross: string;
                                    };
                                }[];
                            };
                            protection: {
                                delete: boolean;
                            };
                            labels: {
                                [key: string]: string;
                            };
                            /** Format: date-time */
                            created: string;
                            services: (({
                                /** @enum {string} */
                                protocol: "tcp" | "http" | "https";
                                listen_port: number;
                                destination_port: number;
                                proxyprotocol: boolean;
                                health_check: {
                                    /** @enum {string} */
                                    protocol: "tcp" | "http";
                                    port: number;
                                    /** @description Minimum: 3 · Maximum: 60 */
                                    interval: number;
                                    /** @description Minimum: 1 · Maximum: 60 */
                                    timeout: number;
                                    /** @description Minimum: 1 · Maximum: 5 */
                                    retries: number;
                                    http?: {
                                        /** @description Max length: 128 */
                                        domain: string | null;
                                        /** @description Min length: 1 · Max length: 256 */
                                        path: string;
                                        /** @description Max length: 256 */
                                        response?: string;
                                        /**
                                         * @description Max items: 20
                                         * @default [
                                         *       "2??",
                                         *       "3??"
                                         *     ]
                                         */
                                        status_codes: string[];
                                        tls?: boolean;
                                    };
                                };
                            } & {
                                /** @enum {string} */
                                protocol?: "tcp";
                            }) | ({
                                /** @enum {string} */
                                protocol: "tcp" | "http" | "https";
                                listen_port: number;
                                destination_port: number;
                                proxyprotocol: boolean;
                                health_check: {
                                    /** @enum {string} */
                                    protocol: "tcp" | "http";
                                    port: number;
                                    /** @description Minimum: 3 · Maximum: 60 */
                                    interval: number;
                                    /** @description Minimum: 1 · Maximum: 60 */
                                    timeout: number;
                                    /** @description Minimum: 1 · Maximum: 5 */
                                    retries: number;
                                    http?: {
                                        /** @description Max length: 128 */
                                        domain: string | null;
                                        /** @description Min length: 1 · Max length: 256 */
                                        path: string;
                                        /** @description Max length: 256 */
                                        response?: string;
                                        /**
                                         * @description Max items: 20
                                         * @default [
                                         *       "2??",
                                         *       "3??"
                                         *     ]
                                         */
                                        status_codes: string[];
                                        tls?: boolean;
                                    };
                                };
                            } & {
                                /** @enum {string} */
                                protocol?: "http";
                                http: {
                                    /**
                                     * @description Min length: 1 · Max length: 100
                                     * @default HCLBSTICKY
                                     */
                                    cookie_name: string;
                                    /**
                                     * @description Minimum: 30 · Maximum: 86400
                                     * @default 300
                                     */
                                    cookie_lifetime: number;
                                    /**
                                     * @description Minimum: 30 · Maximum: 300
                                     * @default 50
                                     */
                                    timeout_idle: number;
                                    /** @default false */
                                    sticky_sessions: boolean;
                                };
                            }) | ({
                                /** @enum {string} */
                                protocol: "tcp" | "http" | "https";
                                listen_port: number;
                                destination_port: number;
                                proxyprotocol: boolean;
                                health_check: {
                                    /** @enum {string} */
                                    protocol: "tcp" | "http";
                                    port: number;
                                    /** @description Minimum: 3 · Maximum: 60 */
                                    interval: number;
                                    /** @description Minimum: 1 · Maximum: 60 */
                                    timeout: number;
                                    /** @description Minimum: 1 · Maximum: 5 */
                                    retries: number;
                                    http?: {
                                        /** @description Max length: 128 */
                                        domain: string | null;
                                        /** @description Min length: 1 · Max length: 256 */
                                        path: string;
                                        /** @description Max length: 256 */
                                        response?: string;
                                        /**
                                         * @description Max items: 20
                                         * @default [
                                         *       "2??",
                                         *       "3??"
                                         *     ]
                                         */
                                        status_codes: string[];
                                        tls?: boolean;
                                    };
                                };
                            } & {
                                /** @enum {string} */
                                protocol?: "https";
                                http: {
                                    /**
                                     * @description Min length: 1 · Max length: 100
                                     * @default HCLBSTICKY
                                     */
                                    cookie_name: string;
                                    /**
                                     * @description Minimum: 30 · Maximum: 86400
                                     * @default 300
                                     */
                                    cookie_lifetime: number;
                                    /**
                                     * @description Minimum: 30 · Maximum: 300
                                     * @default 50
                                     */
                                    timeout_idle: number;
                                    certificates: number[];
                                    /** @default false */
                                    redirect_http: boolean;
                                    /** @default false */
                                    sticky_sessions: boolean;
                                };
                            }))[];
                            targets: (({
                                /** @enum {string} */
                                type: "server" | "label_selector" | "ip";
                            } & {
                                /** @enum {string} */
                                type?: "server";
                                server: {
                                    /** Format: int64 */
                                    id: number;
                                    ip: string;
                                };
                                health_status: {
                                    listen_port: number;
                                    /** @enum {string} */
                                    status: "healthy" | "unhealthy" | "unknown";
                                }[];
                                /** @default false */
                                use_private_ip: boolean;
                            }) | ({
                                /** @enum {string} */
                                type: "server" | "label_selector" | "ip";
                            } & {
                                /** @enum {string} */
                                type?: "label_selector";
                                label_selector: {
                                    /** @description Min length: 1 · Max length: 1000 */
                                    selector: string;
                                };
                                targets: {
                                    type: string;
                                    server: {
                                        /** Format: int64 */
                                        id: number;
                                        ip: string;
                                    };
                                    health_status: {
                                        listen_port: number;
                                        /** @enum {string} */
                                        status: "healthy" | "unhealthy" | "unknown";
                                    }[];
                                    /** @default false */
                                    use_private_ip: boolean;
                                }[];
                                /** @default false */
                                use_private_ip: boolean;
                            }) | ({
                                /** @enum {string} */
                                type: "server" | "label_selector" | "ip";
                            } & {
                                /** @enum {string} */
                                type?: "ip";
                                ip: {
                                    ip: string;
                                };
                                health_status: {
                                    listen_port: number;
                                    /** @enum {string} */
                                    status: "healthy" | "unhealthy" | "unknown";
                                }[];
                            }))[];
                            algorithm: {
                                /** @enum {string} */
                                type: "round_robin" | "least_connections";
                            };
                            /** Format: int64 */
                            outgoing_traffic: number | null;
                            /** Format: int64 */
                            ingoing_traffic: number | null;
                            /** Format: int64 */
                            included_traffic: number;
                        };
                    };
                };
            };
        };
    };
    delete_load_balancer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                content?: never;
            };
        };
    };
    list_load_balancer_actions: {
        parameters: {
            query?: {
                sort?: ("id" | "id:asc" | "id:desc" | "command" | "command:asc" | "command:desc" | "status" | "status:asc" | "status:desc" | "started" | "started:asc" | "started:desc" | "finished" | "finished:asc" | "finished:desc")[];
                status?: ("running" | "success" | "error")[];
                page?: number;
                per_page?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        actions: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        }[];
                        meta: {
                            pagination: {
                                /** Format: int64 */
                                page: number;
                                /** Format: int64 */
                                per_page: number;
                                /** Format: int64 */
                                previous_page: number | null;
                                /** Format: int64 */
                                next_page: number | null;
                                /** Format: int64 */
                                last_page: number | null;
                                /** Format: int64 */
                                total_entries: number | null;
                            };
                        };
                    };
                };
            };
        };
    };
    add_load_balancer_service: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    protocol?: "tcp" | "http" | "https";
                    listen_port?: number;
                    destination_port?: number;
                    proxyprotocol?: boolean;
                    health_check?: {
                        /** @enum {string} */
                        protocol?: "tcp" | "http";
                        port?: number;
                        /** @description Minimum: 3 · Maximum: 60 */
                        interval?: number;
                        /** @description Minimum: 1 · Maximum: 60 */
                        timeout?: number;
                        /** @description Minimum: 1 · Maximum: 5 */
                        retries?: number;
                        http?: {
                            /** @description Max length: 128 */
                            domain?: string | null;
                            /** @description Min length: 1 · Max length: 256 */
                            path?: string;
                            /** @description Max length: 256 */
                            response?: string;
                            /**
                             * @description Max items: 20
                             * @default [
                             *       "2??",
                             *       "3??"
                             *     ]
                             */
                            status_codes?: string[];
                            tls?: boolean;
                        };
                    };
                } & {
                    http?: {
                        /**
                         * @description Min length: 1 · Max length: 100
                         * @default HCLBSTICKY
                         */
                        cookie_name?: string;
                        /**
                         * @description Minimum: 30 · Maximum: 86400
                         * @default 300
                         */
                        cookie_lifetime?: number;
                        timeout_idle?: number;
                        certificates?: number[];
                        /** @default false */
                        redirect_http?: boolean;
                        /** @default false */
                        sticky_sessions?: boolean;
                    };
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    add_load_balancer_target: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    type: "server" | "label_selector" | "ip";
                    server?: {
                        /** Format: int64 */
                        id: number;
                        ip?: string;
                    };
                    label_selector?: {
                        /** @description Min length: 1 · Max length: 1000 */
                        selector: string;
                    };
                    ip?: {
                        ip: string;
                    };
                } & {
                    /** @default false */
                    use_private_ip?: boolean;
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    attach_load_balancer_to_network: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: int64 */
                    network: number;
                    ip?: string;
                    ip_range?: string;
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    change_load_balancer_algorithm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    type: "round_robin" | "least_connections";
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    change_load_balancer_dns_ptr: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ip: string;
                    dns_ptr?: string | null;
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    change_load_balancer_protection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    delete?: boolean;
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    change_load_balancer_type: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    load_balancer_type: string;
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    delete_load_balancer_service: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    listen_port: number;
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    detach_load_balancer_from_network: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: int64 */
                    network: number;
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    disable_load_balancer_public_interface: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    enable_load_balancer_public_interface: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    remove_load_balancer_target: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    type: "server" | "label_selector" | "ip";
                    server?: {
                        /** Format: int64 */
                        id: number;
                        ip?: string;
                    };
                    label_selector?: {
                        /** @description Min length: 1 · Max length: 1000 */
                        selector: string;
                    };
                    ip?: {
                        ip: string;
                    };
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    update_load_balancer_service: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    protocol?: "tcp" | "http" | "https";
                    listen_port?: number;
                    destination_port?: number;
                    proxyprotocol?: boolean;
                    health_check?: {
                        /** @enum {string} */
                        protocol?: "tcp" | "http";
                        port?: number;
                        /** @description Minimum: 3 · Maximum: 60 */
                        interval?: number;
                        /** @description Minimum: 1 · Maximum: 60 */
                        timeout?: number;
                        /** @description Minimum: 1 · Maximum: 5 */
                        retries?: number;
                        http?: {
                            /** @description Max length: 128 */
                            domain?: string | null;
                            /** @description Min length: 1 · Max length: 256 */
                            path?: string;
                            /** @description Max length: 256 */
                            response?: string;
                            /**
                             * @description Max items: 20
                             * @default [
                             *       "2??",
                             *       "3??"
                             *     ]
                             */
                            status_codes?: string[];
                            tls?: boolean;
                        };
                    };
                } & {
                    health_check?: {
                        /** @enum {string} */
                        protocol?: "tcp" | "http";
                        port?: number;
                        /** @description Minimum: 3 · Maximum: 60 */
                        interval?: number;
                        /** @description Minimum: 1 · Maximum: 60 */
                        timeout?: number;
                        /** @description Minimum: 1 · Maximum: 5 */
                        retries?: number;
                        http?: {
                            /** @description Max length: 128 */
                            domain?: string | null;
                            /** @description Min length: 1 · Max length: 256 */
                            path?: string;
                            /** @description Max length: 256 */
                            response?: string;
                            /**
                             * @description Max items: 20
                             * @default [
                             *       "2??",
                             *       "3??"
                             *     ]
                             */
                            status_codes?: string[];
                            tls?: boolean;
                        };
                    };
                    http?: {
                        /** @description Min length: 1 · Max length: 100 */
                        cookie_name?: string;
                        /** @description Minimum: 30 · Maximum: 86400 */
                        cookie_lifetime?: number;
                        timeout_idle?: number;
                        certificates?: number[];
                        /** @default false */
                        redirect_http?: boolean;
                        /** @default false */
                        sticky_sessions?: boolean;
                    };
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    get_load_balancer_metrics: {
        parameters: {
            query: {
                type: ("open_connections" | "connections_per_second" | "requests_per_second" | "bandwidth")[];
                start: string;
                end: string;
                step?: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        metrics: {
                            /** Format: date-time */
                            start: string;
                            /** Format: date-time */
                            end: string;
                            step: number;
                            time_series: {
                                [key: string]: {
                                    values: [
                                        number,
                                        string
                                    ][];
                                };
                            };
                        };
                    };
                };
            };
        };
    };
    list_locations: {
        parameters: {
            query?: {
                name?: string;
                sort?: ("id" | "id:asc" | "id:desc" | "name" | "name:asc" | "name:desc")[];
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        locations: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            /** @description Pattern: `^[a-z0-9]+(-?[a-z0-9]*)*$` */
                            name: string;
                            description: string;
                            country: string;
                            city: string;
                            /** Format: double */
                            latitude: number;
                            /** Format: double */
                            longitude: number;
                            /** @description Pattern: `^[a-z0-9]+(-?[a-z0-9]*)*$` */
                            network_zone: string;
                        }[];
                        meta: {
                            pagination: {
                                /** Format: int64 */
                                page: number;
                                /** Format: int64 */
                                per_page: number;
                                /** Format: int64 */
                                previous_page: number | null;
                                /** Format: int64 */
                                next_page: number | null;
                                /** Format: int64 */
                                last_page: number | null;
                                /** Format: int64 */
                                total_entries: number | null;
                            };
                        };
                    };
                };
            };
        };
    };
    get_location: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        location: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            /** @description Pattern: `^[a-z0-9]+(-?[a-z0-9]*)*$` */
                            name: string;
                            description: string;
                            country: string;
                            city: string;
                            /** Format: double */
                            latitude: number;
                            /** Format: double */
                            longitude: number;
                            /** @description Pattern: `^[a-z0-9]+(-?[a-z0-9]*)*$` */
                            network_zone: string;
                        };
                    };
                };
            };
        };
    };
    list_networks: {
        parameters: {
            query?: {
                sort?: ("id" | "id:asc" | "id:desc" | "name" | "name:asc" | "name:desc" | "created" | "created:asc" | "created:desc")[];
                name?: string;
                label_selector?: string;
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        networks: {
                            /** Format: int64 */
                            id: number;
                            /** @description Min length: 1 · Max length: 128 */
                            name: string;
                            ip_range: string;
                            subnets: {
                                /** @enum {string} */
                                type: "cloud" | "server" | "vswitch";
                                ip_range?: string;
                                network_zone: string;
                                gateway: string;
                                /** Format: int64 */
                                vswitch_id?: number | null;
                            }[];
                            routes: {
                                destination: string;
                                gateway: string;
                            }[];
                            servers: number[];
                            load_balancers?: number[];
                            protection: {
                                delete: boolean;
                            };
                            labels: {
                                [key: string]: string;
                            };
                            /** Format: date-time */
                            created: string;
                            expose_routes_to_vswitch: boolean;
                        }[];
                        meta: {
                            pagination: {
                                /** Format: int64 */
                                page: number;
                                /** Format: int64 */
                                per_page: number;
                                /** Format: int64 */
                                previous_page: number | null;
                                /** Format: int64 */
                                next_page: number | null;
                                /** Format: int64 */
                                last_page: number | null;
                                /** Format: int64 */
                                total_entries: number | null;
                            };
                        };
                    };
                };
            };
        };
    };
    create_network: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Min length: 1 · Max length: 128 */
                    name: string;
                    ip_range: string;
                    labels?: {
                        [key: string]: string;
                    };
                    subnets?: {
                        /** @enum {string} */
                        type: "cloud" | "server" | "vswitch";
                        ip_range?: string;
                        network_zone: string;
                        /** Format: int64 */
                        vswitch_id?: number;
                    }[];
                    routes?: {
                        destination: string;
                        gateway: string;
                    }[];
                    expose_routes_to_vswitch?: boolean;
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        network?: {
                            /** Format: int64 */
                            id: number;
                            /** @description Min length: 1 · Max length: 128 */
                            name: string;
                            ip_range: string;
                            subnets: {
                                /** @enum {string} */
                                type: "cloud" | "server" | "vswitch";
                                ip_range?: string;
                                network_zone: string;
                                gateway: string;
                                /** Format: int64 */
                                vswitch_id?: number | null;
                            }[];
                            routes: {
                                destination: string;
                                gateway: string;
                            }[];
                            servers: number[];
                            load_balancers?: number[];
                            protection: {
                                delete: boolean;
                            };
                            labels: {
                                [key: string]: string;
                            };
                            /** Format: date-time */
                            created: string;
                            expose_routes_to_vswitch: boolean;
                        };
                    };
                };
            };
        };
    };
    list_networks_actions: {
        parameters: {
            query?: {
                id?: number[];
                sort?: ("id" | "id:asc" | "id:desc" | "command" | "command:asc" | "command:desc" | "status" | "status:asc" | "status:desc" | "started" | "started:asc" | "started:desc" | "finished" | "finished:asc" | "finished:desc")[];
                status?: ("running" | "success" | "error")[];
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        actions: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        }[];
                        meta: {
                            pagination: {
                                /** Format: int64 */
                                page: number;
                                /** Format: int64 */
                                per_page: number;
                                /** Format: int64 */
                                previous_page: number | null;
                                /** Format: int64 */
                                next_page: number | null;
                                /** Format: int64 */
                                last_page: number | null;
                                /** Format: int64 */
                                total_entries: number | null;
                            };
                        };
                    };
                };
            };
        };
    };
    get_networks_action: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    get_network: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        network?: {
                            /** Format: int64 */
                            id: number;
                            /** @description Min length: 1 · Max length: 128 */
                            name: string;
                            ip_range: string;
                            subnets: {
                                /** @enum {string} */
                                type: "cloud" | "server" | "vswitch";
                                ip_range?: string;
                                network_zone: string;
                                gateway: string;
                                /** Format: int64 */
                                vswitch_id?: number | null;
                            }[];
                            routes: {
                                destination: string;
                                gateway: string;
                            }[];
                            servers: number[];
                            load_balancers?: number[];
                            protection: {
                                delete: boolean;
                            };
                            labels: {
                                [key: string]: string;
                            };
                            /** Format: date-time */
                            created: string;
                            expose_routes_to_vswitch: boolean;
                        };
                    };
                };
            };
        };
    };
    update_network: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    labels?: {
                        [key: string]: string;
                    };
                    expose_routes_to_vswitch?: boolean;
                };
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": {
                        network?: {
                            /** Format: int64 */
                            id: number;
                            /** @description Min length: 1 · Max length: 128 */
                            name: string;
                            ip_range: string;
                            subnets: {
                                /** @enum {string} */
                                type: "cloud" | "server" | "vswitch";
                                ip_range?: string;
                                network_zone: string;
                                gateway: string;
                                /** Format: int64 */
                                vswitch_id?: number | null;
                            }[];
                            routes: {
                                destination: string;
                                gateway: string;
                            }[];
                            servers: number[];
                            load_balancers?: number[];
                            protection: {
                                delete: boolean;
                            };
                            labels: {
                                [key: string]: string;
                            };
                            /** Format: date-time */
                            created: string;
                            expose_routes_to_vswitch: boolean;
                        };
                    };
                };
            };
        };
    };
    delete_network: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                content?: never;
            };
        };
    };
    list_network_actions: {
        parameters: {
            query?: {
                sort?: ("id" | "id:asc" | "id:desc" | "command" | "command:asc" | "command:desc" | "status" | "status:asc" | "status:desc" | "started" | "started:asc" | "started:desc" | "finished" | "finished:asc" | "finished:desc")[];
                status?: ("running" | "success" | "error")[];
                page?: number;
                per_page?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        actions: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        }[];
                        meta: {
                            pagination: {
                                /** Format: int64 */
                                page: number;
                                /** Format: int64 */
                                per_page: number;
                                /** Format: int64 */
                                previous_page: number | null;
                                /** Format: int64 */
                                next_page: number | null;
                                /** Format: int64 */
                                last_page: number | null;
                                /** Format: int64 */
                                total_entries: number | null;
                            };
                        };
                    };
                };
            };
        };
    };
    add_network_route: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    destination: string;
                    gateway: string;
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    add_network_subnet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    type: "cloud" | "server" | "vswitch";
                    ip_range?: string;
                    network_zone: string;
                    /** Format: int64 */
                    vswitch_id?: number;
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    change_network_ip_range: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ip_range: string;
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    change_network_protection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    delete?: boolean;
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    delete_network_route: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    destination: string;
                    gateway: string;
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    delete_network_subnet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ip_range: string;
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    list_placement_groups: {
        parameters: {
            query?: {
                sort?: ("id" | "id:asc" | "id:desc" | "name" | "name:asc" | "name:desc" | "created" | "created:asc" | "created:desc")[];
                name?: string;
                label_selector?: string;
                type?: "spread"[];
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        placement_groups: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            name: string;
                            labels: {
                                [key: string]: string;
                            };
                            /** @enum {string} */
                            type: "spread";
                            /** Format: date-time */
                            created: string;
                            servers: number[];
                        }[];
                        meta: {
                            pagination: {
                                /** Format: int64 */
                                page: number;
                                /** Format: int64 */
                                per_page: number;
                                /** Format: int64 */
                                previous_page: number | null;
                                /** Format: int64 */
                                next_page: number | null;
                                /** Format: int64 */
                                last_page: number | null;
                                /** Format: int64 */
                                total_entries: number | null;
                            };
                        };
                    };
                };
            };
        };
    };
    create_placement_group: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    labels?: {
                        [key: string]: string;
                    };
                    /** @enum {string} */
                    type: "spread";
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        placement_group: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            name: string;
                            labels: {
                                [key: string]: string;
                            };
                            /** @enum {string} */
                            type: "spread";
                            /** Format: date-time */
                            created: string;
                            servers: number[];
                        };
                        action?: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        } | null;
                    };
                };
            };
        };
    };
    get_placement_group: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        placement_group: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            name: string;
                            labels: {
                                [key: string]: string;
                            };
                            /** @enum {string} */
                            type: "spread";
                            /** Format: date-time */
                            created: string;
                            servers: number[];
                        };
                    };
                };
            };
        };
    };
    update_placement_group: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    labels?: {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": {
                        placement_group: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            name: string;
                            labels: {
                                [key: string]: string;
                            };
                            /** @enum {string} */
                            type: "spread";
                            /** Format: date-time */
                            created: string;
                            servers: number[];
                        };
                    };
                };
            };
        };
    };
    delete_placement_group: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                content?: never;
            };
        };
    };
    get_pricing: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        pricing: {
                            currency: string;
                            /** Format: decimal */
                            vat_rate: string;
                            primary_ips: {
                                /** @enum {string} */
                                type: "ipv4" | "ipv6";
                                prices: {
                                    location: string;
                                    price_hourly: {
                                        /** Format: decimal */
                                        net: string;
                                        /** Format: decimal */
                                        gross: string;
                                    };
                                    price_monthly: {
                                        /** Format: decimal */
                                        net: string;
                                        /** Format: decimal */
                                        gross: string;
                                    };
                                }[];
                            }[];
                            floating_ips: {
                                /** @enum {string} */
                                type: "ipv4" | "ipv6";
                                prices: {
                                    location: string;
                                    price_monthly: {
                                        /** Format: decimal */
                                        net: string;
                                        /** Format: decimal */
                                        gross: string;
                                    };
                                }[];
                            }[];
                            image: {
                                price_per_gb_month: {
                                    /** Format: decimal */
                                    net: string;
                                    /** Format: decimal */
                                    gross: string;
                                };
                            };
                            volume: {
                                price_per_gb_month: {
                                    /** Format: decimal */
                                    net: string;
                                    /** Format: decimal */
                                    gross: string;
                                };
                            };
                            server_backup: {
                                /** Format: decimal */
                                percentage: string;
                            };
                            server_types: {
                                /** Format: int64 */
                                id: number;
                                name: string;
                                prices: {
                                    location: string;
                                    price_hourly: {
                                        /** Format: decimal */
                                        net: string;
                                        /** Format: decimal */
                                        gross: string;
                                    };
                                    price_monthly: {
                                        /** Format: decimal */
                                        net: string;
                                        /** Format: decimal */
                                        gross: string;
                                    };
                                    /** Format: int64 */
                                    included_traffic: number;
                                    price_per_tb_traffic: {
                                        /** Format: decimal */
                                        net: string;
                                        /** Format: decimal */
                                        gross: string;
                                    };
                                }[];
                            }[];
                            load_balancer_types: {
                                /** Format: int64 */
                                id: number;
                                name: string;
                                prices: {
                                    location: string;
                                    price_hourly: {
                                        /** Format: decimal */
                                        net: string;
                                        /** Format: decimal */
                                        gross: string;
                                    };
                                    price_monthly: {
                                        /** Format: decimal */
                                        net: string;
                                        /** Format: decimal */
                                        gross: string;
                                    };
                                    /** Format: int64 */
                                    included_traffic: number;
                                    price_per_tb_traffic: {
                                        /** Format: decimal */
                                        net: string;
                                        /** Format: decimal */
                                        gross: string;
                                    };
                                }[];
                            }[];
                            /** @deprecated */
                            floating_ip: {
                                price_monthly: {
                                    /** Format: decimal */
                                    net: string;
                                    /** Format: decimal */
                                    gross: string;
                                };
                            };
                        };
                    };
                };
            };
        };
    };
    list_primary_ips: {
        parameters: {
            query?: {
                name?: string;
                label_selector?: string;
                ip?: string;
                page?: number;
                per_page?: number;
                sort?: ("id" | "id:asc" | "id:desc" | "created" | "created:asc" | "created:desc")[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        primary_ips: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            name: string;
                            labels: {
                                [key: string]: string;
                            };
                            /** Format: date-time */
                            created: string;
                            blocked: boolean;
                            location: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                /** @description Pattern: `^[a-z0-9]+(-?[a-z0-9]*)*$` */
                                name: string;
                                description: string;
                                country: string;
                                city: string;
                                /** Format: double */
                                latitude: number;
                                /** Format: double */
                                longitude: number;
                                /** @description Pattern: `^[a-z0-9]+(-?[a-z0-9]*)*$` */
                                network_zone: string;
                            };
                            ip: string;
                            dns_ptr: {
                                ip: string;
                                dns_ptr: string;
                            }[];
                            protection: {
                                delete: boolean;
                            };
                            /** @enum {string} */
                            type: "ipv4" | "ipv6";
                            /** @default false */
                            auto_delete: boolean;
                            /** @enum {string} */
                            assignee_type: "server";
                            /** Format: int64 */
                            assignee_id: number | null;
                        }[];
                        meta: {
                            pagination: {
                                /** Format: int64 */
                                page: number;
                                /** Format: int64 */
                                per_page: number;
                                /** Format: int64 */
                                previous_page: number | null;
                                /** Format: int64 */
                                next_page: number | null;
                                /** Format: int64 */
                                last_page: number | null;
                                /** Format: int64 */
                                total_entries: number | null;
                            };
                        };
                    };
                };
            };
        };
    };
    create_primary_ip: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    labels?: {
                        [key: string]: string;
                    };
                    /** @enum {string} */
                    type: "ipv4" | "ipv6";
                    location?: string | number;
                    /** @enum {string} */
                    assignee_type?: "server";
                    /** Format: int64 */
                    assignee_id?: number | null;
                    /** @default false */
                    auto_delete?: boolean;
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        primary_ip: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            name: string;
                            labels: {
                                [key: string]: string;
                            };
                            /** Format: date-time */
                            created: string;
                            blocked: boolean;
                            location: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                /** @description Pattern: `^[a-z0-9]+(-?[a-z0-9]*)*$` */
                                name: string;
                                description: string;
                                country: string;
                                city: string;
                                /** Format: double */
                                latitude: number;
                                /** Format: double */
                                longitude: number;
                                /** @description Pattern: `^[a-z0-9]+(-?[a-z0-9]*)*$` */
                                network_zone: string;
                            };
                            ip: string;
                            dns_ptr: {
                                ip: string;
                                dns_ptr: string;
                            }[];
                            protection: {
                                delete: boolean;
                            };
                            /** @enum {string} */
                            type: "ipv4" | "ipv6";
                            /** @default false */
                            auto_delete: boolean;
                            /** @enum {string} */
                            assignee_type: "server";
                            /** Format: int64 */
                            assignee_id: number | null;
                        };
                        action?: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        } | null;
                    };
                };
            };
        };
    };
    list_primary_ips_actions: {
        parameters: {
            query?: {
                id?: number[];
                sort?: ("id" | "id:asc" | "id:desc" | "command" | "command:asc" | "command:desc" | "status" | "status:asc" | "status:desc" | "started" | "started:asc" | "started:desc" | "finished" | "finished:asc" | "finished:desc")[];
                status?: ("running" | "success" | "error")[];
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        actions: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        }[];
                        meta: {
                            pagination: {
                                /** Format: int64 */
                                page: number;
                                /** Format: int64 */
                                per_page: number;
                                /** Format: int64 */
                                previous_page: number | null;
                                /** Format: int64 */
                                next_page: number | null;
                                /** Format: int64 */
                                last_page: number | null;
                                /** Format: int64 */
                                total_entries: number | null;
                            };
                        };
                    };
                };
            };
        };
    };
    get_primary_ips_action: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    list_primary_ip_actions: {
        parameters: {
            query?: {
                sort?: ("id" | "id:asc" | "id:desc" | "command" | "command:asc" | "command:desc" | "status" | "status:asc" | "status:desc" | "started" | "started:asc" | "started:desc" | "finished" | "finished:asc" | "finished:desc")[];
                status?: ("running" | "success" | "error")[];
                page?: number;
                per_page?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        actions: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        }[];
                        meta: {
                            pagination: {
                                /** Format: int64 */
                                page: number;
                                /** Format: int64 */
                                per_page: number;
                                /** Format: int64 */
                                previous_page: number | null;
                                /** Format: int64 */
                                next_page: number | null;
                                /** Format: int64 */
                                last_page: number | null;
                                /** Format: int64 */
                                total_entries: number | null;
                            };
                        };
                    };
                };
            };
        };
    };
    get_primary_ip: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        primary_ip: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            name: string;
                            labels: {
                                [key: string]: string;
                            };
                            /** Format: date-time */
                            created: string;
                            blocked: boolean;
                            location: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                /** @description Pattern: `^[a-z0-9]+(-?[a-z0-9]*)*$` */
                                name: string;
                                description: string;
                                country: string;
                                city: string;
                                /** Format: double */
                                latitude: number;
                                /** Format: double */
                                longitude: number;
                                /** @description Pattern: `^[a-z0-9]+(-?[a-z0-9]*)*$` */
                                network_zone: string;
                            };
                            ip: string;
                            dns_ptr: {
                                ip: string;
                                dns_ptr: string;
                            }[];
                            protection: {
                                delete: boolean;
                            };
                            /** @enum {string} */
                            type: "ipv4" | "ipv6";
                            /** @default false */
                            auto_delete: boolean;
                            /** @enum {string} */
                            assignee_type: "server";
                            /** Format: int64 */
                            assignee_id: number | null;
                        };
                    };
                };
            };
        };
    };
    update_primary_ip: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    labels?: {
                        [key: string]: string;
                    };
                    /** @default false */
                    auto_delete?: boolean;
                };
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": {
                        primary_ip: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            name: string;
                            labels: {
                                [key: string]: string;
                            };
                            /** Format: date-time */
                            created: string;
                            blocked: boolean;
                            location: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                /** @description Pattern: `^[a-z0-9]+(-?[a-z0-9]*)*$` */
                                name: string;
                                description: string;
                                country: string;
                                city: string;
                                /** Format: double */
                                latitude: number;
                                /** Format: double */
                                longitude: number;
                                /** @description Pattern: `^[a-z0-9]+(-?[a-z0-9]*)*$` */
                                network_zone: string;
                            };
                            ip: string;
                            dns_ptr: {
                                ip: string;
                                dns_ptr: string;
                            }[];
                            protection: {
                                delete: boolean;
                            };
                            /** @enum {string} */
                            type: "ipv4" | "ipv6";
                            /** @default false */
                            auto_delete: boolean;
                            /** @enum {string} */
                            assignee_type: "server";
                            /** Format: int64 */
                            assignee_id: number | null;
                        };
                    };
                };
            };
        };
    };
    delete_primary_ip: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                content?: never;
            };
        };
    };
    assign_primary_ip: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    assignee_type: "server";
                    /** Format: int64 */
                    assignee_id: number;
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    change_primary_ip_dns_ptr: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ip: string;
                    dns_ptr?: string | null;
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    change_primary_ip_protection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    delete: boolean;
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    unassign_primary_ip: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    list_server_types: {
        parameters: {
            query?: {
                name?: string;
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        server_types: {
                            /** Format: int64 */
                            id: number;
                            name: string;
                            description: string;
                            cores: number;
                            memory: number;
                            disk: number;
                            deprecated: boolean;
                            prices: {
                                location: string;
                                price_hourly: {
                                    /** Format: decimal */
                                    net: string;
                                    /** Format: decimal */
                                    gross: string;
                                };
                                price_monthly: {
                                    /** Format: decimal */
                                    net: string;
                                    /** Format: decimal */
                                    gross: string;
                                };
                                /** Format: int64 */
                                included_traffic: number;
                                price_per_tb_traffic: {
                                    /** Format: decimal */
                                    net: string;
                                    /** Format: decimal */
                                    gross: string;
                                };
                            }[];
                            /** @enum {string} */
                            storage_type: "local" | "network";
                            /** @enum {string} */
                            cpu_type: "shared" | "dedicated";
                            category?: string;
                            /** @enum {string} */
                            architecture: "x86" | "arm";
                            /** @deprecated */
                            deprecation?: {
                                /** Format: date-time */
                                unavailable_after: string;
                                /** Format: date-time */
                                announced: string;
                            } | null;
                            locations: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                name: string;
                                deprecation: {
                                    /** Format: date-time */
                                    unavailable_after: string;
                                    /** Format: date-time */
                                    announced: string;
                                } | null;
                                recommended: boolean;
                                available: boolean;
                            }[];
                        }[];
                        meta: {
                            pagination: {
                                /** Format: int64 */
                                page: number;
                                /** Format: int64 */
                                per_page: number;
                                /** Format: int64 */
                                previous_page: number | null;
                                /** Format: int64 */
                                next_page: number | null;
                                /** Format: int64 */
                                last_page: number | null;
                                /** Format: int64 */
                                total_entries: number | null;
                            };
                        };
                    };
                };
            };
        };
    };
    get_server_type: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        server_type: {
                            /** Format: int64 */
                            id: number;
                            name: string;
                            description: string;
                            cores: number;
                            memory: number;
                            disk: number;
                            deprecated: boolean;
                            prices: {
                                location: string;
                                price_hourly: {
                                    /** Format: decimal */
                                    net: string;
                                    /** Format: decimal */
                                    gross: string;
                                };
                                price_monthly: {
                                    /** Format: decimal */
                                    net: string;
                                    /** Format: decimal */
                                    gross: string;
                                };
                                /** Format: int64 */
                                included_traffic: number;
                                price_per_tb_traffic: {
                                    /** Format: decimal */
                                    net: string;
                                    /** Format: decimal */
                                    gross: string;
                                };
                            }[];
                            /** @enum {string} */
                            storage_type: "local" | "network";
                            /** @enum {string} */
                            cpu_type: "shared" | "dedicated";
                            category?: string;
                            /** @enum {string} */
                            architecture: "x86" | "arm";
                            /** @deprecated */
                            deprecation?: {
                                /** Format: date-time */
                                unavailable_after: string;
                                /** Format: date-time */
                                announced: string;
                            } | null;
                            locations: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                name: string;
                                deprecation: {
                                    /** Format: date-time */
                                    unavailable_after: string;
                                    /** Format: date-time */
                                    announced: string;
                                } | null;
                                recommended: boolean;
                                available: boolean;
                            }[];
                        };
                    };
                };
            };
        };
    };
    list_servers: {
        parameters: {
            query?: {
                name?: string;
                label_selector?: string;
                sort?: ("id" | "id:asc" | "id:desc" | "name" | "name:asc" | "name:desc" | "created" | "created:asc" | "created:desc")[];
                status?: ("running" | "initializing" | "starting" | "stopping" | "off" | "deleting" | "migrating" | "rebuilding" | "unknown")[];
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        servers: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            name: string;
                            /** @enum {string} */
                            status: "running" | "initializing" | "starting" | "stopping" | "off" | "deleting" | "migrating" | "rebuilding" | "unknown";
                            /** Format: date-time */
                            created: string;
                            public_net: {
                                ipv4: {
                                    /**
                                     * Format: int64
                                     * @description Minimum: 1 · Maximum: 9007199254740991
                                     */
                                    id?: number;
                                    ip: string;
                                    blocked: boolean;
                                    dns_ptr: string;
                                } | null;
                                ipv6: {
                                    /**
                                     * Format: int64
                                     * @description Minimum: 1 · Maximum: 9007199254740991
                                     */
                                    id?: number;
                                    ip: string;
                                    blocked: boolean;
                                    dns_ptr: {
                                        ip: string;
                                        dns_ptr: string;
                                    }[] | null;
                                } | null;
                                floating_ips: number[];
                                firewalls?: {
                                    /**
                                     * Format: int64
                                     * @description Minimum: 1 · Maximum: 9007199254740991
                                     */
                                    id?: number;
                                    /** @enum {string} */
                                    status?: "applied" | "pending";
                                }[];
                            };
                            private_net: {
                                /** Format: int64 */
                                network?: number;
                                ip?: string;
                                alias_ips?: string[];
                                mac_address?: string;
                            }[];
                            server_type: {
                                /** Format: int64 */
                                id: number;
                                name: string;
                                description: string;
                                cores: number;
                                memory: number;
                                disk: number;
                                deprecated: boolean;
                                prices: {
                                    location: string;
                                    price_hourly: {
                                        /** Format: decimal */
                                        net: string;
                                        /** Format: decimal */
                                        gross: string;
                                    };
                                    price_monthly: {
                                        /** Format: decimal */
                                        net: string;
                                        /** Format: decimal */
                                        gross: string;
                                    };
                                    /** Format: int64 */
                                    included_traffic: number;
                                    price_per_tb_traffic: {
                                        /** Format: decimal */
                                        net: string;
                                        /** Format: decimal */
                                        gross: string;
                                    };
                                }[];
                                /** @enum {string} */
                                storage_type: "local" | "network";
                                /** @enum {string} */
                                cpu_type: "shared" | "dedicated";
                                category?: string;
                                /** @enum {string} */
                                architecture: "x86" | "arm";
                                /** @deprecated */
                                deprecation?: {
                                    /** Format: date-time */
                                    unavailable_after: string;
                                    /** Format: date-time */
                                    announced: string;
                                } | null;
                                locations: {
                                    /**
                                     * Format: int64
                                     * @description Minimum: 1 · Maximum: 9007199254740991
                                     */
                                    id: number;
                                    name: string;
                                    deprecation: {
                                        /** Format: date-time */
                                        unavailable_after: string;
                                        /** Format: date-time */
                                        announced: string;
                                    } | null;
                                    recommended: boolean;
                                    available: boolean;
                                }[];
                            };
                            location: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                /** @description Pattern: `^[a-z0-9]+(-?[a-z0-9]*)*$` */
                                name: string;
                                description: string;
                                country: string;
                                city: string;
                                /** Format: double */
                                latitude: number;
                                /** Format: double */
                                longitude: number;
                                /** @description Pattern: `^[a-z0-9]+(-?[a-z0-9]*)*$` */
                                network_zone: string;
                            };
                            image: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                /** @enum {string} */
                                type: "system" | "app" | "snapshot" | "backup";
                                /** @enum {string} */
                                status: "available" | "creating" | "unavailable";
                                name: string | null;
                                description: string;
                                image_size: number | null;
                                disk_size: number;
                                /** Format: date-time */
                                created: string;
                                created_from: {
                                    /** Format: int64 */
                                    id: number;
                                    name: string;
                                } | null;
                                /** Format: int64 */
                                bound_to: number | null;
                                /** @enum {string} */
                                os_flavor: "ubuntu" | "centos" | "debian" | "fedora" | "rocky" | "alma" | "opensuse" | "unknown";
                                os_version: string | null;
                                rapid_deploy?: boolean;
                                protection: {
                                    delete: boolean;
                                };
                                /** Format: date-time */
                                deprecated: string | null;
                                deleted: string | null;
                                labels: {
                                    [key: string]: string;
                                };
                                /** @enum {string} */
                                architecture: "x86" | "arm";
                            } | null;
                            iso: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                name: string | null;
                                description: string;
                                /** @enum {string|null} */
                                type: "public" | "private" | null;
                                deprecation: {
                                    /** Format: date-time */
                                    unavailable_after: string;
                                    /** Format: date-time */
                                    announced: string;
                                } | null;
                                /** @enum {string|null} */
                                architecture: "x86" | "arm" | null;
                            } | null;
                            rescue_enabled: boolean;
                            locked: boolean;
                            backup_window: string | null;
                            /** Format: int64 */
                            outgoing_traffic: number | null;
                            /** Format: int64 */
                            ingoing_traffic: number | null;
                            /** Format: int64 */
                            included_traffic: number | null;
                            protection: {
                                delete: boolean;
                                rebuild: boolean;
                            };
                            labels: {
                                [key: string]: string;
                            };
                            volumes?: number[];
                            load_balancers?: number[];
                            primary_disk_size: number;
                            placement_group?: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                name: string;
                                labels: {
                                    [key: string]: string;
                                };
                                /** @enum {string} */
                                type: "spread";
                                /** Format: date-time */
                                created: string;
                                servers: number[];
                            } | null;
                        }[];
                        meta: {
                            pagination: {
                                /** Format: int64 */
                                page: number;
                                /** Format: int64 */
                                per_page: number;
                                /** Format: int64 */
                                previous_page: number | null;
                                /** Format: int64 */
                                next_page: number | null;
                                /** Format: int64 */
                                last_page: number | null;
                                /** Format: int64 */
                                total_entries: number | null;
                            };
                        };
                    };
                };
            };
        };
    };
    create_server: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    location?: string;
                    server_type: string;
                    /** @default true */
                    start_after_create?: boolean;
                    image: string;
                    /** Format: int64 */
                    placement_group?: number;
                    ssh_keys?: string[];
                    volumes?: number[];
                    networks?: number[];
                    firewalls?: {
                        /** Format: int64 */
                        firewall: number;
                    }[];
                    user_data?: string;
                    labels?: {
                        [key: string]: string;
                    };
                    automount?: boolean;
                    public_net?: {
                        /** @default true */
                        enable_ipv4?: boolean;
                        /** @default true */
                        enable_ipv6?: boolean;
                        ipv4?: number | null;
                        ipv6?: number | null;
                    };
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        server: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            name: string;
                            /** @enum {string} */
                            status: "running" | "initializing" | "starting" | "stopping" | "off" | "deleting" | "migrating" | "rebuilding" | "unknown";
                            /** Format: date-time */
                            created: string;
                            public_net: {
                                ipv4: {
                                    /**
                                     * Format: int64
                                     * @description Minimum: 1 · Maximum: 9007199254740991
                                     */
                                    id?: number;
                                    ip: string;
                                    blocked: boolean;
                                    dns_ptr: string;
                                } | null;
                                ipv6: {
                                    /**
                                     * Format: int64
                                     * @description Minimum: 1 · Maximum: 9007199254740991
                                     */
                                    id?: number;
                                    ip: string;
                                    blocked: boolean;
                                    dns_ptr: {
                                        ip: string;
                                        dns_ptr: string;
                                    }[] | null;
                                } | null;
                                floating_ips: number[];
                                firewalls?: {
                                    /**
                                     * Format: int64
                                     * @description Minimum: 1 · Maximum: 9007199254740991
                                     */
                                    id?: number;
                                    /** @enum {string} */
                                    status?: "applied" | "pending";
                                }[];
                            };
                            private_net: {
                                /** Format: int64 */
                                network?: number;
                                ip?: string;
                                alias_ips?: string[];
                                mac_address?: string;
                            }[];
                            server_type: {
                                /** Format: int64 */
                                id: number;
                                name: string;
                                description: string;
                                cores: number;
                                memory: number;
                                disk: number;
                                deprecated: boolean;
                                prices: {
                                    location: string;
                                    price_hourly: {
                                        /** Format: decimal */
                                        net: string;
                                        /** Format: decimal */
                                        gross: string;
                                    };
                                    price_monthly: {
                                        /** Format: decimal */
                                        net: string;
                                        /** Format: decimal */
                                        gross: string;
                                    };
                                    /** Format: int64 */
                                    included_traffic: number;
                                    price_per_tb_traffic: {
                                        /** Format: decimal */
                                        net: string;
                                        /** Format: decimal */
                                        gross: string;
                                    };
                                }[];
                                /** @enum {string} */
                                storage_type: "local" | "network";
                                /** @enum {string} */
                                cpu_type: "shared" | "dedicated";
                                category?: string;
                                /** @enum {string} */
                                architecture: "x86" | "arm";
                                /** @deprecated */
                                deprecation?: {
                                    /** Format: date-time */
                                    unavailable_after: string;
                                    /** Format: date-time */
                                    announced: string;
                                } | null;
                                locations: {
                                    /**
                                     * Format: int64
                                     * @description Minimum: 1 · Maximum: 9007199254740991
                                     */
                                    id: number;
                                    name: string;
                                    deprecation: {
                                        /** Format: date-time */
                                        unavailable_after: string;
                                        /** Format: date-time */
                                        announced: string;
                                    } | null;
                                    recommended: boolean;
                                    available: boolean;
                                }[];
                            };
                            location: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                /** @description Pattern: `^[a-z0-9]+(-?[a-z0-9]*)*$` */
                                name: string;
                                description: string;
                                country: string;
                                city: string;
                                /** Format: double */
                                latitude: number;
                                /** Format: double */
                                longitude: number;
                                /** @description Pattern: `^[a-z0-9]+(-?[a-z0-9]*)*$` */
                                network_zone: string;
                            };
                            image: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                /** @enum {string} */
                                type: "system" | "app" | "snapshot" | "backup";
                                /** @enum {string} */
                                status: "available" | "creating" | "unavailable";
                                name: string | null;
                                description: string;
                                image_size: number | null;
                                disk_size: number;
                                /** Format: date-time */
                                created: string;
                                created_from: {
                                    /** Format: int64 */
                                    id: number;
                                    name: string;
                                } | null;
                                /** Format: int64 */
                                bound_to: number | null;
                                /** @enum {string} */
                                os_flavor: "ubuntu" | "centos" | "debian" | "fedora" | "rocky" | "alma" | "opensuse" | "unknown";
                                os_version: string | null;
                                rapid_deploy?: boolean;
                                protection: {
                                    delete: boolean;
                                };
                                /** Format: date-time */
                                deprecated: string | null;
                                deleted: string | null;
                                labels: {
                                    [key: string]: string;
                                };
                                /** @enum {string} */
                                architecture: "x86" | "arm";
                            } | null;
                            iso: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                name: string | null;
                                description: string;
                                /** @enum {string|null} */
                                type: "public" | "private" | null;
                                deprecation: {
                                    /** Format: date-time */
                                    unavailable_after: string;
                                    /** Format: date-time */
                                    announced: string;
                                } | null;
                                /** @enum {string|null} */
                                architecture: "x86" | "arm" | null;
                            } | null;
                            rescue_enabled: boolean;
                            locked: boolean;
                            backup_window: string | null;
                            /** Format: int64 */
                            outgoing_traffic: number | null;
                            /** Format: int64 */
                            ingoing_traffic: number | null;
                            /** Format: int64 */
                            included_traffic: number | null;
                            protection: {
                                delete: boolean;
                                rebuild: boolean;
                            };
                            labels: {
                                [key: string]: string;
                            };
                            volumes?: number[];
                            load_balancers?: number[];
                            primary_disk_size: number;
                            placement_group?: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                name: string;
                                labels: {
                                    [key: string]: string;
                                };
                                /** @enum {string} */
                                type: "spread";
                                /** Format: date-time */
                                created: string;
                                servers: number[];
                            } | null;
                        };
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                        next_actions: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        }[];
                        root_password: string | null;
                    };
                };
            };
        };
    };
    list_servers_actions: {
        parameters: {
            query?: {
                id?: number[];
                sort?: ("id" | "id:asc" | "id:desc" | "command" | "command:asc" | "command:desc" | "status" | "status:asc" | "status:desc" | "started" | "started:asc" | "started:desc" | "finished" | "finished:asc" | "finished:desc")[];
                status?: ("running" | "success" | "error")[];
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        actions: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        }[];
                        meta: {
                            pagination: {
                                /** Format: int64 */
                                page: number;
                                /** Format: int64 */
                                per_page: number;
                                /** Format: int64 */
                                previous_page: number | null;
                                /** Format: int64 */
                                next_page: number | null;
                                /** Format: int64 */
                                last_page: number | null;
                                /** Format: int64 */
                                total_entries: number | null;
                            };
                        };
                    };
                };
            };
        };
    };
    get_servers_action: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    get_server: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        server?: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            name: string;
                            /** @enum {string} */
                            status: "running" | "initializing" | "starting" | "stopping" | "off" | "deleting" | "migrating" | "rebuilding" | "unknown";
                            /** Format: date-time */
                            created: string;
                            public_net: {
                                ipv4: {
                                    /**
                                     * Format: int64
                                     * @description Minimum: 1 · Maximum: 9007199254740991
                                     */
                                    id?: number;
                                    ip: string;
                                    blocked: boolean;
                                    dns_ptr: string;
                                } | null;
                                ipv6: {
                                    /**
                                     * Format: int64
                                     * @description Minimum: 1 · Maximum: 9007199254740991
                                     */
                                    id?: number;
                                    ip: string;
                                    blocked: boolean;
                                    dns_ptr: {
                                        ip: string;
                                        dns_ptr: string;
                                    }[] | null;
                                } | null;
                                floating_ips: number[];
                                firewalls?: {
                                    /**
                                     * Format: int64
                                     * @description Minimum: 1 · Maximum: 9007199254740991
                                     */
                                    id?: number;
                                    /** @enum {string} */
                                    status?: "applied" | "pending";
                                }[];
                            };
                            private_net: {
                                /** Format: int64 */
                                network?: number;
                                ip?: string;
                                alias_ips?: string[];
                                mac_address?: string;
                            }[];
                            server_type: {
                                /** Format: int64 */
                                id: number;
                                name: string;
                                description: string;
                                cores: number;
                                memory: number;
                                disk: number;
                                deprecated: boolean;
                                prices: {
                                    location: string;
                                    price_hourly: {
                                        /** Format: decimal */
                                        net: string;
                                        /** Format: decimal */
                                        gross: string;
                                    };
                                    price_monthly: {
                                        /** Format: decimal */
                                        net: string;
                                        /** Format: decimal */
                                        gross: string;
                                    };
                                    /** Format: int64 */
                                    included_traffic: number;
                                    price_per_tb_traffic: {
                                        /** Format: decimal */
                                        net: string;
                                        /** Format: decimal */
                                        gross: string;
                                    };
                                }[];
                                /** @enum {string} */
                                storage_type: "local" | "network";
                                /** @enum {string} */
                                cpu_type: "shared" | "dedicated";
                                category?: string;
                                /** @enum {string} */
                                architecture: "x86" | "arm";
                                /** @deprecated */
                                deprecation?: {
                                    /** Format: date-time */
                                    unavailable_after: string;
                                    /** Format: date-time */
                                    announced: string;
                                } | null;
                                locations: {
                                    /**
                                     * Format: int64
                                     * @description Minimum: 1 · Maximum: 9007199254740991
                                     */
                                    id: number;
                                    name: string;
                                    deprecation: {
                                        /** Format: date-time */
                                        unavailable_after: string;
                                        /** Format: date-time */
                                        announced: string;
                                    } | null;
                                    recommended: boolean;
                                    available: boolean;
                                }[];
                            };
                            location: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                /** @description Pattern: `^[a-z0-9]+(-?[a-z0-9]*)*$` */
                                name: string;
                                description: string;
                                country: string;
                                city: string;
                                /** Format: double */
                                latitude: number;
                                /** Format: double */
                                longitude: number;
                                /** @description Pattern: `^[a-z0-9]+(-?[a-z0-9]*)*$` */
                                network_zone: string;
                            };
                            image: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                /** @enum {string} */
                                type: "system" | "app" | "snapshot" | "backup";
                                /** @enum {string} */
                                status: "available" | "creating" | "unavailable";
                                name: string | null;
                                description: string;
                                image_size: number | null;
                                disk_size: number;
                                /** Format: date-time */
                                created: string;
                                created_from: {
                                    /** Format: int64 */
                                    id: number;
                                    name: string;
                                } | null;
                                /** Format: int64 */
                                bound_to: number | null;
                                /** @enum {string} */
                                os_flavor: "ubuntu" | "centos" | "debian" | "fedora" | "rocky" | "alma" | "opensuse" | "unknown";
                                os_version: string | null;
                                rapid_deploy?: boolean;
                                protection: {
                                    delete: boolean;
                                };
                                /** Format: date-time */
                                deprecated: string | null;
                                deleted: string | null;
                                labels: {
                                    [key: string]: string;
                                };
                                /** @enum {string} */
                                architecture: "x86" | "arm";
                            } | null;
                            iso: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                name: string | null;
                                description: string;
                                /** @enum {string|null} */
                                type: "public" | "private" | null;
                                deprecation: {
                                    /** Format: date-time */
                                    unavailable_after: string;
                                    /** Format: date-time */
                                    announced: string;
                                } | null;
                                /** @enum {string|null} */
                                architecture: "x86" | "arm" | null;
                            } | null;
                            rescue_enabled: boolean;
                            locked: boolean;
                            backup_window: string | null;
                            /** Format: int64 */
                            outgoing_traffic: number | null;
                            /** Format: int64 */
                            ingoing_traffic: number | null;
                            /** Format: int64 */
                            included_traffic: number | null;
                            protection: {
                                delete: boolean;
                                rebuild: boolean;
                            };
                            labels: {
                                [key: string]: string;
                            };
                            volumes?: number[];
                            load_balancers?: number[];
                            primary_disk_size: number;
                            placement_group?: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                name: string;
                                labels: {
                                    [key: string]: string;
                                };
                                /** @enum {string} */
                                type: "spread";
                                /** Format: date-time */
                                created: string;
                                servers: number[];
                            } | null;
                        };
                    };
                };
            };
        };
    };
    update_server: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    labels?: {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": {
                        server?: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            name: string;
                            /** @enum {string} */
                            status: "running" | "initializing" | "starting" | "stopping" | "off" | "deleting" | "migrating" | "rebuilding" | "unknown";
                            /** Format: date-time */
                            created: string;
                            public_net: {
                                ipv4: {
                                    /**
                                     * Format: int64
                                     * @description Minimum: 1 · Maximum: 9007199254740991
                                     */
                                    id?: number;
                                    ip: string;
                                    blocked: boolean;
                                    dns_ptr: string;
                                } | null;
                                ipv6: {
                                    /**
                                     * Format: int64
                                     * @description Minimum: 1 · Maximum: 9007199254740991
                                     */
                                    id?: number;
                                    ip: string;
                                    blocked: boolean;
                                    dns_ptr: {
                                        ip: string;
                                        dns_ptr: string;
                                    }[] | null;
                                } | null;
                                floating_ips: number[];
                                firewalls?: {
                                    /**
                                     * Format: int64
                                     * @description Minimum: 1 · Maximum: 9007199254740991
                                     */
                                    id?: number;
                                    /** @enum {string} */
                                    status?: "applied" | "pending";
                                }[];
                            };
                            private_net: {
                                /** Format: int64 */
                                network?: number;
                                ip?: string;
                                alias_ips?: string[];
                                mac_address?: string;
                            }[];
                            server_type: {
                                /** Format: int64 */
                                id: number;
                                name: string;
                                description: string;
                                cores: number;
                                memory: number;
                                disk: number;
                                deprecated: boolean;
                                prices: {
                                    location: string;
                                    price_hourly: {
                                        /** Format: decimal */
                                        net: string;
                                        /** Format: decimal */
                                        gross: string;
                                    };
                                    price_monthly: {
                                        /** Format: decimal */
                                        net: string;
                                        /** Format: decimal */
                                        gross: string;
                                    };
                                    /** Format: int64 */
                                    included_traffic: number;
                                    price_per_tb_traffic: {
                                        /** Format: decimal */
                                        net: string;
                                        /** Format: decimal */
                                        gross: string;
                                    };
                                }[];
                                /** @enum {string} */
                                storage_type: "local" | "network";
                                /** @enum {string} */
                                cpu_type: "shared" | "dedicated";
                                category?: string;
                                /** @enum {string} */
                                architecture: "x86" | "arm";
                                /** @deprecated */
                                deprecation?: {
                                    /** Format: date-time */
                                    unavailable_after: string;
                                    /** Format: date-time */
                                    announced: string;
                                } | null;
                                locations: {
                                    /**
                                     * Format: int64
                                     * @description Minimum: 1 · Maximum: 9007199254740991
                                     */
                                    id: number;
                                    name: string;
                                    deprecation: {
                                        /** Format: date-time */
                                        unavailable_after: string;
                                        /** Format: date-time */
                                        announced: string;
                                    } | null;
                                    recommended: boolean;
                                    available: boolean;
                                }[];
                            };
                            location: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                /** @description Pattern: `^[a-z0-9]+(-?[a-z0-9]*)*$` */
                                name: string;
                                description: string;
                                country: string;
                                city: string;
                                /** Format: double */
                                latitude: number;
                                /** Format: double */
                                longitude: number;
                                /** @description Pattern: `^[a-z0-9]+(-?[a-z0-9]*)*$` */
                                network_zone: string;
                            };
                            image: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                /** @enum {string} */
                                type: "system" | "app" | "snapshot" | "backup";
                                /** @enum {string} */
                                status: "available" | "creating" | "unavailable";
                                name: string | null;
                                description: string;
                                image_size: number | null;
                                disk_size: number;
                                /** Format: date-time */
                                created: string;
                                created_from: {
                                    /** Format: int64 */
                                    id: number;
                                    name: string;
                                } | null;
                                /** Format: int64 */
                                bound_to: number | null;
                                /** @enum {string} */
                                os_flavor: "ubuntu" | "centos" | "debian" | "fedora" | "rocky" | "alma" | "opensuse" | "unknown";
                                os_version: string | null;
                                rapid_deploy?: boolean;
                                protection: {
                                    delete: boolean;
                                };
                                /** Format: date-time */
                                deprecated: string | null;
                                deleted: string | null;
                                labels: {
                                    [key: string]: string;
                                };
                                /** @enum {string} */
                                architecture: "x86" | "arm";
                            } | null;
                            iso: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                name: string | null;
                                description: string;
                                /** @enum {string|null} */
                                type: "public" | "private" | null;
                                deprecation: {
                                    /** Format: date-time */
                                    unavailable_after: string;
                                    /** Format: date-time */
                                    announced: string;
                                } | null;
                                /** @enum {string|null} */
                                architecture: "x86" | "arm" | null;
                            } | null;
                            rescue_enabled: boolean;
                            locked: boolean;
                            backup_window: string | null;
                            /** Format: int64 */
                            outgoing_traffic: number | null;
                            /** Format: int64 */
                            ingoing_traffic: number | null;
                            /** Format: int64 */
                            included_traffic: number | null;
                            protection: {
                                delete: boolean;
                                rebuild: boolean;
                            };
                            labels: {
                                [key: string]: string;
                            };
                            volumes?: number[];
                            load_balancers?: number[];
                            primary_disk_size: number;
                            placement_group?: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                name: string;
                                labels: {
                                    [key: string]: string;
                                };
                                /** @enum {string} */
                                type: "spread";
                                /** Format: date-time */
                                created: string;
                                servers: number[];
                            } | null;
                        };
                    };
                };
            };
        };
    };
    delete_server: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        action?: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    list_server_actions: {
        parameters: {
            query?: {
                sort?: ("id" | "id:asc" | "id:desc" | "command" | "command:asc" | "command:desc" | "status" | "status:asc" | "status:desc" | "started" | "started:asc" | "started:desc" | "finished" | "finished:asc" | "finished:desc")[];
                status?: ("running" | "success" | "error")[];
                page?: number;
                per_page?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        actions: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        }[];
                        meta: {
                            pagination: {
                                /** Format: int64 */
                                page: number;
                                /** Format: int64 */
                                per_page: number;
                                /** Format: int64 */
                                previous_page: number | null;
                                /** Format: int64 */
                                next_page: number | null;
                                /** Format: int64 */
                                last_page: number | null;
                                /** Format: int64 */
                                total_entries: number | null;
                            };
                        };
                    };
                };
            };
        };
    };
    add_server_to_placement_group: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: int64 */
                    placement_group: number;
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    attach_server_iso: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    iso: string;
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    attach_server_to_network: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: int64 */
                    network: number;
                    ip?: string;
                    alias_ips?: string[];
                    ip_range?: string;
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    change_server_alias_ips: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: int64 */
                    network: number;
                    alias_ips: string[];
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    change_server_dns_ptr: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ip: string;
                    dns_ptr?: string | null;
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    change_server_protection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    delete?: boolean;
                    rebuild?: boolean;
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    change_server_type: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    upgrade_disk: boolean;
                    server_type: string;
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    create_server_image: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    /**
                     * @default snapshot
                     * @enum {string}
                     */
                    type?: "snapshot" | "backup";
                    labels?: {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        image?: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            /** @enum {string} */
                            type: "system" | "app" | "snapshot" | "backup";
                            /** @enum {string} */
                            status: "available" | "creating" | "unavailable";
                            name: string | null;
                            description: string;
                            image_size: number | null;
                            disk_size: number;
                            /** Format: date-time */
                            created: string;
                            created_from: {
                                /** Format: int64 */
                                id: number;
                                name: string;
                            } | null;
                            /** Format: int64 */
                            bound_to: number | null;
                            /** @enum {string} */
                            os_flavor: "ubuntu" | "centos" | "debian" | "fedora" | "rocky" | "alma" | "opensuse" | "unknown";
                            os_version: string | null;
                            rapid_deploy?: boolean;
                            protection: {
                                delete: boolean;
                            };
                            /** Format: date-time */
                            deprecated: string | null;
                            deleted: string | null;
                            labels: {
                                [key: string]: string;
                            };
                            /** @enum {string} */
                            architecture: "x86" | "arm";
                        };
                        action?: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    detach_server_from_network: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: int64 */
                    network: number;
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    detach_server_iso: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    disable_server_backup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    disable_server_rescue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    enable_server_backup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    enable_server_rescue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @default linux64
                     * @enum {string}
                     */
                    type?: "linux64";
                    ssh_keys?: number[];
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        root_password?: string;
                        action?: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    poweroff_server: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    poweron_server: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    reboot_server: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    rebuild_server: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    image: string;
                    user_data?: string;
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        root_password?: string | null;
                        action?: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    remove_server_from_placement_group: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    request_server_console: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                content: {
                    "application/json": {
                        wss_url: string;
                        password: string;
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    reset_server: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    reset_server_password: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                content: {
                    "application/json": {
                        root_password?: string;
                        action?: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    shutdown_server: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    get_server_metrics: {
        parameters: {
            query: {
                type: ("cpu" | "disk" | "network")[];
                start: string;
                end: string;
                step?: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        metrics: {
                            /** Format: date-time */
                            start: string;
                            /** Format: date-time */
                            end: string;
                            step: number;
                            time_series: {
                                [key: string]: {
                                    values: [
                                        number,
                                        string
                                    ][];
                                };
                            };
                        };
                    };
                };
            };
        };
    };
    list_ssh_keys: {
        parameters: {
            query?: {
                sort?: ("id" | "id:asc" | "id:desc" | "name" | "name:asc" | "name:desc")[];
                name?: string;
                fingerprint?: string;
                label_selector?: string;
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        ssh_keys: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            name: string;
                            fingerprint: string;
                            public_key: string;
                            labels: {
                                [key: string]: string;
                            };
                            /** Format: date-time */
                            created: string;
                        }[];
                        meta: {
                            pagination: {
                                /** Format: int64 */
                                page: number;
                                /** Format: int64 */
                                per_page: number;
                                /** Format: int64 */
                                previous_page: number | null;
                                /** Format: int64 */
                                next_page: number | null;
                                /** Format: int64 */
                                last_page: number | null;
                                /** Format: int64 */
                                total_entries: number | null;
                            };
                        };
                    };
                };
            };
        };
    };
    create_ssh_key: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    public_key: string;
                    labels?: {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        ssh_key: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            name: string;
                            fingerprint: string;
                            public_key: string;
                            labels: {
                                [key: string]: string;
                            };
                            /** Format: date-time */
                            created: string;
                        };
                    };
                };
            };
        };
    };
    get_ssh_key: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        ssh_key: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            name: string;
                            fingerprint: string;
                            public_key: string;
                            labels: {
                                [key: string]: string;
                            };
                            /** Format: date-time */
                            created: string;
                        };
                    };
                };
            };
        };
    };
    update_ssh_key: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    labels?: {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": {
                        ssh_key: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            name: string;
                            fingerprint: string;
                            public_key: string;
                            labels: {
                                [key: string]: string;
                            };
                            /** Format: date-time */
                            created: string;
                        };
                    };
                };
            };
        };
    };
    delete_ssh_key: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                content?: never;
            };
        };
    };
    list_volumes: {
        parameters: {
            query?: {
                status?: ("available" | "creating")[];
                sort?: ("id" | "id:asc" | "id:desc" | "name" | "name:asc" | "name:desc" | "created" | "created:asc" | "created:desc")[];
                name?: string;
                label_selector?: string;
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        volumes: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            /** Format: date-time */
                            created: string;
                            name: string;
                            /** Format: int64 */
                            server: number | null;
                            location: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                /** @description Pattern: `^[a-z0-9]+(-?[a-z0-9]*)*$` */
                                name: string;
                                description: string;
                                country: string;
                                city: string;
                                /** Format: double */
                                latitude: number;
                                /** Format: double */
                                longitude: number;
                                /** @description Pattern: `^[a-z0-9]+(-?[a-z0-9]*)*$` */
                                network_zone: string;
                            };
                            size: number;
                            linux_device: string;
                            protection: {
                                delete: boolean;
                            };
                            labels: {
                                [key: string]: string;
                            };
                            /** @enum {string} */
                            status: "available" | "creating";
                            format: string | null;
                        }[];
                        meta: {
                            pagination: {
                                /** Format: int64 */
                                page: number;
                                /** Format: int64 */
                                per_page: number;
                                /** Format: int64 */
                                previous_page: number | null;
                                /** Format: int64 */
                                next_page: number | null;
                                /** Format: int64 */
                                last_page: number | null;
                                /** Format: int64 */
                                total_entries: number | null;
                            };
                        };
                    };
                };
            };
        };
    };
    create_volume: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    size: number;
                    name: string;
                    labels?: {
                        [key: string]: string;
                    };
                    automount?: boolean;
                    format?: string;
                    location?: string;
                    /** Format: int64 */
                    server?: number;
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        volume: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            /** Format: date-time */
                            created: string;
                            name: string;
                            /** Format: int64 */
                            server: number | null;
                            location: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                /** @description Pattern: `^[a-z0-9]+(-?[a-z0-9]*)*$` */
                                name: string;
                                description: string;
                                country: string;
                                city: string;
                                /** Format: double */
                                latitude: number;
                                /** Format: double */
                                longitude: number;
                                /** @description Pattern: `^[a-z0-9]+(-?[a-z0-9]*)*$` */
                                network_zone: string;
                            };
                            size: number;
                            linux_device: string;
                            protection: {
                                delete: boolean;
                            };
                            labels: {
                                [key: string]: string;
                            };
                            /** @enum {string} */
                            status: "available" | "creating";
                            format: string | null;
                        };
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                        next_actions: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        }[];
                    };
                };
            };
        };
    };
    list_volumes_actions: {
        parameters: {
            query?: {
                id?: number[];
                sort?: ("id" | "id:asc" | "id:desc" | "command" | "command:asc" | "command:desc" | "status" | "status:asc" | "status:desc" | "started" | "started:asc" | "started:desc" | "finished" | "finished:asc" | "finished:desc")[];
                status?: ("running" | "success" | "error")[];
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        actions: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        }[];
                        meta: {
                            pagination: {
                                /** Format: int64 */
                                page: number;
                                /** Format: int64 */
                                per_page: number;
                                /** Format: int64 */
                                previous_page: number | null;
                                /** Format: int64 */
                                next_page: number | null;
                                /** Format: int64 */
                                last_page: number | null;
                                /** Format: int64 */
                                total_entries: number | null;
                            };
                        };
                    };
                };
            };
        };
    };
    get_volumes_action: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    get_volume: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        volume: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            /** Format: date-time */
                            created: string;
                            name: string;
                            /** Format: int64 */
                            server: number | null;
                            location: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                /** @description Pattern: `^[a-z0-9]+(-?[a-z0-9]*)*$` */
                                name: string;
                                description: string;
                                country: string;
                                city: string;
                                /** Format: double */
                                latitude: number;
                                /** Format: double */
                                longitude: number;
                                /** @description Pattern: `^[a-z0-9]+(-?[a-z0-9]*)*$` */
                                network_zone: string;
                            };
                            size: number;
                            linux_device: string;
                            protection: {
                                delete: boolean;
                            };
                            labels: {
                                [key: string]: string;
                            };
                            /** @enum {string} */
                            status: "available" | "creating";
                            format: string | null;
                        };
                    };
                };
            };
        };
    };
    update_volume: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    labels?: {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": {
                        volume: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            /** Format: date-time */
                            created: string;
                            name: string;
                            /** Format: int64 */
                            server: number | null;
                            location: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                /** @description Pattern: `^[a-z0-9]+(-?[a-z0-9]*)*$` */
                                name: string;
                                description: string;
                                country: string;
                                city: string;
                                /** Format: double */
                                latitude: number;
                                /** Format: double */
                                longitude: number;
                                /** @description Pattern: `^[a-z0-9]+(-?[a-z0-9]*)*$` */
                                network_zone: string;
                            };
                            size: number;
                            linux_device: string;
                            protection: {
                                delete: boolean;
                            };
                            labels: {
                                [key: string]: string;
                            };
                            /** @enum {string} */
                            status: "available" | "creating";
                            format: string | null;
                        };
                    };
                };
            };
        };
    };
    delete_volume: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                content?: never;
            };
        };
    };
    list_volume_actions: {
        parameters: {
            query?: {
                sort?: ("id" | "id:asc" | "id:desc" | "command" | "command:asc" | "command:desc" | "status" | "status:asc" | "status:desc" | "started" | "started:asc" | "started:desc" | "finished" | "finished:asc" | "finished:desc")[];
                status?: ("running" | "success" | "error")[];
                page?: number;
                per_page?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        actions: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        }[];
                        meta: {
                            pagination: {
                                /** Format: int64 */
                                page: number;
                                /** Format: int64 */
                                per_page: number;
                                /** Format: int64 */
                                previous_page: number | null;
                                /** Format: int64 */
                                next_page: number | null;
                                /** Format: int64 */
                                last_page: number | null;
                                /** Format: int64 */
                                total_entries: number | null;
                            };
                        };
                    };
                };
            };
        };
    };
    attach_volume: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: int64 */
                    server: number;
                    automount?: boolean;
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    change_volume_protection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    delete?: boolean;
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    detach_volume: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    resize_volume: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    size: number;
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    list_zones: {
        parameters: {
            query?: {
                name?: string;
                mode?: "primary" | "secondary";
                label_selector?: string;
                sort?: ("id" | "id:asc" | "id:desc" | "name" | "name:asc" | "name:desc" | "created" | "created:asc" | "created:desc")[];
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        zones: (({
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            /** @description Max length: 255 */
                            name: string;
                            /** Format: date-time */
                            created: string;
                            primary_nameservers?: {
                                address: string;
                                /** @default 53 */
                                port: number;
                                tsig_key?: string;
                                /** @enum {string} */
                                tsig_algorithm?: "hmac-md5" | "hmac-sha1" | "hmac-sha256";
                            }[];
                            labels: {
                                [key: string]: string;
                            };
                            protection: {
                                delete: boolean;
                            };
                            /**
                             * @description Minimum: 60 · Maximum: 2147483647
                             * @default 3600
                             */
                            ttl: number;
                            /** @enum {string} */
                            status: "ok" | "updating" | "error";
                            record_count: number;
                            authoritative_nameservers: {
                                assigned: string[];
                                delegated: string[];
                                /** Format: date-time */
                                delegation_last_check: string | null;
                                /** @enum {string} */
                                delegation_status?: "valid" | "partially-valid" | "invalid" | "lame" | "unregistered" | "unknown";
                            };
                            /** @enum {string} */
                            registrar: "hetzner" | "other" | "unknown";
                        } & {
                            /** @enum {string} */
                            mode: "primary";
                        }) | ({
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            /** @description Max length: 255 */
                            name: string;
                            /** Format: date-time */
                            created: string;
                            primary_nameservers?: {
                                address: string;
                                /** @default 53 */
                                port: number;
                                tsig_key?: string;
                                /** @enum {string} */
                                tsig_algorithm?: "hmac-md5" | "hmac-sha1" | "hmac-sha256";
                            }[];
                            labels: {
                                [key: string]: string;
                            };
                            protection: {
                                delete: boolean;
                            };
                            /**
                             * @description Minimum: 60 · Maximum: 2147483647
                             * @default 3600
                             */
                            ttl: number;
                            /** @enum {string} */
                            status: "ok" | "updating" | "error";
                            record_count: number;
                            authoritative_nameservers: {
                                assigned: string[];
                                delegated: string[];
                                /** Format: date-time */
                                delegation_last_check: string | null;
                                /** @enum {string} */
                                delegation_status?: "valid" | "partially-valid" | "invalid" | "lame" | "unregistered" | "unknown";
                            };
                            /** @enum {string} */
                            registrar: "hetzner" | "other" | "unknown";
                        } & {
                            /** @enum {string} */
                            mode: "secondary";
                        }))[];
                        meta: {
                            pagination: {
                                /** Format: int64 */
                                page: number;
                                /** Format: int64 */
                                per_page: number;
                                /** Format: int64 */
                                previous_page: number | null;
                                /** Format: int64 */
                                next_page: number | null;
                                /** Format: int64 */
                                last_page: number | null;
                                /** Format: int64 */
                                total_entries: number | null;
                            };
                        };
                    };
                };
            };
        };
    };
    create_zone: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Max length: 255 */
                    name: string;
                    /** @enum {string} */
                    mode: "primary" | "secondary";
                    /**
                     * @description Minimum: 60 · Maximum: 2147483647
                     * @default 3600
                     */
                    ttl?: number;
                    labels?: {
                        [key: string]: string;
                    };
                    primary_nameservers?: {
                        address: string;
                        /** @default 53 */
                        port?: number;
                        tsig_key?: string;
                        /** @enum {string} */
                        tsig_algorithm?: "hmac-md5" | "hmac-sha1" | "hmac-sha256";
                    }[];
                    rrsets?: {
                        name: string;
                        /** @enum {string} */
                        type: "A" | "AAAA" | "CAA" | "CNAME" | "DS" | "HINFO" | "HTTPS" | "MX" | "NS" | "PTR" | "RP" | "SOA" | "SRV" | "SVCB" | "TLSA" | "TXT";
                        /** @description Minimum: 60 · Maximum: 2147483647 */
                        ttl?: number | null;
                        records: {
                            value: string;
                            comment?: string;
                        }[];
                        labels?: {
                            [key: string]: string;
                        };
                    }[];
                    zonefile?: string;
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        zone: ({
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            /** @description Max length: 255 */
                            name: string;
                            /** Format: date-time */
                            created: string;
                            primary_nameservers?: {
                                address: string;
                                /** @default 53 */
                                port: number;
                                tsig_key?: string;
                                /** @enum {string} */
                                tsig_algorithm?: "hmac-md5" | "hmac-sha1" | "hmac-sha256";
                            }[];
                            labels: {
                                [key: string]: string;
                            };
                            protection: {
                                delete: boolean;
                            };
                            /**
                             * @description Minimum: 60 · Maximum: 2147483647
                             * @default 3600
                             */
                            ttl: number;
                            /** @enum {string} */
                            status: "ok" | "updating" | "error";
                            record_count: number;
                            authoritative_nameservers: {
                                assigned: string[];
                                delegated: string[];
                                /** Format: date-time */
                                delegation_last_check: string | null;
                                /** @enum {string} */
                                delegation_status?: "valid" | "partially-valid" | "invalid" | "lame" | "unregistered" | "unknown";
                            };
                            /** @enum {string} */
                            registrar: "hetzner" | "other" | "unknown";
                        } & {
                            /** @enum {string} */
                            mode: "primary";
                        }) | ({
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            /** @description Max length: 255 */
                            name: string;
                            /** Format: date-time */
                            created: string;
                            primary_nameservers?: {
                                address: string;
                                /** @default 53 */
                                port: number;
                                tsig_key?: string;
                                /** @enum {string} */
                                tsig_algorithm?: "hmac-md5" | "hmac-sha1" | "hmac-sha256";
                            }[];
                            labels: {
                                [key: string]: string;
                            };
                            protection: {
                                delete: boolean;
                            };
                            /**
                             * @description Minimum: 60 · Maximum: 2147483647
                             * @default 3600
                             */
                            ttl: number;
                            /** @enum {string} */
                            status: "ok" | "updating" | "error";
                            record_count: number;
                            authoritative_nameservers: {
                                assigned: string[];
                                delegated: string[];
                                /** Format: date-time */
                                delegation_last_check: string | null;
                                /** @enum {string} */
                                delegation_status?: "valid" | "partially-valid" | "invalid" | "lame" | "unregistered" | "unknown";
                            };
                            /** @enum {string} */
                            registrar: "hetzner" | "other" | "unknown";
                        } & {
                            /** @enum {string} */
                            mode: "secondary";
                        });
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    get_zone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id_or_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        zone: ({
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            /** @description Max length: 255 */
                            name: string;
                            /** Format: date-time */
                            created: string;
                            primary_nameservers?: {
                                address: string;
                                /** @default 53 */
                                port: number;
                                tsig_key?: string;
                                /** @enum {string} */
                                tsig_algorithm?: "hmac-md5" | "hmac-sha1" | "hmac-sha256";
                            }[];
                            labels: {
                                [key: string]: string;
                            };
                            protection: {
                                delete: boolean;
                            };
                            /**
                             * @description Minimum: 60 · Maximum: 2147483647
                             * @default 3600
                             */
                            ttl: number;
                            /** @enum {string} */
                            status: "ok" | "updating" | "error";
                            record_count: number;
                            authoritative_nameservers: {
                                assigned: string[];
                                delegated: string[];
                                /** Format: date-time */
                                delegation_last_check: string | null;
                                /** @enum {string} */
                                delegation_status?: "valid" | "partially-valid" | "invalid" | "lame" | "unregistered" | "unknown";
                            };
                            /** @enum {string} */
                            registrar: "hetzner" | "other" | "unknown";
                        } & {
                            /** @enum {string} */
                            mode: "primary";
                        }) | ({
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            /** @description Max length: 255 */
                            name: string;
                            /** Format: date-time */
                            created: string;
                            primary_nameservers?: {
                                address: string;
                                /** @default 53 */
                                port: number;
                                tsig_key?: string;
                                /** @enum {string} */
                                tsig_algorithm?: "hmac-md5" | "hmac-sha1" | "hmac-sha256";
                            }[];
                            labels: {
                                [key: string]: string;
                            };
                            protection: {
                                delete: boolean;
                            };
                            /**
                             * @description Minimum: 60 · Maximum: 2147483647
                             * @default 3600
                             */
                            ttl: number;
                            /** @enum {string} */
                            status: "ok" | "updating" | "error";
                            record_count: number;
                            authoritative_nameservers: {
                                assigned: string[];
                                delegated: string[];
                                /** Format: date-time */
                                delegation_last_check: string | null;
                                /** @enum {string} */
                                delegation_status?: "valid" | "partially-valid" | "invalid" | "lame" | "unregistered" | "unknown";
                            };
                            /** @enum {string} */
                            registrar: "hetzner" | "other" | "unknown";
                        } & {
                            /** @enum {string} */
                            mode: "secondary";
                        });
                    };
                };
            };
        };
    };
    update_zone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id_or_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    labels?: {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": {
                        zone: ({
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            /** @description Max length: 255 */
                            name: string;
                            /** Format: date-time */
                            created: string;
                            primary_nameservers?: {
                                address: string;
                                /** @default 53 */
                                port: number;
                                tsig_key?: string;
                                /** @enum {string} */
                                tsig_algorithm?: "hmac-md5" | "hmac-sha1" | "hmac-sha256";
                            }[];
                            labels: {
                                [key: string]: string;
                            };
                            protection: {
                                delete: boolean;
                            };
                            /**
                             * @description Minimum: 60 · Maximum: 2147483647
                             * @default 3600
                             */
                            ttl: number;
                            /** @enum {string} */
                            status: "ok" | "updating" | "error";
                            record_count: number;
                            authoritative_nameservers: {
                                assigned: string[];
                                delegated: string[];
                                /** Format: date-time */
                                delegation_last_check: string | null;
                                /** @enum {string} */
                                delegation_status?: "valid" | "partially-valid" | "invalid" | "lame" | "unregistered" | "unknown";
                            };
                            /** @enum {string} */
                            registrar: "hetzner" | "other" | "unknown";
                        } & {
                            /** @enum {string} */
                            mode: "primary";
                        }) | ({
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            /** @description Max length: 255 */
                            name: string;
                            /** Format: date-time */
                            created: string;
                            primary_nameservers?: {
                                address: string;
                                /** @default 53 */
                                port: number;
                                tsig_key?: string;
                                /** @enum {string} */
                                tsig_algorithm?: "hmac-md5" | "hmac-sha1" | "hmac-sha256";
                            }[];
                            labels: {
                                [key: string]: string;
                            };
                            protection: {
                                delete: boolean;
                            };
                            /**
                             * @description Minimum: 60 · Maximum: 2147483647
                             * @default 3600
                             */
                            ttl: number;
                            /** @enum {string} */
                            status: "ok" | "updating" | "error";
                            record_count: number;
                            authoritative_nameservers: {
                                assigned: string[];
                                delegated: string[];
                                /** Format: date-time */
                                delegation_last_check: string | null;
                                /** @enum {string} */
                                delegation_status?: "valid" | "partially-valid" | "invalid" | "lame" | "unregistered" | "unknown";
                            };
                            /** @enum {string} */
                            registrar: "hetzner" | "other" | "unknown";
                        } & {
                            /** @enum {string} */
                            mode: "secondary";
                        });
                    };
                };
            };
        };
    };
    delete_zone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id_or_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    get_zone_zonefile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id_or_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        zonefile: string;
                    };
                };
            };
        };
    };
    list_zones_actions: {
        parameters: {
            query?: {
                id?: number[];
                sort?: ("id" | "id:asc" | "id:desc" | "command" | "command:asc" | "command:desc" | "status" | "status:asc" | "status:desc" | "started" | "started:asc" | "started:desc" | "finished" | "finished:asc" | "finished:desc")[];
                status?: ("running" | "success" | "error")[];
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        actions: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        }[];
                        meta: {
                            pagination: {
                                /** Format: int64 */
                                page: number;
                                /** Format: int64 */
                                per_page: number;
                                /** Format: int64 */
                                previous_page: number | null;
                                /** Format: int64 */
                                next_page: number | null;
                                /** Format: int64 */
                                last_page: number | null;
                                /** Format: int64 */
                                total_entries: number | null;
                            };
                        };
                    };
                };
            };
        };
    };
    get_zones_action: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    list_zone_actions: {
        parameters: {
            query?: {
                sort?: ("id" | "id:asc" | "id:desc" | "command" | "command:asc" | "command:desc" | "status" | "status:asc" | "status:desc" | "started" | "started:asc" | "started:desc" | "finished" | "finished:asc" | "finished:desc")[];
                status?: ("running" | "success" | "error")[];
                page?: number;
                per_page?: number;
            };
            header?: never;
            path: {
                id_or_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        actions: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        }[];
                        meta: {
                            pagination: {
                                /** Format: int64 */
                                page: number;
                                /** Format: int64 */
                                per_page: number;
                                /** Format: int64 */
                                previous_page: number | null;
                                /** Format: int64 */
                                next_page: number | null;
                                /** Format: int64 */
                                last_page: number | null;
                                /** Format: int64 */
                                total_entries: number | null;
                            };
                        };
                    };
                };
            };
        };
    };
    change_zone_primary_nameservers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id_or_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    primary_nameservers: {
                        address: string;
                        /** @default 53 */
                        port?: number;
                        tsig_key?: string;
                        /** @enum {string} */
                        tsig_algorithm?: "hmac-md5" | "hmac-sha1" | "hmac-sha256";
                    }[];
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    change_zone_protection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id_or_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    delete?: boolean;
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    change_zone_ttl: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id_or_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Minimum: 60 · Maximum: 2147483647
                     * @default 3600
                     */
                    ttl: number;
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    import_zone_zonefile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id_or_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    zonefile: string;
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    list_zone_rrsets: {
        parameters: {
            query?: {
                name?: string;
                type?: ("A" | "AAAA" | "CAA" | "CNAME" | "DS" | "HINFO" | "HTTPS" | "MX" | "NS" | "PTR" | "RP" | "SOA" | "SRV" | "SVCB" | "TLSA" | "TXT")[];
                label_selector?: string;
                sort?: ("id" | "id:asc" | "id:desc" | "name" | "name:asc" | "name:desc" | "created" | "created:asc" | "created:desc")[];
                page?: number;
                per_page?: number;
            };
            header?: never;
            path: {
                id_or_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        rrsets: {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            type: "A" | "AAAA" | "CAA" | "CNAME" | "DS" | "HINFO" | "HTTPS" | "MX" | "NS" | "PTR" | "RP" | "SOA" | "SRV" | "SVCB" | "TLSA" | "TXT";
                            /** @description Minimum: 60 · Maximum: 2147483647 */
                            ttl: number | null;
                            labels: {
                                [key: string]: string;
                            };
                            protection: {
                                change: boolean;
                            };
                            records: {
                                value: string;
                                comment?: string;
                            }[];
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            zone: number;
                        }[];
                        meta: {
                            pagination: {
                                /** Format: int64 */
                                page: number;
                                /** Format: int64 */
                                per_page: number;
                                /** Format: int64 */
                                previous_page: number | null;
                                /** Format: int64 */
                                next_page: number | null;
                                /** Format: int64 */
                                last_page: number | null;
                                /** Format: int64 */
                                total_entries: number | null;
                            };
                        };
                    };
                };
            };
        };
    };
    create_zone_rrset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id_or_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @enum {string} */
                    type: "A" | "AAAA" | "CAA" | "CNAME" | "DS" | "HINFO" | "HTTPS" | "MX" | "NS" | "PTR" | "RP" | "SOA" | "SRV" | "SVCB" | "TLSA" | "TXT";
                    /** @description Minimum: 60 · Maximum: 2147483647 */
                    ttl?: number | null;
                    records: {
                        value: string;
                        comment?: string;
                    }[];
                    labels?: {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        rrset: {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            type: "A" | "AAAA" | "CAA" | "CNAME" | "DS" | "HINFO" | "HTTPS" | "MX" | "NS" | "PTR" | "RP" | "SOA" | "SRV" | "SVCB" | "TLSA" | "TXT";
                            /** @description Minimum: 60 · Maximum: 2147483647 */
                            ttl: number | null;
                            labels: {
                                [key: string]: string;
                            };
                            protection: {
                                change: boolean;
                            };
                            records: {
                                value: string;
                                comment?: string;
                            }[];
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            zone: number;
                        };
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    get_zone_rrset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id_or_name: string;
                rr_name: string;
                rr_type: "A" | "AAAA" | "CAA" | "CNAME" | "DS" | "HINFO" | "HTTPS" | "MX" | "NS" | "PTR" | "RP" | "SOA" | "SRV" | "SVCB" | "TLSA" | "TXT";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": {
                        rrset: {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            type: "A" | "AAAA" | "CAA" | "CNAME" | "DS" | "HINFO" | "HTTPS" | "MX" | "NS" | "PTR" | "RP" | "SOA" | "SRV" | "SVCB" | "TLSA" | "TXT";
                            /** @description Minimum: 60 · Maximum: 2147483647 */
                            ttl: number | null;
                            labels: {
                                [key: string]: string;
                            };
                            protection: {
                                change: boolean;
                            };
                            records: {
                                value: string;
                                comment?: string;
                            }[];
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            zone: number;
                        };
                    };
                };
            };
        };
    };
    update_zone_rrset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id_or_name: string;
                rr_name: string;
                rr_type: "A" | "AAAA" | "CAA" | "CNAME" | "DS" | "HINFO" | "HTTPS" | "MX" | "NS" | "PTR" | "RP" | "SOA" | "SRV" | "SVCB" | "TLSA" | "TXT";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    labels?: {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": {
                        rrset: {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            type: "A" | "AAAA" | "CAA" | "CNAME" | "DS" | "HINFO" | "HTTPS" | "MX" | "NS" | "PTR" | "RP" | "SOA" | "SRV" | "SVCB" | "TLSA" | "TXT";
                            /** @description Minimum: 60 · Maximum: 2147483647 */
                            ttl: number | null;
                            labels: {
                                [key: string]: string;
                            };
                            protection: {
                                change: boolean;
                            };
                            records: {
                                value: string;
                                comment?: string;
                            }[];
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            zone: number;
                        };
                    };
                };
            };
        };
    };
    delete_zone_rrset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id_or_name: string;
                rr_name: string;
                rr_type: "A" | "AAAA" | "CAA" | "CNAME" | "DS" | "HINFO" | "HTTPS" | "MX" | "NS" | "PTR" | "RP" | "SOA" | "SRV" | "SVCB" | "TLSA" | "TXT";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    change_zone_rrset_protection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id_or_name: string;
                rr_name: string;
                rr_type: "A" | "AAAA" | "CAA" | "CNAME" | "DS" | "HINFO" | "HTTPS" | "MX" | "NS" | "PTR" | "RP" | "SOA" | "SRV" | "SVCB" | "TLSA" | "TXT";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    change: boolean;
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    change_zone_rrset_ttl: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id_or_name: string;
                rr_name: string;
                rr_type: "A" | "AAAA" | "CAA" | "CNAME" | "DS" | "HINFO" | "HTTPS" | "MX" | "NS" | "PTR" | "RP" | "SOA" | "SRV" | "SVCB" | "TLSA" | "TXT";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Minimum: 60 · Maximum: 2147483647 */
                    ttl: number | null;
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    set_zone_rrset_records: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id_or_name: string;
                rr_name: string;
                rr_type: "A" | "AAAA" | "CAA" | "CNAME" | "DS" | "HINFO" | "HTTPS" | "MX" | "NS" | "PTR" | "RP" | "SOA" | "SRV" | "SVCB" | "TLSA" | "TXT";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Min items: 1 · Max items: 50 */
                    records: {
                        value: string;
                        comment?: string;
                    }[];
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    add_zone_rrset_records: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id_or_name: string;
                rr_name: string;
                rr_type: "A" | "AAAA" | "CAA" | "CNAME" | "DS" | "HINFO" | "HTTPS" | "MX" | "NS" | "PTR" | "RP" | "SOA" | "SRV" | "SVCB" | "TLSA" | "TXT";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Minimum: 60 · Maximum: 2147483647 */
                    ttl?: number | null;
                    /** @description Min items: 1 · Max items: 50 */
                    records: {
                        value: string;
                        comment?: string;
                    }[];
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    remove_zone_rrset_records: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id_or_name: string;
                rr_name: string;
                rr_type: "A" | "AAAA" | "CAA" | "CNAME" | "DS" | "HINFO" | "HTTPS" | "MX" | "NS" | "PTR" | "RP" | "SOA" | "SRV" | "SVCB" | "TLSA" | "TXT";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Min items: 1 · Max items: 50 */
                    records: {
                        value: string;
                        comment?: string;
                    }[];
                };
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    update_zone_rrset_records: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id_or_name: string;
                rr_name: string;
                rr_type: "A" | "AAAA" | "CAA" | "CNAME" | "DS" | "HINFO" | "HTTPS" | "MX" | "NS" | "PTR" | "RP" | "SOA" | "SRV" | "SVCB" | "TLSA" | "TXT";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Min items: 1 · Max items: 50 */
                    records: {
                        value: string;
                        comment: string;
                    }[];
                };
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": {
                        action: {
                            /**
                             * Format: int64
                             * @description Minimum: 1 · Maximum: 9007199254740991
                             */
                            id: number;
                            command: string;
                            /** @enum {string} */
                            status: "running" | "success" | "error";
                            /** Format: date-time */
                            started: string;
                            /** Format: date-time */
                            finished: string | null;
                            /** Format: int32 */
                            progress: number;
                            resources: {
                                /**
                                 * Format: int64
                                 * @description Minimum: 1 · Maximum: 9007199254740991
                                 */
                                id: number;
                                type: string;
                            }[];
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
}
