//! A request budget kept in Redis, shared by every process and machine that uses one token.
//!
//! The bucket lives in one Redis hash per (base URL, token), keyed by a hash of both (never the
//! token itself). Two Lua scripts keep it atomic: `take` refills it at the rate learned from the
//! `RateLimit-*` headers and takes one request (recording it as in flight) or says how long to
//! wait; `observe` sets it to what an answer reported minus the requests still in flight, and
//! records the refill rate the answering process has learned. Redis' own clock (`TIME`) is the one clock, so
//! machines need not agree on theirs. When Redis cannot be reached, the caller falls back to the
//! in-process budget and tries Redis again a few seconds later.

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use redis::aio::MultiplexedConnection;
use tokio::time::Instant;

use crate::error::Error;

/// How to reach the store.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct StoreConfig {
    /// `redis://[:password@]host:port[/db]`.
    pub url: String,
    /// Prepended to the bucket's key.
    pub prefix: String,
}

impl std::fmt::Debug for StoreConfig {
    // The URL may carry a password.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StoreConfig").field("url", &"[REDACTED]").field("prefix", &self.prefix).finish()
    }
}

/// One store answer to "may a request go now?".
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Take {
    Granted,
    Wait(Duration),
    /// The bucket is not seeded yet (no answer with headers reached the store).
    Unknown,
    /// Redis cannot be reached: use the in-process budget.
    Unavailable,
}

/// A change of the store's health, for one log line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Health {
    Down,
    Up,
}

// KEYS[1]: the bucket (hash: tokens, ts, rate); KEYS[2]: the requests taken and not yet
// answered (sorted set scored by the time they were taken).
const TAKE: &str = r#"
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local limit, floor = tonumber(ARGV[1]), tonumber(ARGV[3])
local s = redis.call('HMGET', KEYS[1], 'tokens', 'ts', 'rate')
if not s[1] then return -1 end
-- The refill rate the last answer taught its process; a caller's own estimate only before that.
local rate = tonumber(s[3]) or tonumber(ARGV[2])
local tokens = math.min(limit, tonumber(s[1]) + rate * math.max(0, now - tonumber(s[2])) / 1000)
local wait = 0
if tokens >= floor + 1 then
  tokens = tokens - 1
  redis.call('ZADD', KEYS[2], now, now .. ':' .. redis.call('INCR', KEYS[1] .. ':seq'))
  redis.call('PEXPIRE', KEYS[2], 3600000)
  redis.call('PEXPIRE', KEYS[1] .. ':seq', 3600000)
else
  wait = math.ceil((floor + 1 - tokens) * 1000 / math.max(rate, 0.001))
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'ts', now)
redis.call('PEXPIRE', KEYS[1], 3600000)
return wait
"#;

// An answer arrived: its request is no longer in flight (the oldest taken stands for it; ones
// older than a minute were lost), and the bucket holds what the API reported minus what is
// still in flight. Answers overtake each other, and an older one reports a fuller bucket: the
// bucket follows the lowest of the last 8 readings, each refilled since it was made.
const OBSERVE: &str = r#"
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local remaining, limit, rate = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - 60000)
redis.call('ZPOPMIN', KEYS[2])
local obs = KEYS[1] .. ':obs'
redis.call('LPUSH', obs, (remaining - redis.call('ZCARD', KEYS[2])) .. ':' .. now)
redis.call('LTRIM', obs, 0, 7)
redis.call('PEXPIRE', obs, 3600000)
local tokens = limit
for _, e in ipairs(redis.call('LRANGE', obs, 0, 7)) do
  local v, at = string.match(e, '^(-?[%d.]+):(%d+)$')
  tokens = math.min(tokens, tonumber(v) + rate * (now - tonumber(at)) / 1000)
end
tokens = math.max(0, tokens)
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'ts', now, 'rate', tostring(rate))
redis.call('PEXPIRE', KEYS[1], 3600000)
return 1
"#;

/// How long one Redis round trip may take before the store counts as unreachable.
const TIMEOUT: Duration = Duration::from_millis(500);
/// How long the store is left alone after it failed.
const RETRY_AFTER: Duration = Duration::from_secs(2);

pub struct Store {
    client: redis::Client,
    key: String,
    conn: tokio::sync::Mutex<Option<MultiplexedConnection>>,
    down_until: Mutex<Option<Instant>>,
    down: AtomicBool,
    event: Mutex<Option<Health>>,
    take: redis::Script,
    observe: redis::Script,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("key", &self.key).finish()
    }
}

impl Store {
    pub fn new(cfg: &StoreConfig, base_url: &str, token: &str) -> Result<Self, Error> {
        let client = redis::Client::open(cfg.url.as_str())
            .map_err(|_| Error::invalid_argument("rateLimit.store must be a redis:// URL"))?;
        // A stable name for the bucket from which the token cannot be read back.
        let mut ctx = ring::digest::Context::new(&ring::digest::SHA256);
        ctx.update(base_url.trim_end_matches('/').as_bytes());
        ctx.update(b"\n");
        ctx.update(token.as_bytes());
        let digest = ctx.finish();
        let hex: String = digest.as_ref()[..16].iter().map(|b| format!("{b:02x}")).collect();
        let key = format!("{}budget:{hex}", cfg.prefix);
        Ok(Store {
            client,
            key,
            conn: tokio::sync::Mutex::new(None),
            down_until: Mutex::new(None),
            down: AtomicBool::new(false),
            event: Mutex::new(None),
            take: redis::Script::new(TAKE),
            observe: redis::Script::new(OBSERVE),
        })
    }

    /// Whether to ask Redis now (it is up, or its pause after a failure is over).
    pub fn usable(&self) -> bool {
        let until = *self.down_until.lock().unwrap_or_else(|e| e.into_inner());
        until.is_none_or(|t| Instant::now() >= t)
    }

    /// The last change of health not reported yet.
    pub fn health_event(&self) -> Option<Health> {
        self.event.lock().unwrap_or_else(|e| e.into_inner()).take()
    }

    fn set_health(&self, up: bool) {
        let was_down = self.down.swap(!up, Ordering::Relaxed);
        *self.down_until.lock().unwrap_or_else(|e| e.into_inner()) =
            if up { None } else { Some(Instant::now() + RETRY_AFTER) };
        if was_down == up {
            *self.event.lock().unwrap_or_else(|e| e.into_inner()) = Some(if up { Health::Up } else { Health::Down });
        }
    }

    async fn run<T: redis::FromRedisValue>(&self, script: &redis::Script, args: &[String]) -> Option<T> {
        let attempt = async {
            let mut slot = self.conn.lock().await;
            if slot.is_none() {
                *slot = Some(self.client.get_multiplexed_async_connection().await?);
            }
            let mut conn = slot.clone().expect("connected above");
            drop(slot);
            let mut inv = script.key(&self.key);
            inv.key(format!("{}:inflight", self.key));
            for a in args {
                inv.arg(a);
            }
            inv.invoke_async::<T>(&mut conn).await
        };
        match tokio::time::timeout(TIMEOUT, attempt).await {
            Ok(Ok(v)) => {
                self.set_health(true);
                Some(v)
            }
            _ => {
                // Drop the connection: the next use after the pause connects anew.
                *self.conn.lock().await = None;
                self.set_health(false);
                None
            }
        }
    }

    /// Takes one request from the shared bucket, leaving `floor` in it.
    pub async fn take(&self, limit: u64, rate: f64, floor: f64) -> Take {
        let args = [limit.to_string(), format!("{rate:.6}"), format!("{floor:.3}")];
        match self.run::<i64>(&self.take, &args).await {
            None => Take::Unavailable,
            Some(-1) => Take::Unknown,
            Some(0) => Take::Granted,
            Some(ms) => Take::Wait(Duration::from_millis(ms.clamp(1, 60_000) as u64)),
        }
    }

    /// Lowers the shared bucket to what an answer reported.
    pub async fn observe(&self, remaining: u64, limit: u64, rate: f64) {
        let args = [remaining.to_string(), limit.to_string(), format!("{rate:.6}")];
        let _: Option<i64> = self.run(&self.observe, &args).await;
    }
}
