//! The action waiter: one polling loop per project (base URL, token) in the process. Every
//! pending wait registers its action id here; each tick fetches up to 25 due ids per
//! `GET /actions?id=..`, and the interval of an action stretches the longer it runs.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use http::Method;
use tokio::sync::{Notify, oneshot};
use tokio::time::Instant;
use tokio_util::sync::CancellationToken;

use crate::actions::{Action, RawActionList, ids_query, split_actions};
use crate::call::{Call, CallOptions};
use crate::client::{Client, Json, decode};
use crate::error::{Error, codes};
use crate::transport::Request;

/// Ids per `GET /actions?id=..` request.
pub const BATCH: usize = 25;
/// An action's poll interval grows to at most this multiple of `poll_interval`.
const MAX_STRETCH: f64 = 5.0;

pub type ProgressFn = Arc<dyn Fn(&Json<Action>) + Send + Sync>;

#[derive(Clone, Default)]
pub struct WaitOptions {
    /// Give up after this long (`wait_timeout`); the client's `wait_timeout` when unset.
    pub timeout: Option<Duration>,
    pub cancel: Option<CancellationToken>,
    /// Called with each new progress value.
    pub on_progress: Option<ProgressFn>,
}

/// What to wait for: an id, or an action already fetched.
pub enum Target {
    Id(i64),
    Action(Box<Json<Action>>),
}

type Outcome = Result<Json<Action>, Error>;

struct Waiter {
    tx: oneshot::Sender<Outcome>,
    on_progress: Option<ProgressFn>,
}

struct Entry {
    waiters: Vec<Waiter>,
    due: Instant,
    polls: u32,
    last_progress: Option<i64>,
    /// When the wait began and the progress then: the progress rate since predicts the end.
    since: Instant,
    start_progress: i64,
    /// The last look was at a predicted end, and the action was still running.
    predicted: bool,
    missed: bool,
}

impl Entry {
    /// When to look next at a running action: one stretched interval from now, or, when the
    /// progress so far says it ends sooner, right at its predicted end (a tenth of an interval
    /// from now at the soonest; half an interval after a prediction that missed). Says whether
    /// the time is a prediction: predicted looks snap to a fine grid, so that they are late by
    /// little, regular looks to a coarse one, so that they share requests.
    fn next_due(&self, now: Instant, progress: i64, base: Duration) -> (Instant, bool) {
        let stretch = (1.0 + self.polls as f64 / 10.0).min(MAX_STRETCH);
        let regular = now + base.mul_f64(stretch);
        let progress = progress.clamp(0, 100);
        let gained = (progress - self.start_progress.clamp(0, 100)) as f64;
        let elapsed = now.saturating_duration_since(self.since).as_secs_f64();
        if gained <= 0.0 || progress >= 100 {
            return (regular, false);
        }
        let remaining = elapsed * (100 - progress) as f64 / gained;
        // Progress is reported in whole percent: aim a little past the end, not before it.
        let margin = Duration::from_secs_f64(elapsed / gained).min(base / 20) + Duration::from_millis(5);
        let predicted = now + Duration::from_secs_f64(remaining) + margin;
        let soonest = now + if self.missed { base / 2 } else { base / 10 };
        if predicted >= regular { (regular, false) } else { (predicted.max(soonest), true) }
    }
}

#[derive(Default)]
pub(crate) struct Poller {
    state: Mutex<State>,
    wake: Notify,
}

#[derive(Default)]
struct State {
    pending: HashMap<i64, Entry>,
    running: bool,
}

impl Client {
    /// Waits until the action succeeds; rejects with the action's error code when it fails.
    pub async fn wait_for_action(&self, target: Target, opts: WaitOptions) -> Result<Json<Action>, Error> {
        let (id, known) = match target {
            Target::Id(id) => (id, None),
            Target::Action(a) => (a.value.id, Some(*a)),
        };
        if let Some(a) = known.as_ref().filter(|a| !a.value.is_running()) {
            return finished(a.clone());
        }
        let timeout = opts.timeout.unwrap_or(self.inner.config.wait_timeout);
        let call = Call::new(
            &CallOptions { timeout: None, deadline: Some(timeout), cancel: opts.cancel.clone() },
            self.inner.transport.default_timeout(),
        );
        // An action known to be running is first looked at one interval from now.
        let base = self.inner.config.poll_interval;
        // The first look at a running action comes one interval after it was handed over, on a
        // fine grid (1/8 interval) so that actions started together are fetched together
        // without waiting long; later looks use the coarse grid (1/2 interval).
        let first_due = if known.is_some() { on_grid(Instant::now() + base, base / 8) } else { Instant::now() };
        let start_progress = known.as_ref().map_or(0, |a| a.value.progress);
        let rx = self.register(id, first_due, start_progress, opts.on_progress);
        match call.guard(rx).await {
            Ok(Ok(outcome)) => outcome,
            Ok(Err(_)) => Err(Error::new(codes::NETWORK_ERROR, "the action poller stopped")),
            Err(e) if e.is(codes::DEADLINE_EXCEEDED) => Err(Error::new(
                codes::WAIT_TIMEOUT,
                format!("action {id} did not finish within {} ms", timeout.as_millis()),
            )
            .at("GET", &format!("/actions/{id}"))),
            Err(e) => Err(e.at("GET", &format!("/actions/{id}"))),
        }
    }

    /// Waits for several actions; resolves when all succeeded, rejects at the first failure (the
    /// other waits end with it).
    pub async fn wait_for_actions(&self, targets: Vec<Target>, opts: WaitOptions) -> Result<Vec<Json<Action>>, Error> {
        let mut set = tokio::task::JoinSet::new();
        let count = targets.len();
        for (i, t) in targets.into_iter().enumerate() {
            let client = self.clone();
            let opts = opts.clone();
            set.spawn(async move { (i, client.wait_for_action(t, opts).await) });
        }
        let mut out: Vec<Option<Json<Action>>> = vec![None; count];
        while let Some(joined) = set.join_next().await {
            let (i, result) = joined.map_err(|e| Error::new(codes::NETWORK_ERROR, format!("wait task failed: {e}")))?;
            // Returning drops the set, which aborts the remaining waits.
            out[i] = Some(result?);
        }
        Ok(out.into_iter().flatten().collect())
    }

    fn register(
        &self,
        id: i64,
        due: Instant,
        start_progress: i64,
        on_progress: Option<ProgressFn>,
    ) -> oneshot::Receiver<Outcome> {
        let poller = &self.inner.shared.poller;
        let (tx, rx) = oneshot::channel();
        let start = {
            let mut st = poller.state.lock().unwrap_or_else(|e| e.into_inner());
            let entry = st.pending.entry(id).or_insert_with(|| Entry {
                waiters: Vec::new(),
                due,
                polls: 0,
                last_progress: None,
                since: Instant::now(),
                start_progress,
                predicted: false,
                missed: false,
            });
            entry.due = entry.due.min(due);
            entry.waiters.push(Waiter { tx, on_progress });
            !std::mem::replace(&mut st.running, true)
        };
        if start {
            tokio::spawn(self.clone().poll_loop());
        } else {
            poller.wake.notify_one();
        }
        rx
    }

    async fn poll_loop(self) {
        let _guard = LoopGuard(self.clone());
        let base = self.inner.config.poll_interval;
        let poller = &self.inner.shared.poller;
        loop {
            let (due_ids, next) = {
                let mut st = poller.state.lock().unwrap_or_else(|e| e.into_inner());
                st.pending.retain(|_, e| {
                    e.waiters.retain(|w| !w.tx.is_closed());
                    !e.waiters.is_empty()
                });
                if st.pending.is_empty() {
                    st.running = false;
                    return;
                }
                // Ids due within a sixteenth of an interval ride along with this tick, but a look
                // at a predicted end is never taken early: it would only find the action running.
                let now = Instant::now();
                let horizon = now + base / 16;
                let mut due: Vec<i64> = st
                    .pending
                    .iter()
                    .filter(|(_, e)| e.due <= if e.predicted { now } else { horizon })
                    .map(|(id, _)| *id)
                    .collect();
                due.sort_unstable();
                let next = st.pending.values().map(|e| e.due).min();
                (due, next)
            };
            if due_ids.is_empty() {
                if let Some(at) = next {
                    tokio::select! {
                        _ = tokio::time::sleep_until(at) => {}
                        _ = poller.wake.notified() => {}
                    }
                }
                continue;
            }
            for chunk in due_ids.chunks(BATCH) {
                let result = self.fetch(chunk).await;
                self.deliver(chunk, result, base);
            }
        }
    }

    async fn fetch(&self, ids: &[i64]) -> Result<Vec<Json<Action>>, Error> {
        let mut req = Request::new(Method::GET, "/actions");
        req.query = ids_query(ids);
        let call = self.call(&CallOptions::default());
        let resp = self.send_in(&req, &call).await?;
        let list: Json<RawActionList> = decode(&req, resp)?;
        split_actions(list.value)
            .map_err(|e| Error::new(codes::INVALID_RESPONSE, format!("bad action in list: {e}")).at("GET", "/actions"))
    }

    fn deliver(&self, ids: &[i64], result: Result<Vec<Json<Action>>, Error>, base: Duration) {
        let poller = &self.inner.shared.poller;
        let mut st = poller.state.lock().unwrap_or_else(|e| e.into_inner());
        let actions = match result {
            Ok(a) => a,
            // A passing outage (the transport already retried) must not end long waits: look
            // again one interval later; each wait's own time limit still applies.
            Err(e) if is_transient(&e) => {
                for id in ids {
                    if let Some(entry) = st.pending.get_mut(id) {
                        entry.due = on_grid(Instant::now() + base, base / 2);
                    }
                }
                return;
            }
            Err(e) => {
                for id in ids {
                    if let Some(entry) = st.pending.remove(id) {
                        for w in entry.waiters {
                            let _ = w.tx.send(Err(e.clone()));
                        }
                    }
                }
                return;
            }
        };
        let mut found: HashMap<i64, Json<Action>> = actions.into_iter().map(|a| (a.value.id, a)).collect();
        for id in ids {
            let Some(mut entry) = st.pending.remove(id) else {
                continue;
            };
            let Some(action) = found.remove(id) else {
                let err = Error::new(codes::NOT_FOUND, format!("action {id} does not exist")).at("GET", "/actions");
                for w in entry.waiters {
                    let _ = w.tx.send(Err(err.clone()));
                }
                continue;
            };
            if entry.last_progress != Some(action.value.progress) {
                entry.last_progress = Some(action.value.progress);
                for w in &entry.waiters {
                    if let Some(cb) = &w.on_progress {
                        cb(&action);
                    }
                }
            }
            if action.value.is_running() {
                entry.polls += 1;
                entry.missed = entry.predicted;
                let (due, predicted) = entry.next_due(Instant::now(), action.value.progress, base);
                entry.predicted = predicted;
                // Predicted looks share a request when their ends fall within a 1/32 interval
                // (at least 10 ms, so that very short intervals still batch).
                let fine = (base / 32).max(Duration::from_millis(10));
                entry.due = on_grid(due, if predicted { fine } else { base / 2 });
                st.pending.insert(*id, entry);
            } else {
                for w in entry.waiters {
                    let _ = w.tx.send(finished(action.clone()));
                }
            }
        }
    }
}

/// Should the poll loop ever panic, its waits end with an error instead of hanging, and the
/// next wait starts a new loop.
struct LoopGuard(Client);

impl Drop for LoopGuard {
    fn drop(&mut self) {
        if !std::thread::panicking() {
            return;
        }
        let mut st = self.0.inner.shared.poller.state.lock().unwrap_or_else(|e| e.into_inner());
        st.running = false;
        for (_, entry) in st.pending.drain() {
            for w in entry.waiters {
                let _ =
                    w.tx.send(Err(Error::new("internal_error", "the action poller failed (a bug: please report it)")));
            }
        }
    }
}

/// Failures a later poll may not meet: the network, timeouts, 5xx, the rate limit.
fn is_transient(e: &Error) -> bool {
    matches!(
        e.code.as_str(),
        codes::NETWORK_ERROR
            | codes::REQUEST_TIMEOUT
            | codes::RATE_LIMIT_EXCEEDED
            | "unavailable"
            | "server_error"
            | "bad_gateway"
            | "timeout"
    )
}

/// Due times snap to a grid of `step` shared by every wait in the process, so that actions
/// started at different moments are still fetched together, up to 25 per request.
fn on_grid(t: Instant, step: Duration) -> Instant {
    static EPOCH: std::sync::LazyLock<Instant> = std::sync::LazyLock::new(Instant::now);
    let step = step.as_secs_f64().max(1e-3);
    let since = t.saturating_duration_since(*EPOCH).as_secs_f64();
    *EPOCH + Duration::from_secs_f64((since / step).ceil() * step)
}

/// A finished action: itself on success, else an `action_failed`-style error carrying it.
fn finished(action: Json<Action>) -> Outcome {
    if action.value.status == "success" {
        return Ok(action);
    }
    let (code, message) = match &action.value.error {
        Some(e) => (e.code.clone(), e.message.clone()),
        None => (codes::ACTION_FAILED.to_owned(), "the action failed".to_owned()),
    };
    let mut err = Error::new(&code, format!("action {} ({}) failed: {message}", action.value.id, action.value.command))
        .at("GET", &format!("/actions/{}", action.value.id));
    err.action = serde_json::from_slice(&action.raw).ok();
    Err(err)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(since: Instant, polls: u32) -> Entry {
        Entry {
            waiters: Vec::new(),
            due: since,
            polls,
            last_progress: None,
            since,
            start_progress: 0,
            predicted: false,
            missed: false,
        }
    }

    #[test]
    fn due_times_snap_to_a_shared_grid() {
        let base = Duration::from_millis(1000);
        let t = Instant::now() + Duration::from_millis(1234);
        let step = base / 2;
        let a = on_grid(t, step);
        assert!(a >= t && a - t <= step);
        assert_eq!(on_grid(a, step), a);
        // Any moment in the step before a grid point meets the others there.
        assert_eq!(on_grid(a - Duration::from_millis(400), step), a);
        assert_eq!(on_grid(a - Duration::from_millis(10), step), a);
    }

    #[test]
    fn next_poll_follows_the_progress_within_bounds() {
        let base = Duration::from_millis(1000);
        let t0 = Instant::now();
        let now = t0 + Duration::from_millis(1000);
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        // 50% in one second: it ends one second from now, just before the stretched interval.
        let (due, predicted) = entry(t0, 1).next_due(now, 50, base);
        assert!(predicted);
        assert!((1000.0..=1060.0).contains(&ms(due - now)), "{due:?}");
        // 90% in one second: done in about 0.11 s; looked at then, not half an interval later.
        let (due, predicted) = entry(t0, 1).next_due(now, 90, base);
        assert!(predicted && (111.0..=170.0).contains(&ms(due - now)), "{:?}", due - now);
        // ... unless the last prediction missed: then half an interval at the soonest.
        let mut missed = entry(t0, 1);
        missed.missed = true;
        assert_eq!(missed.next_due(now, 99, base), (now + base / 2, true));
        // 40% in one second: 1.5 s to go, more than the stretched interval of 1.1 s.
        assert_eq!(entry(t0, 1).next_due(now, 40, base), (now + base.mul_f64(1.1), false));
        // No progress seen: the stretched interval, at most five times the base.
        assert_eq!(entry(t0, 100).next_due(now, 0, base), (now + base * 5, false));
    }
}
