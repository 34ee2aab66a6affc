//! Not yet emulated.

use std::sync::Arc;

use axum::Router;

use crate::server::App;

pub(crate) fn routes() -> Router<Arc<App>> {
    Router::new()
}
