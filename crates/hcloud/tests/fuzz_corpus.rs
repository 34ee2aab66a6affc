//! Replays the fuzz corpus of the core's targets (`fuzz/corpus/{decode_response,parse_error,
//! rate_limit}`) and the crash inputs kept under `fuzz/regressions/<target>/` through the same
//! entry points (`hcloud::fuzzing`) with the same assertions as the targets in
//! `fuzz/fuzz_targets/` (both include `fuzz/checks_*.rs`). Runs on stable, in well under a second.

#[path = "../../../fuzz/replay.rs"]
mod replay;

use replay::replay_target;

#[path = "../../../fuzz/checks_core.rs"]
mod checks;

use checks::{decode_response, parse_error, rate_limit};

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
