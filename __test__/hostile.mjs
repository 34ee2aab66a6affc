// A scripted HTTP server on loopback that misbehaves on purpose: each test gives it a handler
// `(req, res, body) => void` and reads back what it received. Runs under Node and Bun.
import http from 'node:http'

export async function startHostile(handler) {
  const received = []
  const sockets = new Set()
  const server = http.createServer((req, res) => {
    const chunks = []
    req.on('data', (c) => chunks.push(c))
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8')
      received.push({ method: req.method, url: req.url, headers: req.headers, body })
      try {
        handler(req, res, body)
      } catch (e) {
        res.statusCode = 599
        res.end(String(e))
      }
    })
  })
  server.on('connection', (s) => {
    sockets.add(s)
    s.on('close', () => sockets.delete(s))
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address()
  return {
    url: `http://127.0.0.1:${port}/v1`,
    origin: `http://127.0.0.1:${port}`,
    received,
    /** The underlying `http.Server` (e.g. to set `keepAliveTimeout`). */
    httpServer: server,
    /** Connections open right now. */
    openConnections: () => sockets.size,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy()
        server.close(() => resolve())
      }),
  }
}

/** Sends a JSON answer with optional extra headers. */
export function json(res, status, value, headers = {}) {
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  res.writeHead(status, { 'content-type': 'application/json', ...headers })
  res.end(text)
}

/** A server object as the API sends it (the fields the client reads). */
export function serverObject(id, extra = {}) {
  return {
    id,
    name: `srv-${id}`,
    status: 'running',
    created: '2026-11-26T00:00:00+00:00',
    labels: {},
    server_type: { name: 'cx22' },
    image: { name: 'ubuntu-24.04' },
    ...extra,
  }
}

export function actionObject(id, extra = {}) {
  return {
    id,
    command: 'create_server',
    status: 'running',
    progress: 0,
    started: '2026-11-26T00:00:00+00:00',
    finished: null,
    resources: [],
    error: null,
    ...extra,
  }
}
