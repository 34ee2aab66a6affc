//! RRSets of a primary zone: list, get, create, update (labels), delete and the RRSet actions
//! (`change_protection`, `change_ttl`, `set_records`, `add_records`, `remove_records`,
//! `update_records`). An RRSet protected against `change` refuses changes of its records and
//! TTL and its deletion.

use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::routing::{get, post};
use http::StatusCode;
use serde_json::{Value, json};

use super::records::{self, TYPES};
use super::{
    KIND, RRSet, bump_serial, check_cname, publish, records_field, require_primary, sets_of, store_sets, ttl_field,
    zone, zone_id, zone_mut,
};
use crate::api::S;
use crate::api::generic::{self, Ctx, body_for};
use crate::error::{ApiError, ApiResponse, ApiResult};
use crate::list::{Query, SortVal, list_body, one_body, paginate, sort_items};
use crate::server::App;

/// `per_page` of the RRSet list goes up to 100 (instead of 50).
const RRSET_MAX_PER_PAGE: i64 = 100;

type RrPath = Path<(String, String, String)>;

fn rr_type(raw: &str) -> Result<&'static str, ApiError> {
    TYPES
        .iter()
        .find(|t| **t == raw)
        .copied()
        .ok_or_else(|| ApiError::invalid_query("rr_type", format!("'{raw}' is not a supported RRSet type")))
}

fn not_found() -> ApiError {
    ApiError::not_found("rrset")
}

fn unprotected(s: &RRSet) -> Result<(), ApiError> {
    if s.change { Err(ApiError::protected(format!("RRSet {} is protected against changes", s.id()))) } else { Ok(()) }
}

fn list(app: &App, z: &str, q: Option<String>) -> ApiResult {
    let q = Query::parse(q.as_deref());
    let mut page = q.page()?;
    if let Some(pp) = q.get("per_page").and_then(|v| v.parse::<i64>().ok()).filter(|&n| n >= 1) {
        page.per_page = pp.min(RRSET_MAX_PER_PAGE);
    }
    let sort = q.sort(&["id", "name", "created"])?;
    let selector = q.label_selector()?;
    let types = q.enum_values("type", TYPES)?;
    let name = q.get("name");
    let st = app.read();
    let id = zone_id(&st, z)?;
    let r = zone(&st, id)?;
    require_primary(r)?;
    let items: Vec<(i64, Value)> = sets_of(r)
        .iter()
        .enumerate()
        .filter(|(_, s)| name.is_none_or(|n| s.name == n))
        .filter(|(_, s)| types.is_empty() || types.iter().any(|t| t == s.rtype))
        .filter(|(_, s)| {
            selector.as_ref().is_none_or(|sel| {
                let labels: crate::labels::Labels = serde_json::from_value(s.labels.clone()).unwrap_or_default();
                sel.matches(&labels)
            })
        })
        .map(|(i, s)| (i as i64, s.json(id)))
        .collect();
    let mut refs: Vec<&(i64, Value)> = items.iter().collect();
    sort_items(
        &mut refs,
        &sort,
        |x| x.0,
        |x, f| match f {
            "created" => SortVal::Int(x.0),
            _ => SortVal::Str(x.1[f].as_str().unwrap_or_default()),
        },
    );
    let (page_items, p) = paginate(refs, page);
    let views: Vec<&Value> = page_items.iter().map(|x| &x.1).collect();
    Ok(ApiResponse::raw(StatusCode::OK, list_body("rrsets", &views, Some(p))))
}

fn get_one(app: &App, (z, name, t): (String, String, String)) -> ApiResult {
    let rtype = rr_type(&t)?;
    let st = app.read();
    let id = zone_id(&st, &z)?;
    let r = zone(&st, id)?;
    require_primary(r)?;
    let set = sets_of(r).into_iter().find(|s| s.name == name && s.rtype == rtype).ok_or_else(not_found)?;
    Ok(ApiResponse::raw(StatusCode::OK, one_body("rrset", &set.json(id))))
}

fn create(app: &App, z: &str, bytes: &[u8]) -> ApiResult {
    let body = body_for("POST /zones/{id_or_name}/rrsets", bytes)?;
    let now = app.now();
    let ctx = Ctx { app, now };
    let mut st = app.write();
    st.collect_garbage(now);
    let id = zone_id(&st, z)?;
    let r = zone(&st, id)?;
    require_primary(r)?;
    let zone_name = r.name().unwrap_or_default().to_string();
    let name = body
        .get("name")
        .and_then(Value::as_str)
        .ok_or_else(|| ApiError::invalid_field("name", "is required and must be a string"))?;
    let t = body.get("type").and_then(Value::as_str).unwrap_or_default();
    let rtype = TYPES
        .iter()
        .find(|x| **x == t)
        .copied()
        .ok_or_else(|| ApiError::invalid_field("type", format!("'{t}' is not a supported type")))?;
    records::check_rr_name(name, rtype, &zone_name).map_err(|e| ApiError::invalid_field("name", e))?;
    let ttl = ttl_field(&body, "ttl")?;
    let recs = records_field(&body, "records", rtype, true, false)?;
    let labels = generic::labels_of(&body)?;
    let mut sets = sets_of(r);
    if sets.iter().any(|s| s.name == name && s.rtype == rtype) {
        return Err(ApiError::uniqueness("name", format!("RRSet {name}/{rtype} already exists")));
    }
    let mut set = RRSet::new(name.to_string(), rtype, ttl, recs);
    set.labels = labels;
    sets.push(set.clone());
    check_cname(&sets).map_err(|e| ApiError::invalid_field("name", e))?;
    let action = generic::start_action(&ctx, &mut st, "create_rrset", vec![(id, KIND)]);
    if !st.action_failed(action) {
        bump_serial(&ctx, &mut sets, 0);
        store_sets(zone_mut(&mut st, id, now)?, &sets);
        publish(&mut st, id, action, now);
    }
    let out = json!({ "rrset": set.json(id), "action": ctx.action(&st, action) });
    Ok(ApiResponse::json(StatusCode::CREATED, &out))
}

fn update(app: &App, (z, name, t): (String, String, String), bytes: &[u8]) -> ApiResult {
    let rtype = rr_type(&t)?;
    let body = body_for("PUT /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}", bytes)?;
    if let Value::Object(m) = &body
        && let Some(k) = m.keys().find(|k| k.as_str() != "labels")
    {
        return Err(ApiError::invalid_field(k, "cannot be updated (only labels can)"));
    }
    let now = app.now();
    let mut st = app.write();
    let id = zone_id(&st, &z)?;
    let r = zone_mut(&mut st, id, now)?;
    require_primary(r)?;
    let mut sets = sets_of(r);
    let set = sets.iter_mut().find(|s| s.name == name && s.rtype == rtype).ok_or_else(not_found)?;
    if body.get("labels").is_some_and(|l| !l.is_null()) {
        set.labels = generic::labels_of(&body)?;
    }
    let out = set.json(id);
    store_sets(r, &sets);
    Ok(ApiResponse::raw(StatusCode::OK, one_body("rrset", &out)))
}

/// Runs an RRSet operation that answers with an action. `change` edits the zone's RRSets
/// (given the position of the addressed one, if it exists) and says whether DNS data changed
/// (which raises the SOA serial and publishes the zone); nothing is kept when the action fails.
#[allow(clippy::too_many_arguments)]
fn rrset_action(
    app: &App,
    (z, name, t): (String, String, String),
    op: Option<&str>,
    bytes: &[u8],
    command: &'static str,
    status: StatusCode,
    change: impl FnOnce(&mut Vec<RRSet>, Option<usize>, &Value, &str, &str, &'static str) -> Result<bool, ApiError>,
) -> ApiResult {
    let rtype = rr_type(&t)?;
    let body = match op {
        Some(op) => body_for(op, bytes)?,
        None => Value::Null,
    };
    let now = app.now();
    let ctx = Ctx { app, now };
    let mut st = app.write();
    st.collect_garbage(now);
    let id = zone_id(&st, &z)?;
    let r = zone(&st, id)?;
    require_primary(r)?;
    let zone_name = r.name().unwrap_or_default().to_string();
    let mut sets = sets_of(r);
    let pos = sets.iter().position(|s| s.name == name && s.rtype == rtype);
    let dns = change(&mut sets, pos, &body, &zone_name, &name, rtype)?;
    let action = generic::start_action(&ctx, &mut st, command, vec![(id, KIND)]);
    if !st.action_failed(action) {
        if dns {
            bump_serial(&ctx, &mut sets, 0);
        }
        store_sets(zone_mut(&mut st, id, now)?, &sets);
        if dns {
            publish(&mut st, id, action, now);
        }
    }
    Ok(ApiResponse::json(status, &generic::action_body(&ctx, &st, action)))
}

fn op(name: &str) -> String {
    format!("POST /zones/{{id_or_name}}/rrsets/{{rr_name}}/{{rr_type}}/actions/{name}")
}

fn delete(app: &App, p: (String, String, String)) -> ApiResult {
    rrset_action(app, p, None, &[], "delete_rrset", StatusCode::CREATED, |sets, pos, _, _, _, rtype| {
        let i = pos.ok_or_else(not_found)?;
        unprotected(&sets[i])?;
        if rtype == "SOA" {
            return Err(ApiError::invalid_field("rr_type", "the SOA RRSet of a zone cannot be deleted"));
        }
        sets.remove(i);
        Ok(true)
    })
}

fn change_protection(app: &App, p: (String, String, String), bytes: &[u8]) -> ApiResult {
    let o = op("change_protection");
    rrset_action(app, p, Some(&o), bytes, "change_rrset_protection", StatusCode::CREATED, |sets, pos, body, _, _, _| {
        let i = pos.ok_or_else(not_found)?;
        let change = body
            .get("change")
            .and_then(Value::as_bool)
            .ok_or_else(|| ApiError::invalid_field("change", "is required and must be a boolean"))?;
        sets[i].change = change;
        Ok(false)
    })
}

fn change_ttl(app: &App, p: (String, String, String), bytes: &[u8]) -> ApiResult {
    let o = op("change_ttl");
    rrset_action(app, p, Some(&o), bytes, "change_rrset_ttl", StatusCode::CREATED, |sets, pos, body, _, _, _| {
        let i = pos.ok_or_else(not_found)?;
        unprotected(&sets[i])?;
        if !body.as_object().is_some_and(|m| m.contains_key("ttl")) {
            return Err(ApiError::invalid_field("ttl", "is required (null uses the zone's default TTL)"));
        }
        sets[i].ttl = ttl_field(body, "ttl")?;
        Ok(true)
    })
}

fn set_records(app: &App, p: (String, String, String), bytes: &[u8]) -> ApiResult {
    let o = op("set_records");
    rrset_action(app, p, Some(&o), bytes, "set_rrset_records", StatusCode::CREATED, |sets, pos, body, _, _, rtype| {
        let i = pos.ok_or_else(not_found)?;
        unprotected(&sets[i])?;
        let recs = records_field(body, "records", rtype, true, false)?;
        if rtype == "SOA" && recs.len() != 1 {
            return Err(ApiError::invalid_field("records", "the SOA RRSet holds exactly one record"));
        }
        sets[i].records = recs;
        check_cname(sets).map_err(|e| ApiError::invalid_field("records", e))?;
        Ok(true)
    })
}

fn add_records(app: &App, p: (String, String, String), bytes: &[u8]) -> ApiResult {
    let o = op("add_records");
    rrset_action(
        app,
        p,
        Some(&o),
        bytes,
        "add_rrset_records",
        StatusCode::CREATED,
        |sets, pos, body, zone_name, name, rtype| {
            let recs = records_field(body, "records", rtype, true, false)?;
            let ttl = ttl_field(body, "ttl")?;
            match pos {
                Some(i) => {
                    let set = &mut sets[i];
                    unprotected(set)?;
                    if let (Some(new), Some(old)) = (ttl, set.ttl)
                        && new != old
                    {
                        return Err(ApiError::invalid_field(
                            "ttl",
                            format!("must equal the RRSet's TTL ({old}) when given"),
                        ));
                    }
                    if set.ttl.is_none() {
                        set.ttl = ttl;
                    }
                    for r in recs {
                        if !set.records.iter().any(|x| x.value == r.value) {
                            set.records.push(r);
                        }
                    }
                    if set.records.len() > super::MAX_RECORDS {
                        return Err(ApiError::invalid_field("records", "an RRSet holds at most 50 records"));
                    }
                    if rtype == "SOA" && set.records.len() != 1 {
                        return Err(ApiError::invalid_field("records", "the SOA RRSet holds exactly one record"));
                    }
                }
                None => {
                    records::check_rr_name(name, rtype, zone_name)
                        .map_err(|e| ApiError::invalid_field("rr_name", e))?;
                    sets.push(RRSet::new(name.to_string(), rtype, ttl, recs));
                }
            }
            check_cname(sets).map_err(|e| ApiError::invalid_field("records", e))?;
            Ok(true)
        },
    )
}

fn remove_records(app: &App, p: (String, String, String), bytes: &[u8]) -> ApiResult {
    let o = op("remove_records");
    rrset_action(
        app,
        p,
        Some(&o),
        bytes,
        "remove_rrset_records",
        StatusCode::CREATED,
        |sets, pos, body, _, _, rtype| {
            let i = pos.ok_or_else(not_found)?;
            unprotected(&sets[i])?;
            let recs = records_field(body, "records", rtype, false, false)?;
            let set = &mut sets[i];
            let before = set.records.len();
            set.records.retain(|r| !recs.iter().any(|x| x.value == r.value));
            if set.records.len() == before {
                return Err(ApiError::invalid_field("records", "none of the given records is in the RRSet"));
            }
            if set.records.is_empty() {
                if rtype == "SOA" {
                    return Err(ApiError::invalid_field("records", "the SOA record of a zone cannot be removed"));
                }
                sets.remove(i);
            }
            Ok(true)
        },
    )
}

fn update_records(app: &App, p: (String, String, String), bytes: &[u8]) -> ApiResult {
    let o = op("update_records");
    rrset_action(app, p, Some(&o), bytes, "update_rrset_records", StatusCode::OK, |sets, pos, body, _, _, rtype| {
        let i = pos.ok_or_else(not_found)?;
        unprotected(&sets[i])?;
        let recs = records_field(body, "records", rtype, false, true)?;
        let set = &mut sets[i];
        for r in recs {
            let Some(found) = set.records.iter_mut().find(|x| x.value == r.value) else {
                return Err(ApiError::invalid_field("records", format!("record '{}' is not in the RRSet", r.value)));
            };
            found.comment = r.comment;
        }
        Ok(false)
    })
}

const ONE: &str = "/v1/zones/{id_or_name}/rrsets/{rr_name}/{rr_type}";

pub(super) fn routes() -> Router<Arc<App>> {
    Router::new()
        .route(
            "/v1/zones/{id_or_name}/rrsets",
            get(|State(app): S, Path(z): Path<String>, RawQuery(q): RawQuery| async move { list(&app, &z, q) })
                .post(|State(app): S, Path(z): Path<String>, b: Bytes| async move { create(&app, &z, &b) }),
        )
        .route(
            ONE,
            get(|State(app): S, Path(p): RrPath| async move { get_one(&app, p) })
                .put(|State(app): S, Path(p): RrPath, b: Bytes| async move { update(&app, p, &b) })
                .delete(|State(app): S, Path(p): RrPath| async move { delete(&app, p) }),
        )
        .route(
            &format!("{ONE}/actions/change_protection"),
            post(|State(app): S, Path(p): RrPath, b: Bytes| async move { change_protection(&app, p, &b) }),
        )
        .route(
            &format!("{ONE}/actions/change_ttl"),
            post(|State(app): S, Path(p): RrPath, b: Bytes| async move { change_ttl(&app, p, &b) }),
        )
        .route(
            &format!("{ONE}/actions/set_records"),
            post(|State(app): S, Path(p): RrPath, b: Bytes| async move { set_records(&app, p, &b) }),
        )
        .route(
            &format!("{ONE}/actions/add_records"),
            post(|State(app): S, Path(p): RrPath, b: Bytes| async move { add_records(&app, p, &b) }),
        )
        .route(
            &format!("{ONE}/actions/remove_records"),
            post(|State(app): S, Path(p): RrPath, b: Bytes| async move { remove_records(&app, p, &b) }),
        )
        .route(
            &format!("{ONE}/actions/update_records"),
            post(|State(app): S, Path(p): RrPath, b: Bytes| async move { update_records(&app, p, &b) }),
        )
}
