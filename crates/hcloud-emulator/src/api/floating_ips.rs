//! Floating IPs: an IPv4 address or an IPv6 /64 with a home location, assigned to at most one
//! server (`server`; the server's `public_net.floating_ips` lists it) in any location.
//! Assigning one that is on another server moves it; since 1 May 2026 an assigned IP must be
//! unassigned before it can be deleted (`must_be_unassigned`).

use std::sync::Arc;

use axum::Router;
use http::StatusCode;
use serde_json::{Value, json};

use super::generic::{self, Created, Ctx, Kind};
use super::primary_ips::{
    change_dns_ptr, check_not_busy, location_json, location_ref, new_address, only_fields, opt_int, opt_str, required,
    server_location, view_without_gone_server,
};
use crate::error::ApiError;
use crate::server::App;
use crate::state::State as St;
use crate::store::Res;

pub(crate) static KIND: Kind = Kind {
    sort: &["id", "created"],
    create: Some(create),
    update: Some(update),
    delete: Some(delete),
    view: Some(view),
    actions: &[
        ("assign", assign),
        ("unassign", unassign),
        ("change_dns_ptr", change_dns_ptr),
        ("change_protection", change_protection),
    ],
    ..Kind::base("floating_ip", "floating_ips", "floating_ip", "floating IP")
};

fn view(ctx: &Ctx, st: &St, r: &Res) -> Value {
    view_without_gone_server(ctx, st, r, "server")
}

fn description(body: &Value) -> Result<Option<&str>, ApiError> {
    let d = opt_str(body, "description")?;
    if d.is_some_and(|d| d.chars().count() > 255) {
        return Err(ApiError::invalid_field("description", "is too long (maximum 255 characters)"));
    }
    Ok(d)
}

fn create(ctx: &Ctx, st: &mut St, body: Value) -> Result<Created, ApiError> {
    only_fields(&body, &["type", "server", "home_location", "description", "name", "labels"])?;
    let ip_type = match required(opt_str(&body, "type")?, "type")? {
        t @ ("ipv4" | "ipv6") => t.to_string(),
        _ => return Err(ApiError::invalid_field("type", "must be one of: ipv4, ipv6")),
    };
    let labels = generic::labels_of(&body)?;
    let desc = description(&body)?.map(str::to_string);
    let name = opt_str(&body, "name")?.map(str::to_string);
    if let Some(n) = &name {
        if n.is_empty() {
            return Err(ApiError::invalid_field("name", "must not be empty"));
        }
        generic::check_name(&KIND, st, n, 0)?;
    }
    let server = opt_int(&body, "server")?;
    let home = location_ref(&body, "home_location")?;
    let home = match (server, home) {
        (_, Some(l)) => {
            if let Some(s) = server {
                server_location(st, s, ctx.now)?;
            }
            l
        }
        (Some(s), None) => server_location(st, s, ctx.now)?,
        (None, None) => {
            return Err(ApiError::invalid_field("home_location", "home_location or server is required"));
        }
    };
    let id = st.alloc_id();
    let (ip, dns_ptr) = new_address(st, &ip_type, ctx.now);
    let mut o = generic::new_object(ctx, id, &body, Some(json!({ "delete": false })))?;
    o.insert("name".into(), json!(name.unwrap_or_else(|| format!("floating_ip-{id}"))));
    o.insert("description".into(), json!(desc));
    o.insert("ip".into(), json!(ip));
    o.insert("type".into(), json!(ip_type));
    o.insert("server".into(), Value::Null);
    o.insert("dns_ptr".into(), dns_ptr);
    o.insert("home_location".into(), location_json(home));
    o.insert("blocked".into(), json!(false));
    o.insert("labels".into(), labels);
    st.store.insert(KIND.kind, Res::new(o));
    let mut action = Value::Null;
    if let Some(s) = server {
        let a = generic::start_action(ctx, st, "assign_floating_ip", vec![(id, "floating_ip"), (s, "server")]);
        if !st.action_failed(a) {
            KIND.find_mut(st, id, ctx.now)?.set("server", json!(s));
        }
        action = ctx.action(st, a);
    }
    Ok(Created { id, status: StatusCode::CREATED, extra: vec![("action", action)] })
}

fn update(ctx: &Ctx, st: &mut St, id: i64, body: &Value) -> Result<(), ApiError> {
    only_fields(body, &["description", "name", "labels"])?;
    description(body)?;
    if body.get("name").is_some_and(|n| n.as_str().is_none_or(str::is_empty)) {
        return Err(ApiError::invalid_field("name", "must be a non-empty string"));
    }
    // `description: null` clears it (the generic part skips nulls).
    if body.get("description").is_some_and(Value::is_null) {
        KIND.find_mut(st, id, ctx.now)?.set("description", Value::Null);
    }
    Ok(())
}

fn delete(_ctx: &Ctx, st: &mut St, id: i64) -> Result<Option<Value>, ApiError> {
    if KIND.find(st, id)?.get("server").is_some() {
        return Err(ApiError::new(
            422,
            "must_be_unassigned",
            "floating IP must be unassigned before it can be deleted",
        ));
    }
    Ok(None)
}

fn assign(ctx: &Ctx, st: &mut St, k: &'static Kind, id: i64, body: Value) -> Result<Value, ApiError> {
    let server = required(opt_int(&body, "server")?, "server")?;
    check_not_busy(st, id, k.kind, k.noun, ctx.now)?;
    server_location(st, server, ctx.now)?;
    let current = k.find(st, id)?.i64("server");
    if current == Some(server) {
        return Err(ApiError::new(422, "floating_ip_assigned", "floating IP is already assigned to this server"));
    }
    let action = generic::start_action(ctx, st, "assign_floating_ip", vec![(id, "floating_ip"), (server, "server")]);
    if !st.action_failed(action) {
        k.find_mut(st, id, ctx.now)?.set("server", json!(server));
    }
    Ok(generic::action_body(ctx, st, action))
}

fn unassign(ctx: &Ctx, st: &mut St, k: &'static Kind, id: i64, _body: Value) -> Result<Value, ApiError> {
    check_not_busy(st, id, k.kind, k.noun, ctx.now)?;
    let mut resources = vec![(id, "floating_ip")];
    if let Some(s) = k.find(st, id)?.i64("server") {
        resources.push((s, "server"));
    }
    let action = generic::start_action(ctx, st, "unassign_floating_ip", resources);
    if !st.action_failed(action) {
        k.find_mut(st, id, ctx.now)?.set("server", Value::Null);
    }
    Ok(generic::action_body(ctx, st, action))
}

fn change_protection(ctx: &Ctx, st: &mut St, k: &'static Kind, id: i64, body: Value) -> Result<Value, ApiError> {
    required(super::primary_ips::opt_bool(&body, "delete")?, "delete")?;
    generic::change_protection(ctx, st, k, id, body)
}

pub(crate) fn routes() -> Router<Arc<App>> {
    generic::routes(&KIND)
}
