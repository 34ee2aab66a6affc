//! Shared by the integration tests that talk to a scripted server.

use std::time::Duration;

use hcloud::{Client, ClientConfig, Jitter};

/// A client of `base_url` that sends each request once, with a 5 s timeout.
pub fn client(base_url: &str) -> Client {
    let mut cfg = ClientConfig::new("made-up-token");
    cfg.base_url = base_url.to_owned();
    cfg.retry.max_attempts = 1;
    cfg.retry.jitter = Jitter::None;
    cfg.timeout = Duration::from_secs(5);
    Client::new(cfg).expect("client")
}
