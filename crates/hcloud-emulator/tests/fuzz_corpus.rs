//! Replays the fuzz corpus of the emulator's targets (`fuzz/corpus/{label_selector,
//! validate_request}`) and the crash inputs kept under `fuzz/regressions/<target>/` through the
//! same entry points (`hcloud_emulator::fuzzing`) as the targets in `fuzz/fuzz_targets/`. Keep
//! the two in step. Runs on stable, in well under a second.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

fn label_selector(data: &[u8]) {
    let input = String::from_utf8_lossy(data);
    let _ = hcloud_emulator::fuzzing::label_selector(&input);
}

fn validate_request(data: &[u8]) {
    let Some((op, body)) = data.split_first() else { return };
    let _ = hcloud_emulator::fuzzing::validate_request(*op as usize, body);
}

fn fuzz_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz")
}

/// The files of `dir`, sorted; `None` when it does not exist.
fn files(dir: &Path) -> Option<Vec<PathBuf>> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .ok()?
        .map(|e| e.expect("readable corpus entry").path())
        .filter(|p| p.is_file())
        .collect();
    out.sort();
    Some(out)
}

/// Runs `check` on every input; fails naming every input that panicked.
fn replay(target: &str, inputs: &[PathBuf], check: fn(&[u8])) {
    let failed: Vec<String> = inputs
        .iter()
        .filter(|path| {
            let data = std::fs::read(path).expect("readable corpus file");
            catch_unwind(AssertUnwindSafe(|| check(&data))).is_err()
        })
        .map(|p| p.display().to_string())
        .collect();
    assert!(failed.is_empty(), "{target}: {} of {} inputs failed: {failed:#?}", failed.len(), inputs.len());
}

fn replay_target(target: &str, check: fn(&[u8])) {
    let dir = fuzz_dir().join("corpus").join(target);
    let corpus = files(&dir).unwrap_or_else(|| panic!("corpus directory {} is missing", dir.display()));
    assert!(!corpus.is_empty(), "corpus directory {} is empty", dir.display());
    replay(target, &corpus, check);
    let regressions = files(&fuzz_dir().join("regressions").join(target)).unwrap_or_default();
    replay(target, &regressions, check);
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
