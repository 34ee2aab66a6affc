//! The emulator's label selector parser (`env=prod,tier in (a,b),!x`), matched against a fixed
//! label set. Input: the selector text (lossily decoded as UTF-8). A panic is a finding.
//! `crates/hcloud-emulator/tests/fuzz_corpus.rs` replays the corpus with the same code.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let input = String::from_utf8_lossy(data);
    let _ = hcloud_emulator::fuzzing::label_selector(&input);
});
