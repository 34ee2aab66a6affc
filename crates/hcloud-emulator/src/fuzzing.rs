//! Entry points for the fuzz targets under `fuzz/` and their corpus replay tests. Not part of
//! the emulator's API: hidden from the docs and free to change with the fuzz targets.

/// Parses a label selector and matches it against a fixed label set. Never panics.
pub fn label_selector(input: &str) -> bool {
    let labels: crate::labels::Labels =
        [("env", "prod"), ("team", "a"), ("tier", "")].into_iter().map(|(k, v)| (k.into(), v.into())).collect();
    match crate::labels::Selector::parse(input) {
        Ok(sel) => sel.matches(&labels),
        Err(_) => false,
    }
}

/// The request operations whose bodies the emulator validates (`POST /servers`, ...).
pub fn request_operations() -> Vec<String> {
    crate::schema::operations()
}

/// Validates `body` as the request body of operation number `op` (modulo the count). Never panics.
pub fn validate_request(op: usize, body: &[u8]) -> bool {
    let ops = crate::schema::operations();
    let op = &ops[op % ops.len()];
    crate::schema::parse_body(op, body).is_ok()
}
