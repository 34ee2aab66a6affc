//! A stateful emulator of the Hetzner Cloud API (`/v1`) served on loopback.
//!
//! It keeps servers, SSH keys, firewalls and actions in memory, serves a read-only catalogue
//! (server types, images, locations, data centers), enforces auth and a token-bucket rate
//! limit, and can inject faults (error statuses, delays, dropped connections, broken bodies).
//! Time is emulated: actions finish after `action_duration_ms` of emulated time, and the
//! emulated clock runs `time_scale` times faster than the real one.
//!
//! ```no_run
//! # async fn demo() -> std::io::Result<()> {
//! let emu = hcloud_emulator::Emulator::start(hcloud_emulator::Config::default()).await?;
//! println!("API at {}", emu.url());
//! emu.stop().await;
//! # Ok(()) }
//! ```
//!
//! A control API lives under `/__emulator` (no auth, no rate limit): see [`control`].

mod api;
mod catalog;
mod clock;
pub mod control;
mod error;
mod fault;
#[doc(hidden)]
pub mod fuzzing;
mod labels;
mod list;
mod ratelimit;
mod relations;
mod reqlog;
mod schema;
mod server;
mod state;
mod store;

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;

pub use control::Control;
pub use fault::{Fault, FaultKind};
pub use reqlog::LoggedRequest;

/// Emulator settings. Every field has a default (see [`Config::default`]).
#[derive(Clone, Debug)]
pub struct Config {
    /// Address to bind (default 127.0.0.1).
    pub host: IpAddr,
    /// Port to bind; 0 picks an ephemeral port (default).
    pub port: u16,
    /// `Some(t)`: only `Authorization: Bearer t` is accepted. `None`: any non-empty bearer token.
    pub token: Option<String>,
    /// Emulated duration of every action, in milliseconds (default 500).
    pub action_duration_ms: u64,
    /// Speed of the emulated clock relative to real time (default 1.0).
    pub time_scale: f64,
    /// Token bucket per bearer token; `None` disables limiting (headers still sent).
    pub rate_limit: Option<RateLimitConfig>,
    /// Seed for every random choice (faults with probability, passwords, IPs).
    pub seed: u64,
    /// Print one line per API request to stdout.
    pub log_requests: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            host: IpAddr::V4(Ipv4Addr::LOCALHOST),
            port: 0,
            token: None,
            action_duration_ms: 500,
            time_scale: 1.0,
            rate_limit: Some(RateLimitConfig::default()),
            seed: 0,
            log_requests: false,
        }
    }
}

/// Token bucket settings: `limit` tokens at most, `refill_per_second` per emulated second.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RateLimitConfig {
    pub limit: u32,
    pub refill_per_second: f64,
}

impl Default for RateLimitConfig {
    fn default() -> Self {
        RateLimitConfig { limit: 3600, refill_per_second: 1.0 }
    }
}

/// A running emulator. Cloning is cheap; all clones refer to the same server. Dropping the
/// last clone stops the server too (without waiting, unlike [`Emulator::stop`]).
#[derive(Clone)]
pub struct Emulator {
    inner: Arc<server::Running>,
}

impl Emulator {
    /// Binds the listener and spawns the server on the current tokio runtime.
    pub async fn start(config: Config) -> std::io::Result<Emulator> {
        let running = server::Running::start(config).await?;
        Ok(Emulator { inner: Arc::new(running) })
    }

    /// Base URL of the API, e.g. `http://127.0.0.1:4000/v1`.
    pub fn url(&self) -> String {
        format!("http://{}/v1", self.inner.addr)
    }

    /// The bound socket address.
    pub fn addr(&self) -> SocketAddr {
        self.inner.addr
    }

    /// Adds a fault rule (rules are tried in insertion order; the first that fires applies).
    pub fn inject(&self, fault: Fault) {
        self.control().inject(fault)
    }

    /// Removes every fault rule.
    pub fn clear_faults(&self) {
        self.control().clear_faults()
    }

    /// Drops all resources, actions, faults, pending action failures, the request log and the
    /// rate-limit buckets; ids restart at 1.
    pub fn reset(&self) {
        self.control().reset()
    }

    /// The request log, oldest first (control requests are not logged).
    pub fn requests(&self) -> Vec<LoggedRequest> {
        self.control().requests()
    }

    /// Makes the next created resource or action id `id` (and continue from there).
    pub fn set_next_id(&self, id: i64) {
        self.control().set_next_id(id)
    }

    /// Makes the next `times` actions with `command` (e.g. `create_server`) end in `error`
    /// with the given code and message.
    pub fn fail_next_actions(&self, command: &str, times: u32, code: &str, message: &str) {
        self.control().fail_next_actions(command, times, code, message)
    }

    /// A cloneable handle on the emulator's state, faults and log (does not keep it running).
    pub fn control(&self) -> Control {
        Control::new(self.inner.app.clone())
    }

    /// Stops accepting, closes every connection and waits until they are gone.
    pub async fn stop(self) {
        self.inner.stop().await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync + Clone>() {}

    #[test]
    fn emulator_is_send_sync_clone() {
        assert_send_sync::<Emulator>();
        assert_send_sync::<Control>();
    }
}
