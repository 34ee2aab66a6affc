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

