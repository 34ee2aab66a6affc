//! Token buckets per bearer token, refilled on the emulated clock.

use std::collections::HashMap;

use crate::RateLimitConfig;

/// What the `RateLimit-*` headers report.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Snapshot {
    pub limit: u32,
    pub remaining: u32,
    /// UNIX seconds (real time) when the bucket is full again.
    pub reset: u64,
}

struct Bucket {
    tokens: f64,
    last_emu_ms: f64,
}

pub(crate) struct RateLimiter {
    config: Option<RateLimitConfig>,
    buckets: HashMap<Box<str>, Bucket>,
}

impl RateLimiter {
    pub fn new(config: Option<RateLimitConfig>) -> RateLimiter {
        RateLimiter { config, buckets: HashMap::new() }
    }

    pub fn clear(&mut self) {
        self.buckets.clear();
    }

    /// Takes one token for `key` if there is one. Returns whether the request may proceed and
    /// the header values after the attempt. With `take == false` only reports.
    pub fn check(&mut self, key: &str, take: bool, emu_now_ms: f64, real_unix: f64, scale: f64) -> (bool, Snapshot) {
        let Some(cfg) = self.config else {
            return (true, Snapshot { limit: 3600, remaining: 3600, reset: real_unix as u64 });
        };
        let limit = cfg.limit as f64;
        let refill = cfg.refill_per_second.max(0.0);
        let bucket = match self.buckets.get_mut(key) {
            Some(b) => b,
            None => self.buckets.entry(key.into()).or_insert(Bucket { tokens: limit, last_emu_ms: emu_now_ms }),
        };
        let elapsed_s = ((emu_now_ms - bucket.last_emu_ms) / 1000.0).max(0.0);
        bucket.tokens = (bucket.tokens + elapsed_s * refill).min(limit);
        bucket.last_emu_ms = emu_now_ms;
        let allowed = bucket.tokens >= 1.0;
        if allowed && take {
            bucket.tokens -= 1.0;
        }
        let missing = limit - bucket.tokens;
        let real_rate = refill * scale;
        let secs_to_full = if missing <= 0.0 {
            0.0
        } else if real_rate > 0.0 {
            (missing / real_rate).ceil()
        } else {
            // Never refills: report a far-away reset.
            365.0 * 86_400.0
        };
        let snapshot = Snapshot {
            limit: cfg.limit,
            remaining: if allowed { bucket.tokens.floor().max(0.0) as u32 } else { 0 },
            reset: (real_unix + secs_to_full).ceil() as u64,
        };
        (allowed, snapshot)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bucket_drains_and_refills() {
        let mut rl = RateLimiter::new(Some(RateLimitConfig { limit: 3, refill_per_second: 1.0 }));
        for want in [2, 1, 0] {
            let (ok, s) = rl.check("t", true, 0.0, 1000.0, 1.0);
            assert!(ok);
            assert_eq!(s.remaining, want);
        }
        let (ok, s) = rl.check("t", true, 0.0, 1000.0, 1.0);
        assert!(!ok);
        assert_eq!(s.remaining, 0);
        assert_eq!(s.reset, 1003);
        // Another token has its own bucket.
        assert!(rl.check("u", true, 0.0, 1000.0, 1.0).0);
        // One emulated second later one token is back.
        let (ok, s) = rl.check("t", true, 1000.0, 1001.0, 1.0);
        assert!(ok);
        assert_eq!(s.remaining, 0);
    }
}
