//! Entry points for the fuzz targets under `fuzz/` and their corpus replay tests: the parts of
//! the client that read what a server sends. Not part of the client's API.

use std::time::Duration;

use bytes::Bytes;
use http::Method;
use http::header::{HeaderMap, HeaderValue};

use crate::error::Error;
use crate::transport::rate_limit::{Budget, RateLimitState};
use crate::transport::{Request, Response};

/// Decodes `body` as the answer of `GET /servers/{id}`, the way every typed response is decoded.
pub fn decode_response(status: u16, body: &[u8]) -> Result<(), Error> {
    let req = Request::new(Method::GET, "/servers/1");
    let resp = Response { status, body: Bytes::copy_from_slice(body), correlation_id: None, attempts: 1, shape: None };
    crate::client::decode::<crate::servers::ServerResponse>(&req, resp).map(|_| ())
}

/// Decodes `body` as an untyped response (`request()`), the way the binding hands it on.
pub fn decode_untyped(status: u16, body: &[u8]) -> Result<(), Error> {
    let req = Request::new(Method::GET, "/anything");
    let resp = Response { status, body: Bytes::copy_from_slice(body), correlation_id: None, attempts: 1, shape: None };
    crate::client::decode::<serde_json::Value>(&req, resp).map(|_| ())
}

/// Parses an error answer, then redacts a fixed token from it.
pub fn parse_error(status: u16, body: &[u8]) -> Error {
    crate::redact::Secrets::new(["fuzz-token".to_owned()]).error(crate::error::parse_api_error(status, body))
}

/// Reads `RateLimit-*` header values as a response would carry them, feeds them to a fresh
/// budget, and returns the budget's next wait and the 429 wait, both of which must be bounded.
pub fn rate_limit(limit: &[u8], remaining: &[u8], reset: &[u8], rate_limited: bool) -> (Duration, Duration) {
    let mut headers = HeaderMap::new();
    for (name, value) in [("ratelimit-limit", limit), ("ratelimit-remaining", remaining), ("ratelimit-reset", reset)] {
        if let Ok(v) = HeaderValue::from_bytes(value) {
            headers.insert(name, v);
        }
    }
    let budget = Budget::default();
    let Some(rl) = RateLimitState::from_headers(&headers) else {
        return (Duration::ZERO, Duration::ZERO);
    };
    budget.record(rl, rate_limited);
    let now = crate::transport::rate_limit::unix_now();
    let wait = crate::transport::retry::rate_limit_wait(rl.limit, rl.remaining, rl.reset, now);
    (budget.next_wait(0), wait)
}
