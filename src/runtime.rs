//! The runtime the client's calls run on: one tokio current-thread runtime, driven by a thread of
//! its own (`hcloud-io`), like the HTTP thread of Bun's `fetch` (see `hcloud::handoff`).
//!
//! One thread owns the sockets, the timers and every call's state, so no task is stolen between
//! workers and no second worker is woken to look for work. A call's first poll runs on the
//! JavaScript thread when no other call is in flight or the I/O thread is idle (the request is
//! written there); the rest runs on the I/O thread. Every task of the client (its calls, the
//! action poller, list pages, the Redis store) runs on this runtime, so the shared HTTP connection
//! pool only ever meets its reactor.

use std::future::Future;
use std::sync::OnceLock;

use hcloud::handoff::IoThread;

static IO: OnceLock<Option<IoThread>> = OnceLock::new();

fn io() -> Option<&'static IoThread> {
    IO.get_or_init(|| IoThread::spawn("hcloud-io").ok()).as_ref()
}

/// Runs `fut` on the client's runtime (napi-rs' shared runtime if that one could not start).
pub(crate) fn start<F>(fut: F)
where
    F: Future<Output = ()> + Send + 'static,
{
    match io() {
        Some(io) => io.start(fut),
        None => {
            napi::bindgen_prelude::spawn(fut);
        }
    }
}
