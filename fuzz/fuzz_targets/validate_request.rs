//! The emulator's request body validation against the OpenAPI request schemas. Input: one byte
//! choosing the operation (modulo the number of operations), then the JSON body. A panic is a
//! finding. `crates/hcloud-emulator/tests/fuzz_corpus.rs` replays the corpus with the same code.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../checks_emulator.rs"]
mod checks;

fuzz_target!(|data: &[u8]| checks::validate_request(data));
