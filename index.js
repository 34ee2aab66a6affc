'use strict'
// The JavaScript front of the native addon: turns native rejections into HetznerError,
// AbortSignals into native cancel tokens, loggers into one native log callback, and the
// JSON text the addon returns into objects (V8's JSON.parse beats building objects via napi).

const native = require('./binding.js')
// The operation table generated from the API document (scripts/generate.mjs): one row per
// operation, in the order of the native table.
const OPERATIONS = require('./generated/operations.js')

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
    // A POST that is not sent twice may have been applied although its answer was lost.
    if (fields.maybeApplied === true) this.maybeApplied = true
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
      if (call.part === undefined) (call.parts ??= []).push(JSON.parse(text))
      else if (!call.aborted) call.part(JSON.parse(text))
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
// `cleanup` runs when the call settles (or fails to start); `progress` receives progress
// reports, `part` the pages of a list walk (otherwise pages are collected).
function start(client, name, invoke, cleanup, progress, part) {
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
  return new Promise((resolve, reject) => {
    if (cleanup) {
      state.pending.set(id, {
        name,
        progress,
        part,
        resolve: (v) => (cleanup(), resolve(v)),
        reject: (e) => (cleanup(), reject(e)),
      })
    } else {
      state.pending.set(id, { name, progress, part, resolve, reject })
    }
  })
}

/** The payload of a call (body or query object) as JSON text; `kind` is the table's payload. */
function encodePayload(name, kind, v, position) {
  if (v === undefined || v === null) {
    if (kind.endsWith('?')) return undefined
    throw argumentError(name, `argument ${position} (the ${kind}) is required`)
  }
  if (typeof v !== 'object' || Array.isArray(v)) {
    throw argumentError(name, `argument ${position} (the ${kind.replace('?', '')}) must be an object, got ${Array.isArray(v) ? 'an array' : typeof v}`)
  }
  try {
    return JSON.stringify(v)
  } catch (e) {
    throw argumentError(name, `argument ${position} cannot be encoded as JSON: ${e.message}`)
  }
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
function startWithSignal(client, name, signal, invoke, progress, part) {
  if (signal === undefined) return start(client, name, (id) => invoke(id, undefined), undefined, progress, part)
  if (signal.aborted) return Promise.reject(abortedError(name, 'before it started'))
  const entry = watched(signal)
  const call = { state: client[STATE], id: 0, name }
  entry.calls.add(call)
  return start(
    client,
    name,
    (id) => {
      call.id = id
      invoke(id, entry.token)
    },
    () => entry.calls.delete(call),
    progress,
    part,
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

// A list call: a promise of one page, started when first awaited (`then`), and an async
// iterable of every item of every page (`for await`), which starts its own walk.
const LIST = Symbol('hcloud-native-list')

class ListRequest extends Promise {
  // `then`, `catch` and `finally` hand back plain promises.
  static get [Symbol.species]() {
    return Promise
  }

  then(onFulfilled, onRejected) {
    const list = this[LIST]
    if (list !== undefined && !list.started) {
      list.started = true
      list.page().then(list.resolve, list.reject)
    }
    return super.then(onFulfilled, onRejected)
  }

  [Symbol.asyncIterator]() {
    return this[LIST].walk()
  }
}

function listRequest(page, walk) {
  let settle
  const p = new ListRequest((resolve, reject) => {
    settle = { resolve, reject }
  })
  p[LIST] = { started: false, page, walk, ...settle }
  return p
}

// Every item of every page: the native walk fetches pages ahead (in parallel, within the
// budget) and hands each on as it arrives; leaving the loop early cancels the walk.
async function* walkList(client, name, signal, invoke) {
  const own = new AbortController()
  const onAbort = () => own.abort()
  if (signal !== undefined) {
    if (signal.aborted) own.abort()
    else signal.addEventListener('abort', onAbort, { once: true })
  }
  const pages = []
  let finished = false
  let failure
  let wake
  const notify = () => {
    if (wake !== undefined) wake()
    wake = undefined
  }
  const done = startWithSignal(client, name, own.signal, invoke, undefined, (items) => {
    pages.push(items)
    notify()
  })
  done.then(
    () => ((finished = true), notify()),
    (e) => ((failure = e), (finished = true), notify()),
  )
  try {
    for (;;) {
      if (pages.length > 0) {
        yield* pages.shift()
        continue
      }
      if (failure !== undefined) {
        throw failure
      }
      if (finished) return
      await new Promise((resolve) => (wake = resolve))
    }
  } finally {
    if (signal !== undefined) signal.removeEventListener('abort', onAbort)
    if (!finished) own.abort()
  }
}

// The path parameters of a call: a numeric id ('i', checked by the addon to be a positive safe
// integer), or names ('s', in path order; a zone may also be named by its numeric id).
function checkPathParams(name, kinds, args) {
  if (kinds === 'i') {
    if (typeof args[0] !== 'number') throw argumentError(name, `argument 1 must be a numeric id, got ${typeof args[0]}`)
    return args[0]
  }
  const out = []
  for (let i = 0; i < kinds.length; i++) {
    const v = args[i]
    if (typeof v === 'number' && Number.isSafeInteger(v) && v > 0) out.push(String(v))
    else if (typeof v === 'string' && v !== '') out.push(v)
    else throw argumentError(name, `argument ${i + 1} must be a non-empty string, got ${typeof v}`)
  }
  return out
}

// One function per operation of the table. The common call (a numeric id and nothing else)
// takes a short path.
function makeOperation(name, index, params, payload, isList) {
  const nParams = params.length
  const prepare = (args) => {
    const p = checkPathParams(name, params, args)
    const text = payload ? encodePayload(name, payload, args[nParams], nParams + 1) : undefined
    const opts = callOptions(name, args[nParams + (payload ? 1 : 0)])
    return typeof p === 'number' ? { id: p, path: undefined, text, opts } : { id: undefined, path: p, text, opts }
  }
  const run = (client, args, method) => {
    let a
    try {
      a = prepare(args)
    } catch (e) {
      return Promise.reject(toHetznerError(e, name))
    }
    const nat = client[NATIVE]
    return startWithSignal(client, name, a.opts.signal, (cid, token) => nat[method](cid, index, a.id, a.path, a.text, a.opts.native, token))
  }
  if (isList) {
    return function (...args) {
      return listRequest(
        () => run(this, args, 'operation'),
        () => {
          let a
          try {
            a = prepare(args)
          } catch (e) {
            return (async function* () {
              throw toHetznerError(e, name)
            })()
          }
          const nat = this[NATIVE]
          return walkList(this, name, a.opts.signal, (cid, token) => nat.listAll(cid, index, a.id, a.path, a.text, a.opts.native, token))
        },
      )
    }
  }
  const general = function (...args) {
    return run(this, args, 'operation')
  }
  if (params !== 'i' || payload !== '') return general
  return function (resourceId, options) {
    if (options !== undefined || typeof resourceId !== 'number') return general.apply(this, arguments)
    const nat = this[NATIVE]
    return start(this, name, (id) => nat.operation(id, index, resourceId))
  }
}

function define(name, value) {
  Object.defineProperty(HetznerClient.prototype, name, { configurable: true, writable: true, value })
}

OPERATIONS.forEach(([name, params, payload, isList], index) => define(name, makeOperation(name, index, params, payload, isList === 1)))

// The name of the first release for listServerActions.
define('getServerActions', HetznerClient.prototype.listServerActions)

const LIST_SERVERS = OPERATIONS.findIndex(([name]) => name === 'listServers')

/**
 * Any operation by method and path, with the recovery of the operation it addresses.
 * @deprecated every operation has its own method (e.g. `listLocations()`).
 */
define('request', function request(method, path, request, options) {
  let text
  let opts
  try {
    if (typeof method !== 'string') throw argumentError('request', `argument 1 must be a string, got ${typeof method}`)
    if (typeof path !== 'string') throw argumentError('request', `argument 2 must be a string, got ${typeof path}`)
    text = encodePayload('request', 'request?', request, 3)
    opts = callOptions('request', options)
  } catch (e) {
    return Promise.reject(toHetznerError(e, 'request'))
  }
  const nat = this[NATIVE]
  return startWithSignal(this, 'request', opts.signal, (id, token) => nat.request(id, method, path, text, opts.native, token))
})

/**
 * `POST /servers/{id}/actions/{action}`, recovered like the action's own method.
 * @deprecated each action has its own method (e.g. `poweronServer(id)`).
 */
define('serverAction', function serverAction(id, action, body, options) {
  if (typeof id !== 'number' || typeof action !== 'string' || !/^[a-z_]+$/.test(action)) {
    return Promise.reject(argumentError('serverAction', 'expected a numeric id and an action name such as poweron'))
  }
  if (body !== undefined && (body === null || typeof body !== 'object' || Array.isArray(body))) {
    return Promise.reject(argumentError('serverAction', 'the body must be an object'))
  }
  if (!Number.isSafeInteger(id) || id < 1) return Promise.reject(argumentError('serverAction', 'id must be a positive safe integer'))
  return this.request('POST', `/servers/${id}/actions/${action}`, body === undefined ? undefined : { body }, options)
})

/**
 * Every server on every page.
 * @deprecated `for await (const server of client.listServers(query))` walks them as they arrive.
 */
define('listAllServers', function listAllServers(query, options) {
  let text
  let opts
  try {
    text = encodePayload('listAllServers', 'query?', query, 1)
    opts = callOptions('listAllServers', options)
  } catch (e) {
    return Promise.reject(toHetznerError(e, 'listAllServers'))
  }
  const nat = this[NATIVE]
  return startWithSignal(this, 'listAllServers', opts.signal, (id, token) =>
    nat.listAll(id, LIST_SERVERS, undefined, undefined, text, opts.native, token),
  )
})

module.exports = { HetznerClient, HetznerError, HetznerEmulator: native.HetznerEmulator }
