//! Not yet emulated.

use std::sync::Arc;

use axum::Router;

use super::generic::Ctx;
use crate::error::ApiError;
use crate::server::App;
use crate::state::State as St;

/// Attaches a server being created to a network (`POST /servers` with `networks`): assigns it
/// an IP from the network's first subnet in the server's network zone and records it in both
/// the network and the server's `private_net`.
pub(crate) fn attach_at_create(_ctx: &Ctx, _st: &mut St, network: i64, _server: i64) -> Result<(), ApiError> {
    Err(ApiError::invalid_field("networks", format!("network {network} not found")))
}

pub(crate) fn routes() -> Router<Arc<App>> {
    Router::new()
}
