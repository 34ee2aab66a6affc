//! Primary IPs. A server's public IPv4 and IPv6 are primary IPs (`assignee_id` the server,
//! `Server.ipv4` / `Server.ipv6` their ids); the server's `public_net` shows them.
//!
//! Assigning and unassigning need the server powered off; a server holds one primary IP of
//! each type; an IP is bound to its location. Since 1 May 2026 an assigned IP must be
//! unassigned before it can be deleted (`must_be_unassigned`).
//!
//! This file also holds the helpers the volume and floating IP files share: reading fields of
//! a body that may not have been checked against a schema, location references, reverse DNS
//! records and the "another action runs" check.

use std::net::{Ipv4Addr, Ipv6Addr};
use std::sync::Arc;

use axum::Router;
use http::StatusCode;
use serde_json::{Value, json};

use super::generic::{self, Created, Ctx, Kind};
use crate::catalog::catalog;
use crate::error::ApiError;
use crate::server::App;
use crate::state::{ActionStatus, EmuMs, State as St};
use crate::store::{Res, obj};

pub(crate) static KIND: Kind = Kind {
    sort: &["id", "created"],
    filters: &[("ip", "/ip")],
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
    ..Kind::base("primary_ip", "primary_ips", "primary_ip", "primary IP")
};

// ---- helpers shared with volumes.rs and floating_ips.rs ----

/// An optional string field (`invalid_input` when it has another type).
pub(crate) fn opt_str<'a>(body: &'a Value, field: &str) -> Result<Option<&'a str>, ApiError> {
    match body.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(ApiError::invalid_field(field, "must be of type string")),
    }
}

/// An optional boolean field.
pub(crate) fn opt_bool(body: &Value, field: &str) -> Result<Option<bool>, ApiError> {
    match body.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Bool(b)) => Ok(Some(*b)),
        Some(_) => Err(ApiError::invalid_field(field, "must be of type boolean")),
    }
}

/// An optional integer field.
pub(crate) fn opt_int(body: &Value, field: &str) -> Result<Option<i64>, ApiError> {
    match body.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => v.as_i64().map(Some).ok_or_else(|| ApiError::invalid_field(field, "must be of type integer")),
    }
}

/// A required field: `invalid_input` "is required" when absent or null.
pub(crate) fn required<T>(v: Option<T>, field: &str) -> Result<T, ApiError> {
    v.ok_or_else(|| ApiError::invalid_field(field, "is required"))
}

/// `invalid_input` for a field the operation does not take (the document's request schemas
/// forbid additional properties), so an update cannot overwrite computed fields.
pub(crate) fn only_fields(body: &Value, allowed: &[&str]) -> Result<(), ApiError> {
    match body {
        Value::Object(m) => match m.keys().find(|k| !allowed.contains(&k.as_str())) {
            Some(k) => Err(ApiError::invalid_field(k, "is not allowed")),
            None => Ok(()),
        },
        Value::Null => Ok(()),
        _ => Err(ApiError::invalid_field("body", "must be of type object")),
    }
}

/// A location given by id or name (string or integer) in `field`.
pub(crate) fn location_ref(body: &Value, field: &str) -> Result<Option<usize>, ApiError> {
    let reference = match body.get(field) {
        None | Some(Value::Null) => return Ok(None),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        Some(_) => return Err(ApiError::invalid_field(field, "must be a location ID or name")),
    };
    catalog()
        .location(&reference)
        .map(Some)
        .ok_or_else(|| ApiError::invalid_field(field, format!("location '{reference}' not found")))
}

/// The location as served, from the catalogue.
pub(crate) fn location_json(location: usize) -> Value {
    serde_json::from_str(catalog().locations[location].raw.get()).expect("catalogue location is JSON")
}

/// The catalogue index of a stored object's `location` / `home_location`.
pub(crate) fn location_of(r: &Res, field: &str) -> Option<usize> {
    let name = r.get(field)?.get("name")?.as_str()?;
    catalog().location_by_name(name)
}

/// `locked` when an action that changes the resource's state (not `change_protection` or
/// `change_dns_ptr`, which are instant in practice) is still running on it.
pub(crate) fn check_not_busy(st: &St, id: i64, kind: &str, noun: &str, now: EmuMs) -> Result<(), ApiError> {
    let busy = st.actions.values().rev().any(|a| {
        a.touches(id, kind)
            && !matches!(a.command, "change_protection" | "change_dns_ptr")
            && a.status(now) == ActionStatus::Running
    });
    if busy {
        return Err(ApiError::locked(format!("{noun} is locked: another action is running")));
    }
    Ok(())
}

/// The location of a live server, or `not_found`.
pub(crate) fn server_location(st: &St, server: i64, now: EmuMs) -> Result<usize, ApiError> {
    st.server(server, now).map(|s| s.location).ok_or_else(|| ApiError::not_found("server"))
}

/// The object as served, with `field` (a server id) null once that server is gone: the
/// references are freed for good by `relations::server_gone` at the next write.
pub(crate) fn view_without_gone_server(ctx: &Ctx, st: &St, r: &Res, field: &str) -> Value {
    let mut v = r.view(ctx.now);
    if let Some(server) = v.get(field).and_then(Value::as_i64)
        && st.server(server, ctx.now).is_none()
    {
        v[field] = Value::Null;
    }
    v
}

/// The reverse DNS name Hetzner gives an IPv4 address by default.
pub(crate) fn default_ptr(ip: Ipv4Addr) -> String {
    let o = ip.octets();
    format!("static.{}.{}.{}.{}.clients.your-server.de", o[3], o[2], o[1], o[0])
}

/// A new address of `ip_type` with its default reverse DNS records: `(ip, dns_ptr)`.
pub(crate) fn new_address(st: &mut St, ip_type: &str, now: EmuMs) -> (String, Value) {
    if ip_type == "ipv4" {
        let ip = st.random_ipv4(now);
        (ip.to_string(), json!([{ "ip": ip.to_string(), "dns_ptr": default_ptr(ip) }]))
    } else {
        (st.random_ipv6_net(), json!([]))
    }
}

/// Checks a `change_dns_ptr` body against an IP resource (`ip`, `type`, `dns_ptr` fields):
/// the address must be the IPv4 itself or lie in the IPv6 /64. Returns `(ip, dns_ptr)`.
pub(crate) fn check_dns_ptr(r: &Res, body: &Value) -> Result<(String, Option<String>), ApiError> {
    let ip = required(opt_str(body, "ip")?, "ip")?;
    let ptr = opt_str(body, "dns_ptr")?.map(str::to_string);
    if ptr.as_deref().is_some_and(|p| p.is_empty() || p.len() > 255) {
        return Err(ApiError::invalid_field("dns_ptr", "must be a domain name"));
    }
    let own = r.str("ip").unwrap_or_default();
    let belongs = if r.str("type") == Some("ipv4") {
        ip.parse::<Ipv4Addr>().is_ok_and(|a| a.to_string() == own)
    } else {
        let net = own.split('/').next().and_then(|n| n.parse::<Ipv6Addr>().ok());
        match (ip.parse::<Ipv6Addr>(), net) {
            (Ok(a), Some(n)) => a.segments()[..4] == n.segments()[..4],
            _ => false,
        }
    };
    if !belongs {
        return Err(ApiError::invalid_field("ip", format!("{ip} is not an address of this IP")));
    }
    Ok((ip.to_string(), ptr))
}

/// Sets (or resets / removes, when `ptr` is `None`) the reverse DNS record of `ip`.
pub(crate) fn apply_dns_ptr(r: &mut Res, ip: &str, ptr: Option<String>) {
    let ipv4 = r.str("type") == Some("ipv4");
    let Some(Value::Array(list)) = r.obj.get_mut("dns_ptr") else { return };
    let canon = |s: &str| s.parse::<std::net::IpAddr>().map(|a| a.to_string()).unwrap_or_else(|_| s.to_string());
    let key = canon(ip);
    list.retain(|e| e["ip"].as_str().map(canon).as_deref() != Some(key.as_str()));
    let ptr = match ptr {
        Some(p) => Some(p),
        None if ipv4 => ip.parse::<Ipv4Addr>().ok().map(default_ptr),
        None => None,
    };
    if let Some(p) = ptr {
        list.push(json!({ "ip": key, "dns_ptr": p }));
    }
}

// ---- primary IPs ----

/// Stores a new primary IP of `ip_type` (`ipv4` or `ipv6`) in `location`, assigned to
/// `server` when given; returns its id.
#[allow(clippy::too_many_arguments)]
pub(crate) fn new_primary_ip(
    ctx: &Ctx,
    st: &mut St,
    ip_type: &str,
    location: usize,
    server: Option<i64>,
    auto_delete: bool,
    name: Option<String>,
    labels: Value,
) -> i64 {
    let id = st.alloc_id();
    let (ip, dns_ptr) = new_address(st, ip_type, ctx.now);
    let o = obj(json!({
        "id": id,
        "name": name.unwrap_or_else(|| format!("primary_ip-{id}")),
        "labels": labels,
        "created": ctx.now_time(),
        "blocked": false,
        "location": location_json(location),
        "ip": ip,
        "dns_ptr": dns_ptr,
        "protection": { "delete": false },
        "type": ip_type,
        "auto_delete": auto_delete,
        // The document's enum has only `server` (it announces `unassigned` for later).
        "assignee_type": "server",
        "assignee_id": server,
    }));
    st.store.insert("primary_ip", Res::new(o));
    id
}

fn view(ctx: &Ctx, st: &St, r: &Res) -> Value {
    view_without_gone_server(ctx, st, r, "assignee_id")
}

fn ip_type(body: &Value) -> Result<&str, ApiError> {
    match required(opt_str(body, "type")?, "type")? {
        t @ ("ipv4" | "ipv6") => Ok(t),
        _ => Err(ApiError::invalid_field("type", "must be one of: ipv4, ipv6")),
    }
}

/// Checks that a primary IP of `ip_type` can be assigned to `server` now: the server exists,
/// is off, has no primary IP of that type, and is in `location`.
fn check_assignable(st: &St, server: i64, ip_type: &str, location: Option<usize>, now: EmuMs) -> Result<(), ApiError> {
    let s = super::servers::mutable_server(st, server, now)?;
    if s.status(now) != "off" {
        return Err(ApiError::new(422, "server_not_stopped", "server must be powered off"));
    }
    if ip_type == "ipv4" && s.ipv4.is_some() {
        return Err(ApiError::new(422, "server_has_ipv4", "server already has an IPv4 address"));
    }
    if ip_type == "ipv6" && s.ipv6.is_some() {
        return Err(ApiError::new(422, "server_has_ipv6", "server already has an IPv6 address"));
    }
    if location.is_some_and(|l| l != s.location) {
        return Err(ApiError::new(
            422,
            "primary_ip_datacenter_mismatch",
            "primary IP and server are in different locations",
        ));
    }
    Ok(())
}

/// Records the assignment on the server (`Server.ipv4` / `ipv6`).
fn set_server_ip(st: &mut St, server: i64, ip_type: &str, ip: Option<i64>) {
    if let Some(s) = st.servers.get_mut(&server) {
        if ip_type == "ipv4" {
            s.ipv4 = ip;
        } else {
            s.ipv6 = ip;
        }
    }
}

fn create(ctx: &Ctx, st: &mut St, body: Value) -> Result<Created, ApiError> {
    let name = required(opt_str(&body, "name")?, "name")?.to_string();
    let ip_type = ip_type(&body)?.to_string();
    let labels = generic::labels_of(&body)?;
    let auto_delete = opt_bool(&body, "auto_delete")?.unwrap_or(false);
    let location = location_ref(&body, "location")?;
    let assignee = opt_int(&body, "assignee_id")?;
    if let Some(t) = opt_str(&body, "assignee_type")?
        && t != "server"
    {
        return Err(ApiError::invalid_field("assignee_type", "must be one of: server"));
    }
    if assignee.is_some() && body.get("assignee_type").is_none_or(Value::is_null) {
        return Err(ApiError::invalid_field("assignee_type", "is required when assignee_id is given"));
    }
    generic::check_name(&KIND, st, &name, 0)?;
    let location = match (assignee, location) {
        (Some(server), l) => {
            let server_loc = server_location(st, server, ctx.now)?;
            check_assignable(st, server, &ip_type, l, ctx.now)?;
            server_loc
        }
        (None, Some(l)) => l,
        (None, None) => return Err(ApiError::invalid_field("location", "location or assignee_id is required")),
    };
    let id = new_primary_ip(ctx, st, &ip_type, location, None, auto_delete, Some(name), labels);
    let mut action = Value::Null;
    if let Some(server) = assignee {
        let a = generic::start_action(ctx, st, "assign_primary_ip", vec![(id, "primary_ip"), (server, "server")]);
        if !st.action_failed(a) {
            KIND.find_mut(st, id, ctx.now)?.set("assignee_id", json!(server));
            set_server_ip(st, server, &ip_type, Some(id));
        }
        action = ctx.action(st, a);
    }
    Ok(Created { id, status: StatusCode::CREATED, extra: vec![("action", action)] })
}

fn update(_ctx: &Ctx, st: &mut St, id: i64, body: &Value) -> Result<(), ApiError> {
    only_fields(body, &["name", "labels", "auto_delete"])?;
    if opt_bool(body, "auto_delete")? == Some(true) && KIND.find(st, id)?.delete_protected() {
        return Err(ApiError::invalid_field("auto_delete", "cannot be enabled while delete protection is enabled"));
    }
    Ok(())
}

fn delete(_ctx: &Ctx, st: &mut St, id: i64) -> Result<Option<Value>, ApiError> {
    if KIND.find(st, id)?.get("assignee_id").is_some() {
        return Err(ApiError::new(422, "must_be_unassigned", "primary IP must be unassigned before it can be deleted"));
    }
    Ok(None)
}

fn assign(ctx: &Ctx, st: &mut St, k: &'static Kind, id: i64, body: Value) -> Result<Value, ApiError> {
    let server = required(opt_int(&body, "assignee_id")?, "assignee_id")?;
    match required(opt_str(&body, "assignee_type")?, "assignee_type")? {
        "server" => {}
        _ => return Err(ApiError::invalid_field("assignee_type", "must be one of: server")),
    }
    check_not_busy(st, id, k.kind, k.noun, ctx.now)?;
    let r = k.find(st, id)?;
    if r.get("assignee_id").is_some() {
        return Err(ApiError::new(422, "primary_ip_already_assigned", "primary IP is already assigned to a server"));
    }
    let ip_type = r.str("type").unwrap_or("ipv4").to_string();
    let location = location_of(r, "location");
    check_assignable(st, server, &ip_type, location, ctx.now)?;
    let action = generic::start_action(ctx, st, "assign_primary_ip", vec![(id, "primary_ip"), (server, "server")]);
    if !st.action_failed(action) {
        k.find_mut(st, id, ctx.now)?.set("assignee_id", json!(server));
        set_server_ip(st, server, &ip_type, Some(id));
    }
    Ok(generic::action_body(ctx, st, action))
}

fn unassign(ctx: &Ctx, st: &mut St, k: &'static Kind, id: i64, _body: Value) -> Result<Value, ApiError> {
    check_not_busy(st, id, k.kind, k.noun, ctx.now)?;
    let r = k.find(st, id)?;
    let ip_type = r.str("type").unwrap_or("ipv4").to_string();
    let server = r.i64("assignee_id");
    let mut resources = vec![(id, "primary_ip")];
    if let Some(server) = server {
        let s = super::servers::mutable_server(st, server, ctx.now)?;
        if s.status(ctx.now) != "off" {
            return Err(ApiError::new(422, "server_not_stopped", "server must be powered off"));
        }
        if ip_type == "ipv4" && is_public_lb_target(st, server) {
            return Err(ApiError::new(
                422,
                "server_is_load_balancer_target",
                "the server's IPv4 address is a load balancer target",
            ));
        }
        resources.push((server, "server"));
    }
    let action = generic::start_action(ctx, st, "unassign_primary_ip", resources);
    if !st.action_failed(action) {
        k.find_mut(st, id, ctx.now)?.set("assignee_id", Value::Null);
        if let Some(server) = server {
            set_server_ip(st, server, &ip_type, None);
        }
    }
    Ok(generic::action_body(ctx, st, action))
}

/// Whether a load balancer targets the server over its public address.
fn is_public_lb_target(st: &St, server: i64) -> bool {
    let public_target = |t: &Value| {
        t.pointer("/server/id").and_then(Value::as_i64) == Some(server)
            && !t.get("use_private_ip").and_then(Value::as_bool).unwrap_or(false)
    };
    st.store.all("load_balancer").any(|lb| {
        lb.get("targets").and_then(Value::as_array).is_some_and(|targets| {
            targets.iter().any(|t| {
                public_target(t)
                    || (!t.get("use_private_ip").and_then(Value::as_bool).unwrap_or(false)
                        && t.get("targets").and_then(Value::as_array).is_some_and(|inner| {
                            inner.iter().any(|i| i.pointer("/server/id").and_then(Value::as_i64) == Some(server))
                        }))
            })
        })
    })
}

/// `change_dns_ptr` of an IP kind (primary and floating IPs): sets, resets or removes the
/// reverse DNS record of one of its addresses.
pub(crate) fn change_dns_ptr(
    ctx: &Ctx,
    st: &mut St,
    k: &'static Kind,
    id: i64,
    body: Value,
) -> Result<Value, ApiError> {
    let (ip, ptr) = check_dns_ptr(k.find(st, id)?, &body)?;
    let action = generic::act(ctx, st, k, id, "change_dns_ptr", vec![], |r| apply_dns_ptr(r, &ip, ptr))?;
    Ok(generic::action_body(ctx, st, action))
}

fn change_protection(ctx: &Ctx, st: &mut St, k: &'static Kind, id: i64, body: Value) -> Result<Value, ApiError> {
    let delete = required(opt_bool(&body, "delete")?, "delete")?;
    if delete && k.find(st, id)?.get("auto_delete").and_then(Value::as_bool) == Some(true) {
        return Err(ApiError::invalid_field("delete", "delete protection needs auto_delete to be disabled"));
    }
    generic::change_protection(ctx, st, k, id, body)
}

pub(crate) fn routes() -> Router<Arc<App>> {
    generic::routes(&KIND)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_reverse_dns() {
        assert_eq!(default_ptr(Ipv4Addr::new(203, 0, 113, 7)), "static.7.113.0.203.clients.your-server.de");
    }
}
