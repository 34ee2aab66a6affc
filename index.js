'use strict'
// The JavaScript front of the native addon: turns native rejections into HetznerError,
// AbortSignals into native cancel tokens, loggers into one native log callback, and the
// JSON text the addon returns into objects (V8's JSON.parse beats building objects via napi).

const native = require('./binding.js')

const NATIVE = Symbol('hcloud-native')
const STATE = Symbol('hcloud-native-state')

// Clients with calls in flight. The native completion callback reaches a client's state only
// through a WeakRef, so an idle client that nobody references is collected (its native object,
// callback and connections freed); while calls are pending, this set keeps it alive.
const BUSY = new Set()

class HetznerError extends Error {
  constructor(fields) {
    super(fields.message)
    this.name = 'HetznerError'
    this.code = fields.code
    this.attempts = fields.attempts ?? 0
    for (const key of ['status', 'method', 'path', 'correlationId', 'details', 'action']) {
      if (fields[key] !== undefined && fields[key] !== null) this[key] = fields[key]
    }
  }
}

// The option keys each object accepts: a typo such as `rateLimt` must not silently keep a default.
const OPTION_KEYS = {
  options: ['apiToken', 'baseUrl', 'retry', 'timeoutMs', 'pollIntervalMs', 'waitTimeoutMs', 'userAgent', 'rateLimit', 'maxResponseBytes', 'logger'],
  'options.retry': ['maxAttempts', 'initialDelayMs', 'multiplier', 'maxDelayMs', 'jitter'],
  'options.rateLimit': ['mode', 'reserve', 'store'],
  'call options': ['signal', 'timeoutMs', 'deadlineMs'],
  'wait options': ['signal', 'timeoutMs', 'onProgress'],
}

function editDistance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1))
      prev = cur
    }
  }
  return row[b.length]
}

/** The text of an error naming the first unknown key of `obj`, or undefined when all are known. */
function unknownKey(obj, kind) {
  const allowed = OPTION_KEYS[kind]
  for (const key in obj) {
    if (allowed.includes(key)) continue
    const near = allowed.find((k) => k.toLowerCase() === key.toLowerCase() || editDistance(k, key) <= 2)
    return `unknown key '${key}' in ${kind}${near ? ` (did you mean '${near}'?)` : ''}; known keys: ${allowed.join(', ')}`
  }
  return undefined
}

function checkClientOptions(options) {
  const problem =
    unknownKey(options, 'options') ??
    (options.retry != null && typeof options.retry === 'object' ? unknownKey(options.retry, 'options.retry') : undefined) ??
    (options.rateLimit != null && typeof options.rateLimit === 'object'
      ? unknownKey(options.rateLimit, 'options.rateLimit')
      : undefined)
  if (problem) throw new TypeError(`HetznerClient: ${problem}`)
}

function argumentError(where, text) {
  return new HetznerError({ code: 'invalid_argument', message: `invalid_argument ${where}: ${text}`, attempts: 0 })
}

// A synchronous throw from the addon comes from napi's argument conversion: a value of the
// wrong type.
function toHetznerError(e, where) {
  if (e instanceof HetznerError) return e
  return argumentError(where, e && typeof e.message === 'string' ? e.message : String(e))
}

function errorFromPayload(text, where) {
  try {
    return new HetznerError(JSON.parse(text))
  } catch {
    return new HetznerError({ code: 'invalid_response', message: `invalid_response ${where}: ${text}`, attempts: 0 })
  }
}

// Settles every call the addon finished since the last drain (see src/completions.rs).
function settleFinished(state) {
  const native = state.native
  const items = native.drain()
  for (let i = 0; i < items.length; i += 2) {
    const head = items[i]
    const id = +head.slice(1)
    const call = state.pending.get(id)
    if (call === undefined) continue
    const text = items[i + 1]
    const kind = head.charCodeAt(0)
    if (kind === 50 /* '2': progress, in order with the outcome */) {
      if (call.progress && !call.aborted) call.progress(text)
      continue
    }
    if (kind === 51 /* '3': one page of a list, parsed while the next ones are fetched */) {
      ;(call.parts ??= []).push(JSON.parse(text))
      continue
    }
    state.pending.delete(id)
    if (call.aborted) {
      const err = kind === 49 ? undefined : errorFromPayload(text, call.name)
      call.reject(err?.code === 'aborted' ? err : abortedError(call.name, 'while it ran', err?.attempts))
      continue
    }
    if (kind === 49 /* '1' */) {
      let value
      try {
        value = call.parts !== undefined ? [].concat(...call.parts) : text === '' ? undefined : JSON.parse(text)
      } catch (e) {
        call.reject(errorFromPayload('', call.name))
        continue
      }
      call.resolve(value)
    } else {
      call.reject(errorFromPayload(text, call.name))
    }
  }
  if (state.pending.size === 0 && !state.releaseScheduled) {
    // Let go of the event loop once nothing is pending, but not between two back-to-back calls:
    // a sequential caller starts its next call before this check runs.
    state.releaseScheduled = true
    setImmediate(releaseIfIdle, state)
  }
}

function releaseIfIdle(state) {
  state.releaseScheduled = false
  if (state.pending.size === 0 && state.held) {
    state.held = false
    BUSY.delete(state)
    state.native.hold(false)
  }
}

// Starts one native call under a fresh id and returns the promise the drain settles.
// `cleanup` runs when the call settles; `registered` once it is pending.
function start(client, name, invoke, cleanup, progress, registered) {
  const state = client[STATE]
  const id = state.nextId
  state.nextId = id >= 0xfffffff0 ? 1 : id + 1
  try {
    invoke(id)
  } catch (e) {
    if (cleanup) cleanup()
    return Promise.reject(toHetznerError(e, name))
  }
  if (!state.held) {
    state.held = true
    BUSY.add(state)
    state.native.hold(true)
  }
  const promise = new Promise((resolve, reject) => {
    if (cleanup) {
      state.pending.set(id, {
        name,
        progress,
        resolve: (v) => (cleanup(), resolve(v)),
        reject: (e) => (cleanup(), reject(e)),
      })
    } else {
      state.pending.set(id, { name, progress, resolve, reject })
    }
  })
  if (registered) registered()
  return promise
}

// How each positional argument travels: 'id' (number), 'json' (required object),
// 'json?' (optional object) or 'raw' (string as is).
const METHODS = {
  createServer: ['json'],
  getServer: ['id'],
  listServers: ['json?'],
  listAllServers: ['json?'],
  deleteServer: ['id'],
  getServerActions: ['id', 'json?'],
  getAction: ['id'],
  serverAction: ['id', 'raw', 'json?'],
  createSSHKey: ['json'],
  getSSHKey: ['id'],
  listSSHKeys: ['json?'],
  deleteSSHKey: ['id'],
  createFirewall: ['json'],
  getFirewall: ['id'],
  listFirewalls: ['json?'],
  deleteFirewall: ['id'],
  request: ['raw', 'raw', 'json?'],
}

function encodeArgs(name, kinds, args) {
  return kinds.map((kind, i) => {
    const v = args[i]
    switch (kind) {
      case 'id':
        if (typeof v !== 'number') throw argumentError(name, `argument ${i + 1} must be a numeric id, got ${typeof v}`)
        return v
      case 'raw':
        if (typeof v !== 'string') throw argumentError(name, `argument ${i + 1} must be a string, got ${typeof v}`)
        return v
      default: {
        if (v === undefined || v === null) {
          if (kind === 'json?') return undefined
          throw argumentError(name, `argument ${i + 1} is required`)
        }
        if (typeof v !== 'object') throw argumentError(name, `argument ${i + 1} must be an object, got ${typeof v}`)
        try {
          return JSON.stringify(v)
        } catch (e) {
          throw argumentError(name, `argument ${i + 1} cannot be encoded as JSON: ${e.message}`)
        }
      }
    }
  })
}

// Splits call options into what the addon takes and the AbortSignal, checked up front.
function callOptions(name, options, kind = 'call options') {
  if (options === undefined || options === null) return { native: undefined, signal: undefined }
  if (typeof options !== 'object') throw argumentError(name, 'options must be an object')
  const problem = unknownKey(options, kind)
  if (problem) throw argumentError(name, problem)
  const { signal, ...rest } = options
  if (signal !== undefined && (typeof signal !== 'object' || typeof signal.addEventListener !== 'function')) {
    throw argumentError(name, 'options.signal must be an AbortSignal')
  }
  return { native: rest, signal }
}

// Each AbortSignal gets one listener and one native cancel token, however many calls share it
// (so no MaxListenersExceededWarning), and the calls it covers: { state, id, name }.
const SIGNALS = new WeakMap()

function abortedError(name, when, attempts = 0) {
  return new HetznerError({ code: 'aborted', message: `aborted ${name}: the call was aborted ${when}`, attempts })
}

// How long an aborted call waits for the addon to confirm (it does within microseconds: every
// wait inside is cancellable) before the front rejects it on its own.
const ABORT_GRACE_MS = 50

function watched(signal) {
  let entry = SIGNALS.get(signal)
  if (entry === undefined) {
    entry = { token: new native.CancelToken(), calls: new Set() }
    SIGNALS.set(signal, entry)
    const onAbort = () => {
      entry.token.cancel()
      // Abort wins every race: a call still pending is marked, and its native outcome, whatever
      // it is (a result that crossed the abort included), settles it as aborted, carrying the
      // attempts the addon counted.
      for (const call of entry.calls) {
        const pending = call.state.pending.get(call.id)
        if (pending === undefined) continue
        pending.aborted = true
        const timer = setTimeout(() => {
          if (call.state.pending.get(call.id) !== pending) return
          call.state.pending.delete(call.id)
          pending.reject(abortedError(call.name, 'while it ran'))
        }, ABORT_GRACE_MS)
        if (typeof timer.unref === 'function') timer.unref()
      }
      entry.calls.clear()
    }
    signal.addEventListener('abort', onAbort, { once: true })
  }
  return entry
}

// Runs a native call with its AbortSignal wired to the signal's native cancel token.
function startWithSignal(client, name, signal, invoke, progress) {
  if (signal === undefined) return start(client, name, (id) => invoke(id, undefined), undefined, progress)
  if (signal.aborted) return Promise.reject(abortedError(name, 'before it started'))
  const entry = watched(signal)
  const call = { state: client[STATE], id: 0, name }
  return start(
    client,
    name,
    (id) => {
      call.id = id
      invoke(id, entry.token)
    },
    () => entry.calls.delete(call),
    progress,
    () => entry.calls.add(call),
  )
}

function makeLog(logger) {
  return (level, msg, fieldsJson) => {
    let fields
    try {
      fields = JSON.parse(fieldsJson)
    } catch {
      fields = {}
    }
    try {
      if (logger) {
        const fn = logger[level]
        if (typeof fn === 'function') fn.call(logger, msg, fields)
      } else if (level === 'warn') {
        console.warn(`hcloud-native: ${msg}`, fields)
      }
    } catch {
      // A throwing logger must not take the process down.
    }
  }
}

function safeProgress(onProgress) {
  return (text) => {
    try {
      onProgress(JSON.parse(text))
    } catch (e) {
      if (typeof process !== 'undefined' && process.emitWarning) process.emitWarning(`onProgress threw: ${e && e.message}`)
    }
  }
}

class HetznerClient {
  constructor(options) {
    if (options === null || typeof options !== 'object') throw new TypeError('HetznerClient: options must be an object')
    if (typeof options.apiToken !== 'string' || options.apiToken.trim() === '') {
      throw new TypeError('HetznerClient: apiToken must be a non-empty string')
    }
    checkClientOptions(options)
    const { logger, ...rest } = options
    if (logger !== undefined && (logger === null || typeof logger !== 'object')) {
      throw new TypeError('HetznerClient: logger must be an object with debug and/or warn methods')
    }
    const state = { native: null, pending: new Map(), nextId: 1, held: false, releaseScheduled: false }
    try {
      // Only a weak reference: see BUSY.
      const ref = new WeakRef(state)
      state.native = new native.HetznerClient(rest, makeLog(logger), () => {
        const s = ref.deref()
        if (s !== undefined) settleFinished(s)
      })
    } catch (e) {
      throw new TypeError(`HetznerClient: ${e && e.message}`)
    }
    this[NATIVE] = state.native
    this[STATE] = state
  }

  /** The RateLimit-* headers of the last response for this project, or null before any. */
  get rateLimit() {
    return this[NATIVE].rateLimit ?? null
  }

  waitForAction(action, options) {
    return this.#wait('waitForAction', action, options, (a) => typeof a === 'number' || (a !== null && typeof a === 'object'))
  }

  waitForActions(actions, options) {
    return this.#wait('waitForActions', actions, options, Array.isArray)
  }

  #wait(name, target, options, valid) {
    let opts
    let progress
    let text
    try {
      if (!valid(target)) throw argumentError(name, 'expected an action object or id')
      opts = callOptions(name, options, 'wait options')
      const onProgress = opts.native && opts.native.onProgress
      if (onProgress !== undefined && typeof onProgress !== 'function') throw argumentError(name, 'onProgress must be a function')
      if (opts.native) delete opts.native.onProgress
      progress = onProgress && safeProgress(onProgress)
      text = JSON.stringify(target)
    } catch (e) {
      return Promise.reject(toHetznerError(e, name))
    }
    const nat = this[NATIVE]
    const report = progress !== undefined
    return startWithSignal(this, name, opts.signal, (id, token) => nat[name](id, text, opts.native, token, report), progress)
  }
}

// One function per method. The common call (no options, numeric id) takes a short path.
function makeMethod(name, kinds) {
  const arity = kinds.length
  const general = function (...args) {
    let encoded
    let opts
    try {
      encoded = encodeArgs(name, kinds, args)
      opts = callOptions(name, args[arity])
    } catch (e) {
      return Promise.reject(toHetznerError(e, name))
    }
    const nat = this[NATIVE]
    return startWithSignal(this, name, opts.signal, (id, token) => nat[name](id, ...encoded, opts.native, token))
  }
  if (arity !== 1 || kinds[0] !== 'id') return general
  return function (resourceId, options) {
    if (options !== undefined || typeof resourceId !== 'number') return general.apply(this, arguments)
    const nat = this[NATIVE]
    return start(this, name, (id) => nat[name](id, resourceId, undefined, undefined))
  }
}

for (const [name, kinds] of Object.entries(METHODS)) {
  Object.defineProperty(HetznerClient.prototype, name, {
    configurable: true,
    writable: true,
    value: makeMethod(name, kinds),
  })
}

module.exports = { HetznerClient, HetznerError, HetznerEmulator: native.HetznerEmulator }
