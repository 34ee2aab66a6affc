//! Replays the fuzz corpus of the core's targets (`fuzz/corpus/{decode_response,parse_error,
//! rate_limit}`) and the crash inputs kept under `fuzz/regressions/<target>/` through the same
//! entry points (`hcloud::fuzzing`) with the same assertions as the targets in
//! `fuzz/fuzz_targets/`. Keep the two in step. Runs on stable, in well under a second.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Targets whose regressions are known to fail on today's code and are skipped (with a note on
/// stderr) until the core is fixed; remove a target from here once its fix lands.
const SKIP_REGRESSIONS: &[&str] = &[];

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

    let dir = fuzz_dir().join("regressions").join(target);
    let regressions = files(&dir).unwrap_or_default();
    if SKIP_REGRESSIONS.contains(&target) {
        if !regressions.is_empty() {
            eprintln!(
                "SKIPPED {} known-failing {target} regression(s) until the core is fixed (SKIP_REGRESSIONS in {}): {:#?}",
                regressions.len(),
                file!(),
                regressions
            );
        }
        return;
    }
    replay(target, &regressions, check);
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
