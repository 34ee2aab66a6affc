//! `RateLimit-*` header parsing and the waits derived from it. Input: the values of
//! `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset`, separated by `\n`; a fourth
//! part (even empty, i.e. a third `\n`) marks the response as a 429. Both waits must stay
//! bounded: the budget's next wait at most 250 ms, the 429 wait at most one hour.
//! `crates/hcloud/tests/fuzz_corpus.rs` replays the corpus with the same code.
#![no_main]

use std::time::Duration;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut parts = data.splitn(4, |b| *b == b'\n');
    let limit = parts.next().unwrap_or_default();
    let remaining = parts.next().unwrap_or_default();
    let reset = parts.next().unwrap_or_default();
    let rate_limited = parts.next().is_some();
    let (next_wait, wait_429) = hcloud::fuzzing::rate_limit(limit, remaining, reset, rate_limited);
    assert!(next_wait <= Duration::from_millis(250), "budget wait {next_wait:?} exceeds 250 ms");
    assert!(wait_429 <= Duration::from_secs(3600), "429 wait {wait_429:?} exceeds one hour");
});
