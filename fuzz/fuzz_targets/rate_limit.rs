//! `RateLimit-*` header parsing and the waits derived from it. Input: the values of
//! `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset`, separated by `\n`; a fourth
//! part (even empty, i.e. a third `\n`) marks the response as a 429. Both waits must stay
//! bounded: the budget's next wait at most 250 ms, the 429 wait at most one hour.
//! `crates/hcloud/tests/fuzz_corpus.rs` replays the corpus with the same code.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../checks_core.rs"]
mod checks;

fuzz_target!(|data: &[u8]| checks::rate_limit(data));
