//! The `RateLimit-*` headers and the budget they feed: one per (base URL, token) in the process.

use std::sync::Mutex;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use reqwest::header::HeaderMap;
use serde::Serialize;

/// What the API said about the request budget in its last response.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct RateLimitState {
    pub limit: u64,
    pub remaining: u64,
    /// UNIX seconds at which the budget is full again.
    pub reset: u64,
}

impl RateLimitState {
    pub fn from_headers(headers: &HeaderMap) -> Option<Self> {
        let num =
            |name: &str| -> Option<u64> { headers.get(name)?.to_str().ok()?.trim().parse().ok() };
        Some(RateLimitState {
            limit: num("ratelimit-limit")?,
            remaining: num("ratelimit-remaining")?,
            reset: num("ratelimit-reset")?,
        })
    }
}

pub(crate) fn unix_now() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or(Duration::ZERO)
        .as_secs_f64()
}

/// Remaining below this warns once per crossing.
pub const WARN_BELOW: u64 = 100;

#[derive(Debug, Default)]
pub struct Budget {
    state: Mutex<BudgetState>,
}

#[derive(Debug, Default)]
struct BudgetState {
    last: Option<RateLimitState>,
    below_warning: bool,
}

/// What the caller should report after recording a response.
#[derive(Debug, PartialEq, Eq)]
pub enum Crossing {
    None,
    /// `remaining` just fell below [`WARN_BELOW`].
    Low,
}

impl Budget {
    pub fn last(&self) -> Option<RateLimitState> {
        self.state.lock().unwrap_or_else(|e| e.into_inner()).last
    }

    /// Records a response's headers; says when the warning threshold was crossed.
    pub fn record(&self, rl: RateLimitState) -> Crossing {
        let mut st = self.state.lock().unwrap_or_else(|e| e.into_inner());
        st.last = Some(rl);
        let below = rl.remaining < WARN_BELOW;
        let crossed = below && !st.below_warning;
        st.below_warning = below;
        if crossed {
            Crossing::Low
        } else {
            Crossing::None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_headers() {
        let mut h = HeaderMap::new();
        h.insert("RateLimit-Limit", "3600".parse().unwrap());
        h.insert("RateLimit-Remaining", "42".parse().unwrap());
        h.insert("RateLimit-Reset", "1700000000".parse().unwrap());
        assert_eq!(
            RateLimitState::from_headers(&h),
            Some(RateLimitState {
                limit: 3600,
                remaining: 42,
                reset: 1_700_000_000
            })
        );
        h.remove("RateLimit-Reset");
        assert_eq!(RateLimitState::from_headers(&h), None);
    }

    #[test]
    fn warns_once_per_crossing() {
        let b = Budget::default();
        let at = |remaining| RateLimitState {
            limit: 3600,
            remaining,
            reset: 0,
        };
        assert_eq!(b.record(at(150)), Crossing::None);
        assert_eq!(b.record(at(99)), Crossing::Low);
        assert_eq!(b.record(at(98)), Crossing::None);
        assert_eq!(b.record(at(100)), Crossing::None);
        assert_eq!(b.record(at(50)), Crossing::Low);
    }
}
