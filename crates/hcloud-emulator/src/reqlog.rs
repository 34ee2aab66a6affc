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
const MAX_BODY_BYTES: usize = 128 * 1024 * 1024;

pub(crate) struct RequestLog {
    entries: VecDeque<Entry>,
    body_bytes: usize,
    /// Index of the oldest entry that may still hold a body.
    body_start: usize,
}

impl RequestLog {
    pub fn new() -> RequestLog {
        RequestLog {
            entries: VecDeque::new(),
            body_bytes: 0,
            body_start: 0,
        }
    }

    pub fn clear(&mut self) {
        *self = RequestLog::new();
    }

    pub fn push(&mut self, entry: Entry) {
        self.body_bytes += entry.body.as_ref().map_or(0, |b| b.len());
        self.entries.push_back(entry);
        if self.entries.len() > MAX_ENTRIES
            && let Some(old) = self.entries.pop_front()
        {
            self.body_bytes -= old.body.as_ref().map_or(0, |b| b.len());
            self.body_start = self.body_start.saturating_sub(1);
        }
        while self.body_bytes > MAX_BODY_BYTES && self.body_start < self.entries.len() {
            if let Some(b) = self.entries[self.body_start].body.take() {
                self.body_bytes -= b.len();
            }
            self.body_start += 1;
        }
    }

    pub fn snapshot(&self) -> Vec<LoggedRequest> {
        self.entries
            .iter()
            .map(|e| LoggedRequest {
                method: e.method.as_str().to_string(),
                path: e.path.clone(),
                query: e.query.clone(),
                status: e.status,
                fault: e.fault.map(str::to_string),
                at_ms: e.at_ms,
                response_body: e
                    .body
                    .as_ref()
                    .and_then(|b| serde_json::from_slice(b).ok()),
                operation: e.operation.as_ref().map(|m| {
                    let s = m.as_str();
                    s.strip_prefix("/v1").unwrap_or(s).to_string()
                }),
            })
            .collect()
    }
}
