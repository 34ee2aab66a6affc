//! API error parsing: `{"error":{"code","message","details"}}` bodies (or anything else a proxy
//! may send), then redaction of the token `fuzz-token`. Input: one byte choosing the status (see
//! `status`), then the body. A panic is a finding, and so is `fuzz-token` surviving in the
//! error's `message`. `crates/hcloud/tests/fuzz_corpus.rs` replays the corpus with the same code.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../checks_core.rs"]
mod checks;

fuzz_target!(|data: &[u8]| checks::parse_error(data));
