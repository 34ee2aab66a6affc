//! The napi-rs binding: `HetznerClient` and `HetznerEmulator` for Node.js and Bun.
//!
//! The binding is thin. Arguments arrive as JSON text or numbers, results leave as JSON text
//! (V8's `JSON.parse` is faster than building objects through napi), and errors leave as an
//! encoded payload that the JavaScript front (`index.js`) turns into a `HetznerError`. The
//! front also maps `AbortSignal`s onto [`CancelToken`]s and loggers onto one log callback.

// `hcloud::Error` is a flat struct on the cold path (see the core crate).
#![allow(clippy::result_large_err)]

mod client;
mod completions;
#[cfg(feature = "emulator")]
mod emulator;
mod options;
mod runtime;

use napi_derive::napi;
use tokio_util::sync::CancellationToken;

/// Encodes a client error as JSON for the JavaScript front.
pub(crate) fn to_js_error_text(e: hcloud::Error) -> String {
    serde_json::json!({
        "code": e.code,
        "message": e.to_string(),
        "status": e.status,
        "method": e.method,
        "path": e.path,
        "correlationId": e.correlation_id,
        "details": e.details,
        "attempts": e.attempts,
        "action": e.action,
        "maybeApplied": e.ambiguous && e.method.as_deref() == Some("POST"),
    })
    .to_string()
}

/// Internal: cancels the calls it is handed to. The JavaScript front makes one per `AbortSignal`;
/// application code passes an `AbortSignal` instead. The package does not export it, so
/// scripts/fix-dts.mjs keeps it out of index.d.ts (napi-rs cannot skip a class's typings).
#[napi]
pub struct CancelToken {
    pub(crate) token: CancellationToken,
}

#[napi]
impl CancelToken {
    #[napi(constructor)]
    pub fn new() -> Self {
        CancelToken { token: CancellationToken::new() }
    }

    #[napi]
    pub fn cancel(&self) {
        self.token.cancel();
    }
}

impl Default for CancelToken {
    fn default() -> Self {
        Self::new()
    }
}
