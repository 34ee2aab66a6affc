//! The `/v1` routes. Route templates equal the OpenAPI path templates (plus `/v1`), so the
//! matched route names the operation in the request log.

mod actions;
mod catalog;
mod certificates;
mod firewalls;
mod floating_ips;
pub(crate) mod generic;
mod images;
mod isos;
pub(crate) mod load_balancers;
pub(crate) mod networks;
pub(crate) mod placement_groups;
mod pricing;
pub(crate) mod primary_ips;
mod server_actions;
pub(crate) mod servers;
mod ssh_keys;
mod volumes;
mod zones;

use std::sync::Arc;

use axum::Router;
use axum::extract::{MatchedPath, Request};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::{get, post};

use http::StatusCode;

use crate::error::{ApiError, ApiResponse, ApiResult};
use crate::list::{Query, SortVal, one_body, paginate, sort_items};
use crate::server::App;
use crate::state::{Action, EmuMs, State};

pub(crate) type S = axum::extract::State<Arc<App>>;

/// Parses an `{id}` path segment.
pub(crate) fn path_id(raw: &str) -> Result<i64, ApiError> {
    raw.parse::<i64>()
        .ok()
        .filter(|&n| n >= 1)
        .ok_or_else(|| ApiError::invalid_query("id", format!("'{raw}' is not a valid id")))
}

async fn tag_operation(matched: MatchedPath, req: Request, next: Next) -> Response {
    let mut resp = next.run(req).await;
    resp.extensions_mut().insert(matched);
    resp
}

async fn not_found() -> ApiError {
    ApiError::not_found("resource")
}

async fn method_not_allowed() -> ApiError {
    ApiError::new(405, "method_not_allowed", "method not allowed")
}

/// Sort fields accepted by action lists.
pub(crate) const ACTION_SORT: &[&str] = &["id", "command", "status", "started", "finished"];
pub(crate) const ACTION_STATUS: &[&str] = &["running", "success", "error"];

/// Filters, sorts and pages actions; returns the list body under `actions`.
pub(crate) fn action_list<'a>(
    app: &App,
    actions: impl Iterator<Item = &'a Action>,
    q: &Query,
    now: EmuMs,
    paged: bool,
) -> Result<Vec<u8>, ApiError> {
    let statuses = q.enum_values("status", ACTION_STATUS)?;
    let ids = if q.has("id") { Some(q.ids("id")?) } else { None };
    let sort = q.sort(ACTION_SORT)?;
    let page = q.page()?;
    let mut items: Vec<&Action> = actions
        .filter(|a| statuses.is_empty() || statuses.iter().any(|s| s == a.status(now).as_str()))
        .filter(|a| ids.as_ref().is_none_or(|ids| ids.contains(&a.id)))
        .collect();
    sort_items(
        &mut items,
        &sort,
        |a| a.id,
        |a, field| match field {
            "command" => SortVal::Str(a.command),
            "status" => SortVal::Str(a.status(now).as_str()),
            "started" => SortVal::Num(a.started),
            "finished" => {
                SortVal::Num(if a.status(now) == crate::state::ActionStatus::Running { f64::INFINITY } else { a.end() })
            }
            _ => SortVal::Int(a.id),
        },
    );
    let (items, p) = if paged {
        let (items, p) = paginate(items, page);
        (items, Some(p))
    } else {
        (items, None)
    };
    let views: Vec<_> = items.iter().map(|a| a.view(now, &app.clock)).collect();
    Ok(crate::list::list_body("actions", &views, p))
}

/// `GET /<resources>/{id}/actions`: the actions of one resource (the caller checked it exists).
pub(crate) fn resource_actions(app: &App, st: &State, kind: &str, id: i64, q: Option<&str>, now: EmuMs) -> ApiResult {
    let q = Query::parse(q);
    let body = action_list(app, st.actions.values().filter(|a| a.touches(id, kind)), &q, now, true)?;
    Ok(ApiResponse::raw(StatusCode::OK, body))
}

/// `GET /<resources>/{id}/actions/{action_id}` (the caller checked the resource exists).
pub(crate) fn resource_action(app: &App, st: &State, kind: &str, id: i64, action_id: i64, now: EmuMs) -> ApiResult {
    let a = st.actions.get(&action_id).filter(|a| a.touches(id, kind)).ok_or_else(|| ApiError::not_found("action"))?;
    Ok(ApiResponse::raw(StatusCode::OK, one_body("action", &a.view(now, &app.clock))))
}

/// `GET /<resources>/actions`: the actions of every resource of a kind.
pub(crate) fn kind_actions(app: &App, st: &State, kind: &str, q: Option<&str>, now: EmuMs) -> ApiResult {
    let q = Query::parse(q);
    let body = action_list(app, st.actions.values().filter(|a| a.touches_kind(kind)), &q, now, true)?;
    Ok(ApiResponse::raw(StatusCode::OK, body))
}

/// `GET /<resources>/actions/{id}`: one action of any resource of a kind.
pub(crate) fn kind_action(app: &App, st: &State, kind: &str, id: i64, now: EmuMs) -> ApiResult {
    let a = st.actions.get(&id).filter(|a| a.touches_kind(kind)).ok_or_else(|| ApiError::not_found("action"))?;
    Ok(ApiResponse::raw(StatusCode::OK, one_body("action", &a.view(now, &app.clock))))
}

pub(crate) fn router(app: Arc<App>) -> Router {
    Router::new()
        // actions
        .route("/v1/actions", get(actions::list))
        .route("/v1/actions/{id}", get(actions::get))
        // servers
        .route("/v1/servers", get(servers::list).post(servers::create))
        .route("/v1/servers/actions", get(servers::list_all_actions))
        .route("/v1/servers/actions/{id}", get(servers::get_any_action))
        .route("/v1/servers/{id}", get(servers::get).put(servers::update).delete(servers::delete))
        .route("/v1/servers/{id}/actions", get(servers::list_actions))
        .route("/v1/servers/{id}/actions/{action_id}", get(servers::get_action))
        .route("/v1/servers/{id}/actions/poweron", post(servers::poweron))
        .route("/v1/servers/{id}/actions/poweroff", post(servers::poweroff))
        .route("/v1/servers/{id}/actions/shutdown", post(servers::shutdown))
        .route("/v1/servers/{id}/actions/reboot", post(servers::reboot))
        .route("/v1/servers/{id}/actions/reset", post(servers::reset))
        .route("/v1/servers/{id}/actions/change_protection", post(servers::change_protection))
        // ssh keys
        .route("/v1/ssh_keys", get(ssh_keys::list).post(ssh_keys::create))
        .route("/v1/ssh_keys/{id}", get(ssh_keys::get).put(ssh_keys::update).delete(ssh_keys::delete))
        // firewalls
        .route("/v1/firewalls", get(firewalls::list).post(firewalls::create))
        .route("/v1/firewalls/actions", get(firewalls::list_all_actions))
        .route("/v1/firewalls/actions/{id}", get(firewalls::get_any_action))
        .route("/v1/firewalls/{id}", get(firewalls::get).put(firewalls::update).delete(firewalls::delete))
        .route("/v1/firewalls/{id}/actions", get(firewalls::list_actions))
        .route("/v1/firewalls/{id}/actions/{action_id}", get(firewalls::get_action))
        .route("/v1/firewalls/{id}/actions/set_rules", post(firewalls::set_rules))
        .route("/v1/firewalls/{id}/actions/apply_to_resources", post(firewalls::apply_to_resources))
        .route("/v1/firewalls/{id}/actions/remove_from_resources", post(firewalls::remove_from_resources))
        // catalogue
        .route("/v1/server_types", get(catalog::list_server_types))
        .route("/v1/server_types/{id}", get(catalog::get_server_type))
        .route("/v1/locations", get(catalog::list_locations))
        .route("/v1/locations/{id}", get(catalog::get_location))
        .route("/v1/datacenters", get(catalog::list_datacenters))
        .route("/v1/datacenters/{id}", get(catalog::get_datacenter))
        .merge(certificates::routes())
        .merge(floating_ips::routes())
        .merge(images::routes())
        .merge(isos::routes())
        .merge(load_balancers::routes())
        .merge(networks::routes())
        .merge(placement_groups::routes())
        .merge(pricing::routes())
        .merge(primary_ips::routes())
        .merge(server_actions::routes())
        .merge(volumes::routes())
        .merge(zones::routes())
        .route_layer(middleware::from_fn(tag_operation))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .with_state(app)
}
