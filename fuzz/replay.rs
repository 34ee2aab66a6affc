//! Corpus replay shared by the stable `fuzz_corpus` tests of the core and the emulator (each
//! includes this file): every file of `fuzz/corpus/<target>/` and `fuzz/regressions/<target>/`
//! goes through the same check as the fuzz target.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

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

/// Replays the corpus of `target` (which must exist and hold inputs) and its regressions.
pub fn replay_target(target: &str, check: fn(&[u8])) {
    let dir = fuzz_dir().join("corpus").join(target);
    let corpus = files(&dir).unwrap_or_else(|| panic!("corpus directory {} is missing", dir.display()));
    assert!(!corpus.is_empty(), "corpus directory {} is empty", dir.display());
    replay(target, &corpus, check);
    let regressions = files(&fuzz_dir().join("regressions").join(target)).unwrap_or_default();
    replay(target, &regressions, check);
}
