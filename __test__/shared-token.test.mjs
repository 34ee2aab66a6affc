// Several processes share one token, and so one bucket, that each sees only through the
// RateLimit-* headers: the adaptive budget must infer the others from how fast `Remaining`
// falls, lose no call, draw almost no 429s and use the refill almost fully.
import assert from 'node:assert/strict'

import { describe, runtime, test } from './harness.mjs'
import { sharedTokenRun } from './shared-token-run.mjs'

describe('9. processes sharing a token', () => {
  test(`4 processes x 300 calls, bucket 200 refilling 100/s (${runtime})`, async () => {
    const r = await sharedTokenRun()
    console.log(
      `shared token: ${r.ok}/${r.total} ok, ${r.requests} requests, ${r.rateLimited} 429s (${((100 * r.rateLimited) / r.requests).toFixed(1)}%), ${r.wallMs} ms against ${r.idealMs} ms ideal`,
    )
    assert.equal(r.ok, r.total, JSON.stringify(r.results))
    assert.ok(r.rateLimited <= 0.02 * r.requests, `${r.rateLimited} 429s in ${r.requests} requests`)
    assert.ok(r.wallMs <= 1.5 * r.idealMs, `${r.wallMs} ms against ${r.idealMs} ms ideal`)
  }, { timeout: 90_000 })
})
