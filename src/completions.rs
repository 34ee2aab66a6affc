//! Hands finished calls back to JavaScript in batches.
//!
//! napi-rs settles each promise of an `async fn` through a threadsafe function of its own, made
//! and released per call. Here each client has one: a finished call is queued and the queue is
//! announced once; the JavaScript front then drains everything finished so far in one call and
//! settles its own promises. Under concurrency one wake-up settles many calls. The function is
//! unreferenced while nothing is pending (so an idle client never keeps the process alive) and
//! referenced while calls are in flight (so a pending call does).

use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::sync::Mutex;

use futures_util::FutureExt;

use napi::bindgen_prelude::*;
use napi::threadsafe_function::{ThreadsafeFunction, ThreadsafeFunctionCallMode};

use hcloud::redact::Secrets;

use crate::to_js_error_text;

pub(crate) type ReadyFn<'a> = Function<'a, (), ()>;
type ReadyTsfn = ThreadsafeFunction<(), (), (), Status, false, true>;

pub(crate) struct Completions {
    queue: Mutex<Queue>,
    ready: Mutex<ReadyTsfn>,
    /// Every rejection passes here on its way to JavaScript: the one place that scrubs secrets
    /// from errors made anywhere in the client (the transport already scrubbed its own).
    secrets: Secrets,
}

/// Longest text handed to JavaScript: V8 strings hold at most 2^29 - 24 characters, and a
/// failed conversion would throw inside the drain and lose every other result of the batch.
const MAX_TEXT: usize = (1 << 29) - 1024;

#[derive(Default)]
struct Queue {
    /// Pairs of entries: a head (`1`, `0`, `2` or `3` for resolved, rejected, progress, part, then the call
    /// id) and the JSON text, kept apart so that large bodies are never copied again.
    items: Vec<String>,
    announced: bool,
}

impl Completions {
    pub fn new(on_ready: ReadyFn<'_>, secrets: Secrets) -> Result<Self> {
        let tsfn: ReadyTsfn =
            on_ready.build_threadsafe_function::<()>().callee_handled::<false>().weak::<true>().build()?;
        Ok(Completions { queue: Mutex::new(Queue::default()), ready: Mutex::new(tsfn), secrets })
    }

    /// Runs `fut` on the runtime and queues its outcome under `id`.
    pub fn run<F>(self: &std::sync::Arc<Self>, id: u32, fut: F)
    where
        F: Future<Output = std::result::Result<String, hcloud::Error>> + Send + 'static,
    {
        // A call's future holds the whole pipeline's state (about 8 KB): boxed once, here, the
        // wrappers below and the hand-off to the runtime move a pointer instead of copying it.
        let fut = Box::pin(fut);
        let this = self.clone();
        crate::runtime::start(async move {
            // A panic must still settle the promise (and never reach the host process).
            let outcome = match AssertUnwindSafe(fut).catch_unwind().await {
                Ok(outcome) => outcome,
                Err(_) => Err(hcloud::Error::new(
                    "internal_error",
                    "the call failed inside the client (a bug: please report it)",
                )),
            };
            this.complete(id, outcome);
        });
    }

    fn complete(&self, id: u32, outcome: std::result::Result<String, hcloud::Error>) {
        let outcome = match outcome {
            Ok(text) if text.len() > MAX_TEXT => Err(too_large()),
            other => other,
        };
        match outcome {
            Ok(text) => self.push(format!("1{id}"), text),
            Err(e) => self.push(format!("0{id}"), to_js_error_text(self.secrets.error(e))),
        }
    }

    /// Queues a progress report of call `id` (kept in order with its outcome).
    pub fn progress(&self, id: u32, text: &str) {
        self.push(format!("2{id}"), text.to_owned());
    }

    /// Queues one part of call `id`'s result (a page of a list), in order.
    pub fn part(&self, id: u32, text: &str) {
        if text.len() > MAX_TEXT {
            // The call's outcome follows and is ignored once this rejection settled it.
            return self.push(format!("0{id}"), to_js_error_text(too_large()));
        }
        self.push(format!("3{id}"), text.to_owned());
    }

    fn push(&self, head: String, text: String) {
        let announce = {
            let mut q = self.queue.lock().unwrap_or_else(|e| e.into_inner());
            q.items.push(head);
            q.items.push(text);
            !std::mem::replace(&mut q.announced, true)
        };
        if announce {
            let tsfn = self.ready.lock().unwrap_or_else(|e| e.into_inner());
            if tsfn.call((), ThreadsafeFunctionCallMode::NonBlocking) != Status::Ok {
                // Not announced (the environment is closing): let the next outcome try again.
                self.queue.lock().unwrap_or_else(|e| e.into_inner()).announced = false;
            }
        }
    }

    /// Everything finished since the last drain.
    pub fn drain(&self) -> Vec<String> {
        let mut q = self.queue.lock().unwrap_or_else(|e| e.into_inner());
        q.announced = false;
        std::mem::take(&mut q.items)
    }

    /// Keeps the process alive (calls are pending) or lets it exit (none are).
    // `refer`/`unref` are deprecated in napi-rs in favour of clone-based counting, which counts
    // references to the function; this is the event-loop reference napi_ref_threadsafe_function
    // sets, which only these two calls reach.
    #[allow(deprecated)]
    pub fn hold(&self, env: &Env, on: bool) -> Result<()> {
        let mut tsfn = self.ready.lock().unwrap_or_else(|e| e.into_inner());
        if on { tsfn.refer(env) } else { tsfn.unref(env) }
    }
}

fn too_large() -> hcloud::Error {
    hcloud::Error::new(hcloud::codes::INVALID_RESPONSE, "the result is too large for a JavaScript string")
}
