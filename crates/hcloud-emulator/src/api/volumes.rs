//! Volumes: block storage of 10 GB to 10 TB in one location, attached to at most one server
//! of that location (`server`; the server's `volumes` lists it). A new volume is `creating`
//! until its `create_volume` action ends; created for a server, it is attached at once (the
//! `attach_volume` action is the answer's `next_actions`). Volumes only grow; an attached
//! volume must be detached before it is deleted.

use std::sync::Arc;

use axum::Router;
use http::StatusCode;
use serde_json::{Value, json};

use super::generic::{self, Created, Ctx, Kind};
use super::primary_ips::{
    check_not_busy, location_json, location_of, location_ref, only_fields, opt_bool, opt_int, opt_str, required,
    server_location, view_without_gone_server,
};
use crate::error::ApiError;
use crate::server::App;
use crate::state::State as St;
use crate::store::Res;

pub(crate) const MIN_SIZE: f64 = 10.0;
pub(crate) const MAX_SIZE: f64 = 10240.0;

pub(crate) static KIND: Kind = Kind {
    filter: Some(status_filter),
    create: Some(create),
    update: Some(update),
    delete: Some(delete),
    view: Some(view),
    actions: &[("attach", attach), ("detach", detach), ("resize", resize), ("change_protection", change_protection)],
    ..Kind::base("volume", "volumes", "volume", "volume")
};

fn view(ctx: &Ctx, st: &St, r: &Res) -> Value {
    view_without_gone_server(ctx, st, r, "server")
}

/// `status` (repeatable) takes only the documented values.
fn status_filter(q: &crate::list::Query, v: &Value) -> Result<bool, ApiError> {
    let wanted = q.enum_values("status", &["available", "creating"])?;
    Ok(wanted.is_empty() || wanted.iter().any(|w| v["status"] == w.as_str()))
}

/// Volume names: alphanumerics, `-`, `_` and `.`, starting and ending alphanumeric, at most 64.
pub(crate) fn valid_name(name: &str) -> bool {
    let b = name.as_bytes();
    !b.is_empty()
        && b.len() <= 64
        && b[0].is_ascii_alphanumeric()
        && b[b.len() - 1].is_ascii_alphanumeric()
        && b.iter().all(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.'))
}

fn check_name_format(name: &str) -> Result<(), ApiError> {
    if valid_name(name) {
        Ok(())
    } else {
        Err(ApiError::invalid_field(
            "name",
            "must consist of alphanumerics, '-', '_' and '.', start and end alphanumeric, at most 64 characters",
        ))
    }
}

fn size_of(body: &Value) -> Result<f64, ApiError> {
    let size = match body.get("size") {
        None | Some(Value::Null) => return Err(ApiError::invalid_field("size", "is required")),
        Some(v) => v.as_f64().ok_or_else(|| ApiError::invalid_field("size", "must be of type number"))?,
    };
    if !(MIN_SIZE..=MAX_SIZE).contains(&size) {
        return Err(ApiError::invalid_field("size", format!("must be between {MIN_SIZE} and {MAX_SIZE} GB")));
    }
    Ok(size)
}

/// The device path the API gives a volume.
pub(crate) fn linux_device(id: i64) -> String {
    format!("/dev/disk/by-id/scsi-0HC_Volume_{id}")
}

/// Checks that `volume` can be attached to `server` now: same location, not attached.
pub(crate) fn check_attachable(st: &St, volume: i64, server: i64, now: f64) -> Result<(), ApiError> {
    let v = KIND.find(st, volume)?;
    let server_loc = server_location(st, server, now)?;
    if v.get("server").is_some() {
        return Err(ApiError::new(
            422,
            "volume_already_attached",
            "volume is already attached to a server, detach first",
        ));
    }
    if location_of(v, "location") != Some(server_loc) {
        return Err(ApiError::invalid_field("server", "server and volume must be in the same location"));
    }
    Ok(())
}

/// Attaches a volume to a server (checked with [`check_attachable`]) with an `attach_volume`
/// action; returns the action id. The volume shows the server at once, unless the action fails.
pub(crate) fn attach_now(ctx: &Ctx, st: &mut St, volume: i64, server: i64) -> Result<i64, ApiError> {
    let action = generic::start_action(ctx, st, "attach_volume", vec![(volume, "volume"), (server, "server")]);
    if !st.action_failed(action) {
        KIND.find_mut(st, volume, ctx.now)?.set("server", json!(server));
    }
    Ok(action)
}

fn create(ctx: &Ctx, st: &mut St, body: Value) -> Result<Created, ApiError> {
    only_fields(&body, &["size", "name", "labels", "automount", "format", "location", "server"])?;
    let size = size_of(&body)?;
    if body.get("size").and_then(Value::as_f64).is_some_and(|s| s.fract() != 0.0) {
        return Err(ApiError::invalid_field("size", "must be of type integer"));
    }
    let name = required(opt_str(&body, "name")?, "name")?;
    check_name_format(name)?;
    let labels = generic::labels_of(&body)?;
    let format = opt_str(&body, "format")?;
    if format.is_some_and(|f| f != "xfs" && f != "ext4") {
        return Err(ApiError::invalid_field("format", "must be one of: xfs, ext4"));
    }
    let automount = opt_bool(&body, "automount")?.unwrap_or(false);
    let server = opt_int(&body, "server")?;
    let location = location_ref(&body, "location")?;
    if automount && server.is_none() {
        return Err(ApiError::invalid_field("automount", "needs a server"));
    }
    generic::check_name(&KIND, st, name, 0)?;
    let location = match (server, location) {
        (Some(s), l) => {
            let server_loc = server_location(st, s, ctx.now)?;
            if l.is_some_and(|l| l != server_loc) {
                return Err(ApiError::invalid_field("location", "must be the location of the server"));
            }
            server_loc
        }
        (None, Some(l)) => l,
        (None, None) => return Err(ApiError::invalid_field("location", "location or server is required")),
    };
    let id = st.alloc_id();
    let mut o = generic::new_object(ctx, id, &body, Some(json!({ "delete": false })))?;
    o.insert("server".into(), Value::Null);
    o.insert("location".into(), location_json(location));
    o.insert("size".into(), json!(size));
    o.insert("linux_device".into(), json!(linux_device(id)));
    o.insert("status".into(), json!("creating"));
    o.insert("format".into(), json!(format));
    o.insert("labels".into(), labels);
    let mut resources = vec![(id, "volume")];
    if let Some(s) = server {
        resources.push((s, "server"));
    }
    let create_action = generic::start_action(ctx, st, "create_volume", resources);
    let end = ctx.end(st, create_action);
    let mut res = Res::new(o);
    res.later(end, "/status", json!("available"));
    st.store.insert(KIND.kind, res);
    let mut next_actions = Vec::new();
    if let Some(s) = server {
        let a = attach_now(ctx, st, id, s)?;
        next_actions.push(ctx.action(st, a));
    }
    Ok(Created {
        id,
        status: StatusCode::CREATED,
        extra: vec![("action", ctx.action(st, create_action)), ("next_actions", Value::Array(next_actions))],
    })
}

fn update(_ctx: &Ctx, _st: &mut St, _id: i64, body: &Value) -> Result<(), ApiError> {
    only_fields(body, &["name", "labels"])?;
    match body.get("name") {
        None | Some(Value::Null) => Ok(()),
        Some(Value::String(n)) => check_name_format(n),
        Some(_) => Err(ApiError::invalid_field("name", "must be of type string")),
    }
}

fn delete(ctx: &Ctx, st: &mut St, id: i64) -> Result<Option<Value>, ApiError> {
    check_not_busy(st, id, KIND.kind, KIND.noun, ctx.now)?;
    if KIND.find(st, id)?.get("server").is_some() {
        return Err(ApiError::new(422, "volume_already_attached", "volume is attached to a server, detach it first"));
    }
    Ok(None)
}

fn attach(ctx: &Ctx, st: &mut St, k: &'static Kind, id: i64, body: Value) -> Result<Value, ApiError> {
    let server = required(opt_int(&body, "server")?, "server")?;
    opt_bool(&body, "automount")?;
    check_not_busy(st, id, k.kind, k.noun, ctx.now)?;
    check_attachable(st, id, server, ctx.now)?;
    let action = attach_now(ctx, st, id, server)?;
    Ok(generic::action_body(ctx, st, action))
}

fn detach(ctx: &Ctx, st: &mut St, k: &'static Kind, id: i64, _body: Value) -> Result<Value, ApiError> {
    check_not_busy(st, id, k.kind, k.noun, ctx.now)?;
    let mut resources = vec![(id, "volume")];
    if let Some(s) = k.find(st, id)?.i64("server") {
        resources.push((s, "server"));
    }
    let action = generic::start_action(ctx, st, "detach_volume", resources);
    if !st.action_failed(action) {
        k.find_mut(st, id, ctx.now)?.set("server", Value::Null);
    }
    Ok(generic::action_body(ctx, st, action))
}

fn resize(ctx: &Ctx, st: &mut St, k: &'static Kind, id: i64, body: Value) -> Result<Value, ApiError> {
    let size = size_of(&body)?;
    check_not_busy(st, id, k.kind, k.noun, ctx.now)?;
    let current = k.find(st, id)?.get("size").and_then(Value::as_f64).unwrap_or(0.0);
    if size <= current {
        return Err(ApiError::invalid_field("size", "must be greater than the current size"));
    }
    let action = generic::start_action(ctx, st, "resize_volume", vec![(id, "volume")]);
    if !st.action_failed(action) {
        let end = ctx.end(st, action);
        k.find_mut(st, id, ctx.now)?.later(end, "/size", json!(size));
    }
    Ok(generic::action_body(ctx, st, action))
}

fn change_protection(ctx: &Ctx, st: &mut St, k: &'static Kind, id: i64, body: Value) -> Result<Value, ApiError> {
    required(opt_bool(&body, "delete")?, "delete")?;
    generic::change_protection(ctx, st, k, id, body)
}

pub(crate) fn routes() -> Router<Arc<App>> {
    generic::routes(&KIND)
}
