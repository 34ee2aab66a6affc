//! The `RateLimit-*` headers and the budget they feed: one per (base URL, token) in the process.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use http::header::HeaderMap;
use serde::Serialize;
use tokio::sync::Notify;
use tokio::time::Instant;

use crate::call::Call;
use crate::error::Error;
use crate::transport::store::{Health, Store, Take};

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
        let num = |name: &str| -> Option<u64> { headers.get(name)?.to_str().ok()?.trim().parse().ok() };
        Some(RateLimitState {
            limit: num("ratelimit-limit")?,
            remaining: num("ratelimit-remaining")?,
            reset: num("ratelimit-reset")?,
        })
    }
}

/// The bucket of a project refills in at most an hour (3600 requests at one per second): a
/// `Reset` further ahead is implausible and is read as an hour ahead.
pub const MAX_RESET_AHEAD_SECS: u64 = 3600;

impl RateLimitState {
    /// The headers as the budget may believe them, and whether they had to be corrected:
    /// `None` for a limit of 0 (nothing can be paced by it); `remaining` at most `limit`;
    /// `reset` at most [`MAX_RESET_AHEAD_SECS`] ahead of `now_unix`.
    pub fn plausible(self, now_unix: f64) -> Option<(RateLimitState, bool)> {
        if self.limit == 0 {
            return None;
        }
        let latest = (now_unix.max(0.0) as u64).saturating_add(MAX_RESET_AHEAD_SECS);
        let fixed = RateLimitState {
            limit: self.limit,
            remaining: self.remaining.min(self.limit),
            reset: self.reset.min(latest),
        };
        Some((fixed, fixed != self))
    }
}

pub(crate) fn unix_now() -> f64 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or(Duration::ZERO).as_secs_f64()
}

/// A lower bound of the refill rate from one reading: the bucket lacks `limit - remaining`
/// requests and is full at `reset` at the latest.
fn reset_rate(rl: RateLimitState, now_unix: f64) -> Option<f64> {
    let missing = rl.limit.saturating_sub(rl.remaining) as f64;
    let ahead = rl.reset as f64 - now_unix;
    (missing > 0.0 && ahead > 0.0).then(|| missing / (ahead + CLOCK_SKEW_SECS))
}

/// Remaining below this warns once per crossing.
pub const WARN_BELOW: u64 = 100;

/// The request budget of one project, shared by every client and call in the process that uses
/// the same base URL and token. Fed by the `RateLimit-*` headers; in adaptive mode a request
/// waits for the refill when the estimated budget is spent, instead of drawing a 429.
#[derive(Debug, Default)]
pub struct Budget {
    state: Mutex<BudgetState>,
    changed: Notify,
    /// The bucket shared through Redis with other processes, when configured.
    store: Option<Arc<Store>>,
}

#[derive(Debug, Default)]
struct BudgetState {
    /// The headers of the last response, as sent.
    reported: Option<RateLimitState>,
    /// The same, with `remaining` corrected for responses that arrived out of order.
    last: Option<RateLimitState>,
    /// When `last` arrived.
    observed_at: Option<Instant>,
    below_warning: bool,
    /// Implausible headers were reported once already.
    warned_implausible: bool,
    /// When a request last went out past a capped wait, to refresh a budget that may be stale
    /// or wrong: at most one such probe per `max_wait`.
    last_probe: Option<Instant>,
    /// A response came without `RateLimit-*` headers: nothing to pace by.
    headerless: bool,
    /// Requests sent and not yet answered.
    in_flight: u32,
    /// Answered requests that took a token (all but 429s).
    consumed: u64,
    /// Start of the current refill measurement: (time, remaining, consumed).
    anchor: Option<(Instant, u64, u64)>,
    /// Refill rate measured from the trend of `remaining`, in requests per second.
    measured_rate: Option<f64>,
    /// Answers that were 429s.
    rate_limited: u64,
    /// Recent lower bounds of the refill rate read from `Reset`: (when, requests per second).
    reset_rates: VecDeque<(Instant, f64)>,
    /// How many consumers share the bucket, this process included (below 1: not yet known),
    /// inferred from how much faster `remaining` falls than this process spends.
    consumers: f64,
    /// Start of the current consumer measurement: (time, remaining, consumed, rate_limited).
    share_anchor: Option<(Instant, u64, u64, u64)>,
}

/// Shortest window over which the refill rate is measured.
const MEASURE_WINDOW: Duration = Duration::from_millis(250);
/// Own answers per window over which the number of consumers is measured.
const SHARE_WINDOW: u64 = 8;
/// How long a lower bound of the refill rate read from `Reset` is kept.
const RESET_RATE_MEMORY: Duration = Duration::from_secs(3);
/// `Reset` is rounded up to whole seconds by the server; our clock may run a little ahead of
/// its clock: assume up to this much, so that the rate read from `Reset` stays a lower bound.
const CLOCK_SKEW_SECS: f64 = 0.25;
/// The measured rate is trusted up to this share, leaving room for measurement noise.
const RATE_SAFETY: f64 = 0.95;

impl BudgetState {
    /// Requests per second the bucket refills at: the larger of a lower bound from `Reset` (full
    /// at `Reset`, rounded up to whole seconds: the best of the recent readings) and the
    /// measured trend (which, when other consumers share the bucket, is below the refill).
    fn rate(&self, now_unix: f64) -> Option<f64> {
        let rl = self.last?;
        let from_reset = self
            .reset_rates
            .iter()
            .map(|&(_, r)| r)
            .chain(reset_rate(rl, now_unix))
            .fold(None, |best: Option<f64>, r| Some(best.map_or(r, |b| b.max(r))))
            // A full bucket says nothing about its refill; assume it fills in an hour.
            .unwrap_or(rl.limit as f64 / 3600.0);
        let measured = self.measured_rate.map(|r| r * RATE_SAFETY);
        Some(measured.map_or(from_reset, |m| m.max(from_reset)))
    }

    /// The inferred number of consumers, at least 1.
    fn share(&self) -> f64 {
        self.consumers.max(1.0)
    }

    /// The level the process leaves in the bucket: the caller's `reserve`, and a floor on which
    /// the requests other consumers have in flight land before their answers tell this process
    /// about them: a tenth of the bucket (2 to 100 requests) when others were measured, else
    /// what refills in a quarter second (at most that tenth). Never the whole bucket.
    fn floor(&self, limit: u64, reserve: u32, rate: f64) -> f64 {
        let tenth = (0.1 * limit as f64).clamp(2.0, 100.0);
        let auto = if self.consumers >= 1.1 { tenth } else { tenth.min(0.25 * rate) };
        auto.max(reserve as f64).min(limit.saturating_sub(1) as f64)
    }

    /// Requests this process can send now without emptying the bucket: its share of what the
    /// bucket holds above the floor (the others are assumed to take theirs), minus its own
    /// requests in flight. While the share is large, only half of it goes out at once: a
    /// process sees the others' spending only once it is answered, and others may start at any
    /// moment. Round trips are short next to the refill, so the bucket is still spent in a few.
    fn available(&self, reserve: u32, now: Instant, now_unix: f64) -> f64 {
        let (Some(rl), Some(at)) = (self.last, self.observed_at) else { return 0.0 };
        let rate = self.rate(now_unix).unwrap_or(0.0);
        let refilled = rate * now.saturating_duration_since(at).as_secs_f64();
        let level = (rl.remaining as f64 + refilled).min(rl.limit as f64);
        let share = (level - self.floor(rl.limit, reserve, rate)) / self.share();
        let mine = share.min((share / 2.0).max(1.0)) - self.in_flight as f64;
        if self.consumers < 1.0 {
            // Others, if any, are not known yet: send no more than one window's worth at once.
            mine.min(SHARE_WINDOW as f64 - self.in_flight as f64)
        } else {
            mine
        }
    }

    /// How long a request must wait before it may be sent, or `None` when it may go now.
    fn wait_for(&self, reserve: u32, now: Instant, unix: f64) -> Option<Duration> {
        if self.last.is_none() {
            return if self.in_flight == 0 || self.headerless { None } else { Some(Duration::from_millis(250)) };
        }
        let available = self.available(reserve, now, unix);
        if available >= 1.0 {
            return None;
        }
        // The share grows with this process's part of the refill.
        let rate = (self.rate(unix).unwrap_or(1.0) / self.share()).max(1e-3);
        Some(
            Duration::from_secs_f64((1.0 - available) / rate)
                .clamp(Duration::from_millis(2), Duration::from_millis(250)),
        )
    }

    fn measure_share(&mut self, now: Instant, remaining: u64, limit: u64, unix: f64) {
        let Some((t, rem, consumed, limited)) = self.share_anchor else {
            self.share_anchor = Some((now, remaining, self.consumed, self.rate_limited));
            return;
        };
        let own = self.consumed - consumed;
        if own < SHARE_WINDOW {
            return;
        }
        if self.rate_limited == limited && rem < limit && remaining < limit {
            let refill = self.rate(unix).unwrap_or(0.0) * now.saturating_duration_since(t).as_secs_f64();
            let taken = rem as f64 - remaining as f64 + refill;
            let sample = (taken / own as f64).clamp(1.0, 32.0);
            // Newcomers are believed at once (overspending costs 429s), departures slowly.
            self.consumers = if sample > self.consumers { sample } else { 0.7 * self.consumers + 0.3 * sample };
        } else if self.rate_limited == limited && rem >= limit && remaining >= limit && self.consumers < 1.0 {
            // The bucket stayed full while this process drew a window's worth from it: it refills
            // faster than all its consumers take (or the server does not count), so there is
            // nothing to share. Without this, a bucket that always reads full would keep the
            // process at one window in flight forever.
            self.consumers = 1.0;
        }
        self.share_anchor = Some((now, remaining, self.consumed, self.rate_limited));
    }

    fn measure(&mut self, now: Instant, remaining: u64, limit: u64) {
        match self.anchor {
            Some((t, rem, consumed)) if now.saturating_duration_since(t) >= MEASURE_WINDOW => {
                // A full bucket at either end hides the refill: measure only between partial ones.
                if rem < limit && remaining < limit {
                    let refill = remaining as f64 - rem as f64 + (self.consumed - consumed) as f64;
                    if refill >= 0.0 {
                        let sample = refill / now.saturating_duration_since(t).as_secs_f64();
                        self.measured_rate = Some(match self.measured_rate {
                            Some(r) => 0.5 * r + 0.5 * sample,
                            None => sample,
                        });
                    }
                }
                self.anchor = Some((now, remaining, self.consumed));
            }
            Some(_) => {}
            None => self.anchor = Some((now, remaining, self.consumed)),
        }
    }
}

/// Holds one request's place in the budget until it is answered.
pub struct Permit<'a> {
    budget: Option<&'a Budget>,
}

impl Drop for Permit<'_> {
    fn drop(&mut self) {
        if let Some(b) = self.budget {
            let mut st = b.state.lock().unwrap_or_else(|e| e.into_inner());
            st.in_flight = st.in_flight.saturating_sub(1);
            drop(st);
            b.changed.notify_waiters();
        }
    }
}

/// What the caller should report after recording a response.
#[derive(Debug, PartialEq, Eq)]
pub enum Crossing {
    None,
    /// `remaining` just fell below [`WARN_BELOW`].
    Low,
    /// The headers were implausible and were corrected (reported once per budget).
    Implausible,
}

impl Budget {
    /// A budget whose bucket is kept in `store`, shared with every process that uses it.
    pub fn with_store(store: Option<Arc<Store>>) -> Self {
        Budget { store, ..Default::default() }
    }

    /// A change of the shared store's health since the last call, to log once.
    pub fn store_health(&self) -> Option<Health> {
        self.store.as_ref().and_then(|s| s.health_event())
    }

    pub fn reported(&self) -> Option<RateLimitState> {
        self.state.lock().unwrap_or_else(|e| e.into_inner()).reported
    }

    /// Waits until a request may be sent without emptying the bucket below `reserve`.
    /// Before the first response only one request goes out, to learn the budget. No sleep lasts
    /// longer than `max_wait`, and once per `max_wait` one request that waited that long goes out
    /// anyway as a probe, whose answer corrects a budget that a broken or stale header left spent.
    pub(crate) async fn acquire(
        &self,
        adaptive: bool,
        reserve: u32,
        max_wait: Duration,
        call: &Call,
    ) -> Result<Permit<'_>, Error> {
        if !adaptive {
            return Ok(Permit { budget: None });
        }
        let start = Instant::now();
        loop {
            if let Some(wait) = self.ask_store(reserve, call).await? {
                if wait.is_zero() {
                    self.lock().in_flight += 1;
                    return Ok(Permit { budget: Some(self) });
                }
                if Instant::now().saturating_duration_since(start) < max_wait {
                    call.sleep(wait.min(Duration::from_millis(250)).min(max_wait)).await?;
                    continue;
                }
                // Waited as long as a single wait may last: fall through to the probe rule.
            }
            let changed = self.changed.notified();
            let wait = {
                let mut st = self.state.lock().unwrap_or_else(|e| e.into_inner());
                let now = Instant::now();
                match st.wait_for(reserve, now, unix_now()) {
                    None => {
                        st.in_flight += 1;
                        return Ok(Permit { budget: Some(self) });
                    }
                    Some(_)
                        if now.saturating_duration_since(start) >= max_wait
                            && st.last_probe.is_none_or(|t| now.saturating_duration_since(t) >= max_wait) =>
                    {
                        st.in_flight += 1;
                        st.last_probe = Some(now);
                        return Ok(Permit { budget: Some(self) });
                    }
                    Some(wait) => wait.min(max_wait),
                }
            };
            call.guard(async {
                tokio::select! {
                    _ = changed => {}
                    _ = tokio::time::sleep(wait.max(Duration::from_millis(1))) => {}
                }
            })
            .await?;
        }
    }

    /// What the budget believes, for debug logs.
    pub fn belief(&self) -> serde_json::Value {
        let st = self.lock();
        let unix = unix_now();
        serde_json::json!({
            "consumers": st.share(),
            "refill_per_s": st.rate(unix).unwrap_or(0.0),
            "remaining": st.last.map_or(0, |l| l.remaining),
            "in_flight": st.in_flight,
            "available": st.available(0, Instant::now(), unix),
        })
    }

    /// Asks the shared store, when there is one and it is usable and seeded: `Some(ZERO)` when
    /// the request may go, `Some(wait)` when it must wait, `None` to decide in-process (no
    /// store, Redis unreachable, or no answer with headers seen yet).
    async fn ask_store(&self, reserve: u32, call: &Call) -> Result<Option<Duration>, Error> {
        let Some(store) = self.store.as_ref().filter(|s| s.usable()) else { return Ok(None) };
        let (limit, rate) = {
            let st = self.lock();
            let Some(rl) = st.last else { return Ok(None) };
            (rl.limit, st.rate(unix_now()).unwrap_or(1.0))
        };
        // A small floor absorbs what the store cannot see exactly (answers overtaking each other,
        // first requests sent before a process joined the store, the API's refill running a
        // little behind the rate learned from whole-second `Reset` headers): 10% of the bucket
        // (2 to 100 requests), or the caller's reserve. (5% let one request in 1,200 meet a 429
        // in a test with four processes.)
        let floor = (0.1 * limit as f64).clamp(2.0, 100.0).max(reserve as f64).min(limit.saturating_sub(1) as f64);
        Ok(match call.guard(store.take(limit, rate, floor)).await? {
            Take::Granted => Some(Duration::ZERO),
            Take::Wait(d) => Some(d),
            Take::Unknown | Take::Unavailable => None,
        })
    }

    /// How long a request would wait now (zero when it could be sent at once).
    pub fn next_wait(&self, reserve: u32) -> Duration {
        let st = self.state.lock().unwrap_or_else(|e| e.into_inner());
        st.wait_for(reserve, Instant::now(), unix_now()).unwrap_or(Duration::ZERO)
    }

    /// Records a response that carried no `RateLimit-*` headers.
    pub fn record_headerless(&self) {
        self.state.lock().unwrap_or_else(|e| e.into_inner()).headerless = true;
        self.changed.notify_waiters();
    }

    /// Records a response's headers; says when the warning threshold was crossed or the
    /// headers were implausible.
    pub fn record(&self, raw: RateLimitState, rate_limited: bool) -> Crossing {
        let unix = unix_now();
        let Some((rl, corrected)) = raw.plausible(unix) else {
            // A limit of 0 cannot pace anything: treat the answer as one without headers.
            let first = !std::mem::replace(&mut self.lock().warned_implausible, true);
            self.record_headerless();
            return if first { Crossing::Implausible } else { Crossing::None };
        };
        let mut st = self.lock();
        let now = Instant::now();
        if rate_limited {
            // The bucket ran dry although this process left it a share: others take more than
            // thought. Once per measurement window, assume a quarter more of them.
            if st.consumers >= 1.0 && st.share_anchor.is_none_or(|(_, _, _, limited)| limited == st.rate_limited) {
                st.consumers = (st.share() * 1.25).min(32.0);
            }
            st.rate_limited += 1;
        } else {
            st.consumed += 1;
        }
        st.measure(now, rl.remaining, rl.limit);
        if let Some(r) = reset_rate(rl, unix) {
            st.reset_rates.retain(|&(at, _)| now.saturating_duration_since(at) < RESET_RATE_MEMORY);
            if st.reset_rates.len() >= 64 {
                st.reset_rates.pop_front();
            }
            st.reset_rates.push_back((now, r));
        }
        // Responses overtake each other: one processed earlier may arrive later with a higher
        // `remaining`. Never let an observation raise the estimate above what the refill allows.
        st.reported = Some(rl);
        let mut rl = rl;
        if let (Some(prev), Some(at)) = (st.last, st.observed_at) {
            let refill = st.rate(unix).unwrap_or(0.0) * now.saturating_duration_since(at).as_secs_f64();
            let ceiling = (prev.remaining as f64 + refill).floor() as u64;
            if prev.limit == rl.limit && rl.remaining > ceiling {
                rl.remaining = ceiling;
            }
        }
        st.last = Some(rl);
        st.observed_at = Some(now);
        st.measure_share(now, rl.remaining, rl.limit, unix);
        if let Some(store) = self.store.as_ref().filter(|s| s.usable()) {
            let rate = st.rate(unix).unwrap_or(1.0);
            if let Ok(rt) = tokio::runtime::Handle::try_current() {
                let store = store.clone();
                let remaining = if rate_limited { 0 } else { rl.remaining };
                rt.spawn(async move { store.observe(remaining, rl.limit, rate).await });
            }
        }
        let below = st.reported.is_some_and(|r| r.remaining < WARN_BELOW);
        let crossed = below && !st.below_warning;
        st.below_warning = below;
        let implausible = corrected && !std::mem::replace(&mut st.warned_implausible, true);
        drop(st);
        self.changed.notify_waiters();
        if implausible {
            Crossing::Implausible
        } else if crossed {
            Crossing::Low
        } else {
            Crossing::None
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, BudgetState> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reset_gives_a_lower_bound_of_the_refill_rate() {
        let st = BudgetState {
            last: Some(RateLimitState { limit: 3600, remaining: 0, reset: 10_003_600 }),
            ..Default::default()
        };
        let r = st.rate(10_000_000.0).unwrap();
        assert!(r <= 1.0 && r > 0.999, "{r}");
    }

    #[test]
    fn measures_the_refill_from_the_trend() {
        let mut st = BudgetState::default();
        let t0 = Instant::now();
        st.measure(t0, 10, 50);
        // 20 requests answered in one second, and remaining still rose by 5: 25 refilled.
        st.consumed += 20;
        st.measure(t0 + Duration::from_secs(1), 15, 50);
        assert_eq!(st.measured_rate, Some(25.0));
    }

    #[tokio::test(start_paused = true)]
    async fn waits_for_the_refill_instead_of_overdrawing() {
        let b = Budget::default();
        let call = Call::new(&crate::CallOptions::default(), Duration::from_secs(30));
        // Empty bucket of 10, full in 10 s: about one request per second. The floor is what
        // refills in a quarter second: the first request goes after about 1.25 s.
        let reset = unix_now() as u64 + 10;
        b.record(RateLimitState { limit: 10, remaining: 0, reset }, false);
        let start = Instant::now();
        let permit = b.acquire(true, 0, Duration::from_secs(30), &call).await.unwrap();
        let waited = start.elapsed();
        assert!(waited >= Duration::from_millis(1100), "{waited:?}");
        assert!(waited <= Duration::from_millis(1500), "{waited:?}");
        drop(permit);
        // Off: never waits.
        let _p = b.acquire(false, 0, Duration::from_secs(30), &call).await.unwrap();
    }

    #[test]
    fn infers_other_consumers_from_how_fast_remaining_falls() {
        let b = Budget::default();
        let reset = unix_now() as u64 + 2;
        // Each own answer sees the bucket 4 lower: three others spend as much as this process.
        for i in 0..=24u64 {
            b.record(RateLimitState { limit: 1000, remaining: 900 - 4 * i, reset }, false);
        }
        let consumers = b.belief()["consumers"].as_f64().unwrap();
        assert!((3.5..=4.5).contains(&consumers), "{consumers}");
        // Alone: one lower per answer.
        let alone = Budget::default();
        for i in 0..=24u64 {
            alone.record(RateLimitState { limit: 1000, remaining: 900 - i, reset }, false);
        }
        let consumers = alone.belief()["consumers"].as_f64().unwrap();
        assert!(consumers < 1.1, "{consumers}");
    }

    #[tokio::test]
    async fn a_bucket_that_stays_full_does_not_cap_requests_in_flight() {
        let b = Budget::default();
        let call = Call::new(&crate::CallOptions::default(), Duration::from_secs(30));
        let full = RateLimitState { limit: 3600, remaining: 3600, reset: unix_now() as u64 };
        // Before a window of own answers the process does not know who else draws: it sends
        // one window's worth at once.
        b.record(full, false);
        let first: Vec<_> = (0..SHARE_WINDOW).map(|_| b.next_wait(0)).collect();
        assert!(first.iter().all(Duration::is_zero));
        // A window of answers later, the bucket still reads full: 64 may be in flight at once.
        for _ in 0..=SHARE_WINDOW {
            b.record(full, false);
        }
        let mut permits = Vec::new();
        for _ in 0..64 {
            assert_eq!(b.next_wait(0), Duration::ZERO, "after {} in flight", permits.len());
            permits.push(b.acquire(true, 0, Duration::from_secs(30), &call).await.unwrap());
        }
        assert!((b.belief()["consumers"].as_f64().unwrap() - 1.0).abs() < 1e-9);
    }

    #[test]
    fn implausible_headers_are_corrected_and_reported_once() {
        let b = Budget::default();
        let far = RateLimitState { limit: 3600, remaining: 5000, reset: u64::MAX };
        assert_eq!(b.record(far, false), Crossing::Implausible);
        assert_eq!(b.record(far, false), Crossing::None);
        let seen = b.reported().unwrap();
        assert_eq!(seen.remaining, 3600);
        assert!(seen.reset <= unix_now() as u64 + MAX_RESET_AHEAD_SECS);
        let zero = Budget::default();
        assert_eq!(zero.record(RateLimitState { limit: 0, remaining: 0, reset: 0 }, false), Crossing::Implausible);
        // A limit of 0 paces nothing: requests go at once.
        assert_eq!(zero.next_wait(0), Duration::ZERO);
    }

    #[tokio::test(start_paused = true)]
    async fn no_request_waits_longer_than_max_wait() {
        let b = Budget::default();
        let call = Call::new(&crate::CallOptions::default(), Duration::from_secs(30));
        // Spent, and full only in an hour: the refill estimate says minutes per request.
        b.record(RateLimitState { limit: 3600, remaining: 0, reset: unix_now() as u64 + 3600 * 24 }, false);
        let start = Instant::now();
        let probe = b.acquire(true, 0, Duration::from_millis(500), &call).await.unwrap();
        let waited = start.elapsed();
        assert!(waited >= Duration::from_millis(500) && waited < Duration::from_millis(600), "{waited:?}");
        drop(probe);
    }

    #[test]
    fn parses_headers() {
        let mut h = HeaderMap::new();
        h.insert("RateLimit-Limit", "3600".parse().unwrap());
        h.insert("RateLimit-Remaining", "42".parse().unwrap());
        h.insert("RateLimit-Reset", "1700000000".parse().unwrap());
        assert_eq!(
            RateLimitState::from_headers(&h),
            Some(RateLimitState { limit: 3600, remaining: 42, reset: 1_700_000_000 })
        );
        h.remove("RateLimit-Reset");
        assert_eq!(RateLimitState::from_headers(&h), None);
    }

    #[test]
    fn warns_once_per_crossing() {
        let b = Budget::default();
        let at = |remaining| RateLimitState { limit: 3600, remaining, reset: 0 };
        assert_eq!(b.record(at(150), false), Crossing::None);
        assert_eq!(b.record(at(99), false), Crossing::Low);
        assert_eq!(b.record(at(98), false), Crossing::None);
        assert_eq!(b.record(at(100), false), Crossing::None);
        assert_eq!(b.record(at(50), false), Crossing::Low);
    }
}
