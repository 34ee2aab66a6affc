//! Not yet emulated.

use std::sync::Arc;

use axum::Router;
use serde_json::Value;

use crate::server::App;

/// The load balancer types of the catalogue, as served by `GET /load_balancer_types`.
pub(crate) fn load_balancer_types() -> Vec<Value> {
    Vec::new()
}

pub(crate) fn routes() -> Router<Arc<App>> {
    Router::new()
}
