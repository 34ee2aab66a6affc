//! The one error type: API errors as the API reports them, plus the client's own codes.

use serde_json::Value;

/// Error codes the client produces itself; API codes (`not_found`, `uniqueness_error`, ...)
/// are passed through as the API sends them.
pub mod codes {
    pub const NETWORK_ERROR: &str = "network_error";
    pub const REQUEST_TIMEOUT: &str = "request_timeout";
    pub const DEADLINE_EXCEEDED: &str = "deadline_exceeded";
    pub const ABORTED: &str = "aborted";
    pub const INVALID_RESPONSE: &str = "invalid_response";
    pub const INVALID_ARGUMENT: &str = "invalid_argument";
    pub const WAIT_TIMEOUT: &str = "wait_timeout";
    pub const ACTION_FAILED: &str = "action_failed";
    pub const RATE_LIMIT_EXCEEDED: &str = "rate_limit_exceeded";
    pub const UNIQUENESS_ERROR: &str = "uniqueness_error";
    pub const NOT_FOUND: &str = "not_found";
    pub const LOCKED: &str = "locked";
    pub const CONFLICT: &str = "conflict";
}

/// Everything a failed call can tell: never contains the API token.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{}", self.describe())]
pub struct Error {
    /// Machine-readable code: the API's `error.code` or one of [`codes`].
    pub code: String,
    /// Human-readable text (the API's message, or the client's).
    pub message: String,
    /// HTTP status, when a response arrived.
    pub status: Option<u16>,
    pub method: Option<String>,
    pub path: Option<String>,
    /// The `X-Correlation-Id` response header, for Hetzner support.
    pub correlation_id: Option<String>,
    /// The API's `error.details` (for `invalid_input`: `{"fields":[...]}`).
    pub details: Option<Value>,
    /// HTTP attempts made for this call.
    pub attempts: u32,
    /// The failed action, for `action_failed` (raw JSON).
    pub action: Option<Value>,
    /// The request may have been applied although no answer arrived (a POST that timed out,
    /// lost its connection or met 500/502/504).
    pub ambiguous: bool,
}

impl Error {
    pub fn new(code: &str, message: impl Into<String>) -> Self {
        Error {
            code: code.to_owned(),
            message: message.into(),
            status: None,
            method: None,
            path: None,
            correlation_id: None,
            details: None,
            attempts: 0,
            action: None,
            ambiguous: false,
        }
    }

    pub fn invalid_argument(message: impl Into<String>) -> Self {
        Self::new(codes::INVALID_ARGUMENT, message)
    }

    /// Attaches the request this error belongs to.
    pub fn at(mut self, method: &str, path: &str) -> Self {
        self.method = Some(method.to_owned());
        self.path = Some(path.to_owned());
        self
    }

    pub fn is(&self, code: &str) -> bool {
        self.code == code
    }

    fn describe(&self) -> String {
        let mut out = self.code.clone();
        if let Some(status) = self.status {
            out.push_str(&format!(" ({status})"));
        }
        if let (Some(m), Some(p)) = (&self.method, &self.path) {
            out.push_str(&format!(" {m} {p}"));
        }
        out.push_str(": ");
        out.push_str(&self.message);
        out
    }
}

/// Parses the API's error body `{"error":{"code","message","details"}}`.
pub(crate) fn parse_api_error(status: u16, body: &[u8]) -> Error {
    #[derive(serde::Deserialize)]
    struct Envelope {
        error: Body,
    }
    #[derive(serde::Deserialize)]
    struct Body {
        code: String,
        #[serde(default)]
        message: String,
        #[serde(default)]
        details: Option<Value>,
    }
    let mut err = match serde_json::from_slice::<Envelope>(body) {
        Ok(Envelope { error }) => {
            let mut e = Error::new(&error.code, error.message);
            e.details = error.details.filter(|d| !d.is_null());
            e
        }
        // Proxies in front of the API answer 5xx with HTML: keep the code the status implies.
        Err(_) => Error::new(
            code_for_status(status).unwrap_or(codes::INVALID_RESPONSE),
            format!("HTTP {status} with a body that is not an API error"),
        ),
    };
    err.status = Some(status);
    err
}

/// The code the API document assigns to a gateway-level status.
fn code_for_status(status: u16) -> Option<&'static str> {
    Some(match status {
        429 => codes::RATE_LIMIT_EXCEEDED,
        500 => "server_error",
        502 => "bad_gateway",
        503 => "unavailable",
        504 => "timeout",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_api_error_with_details() {
        let body = br#"{"error":{"code":"invalid_input","message":"bad","details":{"fields":[{"name":"name","messages":["x"]}]}}}"#;
        let e = parse_api_error(422, body).at("POST", "/servers");
        assert_eq!(e.code, "invalid_input");
        assert_eq!(e.status, Some(422));
        assert_eq!(e.details.unwrap()["fields"][0]["name"], "name");
        assert_eq!(
            parse_api_error(422, body).at("POST", "/servers").to_string(),
            "invalid_input (422) POST /servers: bad"
        );
    }

    #[test]
    fn non_json_error_body_keeps_gateway_code_or_is_invalid_response() {
        let e = parse_api_error(502, b"<html>bad gateway</html>");
        assert_eq!(e.code, "bad_gateway");
        assert_eq!(e.status, Some(502));
        assert_eq!(parse_api_error(404, b"nope").code, codes::INVALID_RESPONSE);
    }
}
