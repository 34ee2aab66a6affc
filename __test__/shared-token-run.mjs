// Several processes share one token: runs the budget workers against one emulator bucket and
// reports requests, 429s and wall time. Used by the shared-token test and the benchmark.
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

import { clientFor, serverParams, startEmulator } from './helpers.mjs'

const WORKER = fileURLToPath(new URL('./fixtures/budget-worker.mjs', import.meta.url))

function runWorker(runtime, worker, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(runtime, [worker, ...args], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } })
    let out = ''
    child.stdout.on('data', (d) => (out += d))
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop())) : reject(new Error(`worker exited ${code}`))))
  })
}

/**
 * `runtimes`: the executable of each worker (default: this runtime for all), so that Node and
 * Bun processes can share one bucket. `store`: a Redis URL the workers share their budget through.
 * `env`: extra environment of worker i, as a function of i. `worker`: the worker script (the
 * benchmark passes one that can also run a peer client); it takes the same arguments.
 */
export async function sharedTokenRun({
  processes = 4,
  calls = 300,
  concurrency = 16,
  limit = 200,
  refill = 100,
  runtimes,
  store,
  env = () => ({}),
  during,
  worker = WORKER,
} = {}) {
  const token = `shared-${Math.random().toString(36).slice(2)}-token`
  const emu = await startEmulator({ token, rateLimit: { limit, refillPerSecond: refill } })
  try {
    const setup = clientFor(emu, { apiToken: token })
    const { server } = await setup.createServer(serverParams('shared'))
    // Let the bucket fill up again before the run.
    await new Promise((r) => setTimeout(r, (2 * 1000) / refill + 100))
    const before = (await emu.requests()).length
    const started = Date.now()
    const results = await Promise.all(
      Array.from({ length: processes }, (_, i) =>
        runWorker(runtimes?.[i] ?? process.execPath, worker, [emu.url, token, String(server.id), String(calls), String(concurrency), store ?? ''], env(i)),
      ).concat(during ? [during().then(() => null)] : []),
    ).then((all) => all.filter((r) => r !== null))
    const wallMs = Date.now() - started
    const log = (await emu.requests()).slice(before)
    const total = processes * calls
    const t0 = log[0]?.at_ms ?? log[0]?.atMs ?? 0
    const histogram = {}
    for (const r of log) if (r.status === 429) {
      const b = Math.floor(((r.at_ms ?? r.atMs) - t0) / 250) * 250
      histogram[b] = (histogram[b] ?? 0) + 1
    }
    if (process.env.SHARED_TOKEN_DEBUG) console.log('429s by 250 ms:', JSON.stringify(histogram))
    return {
      results,
      wallMs,
      idealMs: (Math.max(0, total - limit) / refill) * 1000,
      requests: log.length,
      rateLimited: log.filter((r) => r.status === 429).length,
      ok: results.reduce((a, r) => a + r.ok, 0),
      total,
    }
  } finally {
    await emu.stop()
  }
}

