//! Replays the fuzz corpus of the emulator's targets (`fuzz/corpus/{label_selector,
//! validate_request}`) and the crash inputs kept under `fuzz/regressions/<target>/` through the
//! same entry points (`hcloud_emulator::fuzzing`) as the targets in `fuzz/fuzz_targets/`. Keep
//! the two in step. Runs on stable, in well under a second.

#[path = "../../../fuzz/replay.rs"]
mod replay;

use replay::replay_target;

fn label_selector(data: &[u8]) {
    let input = String::from_utf8_lossy(data);
    let _ = hcloud_emulator::fuzzing::label_selector(&input);
}

fn validate_request(data: &[u8]) {
    let Some((op, body)) = data.split_first() else { return };
    let _ = hcloud_emulator::fuzzing::validate_request(*op as usize, body);
}

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
