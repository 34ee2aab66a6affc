//! Client settings, with the defaults of the original provisioning plan.

use std::fmt;
use std::time::Duration;

use crate::error::Error;

pub const DEFAULT_BASE_URL: &str = "https://api.hetzner.cloud/v1";

/// How long to sleep between attempts: `min(max_delay, initial_delay * multiplier^(n-1))`.
#[derive(Debug, Clone, PartialEq)]
pub struct RetryConfig {
    /// Attempts in total, the first included.
    pub max_attempts: u32,
    pub initial_delay: Duration,
    pub multiplier: f64,
    pub max_delay: Duration,
    pub jitter: Jitter,
}

impl Default for RetryConfig {
    fn default() -> Self {
        RetryConfig {
            max_attempts: 5,
            initial_delay: Duration::from_millis(1000),
            multiplier: 2.0,
            max_delay: Duration::from_millis(30_000),
            jitter: Jitter::Full,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Jitter {
    /// Uniform in `[0, delay]` (AWS's "full jitter").
    Full,
    None,
}

/// Whether requests pace themselves from the `RateLimit-*` headers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RateLimitMode {
    /// Wait for the refill when the estimated budget falls to the reserve.
    Adaptive,
    /// Send at once; only react to 429.
    Off,
}

#[derive(Clone)]
pub struct ClientConfig {
    pub token: String,
    pub base_url: String,
    pub retry: RetryConfig,
    /// Per HTTP attempt.
    pub timeout: Duration,
    /// First interval of the action poller.
    pub poll_interval: Duration,
    /// Appended to `hcloud-native/<version>`.
    pub user_agent: Option<String>,
    pub rate_limit_mode: RateLimitMode,
    /// Requests kept in hand for other callers of the same project (adaptive mode).
    pub rate_limit_reserve: u32,
    /// Default time limit of `wait_for_action`.
    pub wait_timeout: Duration,
    /// Largest response body read; a larger one fails the call with `invalid_response`.
    pub max_response_bytes: u64,
    /// Share the budget through Redis with every process that uses the same store and token.
    pub rate_limit_store: Option<crate::transport::store::StoreConfig>,
}

/// Far above the largest real answer (a page of 50 servers is about 250 KB).
pub const DEFAULT_MAX_RESPONSE_BYTES: u64 = 32 << 20;
/// A body must still fit in a JavaScript string after the round trip through the binding.
pub const MAX_RESPONSE_BYTES_LIMIT: u64 = 256 << 20;
/// Attempts above this would retry for hours: surely a mistake.
pub const MAX_ATTEMPTS_LIMIT: u32 = 100;

// The token must never reach a log line, so `Debug` is written by hand.
impl fmt::Debug for ClientConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientConfig")
            .field("token", &"[REDACTED]")
            .field("base_url", &self.base_url)
            .field("retry", &self.retry)
            .field("timeout", &self.timeout)
            .field("poll_interval", &self.poll_interval)
            .field("user_agent", &self.user_agent)
            .field("rate_limit_mode", &self.rate_limit_mode)
            .field("rate_limit_reserve", &self.rate_limit_reserve)
            .field("wait_timeout", &self.wait_timeout)
            .field("max_response_bytes", &self.max_response_bytes)
            .field("rate_limit_store", &self.rate_limit_store)
            .finish()
    }
}

impl ClientConfig {
    pub fn new(token: impl Into<String>) -> Self {
        ClientConfig {
            token: token.into(),
            base_url: DEFAULT_BASE_URL.to_owned(),
            retry: RetryConfig::default(),
            timeout: Duration::from_secs(30),
            poll_interval: Duration::from_secs(1),
            user_agent: None,
            rate_limit_mode: RateLimitMode::Adaptive,
            rate_limit_reserve: 0,
            wait_timeout: Duration::from_secs(30 * 60),
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            rate_limit_store: None,
        }
    }

    /// Rejects settings that cannot work, naming the setting.
    pub fn validate(&self) -> Result<(), Error> {
        let bad = |what: &str| Err(Error::invalid_argument(what.to_owned()));
        if self.token.trim().is_empty() {
            return bad("apiToken must be a non-empty string");
        }
        if self.token.chars().any(|c| c.is_control() || c == ' ') {
            return bad("apiToken must not contain spaces or control characters");
        }
        match url::Url::parse(&self.base_url) {
            Ok(u) if matches!(u.scheme(), "http" | "https") && u.has_host() => {}
            _ => return bad("baseUrl must be an absolute http(s) URL"),
        }
        if !(1..=MAX_ATTEMPTS_LIMIT).contains(&self.retry.max_attempts) {
            return bad(&format!("retry.maxAttempts must be an integer from 1 to {MAX_ATTEMPTS_LIMIT}"));
        }
        if !(self.retry.multiplier.is_finite() && (1.0..=100.0).contains(&self.retry.multiplier)) {
            return bad("retry.multiplier must be a number from 1 to 100");
        }
        if self.retry.max_delay < self.retry.initial_delay {
            return bad("retry.maxDelayMs must not be below retry.initialDelayMs");
        }
        if self.timeout.is_zero() {
            return bad("timeoutMs must be positive");
        }
        if !(1024..=MAX_RESPONSE_BYTES_LIMIT).contains(&self.max_response_bytes) {
            return bad(&format!("maxResponseBytes must be an integer from 1024 to {MAX_RESPONSE_BYTES_LIMIT}"));
        }
        if self.poll_interval.is_zero() {
            return bad("pollIntervalMs must be positive");
        }
        Ok(())
    }
}
