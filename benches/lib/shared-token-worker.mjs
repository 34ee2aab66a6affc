// A benchmark worker for the shared-token workload: the test's worker for hcloud-native, or the
// same loop with the baseline client (fetch + exponential-backoff, as the plan wrote it) when
// HCLOUD_BENCH_CONTENDER=baseline.
if (process.env.HCLOUD_BENCH_CONTENDER !== 'baseline') {
  await import('../../__test__/fixtures/budget-worker.mjs')
} else {
  const { default: baseline } = await import('../contenders/baseline.mjs')
  const [url, token, serverId, calls, concurrency] = process.argv.slice(2)
  const client = baseline.create({ baseUrl: url, token })
  const codes = {}
  let ok = 0
  let next = 0
  const started = Date.now()
  await Promise.all(
    Array.from({ length: +concurrency }, async () => {
      while (next < +calls) {
        next++
        try {
          await client.getServer(serverId)
          ok++
        } catch (e) {
          const code = e?.code ?? e?.status ?? 'error'
          codes[code] = (codes[code] ?? 0) + 1
        }
      }
    }),
  )
  console.log(JSON.stringify({ ok, codes, ms: Date.now() - started, warnings: [] }))
}
