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
  /** `POST /servers`. */
  createServer(params: CreateServerRequest, options?: CallOptions): Promise<CreateServerResponse>
  /** `GET /servers/{id}`. */
  getServer(id: number, options?: CallOptions): Promise<GetServerResponse>
  /** `GET /servers`: one page. */
  listServers(query?: ListServersQuery, options?: CallOptions): Promise<ListServersResponse>
  /** `GET /ssh_keys`: one page. */
  listSSHKeys(query?: ListSSHKeysQuery, options?: CallOptions): Promise<ListSSHKeysResponse>
  /** `GET /firewalls`: one page. */
  listFirewalls(query?: ListFirewallsQuery, options?: CallOptions): Promise<ListFirewallsResponse>
  /** Every server on every page, fetched concurrently once the page count is known. */
  listAllServers(query?: ListServersQuery, options?: CallOptions): Promise<Array<Server>>
  /** `DELETE /servers/{id}`: resolves with the `delete_server` action. */
  deleteServer(id: number, options?: CallOptions): Promise<DeleteServerResponse>
  /** `GET /servers/{id}/actions`. */
  getServerActions(id: number, query?: ServerActionsQuery, options?: CallOptions): Promise<ActionListResponse>
  /**
   * Runs a server action, `POST /servers/{id}/actions/{action}`, and resolves with it. After a
   * lost answer the client finds the action instead of starting it twice.
   */
  serverAction(id: number, action: 'poweron' | 'poweroff' | 'shutdown' | 'reboot' | 'reset' | (string & {}), body?: Record<string, unknown>, options?: CallOptions): Promise<ActionResponse>
  /** `GET /actions/{id}`. */
  getAction(id: number, options?: CallOptions): Promise<ActionResponse>
  /** `POST /ssh_keys`. */
  createSSHKey(params: CreateSSHKeyRequest, options?: CallOptions): Promise<SSHKeyResponse>
  /** `GET /ssh_keys/{id}`. */
  getSSHKey(id: number, options?: CallOptions): Promise<SSHKeyResponse>
  /** `DELETE /ssh_keys/{id}`. */
  deleteSSHKey(id: number, options?: CallOptions): Promise<void>
  /** `POST /firewalls`. */
  createFirewall(params: CreateFirewallRequest, options?: CallOptions): Promise<CreateFirewallResponse>
  /** `GET /firewalls/{id}`. */
  getFirewall(id: number, options?: CallOptions): Promise<FirewallResponse>
  /** `DELETE /firewalls/{id}`. */
  deleteFirewall(id: number, options?: CallOptions): Promise<void>
  /**
   * Any operation of the API, by method and path (e.g. `'GET', '/locations'`), with retries,
   * the rate-limit budget and error handling; resolves with the parsed JSON body.
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

/** An asynchronous operation; `status` is `running` until it ends in `success` or `error`. */
export interface Action {
  id: number
  command: string
  status: 'running' | 'success' | 'error'
  started: string
  finished: string | null
  progress: number
  resources: Array<ActionResource>
  error: ActionError | null
}

/** Why an action failed. */
export interface ActionError {
  code: string
  message: string
}

/** One page of actions. */
export interface ActionListResponse {
  actions: Array<Action>
  meta: ListMeta
}

/** A resource an action works on. */
export interface ActionResource {
  id: number
  type: string
}

/** A single action. */
export interface ActionResponse {
  action: Action
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

/** Body of `createFirewall` (`POST /firewalls`). */
export interface CreateFirewallRequest {
  name: string
  labels?: Record<string, string>
  rules?: Array<CreateFirewallRequestRule>
  apply_to?: Array<CreateFirewallRequestApplyTo>
}

/** Part of an API object (`CreateFirewallRequestApplyTo`). */
export interface CreateFirewallRequestApplyTo {
  type: 'server' | 'label_selector'
  server?: CreateFirewallRequestApplyToServer
  label_selector?: CreateFirewallRequestApplyToLabelSelector
}

/** Part of an API object (`CreateFirewallRequestApplyToLabelSelector`). */
export interface CreateFirewallRequestApplyToLabelSelector {
  selector: string
}

/** Part of an API object (`CreateFirewallRequestApplyToServer`). */
export interface CreateFirewallRequestApplyToServer {
  id: number
}

/** Part of an API object (`CreateFirewallRequestRule`). */
export interface CreateFirewallRequestRule {
  description?: string | null
  direction: 'in' | 'out'
  source_ips?: Array<string>
  destination_ips?: Array<string>
  protocol: 'tcp' | 'udp' | 'icmp' | 'esp' | 'gre'
  port?: string
}

/** Result of `createFirewall`: the firewall and the actions applying it. */
export interface CreateFirewallResponse {
  firewall: Firewall
  actions: Array<Action>
}

/** Body of `createServer` (`POST /servers`). */
export interface CreateServerRequest {
  name: string
  location?: string
  server_type: string
  start_after_create?: boolean
  image: string
  placement_group?: number
  ssh_keys?: Array<string>
  volumes?: Array<number>
  networks?: Array<number>
  firewalls?: Array<CreateServerRequestFirewall>
  user_data?: string
  labels?: Record<string, string>
  automount?: boolean
  public_net?: CreateServerRequestPublicNet
}

/** Part of an API object (`CreateServerRequestFirewall`). */
export interface CreateServerRequestFirewall {
  firewall: number
}

/** Part of an API object (`CreateServerRequestPublicNet`). */
export interface CreateServerRequestPublicNet {
  enable_ipv4?: boolean
  enable_ipv6?: boolean
  ipv4?: number | null
  ipv6?: number | null
}

/** Result of `createServer`: the server, its `create_server` action and the actions that follow. */
export interface CreateServerResponse {
  server: Server
  action: Action
  next_actions: Array<Action>
  root_password: string | null
}

/** Body of `createSSHKey` (`POST /ssh_keys`). */
export interface CreateSSHKeyRequest {
  name: string
  public_key: string
  labels?: Record<string, string>
}

/** Result of `createSSHKey`. */
export interface CreateSSHKeyResponse {
  ssh_key: SSHKey
}

/** Result of `deleteServer`: the `delete_server` action. */
export interface DeleteServerResponse {
  action: Action | null
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

/** A firewall with its rules and the resources it is applied to. */
export interface Firewall {
  id: number
  name: string
  labels?: Record<string, string>
  created: string
  rules: Array<FirewallRule>
  applied_to: Array<FirewallAppliedTo>
}

/** Part of an API object (`FirewallAppliedTo`). */
export interface FirewallAppliedTo {
  type: 'server' | 'label_selector'
  server?: FirewallAppliedToServer
  label_selector?: CreateFirewallRequestApplyToLabelSelector
  applied_to_resources?: Array<FirewallAppliedToAppliedToResource>
}

/** Part of an API object (`FirewallAppliedToAppliedToResource`). */
export interface FirewallAppliedToAppliedToResource {
  type?: 'server'
  server?: FirewallAppliedToServer
}

/** Part of an API object (`FirewallAppliedToServer`). */
export interface FirewallAppliedToServer {
  id: number
}

/** A single firewall. */
export interface FirewallResponse {
  firewall: Firewall
}

/** One firewall rule. */
export interface FirewallRule {
  description?: string | null
  direction: 'in' | 'out'
  source_ips: Array<string>
  destination_ips: Array<string>
  protocol: 'tcp' | 'udp' | 'icmp' | 'esp' | 'gre'
  port: string | null
}

/** Result of `getServer`. */
export interface GetServerResponse {
  server: Server
}

/** Filters and paging of `listFirewalls`. */
export interface ListFirewallsQuery {
  sort?: Array<'id' | 'id:asc' | 'id:desc' | 'name' | 'name:asc' | 'name:desc' | 'created' | 'created:asc' | 'created:desc'>
  name?: string
  label_selector?: string
  page?: number
  per_page?: number
}

/** One page of `listFirewalls`. */
export interface ListFirewallsResponse {
  firewalls: Array<Firewall>
  meta: ListMeta
}

/** Metadata of a list response. */
export interface ListMeta {
  pagination: Pagination
}

/** Filters and paging of `listServers`. */
export interface ListServersQuery {
  name?: string
  label_selector?: string
  sort?: Array<'id' | 'id:asc' | 'id:desc' | 'name' | 'name:asc' | 'name:desc' | 'created' | 'created:asc' | 'created:desc'>
  status?: Array<'running' | 'initializing' | 'starting' | 'stopping' | 'off' | 'deleting' | 'migrating' | 'rebuilding' | 'unknown'>
  page?: number
  per_page?: number
}

/** One page of `listServers`. */
export interface ListServersResponse {
  servers: Array<Server>
  meta: ListMeta
}

/** Filters and paging of `listSSHKeys`. */
export interface ListSSHKeysQuery {
  sort?: Array<'id' | 'id:asc' | 'id:desc' | 'name' | 'name:asc' | 'name:desc'>
  name?: string
  fingerprint?: string
  label_selector?: string
  page?: number
  per_page?: number
}

/** One page of `listSSHKeys`. */
export interface ListSSHKeysResponse {
  ssh_keys: Array<SSHKey>
  meta: ListMeta
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
}

/** Receives the client's log events. Never given the token, request bodies or passwords. */
export interface Logger {
  /** Each retry: attempt, delay, reason, method and path. */
  debug?: (msg: string, fields?: Record<string, unknown>) => void
  /** The rate-limit budget fell below 100 requests (once per crossing). */
  warn?: (msg: string, fields?: Record<string, unknown>) => void
}

/** Paging of a list response: use `next_page` until it is null. */
export interface Pagination {
  page: number
  per_page: number
  previous_page: number | null
  next_page: number | null
  last_page: number | null
  total_entries: number | null
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

/** A server (virtual machine) as the API returns it. */
export interface Server {
  id: number
  name: string
  status: 'running' | 'initializing' | 'starting' | 'stopping' | 'off' | 'deleting' | 'migrating' | 'rebuilding' | 'unknown'
  created: string
  public_net: ServerPublicNet
  private_net: Array<ServerPrivateNet>
  server_type: ServerServerType
  location: ServerLocation
  image: ServerImage | null
  iso: ServerIso | null
  rescue_enabled: boolean
  locked: boolean
  backup_window: string | null
  outgoing_traffic: number | null
  ingoing_traffic: number | null
  included_traffic: number | null
  protection: ServerProtection
  labels: Record<string, string>
  volumes?: Array<number>
  load_balancers?: Array<number>
  primary_disk_size: number
  placement_group?: ServerPlacementGroup | null
}

/** Filters and paging of `getServerActions`. */
export interface ServerActionsQuery {
  sort?: Array<'id' | 'id:asc' | 'id:desc' | 'command' | 'command:asc' | 'command:desc' | 'status' | 'status:asc' | 'status:desc' | 'started' | 'started:asc' | 'started:desc' | 'finished' | 'finished:asc' | 'finished:desc'>
  status?: Array<'running' | 'success' | 'error'>
  page?: number
  per_page?: number
}

/** The image the server was created from. */
export interface ServerImage {
  id: number
  type: 'system' | 'app' | 'snapshot' | 'backup'
  status: 'available' | 'creating' | 'unavailable'
  name: string | null
  description: string
  image_size: number | null
  disk_size: number
  created: string
  created_from: ServerImageCreatedFrom | null
  bound_to: number | null
  os_flavor: 'ubuntu' | 'centos' | 'debian' | 'fedora' | 'rocky' | 'alma' | 'opensuse' | 'unknown'
  os_version: string | null
  rapid_deploy?: boolean
  protection: ServerImageProtection
  deprecated: string | null
  deleted: string | null
  labels: Record<string, string>
  architecture: 'x86' | 'arm'
}

/** Part of an API object (`ServerImageCreatedFrom`). */
export interface ServerImageCreatedFrom {
  id: number
  name: string
}

/** Part of an API object (`ServerImageProtection`). */
export interface ServerImageProtection {
  delete: boolean
}

/** Part of an API object (`ServerIso`). */
export interface ServerIso {
  id: number
  name: string | null
  description: string
  type: 'public' | 'private' | null
  deprecation: ServerServerTypeLocationDeprecation | null
  architecture: 'x86' | 'arm' | null
}

/** Where the server runs. */
export interface ServerLocation {
  id: number
  name: string
  description: string
  country: string
  city: string
  latitude: number
  longitude: number
  network_zone: string
}

/** Part of an API object (`ServerPlacementGroup`). */
export interface ServerPlacementGroup {
  id: number
  name: string
  labels: Record<string, string>
  type: 'spread'
  created: string
  servers: Array<number>
}

/** Part of an API object (`ServerPrivateNet`). */
export interface ServerPrivateNet {
  network?: number
  ip?: string
  alias_ips?: Array<string>
  mac_address?: string
}

/** Part of an API object (`ServerProtection`). */
export interface ServerProtection {
  delete: boolean
  rebuild: boolean
}

/** The server's public addresses and the firewalls on them. */
export interface ServerPublicNet {
  ipv4: ServerPublicNetIpv4 | null
  ipv6: ServerPublicNetIpv6 | null
  floating_ips: Array<number>
  firewalls?: Array<ServerPublicNetFirewall>
}

/** Part of an API object (`ServerPublicNetFirewall`). */
export interface ServerPublicNetFirewall {
  id?: number
  status?: 'applied' | 'pending'
}

/** Part of an API object (`ServerPublicNetIpv4`). */
export interface ServerPublicNetIpv4 {
  id?: number
  ip: string
  blocked: boolean
  dns_ptr: string
}

/** Part of an API object (`ServerPublicNetIpv6`). */
export interface ServerPublicNetIpv6 {
  id?: number
  ip: string
  blocked: boolean
  dns_ptr: Array<ServerPublicNetIpv6DnsPtr> | null
}

/** Part of an API object (`ServerPublicNetIpv6DnsPtr`). */
export interface ServerPublicNetIpv6DnsPtr {
  ip: string
  dns_ptr: string
}

/** The server's type (size and price). */
export interface ServerServerType {
  id: number
  name: string
  description: string
  cores: number
  memory: number
  disk: number
  deprecated: boolean
  prices: Array<ServerServerTypePrice>
  storage_type: 'local' | 'network'
  cpu_type: 'shared' | 'dedicated'
  category?: string
  architecture: 'x86' | 'arm'
  deprecation?: ServerServerTypeDeprecation | null
  locations: Array<ServerServerTypeLocation>
}

/** Part of an API object (`ServerServerTypeDeprecation`). */
export interface ServerServerTypeDeprecation {
  unavailable_after: string
  announced: string
}

/** Part of an API object (`ServerServerTypeLocation`). */
export interface ServerServerTypeLocation {
  id: number
  name: string
  deprecation: ServerServerTypeLocationDeprecation | null
  recommended: boolean
  available: boolean
}

/** Part of an API object (`ServerServerTypeLocationDeprecation`). */
export interface ServerServerTypeLocationDeprecation {
  unavailable_after: string
  announced: string
}

/** Part of an API object (`ServerServerTypePrice`). */
export interface ServerServerTypePrice {
  location: string
  price_hourly: ServerServerTypePricePriceHourly
  price_monthly: ServerServerTypePricePriceHourly
  included_traffic: number
  price_per_tb_traffic: ServerServerTypePricePriceHourly
}

/** Part of an API object (`ServerServerTypePricePriceHourly`). */
export interface ServerServerTypePricePriceHourly {
  net: string
  gross: string
}

/** An SSH public key stored in the project. */
export interface SSHKey {
  id: number
  name: string
  fingerprint: string
  public_key: string
  labels: Record<string, string>
  created: string
}

/** A single SSH key. */
export type SSHKeyResponse = CreateSSHKeyResponse

/** Options of `waitForAction` and `waitForActions`. */
export interface WaitOptions {
  /** Give up after this long with `wait_timeout` (default: the client's `waitTimeoutMs`). */
  timeoutMs?: number
  signal?: AbortSignal
  /** Called with the action each time its progress changes. */
  onProgress?: (action: Action) => void
}
