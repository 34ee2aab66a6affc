//! Response decoding: the body of `GET /servers/{id}` decoded typed (`ServerResponse`) and untyped
//! (`serde_json::Value`), as every typed call and `request()` do. Input: one byte choosing the
//! status (see `status`), then the body. A panic is a finding; decode errors are expected.
//! `crates/hcloud/tests/fuzz_corpus.rs` replays the corpus with the same code.
#![no_main]

use libfuzzer_sys::fuzz_target;

/// The statuses a response may carry; the first input byte picks one (modulo the count).
const STATUSES: [u16; 16] = [200, 201, 204, 400, 401, 403, 404, 409, 412, 422, 423, 429, 500, 502, 503, 504];

fn status(data: &[u8]) -> (u16, &[u8]) {
    match data.split_first() {
        Some((b, rest)) => (STATUSES[*b as usize % STATUSES.len()], rest),
        None => (200, data),
    }
}

fuzz_target!(|data: &[u8]| {
    let (status, body) = status(data);
    let typed = hcloud::fuzzing::decode_response(status, body);
    let untyped = hcloud::fuzzing::decode_untyped(status, body);
    for err in [typed.err(), untyped.err()].into_iter().flatten() {
        assert_eq!(err.code, "invalid_response", "{err:?}");
        assert_eq!(err.status, Some(status), "{err:?}");
        let _ = (err.to_string(), format!("{err:?}"));
    }
});
