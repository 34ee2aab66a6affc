//! Connection handling and the per-request pipeline (faults, auth, rate limit, log).
//!
//! Connections are served by hand (accept loop + hyper-util) so that a fault can drop one:
//! every connection has a cancellation token, and cancelling it drops the connection.

use std::convert::Infallible;
use std::future::Future;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, RwLock, RwLockReadGuard, RwLockWriteGuard};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Body;
use axum::extract::MatchedPath;
use axum::response::Response;
use bytes::Bytes;
use http::{HeaderMap, HeaderName, HeaderValue, Request, StatusCode, header};
use http_body::{Frame, SizeHint};
use hyper::body::Incoming;
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;
use tower::ServiceExt;

use crate::Config;
use crate::clock::Clock;
use crate::error::{LoggedBody, error_body};
use crate::fault::{FaultKind, FaultSet};
use crate::ratelimit::{RateLimiter, Snapshot};
use crate::reqlog::{Entry, RequestLog};
use crate::state::State;

/// Everything the handlers share.
pub(crate) struct App {
    pub config: Config,
    pub clock: Clock,
    state: RwLock<State>,
    pub faults: Mutex<FaultSet>,
    /// Number of active fault rules (lets requests skip the fault lock when zero).
    pub fault_count: AtomicUsize,
    pub log: Mutex<RequestLog>,
    pub limiter: Mutex<RateLimiter>,
    requests_seen: AtomicU64,
    /// Real ms (since start) at the last reset; `at_ms` in the log counts from here.
    log_epoch_ms: AtomicU64,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl App {
    pub fn new(config: Config) -> App {
        App {
            clock: Clock::new(config.time_scale),
            state: RwLock::new(State::new(config.seed, config.action_duration_ms)),
            faults: Mutex::new(FaultSet::new(config.seed)),
            fault_count: AtomicUsize::new(0),
            log: Mutex::new(RequestLog::new()),
            limiter: Mutex::new(RateLimiter::new(config.rate_limit)),
            requests_seen: AtomicU64::new(0),
            log_epoch_ms: AtomicU64::new(0),
            config,
        }
    }

    /// Emulated now.
    pub fn now(&self) -> f64 {
        self.clock.now()
    }

    pub fn read(&self) -> RwLockReadGuard<'_, State> {
        self.state.read().unwrap_or_else(|e| e.into_inner())
    }

    pub fn write(&self) -> RwLockWriteGuard<'_, State> {
        self.state.write().unwrap_or_else(|e| e.into_inner())
    }

    pub fn faults(&self) -> MutexGuard<'_, FaultSet> {
        lock(&self.faults)
    }

    pub fn sync_fault_count(&self, set: &FaultSet) {
        self.fault_count.store(set.len(), Ordering::Release);
    }

    pub fn reset(&self) {
        *self.write() = State::new(self.config.seed, self.config.action_duration_ms);
        {
            let mut f = self.faults();
            f.reset(self.config.seed);
            self.sync_fault_count(&f);
        }
        lock(&self.log).clear();
        lock(&self.limiter).clear();
        self.log_epoch_ms.store(self.clock.real_ms() as u64, Ordering::Release);
    }

    pub fn requests(&self) -> Vec<crate::LoggedRequest> {
        let entries = lock(&self.log).entries();
        entries.iter().map(Entry::to_logged).collect()
    }

    pub fn clear_requests(&self) {
        lock(&self.log).clear();
    }

    fn correlation_id(&self) -> HeaderValue {
        let n = self.requests_seen.fetch_add(1, Ordering::Relaxed);
        let id = splitmix64(n ^ self.config.seed.rotate_left(17));
        let mut buf = [0u8; 16];
        const HEX: &[u8; 16] = b"0123456789abcdef";
        for (i, b) in buf.iter_mut().enumerate() {
            *b = HEX[((id >> (60 - 4 * i)) & 0xf) as usize];
        }
        HeaderValue::from_bytes(&buf).expect("hex is a valid header value")
    }

    /// Headers for a request that has no bucket (no token): a full allowance.
    fn rate_full(&self) -> Snapshot {
        let limit = self.config.rate_limit.map_or(3600, |r| r.limit);
        Snapshot { limit, remaining: limit, reset: self.clock.real_unix_secs().ceil() as u64 }
    }

    fn rate_check(&self, token: &str, take: bool) -> (bool, Snapshot) {
        lock(&self.limiter).check(token, take, self.clock.now(), self.clock.real_unix_secs(), self.clock.scale())
    }
}

fn splitmix64(x: u64) -> u64 {
    let mut z = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// A started server.
pub(crate) struct Running {
    pub addr: SocketAddr,
    pub app: Arc<App>,
    shutdown: CancellationToken,
    tracker: TaskTracker,
    accept: Mutex<Option<JoinHandle<()>>>,
}

impl Running {
    pub async fn start(config: Config) -> std::io::Result<Running> {
        // A deep accept queue: benchmarks open hundreds of connections at once, and the default
        // backlog of 128 makes the kernel drop the excess (the clients then retry a second later).
        let addr = std::net::SocketAddr::new(config.host, config.port);
        let socket = if addr.is_ipv4() { tokio::net::TcpSocket::new_v4()? } else { tokio::net::TcpSocket::new_v6()? };
        socket.set_reuseaddr(true)?;
        socket.bind(addr)?;
        let listener = socket.listen(4096)?;
        let addr = listener.local_addr()?;
        let app = Arc::new(App::new(config));
        let routers = Routers { api: crate::api::router(app.clone()), control: crate::control::router(app.clone()) };
        let shutdown = CancellationToken::new();
        let tracker = TaskTracker::new();
        let accept =
            tokio::spawn(accept_loop(listener, app.clone(), Arc::new(routers), shutdown.clone(), tracker.clone()));
        Ok(Running { addr, app, shutdown, tracker, accept: Mutex::new(Some(accept)) })
    }

    pub async fn stop(&self) {
        self.shutdown.cancel();
        let handle = lock(&self.accept).take();
        if let Some(h) = handle {
            let _ = h.await;
        }
        self.tracker.close();
        self.tracker.wait().await;
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        self.shutdown.cancel();
    }
}

struct Routers {
    api: Router,
    control: Router,
}

async fn accept_loop(
    listener: TcpListener,
    app: Arc<App>,
    routers: Arc<Routers>,
    shutdown: CancellationToken,
    tracker: TaskTracker,
) {
    loop {
        let accepted = tokio::select! {
            _ = shutdown.cancelled() => break,
            r = listener.accept() => r,
        };
        let stream = match accepted {
            Ok((stream, _)) => stream,
            Err(_) => {
                // Out of descriptors and the like: back off briefly.
                tokio::time::sleep(Duration::from_millis(5)).await;
                continue;
            }
        };
        let _ = stream.set_nodelay(true);
        let app = app.clone();
        let routers = routers.clone();
        let shutdown = shutdown.clone();
        tracker.spawn(async move {
            let abort = CancellationToken::new();
            let conn_abort = abort.clone();
            let service = hyper::service::service_fn(move |req: Request<Incoming>| {
                handle(app.clone(), routers.clone(), conn_abort.clone(), req)
            });
            // HTTP/1.1 with keep-alive, as the API's clients speak it.
            let conn = hyper::server::conn::http1::Builder::new().serve_connection(TokioIo::new(stream), service);
            tokio::pin!(conn);
            tokio::select! {
                _ = conn.as_mut() => {}
                _ = abort.cancelled() => {}
                _ = shutdown.cancelled() => {}
            }
            // Dropping `conn` closes the socket.
        });
    }
}

fn bearer(headers: &HeaderMap) -> Option<&str> {
    let v = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = v.split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("bearer") {
        return None;
    }
    let token = token.trim();
    (!token.is_empty()).then_some(token)
}

/// Arms a 499 log entry for a request whose answer was never produced.
struct Unanswered {
    app: Arc<App>,
    method: http::Method,
    path: String,
    query: String,
    at_ms: u64,
    fault: Option<&'static str>,
    armed: std::sync::atomic::AtomicBool,
}

impl Drop for Unanswered {
    fn drop(&mut self) {
        if self.armed.load(Ordering::Relaxed) {
            lock(&self.app.log).push(Entry {
                method: self.method.clone(),
                path: std::mem::take(&mut self.path),
                query: std::mem::take(&mut self.query),
                status: 499,
                fault: self.fault,
                at_ms: self.at_ms,
                body: None,
                operation: None,
            });
        }
    }
}

struct Outcome {
    status: u16,
    body: Option<Bytes>,
    operation: Option<MatchedPath>,
    fault: Option<&'static str>,
}

async fn handle(
    app: Arc<App>,
    routers: Arc<Routers>,
    conn: CancellationToken,
    req: Request<Incoming>,
) -> Result<Response, Infallible> {
    if req.uri().path().starts_with("/__emulator") {
        let resp = routers.control.clone().oneshot(req.map(Body::new)).await;
        return Ok(resp.unwrap_or_else(|e| match e {}));
    }

    let started = Instant::now();
    let at_ms = (app.clock.real_ms() as u64).saturating_sub(app.log_epoch_ms.load(Ordering::Acquire));
    let method = req.method().clone();
    let path = req.uri().path().to_string();
    let query = req.uri().query().unwrap_or("").to_string();
    let correlation = app.correlation_id();

    let fault = if app.fault_count.load(Ordering::Acquire) > 0 {
        let mut set = app.faults();
        let f = set.pick(method.as_str(), &path);
        app.sync_fault_count(&set);
        f
    } else {
        None
    };
    let fault_name = fault.as_ref().map(FaultKind::name);
    let token = bearer(req.headers()).map(str::to_string);

    // Logs the request as 499 if the client goes away before it is answered (the future is
    // dropped with the connection), so tests can see that a client closed its connection.
    let unanswered = Unanswered {
        app: app.clone(),
        method: method.clone(),
        path: path.clone(),
        query: query.clone(),
        at_ms,
        fault: fault_name,
        armed: std::sync::atomic::AtomicBool::new(true),
    };
    let finish = |outcome: Outcome| {
        unanswered.armed.store(false, Ordering::Relaxed);
        if app.config.log_requests {
            use std::io::Write as _;
            // Ignore write errors (e.g. a closed pipe): logging must not break serving.
            let _ = writeln!(
                std::io::stdout().lock(),
                "{} {}{}{} {} {:.1}ms{}",
                method,
                path,
                if query.is_empty() { "" } else { "?" },
                query,
                outcome.status,
                started.elapsed().as_secs_f64() * 1000.0,
                outcome.fault.map(|f| format!(" fault={f}")).unwrap_or_default()
            );
        }
        lock(&app.log).push(Entry {
            method: method.clone(),
            path: path.clone(),
            query: query.clone(),
            status: outcome.status,
            fault: outcome.fault,
            at_ms,
            body: outcome.body,
            operation: outcome.operation,
        });
    };

    // Faults that act before processing.
    match &fault {
        Some(FaultKind::DropBefore) => {
            // Read the request body first: closing a socket with unread input would make the
            // kernel send a reset instead of a clean end of stream.
            let _ =
                tokio::time::timeout(Duration::from_secs(2), http_body_util::BodyExt::collect(req.into_body())).await;
            finish(Outcome { status: 0, body: None, operation: None, fault: fault_name });
            conn.cancel();
            return std::future::pending().await;
        }
        Some(FaultKind::Delay { ms }) => {
            tokio::time::sleep(Duration::from_millis(*ms)).await;
        }
        Some(FaultKind::Status { status, code, message, details, headers }) => {
            let body = Bytes::from(error_body(code, message.as_deref().unwrap_or("injected fault"), details.as_ref()));
            let status = StatusCode::from_u16(*status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            let snapshot = match token.as_deref() {
                Some(t) => app.rate_check(t, false).1,
                None => app.rate_full(),
            };
            let mut resp = Response::new(Body::from(body.clone()));
            *resp.status_mut() = status;
            let h = resp.headers_mut();
            h.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
            common_headers(h, correlation, snapshot);
            if let Some(extra) = headers {
                for (k, v) in extra {
                    if let (Ok(k), Ok(v)) = (HeaderName::from_bytes(k.as_bytes()), HeaderValue::from_str(v)) {
                        h.insert(k, v);
                    }
                }
            }
            finish(Outcome { status: status.as_u16(), body: Some(body), operation: None, fault: fault_name });
            return Ok(resp);
        }
        _ => {}
    }

    // Auth, then rate limit, then the API itself.
    let authorized = match (&app.config.token, token.as_deref()) {
        (Some(want), Some(got)) => want == got,
        (None, Some(_)) => true,
        _ => false,
    };
    let (mut resp, snapshot) = if !authorized {
        let snapshot = app.rate_full();
        let e = crate::error::ApiError::new(401, "unauthorized", "unable to authenticate");
        (axum::response::IntoResponse::into_response(e), snapshot)
    } else {
        let (allowed, snapshot) = app.rate_check(token.as_deref().unwrap_or(""), true);
        if !allowed {
            let e = crate::error::ApiError::new(429, "rate_limit_exceeded", "limit of requests per hour reached");
            (axum::response::IntoResponse::into_response(e), snapshot)
        } else {
            let resp = routers.api.clone().oneshot(req.map(Body::new)).await;
            (resp.unwrap_or_else(|e| match e {}), snapshot)
        }
    };

    let status = resp.status().as_u16();
    let body = resp.extensions_mut().remove::<LoggedBody>().map(|b| b.0);
    let operation = resp.extensions_mut().remove::<MatchedPath>();
    common_headers(resp.headers_mut(), correlation, snapshot);

    match fault {
        Some(FaultKind::DropAfter) => {
            finish(Outcome { status, body, operation, fault: fault_name });
            conn.cancel();
            std::future::pending().await
        }
        Some(FaultKind::Malformed) => {
            const GARBAGE: &[u8] = b"<html><body><h1>502 Bad Gateway</h1></body></html>\n{\"server\":";
            let mut out = Response::new(Body::from(GARBAGE));
            out.headers_mut().clone_from(resp.headers());
            out.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
            out.headers_mut().remove(header::CONTENT_LENGTH);
            finish(Outcome { status: 200, body: None, operation, fault: fault_name });
            Ok(out)
        }
        Some(FaultKind::Truncated) | Some(FaultKind::Trickle { .. }) => {
            let full = body.clone().unwrap_or_default();
            let mode = match fault {
                Some(FaultKind::Trickle { bytes_per_second }) => Mode::Trickle {
                    chunk: (bytes_per_second / 20).max(1) as usize,
                    interval: if bytes_per_second >= 20 {
                        Duration::from_millis(50)
                    } else {
                        Duration::from_secs_f64(1.0 / bytes_per_second.max(1) as f64)
                    },
                },
                _ => Mode::Truncate { conn: conn.clone() },
            };
            let len = full.len();
            let (parts, _) = resp.into_parts();
            let mut out = Response::from_parts(parts, Body::new(SlowBody::new(full, mode)));
            out.headers_mut().insert(header::CONTENT_LENGTH, HeaderValue::from(len));
            finish(Outcome { status, body, operation, fault: fault_name });
            Ok(out)
        }
        _ => {
            finish(Outcome { status, body, operation, fault: fault_name });
            Ok(resp)
        }
    }
}

fn common_headers(h: &mut HeaderMap, correlation: HeaderValue, rl: Snapshot) {
    static CORR: HeaderName = HeaderName::from_static("x-correlation-id");
    static LIMIT: HeaderName = HeaderName::from_static("ratelimit-limit");
    static REMAINING: HeaderName = HeaderName::from_static("ratelimit-remaining");
    static RESET: HeaderName = HeaderName::from_static("ratelimit-reset");
    h.insert(CORR.clone(), correlation);
    h.insert(LIMIT.clone(), HeaderValue::from(rl.limit));
    h.insert(REMAINING.clone(), HeaderValue::from(rl.remaining));
    h.insert(RESET.clone(), HeaderValue::from(rl.reset));
}

enum Mode {
    /// Send half, then drop the connection.
    Truncate { conn: CancellationToken },
    /// Send `chunk` bytes every `interval`.
    Trickle { chunk: usize, interval: Duration },
}

/// Response body for the `truncated` and `trickle` faults.
struct SlowBody {
    data: Bytes,
    pos: usize,
    mode: Mode,
    sleep: Option<Pin<Box<tokio::time::Sleep>>>,
}

impl SlowBody {
    fn new(data: Bytes, mode: Mode) -> SlowBody {
        SlowBody { data, pos: 0, mode, sleep: None }
    }
}

impl http_body::Body for SlowBody {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        let this = &mut *self;
        if let Some(sleep) = this.sleep.as_mut() {
            if sleep.as_mut().poll(cx).is_pending() {
                return Poll::Pending;
            }
            this.sleep = None;
            if let Mode::Truncate { conn } = &this.mode {
                // The first half has been flushed by now: drop the connection.
                conn.cancel();
                return Poll::Pending;
            }
        }
        match &this.mode {
            Mode::Truncate { .. } => {
                if this.pos == 0 {
                    let half = this.data.len() / 2;
                    this.pos = half;
                    this.sleep = Some(Box::pin(tokio::time::sleep(Duration::from_millis(30))));
                    return Poll::Ready(Some(Ok(Frame::data(this.data.slice(..half)))));
                }
                this.sleep = Some(Box::pin(tokio::time::sleep(Duration::from_millis(30))));
                let _ = this.sleep.as_mut().map(|s| s.as_mut().poll(cx));
                Poll::Pending
            }
            Mode::Trickle { chunk, interval } => {
                if this.pos >= this.data.len() {
                    return Poll::Ready(None);
                }
                let end = (this.pos + chunk).min(this.data.len());
                let frame = this.data.slice(this.pos..end);
                this.pos = end;
                if this.pos < this.data.len() {
                    this.sleep = Some(Box::pin(tokio::time::sleep(*interval)));
                }
                Poll::Ready(Some(Ok(Frame::data(frame))))
            }
        }
    }

    fn is_end_stream(&self) -> bool {
        matches!(self.mode, Mode::Trickle { .. }) && self.pos >= self.data.len()
    }

    fn size_hint(&self) -> SizeHint {
        SizeHint::with_exact((self.data.len() - self.pos.min(self.data.len())) as u64)
    }
}
