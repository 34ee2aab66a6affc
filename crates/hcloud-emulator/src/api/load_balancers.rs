//! Load balancers and their types.
//!
//! A load balancer is stored as served, with its services (health checks and HTTP settings
//! filled with the API's defaults) and targets. What depends on other resources is computed
//! when served: the servers a label-selector target resolves to, the IPs targets are reached at
//! and each target's health per service (healthy while the server runs and, for private
//! targets, is attached to the load balancer's network). The limits of the type (services,
//! targets, certificates) are enforced.

use std::sync::{Arc, OnceLock};

use axum::Router;
use axum::extract::{Path, RawQuery, State};
use axum::routing::get;
use http::StatusCode;
use serde_json::{Map, Value, json};

use super::generic::{self, Created, Ctx, Kind};
use super::networks::{self, Cidr, is_rfc1918};
use super::primary_ips::{default_ptr, location_json};
use super::{S, path_id};
use crate::catalog::catalog;
use crate::clock::parse_rfc3339;
use crate::error::{ApiError, ApiResponse, ApiResult};
use crate::labels::Selector;
use crate::list::{Query, list_body, one_body, paginate};
use crate::server::App;
use crate::state::{EmuMs, State as St};
use crate::store::Res;

pub(crate) static KIND: Kind = Kind {
    create: Some(create),
    delete: Some(delete),
    update: Some(generic::only_name_and_labels),
    view: Some(view),
    actions: &[
        ("add_service", add_service),
        ("update_service", update_service),
        ("delete_service", delete_service),
        ("add_target", add_target),
        ("remove_target", remove_target),
        ("attach_to_network", attach_to_network),
        ("detach_from_network", detach_from_network),
        ("change_algorithm", change_algorithm),
        ("change_dns_ptr", change_dns_ptr),
        ("change_protection", generic::change_protection),
        ("change_type", change_type),
        ("enable_public_interface", enable_public_interface),
        ("disable_public_interface", disable_public_interface),
    ],
    ..Kind::base("load_balancer", "load_balancers", "load_balancer", "load balancer")
};

static TYPES: OnceLock<Vec<Value>> = OnceLock::new();

fn types() -> &'static [Value] {
    TYPES.get_or_init(|| {
        serde_json::from_str(include_str!("../load_balancer_types.json")).expect("load_balancer_types.json is JSON")
    })
}

/// The load balancer types of the catalogue, as served by `GET /load_balancer_types`.
pub(crate) fn load_balancer_types() -> Vec<Value> {
    types().to_vec()
}

/// A load balancer type by id or name.
fn lb_type(reference: &str) -> Option<&'static Value> {
    types().iter().find(|t| t["name"] == reference || t["id"].as_i64().is_some_and(|id| id.to_string() == reference))
}

async fn list_types(RawQuery(q): RawQuery) -> ApiResult {
    let q = Query::parse(q.as_deref());
    let page = q.page()?;
    let name = q.get("name");
    let items: Vec<&Value> = types().iter().filter(|t| name.is_none_or(|n| t["name"] == n)).collect();
    let (items, p) = paginate(items, page);
    Ok(ApiResponse::raw(StatusCode::OK, list_body("load_balancer_types", &items, Some(p))))
}

async fn get_type(Path(id): Path<String>) -> ApiResult {
    let id = path_id(&id)?;
    let t = types()
        .iter()
        .find(|t| t["id"].as_i64() == Some(id))
        .ok_or_else(|| ApiError::not_found("load balancer type"))?;
    Ok(ApiResponse::raw(StatusCode::OK, one_body("load_balancer_type", t)))
}

fn limit(t: &Value, key: &str) -> usize {
    t[key].as_u64().unwrap_or(0) as usize
}

fn limit_exceeded(what: &str, max: usize) -> ApiError {
    ApiError::new(403, "resource_limit_exceeded", format!("the load balancer type allows at most {max} {what}"))
        .with_details(json!({ "limits": [{ "name": format!("max_{what}") }] }))
}

fn invalid(field: &str, msg: impl Into<String>) -> ApiError {
    ApiError::invalid_field(field, msg)
}

fn arr<'a>(v: &'a Value, key: &str) -> &'a [Value] {
    v.get(key).and_then(Value::as_array).map_or(&[], Vec::as_slice)
}

// ---------------------------------------------------------------------------------------------
// Services

fn default_hc_http() -> Value {
    json!({ "domain": null, "path": "/", "response": "", "status_codes": ["2??", "3??"], "tls": false })
}

/// Overlays the object `over` onto `base` (one level).
fn overlay(base: &mut Value, over: Option<&Value>) {
    if let (Value::Object(b), Some(Value::Object(o))) = (base, over) {
        for (k, v) in o {
            if !v.is_null() || k == "domain" {
                b.insert(k.clone(), v.clone());
            }
        }
    }
}

fn range_check(v: &Value, key: &str, lo: i64, hi: i64, field: &str) -> Result<(), ApiError> {
    match v[key].as_i64() {
        Some(n) if (lo..=hi).contains(&n) => Ok(()),
        _ => Err(invalid(field, format!("must be between {lo} and {hi}"))),
    }
}

/// The service as stored: the request merged over `existing` (for updates) or the API's
/// defaults.
fn build_service(st: &St, req: &Value, existing: Option<&Value>) -> Result<Value, ApiError> {
    let protocol = req["protocol"]
        .as_str()
        .or_else(|| existing.and_then(|e| e["protocol"].as_str()))
        .ok_or_else(|| invalid("protocol", "is required"))?
        .to_string();
    if !["tcp", "http", "https"].contains(&protocol.as_str()) {
        return Err(invalid("protocol", "must be one of tcp, http, https"));
    }
    let pick = |key: &str| req[key].as_i64().or_else(|| existing.and_then(|e| e[key].as_i64()));
    let listen_port = pick("listen_port").or(match protocol.as_str() {
        "http" => Some(80),
        "https" => Some(443),
        _ => None,
    });
    let listen_port = listen_port.ok_or_else(|| invalid("listen_port", "is required for protocol tcp"))?;
    let destination_port = pick("destination_port")
        .or(if protocol == "tcp" { None } else { Some(80) })
        .ok_or_else(|| invalid("destination_port", "is required for protocol tcp"))?;
    for (name, p) in [("listen_port", listen_port), ("destination_port", destination_port)] {
        if !(1..=65535).contains(&p) {
            return Err(invalid(name, "must be between 1 and 65535"));
        }
    }
    let proxyprotocol =
        req["proxyprotocol"].as_bool().or_else(|| existing.and_then(|e| e["proxyprotocol"].as_bool())).unwrap_or(false);
    let mut hc = match existing {
        Some(e) if e.get("health_check").is_some() => e["health_check"].clone(),
        _ => json!({
            "protocol": if protocol == "tcp" { "tcp" } else { "http" },
            "port": destination_port,
            "interval": 15,
            "timeout": 10,
            "retries": 3,
        }),
    };
    let hc_req = req.get("health_check").filter(|v| v.is_object());
    let hc_http_req = hc_req.and_then(|h| h.get("http")).cloned();
    overlay(&mut hc, hc_req);
    // The document defines `http` for every health check; a tcp check keeps the defaults.
    {
        let mut http = match existing.and_then(|e| e.pointer("/health_check/http")) {
            Some(h) if h.is_object() => h.clone(),
            _ => default_hc_http(),
        };
        overlay(&mut http, hc_http_req.as_ref());
        for (k, d) in default_hc_http().as_object().into_iter().flatten() {
            if http.get(k).is_none() {
                http[k] = d.clone();
            }
        }
        hc["http"] = http;
    }
    if !["tcp", "http"].contains(&hc["protocol"].as_str().unwrap_or_default()) {
        return Err(invalid("health_check.protocol", "must be one of tcp, http"));
    }
    range_check(&hc, "port", 1, 65535, "health_check.port")?;
    range_check(&hc, "interval", 3, 60, "health_check.interval")?;
    range_check(&hc, "timeout", 1, 60, "health_check.timeout")?;
    range_check(&hc, "retries", 1, 5, "health_check.retries")?;
    let mut service = json!({
        "protocol": protocol,
        "listen_port": listen_port,
        "destination_port": destination_port,
        "proxyprotocol": proxyprotocol,
        "health_check": hc,
    });
    if protocol != "tcp" {
        let mut http = match existing.and_then(|e| e.get("http")) {
            Some(h) if h.is_object() => h.clone(),
            _ => json!({
                "cookie_name": "HCLBSTICKY",
                "cookie_lifetime": 300,
                "timeout_idle": 50,
                "certificates": [],
                "redirect_http": false,
                "sticky_sessions": false,
            }),
        };
        overlay(&mut http, req.get("http"));
        range_check(&http, "cookie_lifetime", 30, 86400, "http.cookie_lifetime")?;
        range_check(&http, "timeout_idle", 30, 300, "http.timeout_idle")?;
        if http["cookie_name"].as_str().is_none_or(|n| n.is_empty() || n.len() > 100) {
            return Err(invalid("http.cookie_name", "must be 1 to 100 characters"));
        }
        let certs: Vec<i64> = arr(&http, "certificates").iter().filter_map(Value::as_i64).collect();
        if protocol == "http" {
            if !certs.is_empty() {
                return Err(invalid("http.certificates", "only services of protocol https can have certificates"));
            }
            if http["redirect_http"] == true {
                return Err(invalid("http.redirect_http", "is only available for protocol https"));
            }
        }
        for c in &certs {
            if st.store.get("certificate", *c).is_none() {
                return Err(invalid("http.certificates", format!("certificate {c} not found")));
            }
        }
        service["http"] = http;
    }
    Ok(service)
}

fn certificates_of(services: &[Value]) -> Vec<i64> {
    let mut out: Vec<i64> =
        services.iter().flat_map(|s| arr(&s["http"], "certificates").iter().filter_map(Value::as_i64)).collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Checks the service list against the type's limits.
fn check_services(services: &[Value], t: &Value) -> Result<(), ApiError> {
    if services.len() > limit(t, "max_services") {
        return Err(limit_exceeded("services", limit(t, "max_services")));
    }
    let certs = certificates_of(services).len();
    if certs > limit(t, "max_assigned_certificates") {
        return Err(limit_exceeded("assigned_certificates", limit(t, "max_assigned_certificates")));
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Targets

/// The network the load balancer is attached to.
fn lb_network(lb: &Value) -> Option<i64> {
    arr(lb, "private_net").first().and_then(|p| p["network"].as_i64())
}

fn primary_ipv4(st: &St, server: i64) -> Option<String> {
    let s = st.servers.get(&server)?;
    st.store.get("primary_ip", s.ipv4?).and_then(|r| r.str("ip")).map(str::to_string)
}

fn primary_ipv6_net(st: &St, server: i64) -> Option<String> {
    let s = st.servers.get(&server)?;
    st.store.get("primary_ip", s.ipv6?).and_then(|r| r.str("ip")).map(str::to_string)
}

fn private_ip(st: &St, server: i64, network: Option<i64>) -> Option<String> {
    let network = network?;
    st.servers
        .get(&server)?
        .private_net
        .iter()
        .find(|p| p["network"].as_i64() == Some(network))
        .and_then(|p| p["ip"].as_str())
        .map(str::to_string)
}

fn health(st: &St, now: EmuMs, server: Option<i64>, reachable: bool, ports: &[i64]) -> Value {
    let ok = reachable && server.is_none_or(|id| st.server(id, now).is_some_and(|s| s.status(now) == "running"));
    Value::Array(
        ports.iter().map(|p| json!({ "listen_port": p, "status": if ok { "healthy" } else { "unhealthy" } })).collect(),
    )
}

/// Servers a label selector matches, as resolved targets.
fn resolve_selector(
    st: &St,
    now: EmuMs,
    selector: &str,
    private: bool,
    network: Option<i64>,
    ports: &[i64],
) -> Vec<Value> {
    let Ok(sel) = Selector::parse(selector) else { return Vec::new() };
    st.servers
        .values()
        .filter(|s| !s.is_gone(now) && sel.matches(&s.labels))
        .map(|s| {
            let ip = if private { private_ip(st, s.id, network) } else { primary_ipv4(st, s.id) };
            let reachable = ip.is_some();
            json!({
                "type": "server",
                "server": { "id": s.id, "ip": ip.unwrap_or_default() },
                "health_status": health(st, now, Some(s.id), reachable, ports),
                "use_private_ip": private,
            })
        })
        .collect()
}

/// Fills the computed parts of a target: IPs, health, resolved label-selector servers.
fn resolve_target(st: &St, now: EmuMs, network: Option<i64>, ports: &[i64], t: &mut Value) {
    let private = t["use_private_ip"].as_bool().unwrap_or(false);
    match t["type"].as_str() {
        Some("server") => {
            let id = t.pointer("/server/id").and_then(Value::as_i64).unwrap_or(0);
            let reachable = if private {
                let ip = private_ip(st, id, network);
                if let Some(ip) = &ip {
                    t["server"]["ip"] = json!(ip);
                }
                ip.is_some()
            } else {
                true
            };
            t["health_status"] = health(st, now, Some(id), reachable, ports);
        }
        Some("label_selector") => {
            let sel = t.pointer("/label_selector/selector").and_then(Value::as_str).unwrap_or_default().to_string();
            t["targets"] = Value::Array(resolve_selector(st, now, &sel, private, network, ports));
        }
        _ => t["health_status"] = health(st, now, None, true, ports),
    }
}

fn ports(lb: &Value) -> Vec<i64> {
    arr(lb, "services").iter().filter_map(|s| s["listen_port"].as_i64()).collect()
}

fn resolve_all(st: &St, now: EmuMs, lb: &mut Value) {
    let network = lb_network(lb);
    let ports = ports(lb);
    if let Some(Value::Array(targets)) = lb.get_mut("targets") {
        for t in targets {
            resolve_target(st, now, network, &ports, t);
        }
    }
}

fn view(ctx: &Ctx, st: &St, r: &Res) -> Value {
    let mut v = r.view(ctx.now);
    resolve_all(st, ctx.now, &mut v);
    v
}

/// Targets counted against `max_targets` (a label selector counts the servers it resolves to).
fn target_count(st: &St, now: EmuMs, lb: &Value) -> usize {
    arr(lb, "targets")
        .iter()
        .map(|t| match t["type"].as_str() {
            Some("label_selector") => {
                let sel = t.pointer("/label_selector/selector").and_then(Value::as_str).unwrap_or_default();
                resolve_selector(st, now, sel, false, None, &[]).len()
            }
            _ => 1,
        })
        .sum()
}

fn same_target(a: &Value, b: &Value) -> bool {
    a["type"] == b["type"]
        && match a["type"].as_str() {
            Some("server") => a.pointer("/server/id") == b.pointer("/server/id"),
            Some("label_selector") => a.pointer("/label_selector/selector") == b.pointer("/label_selector/selector"),
            _ => a.pointer("/ip/ip").and_then(Value::as_str) == b.pointer("/ip/ip").and_then(Value::as_str),
        }
}

fn err422(code: &str, msg: &str) -> ApiError {
    ApiError::new(422, code, msg)
}

/// Validates a target request against the load balancer (`lb`, as stored) and returns the
/// target to store.
fn build_target(st: &St, now: EmuMs, lb: &Value, req: &Value) -> Result<Value, ApiError> {
    let kind = req["type"].as_str().ok_or_else(|| invalid("type", "is required"))?;
    let private = req["use_private_ip"].as_bool().unwrap_or(false);
    let network = lb_network(lb);
    let public_enabled = lb.pointer("/public_net/enabled").and_then(Value::as_bool).unwrap_or(true);
    if private && network.is_none() {
        return Err(err422("load_balancer_not_attached_to_network", "the load balancer is not attached to a network"));
    }
    let target = match kind {
        "server" => {
            let id =
                req.pointer("/server/id").and_then(Value::as_i64).ok_or_else(|| invalid("server.id", "is required"))?;
            st.server(id, now).ok_or_else(|| ApiError::not_found("server"))?;
            let ip = if private {
                private_ip(st, id, network).ok_or_else(|| {
                    err422(
                        "resolve_cloud_private_targets_error",
                        "the server is not attached to the load balancer's network",
                    )
                })?
            } else {
                if !public_enabled {
                    return Err(err422(
                        "load_balancer_public_interface_disabled",
                        "the load balancer's public interface is disabled",
                    ));
                }
                match req.pointer("/server/ip").and_then(Value::as_str) {
                    Some(ip) => {
                        let v4 = primary_ipv4(st, id);
                        let in_v6 = primary_ipv6_net(st, id).is_some_and(|net| ipv6_in(ip, &net));
                        if v4.as_deref() != Some(ip) && !in_v6 {
                            return Err(err422(
                                "ip_not_assigned_to_server",
                                "the IP is neither the server's primary IPv4 nor in its IPv6 subnet",
                            ));
                        }
                        ip.to_string()
                    }
                    None => primary_ipv4(st, id).ok_or_else(|| {
                        err422("resolve_cloud_public_targets_error", "the server has no public IPv4 address")
                    })?,
                }
            };
            json!({ "type": "server", "server": { "id": id, "ip": ip }, "health_status": [], "use_private_ip": private })
        }
        "label_selector" => {
            let sel = req
                .pointer("/label_selector/selector")
                .and_then(Value::as_str)
                .ok_or_else(|| invalid("label_selector.selector", "is required"))?;
            Selector::parse(sel).map_err(|e| invalid("label_selector.selector", e))?;
            if !private && !public_enabled {
                return Err(err422(
                    "load_balancer_public_interface_disabled",
                    "the load balancer's public interface is disabled",
                ));
            }
            json!({ "type": "label_selector", "label_selector": { "selector": sel }, "targets": [], "use_private_ip": private })
        }
        "ip" => {
            let ip = req.pointer("/ip/ip").and_then(Value::as_str).ok_or_else(|| invalid("ip.ip", "is required"))?;
            let parsed: std::net::IpAddr = ip.parse().map_err(|_| invalid("ip.ip", "is not a valid IP address"))?;
            match parsed {
                std::net::IpAddr::V4(v4) if is_rfc1918(Cidr { base: u32::from(v4), prefix: 32 }) => {
                    let network = network.ok_or_else(|| {
                        err422(
                            "load_balancer_not_attached_to_network",
                            "the load balancer is not attached to a network",
                        )
                    })?;
                    let subs: Vec<Value> = st
                        .store
                        .get("network", network)
                        .and_then(|n| n.get("subnets"))
                        .and_then(Value::as_array)
                        .map(|a| a.iter().filter(|s| s["type"] == "vswitch").cloned().collect())
                        .unwrap_or_default();
                    if subs.is_empty() {
                        return Err(err422("network_has_no_vswitch_subnet", "the network has no vswitch subnet"));
                    }
                    let inside = subs
                        .iter()
                        .any(|s| s["ip_range"].as_str().and_then(Cidr::parse).is_some_and(|c| c.has(u32::from(v4))));
                    if !inside {
                        return Err(err422(
                            "ip_not_in_vswitch_subnet",
                            "the IP is not in the network's vswitch subnet",
                        ));
                    }
                }
                _ => {
                    let text = parsed.to_string();
                    let cloud = ["primary_ip", "floating_ip"]
                        .iter()
                        .any(|k| st.store.all(k).any(|r| r.str("ip").is_some_and(|i| i == text || ipv6_in(&text, i))))
                        || st.store.all("load_balancer").any(|r| {
                            r.get("public_net").is_some_and(|p| {
                                p.pointer("/ipv4/ip").and_then(Value::as_str) == Some(&text)
                                    || p.pointer("/ipv6/ip").and_then(Value::as_str) == Some(&text)
                            })
                        });
                    if cloud {
                        return Err(err422("ip_not_owned", "IPs of Hetzner Cloud resources cannot be targets"));
                    }
                    if !public_enabled {
                        return Err(err422(
                            "load_balancer_public_interface_disabled",
                            "the load balancer's public interface is disabled",
                        ));
                    }
                }
            }
            json!({ "type": "ip", "ip": { "ip": parsed.to_string() }, "health_status": [] })
        }
        _ => return Err(invalid("type", "must be one of server, label_selector, ip")),
    };
    if arr(lb, "targets").iter().any(|t| same_target(t, &target)) {
        return Err(err422("target_already_defined", "the target is already defined"));
    }
    Ok(target)
}

/// Whether an IPv6 address lies in a `prefix/len` network (textual, /64 granularity).
fn ipv6_in(ip: &str, net: &str) -> bool {
    let Some((base, len)) = net.split_once('/') else { return false };
    let (Ok(ip), Ok(base), Ok(len)) =
        (ip.parse::<std::net::Ipv6Addr>(), base.parse::<std::net::Ipv6Addr>(), len.parse::<u32>())
    else {
        return false;
    };
    let mask = if len == 0 { 0 } else { u128::MAX << (128 - len.min(128)) };
    u128::from(ip) & mask == u128::from(base) & mask
}

// ---------------------------------------------------------------------------------------------
// Create

fn create(ctx: &Ctx, st: &mut St, body: Value) -> Result<Created, ApiError> {
    let name = body["name"].as_str().unwrap_or_default();
    generic::check_name(&KIND, st, name, 0)?;
    let type_ref = match &body["load_balancer_type"] {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        _ => return Err(invalid("load_balancer_type", "is required")),
    };
    let t = lb_type(&type_ref)
        .ok_or_else(|| invalid("load_balancer_type", format!("load balancer type '{type_ref}' not found")))?;
    let cat = catalog();
    let location = match (body["location"].as_str(), body["network_zone"].as_str()) {
        (Some(l), _) => cat.location(l).ok_or_else(|| invalid("location", format!("location '{l}' not found")))?,
        (None, Some(z)) => (0..cat.locations.len())
            .find(|&i| networks::zone_of(i) == z)
            .ok_or_else(|| invalid("network_zone", format!("network zone '{z}' not found")))?,
        (None, None) => return Err(invalid("location", "location or network_zone is required")),
    };
    let zone = networks::zone_of(location);
    if let Some(z) = body["network_zone"].as_str()
        && z != zone
    {
        return Err(invalid("network_zone", "does not match the location's network zone"));
    }
    let algorithm = body.pointer("/algorithm/type").and_then(Value::as_str).unwrap_or("round_robin");
    if !["round_robin", "least_connections"].contains(&algorithm) {
        return Err(invalid("algorithm.type", "must be one of round_robin, least_connections"));
    }
    let lname = cat.locations[location].name.clone();
    let price = arr(t, "prices").iter().find(|p| p["location"] == lname.as_str()).cloned();
    let included_traffic = price.as_ref().and_then(|p| p["included_traffic"].as_i64()).unwrap_or(0);
    let mut private_net = Vec::new();
    if let Some(n) = body.get("network").and_then(Value::as_i64) {
        if st.store.get("network", n).is_none() {
            return Err(invalid("network", format!("network {n} not found")));
        }
        let ip = networks::pick_ip(st, n, &zone, None, None)?;
        private_net.push(json!({ "network": n, "ip": ip }));
    }
    let public = body["public_interface"].as_bool().unwrap_or(true);
    let mut lb = json!({
        "public_net": { "enabled": public },
        "private_net": private_net,
        "services": [],
        "targets": [],
    });
    let mut services: Vec<Value> = Vec::new();
    for s in arr(&body, "services") {
        let svc = build_service(st, s, None)?;
        if services.iter().any(|x| x["listen_port"] == svc["listen_port"]) {
            return Err(ApiError::new(
                412,
                "source_port_already_used",
                "the listen port is already used by another service",
            ));
        }
        services.push(svc);
    }
    check_services(&services, t)?;
    lb["services"] = json!(services);
    for req in arr(&body, "targets") {
        let target = build_target(st, ctx.now, &lb, req)?;
        if let Some(Value::Array(ts)) = lb.get_mut("targets") {
            ts.push(target);
        }
    }
    if target_count(st, ctx.now, &lb) > limit(t, "max_targets") {
        return Err(limit_exceeded("targets", limit(t, "max_targets")));
    }
    let ipv4 = st.random_ipv4(ctx.now);
    let v6net = st.random_ipv6_net();
    let ipv6 = v6net.replace("::/64", "::1");
    let id = st.alloc_id();
    let mut o = generic::new_object(ctx, id, &body, Some(json!({ "delete": false })))?;
    let ptr = default_ptr(ipv4);
    o.insert(
        "public_net".into(),
        json!({
            "enabled": public,
            "ipv4": { "ip": ipv4.to_string(), "dns_ptr": ptr },
            "ipv6": { "ip": ipv6, "dns_ptr": ptr },
        }),
    );
    o.insert("private_net".into(), lb["private_net"].take());
    o.insert("location".into(), location_json(location));
    o.insert("load_balancer_type".into(), t.clone());
    o.insert("services".into(), lb["services"].take());
    o.insert("targets".into(), lb["targets"].take());
    o.insert("algorithm".into(), json!({ "type": algorithm }));
    o.insert("outgoing_traffic".into(), json!(0));
    o.insert("ingoing_traffic".into(), json!(0));
    o.insert("included_traffic".into(), json!(included_traffic));
    st.store.insert(KIND.kind, Res::new(o));
    let action = generic::start_action(ctx, st, "create_load_balancer", vec![(id, "load_balancer")]);
    refresh(ctx, st, id);
    Ok(Created { id, status: StatusCode::CREATED, extra: vec![("action", ctx.action(st, action))] })
}

/// Stores the computed target parts, so that readers of the stored object (the server view's
/// `load_balancers`) see the servers label selectors resolve to at the last change.
fn refresh(ctx: &Ctx, st: &mut St, id: i64) {
    let Some(r) = st.store.get(KIND.kind, id) else { return };
    let mut v = Value::Object(r.obj.clone());
    resolve_all(st, ctx.now, &mut v);
    if let Some(r) = st.store.get_mut(KIND.kind, id, ctx.now) {
        r.set("targets", v["targets"].take());
    }
}

// ---------------------------------------------------------------------------------------------
// Actions

/// The load balancer as stored (settled), as a JSON value.
fn current(st: &mut St, id: i64, now: EmuMs) -> Result<Value, ApiError> {
    Ok(Value::Object(KIND.find_mut(st, id, now)?.obj.clone()))
}

/// Runs an action: `apply` changes the stored object unless the action fails.
fn lb_action(
    ctx: &Ctx,
    st: &mut St,
    id: i64,
    command: &'static str,
    extra: Vec<(i64, &'static str)>,
    apply: impl FnOnce(&mut Map<String, Value>),
) -> Result<Value, ApiError> {
    let action = generic::act(ctx, st, &KIND, id, command, extra, |r| apply(&mut r.obj))?;
    if !st.action_failed(action) {
        refresh(ctx, st, id);
    }
    Ok(generic::action_body(ctx, st, action))
}

fn add_service(ctx: &Ctx, st: &mut St, _k: &'static Kind, id: i64, body: Value) -> Result<Value, ApiError> {
    let lb = current(st, id, ctx.now)?;
    let svc = build_service(st, &body, None)?;
    let mut services = arr(&lb, "services").to_vec();
    if services.iter().any(|s| s["listen_port"] == svc["listen_port"]) {
        return Err(ApiError::new(
            412,
            "source_port_already_used",
            "the listen port is already used by another service",
        ));
    }
    services.push(svc);
    check_services(&services, &lb["load_balancer_type"])?;
    lb_action(ctx, st, id, "add_service", vec![], |o| {
        o.insert("services".into(), json!(services));
    })
}

fn update_service(ctx: &Ctx, st: &mut St, _k: &'static Kind, id: i64, body: Value) -> Result<Value, ApiError> {
    let lb = current(st, id, ctx.now)?;
    let port = body["listen_port"].as_i64().ok_or_else(|| invalid("listen_port", "is required"))?;
    let mut services = arr(&lb, "services").to_vec();
    let idx = services
        .iter()
        .position(|s| s["listen_port"].as_i64() == Some(port))
        .ok_or_else(|| invalid("listen_port", format!("no service listens on port {port}")))?;
    let svc = build_service(st, &body, Some(&services[idx]))?;
    services[idx] = svc;
    check_services(&services, &lb["load_balancer_type"])?;
    lb_action(ctx, st, id, "update_service", vec![], |o| {
        o.insert("services".into(), json!(services));
    })
}

fn delete_service(ctx: &Ctx, st: &mut St, _k: &'static Kind, id: i64, body: Value) -> Result<Value, ApiError> {
    let lb = current(st, id, ctx.now)?;
    let port = body["listen_port"].as_i64().ok_or_else(|| invalid("listen_port", "is required"))?;
    if !arr(&lb, "services").iter().any(|s| s["listen_port"].as_i64() == Some(port)) {
        return Err(invalid("listen_port", format!("no service listens on port {port}")));
    }
    lb_action(ctx, st, id, "delete_service", vec![], |o| {
        if let Some(Value::Array(s)) = o.get_mut("services") {
            s.retain(|s| s["listen_port"].as_i64() != Some(port));
        }
    })
}

fn add_target(ctx: &Ctx, st: &mut St, _k: &'static Kind, id: i64, body: Value) -> Result<Value, ApiError> {
    let mut lb = current(st, id, ctx.now)?;
    let target = build_target(st, ctx.now, &lb, &body)?;
    if let Some(Value::Array(ts)) = lb.get_mut("targets") {
        ts.push(target.clone());
    }
    let max = limit(&lb["load_balancer_type"], "max_targets");
    if target_count(st, ctx.now, &lb) > max {
        return Err(limit_exceeded("targets", max));
    }
    lb_action(ctx, st, id, "add_target", vec![], |o| {
        if let Some(Value::Array(ts)) = o.get_mut("targets") {
            ts.push(target);
        }
    })
}

fn remove_target(ctx: &Ctx, st: &mut St, _k: &'static Kind, id: i64, body: Value) -> Result<Value, ApiError> {
    let lb = current(st, id, ctx.now)?;
    let mut probe = body.clone();
    if let Some(ip) = body.pointer("/ip/ip").and_then(Value::as_str).and_then(|i| i.parse::<std::net::IpAddr>().ok()) {
        probe["ip"]["ip"] = json!(ip.to_string());
    }
    if !arr(&lb, "targets").iter().any(|t| same_target(t, &probe)) {
        return Err(invalid("type", "the load balancer has no such target"));
    }
    lb_action(ctx, st, id, "remove_target", vec![], |o| {
        if let Some(Value::Array(ts)) = o.get_mut("targets") {
            ts.retain(|t| !same_target(t, &probe));
        }
    })
}

fn attach_to_network(ctx: &Ctx, st: &mut St, _k: &'static Kind, id: i64, body: Value) -> Result<Value, ApiError> {
    let lb = current(st, id, ctx.now)?;
    let network = body["network"].as_i64().ok_or_else(|| invalid("network", "is required"))?;
    if st.store.get("network", network).is_none() {
        return Err(ApiError::not_found("network"));
    }
    if !arr(&lb, "private_net").is_empty() {
        return Err(err422("load_balancer_already_attached", "the load balancer is already attached to a network"));
    }
    let zone = lb.pointer("/location/network_zone").and_then(Value::as_str).unwrap_or_default().to_string();
    let ip = networks::pick_ip(st, network, &zone, body["ip"].as_str(), body["ip_range"].as_str())?;
    lb_action(ctx, st, id, "attach_to_network", vec![(network, "network")], |o| {
        o.insert("private_net".into(), json!([{ "network": network, "ip": ip }]));
    })
}

fn detach_from_network(ctx: &Ctx, st: &mut St, _k: &'static Kind, id: i64, body: Value) -> Result<Value, ApiError> {
    let lb = current(st, id, ctx.now)?;
    let network = body["network"].as_i64().ok_or_else(|| invalid("network", "is required"))?;
    if st.store.get("network", network).is_none() {
        return Err(ApiError::not_found("network"));
    }
    if lb_network(&lb) != Some(network) {
        return Err(invalid("network", "the load balancer is not attached to this network"));
    }
    if lb.pointer("/public_net/enabled") == Some(&json!(false)) {
        return Err(err422(
            "load_balancer_public_interface_disabled",
            "enable the public interface before detaching the load balancer from its network",
        ));
    }
    lb_action(ctx, st, id, "detach_from_network", vec![(network, "network")], |o| {
        o.insert("private_net".into(), json!([]));
    })
}

fn change_algorithm(ctx: &Ctx, st: &mut St, _k: &'static Kind, id: i64, body: Value) -> Result<Value, ApiError> {
    let kind = body["type"].as_str().unwrap_or_default().to_string();
    if !["round_robin", "least_connections"].contains(&kind.as_str()) {
        return Err(invalid("type", "must be one of round_robin, least_connections"));
    }
    lb_action(ctx, st, id, "change_algorithm", vec![], |o| {
        o.insert("algorithm".into(), json!({ "type": kind }));
    })
}

fn change_dns_ptr(ctx: &Ctx, st: &mut St, _k: &'static Kind, id: i64, body: Value) -> Result<Value, ApiError> {
    let lb = current(st, id, ctx.now)?;
    let ip = body["ip"].as_str().ok_or_else(|| invalid("ip", "is required"))?.to_string();
    let ptr = body.get("dns_ptr").cloned().unwrap_or(Value::Null);
    if !(ptr.is_null() || ptr.as_str().is_some_and(|p| !p.is_empty() && p.len() <= 255)) {
        return Err(invalid("dns_ptr", "must be a hostname or null"));
    }
    let family = if lb.pointer("/public_net/ipv4/ip").and_then(Value::as_str) == Some(&ip) {
        "ipv4"
    } else if lb.pointer("/public_net/ipv6/ip").and_then(Value::as_str) == Some(&ip) {
        "ipv6"
    } else {
        return Err(invalid("ip", "is not an IP of this load balancer"));
    };
    let value = match (&ptr, family) {
        (Value::Null, "ipv4") => ip.parse().map_or(Value::Null, |ip| json!(default_ptr(ip))),
        _ => ptr,
    };
    lb_action(ctx, st, id, "change_dns_ptr", vec![], |o| {
        if let Some(slot) = o.get_mut("public_net").and_then(|p| p.get_mut(family)) {
            slot["dns_ptr"] = value;
        }
    })
}

fn change_type(ctx: &Ctx, st: &mut St, _k: &'static Kind, id: i64, body: Value) -> Result<Value, ApiError> {
    let lb = current(st, id, ctx.now)?;
    let reference = match &body["load_balancer_type"] {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        _ => return Err(invalid("load_balancer_type", "is required")),
    };
    let t = lb_type(&reference)
        .ok_or_else(|| invalid("load_balancer_type", format!("load balancer type '{reference}' not found")))?;
    let services = arr(&lb, "services");
    if services.len() > limit(t, "max_services")
        || target_count(st, ctx.now, &lb) > limit(t, "max_targets")
        || certificates_of(services).len() > limit(t, "max_assigned_certificates")
    {
        return Err(err422(
            "invalid_load_balancer_type",
            "the load balancer has more services, targets or certificates than the type allows",
        ));
    }
    let location = lb.pointer("/location/name").cloned().unwrap_or(Value::Null);
    let traffic = arr(t, "prices").iter().find(|p| p["location"] == location).map(|p| p["included_traffic"].clone());
    let t = t.clone();
    lb_action(ctx, st, id, "change_load_balancer_type", vec![], |o| {
        o.insert("load_balancer_type".into(), t);
        if let Some(tr) = traffic {
            o.insert("included_traffic".into(), tr);
        }
    })
}

fn set_public(o: &mut Map<String, Value>, enabled: bool) {
    if let Some(p) = o.get_mut("public_net") {
        p["enabled"] = json!(enabled);
    }
}

fn enable_public_interface(ctx: &Ctx, st: &mut St, _k: &'static Kind, id: i64, _b: Value) -> Result<Value, ApiError> {
    lb_action(ctx, st, id, "enable_public_interface", vec![], |o| set_public(o, true))
}

fn disable_public_interface(ctx: &Ctx, st: &mut St, _k: &'static Kind, id: i64, _b: Value) -> Result<Value, ApiError> {
    let lb = current(st, id, ctx.now)?;
    if lb_network(&lb).is_none() {
        return Err(err422("load_balancer_not_attached_to_network", "the load balancer is not attached to a network"));
    }
    if arr(&lb, "targets").iter().any(|t| t["type"] != "ip" && t["use_private_ip"] != true) {
        return Err(err422(
            "targets_without_use_private_ip",
            "the load balancer has targets that use the public IP instead of the private IP",
        ));
    }
    lb_action(ctx, st, id, "disable_public_interface", vec![], |o| set_public(o, false))
}

// ---------------------------------------------------------------------------------------------
// Metrics

/// A smooth, deterministic load curve in `[0, 1]` for a load balancer at a time.
fn load(seed: i64, t: f64) -> f64 {
    let day = (t / 86_400.0 * std::f64::consts::TAU).sin() * 0.35 + 0.55;
    let noise = ((t / 60.0).floor() * 12.9898 + seed as f64 * 78.233).sin() * 43_758.547;
    (day + (noise - noise.floor() - 0.5) * 0.2).clamp(0.0, 1.0)
}

async fn metrics(State(app): S, Path(id): Path<String>, RawQuery(q): RawQuery) -> ApiResult {
    let id = path_id(&id)?;
    let q = Query::parse(q.as_deref());
    const TYPES_ALLOWED: &[&str] = &["open_connections", "connections_per_second", "requests_per_second", "bandwidth"];
    let mut kinds: Vec<String> = Vec::new();
    for v in q.all("type") {
        for k in v.split(',').map(str::trim).filter(|k| !k.is_empty()) {
            if !TYPES_ALLOWED.contains(&k) {
                return Err(ApiError::invalid_query(
                    "type",
                    format!("'{k}' is not one of {}", TYPES_ALLOWED.join(", ")),
                ));
            }
            if !kinds.iter().any(|x| x == k) {
                kinds.push(k.to_string());
            }
        }
    }
    if kinds.is_empty() {
        return Err(ApiError::invalid_query("type", "is required"));
    }
    let time = |key: &str| -> Result<f64, ApiError> {
        let raw = q.get(key).ok_or_else(|| ApiError::invalid_query(key, "is required"))?;
        parse_rfc3339(raw).ok_or_else(|| ApiError::invalid_query(key, "must be an RFC 3339 time"))
    };
    let (start, end) = (time("start")?, time("end")?);
    if end < start {
        return Err(ApiError::invalid_query("end", "must not be before start"));
    }
    let span = end - start;
    let mut step = match q.get("step") {
        Some(s) => s
            .parse::<f64>()
            .ok()
            .filter(|s| s.is_finite() && *s > 0.0)
            .ok_or_else(|| ApiError::invalid_query("step", "must be a positive number of seconds"))?,
        None => (span / 200.0).max(1.0).ceil(),
    };
    if span / step > 500.0 {
        step = (span / 500.0).ceil();
    }
    let now = app.now();
    let ctx = Ctx { app: &app, now };
    let st = app.read();
    let r = KIND.find(&st, id)?;
    let lb = view(&ctx, &st, r);
    let max_conn = lb.pointer("/load_balancer_type/max_connections").and_then(Value::as_f64).unwrap_or(10_000.0);
    let active = !arr(&lb, "services").is_empty() && !arr(&lb, "targets").is_empty();
    let scale = if active { 1.0 } else { 0.0 };
    let http = arr(&lb, "services").iter().any(|s| s["protocol"] != "tcp");
    let samples: Vec<f64> = {
        let mut v = Vec::new();
        let mut t = start;
        while t <= end && v.len() < 500 {
            v.push(t);
            t += step;
        }
        v
    };
    let series = |f: &dyn Fn(f64) -> f64| -> Value {
        json!({ "values": samples.iter().map(|&t| json!([t, format!("{}", f(t).round())])).collect::<Vec<_>>() })
    };
    let mut ts = Map::new();
    for k in &kinds {
        match k.as_str() {
            "open_connections" => {
                ts.insert(k.clone(), series(&|t| scale * load(id, t) * max_conn * 0.02));
            }
            "connections_per_second" => {
                ts.insert(k.clone(), series(&|t| scale * load(id + 1, t) * 40.0));
            }
            "requests_per_second" => {
                let s = if http { scale } else { 0.0 };
                ts.insert(k.clone(), series(&|t| s * load(id + 2, t) * 120.0));
            }
            _ => {
                ts.insert("bandwidth.in".into(), series(&|t| scale * load(id + 3, t) * 250_000.0));
                ts.insert("bandwidth.out".into(), series(&|t| scale * load(id + 4, t) * 1_200_000.0));
            }
        }
    }
    let fmt = |secs: f64| crate::clock::Timestamp((secs * 1000.0) as i64).to_string();
    let body = json!({ "metrics": { "start": fmt(start), "end": fmt(end), "step": step, "time_series": ts } });
    Ok(ApiResponse::json(StatusCode::OK, &body))
}

pub(crate) fn routes() -> Router<Arc<App>> {
    generic::routes(&KIND)
        .route("/v1/load_balancers/{id}/metrics", get(metrics))
        .route("/v1/load_balancer_types", get(list_types))
        .route("/v1/load_balancer_types/{id}", get(get_type))
}

/// `DELETE /load_balancers/{id}`: the document answers 204, but Hetzner's Python client (2.27)
/// reads an `action` from the answer, so the answer carries a `delete_load_balancer` action, as
/// `DELETE /servers/{id}` does. Its networks stop listing it by themselves: a network's
/// `load_balancers` is derived from the load balancers (networks.rs).
fn delete(ctx: &Ctx, st: &mut St, id: i64) -> Result<Option<Value>, ApiError> {
    let action = generic::start_action(ctx, st, "delete_load_balancer", vec![(id, "load_balancer")]);
    Ok(Some(generic::action_body(ctx, st, action)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_times_and_types() {
        assert_eq!(load_balancer_types().len(), 3);
        assert!(lb_type("lb11").is_some() && lb_type("2").is_some() && lb_type("lb99").is_none());
        assert!(ipv6_in("2001:db8:1:2::5", "2001:db8:1:2::/64"));
        assert!(!ipv6_in("2001:db8:1:3::5", "2001:db8:1:2::/64"));
    }
}
