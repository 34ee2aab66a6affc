//! `hcloud-bench-ceiling`: the benchmark's ceiling contender.
//!
//! It sends the same HTTP requests as the benchmark workloads with a plain
//! `reqwest::Client` and no JavaScript at all, and prints one JSON line with
//! the result. See `benches/README.md` for the workloads and the CLI.

use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use reqwest::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE, HeaderMap, HeaderValue};
use serde_json::{Value, json};

const USAGE: &str = "\
usage: hcloud-bench-ceiling --base-url URL --token T --workload get1|get64|listall|provision [options]

options:
  --base-url URL         API base, e.g. http://127.0.0.1:8080/v1 (required)
  --token T              Bearer token (required; any value for the emulator)
  --workload W           get1 | get64 | listall | provision (required)
  --duration-s N         seconds to run get1/get64 (default 10)
  --warmup-s N           seconds of unmeasured get requests first (default 0)
  --server-id ID         server id for get1/get64 (default 1)
  --concurrency N        tasks for get64 (default 64)
  --per-page N           page size for listall (default 50)
  --count N              servers to create for provision (default 200)
  --poll-ms N            wait before each GET /actions/{id} poll (default 1000)
  --server-type NAME     server_type for provision (default cx22)
  --image NAME           image for provision (default ubuntu-24.04)
  --timeout-s N          give up on listall/provision after N seconds (default 600)
";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Workload {
    Get1,
    Get64,
    ListAll,
    Provision,
}

#[derive(Debug, Clone)]
struct Args {
    base_url: String,
    token: String,
    workload: Workload,
    duration: Duration,
    warmup: Duration,
    server_id: u64,
    concurrency: usize,
    per_page: u64,
    count: usize,
    poll: Duration,
    server_type: String,
    image: String,
    timeout: Duration,
}

fn parse_num<T: std::str::FromStr>(flag: &str, value: &str) -> Result<T, String> {
    value.parse::<T>().map_err(|_| format!("{flag}: invalid number {value:?}"))
}

fn parse_secs(flag: &str, value: &str) -> Result<Duration, String> {
    let secs: f64 = parse_num(flag, value)?;
    if !secs.is_finite() || secs < 0.0 {
        return Err(format!("{flag}: must be >= 0"));
    }
    Ok(Duration::from_secs_f64(secs))
}

fn parse_args(mut argv: impl Iterator<Item = String>) -> Result<Args, String> {
    let mut base_url = None;
    let mut token = None;
    let mut workload = None;
    let mut args = Args {
        base_url: String::new(),
        token: String::new(),
        workload: Workload::Get1,
        duration: Duration::from_secs(10),
        warmup: Duration::ZERO,
        server_id: 1,
        concurrency: 64,
        per_page: 50,
        count: 200,
        poll: Duration::from_millis(1000),
        server_type: "cx22".to_owned(),
        image: "ubuntu-24.04".to_owned(),
        timeout: Duration::from_secs(600),
    };

    while let Some(flag) = argv.next() {
        if flag == "-h" || flag == "--help" {
            return Err(String::new());
        }
        // Accept both `--flag value` and `--flag=value`.
        let (name, inline) = match flag.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n.to_owned(), Some(v.to_owned())),
            _ => (flag.clone(), None),
        };
        let mut value = || -> Result<String, String> {
            match &inline {
                Some(v) => Ok(v.clone()),
                None => argv.next().ok_or_else(|| format!("{name}: missing value")),
            }
        };
        match name.as_str() {
            "--base-url" => base_url = Some(value()?),
            "--token" => token = Some(value()?),
            "--workload" => {
                workload = Some(match value()?.as_str() {
                    "get1" => Workload::Get1,
                    "get64" => Workload::Get64,
                    "listall" => Workload::ListAll,
                    "provision" => Workload::Provision,
                    other => return Err(format!("--workload: unknown workload {other:?}")),
                })
            }
            "--duration-s" => args.duration = parse_secs(&name, &value()?)?,
            "--warmup-s" => args.warmup = parse_secs(&name, &value()?)?,
            "--server-id" => args.server_id = parse_num(&name, &value()?)?,
            "--concurrency" => args.concurrency = parse_num(&name, &value()?)?,
            "--per-page" => args.per_page = parse_num(&name, &value()?)?,
            "--count" => args.count = parse_num(&name, &value()?)?,
            "--poll-ms" => args.poll = Duration::from_millis(parse_num(&name, &value()?)?),
            "--server-type" => args.server_type = value()?,
            "--image" => args.image = value()?,
            "--timeout-s" => args.timeout = parse_secs(&name, &value()?)?,
            other => return Err(format!("unknown argument {other:?}")),
        }
    }

    args.base_url = base_url.ok_or("--base-url is required")?.trim_end_matches('/').to_owned();
    args.token = token.ok_or("--token is required")?;
    args.workload = workload.ok_or("--workload is required")?;
    if args.concurrency == 0 || args.per_page == 0 {
        return Err("--concurrency and --per-page must be > 0".to_owned());
    }
    Ok(args)
}

/// Shared state: one reqwest client (one connection pool) for every task.
struct Ctx {
    http: reqwest::Client,
    base_url: String,
    requests: AtomicU64,
}

impl Ctx {
    fn new(args: &Args) -> Result<Self, String> {
        let mut headers = HeaderMap::new();
        let auth = HeaderValue::from_str(&format!("Bearer {}", args.token)).map_err(|e| format!("--token: {e}"))?;
        headers.insert(AUTHORIZATION, auth);
        headers.insert(ACCEPT, HeaderValue::from_static("application/json"));
        let http = reqwest::Client::builder()
            .default_headers(headers)
            // Loopback benchmark: never route through an env-configured proxy.
            .no_proxy()
            .tcp_nodelay(true)
            .build()
            .map_err(|e| format!("building reqwest client: {e}"))?;
        Ok(Self { http, base_url: args.base_url.clone(), requests: AtomicU64::new(0) })
    }

    /// One request; the whole body is read and parsed as JSON (as the JS
    /// clients do). Non-2xx answers are errors.
    async fn call(&self, method: reqwest::Method, path: &str, body: Option<&Value>) -> Result<Value, String> {
        self.requests.fetch_add(1, Ordering::Relaxed);
        let url = format!("{}{}", self.base_url, path);
        let mut req = self.http.request(method.clone(), &url);
        if let Some(body) = body {
            let bytes = serde_json::to_vec(body).map_err(|e| e.to_string())?;
            req = req.header(CONTENT_TYPE, HeaderValue::from_static("application/json")).body(bytes);
        }
        let resp = req.send().await.map_err(|e| format!("{method} {path}: {e}"))?;
        let status = resp.status();
        let bytes = resp.bytes().await.map_err(|e| format!("{method} {path}: reading body: {e}"))?;
        if !status.is_success() {
            let text = String::from_utf8_lossy(&bytes);
            let snippet: String = text.chars().take(200).collect();
            return Err(format!("{method} {path}: HTTP {status}: {snippet}"));
        }
        serde_json::from_slice(&bytes).map_err(|e| format!("{method} {path}: bad JSON: {e}"))
    }

    async fn get(&self, path: &str) -> Result<Value, String> {
        self.call(reqwest::Method::GET, path, None).await
    }
}

fn percentile_ms(sorted_us: &[u64], p: f64) -> f64 {
    if sorted_us.is_empty() {
        return 0.0;
    }
    // Nearest-rank percentile.
    let rank = ((p / 100.0) * sorted_us.len() as f64).ceil() as usize;
    let idx = rank.clamp(1, sorted_us.len()) - 1;
    sorted_us[idx] as f64 / 1000.0
}

/// A result line: keys in the order they are printed.
type Report = Vec<(&'static str, Value)>;

/// One JSON object on one line, keys in the given order (serde_json's own
/// map would sort them, and its `preserve_order` feature would change the
/// whole workspace's serde_json).
fn report_line(report: &Report) -> String {
    let fields: Vec<String> = report.iter().map(|(k, v)| format!("{}:{v}", Value::from(*k))).collect();
    format!("{{{}}}", fields.join(","))
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// GET /servers/{id} in a loop on `concurrency` tasks until `duration` is up.
/// Returns (latencies in µs of successful requests, error count, elapsed).
async fn get_loop(ctx: &Arc<Ctx>, server_id: u64, concurrency: usize, duration: Duration) -> (Vec<u64>, u64, Duration) {
    let path: Arc<str> = format!("/servers/{server_id}").into();
    let start = Instant::now();
    let deadline = start + duration;
    let mut tasks = Vec::with_capacity(concurrency);
    for _ in 0..concurrency {
        let ctx = Arc::clone(ctx);
        let path = Arc::clone(&path);
        tasks.push(tokio::spawn(async move {
            let mut lat = Vec::with_capacity(1 << 16);
            let mut errors = 0u64;
            let mut first_error: Option<String> = None;
            while Instant::now() < deadline {
                let t0 = Instant::now();
                match ctx.get(&path).await {
                    Ok(v) if v.get("server").is_some() => lat.push(t0.elapsed().as_micros() as u64),
                    Ok(_) => {
                        errors += 1;
                        first_error.get_or_insert_with(|| "response has no `server`".to_owned());
                    }
                    Err(e) => {
                        errors += 1;
                        first_error.get_or_insert(e);
                    }
                }
            }
            (lat, errors, first_error)
        }));
    }
    let mut all = Vec::new();
    let mut errors = 0;
    for t in tasks {
        let (lat, errs, first_error) = t.await.expect("get task panicked");
        all.extend(lat);
        errors += errs;
        if let Some(e) = first_error {
            eprintln!("hcloud-bench-ceiling: error: {e}");
        }
    }
    (all, errors, start.elapsed())
}

async fn run_get(ctx: Arc<Ctx>, args: &Args, name: &str, concurrency: usize) -> Result<Report, String> {
    if !args.warmup.is_zero() {
        let _ = get_loop(&ctx, args.server_id, concurrency, args.warmup).await;
    }
    let (mut lat, errors, elapsed) = get_loop(&ctx, args.server_id, concurrency, args.duration).await;
    lat.sort_unstable();
    let secs = elapsed.as_secs_f64();
    let requests = lat.len() as u64;
    if requests == 0 {
        return Err(format!("{name}: no successful request ({errors} errors)"));
    }
    Ok(vec![
        ("workload", json!(name)),
        ("requests", json!(requests)),
        ("seconds", json!(round3(secs))),
        ("rps", json!(round3(requests as f64 / secs))),
        ("p50_ms", json!(round3(percentile_ms(&lat, 50.0)))),
        ("p99_ms", json!(round3(percentile_ms(&lat, 99.0)))),
        ("concurrency", json!(concurrency)),
        ("errors", json!(errors)),
    ])
}

/// GET /servers?page=N&per_page=50 from page 1, following meta.pagination.next_page.
async fn run_listall(ctx: Arc<Ctx>, args: &Args) -> Result<Report, String> {
    let start = Instant::now();
    let mut servers = 0u64;
    let mut pages = 0u64;
    let mut page = Some(1u64);
    while let Some(p) = page {
        let v = ctx.get(&format!("/servers?page={p}&per_page={}", args.per_page)).await?;
        let list = v
            .get("servers")
            .and_then(Value::as_array)
            .ok_or_else(|| format!("page {p}: response has no `servers` array"))?;
        servers += list.len() as u64;
        pages += 1;
        page = v.pointer("/meta/pagination/next_page").and_then(Value::as_u64);
        if page == Some(p) {
            return Err(format!("page {p}: next_page points at itself"));
        }
    }
    Ok(vec![
        ("workload", json!("listall")),
        ("servers", json!(servers)),
        ("ms", json!(round3(start.elapsed().as_secs_f64() * 1000.0))),
        ("pages", json!(pages)),
        ("requests", json!(ctx.requests.load(Ordering::Relaxed))),
    ])
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ActionState {
    Running,
    Success,
    Error,
}

/// `(action.id, action.status)` of a create/get-action response.
fn action_state(v: &Value) -> Result<(u64, ActionState), String> {
    let action = v.get("action").ok_or("response has no `action`")?;
    let id = action.get("id").and_then(Value::as_u64).ok_or("response has no action.id")?;
    let state = match action.get("status").and_then(Value::as_str) {
        Some("success") => ActionState::Success,
        Some("error") => ActionState::Error,
        Some(_) => ActionState::Running,
        None => return Err(format!("action {id}: response has no action.status")),
    };
    Ok((id, state))
}

/// One server: POST /servers, then GET /actions/{id} (waiting `poll` before
/// each poll) until the action succeeded.
async fn provision_one(ctx: Arc<Ctx>, body: Value, poll: Duration) -> Result<(), String> {
    let created = ctx.call(reqwest::Method::POST, "/servers", Some(&body)).await?;
    let (id, mut state) = action_state(&created).map_err(|e| format!("POST /servers: {e}"))?;
    let path = format!("/actions/{id}");
    loop {
        match state {
            ActionState::Success => return Ok(()),
            ActionState::Error => return Err(format!("action {id} ended in error")),
            ActionState::Running => {}
        }
        tokio::time::sleep(poll).await;
        let v = ctx.get(&path).await?;
        state = action_state(&v).map_err(|e| format!("GET {path}: {e}"))?.1;
    }
}

async fn run_provision(ctx: Arc<Ctx>, args: &Args) -> Result<Report, String> {
    // Server names must be unique on the API; make them unique per run.
    let run_tag = format!(
        "{:x}{:x}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_millis() % 0xffff_ffff)
            .unwrap_or(0)
    );
    let start = Instant::now();
    let mut tasks = Vec::with_capacity(args.count);
    for i in 0..args.count {
        let body = json!({
            "name": format!("ceiling-{run_tag}-{i}"),
            "server_type": args.server_type,
            "image": args.image,
        });
        tasks.push(tokio::spawn(provision_one(Arc::clone(&ctx), body, args.poll)));
    }
    let mut failures = 0usize;
    let mut first_error = None;
    for t in tasks {
        match t.await {
            Ok(Ok(())) => {}
            Ok(Err(e)) => {
                failures += 1;
                first_error.get_or_insert(e);
            }
            Err(e) => {
                failures += 1;
                first_error.get_or_insert(format!("task failed: {e}"));
            }
        }
    }
    if let Some(e) = first_error {
        return Err(format!("{failures}/{} provisions failed; first: {e}", args.count));
    }
    Ok(vec![
        ("workload", json!("provision")),
        ("ms", json!(round3(start.elapsed().as_secs_f64() * 1000.0))),
        ("requests", json!(ctx.requests.load(Ordering::Relaxed))),
        ("servers", json!(args.count)),
        ("poll_ms", json!(args.poll.as_millis() as u64)),
    ])
}

async fn run(args: Args) -> Result<Report, String> {
    let ctx = Arc::new(Ctx::new(&args)?);
    match args.workload {
        Workload::Get1 => run_get(ctx, &args, "get1", 1).await,
        Workload::Get64 => run_get(ctx, &args, "get64", args.concurrency).await,
        Workload::ListAll => tokio::time::timeout(args.timeout, run_listall(ctx, &args))
            .await
            .map_err(|_| "listall: timed out".to_owned())?,
        Workload::Provision => tokio::time::timeout(args.timeout, run_provision(ctx, &args))
            .await
            .map_err(|_| "provision: timed out".to_owned())?,
    }
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(a) => a,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("hcloud-bench-ceiling: {e}");
            }
            eprint!("{USAGE}");
            return if e.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(2) };
        }
    };

    // reqwest is built with `rustls-no-provider` in this workspace: it panics
    // when building a Client unless a crypto provider is installed, even for
    // plain-http use. Install ring's (the workspace's rustls feature).
    let _ = rustls::crypto::ring::default_provider().install_default();

    let rt = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("hcloud-bench-ceiling: tokio runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match rt.block_on(run(args)) {
        Ok(v) => {
            println!("{}", report_line(&v));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("hcloud-bench-ceiling: {e}");
            ExitCode::FAILURE
        }
    }
}
