//! API responses and errors in the shape `{"error":{"code","message","details"}}`.

use axum::body::Body;
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use http::{HeaderValue, StatusCode, header};
use serde::Serialize;
use serde_json::{Value, json};

/// The body of a response, kept as a response extension so the request log can record it.
#[derive(Clone)]
pub(crate) struct LoggedBody(pub Bytes);

/// A finished API response: status and optional JSON body.
pub(crate) struct ApiResponse {
    pub status: StatusCode,
    pub body: Option<Bytes>,
}

impl ApiResponse {
    pub fn json<T: Serialize + ?Sized>(status: StatusCode, value: &T) -> ApiResponse {
        let body = serde_json::to_vec(value).expect("response serializes");
        ApiResponse { status, body: Some(Bytes::from(body)) }
    }

    pub fn raw(status: StatusCode, body: Vec<u8>) -> ApiResponse {
        ApiResponse { status, body: Some(Bytes::from(body)) }
    }

    pub fn no_content() -> ApiResponse {
        ApiResponse { status: StatusCode::NO_CONTENT, body: None }
    }
}

impl IntoResponse for ApiResponse {
    fn into_response(self) -> Response {
        match self.body {
            Some(bytes) => {
                let mut resp = Response::new(Body::from(bytes.clone()));
                *resp.status_mut() = self.status;
                resp.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
                resp.extensions_mut().insert(LoggedBody(bytes));
                resp
            }
            None => {
                let mut resp = Response::new(Body::empty());
                *resp.status_mut() = self.status;
                resp
            }
        }
    }
}

/// An API error; converts into the documented error body.
#[derive(Debug, Clone)]
pub(crate) struct ApiError {
    pub status: StatusCode,
    pub code: String,
    pub message: String,
    pub details: Option<Value>,
}

pub(crate) type ApiResult = Result<ApiResponse, ApiError>;

impl ApiError {
    pub fn new(status: u16, code: &str, message: impl Into<String>) -> ApiError {
        ApiError {
            status: StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
            code: code.to_string(),
            message: message.into(),
            details: None,
        }
    }

    pub fn with_details(mut self, details: Value) -> ApiError {
        self.details = Some(details);
        self
    }

    pub fn not_found(what: &str) -> ApiError {
        ApiError::new(404, "not_found", format!("{what} not found"))
    }

    pub fn json_error(message: impl Into<String>) -> ApiError {
        ApiError::new(400, "json_error", message)
    }

    pub fn locked(message: impl Into<String>) -> ApiError {
        ApiError::new(423, "locked", message)
    }

    pub fn protected(message: impl Into<String>) -> ApiError {
        ApiError::new(423, "protected", message)
    }

    pub fn uniqueness(field: &str, message: impl Into<String>) -> ApiError {
        ApiError::new(409, "uniqueness_error", message).with_details(json!({"fields": [{"name": field}]}))
    }

    /// 422 invalid_input naming one field.
    pub fn invalid_field(field: &str, message: impl Into<String>) -> ApiError {
        ApiError::invalid_fields(vec![(field.to_string(), message.into())])
    }

    /// 422 invalid_input naming several fields (messages of one field are grouped).
    pub fn invalid_fields(errors: Vec<(String, String)>) -> ApiError {
        ApiError::invalid_fields_status(422, errors)
    }

    /// invalid_input with a chosen status (400 is used for bad query parameters).
    pub fn invalid_fields_status(status: u16, errors: Vec<(String, String)>) -> ApiError {
        let mut fields: Vec<(String, Vec<String>)> = Vec::new();
        for (name, msg) in errors {
            match fields.iter_mut().find(|(n, _)| *n == name) {
                Some((_, msgs)) => msgs.push(msg),
                None => fields.push((name, vec![msg])),
            }
        }
        let message = match fields.as_slice() {
            [(name, msgs)] => format!("invalid input in field '{name}': {}", msgs.join(", ")),
            _ => {
                let names: Vec<String> = fields.iter().map(|(n, _)| format!("'{n}'")).collect();
                format!("invalid input in fields {}", names.join(", "))
            }
        };
        let details = json!({
            "fields": fields
                .iter()
                .map(|(name, messages)| json!({"name": name, "messages": messages}))
                .collect::<Vec<_>>()
        });
        ApiError::new(status, "invalid_input", message).with_details(details)
    }

    /// Bad query parameter: 400 invalid_input.
    pub fn invalid_query(param: &str, message: impl Into<String>) -> ApiError {
        ApiError::invalid_fields_status(400, vec![(param.to_string(), message.into())])
    }

    pub fn body(&self) -> Vec<u8> {
        error_body(&self.code, &self.message, self.details.as_ref())
    }
}

/// Serializes `{"error":{"code","message","details"}}`.
pub(crate) fn error_body(code: &str, message: &str, details: Option<&Value>) -> Vec<u8> {
    #[derive(Serialize)]
    struct Inner<'a> {
        code: &'a str,
        message: &'a str,
        details: Option<&'a Value>,
    }
    #[derive(Serialize)]
    struct Outer<'a> {
        error: Inner<'a>,
    }
    serde_json::to_vec(&Outer { error: Inner { code, message, details } }).expect("error serializes")
}

impl From<ApiError> for ApiResponse {
    fn from(e: ApiError) -> ApiResponse {
        ApiResponse::raw(e.status, e.body())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        ApiResponse::from(self).into_response()
    }
}
