//! The retry decision and the backoff schedule: pure functions, driven by tables in the tests.

use std::time::Duration;

use backon::{BackoffBuilder, ExponentialBuilder};
use http::Method;

use crate::config::{Jitter, RetryConfig};
use crate::transport::rate_limit;

/// What one HTTP attempt came to, as far as retrying is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome<'a> {
    /// A response arrived, with the API's error code when it had one.
    Response { status: u16, code: Option<&'a str> },
    /// The connection could not be made: the request never reached the server.
    ConnectFailed,
    /// No (complete) response within the attempt timeout: the server may have acted.
    TimedOut,
    /// The connection broke after the request was sent: the server may have acted.
    ConnectionLost,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Done,
    /// Safe to send again.
    Retry(Reason),
    /// The server may have applied a non-idempotent request: resending could duplicate it.
    Ambiguous(Reason),
    /// The resource is locked by a running action: wait for it, then send again.
    Locked,
    Fail,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    Connect,
    Timeout,
    ConnectionLost,
    RateLimited,
    Unavailable,
    Conflict,
    ServerError(u16),
}

impl Reason {
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Connect => "connect_failed",
            Reason::Timeout => "timeout",
            Reason::ConnectionLost => "connection_lost",
            Reason::RateLimited => "rate_limited",
            Reason::Unavailable => "unavailable",
            Reason::Conflict => "conflict",
            Reason::ServerError(500) => "server_error_500",
            Reason::ServerError(502) => "server_error_502",
            Reason::ServerError(504) => "server_error_504",
            Reason::ServerError(_) => "server_error",
        }
    }
}

/// GET, PUT and DELETE may be sent twice with the same effect; POST may not.
pub fn idempotent(method: &Method) -> bool {
    matches!(*method, Method::GET | Method::HEAD | Method::PUT | Method::DELETE | Method::OPTIONS)
}

pub fn classify(method: &Method, outcome: Outcome<'_>) -> Verdict {
    let maybe_applied = |reason| {
        if idempotent(method) { Verdict::Retry(reason) } else { Verdict::Ambiguous(reason) }
    };
    match outcome {
        Outcome::ConnectFailed => Verdict::Retry(Reason::Connect),
        Outcome::TimedOut => maybe_applied(Reason::Timeout),
        Outcome::ConnectionLost => maybe_applied(Reason::ConnectionLost),
        Outcome::Response { status, code } => match (status, code) {
            (200..=299, _) => Verdict::Done,
            (429, _) => Verdict::Retry(Reason::RateLimited),
            (503, _) => Verdict::Retry(Reason::Unavailable),
            (409, Some("conflict")) => Verdict::Retry(Reason::Conflict),
            (423, Some("locked")) => Verdict::Locked,
            (500 | 502 | 504, _) => maybe_applied(Reason::ServerError(status)),
            _ => Verdict::Fail,
        },
    }
}

/// The delays between attempts, `max_attempts - 1` of them, jitter not yet applied.
pub fn schedule(cfg: &RetryConfig) -> impl Iterator<Item = Duration> + Send + use<> {
    ExponentialBuilder::default()
        .with_min_delay(cfg.initial_delay)
        .with_factor(cfg.multiplier as f32)
        .with_max_delay(cfg.max_delay)
        .with_max_times(cfg.max_attempts.saturating_sub(1) as usize)
        .build()
}

/// Full jitter draws uniformly from `[0, delay]`.
pub fn jittered(delay: Duration, jitter: Jitter) -> Duration {
    match jitter {
        Jitter::Full => delay.mul_f64(fastrand::f64()),
        Jitter::None => delay,
    }
}

/// How long until the bucket holds one request again: it refills gradually, and is full at
/// `reset`, so one request is `(reset - now) / (limit - remaining)` away. Never waits for `reset`.
/// Callers cap the result at `maxDelayMs`; any header values give a finite duration.
pub fn rate_limit_wait(limit: u64, remaining: u64, reset_unix: u64, now_unix: f64) -> Duration {
    let missing = limit.saturating_sub(remaining).max(1) as f64;
    let until_full = (reset_unix as f64 - now_unix).clamp(0.0, rate_limit::MAX_RESET_AHEAD_SECS as f64);
    Duration::from_secs_f64(until_full / missing)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resp(status: u16, code: Option<&str>) -> Outcome<'_> {
        Outcome::Response { status, code }
    }

    #[test]
    fn retry_table() {
        use Verdict::*;
        let post = Method::POST;
        let get = Method::GET;
        let del = Method::DELETE;
        let rows: Vec<(&Method, Outcome, Verdict)> = vec![
            (&get, resp(200, None), Done),
            (&post, resp(201, None), Done),
            (&post, resp(307, None), Fail),
            (&get, resp(301, None), Fail),
            (&post, Outcome::ConnectFailed, Retry(Reason::Connect)),
            (&get, Outcome::TimedOut, Retry(Reason::Timeout)),
            (&post, Outcome::TimedOut, Ambiguous(Reason::Timeout)),
            (&del, Outcome::ConnectionLost, Retry(Reason::ConnectionLost)),
            (&post, Outcome::ConnectionLost, Ambiguous(Reason::ConnectionLost)),
            (&post, resp(429, Some("rate_limit_exceeded")), Retry(Reason::RateLimited)),
            (&post, resp(503, Some("unavailable")), Retry(Reason::Unavailable)),
            (&post, resp(409, Some("conflict")), Retry(Reason::Conflict)),
            (&post, resp(409, Some("uniqueness_error")), Fail),
            (&get, resp(500, None), Retry(Reason::ServerError(500))),
            (&post, resp(502, None), Ambiguous(Reason::ServerError(502))),
            (&post, resp(504, Some("timeout")), Ambiguous(Reason::ServerError(504))),
            (&del, resp(423, Some("locked")), Locked),
            (&del, resp(423, Some("protected")), Fail),
            (&get, resp(401, Some("unauthorized")), Fail),
            (&get, resp(404, Some("not_found")), Fail),
            (&post, resp(422, Some("invalid_input")), Fail),
        ];
        for (method, outcome, want) in rows {
            assert_eq!(classify(method, outcome), want, "{method} {outcome:?}");
        }
    }

    #[test]
    fn schedule_follows_the_formula() {
        let cfg = RetryConfig {
            max_attempts: 6,
            initial_delay: Duration::from_millis(1000),
            multiplier: 2.0,
            max_delay: Duration::from_millis(5000),
            jitter: Jitter::None,
        };
        let got: Vec<u128> = schedule(&cfg).map(|d| d.as_millis()).collect();
        assert_eq!(got, vec![1000, 2000, 4000, 5000, 5000]);
    }

    #[test]
    fn full_jitter_stays_within_bounds() {
        for _ in 0..1000 {
            let d = jittered(Duration::from_millis(100), Jitter::Full);
            assert!(d <= Duration::from_millis(100));
        }
        assert_eq!(jittered(Duration::from_millis(100), Jitter::None), Duration::from_millis(100));
    }

    #[test]
    fn rate_limit_wait_is_one_refill_step_not_reset() {
        // Empty bucket of 3600, full again in an hour: one request per second.
        let d = rate_limit_wait(3600, 0, 10_003_600, 10_000_000.0);
        assert!((d.as_secs_f64() - 1.0).abs() < 1e-9, "{d:?}");
        // Reset already passed: no wait.
        assert_eq!(rate_limit_wait(10, 0, 5, 10.0), Duration::ZERO);
        // Absurd resets (up to u64::MAX) give a bounded wait, never a panic.
        for reset in [u64::MAX, u64::MAX / 2, 32_503_680_000] {
            assert!(rate_limit_wait(1, 0, reset, 10.0) <= Duration::from_secs(3600));
            assert!(rate_limit_wait(0, 0, reset, 10.0) <= Duration::from_secs(3600));
        }
    }
}
