// waitForAction and waitForActions: success, failure, timeout, abort and progress.
import assert from 'node:assert/strict'

import { after, before, describe, test } from './harness.mjs'
import { clientFor, rejection, serverParams, startEmulator } from './helpers.mjs'

describe('waiting for actions', () => {
  let emu
  let client
  before(async () => {
    emu = await startEmulator({ actionDurationMs: 300 })
    client = clientFor(emu)
  })
  after(async () => emu.stop())

  test('resolves with the finished action and reports progress', async () => {
    const { action } = await client.createServer(serverParams('wait-ok'))
    const seen = []
    const done = await client.waitForAction(action.id, { onProgress: (a) => seen.push(a.progress) })
    assert.equal(done.status, 'success')
    assert.equal(done.progress, 100)
    assert.ok(done.finished)
    assert.ok(seen.length >= 1)
    assert.equal(seen.at(-1), 100)
  })

  test('rejects with the action error code and the action attached', async () => {
    await emu.failNextActions('create_server', 1, 'image_broken', 'the image could not be written')
    const { action } = await client.createServer(serverParams('wait-fail'))
    const e = await rejection(client.waitForAction(action))
    assert.equal(e.code, 'image_broken')
    assert.equal(e.action.id, action.id)
    assert.equal(e.action.status, 'error')
    assert.match(e.message, /the image could not be written/)
  })

  test('rejects with wait_timeout when the action outlives timeoutMs', async () => {
    const slow = await startEmulator({ actionDurationMs: 60_000 })
    try {
      const c = clientFor(slow)
      const { action } = await c.createServer(serverParams('wait-slow'))
      const started = Date.now()
      const e = await rejection(c.waitForAction(action, { timeoutMs: 150 }))
      assert.equal(e.code, 'wait_timeout')
      assert.ok(Date.now() - started < 1000)
    } finally {
      await slow.stop()
    }
  })

  test('rejects with aborted when the signal fires', async () => {
    const slow = await startEmulator({ actionDurationMs: 60_000 })
    try {
      const c = clientFor(slow)
      const { action } = await c.createServer(serverParams('wait-abort'))
      const ac = new AbortController()
      setTimeout(() => ac.abort(), 50)
      const started = Date.now()
      const e = await rejection(c.waitForAction(action, { signal: ac.signal }))
      assert.equal(e.code, 'aborted')
      assert.ok(Date.now() - started < 500)
      const pre = new AbortController()
      pre.abort()
      assert.equal((await rejection(c.waitForAction(action, { signal: pre.signal }))).code, 'aborted')
    } finally {
      await slow.stop()
    }
  })

  test('waitForActions waits for several actions with batched polls', async () => {
    const created = await Promise.all([1, 2, 3, 4].map((i) => client.createServer(serverParams(`batch-${i}`))))
    const before = (await emu.requests()).length
    const done = await client.waitForActions(created.map((c) => c.action))
    assert.deepEqual(
      done.map((a) => a.id),
      created.map((c) => c.action.id),
    )
    assert.ok(done.every((a) => a.status === 'success'))
    const polls = (await emu.requests()).slice(before).filter((r) => r.path === '/v1/actions')
    assert.ok(polls.length >= 1)
    assert.ok(polls.every((r) => r.query.split('&').filter((p) => p.startsWith('id=')).length <= 25))
    assert.ok(polls.some((r) => r.query.split('&').filter((p) => p.startsWith('id=')).length > 1), 'ids are batched')
  })
})
