//! DNS zones (`/zones`) and their resource record sets (`/zones/{id_or_name}/rrsets`).
//!
//! A zone is stored in the `zone` store as served, plus its RRSets under the internal key
//! `rrsets` (never served; the view drops it and computes `record_count`). Zones are addressed
//! by id or by name. A primary zone starts with an SOA RRSet and an NS RRSet of the three
//! assigned Hetzner nameservers (plus whatever `rrsets` or `zonefile` the create gives); every
//! change of records or TTLs raises the SOA serial (`YYYYMMDDnn`) and shows the zone as
//! `updating` until its action ends. Secondary zones keep primary nameservers instead and
//! answer `incorrect_zone_mode` to RRSet and zone file operations.

mod records;
mod rrsets;
mod zonefile;

use std::net::IpAddr;
use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::routing::{get, post};
use base64::Engine as _;
use http::StatusCode;
use serde_json::{Map, Value, json};

use super::generic::{self, Ctx, body_for};
use super::{S, kind_action, kind_actions, path_id, resource_action, resource_actions};
use crate::clock::Timestamp;
use crate::error::{ApiError, ApiResponse, ApiResult};
use crate::list::{Query, SortVal, list_body, one_body, paginate, sort_items};
use crate::server::App;
use crate::state::{EmuMs, State as St};
use crate::store::{Res, obj};

/// Store kind and action resource type.
pub(crate) const KIND: &str = "zone";

/// The authoritative Hetzner nameservers every zone is assigned.
pub(crate) const ASSIGNED_NS: [&str; 3] =
    ["hydrogen.ns.hetzner.com.", "oxygen.ns.hetzner.com.", "helium.ns.hetzner.de."];

const DEFAULT_TTL: i64 = 3600;
const MAX_TTL: i64 = 2_147_483_647;
const MAX_RECORDS: usize = 50;

/// One record of an RRSet.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Record {
    pub value: String,
    pub comment: String,
}

/// An RRSet as kept in its zone.
#[derive(Clone, Debug)]
pub(crate) struct RRSet {
    pub name: String,
    pub rtype: &'static str,
    pub ttl: Option<i64>,
    pub labels: Value,
    pub change: bool,
    pub records: Vec<Record>,
}

impl RRSet {
    pub fn new(name: String, rtype: &'static str, ttl: Option<i64>, records: Vec<Record>) -> RRSet {
        RRSet { name, rtype, ttl, labels: json!({}), change: false, records }
    }

    pub fn id(&self) -> String {
        format!("{}/{}", self.name, self.rtype)
    }

    /// The RRSet as served.
    pub fn json(&self, zone: i64) -> Value {
        json!({
            "id": self.id(),
            "name": self.name,
            "type": self.rtype,
            "ttl": self.ttl,
            "labels": self.labels,
            "protection": { "change": self.change },
            "records": self.records.iter().map(|r| json!({"value": r.value, "comment": r.comment})).collect::<Vec<_>>(),
            "zone": zone,
        })
    }

    fn from_json(v: &Value) -> RRSet {
        let t = v["type"].as_str().unwrap_or("A");
        RRSet {
            name: v["name"].as_str().unwrap_or("@").to_string(),
            rtype: records::TYPES.iter().find(|x| **x == t).copied().unwrap_or("A"),
            ttl: v["ttl"].as_i64(),
            labels: v.get("labels").cloned().unwrap_or_else(|| json!({})),
            change: v["protection"]["change"].as_bool().unwrap_or(false),
            records: v["records"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .map(|r| Record {
                            value: r["value"].as_str().unwrap_or_default().to_string(),
                            comment: r["comment"].as_str().unwrap_or_default().to_string(),
                        })
                        .collect()
                })
                .unwrap_or_default(),
        }
    }
}

fn incorrect_mode(needed: &str) -> ApiError {
    ApiError::new(422, "incorrect_zone_mode", format!("this operation is only supported for zones in {needed} mode"))
}

/// The id of a zone given by id or name.
pub(crate) fn zone_id(st: &St, id_or_name: &str) -> Result<i64, ApiError> {
    let found = match id_or_name.parse::<i64>() {
        Ok(id) => st.store.get(KIND, id),
        Err(_) => st.store.by_name(KIND, id_or_name),
    };
    found.map(Res::id).ok_or_else(|| ApiError::not_found("zone"))
}

fn zone(st: &St, id: i64) -> Result<&Res, ApiError> {
    st.store.get(KIND, id).ok_or_else(|| ApiError::not_found("zone"))
}

fn zone_mut(st: &mut St, id: i64, now: EmuMs) -> Result<&mut Res, ApiError> {
    st.store.get_mut(KIND, id, now).ok_or_else(|| ApiError::not_found("zone"))
}

fn is_primary(r: &Res) -> bool {
    r.str("mode") == Some("primary")
}

fn require_primary(r: &Res) -> Result<(), ApiError> {
    if is_primary(r) { Ok(()) } else { Err(incorrect_mode("primary")) }
}

/// The RRSets of a zone.
pub(crate) fn sets_of(r: &Res) -> Vec<RRSet> {
    r.obj.get("rrsets").and_then(Value::as_array).map(|a| a.iter().map(RRSet::from_json).collect()).unwrap_or_default()
}

fn store_sets(r: &mut Res, sets: &[RRSet]) {
    let id = r.id();
    r.set("rrsets", Value::Array(sets.iter().map(|s| s.json(id)).collect()));
}

/// The zone as served at `now`.
pub(crate) fn zone_view(now: EmuMs, r: &Res) -> Value {
    let mut m = Map::new();
    for (k, v) in &r.obj {
        if k != "rrsets" {
            m.insert(k.clone(), v.clone());
        }
    }
    let count: usize = r
        .obj
        .get("rrsets")
        .and_then(Value::as_array)
        .map_or(0, |a| a.iter().map(|s| s["records"].as_array().map_or(0, Vec::len)).sum());
    m.insert("record_count".into(), json!(count));
    let mut v = Value::Object(m);
    for l in r.later.iter().filter(|l| l.at <= now) {
        if let Some(slot) = v.pointer_mut(&l.pointer) {
            *slot = l.value.clone();
        }
    }
    v
}

/// The first serial of the current (emulated) day: `YYYYMMDD00`.
fn day_serial(ctx: &Ctx) -> i64 {
    let day: String =
        Timestamp(ctx.app.clock.unix_ms(ctx.now)).to_string()[..10].chars().filter(char::is_ascii_digit).collect();
    day.parse::<i64>().unwrap_or(20_240_101) * 100
}

fn soa_serial(value: &str) -> Option<i64> {
    value.split_whitespace().nth(2)?.parse().ok()
}

fn with_serial(value: &str, serial: i64) -> String {
    let mut parts: Vec<String> = value.split_whitespace().map(str::to_string).collect();
    if parts.len() > 2 {
        parts[2] = serial.to_string();
    }
    parts.join(" ")
}

/// Raises the SOA serial: the next one, or the first of today if that is higher (and at
/// least `floor`).
fn bump_serial(ctx: &Ctx, sets: &mut [RRSet], floor: i64) {
    let today = day_serial(ctx);
    for s in sets.iter_mut().filter(|s| s.rtype == "SOA") {
        for r in &mut s.records {
            let old = soa_serial(&r.value).unwrap_or(0);
            let new = (old + 1).max(today).max(floor).min(i64::from(u32::MAX));
            r.value = with_serial(&r.value, new);
        }
    }
}

fn default_soa(serial: i64) -> RRSet {
    let value = format!("{} dns.hetzner.com. {serial} 86400 10800 3600000 3600", ASSIGNED_NS[0]);
    RRSet::new("@".into(), "SOA", None, vec![Record { value, comment: String::new() }])
}

fn default_ns() -> RRSet {
    RRSet::new(
        "@".into(),
        "NS",
        None,
        ASSIGNED_NS.iter().map(|n| Record { value: (*n).to_string(), comment: String::new() }).collect(),
    )
}

/// A CNAME is alone at its name and holds one record.
pub(crate) fn check_cname(sets: &[RRSet]) -> Result<(), String> {
    for s in sets.iter().filter(|s| s.rtype == "CNAME") {
        if s.records.len() != 1 {
            return Err(format!("CNAME RRSet '{}' must hold exactly one record", s.name));
        }
        if let Some(other) = sets.iter().find(|o| o.name == s.name && o.rtype != "CNAME") {
            return Err(format!("a CNAME RRSet cannot coexist with the {} RRSet at '{}'", other.rtype, s.name));
        }
    }
    Ok(())
}

/// Shows the zone as `updating` until `action` ends.
pub(crate) fn publish(st: &mut St, zone: i64, action: i64, now: EmuMs) {
    let end = st.action_end(action);
    if let Some(r) = st.store.get_mut(KIND, zone, now) {
        r.cancel_later("/status");
        r.set("status", json!("updating"));
        r.later(end, "/status", json!("ok"));
    }
}

/// A TTL field: absent or null is `None`; otherwise an integer from 60 to 2147483647.
pub(crate) fn ttl_field(body: &Value, key: &str) -> Result<Option<i64>, ApiError> {
    match body.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => match v.as_i64() {
            Some(t) if (60..=MAX_TTL).contains(&t) => Ok(Some(t)),
            _ => Err(ApiError::invalid_field(key, "must be an integer between 60 and 2147483647")),
        },
    }
}

/// The `records` of a body, each value checked (and normalized) for `rtype` when `check`;
/// `need_comment` requires a comment on each.
pub(crate) fn records_field(
    body: &Value,
    field: &str,
    rtype: &str,
    check: bool,
    need_comment: bool,
) -> Result<Vec<Record>, ApiError> {
    let bad = |m: String| ApiError::invalid_field(field, m);
    let Some(items) = body.get("records").and_then(Value::as_array) else {
        return Err(bad("is required and must be an array".into()));
    };
    if items.is_empty() {
        return Err(bad("must not be empty".into()));
    }
    if items.len() > MAX_RECORDS {
        return Err(bad(format!("must hold at most {MAX_RECORDS} records")));
    }
    let mut out: Vec<Record> = Vec::new();
    for item in items {
        let Some(value) = item.get("value").and_then(Value::as_str) else {
            return Err(bad("every record needs a string value".into()));
        };
        let comment = match item.get("comment") {
            None | Some(Value::Null) if need_comment => return Err(bad("every record needs a comment".into())),
            None | Some(Value::Null) => String::new(),
            Some(Value::String(c)) => c.clone(),
            Some(_) => return Err(bad("a comment must be a string".into())),
        };
        let value = if check {
            records::check_value(rtype, value).map_err(bad)?
        } else {
            records::check_value(rtype, value).unwrap_or_else(|_| value.trim().to_string())
        };
        if out.iter().any(|r| r.value == value) {
            return Err(bad(format!("must only contain distinct record values ('{value}' repeats)")));
        }
        out.push(Record { value, comment });
    }
    Ok(out)
}

fn primary_nameservers(body: &Value, field: &str) -> Result<Value, ApiError> {
    let bad = |m: String| ApiError::invalid_field(field, m);
    let Some(items) = body.get(field).and_then(Value::as_array) else {
        return Err(bad("is required for zones in secondary mode".into()));
    };
    if items.is_empty() {
        return Err(bad("must not be empty for zones in secondary mode".into()));
    }
    let mut out = Vec::new();
    let mut seen: Vec<IpAddr> = Vec::new();
    for ns in items {
        let Some(addr) = ns.get("address").and_then(Value::as_str) else {
            return Err(bad("every primary nameserver needs an address".into()));
        };
        let ip: IpAddr = addr.parse().map_err(|_| bad(format!("'{addr}' is not an IPv4 or IPv6 address")))?;
        let public = match ip {
            IpAddr::V4(v4) => !(v4.is_private() || v4.is_loopback() || v4.is_unspecified() || v4.is_link_local()),
            IpAddr::V6(v6) => !(v6.is_loopback() || v6.is_unspecified() || (v6.segments()[0] & 0xfe00) == 0xfc00),
        };
        if !public {
            return Err(bad(format!("'{addr}' is not a public address")));
        }
        if seen.contains(&ip) {
            return Err(bad(format!("address '{addr}' is given twice")));
        }
        seen.push(ip);
        let port = match ns.get("port") {
            None | Some(Value::Null) => 53,
            Some(p) => {
                p.as_i64().filter(|p| (1..=65535).contains(p)).ok_or_else(|| bad("port must be 1 to 65535".into()))?
            }
        };
        let mut o = obj(json!({"address": addr, "port": port}));
        let key = ns.get("tsig_key").and_then(Value::as_str);
        let alg = ns.get("tsig_algorithm").and_then(Value::as_str);
        match (key, alg) {
            (None, None) => {}
            (Some(k), Some(a)) => {
                if base64::engine::general_purpose::STANDARD.decode(k).is_err() || k.is_empty() {
                    return Err(bad("tsig_key must be base64 encoded".into()));
                }
                if !["hmac-md5", "hmac-sha1", "hmac-sha256"].contains(&a) {
                    return Err(bad(format!("'{a}' is not a supported TSIG algorithm")));
                }
                o.insert("tsig_key".into(), json!(k));
                o.insert("tsig_algorithm".into(), json!(a));
            }
            _ => return Err(bad("tsig_key and tsig_algorithm go together".into())),
        }
        out.push(Value::Object(o));
    }
    Ok(Value::Array(out))
}

/// RRSets from a create's `rrsets`.
fn body_rrsets(zone: &str, items: &[Value]) -> Result<Vec<RRSet>, ApiError> {
    let mut out: Vec<RRSet> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let field = format!("rrsets[{i}]");
        let bad = |m: String| ApiError::invalid_field(&field, m);
        let name = item.get("name").and_then(Value::as_str).ok_or_else(|| bad("name is required".into()))?;
        let t = item.get("type").and_then(Value::as_str).unwrap_or_default();
        let rtype = records::TYPES
            .iter()
            .find(|x| **x == t)
            .copied()
            .ok_or_else(|| bad(format!("'{t}' is not a supported type")))?;
        records::check_rr_name(name, rtype, zone).map_err(|e| bad(format!("name {e}")))?;
        let ttl = ttl_field(item, "ttl").map_err(|_| bad("ttl must be between 60 and 2147483647".into()))?;
        let recs = records_field(item, &format!("{field}.records"), rtype, true, false)?;
        let labels = generic::labels_of(item)?;
        if out.iter().any(|s| s.name == name && s.rtype == rtype) {
            return Err(bad(format!("RRSet {name}/{rtype} is given twice")));
        }
        let mut set = RRSet::new(name.to_string(), rtype, ttl, recs);
        set.labels = labels;
        out.push(set);
    }
    Ok(out)
}

/// Puts `extra` over `base`: an RRSet of the same name and type replaces the one in `base`.
fn overlay(base: &mut Vec<RRSet>, extra: Vec<RRSet>) {
    for s in extra {
        match base.iter_mut().find(|b| b.name == s.name && b.rtype == s.rtype) {
            Some(b) => *b = s,
            None => base.push(s),
        }
    }
}

/// The SOA serial an imported SOA asks for (0 without one).
fn imported_serial(sets: &[RRSet]) -> i64 {
    sets.iter()
        .filter(|s| s.rtype == "SOA")
        .flat_map(|s| &s.records)
        .filter_map(|r| soa_serial(&r.value))
        .max()
        .unwrap_or(0)
}

fn zone_body(now: EmuMs, st: &St, id: i64) -> Result<Vec<u8>, ApiError> {
    Ok(one_body("zone", &zone_view(now, zone(st, id)?)))
}

fn list_zones(app: &App, q: Option<String>) -> ApiResult {
    let q = Query::parse(q.as_deref());
    let page = q.page()?;
    let sort = q.sort(&["id", "name", "created"])?;
    let selector = q.label_selector()?;
    let modes = q.enum_values("mode", &["primary", "secondary"])?;
    let name = q.get("name");
    let now = app.now();
    let st = app.read();
    let items: Vec<Value> = st
        .store
        .all(KIND)
        .filter(|r| name.is_none_or(|n| r.name() == Some(n)))
        .filter(|r| modes.is_empty() || modes.iter().any(|m| r.str("mode") == Some(m)))
        .filter(|r| selector.as_ref().is_none_or(|s| s.matches(&r.labels())))
        .map(|r| zone_view(now, r))
        .collect();
    let mut refs: Vec<&Value> = items.iter().collect();
    sort_items(
        &mut refs,
        &sort,
        |v| v["id"].as_i64().unwrap_or(0),
        |v, f| match f {
            "id" => SortVal::Int(v["id"].as_i64().unwrap_or(0)),
            _ => SortVal::Str(v[f].as_str().unwrap_or_default()),
        },
    );
    let (page_items, p) = paginate(refs, page);
    Ok(ApiResponse::raw(StatusCode::OK, list_body("zones", &page_items, Some(p))))
}

fn get_zone(app: &App, raw: &str) -> ApiResult {
    let now = app.now();
    let st = app.read();
    let id = zone_id(&st, raw)?;
    Ok(ApiResponse::raw(StatusCode::OK, zone_body(now, &st, id)?))
}

fn create_zone(app: &App, bytes: &[u8]) -> ApiResult {
    let body = body_for("POST /zones", bytes)?;
    if !body.is_object() {
        return Err(ApiError::invalid_field("body", "must be an object"));
    }
    let now = app.now();
    let ctx = Ctx { app, now };
    let mut errs: Vec<(String, String)> = Vec::new();
    let name = body.get("name").and_then(Value::as_str).unwrap_or_default();
    if body.get("name").and_then(Value::as_str).is_none() {
        errs.push(("name".into(), "is required and must be a string".into()));
    } else if let Err(e) = records::check_zone_name(name) {
        errs.push(("name".into(), e));
    }
    let mode = body.get("mode").and_then(Value::as_str).unwrap_or_default();
    if !["primary", "secondary"].contains(&mode) {
        errs.push(("mode".into(), "must be primary or secondary".into()));
    }
    if !errs.is_empty() {
        return Err(ApiError::invalid_fields(errs));
    }
    let mut ttl = ttl_field(&body, "ttl")?.unwrap_or(DEFAULT_TTL);
    let labels = generic::labels_of(&body)?;
    let mut st = app.write();
    st.collect_garbage(now);
    if st.store.by_name(KIND, name).is_some() {
        return Err(ApiError::uniqueness("name", format!("zone {name} already exists")));
    }
    let mut sets = Vec::new();
    let mut nameservers = json!([]);
    if mode == "primary" {
        let serial = day_serial(&ctx);
        sets = vec![default_soa(serial), default_ns()];
        let given = body.get("rrsets").and_then(Value::as_array).filter(|a| !a.is_empty());
        let zonefile = body.get("zonefile").and_then(Value::as_str).filter(|z| !z.trim().is_empty());
        let extra = match (given, zonefile) {
            (Some(_), Some(_)) => {
                return Err(ApiError::invalid_field("rrsets", "must be empty when a zonefile is given"));
            }
            (Some(items), None) => body_rrsets(name, items)?,
            (None, Some(text)) => {
                let parsed = zonefile::parse(text, name).map_err(|e| ApiError::invalid_field("zonefile", e))?;
                if let Some(t) = parsed.ttl {
                    ttl = t;
                }
                parsed.rrsets
            }
            (None, None) => Vec::new(),
        };
        let floor = imported_serial(&extra);
        overlay(&mut sets, extra);
        if floor > 0 {
            for s in sets.iter_mut().filter(|s| s.rtype == "SOA") {
                for r in &mut s.records {
                    r.value = with_serial(&r.value, floor.max(serial));
                }
            }
        }
        check_cname(&sets).map_err(|e| ApiError::invalid_field("rrsets", e))?;
    } else {
        nameservers = primary_nameservers(&body, "primary_nameservers")?;
    }
    let id = st.alloc_id();
    let mut r = Res::new(obj(json!({
        "id": id,
        "name": name,
        "created": ctx.now_time(),
        "mode": mode,
        "ttl": ttl,
        "labels": labels,
        "protection": { "delete": false },
        "status": "ok",
        "record_count": 0,
        "registrar": "unknown",
        "primary_nameservers": nameservers,
        "authoritative_nameservers": {
            "assigned": ASSIGNED_NS,
            "delegated": [],
            "delegation_last_check": null,
            "delegation_status": "unknown",
        },
    })));
    store_sets(&mut r, &sets);
    st.store.insert(KIND, r);
    let action = generic::start_action(&ctx, &mut st, "create_zone", vec![(id, KIND)]);
    if st.action_failed(action) {
        let end = st.action_end(action);
        if let Some(r) = st.store.get_mut(KIND, id, now) {
            r.later(end, "/status", json!("error"));
        }
    }
    let out = json!({ "zone": zone_view(now, zone(&st, id)?), "action": ctx.action(&st, action) });
    Ok(ApiResponse::json(StatusCode::CREATED, &out))
}

fn update_zone(app: &App, raw: &str, bytes: &[u8]) -> ApiResult {
    let body = body_for("PUT /zones/{id_or_name}", bytes)?;
    let now = app.now();
    let mut st = app.write();
    st.collect_garbage(now);
    let id = zone_id(&st, raw)?;
    // Only labels can change (name, mode and TTL have their own ways or none); other
    // fields are ignored, as the document's request schema does not forbid them.
    if body.get("labels").is_some_and(|l| !l.is_null()) {
        let labels = generic::labels_of(&body)?;
        zone_mut(&mut st, id, now)?.set("labels", labels);
    }
    Ok(ApiResponse::raw(StatusCode::OK, zone_body(now, &st, id)?))
}

fn delete_zone(app: &App, raw: &str) -> ApiResult {
    let now = app.now();
    let ctx = Ctx { app, now };
    let mut st = app.write();
    st.collect_garbage(now);
    let id = zone_id(&st, raw)?;
    if zone_mut(&mut st, id, now)?.delete_protected() {
        return Err(ApiError::protected("zone is protected against deletion"));
    }
    let action = generic::start_action(&ctx, &mut st, "delete_zone", vec![(id, KIND)]);
    if !st.action_failed(action) {
        st.store.remove(KIND, id);
    }
    Ok(ApiResponse::json(StatusCode::CREATED, &generic::action_body(&ctx, &st, action)))
}

fn get_zonefile(app: &App, raw: &str) -> ApiResult {
    let st = app.read();
    let id = zone_id(&st, raw)?;
    let r = zone(&st, id)?;
    require_primary(r)?;
    let text = zonefile::export(r.name().unwrap_or_default(), r.i64("ttl").unwrap_or(DEFAULT_TTL), &sets_of(r));
    Ok(ApiResponse::json(StatusCode::OK, &json!({ "zonefile": text })))
}

/// Runs a zone action: `prepare` checks the body against the zone and returns the change to
/// apply once the action has started (skipped when the action fails).
fn zone_action(
    app: &App,
    raw: &str,
    op: &str,
    bytes: &[u8],
    command: &'static str,
    prepare: impl FnOnce(&Ctx, &Res, &Value) -> Result<Box<dyn FnOnce(&Ctx, &mut Res)>, ApiError>,
    publishes: bool,
) -> ApiResult {
    let body = body_for(op, bytes)?;
    let now = app.now();
    let ctx = Ctx { app, now };
    let mut st = app.write();
    st.collect_garbage(now);
    let id = zone_id(&st, raw)?;
    let apply = prepare(&ctx, zone_mut(&mut st, id, now)?, &body)?;
    let action = generic::start_action(&ctx, &mut st, command, vec![(id, KIND)]);
    if !st.action_failed(action) {
        apply(&ctx, zone_mut(&mut st, id, now)?);
        if publishes {
            publish(&mut st, id, action, now);
        }
    }
    Ok(ApiResponse::json(StatusCode::CREATED, &generic::action_body(&ctx, &st, action)))
}

fn change_protection(app: &App, raw: &str, bytes: &[u8]) -> ApiResult {
    let op = "POST /zones/{id_or_name}/actions/change_protection";
    zone_action(
        app,
        raw,
        op,
        bytes,
        "change_protection",
        |_, _, body| {
            let delete = match body.get("delete") {
                None | Some(Value::Null) => None,
                Some(Value::Bool(b)) => Some(*b),
                Some(_) => return Err(ApiError::invalid_field("delete", "must be a boolean")),
            };
            Ok(Box::new(move |_, r| {
                if let Some(d) = delete {
                    r.set("protection", json!({ "delete": d }));
                }
            }))
        },
        false,
    )
}

fn change_ttl(app: &App, raw: &str, bytes: &[u8]) -> ApiResult {
    let op = "POST /zones/{id_or_name}/actions/change_ttl";
    zone_action(
        app,
        raw,
        op,
        bytes,
        "change_ttl",
        |_, r, body| {
            require_primary(r)?;
            let ttl = ttl_field(body, "ttl")?.ok_or_else(|| ApiError::invalid_field("ttl", "is required"))?;
            Ok(Box::new(move |ctx, r| {
                r.set("ttl", json!(ttl));
                let mut sets = sets_of(r);
                bump_serial(ctx, &mut sets, 0);
                store_sets(r, &sets);
            }))
        },
        true,
    )
}

fn change_primary_nameservers(app: &App, raw: &str, bytes: &[u8]) -> ApiResult {
    let op = "POST /zones/{id_or_name}/actions/change_primary_nameservers";
    zone_action(
        app,
        raw,
        op,
        bytes,
        "change_primary_nameservers",
        |_, r, body| {
            if is_primary(r) {
                return Err(incorrect_mode("secondary"));
            }
            let ns = primary_nameservers(body, "primary_nameservers")?;
            Ok(Box::new(move |_, r| r.set("primary_nameservers", ns)))
        },
        true,
    )
}

fn import_zonefile(app: &App, raw: &str, bytes: &[u8]) -> ApiResult {
    let op = "POST /zones/{id_or_name}/actions/import_zonefile";
    zone_action(
        app,
        raw,
        op,
        bytes,
        "import_zonefile",
        |_, r, body| {
            require_primary(r)?;
            let text = body
                .get("zonefile")
                .and_then(Value::as_str)
                .ok_or_else(|| ApiError::invalid_field("zonefile", "is required and must be a string"))?;
            let name = r.name().unwrap_or_default().to_string();
            let parsed = zonefile::parse(text, &name).map_err(|e| ApiError::invalid_field("zonefile", e))?;
            let soa = parsed.rrsets.iter().find(|s| s.rtype == "SOA");
            if soa.is_none_or(|s| s.records.len() != 1) {
                return Err(ApiError::invalid_field("zonefile", "an SOA record must be present (exactly one)"));
            }
            let ns = parsed.rrsets.iter().find(|s| s.rtype == "NS" && s.name == "@");
            let missing: Vec<&str> = ASSIGNED_NS
                .iter()
                .copied()
                .filter(|n| ns.is_none_or(|s| !s.records.iter().any(|r| r.value.eq_ignore_ascii_case(n))))
                .collect();
            if !missing.is_empty() {
                return Err(ApiError::invalid_field(
                    "zonefile",
                    format!(
                        "the assigned nameservers must be present as NS records at @ (missing {})",
                        missing.join(", ")
                    ),
                ));
            }
            check_cname(&parsed.rrsets).map_err(|e| ApiError::invalid_field("zonefile", e))?;
            if let Some(p) = sets_of(r).iter().find(|s| s.change) {
                return Err(ApiError::protected(format!("RRSet {} is protected against changes", p.id())));
            }
            let old = sets_of(r);
            Ok(Box::new(move |ctx, r| {
                let mut sets = parsed.rrsets;
                let floor = imported_serial(&sets);
                // The imported SOA takes the zone's current serial, then it is raised.
                let current = imported_serial(&old);
                for s in sets.iter_mut().filter(|s| s.rtype == "SOA") {
                    for rec in &mut s.records {
                        rec.value = with_serial(&rec.value, current);
                    }
                }
                bump_serial(ctx, &mut sets, floor);
                if let Some(t) = parsed.ttl {
                    r.set("ttl", json!(t));
                }
                store_sets(r, &sets);
            }))
        },
        true,
    )
}

fn zone_actions(app: &App, raw: &str, q: Option<String>) -> ApiResult {
    let now = app.now();
    let st = app.read();
    let id = zone_id(&st, raw)?;
    resource_actions(app, &st, KIND, id, q.as_deref(), now)
}

fn zone_action_get(app: &App, raw: &str, action_id: &str) -> ApiResult {
    let action_id = path_id(action_id)?;
    let now = app.now();
    let st = app.read();
    let id = zone_id(&st, raw)?;
    resource_action(app, &st, KIND, id, action_id, now)
}

fn all_actions(app: &App, q: Option<String>) -> ApiResult {
    let now = app.now();
    kind_actions(app, &app.read(), KIND, q.as_deref(), now)
}

fn any_action(app: &App, raw: &str) -> ApiResult {
    let id = path_id(raw)?;
    let now = app.now();
    kind_action(app, &app.read(), KIND, id, now)
}

type P1 = Path<String>;

pub(crate) fn routes() -> Router<Arc<App>> {
    Router::new()
        .route(
            "/v1/zones",
            get(|State(app): S, RawQuery(q): RawQuery| async move { list_zones(&app, q) })
                .post(|State(app): S, b: Bytes| async move { create_zone(&app, &b) }),
        )
        .route("/v1/zones/actions", get(|State(app): S, RawQuery(q): RawQuery| async move { all_actions(&app, q) }))
        .route("/v1/zones/actions/{id}", get(|State(app): S, Path(id): P1| async move { any_action(&app, &id) }))
        .route(
            "/v1/zones/{id_or_name}",
            get(|State(app): S, Path(z): P1| async move { get_zone(&app, &z) })
                .put(|State(app): S, Path(z): P1, b: Bytes| async move { update_zone(&app, &z, &b) })
                .delete(|State(app): S, Path(z): P1| async move { delete_zone(&app, &z) }),
        )
        .route(
            "/v1/zones/{id_or_name}/zonefile",
            get(|State(app): S, Path(z): P1| async move { get_zonefile(&app, &z) }),
        )
        .route(
            "/v1/zones/{id_or_name}/actions",
            get(|State(app): S, Path(z): P1, RawQuery(q): RawQuery| async move { zone_actions(&app, &z, q) }),
        )
        .route(
            "/v1/zones/{id_or_name}/actions/{action_id}",
            get(|State(app): S, Path((z, a)): Path<(String, String)>| async move { zone_action_get(&app, &z, &a) }),
        )
        .route(
            "/v1/zones/{id_or_name}/actions/change_primary_nameservers",
            post(|State(app): S, Path(z): P1, b: Bytes| async move { change_primary_nameservers(&app, &z, &b) }),
        )
        .route(
            "/v1/zones/{id_or_name}/actions/change_protection",
            post(|State(app): S, Path(z): P1, b: Bytes| async move { change_protection(&app, &z, &b) }),
        )
        .route(
            "/v1/zones/{id_or_name}/actions/change_ttl",
            post(|State(app): S, Path(z): P1, b: Bytes| async move { change_ttl(&app, &z, &b) }),
        )
        .route(
            "/v1/zones/{id_or_name}/actions/import_zonefile",
            post(|State(app): S, Path(z): P1, b: Bytes| async move { import_zonefile(&app, &z, &b) }),
        )
        .merge(rrsets::routes())
}
