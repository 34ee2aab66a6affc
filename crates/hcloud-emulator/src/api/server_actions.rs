//! Server actions beyond power and protection: placement groups, ISOs, reverse DNS, type
//! changes, images (snapshots and backups), backups, rescue, rebuild, console, root password,
//! and the server's metrics.
//!
//! Every action answers 404 for an unknown server and 423 `locked` while another action of the
//! server runs; each one locks the server until it ends (a `Pending` whose status is the
//! transition the API shows, or the current status when it shows none). The change an action
//! makes is applied when it starts, unless the action is set to fail.

use std::net::{IpAddr, Ipv6Addr};
use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::routing::{get, post};
use http::StatusCode;
use serde_json::{Map, Value, json};

use super::generic::{Ctx, body_for, labels_of};
use super::primary_ips::apply_dns_ptr;
use super::servers::{mutable_server, valid_hostname};
use super::{S, images, isos, path_id, placement_groups};
use crate::catalog::catalog;
use crate::clock::{Timestamp, parse_rfc3339};
use crate::error::{ApiError, ApiResponse, ApiResult};
use crate::list::Query;
use crate::server::App;
use crate::state::{EmuMs, Pending, State as St};
use crate::store::{Res, obj};

/// The backup windows the API assigns.
const BACKUP_WINDOWS: &[&str] = &["22-02", "02-06", "06-10", "10-14", "14-18", "18-22"];

/// What every action handler starts with: the path id, the validated body, the time and the
/// locked state, after the 404/423 checks.
fn begin_request<'a>(
    app: &'a App,
    id: &str,
    op: &str,
    body: &[u8],
) -> Result<(i64, Value, EmuMs, std::sync::RwLockWriteGuard<'a, St>), ApiError> {
    let id = path_id(id)?;
    let body = body_for(op, body)?;
    let now = app.now();
    let mut st = app.write();
    st.collect_garbage(now);
    mutable_server(&st, id, now)?;
    Ok((id, body, now, st))
}

/// Starts an action on the server (and other resources): locks the server until it ends,
/// with status `during` while it runs and `after` once it succeeded (the current status when
/// `None`). Returns the action id and whether it fails.
fn start(
    st: &mut St,
    now: EmuMs,
    command: &'static str,
    id: i64,
    others: &[(i64, &'static str)],
    during: Option<&'static str>,
    after: Option<&'static str>,
) -> (i64, bool) {
    let mut resources = vec![(id, "server")];
    resources.extend_from_slice(others);
    let action = st.new_action(command, resources, now);
    let failed = st.action_failed(action);
    let end = st.action_end(action);
    let s = st.servers.get_mut(&id).expect("checked by mutable_server");
    let current = s.status(now);
    s.begin(
        now,
        Pending {
            end,
            during: during.unwrap_or(current),
            on_success: after.unwrap_or(current),
            failed,
            deletes: false,
        },
    );
    (action, failed)
}

fn action_json(app: &App, st: &St, action: i64, now: EmuMs) -> Value {
    Ctx { app, now }.action(st, action)
}

fn created(body: Value) -> ApiResult {
    Ok(ApiResponse::json(StatusCode::CREATED, &body))
}

fn not_stopped() -> ApiError {
    ApiError::new(422, "server_not_stopped", "the action requires a stopped server")
}

fn str_field<'a>(body: &'a Value, field: &str) -> Result<&'a str, ApiError> {
    body.get(field).and_then(Value::as_str).ok_or_else(|| ApiError::invalid_field(field, "is required"))
}

fn architecture(st: &St, id: i64) -> &'static str {
    let t = st.servers[&id].server_type;
    catalog().server_types[t].architecture.as_str()
}

async fn add_to_placement_group(State(app): S, Path(id): Path<String>, body: Bytes) -> ApiResult {
    let (id, body, now, mut st) = begin_request(&app, &id, "POST /servers/{id}/actions/add_to_placement_group", &body)?;
    let group = body
        .get("placement_group")
        .and_then(Value::as_i64)
        .ok_or_else(|| ApiError::invalid_field("placement_group", "is required"))?;
    let pg = st.store.get(placement_groups::KIND.kind, group).ok_or_else(|| placement_groups::KIND.not_found())?;
    if st.servers[&id].status(now) != "off" {
        return Err(not_stopped());
    }
    if st.store.all(placement_groups::KIND.kind).any(|g| crate::store::holds_id(g.get("servers"), id)) {
        return Err(ApiError::new(
            422,
            "already_in_placement_group",
            "the server is already part of a placement group",
        ));
    }
    if pg.get("servers").and_then(Value::as_array).is_some_and(|s| s.len() >= placement_groups::SPREAD_LIMIT) {
        return Err(ApiError::new(
            422,
            "placement_error",
            format!("placement group {group} already holds {} servers", placement_groups::SPREAD_LIMIT),
        ));
    }
    let (action, failed) = start(&mut st, now, "add_to_placement_group", id, &[(group, "placement_group")], None, None);
    if !failed {
        placement_groups::join(&mut st, group, id)?;
    }
    created(json!({ "action": action_json(&app, &st, action, now) }))
}

async fn remove_from_placement_group(State(app): S, Path(id): Path<String>, body: Bytes) -> ApiResult {
    let (id, _, now, mut st) =
        begin_request(&app, &id, "POST /servers/{id}/actions/remove_from_placement_group", &body)?;
    let group =
        st.store.all(placement_groups::KIND.kind).find(|g| crate::store::holds_id(g.get("servers"), id)).map(Res::id);
    let others: Vec<(i64, &'static str)> = group.iter().map(|&g| (g, "placement_group")).collect();
    let (action, failed) = start(&mut st, now, "remove_from_placement_group", id, &others, None, None);
    if !failed
        && let Some(g) = group
        && let Some(pg) = st.store.get_mut(placement_groups::KIND.kind, g, now)
        && let Some(Value::Array(servers)) = pg.obj.get_mut("servers")
    {
        servers.retain(|s| s.as_i64() != Some(id));
    }
    created(json!({ "action": action_json(&app, &st, action, now) }))
}

async fn attach_iso(State(app): S, Path(id): Path<String>, body: Bytes) -> ApiResult {
    let (id, body, now, mut st) = begin_request(&app, &id, "POST /servers/{id}/actions/attach_iso", &body)?;
    let reference = match body.get("iso") {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => return Err(ApiError::invalid_field("iso", "is required")),
    };
    let iso = isos::find(&reference).ok_or_else(|| ApiError::not_found("iso"))?;
    let arch = architecture(&st, id);
    if let Some(a) = iso["architecture"].as_str()
        && a != arch
    {
        return Err(ApiError::invalid_field(
            "iso",
            format!("ISO architecture {a} does not match server architecture {arch}"),
        ));
    }
    let iso_id = isos::stored(&mut st, iso);
    let (action, failed) = start(&mut st, now, "attach_iso", id, &[(iso_id, "iso")], None, None);
    if !failed {
        st.servers.get_mut(&id).expect("checked").iso = Some(iso_id);
    }
    created(json!({ "action": action_json(&app, &st, action, now) }))
}

async fn detach_iso(State(app): S, Path(id): Path<String>, body: Bytes) -> ApiResult {
    let (id, _, now, mut st) = begin_request(&app, &id, "POST /servers/{id}/actions/detach_iso", &body)?;
    let attached = st.servers[&id].iso;
    let others: Vec<(i64, &'static str)> = attached.iter().map(|&i| (i, "iso")).collect();
    let (action, failed) = start(&mut st, now, "detach_iso", id, &others, None, None);
    if attached.is_none() {
        // Nothing to detach: the action is done at once.
        if let Some(a) = st.actions.get_mut(&action) {
            a.duration = 0.0;
        }
        if let Some(p) = st.servers.get_mut(&id).and_then(|s| s.pending.as_mut()) {
            p.end = now;
        }
    } else if !failed {
        st.servers.get_mut(&id).expect("checked").iso = None;
    }
    created(json!({ "action": action_json(&app, &st, action, now) }))
}

/// Whether `ip` lies in the /64 network `net` (`2001:db8::/64`).
fn in_ipv6_net(ip: &Ipv6Addr, net: &str) -> bool {
    let Some((base, len)) = net.split_once('/') else { return false };
    let (Ok(base), Ok(len)) = (base.parse::<Ipv6Addr>(), len.parse::<u32>()) else { return false };
    let mask = if len == 0 { 0 } else { u128::MAX << (128 - len.min(128)) };
    u128::from(*ip) & mask == u128::from(base) & mask
}

async fn change_dns_ptr(State(app): S, Path(id): Path<String>, body: Bytes) -> ApiResult {
    let (id, body, now, mut st) = begin_request(&app, &id, "POST /servers/{id}/actions/change_dns_ptr", &body)?;
    let ip_text = str_field(&body, "ip")?.to_string();
    let ip: IpAddr = ip_text.parse().map_err(|_| ApiError::invalid_field("ip", "is not a valid IP address"))?;
    let dns_ptr = match body.get("dns_ptr") {
        None | Some(Value::Null) => None,
        Some(Value::String(p)) if valid_hostname(p) => Some(p.clone()),
        Some(_) => return Err(ApiError::invalid_field("dns_ptr", "must be a valid hostname")),
    };
    let s = &st.servers[&id];
    let primary = match ip {
        IpAddr::V4(_) => s.ipv4.filter(|p| st.store.get("primary_ip", *p).and_then(|r| r.str("ip")) == Some(&ip_text)),
        IpAddr::V6(v6) => s
            .ipv6
            .filter(|p| st.store.get("primary_ip", *p).and_then(|r| r.str("ip")).is_some_and(|n| in_ipv6_net(&v6, n))),
    };
    let primary =
        primary.ok_or_else(|| ApiError::invalid_field("ip", format!("{ip_text} is not a primary IP of the server")))?;
    let (action, failed) = start(&mut st, now, "change_dns_ptr", id, &[], None, None);
    if !failed && let Some(r) = st.store.get_mut("primary_ip", primary, now) {
        apply_dns_ptr(r, &ip_text, dns_ptr);
    }
    created(json!({ "action": action_json(&app, &st, action, now) }))
}

async fn change_type(State(app): S, Path(id): Path<String>, body: Bytes) -> ApiResult {
    let (id, body, now, mut st) = begin_request(&app, &id, "POST /servers/{id}/actions/change_type", &body)?;
    let reference = str_field(&body, "server_type")?;
    let upgrade_disk = body
        .get("upgrade_disk")
        .and_then(Value::as_bool)
        .ok_or_else(|| ApiError::invalid_field("upgrade_disk", "is required"))?;
    let cat = catalog();
    let t = cat.server_type(reference).ok_or_else(|| ApiError::not_found("server type"))?;
    let new = &cat.server_types[t];
    let s = &st.servers[&id];
    if s.status(now) != "off" {
        return Err(not_stopped());
    }
    let old = &cat.server_types[s.server_type];
    let raw = |i: &crate::catalog::ServerType| -> Value { serde_json::from_str(i.item.raw.get()).unwrap_or_default() };
    let (new_raw, old_raw) = (raw(new), raw(old));
    let location = &cat.locations[s.location].name;
    let traffic = new.locations.iter().find(|(l, _)| l == location).map(|(_, t)| *t);
    let reason = if new.architecture != old.architecture {
        Some(format!("server type {} has architecture {}", new.item.name, new.architecture))
    } else if new_raw["storage_type"] != old_raw["storage_type"] {
        Some(format!("server type {} has another storage type", new.item.name))
    } else if new.disk < s.primary_disk_size {
        Some(format!("the disk of server type {} is smaller than the server's disk", new.item.name))
    } else if !new_raw["deprecation"].is_null() || new_raw["deprecated"] == json!(true) {
        Some(format!("server type {} is deprecated", new.item.name))
    } else if traffic.is_none() {
        Some(format!("server type {} is not available in location {location}", new.item.name))
    } else {
        None
    };
    if let Some(r) = reason {
        return Err(ApiError::new(422, "invalid_server_type", r));
    }
    let (action, failed) = start(&mut st, now, "change_server_type", id, &[], Some("migrating"), Some("running"));
    if !failed {
        let s = st.servers.get_mut(&id).expect("checked");
        s.server_type = t;
        s.included_traffic = traffic.unwrap_or(s.included_traffic);
        if upgrade_disk {
            s.primary_disk_size = new.disk;
        }
    }
    created(json!({ "action": action_json(&app, &st, action, now) }))
}

async fn create_image(State(app): S, Path(id): Path<String>, body: Bytes) -> ApiResult {
    let (id, body, now, mut st) = begin_request(&app, &id, "POST /servers/{id}/actions/create_image", &body)?;
    let kind = match body.get("type") {
        None | Some(Value::Null) => "snapshot",
        Some(Value::String(t)) if t == "snapshot" => "snapshot",
        Some(Value::String(t)) if t == "backup" => "backup",
        Some(_) => return Err(ApiError::invalid_field("type", "must be one of snapshot, backup")),
    };
    let description = match body.get("description") {
        None | Some(Value::Null) => None,
        Some(Value::String(d)) => Some(d.clone()),
        Some(_) => return Err(ApiError::invalid_field("description", "must be a string")),
    };
    let labels = labels_of(&body)?;
    let s = &st.servers[&id];
    if kind == "backup" && s.backup_window.is_none() {
        return Err(ApiError::invalid_field("type", "backups are not enabled for this server"));
    }
    let source = images::view(&st, s.image, now);
    let os_flavor = source.as_ref().map_or(json!("unknown"), |i| i["os_flavor"].clone());
    let os_version = source.as_ref().map_or(Value::Null, |i| i["os_version"].clone());
    let (server_name, disk) = (s.name.clone(), s.primary_disk_size);
    let arch = architecture(&st, id);
    let image_id = st.alloc_id();
    let ctx = Ctx { app: &app, now };
    let created_at = ctx.now_time();
    let description = description.unwrap_or_else(|| format!("{server_name}-{}", Timestamp(app.clock.unix_ms(now))));
    let o = obj(json!({
        "id": image_id,
        "type": kind,
        "status": "creating",
        "name": null,
        "description": description,
        "image_size": null,
        "disk_size": disk,
        "created": created_at,
        "created_from": { "id": id, "name": server_name },
        "bound_to": if kind == "backup" { json!(id) } else { Value::Null },
        "os_flavor": os_flavor,
        "os_version": os_version,
        "rapid_deploy": false,
        "protection": { "delete": false },
        "deprecated": null,
        "deleted": null,
        "labels": labels,
        "architecture": arch,
    }));
    let (action, failed) = start(&mut st, now, "create_image", id, &[(image_id, "image")], None, None);
    let end = st.action_end(action);
    let mut r = Res::new(o);
    if failed {
        r.later(end, "/status", json!("unavailable"));
    } else {
        // A compressed copy of the used part of the disk.
        let size = ((disk * 0.05 + f64::from(st.rng.u32(0..300)) / 100.0) * 100.0).round() / 100.0;
        r.later(end, "/image_size", json!(size));
        r.later(end, "/status", json!("available"));
    }
    let image = r.view(now);
    st.store.insert(images::KIND.kind, r);
    created(json!({ "image": image, "action": action_json(&app, &st, action, now) }))
}

async fn enable_backup(State(app): S, Path(id): Path<String>, body: Bytes) -> ApiResult {
    let (id, _, now, mut st) = begin_request(&app, &id, "POST /servers/{id}/actions/enable_backup", &body)?;
    let window = BACKUP_WINDOWS[st.rng.usize(..BACKUP_WINDOWS.len())];
    let (action, failed) = start(&mut st, now, "enable_backup", id, &[], None, None);
    if !failed {
        let s = st.servers.get_mut(&id).expect("checked");
        if s.backup_window.is_none() {
            s.backup_window = Some(window.to_string());
        }
    }
    created(json!({ "action": action_json(&app, &st, action, now) }))
}

async fn disable_backup(State(app): S, Path(id): Path<String>, body: Bytes) -> ApiResult {
    let (id, _, now, mut st) = begin_request(&app, &id, "POST /servers/{id}/actions/disable_backup", &body)?;
    let (action, failed) = start(&mut st, now, "disable_backup", id, &[], None, None);
    if !failed {
        st.servers.get_mut(&id).expect("checked").backup_window = None;
        let backups: Vec<i64> = st
            .store
            .all(images::KIND.kind)
            .filter(|r| r.str("type") == Some("backup") && r.i64("bound_to") == Some(id))
            .map(Res::id)
            .collect();
        for b in backups {
            st.store.remove(images::KIND.kind, b);
        }
    }
    created(json!({ "action": action_json(&app, &st, action, now) }))
}

async fn enable_rescue(State(app): S, Path(id): Path<String>, body: Bytes) -> ApiResult {
    let (id, body, now, mut st) = begin_request(&app, &id, "POST /servers/{id}/actions/enable_rescue", &body)?;
    match body.get("type") {
        None | Some(Value::Null) => {}
        Some(Value::String(t)) if t == "linux64" => {}
        Some(_) => return Err(ApiError::invalid_field("type", "must be linux64")),
    }
    let mut errs = Vec::new();
    for k in body.get("ssh_keys").and_then(Value::as_array).into_iter().flatten() {
        if !k.as_i64().is_some_and(|k| st.ssh_keys.contains_key(&k)) {
            errs.push(("ssh_keys".to_string(), format!("SSH key {k} not found")));
        }
    }
    if !errs.is_empty() {
        return Err(ApiError::invalid_fields(errs));
    }
    let password = st.random_password();
    let (action, failed) = start(&mut st, now, "enable_rescue", id, &[], None, None);
    if !failed {
        st.servers.get_mut(&id).expect("checked").rescue_enabled = true;
    }
    created(json!({ "root_password": password, "action": action_json(&app, &st, action, now) }))
}

async fn disable_rescue(State(app): S, Path(id): Path<String>, body: Bytes) -> ApiResult {
    let (id, _, now, mut st) = begin_request(&app, &id, "POST /servers/{id}/actions/disable_rescue", &body)?;
    let (action, failed) = start(&mut st, now, "disable_rescue", id, &[], None, None);
    if !failed {
        st.servers.get_mut(&id).expect("checked").rescue_enabled = false;
    }
    created(json!({ "action": action_json(&app, &st, action, now) }))
}

async fn rebuild(State(app): S, Path(id): Path<String>, body: Bytes) -> ApiResult {
    let (id, body, now, mut st) = begin_request(&app, &id, "POST /servers/{id}/actions/rebuild", &body)?;
    let reference = match body.get("image") {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => return Err(ApiError::invalid_field("image", "is required")),
    };
    if body.get("user_data").and_then(Value::as_str).is_some_and(|u| u.len() > 32 * 1024) {
        return Err(ApiError::invalid_field("user_data", "is too long (maximum 32 KiB)"));
    }
    if st.servers[&id].protection_rebuild {
        return Err(ApiError::protected("server is protected against rebuild"));
    }
    let arch = architecture(&st, id);
    let image = images::find(&st, &reference, arch, now).ok_or_else(|| ApiError::not_found("image"))?;
    let v = images::view(&st, image, now).ok_or_else(|| ApiError::not_found("image"))?;
    if v["architecture"].as_str() != Some(arch) {
        return Err(ApiError::invalid_field(
            "image",
            format!("image architecture {} does not match server architecture {arch}", v["architecture"]),
        ));
    }
    if v["status"] != "available" {
        return Err(ApiError::invalid_field("image", "image is not available"));
    }
    if v["disk_size"].as_f64().is_some_and(|d| d > st.servers[&id].primary_disk_size) {
        return Err(ApiError::invalid_field("image", "image is larger than the server's disk"));
    }
    let uses_password = st.servers[&id].root_password.is_some();
    let password = uses_password.then(|| st.random_password());
    let (action, failed) = start(&mut st, now, "rebuild_server", id, &[], Some("rebuilding"), Some("running"));
    if !failed {
        let s = st.servers.get_mut(&id).expect("checked");
        s.image = image;
        s.rescue_enabled = false;
        if password.is_some() {
            s.root_password = password.clone();
        }
    }
    created(json!({ "root_password": password, "action": action_json(&app, &st, action, now) }))
}

fn token(st: &mut St, len: usize, alphabet: &[u8]) -> String {
    (0..len).map(|_| alphabet[st.rng.usize(..alphabet.len())] as char).collect()
}

async fn request_console(State(app): S, Path(id): Path<String>, body: Bytes) -> ApiResult {
    let (id, _, now, mut st) = begin_request(&app, &id, "POST /servers/{id}/actions/request_console", &body)?;
    let hex = b"0123456789abcdef";
    let uuid = format!(
        "{}-{}-4{}-{}{}-{}",
        token(&mut st, 8, hex),
        token(&mut st, 4, hex),
        token(&mut st, 3, hex),
        token(&mut st, 1, b"89ab"),
        token(&mut st, 3, hex),
        token(&mut st, 12, hex)
    );
    let password = token(&mut st, 32, b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
    let (action, _) = start(&mut st, now, "request_console", id, &[], None, None);
    created(json!({
        "wss_url": format!("wss://console.hetzner.cloud/?server_id={id}&token={uuid}"),
        "password": password,
        "action": action_json(&app, &st, action, now),
    }))
}

async fn reset_password(State(app): S, Path(id): Path<String>, body: Bytes) -> ApiResult {
    let (id, _, now, mut st) = begin_request(&app, &id, "POST /servers/{id}/actions/reset_password", &body)?;
    if st.servers[&id].status(now) != "running" {
        return Err(ApiError::new(422, "server_not_running", "the action requires a running server"));
    }
    let password = st.random_password();
    let (action, failed) = start(&mut st, now, "reset_password", id, &[], None, None);
    if !failed {
        st.servers.get_mut(&id).expect("checked").root_password = Some(password.clone());
    }
    created(json!({ "root_password": password, "action": action_json(&app, &st, action, now) }))
}

const METRIC_TYPES: &[&str] = &["cpu", "disk", "network"];

/// The time series of a metric type, with a typical magnitude.
fn series(kind: &str) -> &'static [(&'static str, f64)] {
    match kind {
        "cpu" => &[("cpu", 100.0)],
        "disk" => &[
            ("disk.0.iops.read", 40.0),
            ("disk.0.iops.write", 60.0),
            ("disk.0.bandwidth.read", 400_000.0),
            ("disk.0.bandwidth.write", 900_000.0),
        ],
        _ => &[
            ("network.0.pps.in", 80.0),
            ("network.0.pps.out", 60.0),
            ("network.0.bandwidth.in", 20_000.0),
            ("network.0.bandwidth.out", 15_000.0),
        ],
    }
}

async fn metrics(State(app): S, Path(id): Path<String>, RawQuery(q): RawQuery) -> ApiResult {
    let id = path_id(&id)?;
    let q = Query::parse(q.as_deref());
    let mut kinds: Vec<&str> = Vec::new();
    for v in q.all("type") {
        for k in v.split(',').map(str::trim).filter(|k| !k.is_empty()) {
            if !METRIC_TYPES.contains(&k) {
                return Err(ApiError::invalid_query("type", format!("'{k}' is not one of cpu, disk, network")));
            }
            if !kinds.contains(&k) {
                kinds.push(k);
            }
        }
    }
    if kinds.is_empty() {
        return Err(ApiError::invalid_query("type", "is required"));
    }
    let time = |key: &str| -> Result<f64, ApiError> {
        let v = q.get(key).ok_or_else(|| ApiError::invalid_query(key, "is required"))?;
        parse_rfc3339(v).ok_or_else(|| ApiError::invalid_query(key, format!("'{v}' is not an RFC 3339 time")))
    };
    let (start, end) = (time("start")?, time("end")?);
    if start >= end {
        return Err(ApiError::invalid_query("end", "must be after start"));
    }
    let range = end - start;
    let mut step = match q.get("step") {
        None => (range / 200.0).ceil().max(1.0),
        Some(v) => v
            .parse::<f64>()
            .ok()
            .filter(|s| s.is_finite() && *s > 0.0)
            .ok_or_else(|| ApiError::invalid_query("step", format!("'{v}' is not a positive number")))?,
    };
    if range / step + 1.0 > 500.0 {
        step = (range / 499.0).ceil();
    }
    let now = app.now();
    {
        let st = app.read();
        st.server(id, now).ok_or_else(|| ApiError::not_found("server"))?;
    }
    let mut time_series = Map::new();
    for kind in kinds {
        for (n, &(name, scale)) in series(kind).iter().enumerate() {
            let mut values = Vec::new();
            let mut t = start;
            while t <= end {
                // Deterministic per server, series and instant.
                let seed = (id as u64).wrapping_mul(1_000_003) ^ ((t as u64) << 8) ^ n as u64;
                let x = fastrand::Rng::with_seed(seed).f64();
                let v = if kind == "cpu" { x * 30.0 + 2.0 } else { x * scale };
                values.push(json!([t, format!("{v}")]));
                t += step;
            }
            time_series.insert(name.to_string(), json!({ "values": values }));
        }
    }
    let ts = |secs: f64| Timestamp((secs * 1000.0) as i64).to_string();
    Ok(ApiResponse::json(
        StatusCode::OK,
        &json!({ "metrics": { "start": ts(start), "end": ts(end), "step": step, "time_series": time_series } }),
    ))
}

pub(crate) fn routes() -> Router<Arc<App>> {
    let base = "/v1/servers/{id}/actions";
    Router::new()
        .route(&format!("{base}/add_to_placement_group"), post(add_to_placement_group))
        .route(&format!("{base}/remove_from_placement_group"), post(remove_from_placement_group))
        .route(&format!("{base}/attach_iso"), post(attach_iso))
        .route(&format!("{base}/detach_iso"), post(detach_iso))
        .route(&format!("{base}/change_dns_ptr"), post(change_dns_ptr))
        .route(&format!("{base}/change_type"), post(change_type))
        .route(&format!("{base}/create_image"), post(create_image))
        .route(&format!("{base}/enable_backup"), post(enable_backup))
        .route(&format!("{base}/disable_backup"), post(disable_backup))
        .route(&format!("{base}/enable_rescue"), post(enable_rescue))
        .route(&format!("{base}/disable_rescue"), post(disable_rescue))
        .route(&format!("{base}/rebuild"), post(rebuild))
        .route(&format!("{base}/request_console"), post(request_console))
        .route(&format!("{base}/reset_password"), post(reset_password))
        .route("/v1/servers/{id}/metrics", get(metrics))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ipv6_nets() {
        let ip: Ipv6Addr = "2001:db8:1:2::1".parse().unwrap();
        assert!(in_ipv6_net(&ip, "2001:db8:1:2::/64"));
        assert!(!in_ipv6_net(&ip, "2001:db8:1:3::/64"));
    }
}
