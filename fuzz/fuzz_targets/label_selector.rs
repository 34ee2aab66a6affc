//! The emulator's label selector parser (`env=prod,tier in (a,b),!x`), matched against a fixed
//! label set. Input: the selector text (lossily decoded as UTF-8). A panic is a finding.
//! `crates/hcloud-emulator/tests/fuzz_corpus.rs` replays the corpus with the same code.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../checks_emulator.rs"]
mod checks;

fuzz_target!(|data: &[u8]| checks::label_selector(data));
