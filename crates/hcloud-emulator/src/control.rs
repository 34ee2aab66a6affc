//! Control of a running emulator, from Rust ([`Control`]) or over HTTP under `/__emulator`
//! (no auth, no rate limit, not logged):
//!
//! | Method and path                    | Body                                   | Answer |
//! | ---------------------------------- | -------------------------------------- | ------ |
//! | `GET /__emulator/health`           |                                        | 200 `{"status":"ok"}` |
//! | `POST /__emulator/faults`          | one [`Fault`] or an array of them      | 204 |
//! | `GET /__emulator/faults`           |                                        | 200 active faults (`times` = uses left) |
//! | `DELETE /__emulator/faults`        |                                        | 204 |
//! | `POST /__emulator/reset`           |                                        | 204 |
//! | `GET /__emulator/requests`         |                                        | 200 array of [`LoggedRequest`](crate::LoggedRequest) |
//! | `DELETE /__emulator/requests`      |                                        | 204 (clears the log only) |
//! | `POST /__emulator/next-id`         | `{"id": 5000000000}`                   | 204 |
//! | `POST /__emulator/action-failures` | `{"command","times","code","message"}` | 204 |
//! | `DELETE /__emulator/action-failures` |                                      | 204 |
//!
//! Bad bodies get 400 with the API error shape.

use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::routing::{get, post};
use http::StatusCode;
use serde::Deserialize;
use serde_json::json;

use crate::error::{ApiError, ApiResponse};
use crate::fault::Fault;
use crate::server::App;
use crate::state::ActionFailure;

/// A cloneable handle on a running emulator's state, faults and request log.
#[derive(Clone)]
pub struct Control {
    app: Arc<App>,
}

impl Control {
    pub(crate) fn new(app: Arc<App>) -> Control {
        Control { app }
    }

    /// Adds a fault rule.
    pub fn inject(&self, fault: Fault) {
        let mut set = self.app.faults();
        set.add(fault);
        self.app.sync_fault_count(&set);
    }

    /// Removes every fault rule.
    pub fn clear_faults(&self) {
        let mut set = self.app.faults();
        set.clear();
        self.app.sync_fault_count(&set);
    }

    /// The active fault rules, `times` showing the uses left.
    pub fn faults(&self) -> Vec<Fault> {
        self.app.faults().list()
    }

    /// Drops all state, faults, action failures, the request log and rate-limit buckets.
    pub fn reset(&self) {
        self.app.reset()
    }

    /// The request log, oldest first.
    pub fn requests(&self) -> Vec<crate::LoggedRequest> {
        self.app.requests()
    }

    /// Empties the request log only.
    pub fn clear_requests(&self) {
        self.app.clear_requests()
    }

    /// The next created resource or action gets this id.
    pub fn set_next_id(&self, id: i64) {
        self.app.write().next_id = id.max(1);
    }

    /// The next `times` actions with `command` end in `error` with this code and message.
    pub fn fail_next_actions(&self, command: &str, times: u32, code: &str, message: &str) {
        if times == 0 {
            return;
        }
        self.app.write().action_failures.push(ActionFailure {
            command: command.to_string(),
            remaining: times,
            code: code.to_string(),
            message: message.to_string(),
        });
    }

    /// Forgets registered action failures that have not fired yet.
    pub fn clear_action_failures(&self) {
        self.app.write().action_failures.clear();
    }
}

type S = State<Arc<App>>;

fn control(app: &Arc<App>) -> Control {
    Control::new(app.clone())
}

fn bad_request(msg: impl Into<String>) -> ApiError {
    ApiError::new(400, "invalid_input", msg)
}

async fn health() -> ApiResponse {
    ApiResponse::json(StatusCode::OK, &json!({"status": "ok"}))
}

#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    Many(Vec<Fault>),
    One(Box<Fault>),
}

async fn add_faults(State(app): S, body: Bytes) -> Result<ApiResponse, ApiError> {
    let parsed: OneOrMany = serde_json::from_slice(&body).map_err(|e| bad_request(format!("invalid fault: {e}")))?;
    let faults = match parsed {
        OneOrMany::Many(v) => v,
        OneOrMany::One(f) => vec![*f],
    };
    for f in &faults {
        f.validate().map_err(bad_request)?;
    }
    let c = control(&app);
    for f in faults {
        c.inject(f);
    }
    Ok(ApiResponse::no_content())
}

async fn list_faults(State(app): S) -> ApiResponse {
    ApiResponse::json(StatusCode::OK, &control(&app).faults())
}

async fn clear_faults(State(app): S) -> ApiResponse {
    control(&app).clear_faults();
    ApiResponse::no_content()
}

async fn reset(State(app): S) -> ApiResponse {
    app.reset();
    ApiResponse::no_content()
}

async fn requests(State(app): S) -> ApiResponse {
    ApiResponse::json(StatusCode::OK, &app.requests())
}

async fn clear_requests(State(app): S) -> ApiResponse {
    app.clear_requests();
    ApiResponse::no_content()
}

#[derive(Deserialize)]
struct NextId {
    id: i64,
}

async fn next_id(State(app): S, body: Bytes) -> Result<ApiResponse, ApiError> {
    let req: NextId = serde_json::from_slice(&body).map_err(|e| bad_request(format!("invalid body: {e}")))?;
    if req.id < 1 {
        return Err(bad_request("id must be positive"));
    }
    control(&app).set_next_id(req.id);
    Ok(ApiResponse::no_content())
}

#[derive(Deserialize)]
struct FailureReq {
    command: String,
    #[serde(default = "one")]
    times: u32,
    #[serde(default = "default_code")]
    code: String,
    #[serde(default = "default_message")]
    message: String,
}

fn one() -> u32 {
    1
}

fn default_code() -> String {
    "action_failed".to_string()
}

fn default_message() -> String {
    "action failed (injected by the emulator)".to_string()
}

async fn add_action_failure(State(app): S, body: Bytes) -> Result<ApiResponse, ApiError> {
    let req: FailureReq = serde_json::from_slice(&body).map_err(|e| bad_request(format!("invalid body: {e}")))?;
    control(&app).fail_next_actions(&req.command, req.times, &req.code, &req.message);
    Ok(ApiResponse::no_content())
}

async fn clear_action_failures(State(app): S) -> ApiResponse {
    control(&app).clear_action_failures();
    ApiResponse::no_content()
}

async fn not_found() -> ApiError {
    ApiError::not_found("control endpoint")
}

pub(crate) fn router(app: Arc<App>) -> Router {
    Router::new()
        .route("/__emulator/health", get(health))
        .route("/__emulator/faults", post(add_faults).get(list_faults).delete(clear_faults))
        .route("/__emulator/reset", post(reset))
        .route("/__emulator/requests", get(requests).delete(clear_requests))
        .route("/__emulator/next-id", post(next_id))
        .route("/__emulator/action-failures", post(add_action_failure).delete(clear_action_failures))
        .fallback(not_found)
        .with_state(app)
}
