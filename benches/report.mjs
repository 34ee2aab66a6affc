#!/usr/bin/env node
// Reads the JSON results of the Node run, the Bun run and the ceiling, and writes
// benches/results/latest.md (and prints it):
//   node benches/report.mjs [--node F] [--bun F] [--ceiling F] [--out F] [--addon F]
// Ratios are always `figure / reference figure` (the reference is the baseline of the same
// runtime, or the ceiling); each table says whether higher or lower is better.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { BENCH_DIR, REPO_ROOT, parseArgs } from './lib/common.mjs';

const RESULTS = path.join(BENCH_DIR, 'results');
const opts = parseArgs(process.argv.slice(2), {
  node: path.join(RESULTS, 'node.json'),
  bun: path.join(RESULTS, 'bun.json'),
  ceiling: path.join(RESULTS, 'ceiling.json'),
  out: path.join(RESULTS, 'latest.md'),
  // default: the figures the Node run recorded for the addon it loaded, else the repository's file
  addon: '',
});

const CONTENDERS = ['native', 'baseline', 'hcloud-js', 'hcloud-js+dc', 'baseline-8'];
const MiB = 1024 * 1024;

function load(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    return { error: `cannot read ${path.relative(REPO_ROOT, file)}: ${e.message}`, results: {} };
  }
}

const runs = [
  { key: 'node', label: 'Node', doc: load(opts.node) },
  { key: 'bun', label: 'Bun', doc: load(opts.bun) },
];
const ceilingDoc = load(opts.ceiling);

// ---------------------------------------------------------------------------------------------
// Formatting

const isNum = (x) => typeof x === 'number' && Number.isFinite(x);
function fmt(x, digits = 0) {
  if (!isNum(x)) return '—';
  return x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}
const ms = (x) => (isNum(x) ? (x < 1 ? fmt(x, 3) : x < 100 ? fmt(x, 2) : fmt(x, 0)) : '—');
const ratio = (a, b) => (isNum(a) && isNum(b) && b !== 0 ? `${(a / b).toFixed(2)}x` : '—');

function cell(runKey, workload, contender) {
  if (runKey === 'ceiling') return ceilingDoc.results?.[workload]?.ceiling;
  return runs.find((r) => r.key === runKey).doc.results?.[workload]?.[contender];
}

function table(headers, rows) {
  const lines = [`| ${headers.join(' | ')} |`, `| ${headers.map((h, i) => (i < 2 ? '---' : '---:')).join(' | ')} |`];
  for (const r of rows) lines.push(`| ${r.join(' | ')} |`);
  return lines.join('\n');
}

/**
 * One table: rows = runtime x contender (+ the ceiling when it ran the workload). `columns` are
 * { title, get(r) -> number|string, fmt?, vsBaseline?, vsCeiling? }.
 */
function workloadTable(workload, columns, { ceiling = true, contenders = CONTENDERS } = {}) {
  const headers = ['runtime', 'contender'];
  for (const c of columns) {
    headers.push(c.title);
    if (c.vsBaseline) headers.push(`${c.short ?? c.title} vs baseline`);
    if (c.vsCeiling && ceiling) headers.push(`${c.short ?? c.title} vs ceiling`);
  }
  const notes = [];
  const rows = [];
  const ceil = ceiling ? cell('ceiling', workload) : undefined;
  const addRow = (label, name, r, base) => {
    if (r === undefined) return;
    const row = [label, name];
    if (r.error) {
      notes.push(`${label} ${name}: ${r.error}`);
      row.push(`**failed** (note ${notes.length})`);
      for (let i = 3; i < headers.length; i++) row.push('—');
      rows.push(row);
      return;
    }
    let mark = '';
    if (r.errors || r.failed) {
      notes.push(`${label} ${name}: ${r.errors || r.failed} failed calls, first: ${r.first_error}`);
      mark = ` (note ${notes.length})`;
    }
    for (const c of columns) {
      const v = c.get(r);
      row.push((c.fmt ?? fmt)(v) + (c === columns[0] ? mark : ''));
      if (c.vsBaseline) row.push(base && !base.error && name !== 'ceiling' ? ratio(v, c.get(base)) : '—');
      if (c.vsCeiling && ceiling) row.push(ceil && !ceil.error ? ratio(v, c.get(ceil)) : '—');
    }
    rows.push(row);
  };
  for (const run of runs) {
    if (run.doc.error) continue;
    const base = cell(run.key, workload, 'baseline');
    for (const name of contenders) addRow(run.label, name, cell(run.key, workload, name), base);
  }
  if (ceiling && ceil) addRow('Rust', 'ceiling', ceil, undefined);
  let out = table(headers, rows);
  if (notes.length) out += '\n\n' + notes.map((n, i) => `${i + 1}. ${n}`).join('\n');
  return out;
}

// ---------------------------------------------------------------------------------------------
// Machine and the addon

function cpuModel() {
  try {
    const m = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) return m[1].trim();
  } catch {}
  return os.cpus()[0]?.model ?? 'unknown';
}

function osName() {
  let name = `${os.type()}`;
  try {
    const m = /^PRETTY_NAME="?([^"\n]+)"?/m.exec(readFileSync('/etc/os-release', 'utf8'));
    if (m) name = m[1];
  } catch {}
  return `${name}, kernel ${os.release()} (${os.arch()})`;
}

function addonSize() {
  if (!opts.addon) {
    const recorded = runs.map((r) => r.doc.addon).find((a) => a?.bytes && a.stripped_bytes);
    if (recorded) return { raw: recorded.bytes, stripped: recorded.stripped_bytes, file: recorded.file, recorded: true };
  }
  const file = opts.addon || path.join(REPO_ROOT, 'hcloud-native.linux-x64-gnu.node');
  if (!existsSync(file)) return { error: `${path.basename(file)} not found (run \`npm run build\`)` };
  const raw = statSync(file).size;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hcloud-strip-'));
  try {
    const copy = path.join(dir, path.basename(file));
    copyFileSync(file, copy);
    execFileSync('strip', [copy]);
    return { raw, stripped: statSync(copy).size, file: path.basename(file) };
  } catch (e) {
    return { raw, error: `strip failed: ${e.message}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Targets

const targets = [];
function target(text, ok, detail) {
  const status = ok === null ? 'n/a' : ok ? 'met' : 'missed';
  targets.push(`- **${status}**: ${text}: ${detail}`);
}
const get = (runKey, workload, contender, field) => {
  const r = cell(runKey, workload, contender);
  return r && !r.error ? r[field] : undefined;
};
function compare(text, runKey, workload, field, cmp, factor, unit, reference = 'baseline') {
  const a = get(runKey, workload, 'native', field);
  const b = get(runKey, workload, reference, field);
  if (!isNum(a) || !isNum(b)) return target(text, null, 'no figure (see the tables)');
  const f = unit === 'ms' ? ms : fmt;
  let spread = '';
  const [rn, rb] = [cell(runKey, workload, 'native'), cell(runKey, workload, reference)];
  if (field === 'rps' && rn.rounds_rps?.length && rn.rounds_rps.length === rb.rounds_rps?.length) {
    // the rounds are interleaved, so round i of both ran under the same conditions
    const ahead = rn.rounds_rps.filter((x, i) => x > rb.rounds_rps[i]).length;
    spread = ` (native ahead in ${ahead} of ${rn.rounds_rps.length} interleaved rounds)`;
  } else if (rn.runs_ms?.length && rb.runs_ms?.length) {
    const range = (v) => `${ms(Math.min(...v))}-${ms(Math.max(...v))}`;
    spread = ` (runs: native ${range(rn.runs_ms)} ms, ${reference} ${range(rb.runs_ms)} ms)`;
  }
  target(text, cmp(a, b * factor), `native ${f(a)} ${unit} vs ${reference} ${f(b)} ${unit} = ${ratio(a, b)}${spread}`);
}

function buildTargets(size) {
  compare('Node get64 ≥ 1.5x baseline req/s', 'node', 'get64', 'rps', (a, b) => a >= b, 1.5, 'req/s');
  compare('Node get1 p50 ≤ baseline p50', 'node', 'get1', 'p50_ms', (a, b) => a <= b, 1, 'ms');
  compare('Bun get1 ≥ 1.0x baseline req/s', 'bun', 'get1', 'rps', (a, b) => a >= b, 1, 'req/s');
  compare('Bun get64 ≥ 1.0x baseline req/s', 'bun', 'get64', 'rps', (a, b) => a >= b, 1, 'req/s');
  const ceil = ceilingDoc.results?.get64?.ceiling;
  for (const run of runs) {
    const a = get(run.key, 'get64', 'native', 'rps');
    if (!isNum(a) || !ceil || ceil.error) target(`${run.label} native get64 ≥ 0.6x ceiling req/s`, null, 'no figure');
    else target(`${run.label} native get64 ≥ 0.6x ceiling req/s`, a >= 0.6 * ceil.rps, `native ${fmt(a)} req/s vs ceiling ${fmt(ceil.rps)} req/s = ${ratio(a, ceil.rps)}`);
  }
  for (const run of runs) compare(`${run.label} native listall no slower than baseline`, run.key, 'listall', 'ms', (a, b) => a <= b, 1, 'ms');
  for (const run of runs) {
    compare(`${run.label} native listall no slower than baseline-8 (8 pages in flight)`, run.key, 'listall', 'ms', (a, b) => a <= b, 1, 'ms', 'baseline-8');
  }
  if (size.stripped === undefined) target('.node ≤ 6 MB stripped', null, size.error);
  else {
    const mib = size.stripped <= 6 * MiB;
    const mb = size.stripped <= 6e6;
    target(
      '.node ≤ 6 MB stripped',
      mib && mb ? true : !mib && !mb ? false : true,
      `${fmt(size.stripped)} bytes = ${(size.stripped / MiB).toFixed(2)} MiB = ${(size.stripped / 1e6).toFixed(2)} MB` +
        (mib && !mb ? ' (met only if "MB" means MiB, 6,291,456 bytes)' : ''),
    );
  }
  for (const run of runs) {
    const a = get(run.key, 'startup', 'native', 'import_ms');
    target(`${run.label} native import < 30 ms`, isNum(a) ? a < 30 : null, isNum(a) ? `${fmt(a, 2)} ms (median of ${run.doc.settings?.startupRuns ?? 5} fresh processes)` : 'no figure');
  }
  for (const run of runs) {
    const r = cell(run.key, 'memory', 'native');
    const [first, last] = [r?.readings?.[1], r?.readings?.[r.readings.length - 1]];
    const text = `${run.label} native memory growth ${first ? `${fmt(first.calls / 1000)}k → ${fmt(last.calls / 1000)}k` : '10k → 100k'} calls ≤ 10 MB`;
    if (!r || r.error || !first) target(text, null, r?.error ?? 'no figure');
    else target(text, r.growth_mb <= 10, `RSS ${fmt(first.rss_mb, 1)} MB → ${fmt(last.rss_mb, 1)} MB = ${r.growth_mb >= 0 ? '+' : ''}${fmt(r.growth_mb, 1)} MB`);
  }
}

// ---------------------------------------------------------------------------------------------

function main() {
  const size = addonSize();
  buildTargets(size);
  const s = runs.find((r) => r.doc.settings)?.doc.settings ?? {};
  const version = (run) => (run.doc.error ? `not run (${run.doc.error})` : run.doc.runtime);
  const out = [];
  out.push('# hcloud-native benchmarks', '');
  out.push(`Generated ${new Date().toISOString()} by \`benches/report.mjs\` from \`${path.relative(REPO_ROOT, opts.node)}\`, \`${path.relative(REPO_ROOT, opts.bun)}\` and \`${path.relative(REPO_ROOT, opts.ceiling)}\`.`, '');
  out.push('| | |', '| --- | --- |');
  out.push(`| CPU | ${cpuModel()} |`);
  out.push(`| cores | ${os.cpus().length} |`);
  out.push(`| memory | ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB |`);
  out.push(`| OS | ${osName()} |`);
  out.push(`| Node | ${version(runs[0])} |`);
  out.push(`| Bun | ${version(runs[1])} |`);
  const other = (d) => d.other_cpu_percent?.whole_run;
  const when = (d) =>
    d.date
      ? `${d.date.replace('T', ' ').slice(0, 19)} UTC${isNum(other(d)) ? `, other processes used ${fmt(other(d), 1)}% of the CPU meanwhile` : ''}`
      : 'not run';
  out.push(`| runs | Node ${when(runs[0].doc)}; Bun ${when(runs[1].doc)}; ceiling ${when(ceilingDoc)} |`);
  out.push(`| emulator | \`hcloud-emulator ${s.emulator ?? '?'}\`, one process per run, all on 127.0.0.1 |`);
  out.push(
    `| settings | get1/get64: ${s.warmupS ?? '?'} s warm-up + ${s.durationS ?? '?'} s; listall: ${fmt(s.servers)} servers, 50 per page, 1 warm-up + median of ${s.listallRuns ?? '?'}; provision: ${s.provisions ?? '?'} in parallel, pollIntervalMs ${s.pollMs ?? '?'}; startup: median of ${s.startupRuns ?? '?'}; memory: ${s.memoryCalls ?? '?'} calls, concurrency ${s.memoryConcurrency ?? '?'} |`,
  );
  if (size.stripped !== undefined) {
    out.push(`| addon | \`${size.file}\` (the file the runs loaded): ${fmt(size.raw)} bytes as built, ${fmt(size.stripped)} bytes (${(size.stripped / MiB).toFixed(2)} MiB) after \`strip\` |`);
  }
  out.push('');
  for (const run of runs) {
    if (run.doc.warning) out.push(`> **Warning (${run.label} run):** ${run.doc.warning}`, '');
    if (run.doc.addon?.debug_build || run.doc.addon?.bytes > 30e6) out.push(`> **Warning:** the ${run.label} run loaded a ${fmt(run.doc.addon.bytes)}-byte addon: a debug build, not release.`, '');
  }
  const [a1, a2] = runs.map((r) => r.doc.addon);
  if (a1?.sha256 && a2?.sha256 && a1.sha256 !== a2.sha256) {
    out.push(`> **Warning:** the Node and Bun runs loaded different builds of the addon (${fmt(a1.bytes)} and ${fmt(a2.bytes)} bytes).`, '');
  }
  if (opts.addon && a1?.bytes && size.raw && a1.bytes !== size.raw) {
    out.push(`> **Warning:** the runs loaded a ${fmt(a1.bytes)}-byte addon, but the size is measured on ${opts.addon} (${fmt(size.raw)} bytes).`, '');
  }
  if (ceilingDoc.error) out.push(`> The ceiling did not run: ${ceilingDoc.error}`, '');
  for (const run of runs) {
    const busy = Object.entries(run.doc.other_cpu_percent ?? {}).filter(([k, v]) => k !== 'whole_run' && v > 10);
    if (busy.length) {
      out.push(
        `> **Note (${run.label} run):** other processes on this machine used ${busy.map(([k, v]) => `${v}% of the CPU during ${k}`).join(', ')}; those figures are less reliable.`,
        '',
      );
    }
  }
  const drops = [];
  for (const run of [...runs.map((r) => ({ label: r.label, res: r.doc.results ?? {} })), { label: 'Rust', res: ceilingDoc.results ?? {} }]) {
    for (const [w, byName] of Object.entries(run.res)) {
      for (const [name, r] of Object.entries(byName ?? {})) if (r?.listen_drops > 0) drops.push(`${run.label} ${name} ${w}: ${r.listen_drops}`);
    }
  }
  if (drops.length) {
    out.push(
      `> **Listen-queue drops:** the kernel dropped connection attempts to the emulator because its listen queue was full (${drops.join('; ')}). The emulator listens with tokio's default backlog of 128; a client that opens ~200 connections at once can overflow it when the emulator is slow to accept, and the kernel then retries the handshake 0.2-1 s later, which can add up to about 1 s to that workload's wall time (see \`timeline_ms\` in the JSON). That is a limit of the emulator, not of the client. The counter is system-wide, so drops caused by other processes are counted too.`,
      '',
    );
  }

  out.push(
    'Ratios are `figure / reference`: "vs baseline" divides by the baseline of the same runtime, "vs ceiling" by the Rust',
    'ceiling (no JavaScript, same emulator settings). For req/s higher is better; for ms, requests and MB lower is better.',
    '`hcloud-js+dc` is hcloud-js with a shim that adds the `datacenter` field it needs (see the notes at the end).',
    '',
  );

  const rounds = (r) => (r.rounds_rps ?? []).map((x) => fmt(x)).join(' / ');
  const getHow = `${s.durationS ?? 3} s per contender after a ${s.warmupS ?? 1} s warm-up, in ${s.getRounds ?? 3} rounds interleaved across the contenders (order rotating), pooled.`;
  out.push('## get1: one `getServer` at a time', '', `Higher req/s is better; lower latency is better. Latency = call to resolved promise (body parsed). ${getHow}`, '');
  out.push(
    workloadTable('get1', [
      { title: 'req/s', get: (r) => r.rps, vsBaseline: true, vsCeiling: true },
      { title: 'p50 ms', short: 'p50', get: (r) => r.p50_ms, fmt: ms, vsBaseline: true, vsCeiling: true },
      { title: 'p99 ms', get: (r) => r.p99_ms, fmt: ms },
      { title: 'req/s per round', get: rounds, fmt: (x) => x || '—' },
    ]),
    '',
  );

  out.push('## get64: 64 concurrent `getServer` loops', '', `Higher req/s is better. ${getHow}`, '');
  out.push(
    workloadTable('get64', [
      { title: 'req/s', get: (r) => r.rps, vsBaseline: true, vsCeiling: true },
      { title: 'p50 ms', get: (r) => r.p50_ms, fmt: ms },
      { title: 'p99 ms', get: (r) => r.p99_ms, fmt: ms },
      { title: 'req/s per round', get: rounds, fmt: (x) => x || '—' },
    ]),
    '',
  );

  out.push(`## listall: list all ${fmt(s.servers ?? 5000)} servers (100 pages of 50)`, '', 'Median wall time of the runs; lower is better. Every run is checked to count every server.', '');
  out.push(
    workloadTable('listall', [
      { title: 'ms', get: (r) => r.ms, fmt: ms, vsBaseline: true, vsCeiling: true },
      { title: 'runs ms', get: (r) => (r.runs_ms ?? []).map((x) => ms(x)).join(' / '), fmt: (x) => x || '—' },
      { title: 'servers', get: (r) => r.servers },
      { title: 'requests/run', get: (r) => r.requests_per_run ?? r.requests ?? r.pages },
    ]),
    '',
  );

  out.push(
    `## provision: ${s.provisions ?? 200} parallel createServer + wait for the create_server action`,
    '',
    `Wall time and API requests counted in the emulator's request log; lower is better. Each action takes ${((s.actionDurationMs ?? 5000) / (s.timeScale ?? 10) / 1000).toFixed(2)} s of real time; every contender polls with ${s.pollMs ?? 500} ms.`,
    '',
  );
  const ops = (r) =>
    Object.entries(r.by_operation ?? {})
      .map(([k, v]) => `${k}: ${fmt(v)}`)
      .join(', ') || '—';
  out.push(
    workloadTable('provision', [
      { title: 'wall ms', short: 'wall', get: (r) => r.ms, fmt: ms, vsBaseline: true, vsCeiling: true },
      { title: 'requests', get: (r) => r.requests, vsBaseline: true, vsCeiling: true },
      { title: 'requests by operation', get: ops, fmt: (x) => x },
      { title: 'listen drops', get: (r) => r.listen_drops },
    ]),
    '',
  );

  out.push(
    '## startup: import in a fresh process',
    '',
    'Median over fresh processes of the same runtime: `import_ms` is the dynamic `import()` of the contender\'s adapter (which loads the client package, for native the `.node` addon); "process ready" is the time from process start to the end of that import. Lower is better. The ceiling has no runtime.',
    '',
  );
  out.push(
    workloadTable(
      'startup',
      [
        { title: 'import ms', short: 'import', get: (r) => r.import_ms, fmt: ms, vsBaseline: true },
        { title: 'process ready ms', get: (r) => r.ready_ms, fmt: ms },
      ],
      { ceiling: false },
    ),
    '',
  );

  const [m1, m2] = String(s.memoryCalls ?? '10000,100000').split(',').map((x) => Number(x) / 1000);
  out.push(
    `## memory: RSS after ${fmt(m1 * 1000)} and ${fmt(m2 * 1000)} getServer calls`,
    '',
    `A fresh child process per contender (Node with \`--expose-gc\`); a full GC runs before each reading. "growth" = RSS after ${fmt(m2)}k − RSS after ${fmt(m1)}k calls; lower is better.`,
    '',
  );
  out.push(
    workloadTable(
      'memory',
      [
        { title: `RSS ${m1}k MB`, get: (r) => r[`rss_${m1}k_mb`], fmt: (x) => fmt(x, 1) },
        { title: `RSS ${m2}k MB`, short: `RSS ${m2}k`, get: (r) => r[`rss_${m2}k_mb`], fmt: (x) => fmt(x, 1), vsBaseline: true },
        { title: 'growth MB', get: (r) => r.growth_mb, fmt: (x) => fmt(x, 1) },
        { title: 'heap growth MB', get: (r) => r.heap_growth_mb, fmt: (x) => fmt(x, 1) },
        { title: 'calls/s', get: (r) => r.calls_per_s },
      ],
      { ceiling: false },
    ),
    '',
  );

  out.push('## Targets', '');
  out.push(...targets, '');

  const hcloudJsErrors = runs.flatMap((run) => Object.values(run.doc.results ?? {}).map((w) => w?.['hcloud-js']?.error).filter(Boolean));
  out.push('## Notes', '');
  if (hcloudJsErrors.some((e) => /datacenter|reading 'id'/.test(e))) {
    out.push(
      '- **hcloud-js** builds each server with `new Datacenter(server.datacenter)`, which reads `datacenter.id` and',
      '  `datacenter.location` unchecked. The emulator returns servers as the current API document describes them, with',
      '  `location` and no `datacenter` (Hetzner deprecated that field), so every hcloud-js call that returns a server',
      '  rejects with a `TypeError` (for `createServer` after the server was created). Its startup figure is still valid.',
    );
  } else if (hcloudJsErrors.length) {
    out.push(`- **hcloud-js** failed: ${hcloudJsErrors[0]}`);
  }
  out.push(
    '- **hcloud-js+dc** is the `hcloud-js` adapter with one extra axios response interceptor that adds a `datacenter`',
    '  object (built from `location`) to each server that lacks one, so its throughput can be measured; the shim\'s own',
    '  work is included in its figures.',
    '- All processes (emulator, contenders, ceiling) share the same cores, so every figure includes the emulator\'s share',
    '  of the CPU; compare ratios from one run, not absolute numbers across machines.',
    '',
  );

  const md = out.join('\n');
  writeFileSync(opts.out, md);
  process.stdout.write(md);
}

main();
