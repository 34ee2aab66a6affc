//! Option objects of the JavaScript API, and their conversion into the core's settings.

use std::time::Duration;

use hcloud::{CallOptions, ClientConfig, Jitter, RateLimitMode};
use napi::bindgen_prelude::Undefined;
use napi_derive::napi;

/// Backoff between attempts: attempt n waits `min(maxDelayMs, initialDelayMs * multiplier^(n-1))`.
#[napi(object)]
pub struct RetryOptions {
    /// Attempts in total, the first included (default 5, at most 100).
    pub max_attempts: Option<f64>,
    /// Delay before the second attempt (default 1000).
    pub initial_delay_ms: Option<f64>,
    /// Growth per attempt (default 2).
    pub multiplier: Option<f64>,
    /// Upper bound of one delay (default 30000).
    pub max_delay_ms: Option<f64>,
    /// `'full'` draws each delay uniformly from [0, delay] (default); `'none'` sleeps the delay.
    #[napi(ts_type = "'full' | 'none'")]
    pub jitter: Option<String>,
}

/// How calls spend the project's request budget.
#[napi(object)]
pub struct RateLimitOptions {
    /// `'adaptive'` (default) waits for the refill instead of drawing 429s; `'off'` only reacts to 429.
    #[napi(ts_type = "'adaptive' | 'off'")]
    pub mode: Option<String>,
    /// Requests to leave for other users of the same token (default 0).
    pub reserve: Option<f64>,
    /// Share one budget through Redis with every process and machine that uses the same store
    /// and token: `'redis://host:6379'`, or `{ url, prefix }` (key prefix, default
    /// `'hcloud-native:'`). Unreachable Redis: the in-process budget takes over, with one warning.
    #[napi(ts_type = "string | { url: string; prefix?: string }")]
    pub store: Option<serde_json::Value>,
}

/// Receives the client's log events. Never given the token, request bodies or passwords.
#[allow(dead_code)] // declares the TypeScript shape; the JavaScript front reads the object
#[napi(object)]
pub struct Logger {
    /// Each retry: attempt, delay, reason, method and path.
    #[napi(ts_type = "(msg: string, fields?: Record<string, unknown>) => void")]
    pub debug: Option<Undefined>,
    /// The rate-limit budget fell below 100 requests (once per crossing).
    #[napi(ts_type = "(msg: string, fields?: Record<string, unknown>) => void")]
    pub warn: Option<Undefined>,
}

/// Settings of a `HetznerClient`.
#[napi(object)]
pub struct ClientOptions {
    /// The project's API token (required).
    pub api_token: String,
    /// Default `https://api.hetzner.cloud/v1`.
    pub base_url: Option<String>,
    pub retry: Option<RetryOptions>,
    /// Per HTTP attempt (default 30000).
    pub timeout_ms: Option<f64>,
    /// First interval of the action poller (default 1000); it stretches for long actions.
    pub poll_interval_ms: Option<f64>,
    /// Default limit of `waitForAction` (default 1800000, 30 minutes).
    pub wait_timeout_ms: Option<f64>,
    /// Appended to `hcloud-native/<version>` in the User-Agent header.
    pub user_agent: Option<String>,
    pub rate_limit: Option<RateLimitOptions>,
    /// Largest response body read (default 33554432, 32 MiB; from 1024 to 268435456); a larger
    /// one fails the call with `invalid_response`.
    pub max_response_bytes: Option<f64>,
    /// Defaults to `console.warn` for warnings and silence for debug events.
    #[napi(ts_type = "Logger")]
    pub logger: Option<Undefined>,
}

/// Per-call options, accepted as the last argument of every method.
#[napi(object, js_name = "CallOptions")]
pub struct CallOptionsJs {
    /// Per HTTP attempt; the client's `timeoutMs` when unset.
    pub timeout_ms: Option<f64>,
    /// For the whole call, retries and waits included.
    pub deadline_ms: Option<f64>,
    /// Aborts the call: it rejects with `aborted` and its HTTP request is closed.
    #[napi(ts_type = "AbortSignal")]
    pub signal: Option<Undefined>,
}

/// Options of `waitForAction` and `waitForActions`.
#[napi(object)]
pub struct WaitOptions {
    /// Give up after this long with `wait_timeout` (default: the client's `waitTimeoutMs`).
    pub timeout_ms: Option<f64>,
    #[napi(ts_type = "AbortSignal")]
    pub signal: Option<Undefined>,
    /// Called with the action each time its progress changes.
    #[napi(ts_type = "(action: Action) => void")]
    pub on_progress: Option<Undefined>,
}

/// The `RateLimit-*` headers of the last response.
#[napi(object)]
pub struct RateLimit {
    pub limit: i64,
    pub remaining: i64,
    /// UNIX seconds at which the budget is full again.
    pub reset: i64,
}

pub(crate) fn millis(v: f64, what: &str) -> Result<Duration, hcloud::Error> {
    if (0.0..=1e12).contains(&v) {
        Ok(Duration::from_secs_f64(v / 1000.0))
    } else {
        Err(hcloud::Error::invalid_argument(format!("{what} must be a non-negative number of milliseconds")))
    }
}

/// A whole number within `range`, named in the error otherwise (napi would wrap -1 into a u32).
fn integer(v: f64, range: std::ops::RangeInclusive<u64>, what: &str) -> Result<u64, hcloud::Error> {
    if v.fract() == 0.0 && v >= *range.start() as f64 && v <= *range.end() as f64 {
        Ok(v as u64)
    } else {
        Err(hcloud::Error::invalid_argument(format!(
            "{what} must be an integer from {} to {}, got {v}",
            range.start(),
            range.end()
        )))
    }
}

fn store_config(v: serde_json::Value) -> Result<hcloud::StoreConfig, hcloud::Error> {
    let bad = || hcloud::Error::invalid_argument("rateLimit.store must be a redis:// URL or { url, prefix? }");
    let (url, prefix) = match v {
        serde_json::Value::String(url) => (url, None),
        serde_json::Value::Object(mut o) => {
            if let Some(k) = o.keys().find(|k| !matches!(k.as_str(), "url" | "prefix")) {
                return Err(hcloud::Error::invalid_argument(format!("unknown key '{k}' in options.rateLimit.store")));
            }
            let url = match o.remove("url") {
                Some(serde_json::Value::String(u)) => u,
                _ => return Err(bad()),
            };
            let prefix = match o.remove("prefix") {
                None | Some(serde_json::Value::Null) => None,
                Some(serde_json::Value::String(p)) => Some(p),
                Some(_) => return Err(bad()),
            };
            (url, prefix)
        }
        _ => return Err(bad()),
    };
    if !(url.starts_with("redis://") || url.starts_with("rediss://")) {
        return Err(bad());
    }
    Ok(hcloud::StoreConfig { url, prefix: prefix.unwrap_or_else(|| "hcloud-native:".to_owned()) })
}

fn opt_millis(v: Option<f64>, what: &str) -> Result<Option<Duration>, hcloud::Error> {
    v.map(|v| millis(v, what)).transpose()
}

impl ClientOptions {
    pub(crate) fn into_config(self) -> Result<ClientConfig, hcloud::Error> {
        let mut cfg = ClientConfig::new(self.api_token);
        if let Some(url) = self.base_url {
            cfg.base_url = url;
        }
        if let Some(r) = self.retry {
            if let Some(n) = r.max_attempts {
                let max = hcloud::MAX_ATTEMPTS_LIMIT as u64;
                cfg.retry.max_attempts = integer(n, 1..=max, "retry.maxAttempts")? as u32;
            }
            if let Some(d) = opt_millis(r.initial_delay_ms, "retry.initialDelayMs")? {
                cfg.retry.initial_delay = d;
            }
            if let Some(m) = r.multiplier {
                cfg.retry.multiplier = m;
            }
            if let Some(d) = opt_millis(r.max_delay_ms, "retry.maxDelayMs")? {
                cfg.retry.max_delay = d;
            }
            cfg.retry.jitter = match r.jitter.as_deref() {
                None | Some("full") => Jitter::Full,
                Some("none") => Jitter::None,
                Some(_) => {
                    return Err(hcloud::Error::invalid_argument("retry.jitter must be 'full' or 'none'"));
                }
            };
        }
        if let Some(d) = opt_millis(self.timeout_ms, "timeoutMs")? {
            cfg.timeout = d;
        }
        if let Some(d) = opt_millis(self.poll_interval_ms, "pollIntervalMs")? {
            cfg.poll_interval = d;
        }
        if let Some(d) = opt_millis(self.wait_timeout_ms, "waitTimeoutMs")? {
            cfg.wait_timeout = d;
        }
        cfg.user_agent = self.user_agent;
        if let Some(n) = self.max_response_bytes {
            cfg.max_response_bytes = integer(n, 1024..=hcloud::MAX_RESPONSE_BYTES_LIMIT, "maxResponseBytes")?;
        }
        if let Some(rl) = self.rate_limit {
            cfg.rate_limit_mode = match rl.mode.as_deref() {
                None | Some("adaptive") => RateLimitMode::Adaptive,
                Some("off") => RateLimitMode::Off,
                Some(_) => {
                    return Err(hcloud::Error::invalid_argument("rateLimit.mode must be 'adaptive' or 'off'"));
                }
            };
            if let Some(r) = rl.reserve {
                cfg.rate_limit_reserve = integer(r, 0..=1_000_000, "rateLimit.reserve")? as u32;
            }
            if let Some(store) = rl.store {
                cfg.rate_limit_store = Some(store_config(store)?);
            }
        }
        cfg.validate()?;
        Ok(cfg)
    }
}

impl CallOptionsJs {
    pub(crate) fn into_core(
        opts: Option<Self>,
        cancel: Option<tokio_util::sync::CancellationToken>,
    ) -> Result<CallOptions, hcloud::Error> {
        let (timeout, deadline) = match opts {
            Some(o) => (opt_millis(o.timeout_ms, "timeoutMs")?, opt_millis(o.deadline_ms, "deadlineMs")?),
            None => (None, None),
        };
        if timeout.is_some_and(|t| t.is_zero()) {
            return Err(hcloud::Error::invalid_argument("timeoutMs must be positive"));
        }
        Ok(CallOptions { timeout, deadline, cancel })
    }
}
