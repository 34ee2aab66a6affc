//! The runtime the client's calls run on: one tokio current-thread runtime, driven by a thread of
//! its own (`hcloud-io`), like the HTTP thread of Bun's `fetch`.
//!
//! A call hops from the JavaScript thread to this thread and back, and nothing else: one thread
//! owns the sockets, the timers and every call's state, so no task is stolen between workers and
//! no second worker is woken to look for work.
//! Every task of the client (its calls, the action poller, list pages, the Redis store) runs here,
//! so the shared HTTP connection pool only ever meets this runtime's reactor.

use std::future::Future;
use std::sync::OnceLock;

use tokio::runtime::{Builder, Handle};

static IO: OnceLock<Option<Handle>> = OnceLock::new();

fn io() -> Option<&'static Handle> {
    IO.get_or_init(|| {
        let rt = Builder::new_current_thread().enable_all().thread_name("hcloud-blocking").build().ok()?;
        let handle = rt.handle().clone();
        std::thread::Builder::new()
            .name("hcloud-io".into())
            // The thread lives as long as the process: the runtime never shuts down, so a call in
            // flight when the last client is dropped still settles.
            .spawn(move || rt.block_on(std::future::pending::<()>()))
            .ok()?;
        Some(handle)
    })
    .as_ref()
}

/// Runs `fut` on the client's runtime (napi-rs' shared runtime if that one could not start).
pub(crate) fn spawn<F>(fut: F)
where
    F: Future<Output = ()> + Send + 'static,
{
    match io() {
        Some(handle) => {
            handle.spawn(fut);
        }
        None => {
            napi::bindgen_prelude::spawn(fut);
        }
    }
}
