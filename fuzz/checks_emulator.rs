//! The checks of the emulator's fuzz targets, shared by the targets (`fuzz/fuzz_targets/`) and
//! the stable corpus replay (`crates/hcloud-emulator/tests/fuzz_corpus.rs`), which include this
//! file. A panic is a finding.

// Each fuzz target uses one of these checks.
#![allow(dead_code)]

/// A label selector, parsed and matched.
pub fn label_selector(data: &[u8]) {
    let input = String::from_utf8_lossy(data);
    let _ = hcloud_emulator::fuzzing::label_selector(&input);
}

/// A request body validated against the schema of the operation the first byte picks.
pub fn validate_request(data: &[u8]) {
    let Some((op, body)) = data.split_first() else { return };
    let _ = hcloud_emulator::fuzzing::validate_request(*op as usize, body);
}
