//! Response decoding: the body of `GET /servers/{id}` decoded typed (`ServerResponse`) and untyped
//! (`serde_json::Value`), as every typed call and `request()` do. Input: one byte choosing the
//! status (see `status`), then the body. A panic is a finding; decode errors are expected.
//! `crates/hcloud/tests/fuzz_corpus.rs` replays the corpus with the same code.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../checks_core.rs"]
mod checks;

fuzz_target!(|data: &[u8]| checks::decode_response(data));
