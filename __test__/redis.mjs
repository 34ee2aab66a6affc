// Starts a real redis-server on a free loopback port for a test, and stops it.
import { spawn, spawnSync } from 'node:child_process'
import { createServer } from 'node:net'

export function redisAvailable() {
  return spawnSync('redis-server', ['--version']).status === 0
}

async function freePort() {
  const srv = createServer()
  await new Promise((r) => srv.listen(0, '127.0.0.1', r))
  const { port } = srv.address()
  await new Promise((r) => srv.close(r))
  return port
}

/** A redis-server without persistence; `restart()` brings it back on the same port. */
export async function startRedis() {
  const port = await freePort()
  let proc
  const launch = async () => {
    proc = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    })
    for (let i = 0; i < 100; i++) {
      if (spawnSync('redis-cli', ['-p', String(port), 'ping']).stdout?.toString().trim() === 'PONG') return
      await new Promise((r) => setTimeout(r, 50))
    }
    throw new Error('redis-server did not start')
  }
  await launch()
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    cli: (...args) => spawnSync('redis-cli', ['-p', String(port), ...args]).stdout.toString().trim(),
    stop: async () => {
      proc.kill('SIGKILL')
      await new Promise((r) => proc.once('exit', r))
    },
    restart: launch,
  }
}
