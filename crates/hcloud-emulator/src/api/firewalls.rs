//! Firewalls: CRUD, rules, applying to servers and label selectors.

use std::net::IpAddr;

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use http::StatusCode;
use serde::{Deserialize, Serialize};

use super::servers::typed;
use super::{S, kind_action, kind_actions, path_id, resource_action, resource_actions};
use crate::error::{ApiError, ApiResponse, ApiResult};
use crate::labels::{Labels, Selector, check_labels};
use crate::list::{Query, SortVal, list_body, one_body, paginate, sort_items};
use crate::schema::parse_body;
use crate::server::App;
use crate::state::{ActionJson, Application, EmuMs, Firewall, FirewallJson, Rule, SelectorTarget, State as St};

#[derive(Deserialize)]
struct RuleReq {
    description: Option<String>,
    direction: String,
    source_ips: Option<Vec<String>>,
    destination_ips: Option<Vec<String>>,
    protocol: String,
    port: Option<String>,
}

#[derive(Deserialize)]
struct IdReq {
    id: i64,
}

#[derive(Deserialize)]
struct SelectorReq {
    selector: String,
}

#[derive(Deserialize)]
struct ResourceReq {
    #[serde(rename = "type")]
    kind: String,
    server: Option<IdReq>,
    label_selector: Option<SelectorReq>,
}

enum Target {
    Server(i64),
    Selector(String, Selector),
}

fn valid_cidr(s: &str) -> bool {
    let Some((addr, prefix)) = s.split_once('/') else {
        return false;
    };
    let Ok(addr) = addr.parse::<IpAddr>() else {
        return false;
    };
    let max = if addr.is_ipv4() { 32 } else { 128 };
    prefix.parse::<u8>().is_ok_and(|p| p <= max)
}

fn valid_port(p: &str) -> bool {
    let one = |x: &str| x.parse::<u16>().is_ok_and(|n| n >= 1);
    p == "any"
        || match p.split_once('-') {
            Some((a, b)) => one(a) && one(b) && a.parse::<u16>().unwrap_or(0) <= b.parse::<u16>().unwrap_or(0),
            None => one(p),
        }
}

fn check_rules(field: &str, rules: Vec<RuleReq>, errs: &mut Vec<(String, String)>) -> Vec<Rule> {
    let mut out = Vec::new();
    for (i, r) in rules.into_iter().enumerate() {
        let f = |name: &str| format!("{field}[{i}].{name}");
        let source = r.source_ips.unwrap_or_default();
        let dest = r.destination_ips.unwrap_or_default();
        match r.direction.as_str() {
            "in" => {
                if source.is_empty() {
                    errs.push((f("source_ips"), "is required for direction in".into()));
                }
                if !dest.is_empty() {
                    errs.push((f("destination_ips"), "is not allowed for direction in".into()));
                }
            }
            _ => {
                if dest.is_empty() {
                    errs.push((f("destination_ips"), "is required for direction out".into()));
                }
                if !source.is_empty() {
                    errs.push((f("source_ips"), "is not allowed for direction out".into()));
                }
            }
        }
        for ip in source.iter() {
            if !valid_cidr(ip) {
                errs.push((f("source_ips"), format!("'{ip}' is not a CIDR block")));
            }
        }
        for ip in dest.iter() {
            if !valid_cidr(ip) {
                errs.push((f("destination_ips"), format!("'{ip}' is not a CIDR block")));
            }
        }
        let needs_port = matches!(r.protocol.as_str(), "tcp" | "udp");
        match (&r.port, needs_port) {
            (None, true) => errs.push((f("port"), "is required for protocol tcp and udp".into())),
            (Some(_), false) => errs.push((f("port"), format!("is not allowed for protocol {}", r.protocol))),
            (Some(p), true) if !valid_port(p) => errs.push((f("port"), format!("'{p}' is not a port or port range"))),
            _ => {}
        }
        out.push(Rule {
            description: r.description,
            direction: r.direction,
            source_ips: source,
            destination_ips: dest,
            protocol: r.protocol,
            port: r.port,
        });
    }
    out
}

fn check_targets(field: &str, resources: Vec<ResourceReq>, errs: &mut Vec<(String, String)>) -> Vec<Target> {
    let mut out = Vec::new();
    for (i, r) in resources.into_iter().enumerate() {
        match (r.kind.as_str(), r.server, r.label_selector) {
            ("server", Some(s), _) => out.push(Target::Server(s.id)),
            ("label_selector", _, Some(sel)) => match Selector::parse(&sel.selector) {
                Ok(parsed) => out.push(Target::Selector(sel.selector, parsed)),
                Err(m) => errs.push((format!("{field}[{i}].label_selector.selector"), m)),
            },
            (kind, _, _) => errs.push((format!("{field}[{i}].{kind}"), format!("is required for type {kind}"))),
        }
    }
    out
}

fn name_taken(st: &St, name: &str, except: i64) -> bool {
    st.firewalls.values().any(|f| f.id != except && f.name == name)
}

/// Applies targets to a firewall, one `apply_firewall` action each. The caller has checked
/// that the targets exist and are not applied yet.
fn apply(st: &mut St, fw_id: i64, targets: Vec<Target>, now: EmuMs) -> Vec<i64> {
    let mut actions = Vec::new();
    for t in targets {
        match t {
            Target::Server(server) => {
                let a = st.new_action("apply_firewall", vec![(fw_id, "firewall"), (server, "server")], now);
                let (ready_at, failed) = (st.action_end(a), st.action_failed(a));
                if let Some(fw) = st.firewalls.get_mut(&fw_id) {
                    fw.servers.push(Application { target: server, ready_at, failed });
                }
                actions.push(a);
            }
            Target::Selector(text, parsed) => {
                let a = st.new_action("apply_firewall", vec![(fw_id, "firewall")], now);
                let (ready_at, failed) = (st.action_end(a), st.action_failed(a));
                if let Some(fw) = st.firewalls.get_mut(&fw_id) {
                    fw.selectors.push(Application { target: SelectorTarget { text, parsed }, ready_at, failed });
                }
                actions.push(a);
            }
        }
    }
    actions
}

/// Errors for targets that are missing or already applied.
fn check_apply(
    st: &St,
    fw: Option<&Firewall>,
    targets: &[Target],
    now: EmuMs,
    missing_status: u16,
) -> Result<(), ApiError> {
    let mut seen_servers = Vec::new();
    for t in targets {
        match t {
            Target::Server(id) => {
                let Some(server) = st.server(*id, now) else {
                    return Err(ApiError::new(
                        missing_status,
                        "firewall_resource_not_found",
                        format!("server {id} not found"),
                    ));
                };
                if seen_servers.contains(id) {
                    return Err(ApiError::new(
                        422,
                        "server_already_added",
                        format!("server {id} is listed more than once"),
                    ));
                }
                seen_servers.push(*id);
                if !server.has_public_net() {
                    return Err(ApiError::new(
                        422,
                        "private_net_only_server",
                        format!("server {id} has no public network interface"),
                    ));
                }
                if fw.is_some_and(|f| f.direct(*id, now).is_some()) {
                    return Err(ApiError::new(
                        422,
                        "firewall_already_applied",
                        format!("firewall is already applied to server {id}"),
                    ));
                }
            }
            Target::Selector(text, _) => {
                if fw.is_some_and(|f| f.selectors.iter().any(|a| a.visible(now) && a.target.text == *text)) {
                    return Err(ApiError::new(
                        422,
                        "firewall_already_applied",
                        format!("firewall is already applied to label selector '{text}'"),
                    ));
                }
            }
        }
    }
    Ok(())
}

pub(crate) async fn list(State(app): S, RawQuery(q): RawQuery) -> ApiResult {
    let q = Query::parse(q.as_deref());
    let page = q.page()?;
    let sort = q.sort(&["id", "name", "created"])?;
    let selector = q.label_selector()?;
    let name = q.get("name");
    let now = app.now();
    let st = app.read();
    let mut items: Vec<&Firewall> = st
        .firewalls
        .values()
        .filter(|f| name.is_none_or(|n| f.name == n))
        .filter(|f| selector.as_ref().is_none_or(|s| s.matches(&f.labels)))
        .collect();
    sort_items(
        &mut items,
        &sort,
        |f| f.id,
        |f, field| match field {
            "name" => SortVal::Str(&f.name),
            "created" => SortVal::Num(f.created),
            _ => SortVal::Int(f.id),
        },
    );
    let (items, p) = paginate(items, page);
    let views: Vec<FirewallJson> = items.iter().map(|f| st.firewall_view(f, now, &app.clock)).collect();
    Ok(ApiResponse::raw(StatusCode::OK, list_body("firewalls", &views, Some(p))))
}

pub(crate) async fn get(State(app): S, Path(id): Path<String>) -> ApiResult {
    let id = path_id(&id)?;
    let now = app.now();
    let st = app.read();
    let fw = st.firewalls.get(&id).ok_or_else(|| ApiError::not_found("firewall"))?;
    Ok(ApiResponse::raw(StatusCode::OK, one_body("firewall", &st.firewall_view(fw, now, &app.clock))))
}

#[derive(Deserialize)]
struct CreateReq {
    name: String,
    labels: Option<Labels>,
    rules: Option<Vec<RuleReq>>,
    apply_to: Option<Vec<ResourceReq>>,
}

#[derive(Serialize)]
struct CreateResp<'a> {
    firewall: FirewallJson<'a>,
    actions: Vec<ActionJson<'a>>,
}

#[derive(Serialize)]
struct ActionsResp<'a> {
    actions: Vec<ActionJson<'a>>,
}

fn actions_body(app: &App, st: &St, ids: &[i64], now: EmuMs) -> Vec<u8> {
    let actions = ids.iter().map(|id| st.actions[id].view(now, &app.clock)).collect();
    serde_json::to_vec(&ActionsResp { actions }).expect("actions serialize")
}

pub(crate) async fn create(State(app): S, body: Bytes) -> ApiResult {
    let req: CreateReq = typed(parse_body("POST /firewalls", &body)?)?;
    let mut errs = Vec::new();
    let labels = req.labels.unwrap_or_default();
    for m in check_labels(&labels) {
        errs.push(("labels".to_string(), m));
    }
    let rules = check_rules("rules", req.rules.unwrap_or_default(), &mut errs);
    if rules.len() > 50 {
        errs.push(("rules".to_string(), "has more than 50 items".to_string()));
    }
    let targets = check_targets("apply_to", req.apply_to.unwrap_or_default(), &mut errs);
    if !errs.is_empty() {
        return Err(ApiError::invalid_fields(errs));
    }
    let now = app.now();
    let mut st = app.write();
    st.collect_garbage(now);
    if name_taken(&st, &req.name, 0) {
        return Err(ApiError::uniqueness("name", "firewall name is already used"));
    }
    check_apply(&st, None, &targets, now, 422)?;
    let id = st.alloc_id();
    st.firewalls.insert(
        id,
        Firewall { id, name: req.name, labels, created: now, rules, servers: Vec::new(), selectors: Vec::new() },
    );
    let action_ids = apply(&mut st, id, targets, now);
    let resp = CreateResp {
        firewall: st.firewall_view(&st.firewalls[&id], now, &app.clock),
        actions: action_ids.iter().map(|a| st.actions[a].view(now, &app.clock)).collect(),
    };
    Ok(ApiResponse::json(StatusCode::CREATED, &resp))
}

#[derive(Deserialize)]
struct UpdateReq {
    name: Option<String>,
    labels: Option<Labels>,
}

pub(crate) async fn update(State(app): S, Path(id): Path<String>, body: Bytes) -> ApiResult {
    let id = path_id(&id)?;
    let req: UpdateReq = typed(parse_body("PUT /firewalls/{id}", &body)?)?;
    let errs: Vec<(String, String)> = req
        .labels
        .as_ref()
        .map(check_labels)
        .unwrap_or_default()
        .into_iter()
        .map(|m| ("labels".to_string(), m))
        .collect();
    let now = app.now();
    let mut st = app.write();
    if !st.firewalls.contains_key(&id) {
        return Err(ApiError::not_found("firewall"));
    }
    if !errs.is_empty() {
        return Err(ApiError::invalid_fields(errs));
    }
    if let Some(n) = &req.name
        && name_taken(&st, n, id)
    {
        return Err(ApiError::uniqueness("name", "firewall name is already used"));
    }
    let fw = st.firewalls.get_mut(&id).expect("checked");
    if let Some(n) = req.name {
        fw.name = n;
    }
    if let Some(l) = req.labels {
        fw.labels = l;
    }
    Ok(ApiResponse::raw(StatusCode::OK, one_body("firewall", &st.firewall_view(&st.firewalls[&id], now, &app.clock))))
}

pub(crate) async fn delete(State(app): S, Path(id): Path<String>) -> ApiResult {
    let id = path_id(&id)?;
    let now = app.now();
    let mut st = app.write();
    st.collect_garbage(now);
    let fw = st.firewalls.get(&id).ok_or_else(|| ApiError::not_found("firewall"))?;
    if fw.in_use(now) {
        return Err(ApiError::new(422, "resource_in_use", "firewall is still applied to resources"));
    }
    st.firewalls.remove(&id);
    Ok(ApiResponse::no_content())
}

#[derive(Deserialize)]
struct SetRulesReq {
    rules: Vec<RuleReq>,
}

pub(crate) async fn set_rules(State(app): S, Path(id): Path<String>, body: Bytes) -> ApiResult {
    let id = path_id(&id)?;
    let req: SetRulesReq = typed(parse_body("POST /firewalls/{id}/actions/set_rules", &body)?)?;
    let mut errs = Vec::new();
    let rules = check_rules("rules", req.rules, &mut errs);
    let now = app.now();
    let mut st = app.write();
    st.collect_garbage(now);
    if !st.firewalls.contains_key(&id) {
        return Err(ApiError::not_found("firewall"));
    }
    if !errs.is_empty() {
        return Err(ApiError::invalid_fields(errs));
    }
    let servers: Vec<i64> = st.firewalls[&id].servers.iter().filter(|a| a.visible(now)).map(|a| a.target).collect();
    let mut action_ids = vec![st.new_action("set_firewall_rules", vec![(id, "firewall")], now)];
    if !st.action_failed(action_ids[0]) {
        st.firewalls.get_mut(&id).expect("checked").rules = rules;
    }
    for s in servers {
        action_ids.push(st.new_action("apply_firewall", vec![(id, "firewall"), (s, "server")], now));
    }
    Ok(ApiResponse::raw(StatusCode::CREATED, actions_body(&app, &st, &action_ids, now)))
}

#[derive(Deserialize)]
struct ApplyReq {
    apply_to: Vec<ResourceReq>,
}

pub(crate) async fn apply_to_resources(State(app): S, Path(id): Path<String>, body: Bytes) -> ApiResult {
    let id = path_id(&id)?;
    let req: ApplyReq = typed(parse_body("POST /firewalls/{id}/actions/apply_to_resources", &body)?)?;
    let mut errs = Vec::new();
    let targets = check_targets("apply_to", req.apply_to, &mut errs);
    let now = app.now();
    let mut st = app.write();
    st.collect_garbage(now);
    let fw = st.firewalls.get(&id).ok_or_else(|| ApiError::not_found("firewall"))?;
    if !errs.is_empty() {
        return Err(ApiError::invalid_fields(errs));
    }
    check_apply(&st, Some(fw), &targets, now, 404)?;
    let action_ids = apply(&mut st, id, targets, now);
    Ok(ApiResponse::raw(StatusCode::CREATED, actions_body(&app, &st, &action_ids, now)))
}

#[derive(Deserialize)]
struct RemoveReq {
    remove_from: Vec<ResourceReq>,
}

pub(crate) async fn remove_from_resources(State(app): S, Path(id): Path<String>, body: Bytes) -> ApiResult {
    let id = path_id(&id)?;
    let req: RemoveReq = typed(parse_body("POST /firewalls/{id}/actions/remove_from_resources", &body)?)?;
    let mut errs = Vec::new();
    let targets = check_targets("remove_from", req.remove_from, &mut errs);
    let now = app.now();
    let mut st = app.write();
    st.collect_garbage(now);
    let fw = st.firewalls.get(&id).ok_or_else(|| ApiError::not_found("firewall"))?;
    if !errs.is_empty() {
        return Err(ApiError::invalid_fields(errs));
    }
    for t in &targets {
        match t {
            Target::Server(sid) => {
                let Some(server) = st.server(*sid, now) else {
                    return Err(ApiError::new(404, "firewall_resource_not_found", format!("server {sid} not found")));
                };
                if fw.direct(*sid, now).is_none() {
                    if fw.status_on(server, now).is_some() {
                        return Err(ApiError::new(
                            422,
                            "firewall_managed_by_label_selector",
                            format!("firewall is applied to server {sid} by a label selector"),
                        ));
                    }
                    return Err(ApiError::new(
                        404,
                        "firewall_resource_not_found",
                        format!("firewall is not applied to server {sid}"),
                    ));
                }
            }
            Target::Selector(text, _) => {
                if !fw.selectors.iter().any(|a| a.visible(now) && a.target.text == *text) {
                    return Err(ApiError::new(
                        404,
                        "firewall_resource_not_found",
                        format!("firewall is not applied to label selector '{text}'"),
                    ));
                }
            }
        }
    }
    let mut action_ids = Vec::new();
    for t in targets {
        let (resources, server) = match &t {
            Target::Server(sid) => (vec![(id, "firewall"), (*sid, "server")], Some(*sid)),
            Target::Selector(..) => (vec![(id, "firewall")], None),
        };
        let a = st.new_action("remove_firewall", resources, now);
        let failed = st.action_failed(a);
        action_ids.push(a);
        if failed {
            continue;
        }
        let fw = st.firewalls.get_mut(&id).expect("checked");
        match (t, server) {
            (Target::Server(_), Some(sid)) => fw.servers.retain(|x| x.target != sid),
            (Target::Selector(text, _), _) => fw.selectors.retain(|x| x.target.text != text),
            _ => {}
        }
    }
    Ok(ApiResponse::raw(StatusCode::CREATED, actions_body(&app, &st, &action_ids, now)))
}

pub(crate) async fn list_actions(State(app): S, Path(id): Path<String>, RawQuery(q): RawQuery) -> ApiResult {
    let id = path_id(&id)?;
    let now = app.now();
    let st = app.read();
    if !st.firewalls.contains_key(&id) {
        return Err(ApiError::not_found("firewall"));
    }
    resource_actions(&app, &st, "firewall", id, q.as_deref(), now)
}

pub(crate) async fn get_action(State(app): S, Path((id, action_id)): Path<(String, String)>) -> ApiResult {
    let id = path_id(&id)?;
    let action_id = path_id(&action_id)?;
    let now = app.now();
    let st = app.read();
    if !st.firewalls.contains_key(&id) {
        return Err(ApiError::not_found("firewall"));
    }
    resource_action(&app, &st, "firewall", id, action_id, now)
}

pub(crate) async fn list_all_actions(State(app): S, RawQuery(q): RawQuery) -> ApiResult {
    let now = app.now();
    kind_actions(&app, &app.read(), "firewall", q.as_deref(), now)
}

pub(crate) async fn get_any_action(State(app): S, Path(id): Path<String>) -> ApiResult {
    let id = path_id(&id)?;
    let now = app.now();
    kind_action(&app, &app.read(), "firewall", id, now)
}
