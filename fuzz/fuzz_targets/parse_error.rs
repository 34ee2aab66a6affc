//! API error parsing: `{"error":{"code","message","details"}}` bodies (or anything else a proxy
//! may send), then redaction of the token `fuzz-token`. Input: one byte choosing the status (see
//! `status`), then the body. A panic is a finding, and so is `fuzz-token` surviving in the
//! error's `message`. `crates/hcloud/tests/fuzz_corpus.rs` replays the corpus with the same code.
#![no_main]

use libfuzzer_sys::fuzz_target;

/// The statuses an error answer may carry; the first input byte picks one (modulo the count).
const STATUSES: [u16; 16] = [200, 201, 204, 400, 401, 403, 404, 409, 412, 422, 423, 429, 500, 502, 503, 504];

fn status(data: &[u8]) -> (u16, &[u8]) {
    match data.split_first() {
        Some((b, rest)) => (STATUSES[*b as usize % STATUSES.len()], rest),
        None => (200, data),
    }
}

fuzz_target!(|data: &[u8]| {
    let (status, body) = status(data);
    let err = hcloud::fuzzing::parse_error(status, body);
    let _ = (err.to_string(), format!("{err:?}"));
    assert_eq!(err.status, Some(status), "{err:?}");
    if data.windows(b"fuzz-token".len()).any(|w| w == b"fuzz-token") {
        assert!(!err.message.contains("fuzz-token"), "token not redacted from the message: {err:?}");
    }
});
