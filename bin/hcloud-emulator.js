#!/usr/bin/env node
'use strict'
// `npx hcloud-emulator`: the embedded Hetzner Cloud API emulator as a command.
const { parseArgs } = require('node:util')
const { HetznerEmulator } = require('../index.js')

const usage = `usage: hcloud-emulator [--port 4000] [--token T] [--action-duration-ms N] [--time-scale X]
                      [--rate-limit LIMIT/REFILL_PER_S | --no-rate-limit] [--seed N] [--quiet]`

function fail(msg) {
  console.error(`hcloud-emulator: ${msg}\n${usage}`)
  process.exit(2)
}

let values
try {
  ;({ values } = parseArgs({
    options: {
      port: { type: 'string', default: '4000' },
      token: { type: 'string' },
      'action-duration-ms': { type: 'string' },
      'time-scale': { type: 'string' },
      'rate-limit': { type: 'string' },
      'no-rate-limit': { type: 'boolean' },
      seed: { type: 'string' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  }))
} catch (e) {
  fail(e.message)
}
if (values.help) {
  console.log(usage)
  process.exit(0)
}

function number(name, text) {
  const n = Number(text)
  if (text === undefined) return undefined
  if (!Number.isFinite(n) || n < 0) fail(`--${name} must be a non-negative number`)
  return n
}

const options = {
  port: number('port', values.port),
  token: values.token,
  actionDurationMs: number('action-duration-ms', values['action-duration-ms']),
  timeScale: number('time-scale', values['time-scale']),
  seed: number('seed', values.seed),
  logRequests: !values.quiet,
}
if (values['no-rate-limit']) options.rateLimit = false
else if (values['rate-limit'] !== undefined) {
  const m = /^(\d+)\/(\d+(?:\.\d+)?)$/.exec(values['rate-limit'])
  if (!m) fail('--rate-limit takes LIMIT/REFILL_PER_S, e.g. 3600/1')
  options.rateLimit = { limit: Number(m[1]), refillPerSecond: Number(m[2]) }
}

HetznerEmulator.start(options).then(
  (emu) => {
    console.log(`hcloud-emulator listening on ${emu.url}`)
    // The server runs on the addon's threads; this timer keeps the process alive.
    const keepAlive = setInterval(() => {}, 1 << 30)
    let stopping = false
    const stop = () => {
      if (stopping) return
      stopping = true
      emu.stop().then(() => {
        clearInterval(keepAlive)
        console.log('hcloud-emulator stopped')
        process.exit(0)
      })
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  },
  (e) => {
    console.error(`hcloud-emulator: ${e.message}`)
    process.exit(1)
  },
)
