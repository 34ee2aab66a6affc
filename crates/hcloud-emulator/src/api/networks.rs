//! Private networks: an RFC 1918 `ip_range` split into subnets (per network zone) with routes.
//! Servers attach with the server actions `attach_to_network` / `detach_from_network` /
//! `change_alias_ips` (or at create); load balancers with their own actions. A network keeps
//! the ids of its servers (`servers`); its `load_balancers` are read from the load balancers'
//! `private_net` when served. Every attachment gets an IP from a subnet of the network in the
//! attached resource's network zone.

use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::routing::post;
use http::StatusCode;
use serde_json::{Value, json};

use super::generic::{self, Created, Ctx, Kind};
use super::primary_ips::location_json;
use super::servers::mutable_server;
use super::{S, path_id};
use crate::catalog::catalog;
use crate::error::{ApiError, ApiResponse, ApiResult};
use crate::server::App;
use crate::state::State as St;
use crate::store::Res;

pub(crate) static KIND: Kind = Kind {
    create: Some(create),
    update: Some(update),
    delete: Some(delete),
    view: Some(view),
    actions: &[
        ("add_subnet", add_subnet),
        ("delete_subnet", delete_subnet),
        ("add_route", add_route),
        ("delete_route", delete_route),
        ("change_ip_range", change_ip_range),
        ("change_protection", generic::change_protection),
    ],
    ..Kind::base("network", "networks", "network", "network")
};

/// An IPv4 prefix (host bits zero).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) struct Cidr {
    pub base: u32,
    pub prefix: u32,
}

pub(crate) fn parse_ip(s: &str) -> Option<u32> {
    s.parse::<std::net::Ipv4Addr>().ok().map(u32::from)
}

pub(crate) fn ip_str(ip: u32) -> String {
    std::net::Ipv4Addr::from(ip).to_string()
}

impl Cidr {
    pub fn parse(s: &str) -> Option<Cidr> {
        let (ip, prefix) = s.split_once('/')?;
        let base = parse_ip(ip)?;
        let prefix: u32 = prefix.parse().ok().filter(|p| *p <= 32)?;
        let c = Cidr { base, prefix };
        (base & c.mask() == base).then_some(c)
    }

    pub fn mask(self) -> u32 {
        if self.prefix == 0 { 0 } else { u32::MAX << (32 - self.prefix) }
    }

    pub fn last(self) -> u32 {
        self.base | !self.mask()
    }

    pub fn has(self, ip: u32) -> bool {
        ip & self.mask() == self.base
    }

    pub fn contains(self, other: Cidr) -> bool {
        other.prefix >= self.prefix && self.has(other.base)
    }

    pub fn overlaps(self, other: Cidr) -> bool {
        self.has(other.base) || other.has(self.base)
    }
}

impl std::fmt::Display for Cidr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", ip_str(self.base), self.prefix)
    }
}

/// Inside one of the private ranges of RFC 1918.
pub(crate) fn is_rfc1918(c: Cidr) -> bool {
    ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"].iter().any(|r| Cidr::parse(r).is_some_and(|r| r.contains(c)))
}

/// The network zones of the catalogue's locations.
fn zones() -> Vec<String> {
    let mut out: Vec<String> = (0..catalog().locations.len())
        .filter_map(|i| location_json(i)["network_zone"].as_str().map(str::to_string))
        .collect();
    out.dedup();
    out
}

/// The network zone of a catalogue location.
pub(crate) fn zone_of(location: usize) -> String {
    location_json(location)["network_zone"].as_str().unwrap_or_default().to_string()
}

fn cidr_field(field: &str, v: Option<&Value>) -> Result<Cidr, ApiError> {
    let s = v.and_then(Value::as_str).ok_or_else(|| ApiError::invalid_field(field, "is required"))?;
    Cidr::parse(s)
        .ok_or_else(|| ApiError::invalid_field(field, format!("'{s}' is not a valid IPv4 network in CIDR notation")))
}

fn net_range(r: &Res) -> Cidr {
    r.str("ip_range").and_then(Cidr::parse).unwrap_or(Cidr { base: 0x0a00_0000, prefix: 8 })
}

fn subnets(r: &Res) -> Vec<Value> {
    r.get("subnets").and_then(Value::as_array).cloned().unwrap_or_default()
}

fn route_list(r: &Res) -> Vec<Value> {
    r.get("routes").and_then(Value::as_array).cloned().unwrap_or_default()
}

fn subnet_range(s: &Value) -> Option<Cidr> {
    s["ip_range"].as_str().and_then(Cidr::parse)
}

/// Builds a subnet object for a network from a request item, choosing the first free /24 when
/// no `ip_range` is given.
fn new_subnet(net: Cidr, existing: &[Value], routes: &[Value], req: &Value) -> Result<Value, ApiError> {
    let kind = req["type"].as_str().unwrap_or("cloud");
    if !["cloud", "server", "vswitch"].contains(&kind) {
        return Err(ApiError::invalid_field("type", "must be one of cloud, server, vswitch"));
    }
    let zone = req["network_zone"].as_str().unwrap_or_default();
    if !zones().iter().any(|z| z == zone) {
        return Err(ApiError::invalid_field("network_zone", format!("network zone '{zone}' not found")));
    }
    let vswitch_id = req.get("vswitch_id").and_then(Value::as_i64);
    match (kind, vswitch_id) {
        ("vswitch", None) => {
            return Err(ApiError::invalid_field("vswitch_id", "is required for subnets of type vswitch"));
        }
        ("vswitch", _) | (_, None) => {}
        _ => return Err(ApiError::invalid_field("vswitch_id", "is only allowed for subnets of type vswitch")),
    }
    let taken: Vec<Cidr> = existing.iter().filter_map(subnet_range).collect();
    let range = match req.get("ip_range").filter(|v| !v.is_null()) {
        Some(v) => {
            let c = cidr_field("ip_range", Some(v))?;
            if !net.contains(c) {
                return Err(ApiError::invalid_field("ip_range", "must be a subnet of the network's ip_range"));
            }
            if c.prefix > 30 {
                return Err(ApiError::invalid_field("ip_range", "must be at least a /30"));
            }
            if taken.iter().any(|t| t.overlaps(c)) {
                return Err(ApiError::invalid_field("ip_range", "overlaps with another subnet"));
            }
            if routes.iter().filter_map(|r| r["destination"].as_str().and_then(Cidr::parse)).any(|d| d.overlaps(c)) {
                return Err(ApiError::invalid_field("ip_range", "overlaps with a route destination"));
            }
            c
        }
        None => {
            let prefix = net.prefix.max(24);
            let step = 1u64 << (32 - prefix);
            let mut base = net.base as u64;
            let mut found = None;
            while base <= net.last() as u64 {
                let c = Cidr { base: base as u32, prefix };
                if !taken.iter().any(|t| t.overlaps(c)) {
                    found = Some(c);
                    break;
                }
                base += step;
            }
            found.ok_or_else(|| ApiError::invalid_field("ip_range", "no free /24 range left in the network"))?
        }
    };
    let gateway = if kind == "cloud" { net.base + 1 } else { range.base + 1 };
    Ok(json!({
        "type": kind,
        "ip_range": range.to_string(),
        "network_zone": zone,
        "gateway": ip_str(gateway),
        "vswitch_id": vswitch_id,
    }))
}

fn check_route(net: Cidr, subnets: &[Value], routes: &[Value], req: &Value) -> Result<Value, ApiError> {
    let dest = cidr_field("destination", req.get("destination"))?;
    if !(is_rfc1918(dest) || dest == Cidr { base: 0, prefix: 0 }) {
        return Err(ApiError::invalid_field("destination", "must be a private RFC 1918 range or 0.0.0.0/0"));
    }
    if subnets.iter().filter_map(subnet_range).any(|s| s.overlaps(dest)) && dest.prefix > 0 {
        return Err(ApiError::invalid_field("destination", "overlaps with a subnet"));
    }
    if routes.iter().filter_map(|r| r["destination"].as_str().and_then(Cidr::parse)).any(|d| d.overlaps(dest)) {
        return Err(ApiError::invalid_field("destination", "overlaps with another route"));
    }
    if dest.has(parse_ip("172.31.1.1").unwrap_or_default()) && dest.prefix > 0 {
        return Err(ApiError::invalid_field("destination", "must not contain 172.31.1.1"));
    }
    let gw_text = req["gateway"].as_str().unwrap_or_default();
    let gw = parse_ip(gw_text).ok_or_else(|| ApiError::invalid_field("gateway", "is not a valid IPv4 address"))?;
    if !net.has(gw) || gw == net.base + 1 || gw_text == "172.31.1.1" {
        return Err(ApiError::invalid_field(
            "gateway",
            "must be inside the network's ip_range and not its first IP or 172.31.1.1",
        ));
    }
    if subnets.iter().any(|s| s["type"] == "vswitch" && subnet_range(s).is_some_and(|c| c.has(gw))) {
        return Err(ApiError::invalid_field("gateway", "must not be behind a vSwitch"));
    }
    Ok(json!({ "destination": dest.to_string(), "gateway": ip_str(gw) }))
}

fn create(ctx: &Ctx, st: &mut St, body: Value) -> Result<Created, ApiError> {
    let name = body["name"].as_str().unwrap_or_default();
    generic::check_name(&KIND, st, name, 0)?;
    let net = cidr_field("ip_range", body.get("ip_range"))?;
    if !is_rfc1918(net) {
        return Err(ApiError::invalid_field("ip_range", "must be one of the private IPv4 ranges of RFC 1918"));
    }
    if net.prefix > 24 {
        return Err(ApiError::invalid_field("ip_range", "must be at least a /24"));
    }
    let mut subnet_list: Vec<Value> = Vec::new();
    for s in body.get("subnets").and_then(Value::as_array).into_iter().flatten() {
        let sub = new_subnet(net, &subnet_list, &[], s).map_err(|e| prefix_fields(e, "subnets"))?;
        subnet_list.push(sub);
    }
    let mut routes: Vec<Value> = Vec::new();
    for r in body.get("routes").and_then(Value::as_array).into_iter().flatten() {
        let route = check_route(net, &subnet_list, &routes, r).map_err(|e| prefix_fields(e, "routes"))?;
        routes.push(route);
    }
    let id = st.alloc_id();
    let mut o = generic::new_object(ctx, id, &body, Some(json!({ "delete": false })))?;
    o.insert("ip_range".into(), json!(net.to_string()));
    o.insert("subnets".into(), Value::Array(subnet_list));
    o.insert("routes".into(), Value::Array(routes));
    o.insert("servers".into(), json!([]));
    o.insert("load_balancers".into(), json!([]));
    o.insert(
        "expose_routes_to_vswitch".into(),
        json!(body.get("expose_routes_to_vswitch").and_then(Value::as_bool).unwrap_or(false)),
    );
    st.store.insert(KIND.kind, Res::new(o));
    Ok(Created { id, status: StatusCode::CREATED, extra: vec![] })
}

/// Renames an invalid_input error's fields to `<outer>.<field>`.
fn prefix_fields(mut e: ApiError, outer: &str) -> ApiError {
    if let Some(Value::Array(fields)) = e.details.as_mut().and_then(|d| d.get_mut("fields")) {
        for f in fields {
            if let Some(n) = f["name"].as_str() {
                f["name"] = json!(format!("{outer}.{n}"));
            }
        }
    }
    e
}

/// The load balancers attached to a network (from their `private_net`).
fn lbs_in(st: &St, network: i64) -> Vec<i64> {
    st.store
        .all("load_balancer")
        .filter(|lb| {
            lb.get("private_net")
                .and_then(Value::as_array)
                .is_some_and(|a| a.iter().any(|p| p["network"].as_i64() == Some(network)))
        })
        .map(Res::id)
        .collect()
}

fn view(ctx: &Ctx, st: &St, r: &Res) -> Value {
    let mut v = r.view(ctx.now);
    if let Some(Value::Array(servers)) = v.get_mut("servers") {
        servers.retain(|s| s.as_i64().is_some_and(|id| st.server(id, ctx.now).is_some()));
    }
    v["load_balancers"] = json!(lbs_in(st, r.id()));
    v
}

/// Deleting a network detaches its servers and load balancers.
fn delete(ctx: &Ctx, st: &mut St, id: i64) -> Result<Option<Value>, ApiError> {
    for s in st.servers.values_mut() {
        s.private_net.retain(|p| p["network"].as_i64() != Some(id));
    }
    for lb in st.store.all_mut("load_balancer") {
        lb.settle(ctx.now);
        if let Some(Value::Array(p)) = lb.obj.get_mut("private_net") {
            p.retain(|p| p["network"].as_i64() != Some(id));
        }
    }
    Ok(None)
}

/// IPs in use in a network: servers' IPs and alias IPs, load balancers' IPs.
fn used_ips(st: &St, network: i64) -> Vec<u32> {
    let mut used = Vec::new();
    for s in st.servers.values() {
        for p in s.private_net.iter().filter(|p| p["network"].as_i64() == Some(network)) {
            used.extend(p["ip"].as_str().and_then(parse_ip));
            used.extend(p["alias_ips"].as_array().into_iter().flatten().filter_map(|a| a.as_str().and_then(parse_ip)));
        }
    }
    for lb in st.store.all("load_balancer") {
        for p in lb.get("private_net").and_then(Value::as_array).into_iter().flatten() {
            if p["network"].as_i64() == Some(network) {
                used.extend(p["ip"].as_str().and_then(parse_ip));
            }
        }
    }
    used
}

/// Whether `ip` may be given to a resource in a subnet: not its network or broadcast address,
/// not a gateway, not taken.
fn assignable(net: Cidr, sub: &Value, ip: u32, used: &[u32]) -> bool {
    let Some(c) = subnet_range(sub) else { return false };
    c.has(ip)
        && ip != c.base
        && ip != c.last()
        && ip != net.base + 1
        && sub["gateway"].as_str().and_then(parse_ip) != Some(ip)
        && !used.contains(&ip)
}

/// Chooses the IP for a resource in `zone` joining a network: the requested `ip` (which must be
/// free and inside a cloud subnet of the zone), else the first free IP of the subnet `ip_range`
/// or of the zone's subnets.
pub(crate) fn pick_ip(
    st: &St,
    network: i64,
    zone: &str,
    ip: Option<&str>,
    ip_range: Option<&str>,
) -> Result<String, ApiError> {
    let r = st.store.get("network", network).ok_or_else(|| KIND.not_found())?;
    let net = net_range(r);
    let mut eligible: Vec<Value> =
        subnets(r).into_iter().filter(|s| s["type"] != "vswitch" && s["network_zone"] == zone).collect();
    if let Some(range) = ip_range {
        let c = Cidr::parse(range).ok_or_else(|| ApiError::invalid_field("ip_range", "is not a valid CIDR"))?;
        eligible.retain(|s| subnet_range(s) == Some(c));
        if eligible.is_empty() {
            return Err(ApiError::invalid_field("ip_range", "no subnet with this ip_range in the network zone"));
        }
    }
    let used = used_ips(st, network);
    if let Some(ip) = ip {
        let v = parse_ip(ip).ok_or_else(|| ApiError::invalid_field("ip", "is not a valid IPv4 address"))?;
        if !eligible.iter().any(|s| subnet_range(s).is_some_and(|c| c.has(v))) {
            return Err(ApiError::invalid_field("ip", "is not inside a subnet of the network in this network zone"));
        }
        if !eligible.iter().any(|s| assignable(net, s, v, &used)) {
            return Err(ApiError::new(422, "ip_not_available", format!("IP {ip} is not available")));
        }
        return Ok(ip_str(v));
    }
    for s in &eligible {
        let Some(c) = subnet_range(s) else { continue };
        if let Some(ip) = (c.base..=c.last()).find(|&ip| assignable(net, s, ip, &used)) {
            return Ok(ip_str(ip));
        }
    }
    Err(ApiError::new(422, "no_subnet_available", format!("no subnet or IP available in network zone {zone}")))
}

/// Checks alias IPs for a server in a network: inside the network's range, free (the server's
/// own current aliases excepted), distinct from `main`.
fn check_alias_ips(st: &St, network: i64, server: i64, main: &str, aliases: &[String]) -> Result<(), ApiError> {
    let r = st.store.get("network", network).ok_or_else(|| KIND.not_found())?;
    let net = net_range(r);
    let own: Vec<u32> = st
        .servers
        .get(&server)
        .and_then(|s| s.private_net.iter().find(|p| p["network"].as_i64() == Some(network)))
        .map(|p| {
            p["alias_ips"].as_array().into_iter().flatten().filter_map(|a| a.as_str().and_then(parse_ip)).collect()
        })
        .unwrap_or_default();
    let used: Vec<u32> = used_ips(st, network).into_iter().filter(|ip| !own.contains(ip)).collect();
    let subs = subnets(r);
    for (i, a) in aliases.iter().enumerate() {
        let v =
            parse_ip(a).ok_or_else(|| ApiError::invalid_field("alias_ips", format!("'{a}' is not an IPv4 address")))?;
        if !net.has(v) {
            return Err(ApiError::invalid_field("alias_ips", format!("{a} is not inside the network's ip_range")));
        }
        if a == main || aliases[..i].contains(a) || !subs.iter().any(|s| assignable(net, s, v, &used)) {
            return Err(ApiError::new(422, "ip_not_available", format!("IP {a} is not available")));
        }
    }
    Ok(())
}

fn mac(st: &mut St) -> String {
    format!("86:00:00:{:02x}:{:02x}:{:02x}", st.rng.u8(..), st.rng.u8(..), st.rng.u8(..))
}

/// Records a server's attachment in the server's `private_net` and the network's `servers`.
fn record_attachment(st: &mut St, network: i64, server: i64, ip: String, aliases: Vec<String>, now: f64) {
    let mac = mac(st);
    if let Some(s) = st.servers.get_mut(&server) {
        s.private_net.push(json!({ "network": network, "ip": ip, "alias_ips": aliases, "mac_address": mac }));
    }
    if let Some(n) = st.store.get_mut("network", network, now)
        && let Some(Value::Array(servers)) = n.obj.get_mut("servers")
        && !servers.iter().any(|s| s.as_i64() == Some(server))
    {
        servers.push(json!(server));
    }
}

/// Attaches a server being created to a network (`POST /servers` with `networks`): assigns it
/// an IP from the network's first subnet in the server's network zone and records it in both
/// the network and the server's `private_net`. The server must already be in `st.servers`.
pub(crate) fn attach_at_create(ctx: &Ctx, st: &mut St, network: i64, server: i64) -> Result<(), ApiError> {
    if st.store.get("network", network).is_none() {
        return Err(ApiError::invalid_field("networks", format!("network {network} not found")));
    }
    let zone = st.servers.get(&server).map(|s| zone_of(s.location)).ok_or_else(|| ApiError::not_found("server"))?;
    if st.servers[&server].private_net.iter().any(|p| p["network"].as_i64() == Some(network)) {
        return Ok(());
    }
    let ip = pick_ip(st, network, &zone, None, None)?;
    record_attachment(st, network, server, ip, Vec::new(), ctx.now);
    Ok(())
}

fn strings(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_array).into_iter().flatten().filter_map(|s| s.as_str().map(str::to_string)).collect()
}

fn network_arg(body: &Value) -> Result<i64, ApiError> {
    body.get("network").and_then(Value::as_i64).ok_or_else(|| ApiError::invalid_field("network", "is required"))
}

async fn server_attach(State(app): S, Path(id): Path<String>, body: Bytes) -> ApiResult {
    let id = path_id(&id)?;
    let body = generic::body_for("POST /servers/{id}/actions/attach_to_network", &body)?;
    let network = network_arg(&body)?;
    let now = app.now();
    let ctx = Ctx { app: &app, now };
    let mut st = app.write();
    st.collect_garbage(now);
    let server = mutable_server(&st, id, now)?;
    let zone = zone_of(server.location);
    let attached: Vec<i64> = server.private_net.iter().filter_map(|p| p["network"].as_i64()).collect();
    let n = st.store.get_mut("network", network, now).ok_or_else(|| KIND.not_found())?;
    let range = net_range(n);
    if attached.contains(&network) {
        return Err(ApiError::new(422, "server_already_attached", "server is already attached to this network"));
    }
    if attached.iter().filter_map(|o| st.store.get("network", *o)).any(|o| net_range(o).overlaps(range)) {
        return Err(ApiError::new(
            422,
            "networks_overlap",
            "the network's IP range overlaps with another network of the server",
        ));
    }
    let ip = pick_ip(&st, network, &zone, body["ip"].as_str(), body["ip_range"].as_str())?;
    let aliases = strings(body.get("alias_ips"));
    check_alias_ips(&st, network, id, &ip, &aliases)?;
    let action = generic::start_action(&ctx, &mut st, "attach_to_network", vec![(id, "server"), (network, "network")]);
    if !st.action_failed(action) {
        record_attachment(&mut st, network, id, ip, aliases, now);
    }
    Ok(ApiResponse::json(StatusCode::CREATED, &generic::action_body(&ctx, &st, action)))
}

/// Removes a server from a network (both sides); load balancer targets that reach it over this
/// network stay, as the API keeps them (unhealthy).
pub(crate) fn detach_server(st: &mut St, network: i64, server: i64, now: f64) {
    if let Some(s) = st.servers.get_mut(&server) {
        s.private_net.retain(|p| p["network"].as_i64() != Some(network));
    }
    if let Some(n) = st.store.get_mut("network", network, now)
        && let Some(Value::Array(servers)) = n.obj.get_mut("servers")
    {
        servers.retain(|s| s.as_i64() != Some(server));
    }
}

async fn server_detach(State(app): S, Path(id): Path<String>, body: Bytes) -> ApiResult {
    let id = path_id(&id)?;
    let body = generic::body_for("POST /servers/{id}/actions/detach_from_network", &body)?;
    let network = network_arg(&body)?;
    let now = app.now();
    let ctx = Ctx { app: &app, now };
    let mut st = app.write();
    st.collect_garbage(now);
    let server = mutable_server(&st, id, now)?;
    let attached = server.private_net.iter().any(|p| p["network"].as_i64() == Some(network));
    KIND.find(&st, network)?;
    if !attached {
        return Err(ApiError::invalid_field("network", "server is not attached to this network"));
    }
    let action =
        generic::start_action(&ctx, &mut st, "detach_from_network", vec![(id, "server"), (network, "network")]);
    if !st.action_failed(action) {
        detach_server(&mut st, network, id, now);
    }
    Ok(ApiResponse::json(StatusCode::CREATED, &generic::action_body(&ctx, &st, action)))
}

async fn server_alias_ips(State(app): S, Path(id): Path<String>, body: Bytes) -> ApiResult {
    let id = path_id(&id)?;
    let body = generic::body_for("POST /servers/{id}/actions/change_alias_ips", &body)?;
    let network = network_arg(&body)?;
    let aliases = strings(body.get("alias_ips"));
    let now = app.now();
    let ctx = Ctx { app: &app, now };
    let mut st = app.write();
    st.collect_garbage(now);
    let server = mutable_server(&st, id, now)?;
    let main = server
        .private_net
        .iter()
        .find(|p| p["network"].as_i64() == Some(network))
        .map(|p| p["ip"].as_str().unwrap_or_default().to_string());
    KIND.find(&st, network)?;
    let main = main.ok_or_else(|| ApiError::invalid_field("network", "server is not attached to this network"))?;
    check_alias_ips(&st, network, id, &main, &aliases)?;
    let action = generic::start_action(&ctx, &mut st, "change_alias_ips", vec![(id, "server"), (network, "network")]);
    if !st.action_failed(action)
        && let Some(p) = st
            .servers
            .get_mut(&id)
            .and_then(|s| s.private_net.iter_mut().find(|p| p["network"].as_i64() == Some(network)))
    {
        p["alias_ips"] = json!(aliases);
    }
    Ok(ApiResponse::json(StatusCode::CREATED, &generic::action_body(&ctx, &st, action)))
}

/// Runs a network action whose change is `apply` on the (settled) network object, unless the
/// action fails.
fn network_action(
    ctx: &Ctx,
    st: &mut St,
    id: i64,
    command: &'static str,
    apply: impl FnOnce(&mut Res),
) -> Result<Value, ApiError> {
    let action = generic::act(ctx, st, &KIND, id, command, vec![], apply)?;
    Ok(generic::action_body(ctx, st, action))
}

/// Runs a network action whose change is `edit` on the network's list `field` (`subnets`,
/// `routes`).
fn list_action(
    ctx: &Ctx,
    st: &mut St,
    id: i64,
    command: &'static str,
    field: &str,
    edit: impl FnOnce(&mut Vec<Value>),
) -> Result<Value, ApiError> {
    network_action(ctx, st, id, command, |r| {
        if let Some(Value::Array(list)) = r.obj.get_mut(field) {
            edit(list);
        }
    })
}

fn add_subnet(ctx: &Ctx, st: &mut St, _k: &'static Kind, id: i64, body: Value) -> Result<Value, ApiError> {
    let r = KIND.find(st, id)?;
    let sub = new_subnet(net_range(r), &subnets(r), &route_list(r), &body)?;
    list_action(ctx, st, id, "add_subnet", "subnets", |s| s.push(sub))
}

fn delete_subnet(ctx: &Ctx, st: &mut St, _k: &'static Kind, id: i64, body: Value) -> Result<Value, ApiError> {
    let r = KIND.find(st, id)?;
    let range = cidr_field("ip_range", body.get("ip_range"))?;
    if !subnets(r).iter().any(|s| subnet_range(s) == Some(range)) {
        return Err(ApiError::invalid_field("ip_range", "no subnet with this ip_range in the network"));
    }
    if used_ips(st, id).iter().any(|ip| range.has(*ip)) {
        return Err(ApiError::new(
            422,
            "resource_in_use",
            "subnet has attached resources; detach them before deleting the subnet",
        ));
    }
    list_action(ctx, st, id, "delete_subnet", "subnets", |s| s.retain(|s| subnet_range(s) != Some(range)))
}

fn add_route(ctx: &Ctx, st: &mut St, _k: &'static Kind, id: i64, body: Value) -> Result<Value, ApiError> {
    let r = KIND.find(st, id)?;
    let route = check_route(net_range(r), &subnets(r), &route_list(r), &body)?;
    list_action(ctx, st, id, "add_route", "routes", |s| s.push(route))
}

fn delete_route(ctx: &Ctx, st: &mut St, _k: &'static Kind, id: i64, body: Value) -> Result<Value, ApiError> {
    let r = KIND.find(st, id)?;
    let dest = cidr_field("destination", body.get("destination"))?;
    let gw = body["gateway"].as_str().and_then(parse_ip).map(ip_str);
    let same = |x: &Value| {
        x["destination"].as_str().and_then(Cidr::parse) == Some(dest) && x["gateway"].as_str() == gw.as_deref()
    };
    if !r.get("routes").and_then(Value::as_array).is_some_and(|a| a.iter().any(same)) {
        return Err(ApiError::invalid_field("destination", "no route with this destination and gateway"));
    }
    list_action(ctx, st, id, "delete_route", "routes", |s| s.retain(|x| !same(x)))
}

fn change_ip_range(ctx: &Ctx, st: &mut St, _k: &'static Kind, id: i64, body: Value) -> Result<Value, ApiError> {
    let r = KIND.find(st, id)?;
    let old = net_range(r);
    let new = cidr_field("ip_range", body.get("ip_range"))?;
    if !is_rfc1918(new) {
        return Err(ApiError::invalid_field("ip_range", "must be one of the private IPv4 ranges of RFC 1918"));
    }
    if new.base != old.base || new.prefix > old.prefix {
        return Err(ApiError::invalid_field(
            "ip_range",
            "can only be extended: keep the first IP and use a shorter prefix",
        ));
    }
    network_action(ctx, st, id, "change_ip_range", |r| r.set("ip_range", json!(new.to_string())))
}

/// Only the fields the update operation documents can change.
fn update(_ctx: &Ctx, _st: &mut St, _id: i64, body: &Value) -> Result<(), ApiError> {
    let other: Vec<(String, String)> = body
        .as_object()
        .into_iter()
        .flatten()
        .filter(|(k, _)| !["name", "labels", "expose_routes_to_vswitch"].contains(&k.as_str()))
        .map(|(k, _)| (k.clone(), "cannot be changed".to_string()))
        .collect();
    if other.is_empty() { Ok(()) } else { Err(ApiError::invalid_fields(other)) }
}

pub(crate) fn routes() -> Router<Arc<App>> {
    generic::routes(&KIND)
        .route("/v1/servers/{id}/actions/attach_to_network", post(server_attach))
        .route("/v1/servers/{id}/actions/detach_from_network", post(server_detach))
        .route("/v1/servers/{id}/actions/change_alias_ips", post(server_alias_ips))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cidr_math() {
        let n = Cidr::parse("10.0.0.0/16").unwrap();
        assert_eq!(n.to_string(), "10.0.0.0/16");
        assert!(Cidr::parse("10.0.0.1/16").is_none());
        assert!(n.contains(Cidr::parse("10.0.1.0/24").unwrap()));
        assert!(!n.contains(Cidr::parse("10.1.0.0/24").unwrap()));
        assert!(is_rfc1918(n));
        assert!(!is_rfc1918(Cidr::parse("11.0.0.0/16").unwrap()));
        assert_eq!(ip_str(n.last()), "10.0.255.255");
        let sub = new_subnet(n, &[], &[], &json!({"type": "cloud", "network_zone": "eu-central"})).unwrap();
        assert_eq!(sub["ip_range"], "10.0.0.0/24");
        assert_eq!(sub["gateway"], "10.0.0.1");
        let sub2 = new_subnet(n, &[sub], &[], &json!({"type": "cloud", "network_zone": "eu-central"})).unwrap();
        assert_eq!(sub2["ip_range"], "10.0.1.0/24");
    }
}
