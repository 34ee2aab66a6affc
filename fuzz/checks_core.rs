//! The checks of the core's fuzz targets, shared by the targets (`fuzz/fuzz_targets/`) and the
//! stable corpus replay (`crates/hcloud/tests/fuzz_corpus.rs`), which include this file. A
//! panic is a finding.

// Each fuzz target uses one of these checks.
#![allow(dead_code)]

use std::time::Duration;

/// The statuses an answer may carry; the first input byte picks one (modulo the count).
const STATUSES: [u16; 16] = [200, 201, 204, 400, 401, 403, 404, 409, 412, 422, 423, 429, 500, 502, 503, 504];

fn status(data: &[u8]) -> (u16, &[u8]) {
    match data.split_first() {
        Some((b, rest)) => (STATUSES[*b as usize % STATUSES.len()], rest),
        None => (200, data),
    }
}

/// Response decoding, typed and untyped: only `invalid_response` errors, with the status. And the
/// body check agrees with the serde-based reference it replaced.
pub fn decode_response(data: &[u8]) {
    let (status, body) = status(data);
    check_body(body);
    let typed = hcloud::fuzzing::decode_response(status, body);
    let untyped = hcloud::fuzzing::decode_untyped(status, body);
    for err in [typed.err(), untyped.err()].into_iter().flatten() {
        assert_eq!(err.code, "invalid_response", "{err:?}");
        assert_eq!(err.status, Some(status), "{err:?}");
        let _ = (err.to_string(), format!("{err:?}"));
    }
}

/// The single-pass body check against the serde-based reference: the same verdict and, when both
/// accept, the same top-level keys and kinds, with spans that hold each value. The one allowed
/// difference: an integer beyond 64 bits (from 19 digits on when negative), which serde reads as a
/// float and the scanner refuses.
pub fn check_body(body: &[u8]) {
    use hcloud::transport::body;
    let (ours, reference) = (body::check(body), body::reference::check(body));
    match (&ours, &reference) {
        (Ok(a), Ok(b)) => {
            assert_eq!(a.top, b.top, "shapes differ");
            assert_eq!(a.spans.len(), a.top.len(), "a span per value");
            for span in &a.spans {
                let wrapped = [&b"{\"k\":"[..], &body[span.clone()], b"}"].concat();
                assert!(body::reference::check(&wrapped).is_ok(), "a span is not one JSON value");
            }
        }
        (Err(_), Err(_)) => {}
        (Err(e), Ok(_)) => {
            let long_int = body.split(|c| !c.is_ascii_digit()).any(|run| run.len() >= 19);
            assert!(e.contains("safe range") && long_int, "only the scanner refused: {e}");
        }
        (Ok(_), Err(e)) => panic!("only the reference refused: {e}"),
    }
}

/// API error parsing, then redaction: `fuzz-token` never survives in the message.
pub fn parse_error(data: &[u8]) {
    let (status, body) = status(data);
    let err = hcloud::fuzzing::parse_error(status, body);
    let _ = (err.to_string(), format!("{err:?}"));
    assert_eq!(err.status, Some(status), "{err:?}");
    if data.windows(b"fuzz-token".len()).any(|w| w == b"fuzz-token") {
        assert!(!err.message.contains("fuzz-token"), "token not redacted from the message: {err:?}");
    }
}

/// `RateLimit-*` values split by `\\n` (a fourth part marks a 429): both waits stay bounded.
pub fn rate_limit(data: &[u8]) {
    let mut parts = data.splitn(4, |b| *b == b'\n');
    let limit = parts.next().unwrap_or_default();
    let remaining = parts.next().unwrap_or_default();
    let reset = parts.next().unwrap_or_default();
    let rate_limited = parts.next().is_some();
    let (next_wait, wait_429) = hcloud::fuzzing::rate_limit(limit, remaining, reset, rate_limited);
    assert!(next_wait <= Duration::from_millis(250), "budget wait {next_wait:?} exceeds 250 ms");
    assert!(wait_429 <= Duration::from_secs(3600), "429 wait {wait_429:?} exceeds one hour");
}
