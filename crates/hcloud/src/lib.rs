//! Core of `hcloud-native`: a Hetzner Cloud API client.
//!
//! Layout: [`transport`] is the request pipeline (one `send` with its retry, rate-limit and
//! error-parsing layers), [`operation`] the table of every operation of the API (generated from
//! the API document) with the one generic entry that runs them, `recover` the recovery of
//! non-idempotent requests, the resource modules ([`servers`], [`ssh_keys`], [`firewalls`],
//! [`actions`]) typed helpers for Rust callers, and [`waiter`] the batched action poller.

// Errors are on the cold path; one flat struct keeps `err.code`, `err.status` simple to use.
#![allow(clippy::result_large_err)]

pub mod actions;
mod call;
mod client;
mod config;
mod error;
pub mod firewalls;
#[doc(hidden)]
pub mod fuzzing;
pub mod handoff;
mod log;
pub mod operation;
mod recover;
pub mod redact;
pub mod servers;
pub mod ssh_keys;
pub mod transport;
pub mod waiter;

pub use call::CallOptions;
pub use client::{Client, Json, Page};
pub use config::{ClientConfig, Jitter, MAX_ATTEMPTS_LIMIT, MAX_RESPONSE_BYTES_LIMIT, RateLimitMode, RetryConfig};
pub use error::{Error, codes};
pub use log::{Level, LogSink};
pub use operation::{OPERATIONS, Operation, find as find_operation};
pub use transport::rate_limit::RateLimitState;
pub use transport::store::StoreConfig;

/// The version sent in the `User-Agent` header.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
