// The proxies the environment names, as a user of the package meets them: a child process (the
// same runtime as this test) makes a client with HTTP_PROXY / HTTPS_PROXY / NO_PROXY set, and a
// scripted proxy on loopback records what arrives. Proxies are read once per process, hence the
// child.
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import net from 'node:net'

import { after, before, describe, test } from './harness.mjs'
import { json, serverObject, startHostile } from './hostile.mjs'

const INDEX = new URL('../index.js', import.meta.url).pathname

function runChild(script, env) {
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } })
  let out = ''
  child.stdout.on('data', (d) => (out += d))
  child.stderr.on('data', (d) => (out += d))
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, out })))
}

describe('proxies from the environment', () => {
  let proxy
  let connects = []
  before(async () => {
    // An http proxy: absolute-form requests are answered here; CONNECT is recorded and refused.
    proxy = await startHostile((req, res) => json(res, 200, { server: serverObject(7) }))
    proxy.httpServer.on('connect', (req, socket) => {
      connects.push({ url: req.url, auth: req.headers['proxy-authorization'] })
      socket.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n')
    })
  })
  after(() => proxy.close())

  test('http goes through HTTP_PROXY in absolute form with its credentials; https asks for a CONNECT tunnel; NO_PROXY is dialled directly', async () => {
    const proxyUrl = `http://user:s3cret@127.0.0.1:${new URL(proxy.url).port}`
    // A closed port for the NO_PROXY host: dialled directly, it refuses.
    const closed = net.createServer()
    await new Promise((resolve) => closed.listen(0, '127.0.0.2', resolve))
    const closedPort = closed.address().port
    await new Promise((resolve) => closed.close(resolve))
    const script = `
      const { HetznerClient } = require(${JSON.stringify(INDEX)})
      const opts = { apiToken: 'made-up-token', retry: { maxAttempts: 1 } }
      ;(async () => {
        const viaHttp = await new HetznerClient({ ...opts, baseUrl: 'http://api.example.test/v1' }).getServer(7)
        console.log('http ' + viaHttp.server.id)
        const tls = await new HetznerClient({ ...opts, baseUrl: 'https://api.example.test/v1' }).getServer(7).catch((e) => e)
        console.log('https ' + tls.code + ' ' + JSON.stringify(tls.message))
        const direct = await new HetznerClient({ ...opts, baseUrl: 'http://127.0.0.2:${closedPort}/v1' }).getServer(7).catch((e) => e)
        console.log('direct ' + direct.code + ' ' + JSON.stringify(direct.message))
      })()
    `
    const { code, out } = await runChild(script, {
      HTTP_PROXY: proxyUrl,
      HTTPS_PROXY: proxyUrl,
      NO_PROXY: '127.0.0.2',
      http_proxy: '',
      https_proxy: '',
      no_proxy: '',
      ALL_PROXY: '',
      all_proxy: '',
    })
    assert.equal(code, 0, out)
    assert.match(out, /^http 7$/m)
    assert.equal(proxy.received.length, 1, JSON.stringify(proxy.received))
    assert.equal(proxy.received[0].url, 'http://api.example.test/v1/servers/7')
    assert.equal(proxy.received[0].headers['proxy-authorization'], `Basic ${Buffer.from('user:s3cret').toString('base64')}`)
    assert.equal(proxy.received[0].headers.authorization, 'Bearer made-up-token')
    assert.match(out, /^https network_error .*proxy/m)
    assert.deepEqual(connects, [{ url: 'api.example.test:443', auth: `Basic ${Buffer.from('user:s3cret').toString('base64')}` }])
    assert.match(out, /^direct network_error .*could not connect/m)
    assert.ok(!out.includes('s3cret'), `the proxy password reached an error: ${out}`)
  })
})
