//! `GET /actions?id=..` and `GET /actions/{id}`.

use axum::extract::{Path, RawQuery, State};
use http::StatusCode;
use serde_json::json;

use super::{S, action_list, path_id};
use crate::error::{ApiError, ApiResponse, ApiResult};
use crate::list::{Query, one_body};

pub(crate) async fn list(State(app): S, RawQuery(q): RawQuery) -> ApiResult {
    let q = Query::parse(q.as_deref());
    if !q.has("id") {
        // Listing every action was removed from the API; only lookups by id remain.
        return Err(ApiError::new(
            410,
            "deprecated_api_endpoint",
            "listing all actions is no longer supported, pass one or more id parameters",
        )
        .with_details(json!({
            "announcement": "https://docs.hetzner.cloud/changelog#2023-07-20-actions-list-endpoint-is-deprecated"
        })));
    }
    let ids = q.ids("id")?;
    let now = app.now();
    let st = app.read();
    let actions = ids.iter().filter_map(|id| st.actions.get(id));
    // Duplicated ids are answered once.
    let mut seen = std::collections::BTreeMap::new();
    for a in actions {
        seen.insert(a.id, a);
    }
    let body = action_list(&app, seen.into_values(), &q, now, false)?;
    Ok(ApiResponse::raw(StatusCode::OK, body))
}

pub(crate) async fn get(State(app): S, Path(id): Path<String>) -> ApiResult {
    let id = path_id(&id)?;
    let now = app.now();
    let st = app.read();
    let action = st.actions.get(&id).ok_or_else(|| ApiError::not_found("action"))?;
    Ok(ApiResponse::raw(StatusCode::OK, one_body("action", &action.view(now, &app.clock))))
}
