//! The request pipeline. One [`Transport::send`] runs every request through the same layers,
//! in this order:
//!
//! 1. rate-limit budget: wait for the refill when the budget is spent (`rate_limit`);
//! 2. one HTTP attempt under the attempt timeout, the call's deadline and its cancellation;
//! 3. headers: record `RateLimit-*` and `X-Correlation-Id`;
//! 4. retry decision ([`retry::classify`]) and backoff sleep, or the final result;
//! 5. error parsing of the API's error body ([`crate::error`]);
//! 6. every error leaves through [`Secrets::error`], so no secret reaches the caller.
//!
//! Answers are untrusted: bodies are read up to `max_response_bytes` and checked ([`body`]),
//! redirects are never followed, and rate-limit headers are clamped ([`rate_limit`]).

pub mod body;
mod http;
pub mod rate_limit;
pub mod retry;
pub mod store;

use std::sync::Arc;
use std::time::Duration;

pub use ::http::Method;
use ::http::header::{AUTHORIZATION, CONTENT_TYPE, HeaderName, HeaderValue, USER_AGENT};
use bytes::Bytes;
use serde_json::json;
use url::Url;

use crate::call::Call;
use crate::config::{ClientConfig, RetryConfig};
use crate::error::{Error, codes, parse_api_error};
use crate::log::{Level, LogSink};
use crate::redact::Secrets;
use rate_limit::{Budget, Crossing, RateLimitState};
use retry::{Outcome, Reason, Verdict};

/// One API request, before it is sent.
#[derive(Debug, Clone)]
pub struct Request {
    pub method: Method,
    /// Path below the base URL, starting with `/`, e.g. `/servers/42`.
    pub path: String,
    pub query: Vec<(String, String)>,
    pub body: Option<Bytes>,
}

impl Request {
    pub fn new(method: Method, path: impl Into<String>) -> Self {
        Request { method, path: path.into(), query: Vec::new(), body: None }
    }
}

/// A successful response.
#[derive(Debug, Clone)]
pub struct Response {
    pub status: u16,
    pub body: Bytes,
    pub correlation_id: Option<String>,
    pub attempts: u32,
    /// The body's top level, as the transport's check found it (`None` where no check ran).
    pub shape: Option<body::Shape>,
}

pub struct Transport {
    origin: http::Origin,
    base: Url,
    auth: HeaderValue,
    user_agent: HeaderValue,
    secrets: Secrets,
    max_body: u64,
    retry: RetryConfig,
    timeout: Duration,
    pub(crate) budget: Arc<Budget>,
    adaptive: bool,
    reserve: u32,
    log: Option<LogSink>,
}

/// Longest `X-Correlation-Id` kept; a longer one is cut (the real ones are 16 hex digits).
const MAX_CORRELATION_ID: usize = 128;

/// What one attempt produced.
enum Attempt {
    Response {
        status: u16,
        body: Bytes,
        shape: Option<body::Shape>,
        correlation_id: Option<String>,
        rate_limit: Option<RateLimitState>,
    },
    /// An answer the client will not hand on: a redirect, a body too large, or one that is not
    /// what the API sends. Final: never retried (status 0 when the status is beside the point).
    Refused {
        status: u16,
        why: String,
        correlation_id: Option<String>,
    },
    Failed {
        outcome: Outcome<'static>,
        detail: String,
    },
}

/// What reading one answer gave.
enum Read {
    Body { status: u16, correlation_id: Option<String>, rate_limit: Option<RateLimitState>, body: Bytes },
    Redirect { status: u16, origin: String },
    TooLarge,
}

/// The origin a redirect points to (never its path or query, which may carry anything).
fn location_origin(headers: &::http::HeaderMap, base: &Url) -> String {
    let Some(loc) = headers.get(::http::header::LOCATION).and_then(|v| v.to_str().ok()) else {
        return "nowhere (no Location header)".to_owned();
    };
    match base.join(loc) {
        Ok(u) => u.origin().ascii_serialization(),
        Err(_) => "an unreadable Location".to_owned(),
    }
}

impl Transport {
    pub fn new(cfg: &ClientConfig, budget: Arc<Budget>, log: Option<LogSink>) -> Result<Self, Error> {
        cfg.validate()?;
        let mut ua = format!("hcloud-native/{}", crate::VERSION);
        if let Some(extra) = cfg.user_agent.as_deref().filter(|s| !s.is_empty()) {
            ua = format!("{ua} {extra}");
        }
        let user_agent =
            HeaderValue::from_str(&ua).map_err(|_| Error::invalid_argument("userAgent must be printable ASCII"))?;
        let mut auth = HeaderValue::from_str(&format!("Bearer {}", cfg.token))
            .map_err(|_| Error::invalid_argument("apiToken must be printable ASCII"))?;
        auth.set_sensitive(true);
        let mut base = cfg.base_url.trim_end_matches('/').to_owned();
        base.push('/');
        let base = Url::parse(&base).map_err(|_| Error::invalid_argument("baseUrl must be an absolute http(s) URL"))?;
        let origin = http::Origin::new(&base).map_err(|e| Error::new(codes::NETWORK_ERROR, e))?;
        Ok(Transport {
            origin,
            base,
            auth,
            user_agent,
            secrets: Secrets::new([cfg.token.clone()]),
            max_body: cfg.max_response_bytes,
            retry: cfg.retry.clone(),
            timeout: cfg.timeout,
            budget,
            adaptive: cfg.rate_limit_mode == crate::config::RateLimitMode::Adaptive,
            reserve: cfg.rate_limit_reserve,
            log,
        })
    }

    /// The client's secrets (its token), for errors made outside the transport.
    pub fn secrets(&self) -> &Secrets {
        &self.secrets
    }

    pub(crate) fn default_timeout(&self) -> Duration {
        self.timeout
    }

    pub(crate) fn log(&self, level: Level, msg: &str, mut fields: serde_json::Value) {
        if let Some(sink) = &self.log {
            self.secrets.value(&mut fields);
            sink(level, self.secrets.text(msg).as_deref().unwrap_or(msg), &fields);
        }
    }

    /// The request's URL, which must stay below the base URL: the token goes with every request,
    /// so a path such as `/\\evil.com/x` or `/http:evil.com` must never leave the API's origin.
    fn url(&self, req: &Request) -> Result<Url, Error> {
        let bad = || Error::invalid_argument(format!("the path {:?} does not stay below the base URL", req.path));
        let path = req.path.trim_start_matches('/');
        if path.contains(['\\', '?', '#']) || path.split('/').any(|seg| seg == ".." || seg == ".") || path.contains(':')
        {
            return Err(bad());
        }
        // The base path ends with '/' and the path has neither '..', '.', ':', '?', '#' nor '\\':
        // setting the joined path parses only the path (not the whole URL and its host again),
        // and the origin cannot change.
        let mut url = self.base.clone();
        url.set_path(&format!("{}{path}", self.base.path()));
        let decoded_escape = url.path().to_ascii_lowercase().contains("%2e");
        if !url.path().starts_with(self.base.path()) || decoded_escape {
            return Err(bad());
        }
        if !req.query.is_empty() {
            url.query_pairs_mut().extend_pairs(req.query.iter());
        }
        Ok(url)
    }

    /// Sends `req` with retries. Errors carry the method, path, attempts and correlation id.
    pub(crate) async fn send(&self, req: &Request, call: &Call) -> Result<Response, Error> {
        self.send_tracking(req, call, &mut false).await
    }

    /// [`Transport::send`], remembering in `maybe_applied` whether an attempt may have been
    /// applied without an answer (timeout, lost connection, 5xx), across the caller's resends.
    pub(crate) async fn send_tracking(
        &self,
        req: &Request,
        call: &Call,
        maybe_applied: &mut bool,
    ) -> Result<Response, Error> {
        let url = self.url(req)?;
        let method = req.method.as_str();
        let mut delays = retry::schedule(&self.retry);
        let mut attempts = 0u32;
        loop {
            attempts += 1;
            let permit = match self.budget.acquire(self.adaptive, self.reserve, self.retry.max_delay, call).await {
                Ok(p) => p,
                Err(e) => return Err(self.finish(e, req, attempts - 1, None)),
            };
            match self.budget.store_health() {
                Some(store::Health::Down) => self.log(
                    Level::Warn,
                    "the Redis rate-limit store is unreachable: pacing with the in-process budget until it is back",
                    json!({}),
                ),
                Some(store::Health::Up) => {
                    self.log(Level::Debug, "the Redis rate-limit store is reachable: sharing its budget", json!({}))
                }
                None => {}
            }
            let attempt = call.guard(self.attempt(req, &url, call)).await;
            drop(permit);
            let attempt = match attempt {
                Ok(a) => a,
                Err(e) => return Err(self.finish(e, req, attempts, None)),
            };
            let (verdict, rate_limit) = match &attempt {
                Attempt::Response { status, body, rate_limit, .. } => {
                    let code = if *status >= 400 { error_code(body) } else { None };
                    (
                        retry::classify(&req.method, Outcome::Response { status: *status, code: code.as_deref() }),
                        *rate_limit,
                    )
                }
                Attempt::Failed { outcome, .. } => (retry::classify(&req.method, *outcome), None),
                Attempt::Refused { .. } => (Verdict::Fail, None),
            };
            let reason = match verdict {
                Verdict::Fail if *maybe_applied && req.method == Method::DELETE && is_status(&attempt, 404) => {
                    // The lost attempt deleted it.
                    return Ok(Response {
                        status: 204,
                        body: Bytes::new(),
                        correlation_id: None,
                        attempts,
                        shape: Some(body::Shape::default()),
                    });
                }
                Verdict::Done => {
                    let Attempt::Response { status, body, correlation_id, shape, .. } = attempt else { unreachable!() };
                    return Ok(Response { status, body, correlation_id, attempts, shape });
                }
                Verdict::Retry(reason) => reason,
                Verdict::Fail | Verdict::Locked | Verdict::Ambiguous(_) => {
                    // A refused success (a body too large or malformed) means a POST was applied.
                    let refused_success = matches!(&attempt, Attempt::Refused { status, .. } if *status < 300)
                        && !retry::idempotent(&req.method);
                    let ambiguous = matches!(verdict, Verdict::Ambiguous(_)) || refused_success;
                    return Err(self.attempt_error(attempt, req, attempts, ambiguous));
                }
            };
            *maybe_applied |= matches!(reason, Reason::Timeout | Reason::ConnectionLost | Reason::ServerError(_));
            let Some(base_delay) = delays.next() else {
                return Err(self.attempt_error(attempt, req, attempts, false));
            };
            let mut delay = retry::jittered(base_delay, self.retry.jitter);
            if let (Reason::RateLimited, Some(rl)) = (reason, rate_limit) {
                let wait = retry::rate_limit_wait(rl.limit, rl.remaining, rl.reset, rate_limit::unix_now());
                delay = delay.max(wait).min(self.retry.max_delay);
            }
            let mut fields = json!({
                "attempt": attempts,
                "delay_ms": delay.as_millis() as u64,
                "reason": reason.as_str(),
                "method": method,
                "path": req.path,
            });
            if reason == Reason::RateLimited {
                fields["budget"] = self.budget.belief();
            }
            self.log(Level::Debug, "retrying request", fields);
            if let Err(e) = call.sleep(delay).await {
                return Err(self.finish(e, req, attempts, None));
            }
        }
    }

    async fn attempt(&self, req: &Request, url: &Url, call: &Call) -> Attempt {
        let json = HeaderValue::from_static("application/json");
        let headers = [(AUTHORIZATION, &self.auth), (USER_AGENT, &self.user_agent), (CONTENT_TYPE, &json)];
        // The content type goes only with a body.
        let headers: &[(HeaderName, &HeaderValue)] = if req.body.is_some() { &headers } else { &headers[..2] };
        let max_body = self.max_body;
        let exchange = async {
            let (resp, lease) = http::exchange(
                &self.origin,
                req.method.clone(),
                &url[url::Position::BeforePath..],
                headers,
                req.body.clone(),
            )
            .await?;
            let status = resp.status().as_u16();
            let headers = resp.headers();
            let correlation_id = headers.get("x-correlation-id").and_then(|v| v.to_str().ok()).map(|v| {
                let mut end = v.len().min(MAX_CORRELATION_ID);
                while !v.is_char_boundary(end) {
                    end -= 1;
                }
                v[..end].to_owned()
            });
            let rate_limit = RateLimitState::from_headers(headers);
            let location = (300..400).contains(&status).then(|| location_origin(headers, url));
            if let Some(origin) = location {
                return Ok(Read::Redirect { status, origin });
            }
            Ok(match http::read_body(resp, lease, max_body).await? {
                Some(body) => Read::Body { status, correlation_id, rate_limit, body },
                None => Read::TooLarge,
            })
        };
        let timeout = call.attempt_timeout();
        match tokio::time::timeout(timeout, exchange).await {
            Ok(Ok(Read::Body { status, correlation_id, rate_limit, body })) => {
                match rate_limit {
                    Some(rl) => self.observe_rate_limit(rl, status == 429),
                    None => self.budget.record_headerless(),
                }
                let shape = if status < 300 {
                    match body::check(&body) {
                        Ok(shape) => Some(shape),
                        Err(why) => return Attempt::Refused { status, why, correlation_id },
                    }
                } else {
                    None
                };
                Attempt::Response { status, body, shape, correlation_id, rate_limit }
            }
            Ok(Ok(Read::Redirect { status, origin })) => Attempt::Refused {
                status,
                why: format!("the server redirected to {origin}; the API never redirects, so it was not followed"),
                correlation_id: None,
            },
            Ok(Ok(Read::TooLarge)) => Attempt::Refused {
                status: 0,
                why: format!("the response body exceeds maxResponseBytes ({max_body} bytes); reading stopped"),
                correlation_id: None,
            },
            Ok(Err(http::Failure::Connect(detail))) => {
                Attempt::Failed { outcome: Outcome::ConnectFailed, detail: format!("could not connect: {detail}") }
            }
            Ok(Err(http::Failure::Lost(detail))) => Attempt::Failed { outcome: Outcome::ConnectionLost, detail },
            Err(_) => Attempt::Failed {
                outcome: Outcome::TimedOut,
                detail: format!("no complete response within {} ms", timeout.as_millis()),
            },
        }
    }

    fn observe_rate_limit(&self, rl: RateLimitState, rate_limited: bool) {
        let fields = json!({ "limit": rl.limit, "remaining": rl.remaining, "reset": rl.reset });
        match self.budget.record(rl, rate_limited) {
            Crossing::Low => self.log(Level::Warn, "rate limit budget is running low", fields),
            Crossing::Implausible => self.log(
                Level::Warn,
                "implausible RateLimit headers were corrected (limit 0 ignored, remaining capped at limit, reset at most an hour ahead)",
                fields,
            ),
            Crossing::None => {}
        }
    }

    fn attempt_error(&self, attempt: Attempt, req: &Request, attempts: u32, ambiguous: bool) -> Error {
        let (err, correlation_id) = match attempt {
            Attempt::Response { status, body, correlation_id, .. } => (parse_api_error(status, &body), correlation_id),
            Attempt::Failed { outcome, detail } => {
                let code = if outcome == Outcome::TimedOut { codes::REQUEST_TIMEOUT } else { codes::NETWORK_ERROR };
                (Error::new(code, detail), None)
            }
            Attempt::Refused { status, why, correlation_id } => {
                let mut e = Error::new(codes::INVALID_RESPONSE, why);
                e.status = (status != 0).then_some(status);
                (e, correlation_id)
            }
        };
        let mut err = self.finish(err, req, attempts, correlation_id);
        err.ambiguous = ambiguous;
        err
    }

    fn finish(&self, err: Error, req: &Request, attempts: u32, correlation_id: Option<String>) -> Error {
        let mut err = err.at(req.method.as_str(), &req.path);
        err.attempts = attempts;
        if correlation_id.is_some() {
            err.correlation_id = correlation_id;
        }
        self.secrets.with_body(req.body.as_deref()).error(err)
    }
}

/// Logs an event about a request at debug level.
pub(crate) fn log_event(t: &Transport, msg: &str, method: &Method, path: &str, count: usize) {
    t.log(Level::Debug, msg, json!({ "method": method.as_str(), "path": path, "actions": count }));
}

fn is_status(attempt: &Attempt, want: u16) -> bool {
    matches!(attempt, Attempt::Response { status, .. } if *status == want)
}

/// The `error.code` of an error body, without parsing the rest.
fn error_code(body: &[u8]) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct Envelope {
        error: Code,
    }
    #[derive(serde::Deserialize)]
    struct Code {
        code: String,
    }
    serde_json::from_slice::<Envelope>(body).ok().map(|e| e.error.code)
}
