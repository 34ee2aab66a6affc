'use strict'
// The JavaScript front of the native addon: turns native rejections into HetznerError,
// AbortSignals into native cancel tokens, loggers into one native log callback, and the
// JSON text the addon returns into objects (V8's JSON.parse beats building objects via napi).

const native = require('./native.js')

const ERROR_PREFIX = '\u0001hcloud-error:'
const NATIVE = Symbol('hcloud-native')

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

function argumentError(where, text) {
  return new HetznerError({ code: 'invalid_argument', message: `invalid_argument ${where}: ${text}`, attempts: 0 })
}

function toHetznerError(e, where) {
  if (e instanceof HetznerError) return e
  const text = e && typeof e.message === 'string' ? e.message : String(e)
  if (text.startsWith(ERROR_PREFIX)) {
    try {
      return new HetznerError(JSON.parse(text.slice(ERROR_PREFIX.length)))
    } catch {}
  }
  // Anything else comes from napi's argument conversion: a value of the wrong type.
  return argumentError(where, text)
}

function parseResult(text) {
  return text === '' ? undefined : JSON.parse(text)
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
  createSSHKey: ['json'],
  getSSHKey: ['id'],
  deleteSSHKey: ['id'],
  createFirewall: ['json'],
  getFirewall: ['id'],
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
function callOptions(name, options) {
  if (options === undefined || options === null) return { native: undefined, signal: undefined }
  if (typeof options !== 'object') throw argumentError(name, 'options must be an object')
  const { signal, ...rest } = options
  if (signal !== undefined && (typeof signal !== 'object' || typeof signal.addEventListener !== 'function')) {
    throw argumentError(name, 'options.signal must be an AbortSignal')
  }
  return { native: rest, signal }
}

function abortedError(name) {
  return new HetznerError({ code: 'aborted', message: `aborted ${name}: the call was aborted before it started`, attempts: 0 })
}

// Runs one native call with its signal wired to a cancel token.
function run(name, signal, start) {
  if (signal && signal.aborted) return Promise.reject(abortedError(name))
  let token
  let onAbort
  if (signal) {
    token = new native.CancelToken()
    onAbort = () => token.cancel()
    signal.addEventListener('abort', onAbort, { once: true })
  }
  let promise
  try {
    promise = start(token)
  } catch (e) {
    if (signal) signal.removeEventListener('abort', onAbort)
    return Promise.reject(toHetznerError(e, name))
  }
  return promise.then(
    (text) => {
      if (signal) signal.removeEventListener('abort', onAbort)
      return parseResult(text)
    },
    (e) => {
      if (signal) signal.removeEventListener('abort', onAbort)
      throw toHetznerError(e, name)
    },
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
    const { logger, ...rest } = options
    if (logger !== undefined && (logger === null || typeof logger !== 'object')) {
      throw new TypeError('HetznerClient: logger must be an object with debug and/or warn methods')
    }
    try {
      this[NATIVE] = new native.HetznerClient(rest, makeLog(logger))
    } catch (e) {
      throw new TypeError(`HetznerClient: ${e && e.message}`)
    }
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
      opts = callOptions(name, options)
      const onProgress = opts.native && opts.native.onProgress
      if (onProgress !== undefined && typeof onProgress !== 'function') throw argumentError(name, 'onProgress must be a function')
      if (opts.native) delete opts.native.onProgress
      progress = onProgress && safeProgress(onProgress)
      text = JSON.stringify(target)
    } catch (e) {
      return Promise.reject(toHetznerError(e, name))
    }
    return run(name, opts.signal, (token) => this[NATIVE][name](text, opts.native, token, progress))
  }
}

// One function per method. The common call (no options) takes a short path: no closures are
// made per call, and ids go straight to the addon.
function makeMethod(name, kinds) {
  const fail = (e) => {
    throw toHetznerError(e, name)
  }
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
    if (opts.signal === undefined) {
      return call(this[NATIVE], name, fail, [...encoded, opts.native, undefined])
    }
    return run(name, opts.signal, (token) => this[NATIVE][name](...encoded, opts.native, token))
  }
  if (arity !== 1 || kinds[0] !== 'id') return general
  return function (id, options) {
    if (options !== undefined || typeof id !== 'number') return general.apply(this, arguments)
    let promise
    try {
      promise = this[NATIVE][name](id, undefined, undefined)
    } catch (e) {
      return Promise.reject(toHetznerError(e, name))
    }
    return promise.then(parseResult, fail)
  }
}

function call(native, name, fail, args) {
  let promise
  try {
    promise = native[name](...args)
  } catch (e) {
    return Promise.reject(toHetznerError(e, name))
  }
  return promise.then(parseResult, fail)
}

for (const [name, kinds] of Object.entries(METHODS)) {
  Object.defineProperty(HetznerClient.prototype, name, {
    configurable: true,
    writable: true,
    value: makeMethod(name, kinds),
  })
}

module.exports = { HetznerClient, HetznerError, HetznerEmulator: native.HetznerEmulator }
