//! Replays the fuzz corpus of the emulator's targets (`fuzz/corpus/{label_selector,
//! validate_request}`) and the crash inputs kept under `fuzz/regressions/<target>/` through the
//! checks as the targets in `fuzz/fuzz_targets/` (both include `fuzz/checks_emulator.rs`).
//! Runs on stable, in well under a second.

#[path = "../../../fuzz/replay.rs"]
mod replay;

use replay::replay_target;

#[path = "../../../fuzz/checks_emulator.rs"]
mod checks;

use checks::{label_selector, validate_request};

#[test]
fn label_selector_corpus() {
    replay_target("label_selector", label_selector);
}

#[test]
fn validate_request_corpus() {
    replay_target("validate_request", validate_request);
}

#[test]
fn every_request_operation_is_reachable() {
    // The targets pick the operation with one byte, modulo the count: all must fit in a byte.
    let ops = hcloud_emulator::fuzzing::request_operations();
    assert!(!ops.is_empty() && ops.len() <= 256, "{ops:?}");
}
