//! Replays the fuzz corpus of the core's targets (`fuzz/corpus/{decode_response,parse_error,
//! rate_limit}`) and the crash inputs kept under `fuzz/regressions/<target>/` through the same
//! entry points (`hcloud::fuzzing`) with the same assertions as the targets in
//! `fuzz/fuzz_targets/`. Keep the two in step. Runs on stable, in well under a second.

#[path = "../../../fuzz/replay.rs"]
mod replay;

use replay::replay_target;
use std::time::Duration;

/// As in `fuzz/fuzz_targets/{decode_response,parse_error}.rs`: the first input byte picks the status.
const STATUSES: [u16; 16] = [200, 201, 204, 400, 401, 403, 404, 409, 412, 422, 423, 429, 500, 502, 503, 504];

fn status(data: &[u8]) -> (u16, &[u8]) {
    match data.split_first() {
        Some((b, rest)) => (STATUSES[*b as usize % STATUSES.len()], rest),
        None => (200, data),
    }
}

fn decode_response(data: &[u8]) {
    let (status, body) = status(data);
    let typed = hcloud::fuzzing::decode_response(status, body);
    let untyped = hcloud::fuzzing::decode_untyped(status, body);
    for err in [typed.err(), untyped.err()].into_iter().flatten() {
        assert_eq!(err.code, "invalid_response", "{err:?}");
        assert_eq!(err.status, Some(status), "{err:?}");
        let _ = (err.to_string(), format!("{err:?}"));
    }
}

fn parse_error(data: &[u8]) {
    let (status, body) = status(data);
    let err = hcloud::fuzzing::parse_error(status, body);
    let _ = (err.to_string(), format!("{err:?}"));
    assert_eq!(err.status, Some(status), "{err:?}");
    if data.windows(b"fuzz-token".len()).any(|w| w == b"fuzz-token") {
        assert!(!err.message.contains("fuzz-token"), "token not redacted from the message: {err:?}");
    }
}

fn rate_limit(data: &[u8]) {
    let mut parts = data.splitn(4, |b| *b == b'\n');
    let limit = parts.next().unwrap_or_default();
    let remaining = parts.next().unwrap_or_default();
    let reset = parts.next().unwrap_or_default();
    let rate_limited = parts.next().is_some();
    let (next_wait, wait_429) = hcloud::fuzzing::rate_limit(limit, remaining, reset, rate_limited);
    assert!(next_wait <= Duration::from_millis(250), "budget wait {next_wait:?} exceeds 250 ms");
    assert!(wait_429 <= Duration::from_secs(3600), "429 wait {wait_429:?} exceeds one hour");
}

#[test]
fn decode_response_corpus() {
    replay_target("decode_response", decode_response);
}

#[test]
fn parse_error_corpus() {
    replay_target("parse_error", parse_error);
}

#[test]
fn rate_limit_corpus() {
    replay_target("rate_limit", rate_limit);
}
