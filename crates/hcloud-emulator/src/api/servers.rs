//! Servers: CRUD, power actions, protection, and their actions.

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use http::StatusCode;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use super::generic::Ctx;
use super::primary_ips::{location_of, new_primary_ip};
use super::{S, kind_action, kind_actions, path_id, resource_action, resource_actions};
use crate::catalog::catalog;
use crate::error::{ApiError, ApiResponse, ApiResult};
use crate::labels::{Labels, check_labels};
use crate::list::{Query, SortVal, list_body, one_body, paginate, sort_items};
use crate::schema::parse_body;
use crate::server::App;
use crate::state::{ActionJson, Application, EmuMs, Pending, Server, ServerImage, ServerJson, State as St};

const SERVER_STATUS: &[&str] =
    &["running", "initializing", "starting", "stopping", "off", "deleting", "migrating", "rebuilding", "unknown"];

/// RFC 1123 hostname.
pub(crate) fn valid_hostname(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 253
        && name.split('.').all(|label| {
            let b = label.as_bytes();
            !b.is_empty()
                && b.len() <= 63
                && b[0] != b'-'
                && b[b.len() - 1] != b'-'
                && b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-')
        })
}

fn name_taken(st: &St, name: &str, except: i64, now: EmuMs) -> bool {
    st.servers.values().any(|s| s.id != except && s.name == name && !s.is_gone(now))
}

pub(crate) async fn list(State(app): S, RawQuery(q): RawQuery) -> ApiResult {
    let q = Query::parse(q.as_deref());
    let page = q.page()?;
    let sort = q.sort(&["id", "name", "created"])?;
    let selector = q.label_selector()?;
    let statuses = q.enum_values("status", SERVER_STATUS)?;
    let name = q.get("name");
    let now = app.now();
    let st = app.read();
    let mut items: Vec<&Server> = st
        .servers
        .values()
        .filter(|s| !s.is_gone(now))
        .filter(|s| name.is_none_or(|n| s.name == n))
        .filter(|s| selector.as_ref().is_none_or(|sel| sel.matches(&s.labels)))
        .filter(|s| statuses.is_empty() || statuses.iter().any(|x| x == s.status(now)))
        .collect();
    sort_items(
        &mut items,
        &sort,
        |s| s.id,
        |s, field| match field {
            "name" => SortVal::Str(&s.name),
            "created" => SortVal::Num(s.created),
            _ => SortVal::Int(s.id),
        },
    );
    let (items, p) = paginate(items, page);
    let views: Vec<ServerJson> = items.iter().map(|s| st.server_view(s, now, &app.clock)).collect();
    Ok(ApiResponse::raw(StatusCode::OK, list_body("servers", &views, Some(p))))
}

pub(crate) async fn get(State(app): S, Path(id): Path<String>) -> ApiResult {
    let id = path_id(&id)?;
    let now = app.now();
    let st = app.read();
    let server = st.server(id, now).ok_or_else(|| ApiError::not_found("server"))?;
    Ok(ApiResponse::raw(StatusCode::OK, one_body("server", &st.server_view(server, now, &app.clock))))
}

#[derive(Deserialize)]
struct FirewallRef {
    firewall: i64,
}

#[derive(Deserialize, Default)]
struct PublicNetReq {
    enable_ipv4: Option<bool>,
    enable_ipv6: Option<bool>,
    ipv4: Option<i64>,
    ipv6: Option<i64>,
}

#[derive(Deserialize)]
struct CreateReq {
    name: String,
    server_type: String,
    image: String,
    location: Option<String>,
    start_after_create: Option<bool>,
    ssh_keys: Option<Vec<Value>>,
    volumes: Option<Vec<i64>>,
    networks: Option<Vec<i64>>,
    firewalls: Option<Vec<FirewallRef>>,
    user_data: Option<String>,
    labels: Option<Labels>,
    public_net: Option<PublicNetReq>,
    placement_group: Option<i64>,
}

/// Decodes an already schema-checked body into a typed request.
pub(crate) fn typed<T: serde::de::DeserializeOwned>(v: Value) -> Result<T, ApiError> {
    serde_json::from_value(v).map_err(|e| ApiError::invalid_field("body", e.to_string()))
}

#[derive(Serialize)]
struct CreateResp<'a> {
    server: ServerJson<'a>,
    action: ActionJson<'a>,
    next_actions: Vec<ActionJson<'a>>,
    root_password: Option<&'a str>,
}

pub(crate) async fn create(State(app): S, body: Bytes) -> ApiResult {
    let req: CreateReq = typed(parse_body("POST /servers", &body)?)?;
    let cat = catalog();
    let mut errs: Vec<(String, String)> = Vec::new();
    if !valid_hostname(&req.name) {
        errs.push(("name".into(), "must be a valid hostname (RFC 1123)".into()));
    }
    let labels = req.labels.unwrap_or_default();
    for m in check_labels(&labels) {
        errs.push(("labels".into(), m));
    }
    let stype = cat.server_type(&req.server_type);
    if stype.is_none() {
        errs.push(("server_type".into(), format!("server type '{}' not found", req.server_type)));
    }
    let arch = stype.map_or("x86", |t| cat.server_types[t].architecture.as_str());
    let image = cat.image(&req.image, arch);
    match image {
        None => errs.push(("image".into(), format!("image '{}' not found", req.image))),
        Some(i) if stype.is_some() && cat.images[i].architecture != arch => errs.push((
            "image".into(),
            format!("image architecture {} does not match server type architecture {arch}", cat.images[i].architecture),
        )),
        Some(i) if cat.images[i].status != "available" => errs.push(("image".into(), "image is not available".into())),
        _ => {}
    }
    let public_net = req.public_net.unwrap_or_default();
    let enable_ipv4 = public_net.enable_ipv4.unwrap_or(true);
    let enable_ipv6 = public_net.enable_ipv6.unwrap_or(true);

    let now = app.now();
    let mut st = app.write();
    st.collect_garbage(now);
    // Primary IPs, volumes, networks and the placement group the request names.
    let given_ipv4 = given_primary_ip(&st, public_net.ipv4, "ipv4", enable_ipv4, &mut errs);
    let given_ipv6 = given_primary_ip(&st, public_net.ipv6, "ipv6", enable_ipv6, &mut errs);
    let mut volume_ids: Vec<i64> = Vec::new();
    for v in req.volumes.iter().flatten() {
        if st.store.get("volume", *v).is_none() {
            errs.push(("volumes".into(), format!("volume {v} not found")));
        } else if !volume_ids.contains(v) {
            volume_ids.push(*v);
        }
    }
    let mut network_ids: Vec<i64> = Vec::new();
    for n in req.networks.iter().flatten() {
        if st.store.get("network", *n).is_none() {
            errs.push(("networks".into(), format!("network {n} not found")));
        } else if !network_ids.contains(n) {
            network_ids.push(*n);
        }
    }
    if let Some(pg) = req.placement_group
        && st.store.get("placement_group", pg).is_none()
    {
        errs.push(("placement_group".into(), format!("placement group {pg} not found")));
    }
    let location = match &req.location {
        Some(l) => {
            let found = cat.location(l);
            if found.is_none() {
                errs.push(("location".into(), format!("location '{l}' not found")));
            }
            found
        }
        // Without a location, the server goes where its primary IPs or volumes are.
        None => [given_ipv4, given_ipv6]
            .into_iter()
            .flatten()
            .filter_map(|p| st.store.get("primary_ip", p).and_then(|r| location_of(r, "location")))
            .chain(
                volume_ids.iter().filter_map(|v| st.store.get("volume", *v).and_then(|r| location_of(r, "location"))),
            )
            .next()
            .or_else(|| {
                stype
                    .and_then(|t| cat.server_types[t].locations.first())
                    .and_then(|(name, _)| cat.location_by_name(name))
            }),
    };
    let mut included_traffic = 0;
    if let (Some(t), Some(l)) = (stype, location) {
        let lname = &cat.locations[l].name;
        match cat.server_types[t].locations.iter().find(|(n, _)| n == lname) {
            Some((_, traffic)) => included_traffic = *traffic,
            None => errs.push((
                "location".into(),
                format!("server type {} is not available in location {lname}", cat.server_types[t].item.name),
            )),
        }
    }
    if req.user_data.as_ref().is_some_and(|u| u.len() > 32 * 1024) {
        errs.push(("user_data".into(), "is too long (maximum 32 KiB)".into()));
    }
    let mut ssh_keys = Vec::new();
    for k in req.ssh_keys.iter().flatten() {
        let found = match k {
            Value::Number(n) => n.as_i64().filter(|id| st.ssh_keys.contains_key(id)),
            Value::String(s) => st
                .ssh_keys
                .values()
                .find(|key| key.name == *s || s.parse::<i64>().ok() == Some(key.id))
                .map(|key| key.id),
            _ => None,
        };
        match found {
            Some(id) => ssh_keys.push(id),
            None => errs.push(("ssh_keys".into(), format!("SSH key {k} not found"))),
        }
    }
    let firewall_ids: Vec<i64> = req.firewalls.iter().flatten().map(|f| f.firewall).collect();
    for f in &firewall_ids {
        if !st.firewalls.contains_key(f) {
            errs.push(("firewalls".into(), format!("firewall {f} not found")));
        }
    }
    if !firewall_ids.is_empty() && !enable_ipv4 && !enable_ipv6 {
        errs.push(("firewalls".into(), "firewalls need a server with a public network interface".into()));
    }
    if !errs.is_empty() {
        return Err(ApiError::invalid_fields(errs));
    }
    if name_taken(&st, &req.name, 0, now) {
        return Err(ApiError::uniqueness("name", "server name is already used"));
    }
    let (stype, image, location) = (stype.expect("checked"), image.expect("checked"), location.expect("checked"));
    for (ip, ip_type) in [(given_ipv4, "ipv4"), (given_ipv6, "ipv6")] {
        if let Some(ip) = ip {
            check_given_primary_ip(&st, ip, ip_type, location)?;
        }
    }
    for v in &volume_ids {
        let vol = st.store.get("volume", *v).expect("checked");
        if vol.get("server").is_some() {
            return Err(ApiError::new(
                422,
                "volume_already_attached",
                format!("volume {v} is already attached to a server, detach first"),
            ));
        }
        if location_of(vol, "location") != Some(location) {
            return Err(ApiError::invalid_field("volumes", format!("volume {v} is in a different location")));
        }
    }
    if let Some(pg) = req.placement_group {
        let full = st
            .store
            .get("placement_group", pg)
            .and_then(|g| g.get("servers"))
            .and_then(Value::as_array)
            .is_some_and(|s| s.len() >= super::placement_groups::SPREAD_LIMIT);
        if full {
            return Err(ApiError::new(
                422,
                "placement_error",
                format!("placement group {pg} already holds {} servers", super::placement_groups::SPREAD_LIMIT),
            ));
        }
    }
    let start = req.start_after_create.unwrap_or(true);

    let id = st.alloc_id();
    let create_action = st.new_action("create_server", vec![(id, "server")], now);
    let start_action = start.then(|| st.new_action("start_server", vec![(id, "server")], now));
    let create_failed = st.action_failed(create_action);
    if create_failed
        && let Some(a) = start_action
        && let Some(action) = st.actions.get_mut(&a)
        && action.error.is_none()
    {
        action.error = Some(("action_failed".into(), "server creation failed, server was not started".into()));
    }
    let start_failed = start_action.is_some_and(|a| st.action_failed(a));
    let end = st.action_end(create_action);
    let ctx = Ctx { app: &app, now };
    let mut ips = [None, None];
    for (slot, (given, enabled, ip_type)) in
        ips.iter_mut().zip([(given_ipv4, enable_ipv4, "ipv4"), (given_ipv6, enable_ipv6, "ipv6")])
    {
        *slot = match given {
            Some(ip) => {
                if let Some(r) = st.store.get_mut("primary_ip", ip, now) {
                    r.set("assignee_id", json!(id));
                }
                Some(ip)
            }
            None => enabled.then(|| new_primary_ip(&ctx, &mut st, ip_type, location, Some(id), true, None, json!({}))),
        };
    }
    let [ipv4, ipv6] = ips;
    let root_password = ssh_keys.is_empty().then(|| st.random_password());
    for f in &firewall_ids {
        if let Some(fw) = st.firewalls.get_mut(f) {
            fw.servers.push(Application { target: id, ready_at: end, failed: false });
        }
    }
    st.servers.insert(
        id,
        Server {
            id,
            name: req.name,
            created: now,
            labels,
            server_type: stype,
            location,
            image: ServerImage::Catalog(image),
            ipv4,
            ipv6,
            private_net: Vec::new(),
            iso: None,
            rescue_enabled: false,
            backup_window: None,
            protection_delete: false,
            protection_rebuild: false,
            base: "off",
            pending: Some(Pending {
                end,
                during: "initializing",
                on_success: if start && !start_failed { "running" } else { "off" },
                failed: create_failed,
                deletes: false,
            }),
            included_traffic,
            primary_disk_size: cat.server_types[stype].disk,
            root_password,
        },
    );
    let mut next: Vec<i64> = start_action.into_iter().collect();
    for v in &volume_ids {
        match super::volumes::attach_now(&ctx, &mut st, *v, id) {
            Ok(a) => next.push(a),
            Err(e) => {
                undo_create(&mut st, id, &[given_ipv4, given_ipv6], now);
                return Err(e);
            }
        }
    }
    if let Some(pg) = req.placement_group
        && let Err(e) = super::placement_groups::join(&mut st, pg, id)
    {
        undo_create(&mut st, id, &[given_ipv4, given_ipv6], now);
        return Err(e);
    }
    for n in &network_ids {
        if let Err(e) = super::networks::attach_at_create(&ctx, &mut st, *n, id) {
            undo_create(&mut st, id, &[given_ipv4, given_ipv6], now);
            return Err(e);
        }
    }
    let server = &st.servers[&id];
    let resp = CreateResp {
        server: st.server_view(server, now, &app.clock),
        action: st.actions[&create_action].view(now, &app.clock),
        next_actions: next.iter().map(|a| st.actions[a].view(now, &app.clock)).collect(),
        root_password: server.root_password.as_deref(),
    };
    Ok(ApiResponse::json(StatusCode::CREATED, &resp))
}

/// A primary IP named in `public_net.ipv4` / `ipv6` of `POST /servers`: its id when it exists
/// (else an `invalid_input` entry).
fn given_primary_ip(
    st: &St,
    id: Option<i64>,
    ip_type: &str,
    enabled: bool,
    errs: &mut Vec<(String, String)>,
) -> Option<i64> {
    let id = id?;
    let field = format!("public_net.{ip_type}");
    if !enabled {
        errs.push((field, format!("must be omitted when enable_{ip_type} is false")));
        return None;
    }
    if st.store.get("primary_ip", id).is_none() {
        errs.push((field, format!("primary IP {id} not found")));
        return None;
    }
    Some(id)
}

/// The documented errors for a primary IP given to `POST /servers`: of the other IP version
/// (412 `primary_ip_version_mismatch`), assigned (`primary_ip_assigned`), elsewhere
/// (`primary_ip_datacenter_mismatch`).
fn check_given_primary_ip(st: &St, id: i64, ip_type: &str, location: usize) -> Result<(), ApiError> {
    let ip = st.store.get("primary_ip", id).ok_or_else(|| ApiError::not_found("primary IP"))?;
    if ip.str("type") != Some(ip_type) {
        return Err(ApiError::new(
            412,
            "primary_ip_version_mismatch",
            format!("primary IP {id} is not of type {ip_type}"),
        ));
    }
    if ip.get("assignee_id").is_some() {
        return Err(ApiError::new(422, "primary_ip_assigned", format!("primary IP {id} is already assigned")));
    }
    if location_of(ip, "location") != Some(location) {
        return Err(ApiError::new(
            422,
            "primary_ip_datacenter_mismatch",
            format!("primary IP {id} is in a different location"),
        ));
    }
    Ok(())
}

/// Undoes a server creation that failed after the server was stored: primary IPs given by the
/// request are unassigned again, the ones made for it go, and everything else it joined lets
/// it go (`relations::server_gone`); its actions are forgotten.
fn undo_create(st: &mut St, id: i64, given: &[Option<i64>], now: EmuMs) {
    for ip in given.iter().flatten() {
        if let Some(r) = st.store.get_mut("primary_ip", *ip, now) {
            r.set("assignee_id", Value::Null);
        }
    }
    st.servers.remove(&id);
    crate::relations::server_gone(st, id, now);
    for fw in st.firewalls.values_mut() {
        fw.servers.retain(|a| a.target != id);
    }
    st.actions.retain(|_, a| !a.touches(id, "server"));
}

#[derive(Deserialize)]
struct UpdateReq {
    name: Option<String>,
    labels: Option<Labels>,
}

/// Looks up a live server for a mutating request: 404 if missing, 423 while an action runs.
pub(crate) fn mutable_server(st: &St, id: i64, now: EmuMs) -> Result<&Server, ApiError> {
    let s = st.server(id, now).ok_or_else(|| ApiError::not_found("server"))?;
    if s.is_busy(now) {
        return Err(ApiError::locked("server is locked: another action is running"));
    }
    Ok(s)
}

pub(crate) async fn update(State(app): S, Path(id): Path<String>, body: Bytes) -> ApiResult {
    let id = path_id(&id)?;
    let req: UpdateReq = typed(parse_body("PUT /servers/{id}", &body)?)?;
    let mut errs = Vec::new();
    if let Some(n) = &req.name
        && !valid_hostname(n)
    {
        errs.push(("name".to_string(), "must be a valid hostname (RFC 1123)".to_string()));
    }
    if let Some(l) = &req.labels {
        for m in check_labels(l) {
            errs.push(("labels".to_string(), m));
        }
    }
    let now = app.now();
    let mut st = app.write();
    mutable_server(&st, id, now)?;
    if !errs.is_empty() {
        return Err(ApiError::invalid_fields(errs));
    }
    if let Some(n) = &req.name
        && name_taken(&st, n, id, now)
    {
        return Err(ApiError::uniqueness("name", "server name is already used"));
    }
    let s = st.servers.get_mut(&id).expect("checked");
    if let Some(n) = req.name {
        s.name = n;
    }
    if let Some(l) = req.labels {
        s.labels = l;
    }
    let s = &st.servers[&id];
    Ok(ApiResponse::raw(StatusCode::OK, one_body("server", &st.server_view(s, now, &app.clock))))
}

pub(crate) async fn delete(State(app): S, Path(id): Path<String>) -> ApiResult {
    let id = path_id(&id)?;
    let now = app.now();
    let mut st = app.write();
    st.collect_garbage(now);
    let s = st.server(id, now).ok_or_else(|| ApiError::not_found("server"))?;
    if s.protection_delete {
        return Err(ApiError::protected("server is protected against deletion"));
    }
    mutable_server(&st, id, now)?;
    let action = st.new_action("delete_server", vec![(id, "server")], now);
    let pending = Pending {
        end: st.action_end(action),
        during: "deleting",
        on_success: "deleting",
        failed: st.action_failed(action),
        deletes: true,
    };
    st.servers.get_mut(&id).expect("checked").begin(now, pending);
    Ok(ApiResponse::raw(StatusCode::OK, one_body("action", &st.actions[&action].view(now, &app.clock))))
}

/// Starts a power action: `during` while it runs, `after` once it succeeded.
fn power(app: &App, id: &str, command: &'static str, during: &'static str, after: &'static str) -> ApiResult {
    let id = path_id(id)?;
    let now = app.now();
    let mut st = app.write();
    st.collect_garbage(now);
    mutable_server(&st, id, now)?;
    let action = st.new_action(command, vec![(id, "server")], now);
    let pending = Pending {
        end: st.action_end(action),
        during,
        on_success: after,
        failed: st.action_failed(action),
        deletes: false,
    };
    st.servers.get_mut(&id).expect("checked").begin(now, pending);
    Ok(ApiResponse::raw(StatusCode::CREATED, one_body("action", &st.actions[&action].view(now, &app.clock))))
}

pub(crate) async fn poweron(State(app): S, Path(id): Path<String>) -> ApiResult {
    power(&app, &id, "start_server", "starting", "running")
}

pub(crate) async fn poweroff(State(app): S, Path(id): Path<String>) -> ApiResult {
    power(&app, &id, "stop_server", "stopping", "off")
}

pub(crate) async fn shutdown(State(app): S, Path(id): Path<String>) -> ApiResult {
    power(&app, &id, "shutdown_server", "stopping", "off")
}

pub(crate) async fn reboot(State(app): S, Path(id): Path<String>) -> ApiResult {
    power(&app, &id, "reboot_server", "running", "running")
}

pub(crate) async fn reset(State(app): S, Path(id): Path<String>) -> ApiResult {
    power(&app, &id, "reset_server", "running", "running")
}

#[derive(Deserialize)]
struct ProtectionReq {
    delete: Option<bool>,
    rebuild: Option<bool>,
}

pub(crate) async fn change_protection(State(app): S, Path(id): Path<String>, body: Bytes) -> ApiResult {
    let id = path_id(&id)?;
    let req: ProtectionReq = typed(parse_body("POST /servers/{id}/actions/change_protection", &body)?)?;
    if let (Some(d), Some(r)) = (req.delete, req.rebuild)
        && d != r
    {
        return Err(ApiError::invalid_field("rebuild", "delete and rebuild protection must have the same value"));
    }
    let now = app.now();
    let mut st = app.write();
    mutable_server(&st, id, now)?;
    let action = st.new_action("change_protection", vec![(id, "server")], now);
    let failed = st.action_failed(action);
    let s = st.servers.get_mut(&id).expect("checked");
    if !failed {
        if let Some(d) = req.delete {
            s.protection_delete = d;
        }
        if let Some(r) = req.rebuild {
            s.protection_rebuild = r;
        }
    }
    Ok(ApiResponse::raw(StatusCode::CREATED, one_body("action", &st.actions[&action].view(now, &app.clock))))
}

pub(crate) async fn list_actions(State(app): S, Path(id): Path<String>, RawQuery(q): RawQuery) -> ApiResult {
    let id = path_id(&id)?;
    let now = app.now();
    let st = app.read();
    st.server(id, now).ok_or_else(|| ApiError::not_found("server"))?;
    resource_actions(&app, &st, "server", id, q.as_deref(), now)
}

pub(crate) async fn get_action(State(app): S, Path((id, action_id)): Path<(String, String)>) -> ApiResult {
    let id = path_id(&id)?;
    let action_id = path_id(&action_id)?;
    let now = app.now();
    let st = app.read();
    st.server(id, now).ok_or_else(|| ApiError::not_found("server"))?;
    resource_action(&app, &st, "server", id, action_id, now)
}

pub(crate) async fn list_all_actions(State(app): S, RawQuery(q): RawQuery) -> ApiResult {
    let now = app.now();
    kind_actions(&app, &app.read(), "server", q.as_deref(), now)
}

pub(crate) async fn get_any_action(State(app): S, Path(id): Path<String>) -> ApiResult {
    let id = path_id(&id)?;
    let now = app.now();
    kind_action(&app, &app.read(), "server", id, now)
}
