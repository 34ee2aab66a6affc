//! Where the client's log events go. Messages never carry the token or request bodies.

use std::sync::Arc;

use serde_json::Value;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Debug,
    Warn,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Debug => "debug",
            Level::Warn => "warn",
        }
    }
}

/// Receives `(level, message, fields)`; fields are a JSON object.
pub type LogSink = Arc<dyn Fn(Level, &str, &Value) + Send + Sync>;
