//! Images: the catalogue's `system` and `app` images and the project's `snapshot` and
//! `backup` images (made by the server action `create_image`, kept in the `image` store).
//! Lists and gets show both; only stored images can be updated, deleted or protected.
//!
//! A backup is bound to its server: it goes when the server goes (hidden here as soon as the
//! server is deleted) or when the server's backups are disabled.

use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::routing::{get, post};
use http::StatusCode;
use serde_json::{Value, json};

use super::generic::{self, Ctx, Kind, body_for, labels_of};
use super::{S, kind_action, kind_actions, path_id, resource_action, resource_actions};
use crate::catalog::catalog;
use crate::error::{ApiError, ApiResponse, ApiResult};
use crate::list::{Query, SortVal, list_body, one_body, paginate, sort_items};
use crate::state::{EmuMs, ServerImage, State as St};
use crate::store::Res;

pub(crate) static KIND: Kind = Kind {
    actions: &[("change_protection", generic::change_protection)],
    unique_name: false,
    ..Kind::base("image", "images", "image", "image")
};

const IMAGE_TYPES: &[&str] = &["system", "app", "snapshot", "backup"];
const IMAGE_STATUS: &[&str] = &["available", "creating", "unavailable"];

/// A catalogue image as served.
pub(crate) fn catalog_json(idx: usize) -> Value {
    serde_json::from_str(catalog().images[idx].item.raw.get()).expect("catalogue image is JSON")
}

fn catalog_index(id: i64) -> Option<usize> {
    catalog().images.iter().position(|i| i.item.id == id)
}

/// A stored image still exists: a backup goes with the server it is bound to.
pub(crate) fn live(st: &St, r: &Res, now: EmuMs) -> bool {
    match r.i64("bound_to") {
        Some(server) => st.server(server, now).is_some(),
        None => true,
    }
}

/// A stored image by id, unless gone with its server.
pub(crate) fn stored(st: &St, id: i64, now: EmuMs) -> Option<&Res> {
    st.store.get(KIND.kind, id).filter(|r| live(st, r, now))
}

/// Finds an image by id (catalogue or stored) or by name (catalogue, preferring
/// `architecture`).
pub(crate) fn find(st: &St, reference: &str, architecture: &str, now: EmuMs) -> Option<ServerImage> {
    if let Ok(id) = reference.parse::<i64>() {
        if let Some(idx) = catalog_index(id) {
            return Some(ServerImage::Catalog(idx));
        }
        return stored(st, id, now).map(|_| ServerImage::Stored(id));
    }
    catalog().image(reference, architecture).map(ServerImage::Catalog)
}

/// The image as served (`None` when it does not exist).
pub(crate) fn view(st: &St, image: ServerImage, now: EmuMs) -> Option<Value> {
    match image {
        ServerImage::Catalog(idx) => Some(catalog_json(idx)),
        ServerImage::Stored(id) => stored(st, id, now).map(|r| r.view(now)),
    }
}

fn sort_val<'a>(v: &'a Value, field: &str) -> SortVal<'a> {
    match v.get(field) {
        Some(Value::String(s)) => SortVal::Str(s),
        Some(Value::Number(n)) => SortVal::Int(n.as_i64().unwrap_or(0)),
        _ => SortVal::Str(""),
    }
}

fn list_values(app: &crate::server::App, q: &Query) -> Result<Vec<Value>, ApiError> {
    let types = q.enum_values("type", IMAGE_TYPES)?;
    let statuses = q.enum_values("status", IMAGE_STATUS)?;
    let arch = q.enum_values("architecture", &["x86", "arm"])?;
    let include_deprecated = q.bool("include_deprecated")?.unwrap_or(false);
    let bound_to = q.ids("bound_to")?;
    let selector = q.label_selector()?;
    let name = q.get("name");
    let now = app.now();
    let st = app.read();
    let stored = st.store.all(KIND.kind).filter(|r| live(&st, r, now)).map(|r| r.view(now));
    let all = (0..catalog().images.len()).map(catalog_json).chain(stored);
    let keep = |v: &Value| -> bool {
        let s = |k: &str| v[k].as_str().unwrap_or_default().to_string();
        (types.is_empty() || types.contains(&s("type")))
            && (statuses.is_empty() || statuses.contains(&s("status")))
            && (arch.is_empty() || arch.contains(&s("architecture")))
            && (include_deprecated || v["deprecated"].is_null())
            && (bound_to.is_empty() || v["bound_to"].as_i64().is_some_and(|b| bound_to.contains(&b)))
            && name.is_none_or(|n| v["name"].as_str() == Some(n))
            && selector.as_ref().is_none_or(|sel| {
                let labels = serde_json::from_value(v["labels"].clone()).unwrap_or_default();
                sel.matches(&labels)
            })
    };
    Ok(all.filter(keep).collect())
}

pub(crate) async fn list(State(app): S, RawQuery(q): RawQuery) -> ApiResult {
    let q = Query::parse(q.as_deref());
    let page = q.page()?;
    let sort = q.sort(&["id", "name", "created"])?;
    let items = list_values(&app, &q)?;
    let mut refs: Vec<&Value> = items.iter().collect();
    sort_items(&mut refs, &sort, |v| v["id"].as_i64().unwrap_or(0), |v, field| sort_val(v, field));
    let (page_items, p) = paginate(refs, page);
    Ok(ApiResponse::raw(StatusCode::OK, list_body("images", &page_items, Some(p))))
}

/// An image (catalogue or stored) by path id, or `not_found`.
fn any_image(st: &St, id: i64, now: EmuMs) -> Result<Value, ApiError> {
    let image = match catalog_index(id) {
        Some(idx) => ServerImage::Catalog(idx),
        None => ServerImage::Stored(id),
    };
    view(st, image, now).ok_or_else(|| KIND.not_found())
}

pub(crate) async fn get_one(State(app): S, Path(id): Path<String>) -> ApiResult {
    let id = path_id(&id)?;
    let now = app.now();
    let st = app.read();
    Ok(ApiResponse::raw(StatusCode::OK, one_body("image", &any_image(&st, id, now)?)))
}

/// A stored image for a change: `not_found`, or `forbidden` for a catalogue image (it is not
/// the project's).
fn own_image(st: &St, id: i64, now: EmuMs) -> Result<(), ApiError> {
    if catalog_index(id).is_some() {
        return Err(ApiError::new(403, "forbidden", "only images of type snapshot and backup can be changed"));
    }
    stored(st, id, now).map(|_| ()).ok_or_else(|| KIND.not_found())
}

async fn update(State(app): S, Path(id): Path<String>, body: Bytes) -> ApiResult {
    let id = path_id(&id)?;
    let body = body_for("PUT /images/{id}", &body)?;
    let now = app.now();
    let mut st = app.write();
    st.collect_garbage(now);
    own_image(&st, id, now)?;
    let labels = if body.get("labels").is_some_and(|l| !l.is_null()) { Some(labels_of(&body)?) } else { None };
    let description = match body.get("description") {
        None | Some(Value::Null) => None,
        Some(Value::String(d)) => Some(d.clone()),
        Some(_) => return Err(ApiError::invalid_field("description", "must be a string")),
    };
    match body.get("type") {
        None | Some(Value::Null) => {}
        Some(Value::String(t)) if t == "snapshot" => {}
        Some(_) => return Err(ApiError::invalid_field("type", "can only be converted to 'snapshot'")),
    }
    let to_snapshot = body.get("type").and_then(Value::as_str) == Some("snapshot");
    let r = st.store.get_mut(KIND.kind, id, now).ok_or_else(|| KIND.not_found())?;
    if let Some(d) = description {
        r.set("description", json!(d));
    }
    if to_snapshot && r.str("type") == Some("backup") {
        r.set("type", json!("snapshot"));
        r.set("bound_to", Value::Null);
    }
    if let Some(l) = labels {
        r.set("labels", l);
    }
    let v = r.view(now);
    Ok(ApiResponse::raw(StatusCode::OK, one_body("image", &v)))
}

async fn delete(State(app): S, Path(id): Path<String>) -> ApiResult {
    let id = path_id(&id)?;
    let now = app.now();
    let mut st = app.write();
    st.collect_garbage(now);
    own_image(&st, id, now)?;
    let r = st.store.get_mut(KIND.kind, id, now).ok_or_else(|| KIND.not_found())?;
    if r.delete_protected() {
        return Err(ApiError::protected("image is protected against deletion"));
    }
    st.store.remove(KIND.kind, id);
    Ok(ApiResponse::no_content())
}

async fn change_protection(State(app): S, Path(id): Path<String>, body: Bytes) -> ApiResult {
    let id = path_id(&id)?;
    let body = body_for("POST /images/{id}/actions/change_protection", &body)?;
    if let Some(d) = body.get("delete").filter(|d| !d.is_null() && !d.is_boolean()) {
        return Err(ApiError::invalid_field("delete", format!("{d} is not a boolean")));
    }
    let now = app.now();
    let ctx = Ctx { app: &app, now };
    let mut st = app.write();
    st.collect_garbage(now);
    own_image(&st, id, now)?;
    let out = generic::change_protection(&ctx, &mut st, &KIND, id, body)?;
    Ok(ApiResponse::json(StatusCode::CREATED, &out))
}

async fn actions_of(State(app): S, Path(id): Path<String>, RawQuery(q): RawQuery) -> ApiResult {
    let id = path_id(&id)?;
    let now = app.now();
    let st = app.read();
    any_image(&st, id, now)?;
    resource_actions(&app, &st, KIND.kind, id, q.as_deref(), now)
}

async fn action_of(State(app): S, Path((id, action_id)): Path<(String, String)>) -> ApiResult {
    let id = path_id(&id)?;
    let action_id = path_id(&action_id)?;
    let now = app.now();
    let st = app.read();
    any_image(&st, id, now)?;
    resource_action(&app, &st, KIND.kind, id, action_id, now)
}

async fn all_actions(State(app): S, RawQuery(q): RawQuery) -> ApiResult {
    let now = app.now();
    kind_actions(&app, &app.read(), KIND.kind, q.as_deref(), now)
}

async fn any_action(State(app): S, Path(id): Path<String>) -> ApiResult {
    let id = path_id(&id)?;
    let now = app.now();
    kind_action(&app, &app.read(), KIND.kind, id, now)
}

/// Catalogue and stored images: list, get, update, delete, protection and the action lists.
pub(crate) fn routes() -> Router<Arc<crate::server::App>> {
    Router::new()
        .route("/v1/images", get(list))
        .route("/v1/images/{id}", get(get_one).put(update).delete(delete))
        .route("/v1/images/actions", get(all_actions))
        .route("/v1/images/actions/{id}", get(any_action))
        .route("/v1/images/{id}/actions", get(actions_of))
        .route("/v1/images/{id}/actions/{action_id}", get(action_of))
        .route("/v1/images/{id}/actions/change_protection", post(change_protection))
}
