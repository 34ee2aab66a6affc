//! The request log kept for tests (and schema validation of every body sent).

use std::collections::VecDeque;

use axum::extract::MatchedPath;
use bytes::Bytes;
use serde::{Deserialize, Serialize};

/// One API request as seen by the emulator.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct LoggedRequest {
    pub method: String,
    /// Request path including `/v1`.
    pub path: String,
    /// Raw query string without `?` (empty when none).
    pub query: String,
    /// Status produced; 0 when the connection was dropped before processing.
    pub status: u16,
    /// Name of the fault applied (`status`, `delay`, `drop_before`, ...), if any.
    pub fault: Option<String>,
    /// Real milliseconds since the emulator started (or was last reset) when the request arrived.
    pub at_ms: u64,
    /// The JSON body produced (also for faults that garble or drop it); `None` without body.
    pub response_body: Option<serde_json::Value>,
    /// OpenAPI path template of the operation, e.g. `/servers/{id}`; `None` for unknown paths.
    pub operation: Option<String>,
}

#[derive(Clone)]
pub(crate) struct Entry {
    pub method: http::Method,
    pub path: String,
    pub query: String,
    pub status: u16,
    pub fault: Option<&'static str>,
    pub at_ms: u64,
    pub body: Option<Bytes>,
    pub operation: Option<MatchedPath>,
}

/// At most this many entries are kept (oldest dropped first).
const MAX_ENTRIES: usize = 200_000;
/// Bodies of older entries are dropped once the retained bodies exceed this many bytes.
const MAX_BODY_BYTES: usize = 64 * 1024 * 1024;

pub(crate) struct RequestLog {
    entries: VecDeque<Entry>,
    body_bytes: usize,
    /// Index of the oldest entry that may still hold a body.
    body_start: usize,
    max_entries: usize,
    max_body_bytes: usize,
}

impl RequestLog {
    pub fn new() -> RequestLog {
        RequestLog::with_limits(MAX_ENTRIES, MAX_BODY_BYTES)
    }

    fn with_limits(max_entries: usize, max_body_bytes: usize) -> RequestLog {
        RequestLog { entries: VecDeque::new(), body_bytes: 0, body_start: 0, max_entries, max_body_bytes }
    }

    pub fn clear(&mut self) {
        *self = RequestLog::with_limits(self.max_entries, self.max_body_bytes);
    }

    pub fn push(&mut self, entry: Entry) {
        self.body_bytes += entry.body.as_ref().map_or(0, |b| b.len());
        self.entries.push_back(entry);
        if self.entries.len() > self.max_entries
            && let Some(old) = self.entries.pop_front()
        {
            self.body_bytes -= old.body.as_ref().map_or(0, |b| b.len());
            self.body_start = self.body_start.saturating_sub(1);
        }
        while self.body_bytes > self.max_body_bytes && self.body_start < self.entries.len() {
            if let Some(b) = self.entries[self.body_start].body.take() {
                self.body_bytes -= b.len();
            }
            self.body_start += 1;
        }
    }

    /// A cheap copy of the entries (bodies are shared, not copied).
    pub fn entries(&self) -> Vec<Entry> {
        self.entries.iter().cloned().collect()
    }
}

impl Entry {
    /// The public form; parses the body, so call it outside the log lock.
    pub fn to_logged(&self) -> LoggedRequest {
        LoggedRequest {
            method: self.method.as_str().to_string(),
            path: self.path.clone(),
            query: self.query.clone(),
            status: self.status,
            fault: self.fault.map(str::to_string),
            at_ms: self.at_ms,
            response_body: self.body.as_ref().and_then(|b| serde_json::from_slice(b).ok()),
            operation: self.operation.as_ref().map(|m| {
                let s = m.as_str();
                s.strip_prefix("/v1").unwrap_or(s).to_string()
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(n: usize) -> Entry {
        Entry {
            method: http::Method::GET,
            path: format!("/v1/x/{n}"),
            query: String::new(),
            status: 200,
            fault: None,
            at_ms: n as u64,
            body: Some(Bytes::from(format!("{{\"n\":\"{n:03}\"}}"))),
            operation: None,
        }
    }

    #[test]
    fn bounded() {
        // Bodies are 11 bytes: keep at most 5 entries and 33 body bytes.
        let mut log = RequestLog::with_limits(5, 33);
        for n in 0..8 {
            log.push(entry(n));
        }
        let e = log.entries();
        assert_eq!(e.iter().map(|e| e.at_ms).collect::<Vec<_>>(), vec![3, 4, 5, 6, 7]);
        let with_body: Vec<u64> = e.iter().filter(|e| e.body.is_some()).map(|e| e.at_ms).collect();
        assert_eq!(with_body, vec![5, 6, 7]);
        assert_eq!(e[4].to_logged().response_body, Some(serde_json::json!({"n": "007"})));
        log.clear();
        assert!(log.entries().is_empty());
    }
}
