//! The behaviour every stored resource shares, in one place: list (label selector, `name`,
//! filters, sort, pagination), get, create, update (name, labels, other plain fields), delete
//! (protection), `change_protection`, the resource's own actions and the action lists.
//!
//! A resource's file declares a [`Kind`]: its paths and keys, what its list can filter and sort
//! by, and hooks for what differs (building the created object, checks before update or delete,
//! computed fields, its actions). Requests are validated against the document's request schema
//! of the operation (`request_schemas.json`) before a hook sees them.

use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::routing::{get, post};
use http::StatusCode;
use serde_json::{Map, Value, json};

use super::{S, kind_action, kind_actions, path_id, resource_action, resource_actions};
use crate::error::{ApiError, ApiResponse, ApiResult};
use crate::labels::{Labels, check_labels};
use crate::list::{Query, SortVal, list_body, one_body, paginate, sort_items};
use crate::schema::parse_body;
use crate::server::App;
use crate::state::{EmuMs, State as St};
use crate::store::{Res, obj};

/// What a hook gets besides the state: the app (clock, config) and the emulated time.
pub(crate) struct Ctx<'a> {
    pub app: &'a App,
    pub now: EmuMs,
}

impl Ctx<'_> {
    /// An RFC 3339 time for `at`.
    pub fn time(&self, at: EmuMs) -> Value {
        crate::store::time(&self.app.clock, at)
    }

    /// The current time as RFC 3339.
    pub fn now_time(&self) -> Value {
        self.time(self.now)
    }

    /// An action as served.
    pub fn action(&self, st: &St, id: i64) -> Value {
        st.actions.get(&id).map_or(Value::Null, |a| {
            serde_json::to_value(a.view(self.now, &self.app.clock)).expect("action serializes")
        })
    }

    /// The emulated instant an action ends.
    pub fn end(&self, st: &St, action: i64) -> EmuMs {
        st.action_end(action)
    }
}

/// A created resource: its id, the answer's status and the keys besides the resource
/// (`action`, `next_actions`, ...).
pub(crate) struct Created {
    pub id: i64,
    pub status: StatusCode,
    pub extra: Vec<(&'static str, Value)>,
}

/// Builds and stores a new resource from a validated body; returns its id and the other keys.
pub(crate) type CreateFn = fn(&Ctx, &mut St, Value) -> Result<Created, ApiError>;
/// Checks (and may apply) an update before the generic part copies `name`, `labels` and the
/// other fields the object has.
pub(crate) type UpdateFn = fn(&Ctx, &mut St, i64, &Value) -> Result<(), ApiError>;
/// Checks a delete (in use, ...) and cleans up; `Some(body)` answers 201 with that body
/// instead of 204. The resource is removed afterwards.
pub(crate) type DeleteFn = fn(&Ctx, &mut St, i64) -> Result<Option<Value>, ApiError>;
/// The object as served, when it has fields computed from other resources.
pub(crate) type ViewFn = fn(&Ctx, &St, &Res) -> Value;
/// A resource action (`POST /<path>/{id}/actions/<name>`): gets the validated body (`Null` when
/// the operation has none) and returns the answer's body (answered with 201).
pub(crate) type ActionFn = fn(&Ctx, &mut St, &'static Kind, i64, Value) -> Result<Value, ApiError>;
/// An extra list filter: whether the item (as served) passes the query.
pub(crate) type FilterFn = fn(&Query, &Value) -> Result<bool, ApiError>;

pub(crate) struct Kind {
    /// Store key and the resource type actions name (`volume`, `floating_ip`, ...).
    pub kind: &'static str,
    /// Path segment after `/v1/` (`volumes`, `floating_ips`, ...).
    pub path: &'static str,
    /// Key of one resource in answers (`volume`) and of a list (`volumes`).
    pub one: &'static str,
    pub many: &'static str,
    /// Human name for errors (`volume`, `floating IP`).
    pub noun: &'static str,
    /// Fields the list can sort by (default `id`, `name`, `created`).
    pub sort: &'static [&'static str],
    /// Query parameters that filter by a field of the served object (`status` -> `/status`);
    /// repeated values match any.
    pub filters: &'static [(&'static str, &'static str)],
    pub filter: Option<FilterFn>,
    /// Names are unique within the kind.
    pub unique_name: bool,
    pub create: Option<CreateFn>,
    /// `PUT /<path>/{id}` exists.
    pub updatable: bool,
    pub update: Option<UpdateFn>,
    /// `DELETE /<path>/{id}` exists.
    pub deletable: bool,
    pub delete: Option<DeleteFn>,
    pub view: Option<ViewFn>,
    /// The action list routes exist (`/<path>/actions`, `/<path>/{id}/actions`, ...).
    pub has_actions: bool,
    pub actions: &'static [(&'static str, ActionFn)],
}

impl Kind {
    /// Defaults for a kind: override what differs with `..Kind::base(...)`.
    pub const fn base(kind: &'static str, path: &'static str, one: &'static str, noun: &'static str) -> Kind {
        Kind {
            kind,
            path,
            one,
            many: path,
            noun,
            sort: &["id", "name", "created"],
            filters: &[],
            filter: None,
            unique_name: true,
            create: None,
            updatable: true,
            update: None,
            deletable: true,
            delete: None,
            view: None,
            has_actions: true,
            actions: &[],
        }
    }

    pub fn not_found(&self) -> ApiError {
        ApiError::not_found(self.noun)
    }

    /// The resource as served.
    pub fn view(&self, ctx: &Ctx, st: &St, r: &Res) -> Value {
        match self.view {
            Some(f) => f(ctx, st, r),
            None => r.view(ctx.now),
        }
    }

    /// A stored resource of this kind, or `not_found`.
    pub fn find<'s>(&self, st: &'s St, id: i64) -> Result<&'s Res, ApiError> {
        st.store.get(self.kind, id).ok_or_else(|| self.not_found())
    }

    /// A stored resource of this kind for a mutation, or `not_found`.
    pub fn find_mut<'s>(&self, st: &'s mut St, id: i64, now: EmuMs) -> Result<&'s mut Res, ApiError> {
        st.store.get_mut(self.kind, id, now).ok_or_else(|| self.not_found())
    }
}

/// Validates a body against the operation's request schema; `Null` when it has none and the
/// body is empty.
pub(crate) fn body_for(op: &str, body: &[u8]) -> Result<Value, ApiError> {
    if crate::schema::has_schema(op) {
        parse_body(op, body)
    } else if body.iter().all(u8::is_ascii_whitespace) {
        Ok(Value::Null)
    } else {
        serde_json::from_slice(body).map_err(|e| ApiError::json_error(format!("unable to parse JSON body: {e}")))
    }
}

/// Checks `labels` in a body (if present) and returns them as a JSON object.
pub(crate) fn labels_of(body: &Value) -> Result<Value, ApiError> {
    match body.get("labels") {
        None | Some(Value::Null) => Ok(json!({})),
        Some(v) => {
            let labels: Labels = serde_json::from_value(v.clone())
                .map_err(|_| ApiError::invalid_field("labels", "must be an object of strings"))?;
            let errs: Vec<(String, String)> = check_labels(&labels).into_iter().map(|m| ("labels".into(), m)).collect();
            if errs.is_empty() { Ok(v.clone()) } else { Err(ApiError::invalid_fields(errs)) }
        }
    }
}

/// An update hook for kinds whose update operation documents only `name` and `labels`: any
/// other field is `invalid_input` "cannot be changed".
pub(crate) fn only_name_and_labels(_ctx: &Ctx, _st: &mut St, _id: i64, body: &Value) -> Result<(), ApiError> {
    let other: Vec<(String, String)> = body
        .as_object()
        .into_iter()
        .flatten()
        .filter(|(k, _)| !["name", "labels"].contains(&k.as_str()))
        .map(|(k, _)| (k.clone(), "cannot be changed".to_string()))
        .collect();
    if other.is_empty() { Ok(()) } else { Err(ApiError::invalid_fields(other)) }
}

/// `uniqueness_error` when another resource of the kind has this name.
pub(crate) fn check_name(k: &Kind, st: &St, name: &str, except: i64) -> Result<(), ApiError> {
    if k.unique_name && st.store.all(k.kind).any(|r| r.id() != except && r.name() == Some(name)) {
        return Err(ApiError::uniqueness("name", format!("{} name is already used", k.noun)));
    }
    Ok(())
}

/// Starts an action on resources and returns its id.
pub(crate) fn start_action(ctx: &Ctx, st: &mut St, command: &'static str, resources: Vec<(i64, &'static str)>) -> i64 {
    st.new_action(command, resources, ctx.now)
}

/// `{"action": ...}` for an action id.
/// Starts `command` on resource `id` of `k` (and the `extra` resources) and, unless the action
/// fails, applies its change to the stored (settled) object; returns the action's id.
pub(crate) fn act(
    ctx: &Ctx,
    st: &mut St,
    k: &Kind,
    id: i64,
    command: &'static str,
    extra: Vec<(i64, &'static str)>,
    apply: impl FnOnce(&mut Res),
) -> Result<i64, ApiError> {
    let mut resources = vec![(id, k.kind)];
    resources.extend(extra);
    let action = start_action(ctx, st, command, resources);
    if !st.action_failed(action) {
        apply(k.find_mut(st, id, ctx.now)?);
    }
    Ok(action)
}

pub(crate) fn action_body(ctx: &Ctx, st: &St, id: i64) -> Value {
    json!({ "action": ctx.action(st, id) })
}

fn sort_val<'a>(v: &'a Value, field: &str) -> SortVal<'a> {
    match v.get(field) {
        Some(Value::Number(n)) => n.as_i64().map_or_else(|| SortVal::Num(n.as_f64().unwrap_or(0.0)), SortVal::Int),
        Some(Value::String(s)) => SortVal::Str(s),
        Some(Value::Bool(b)) => SortVal::Int(i64::from(*b)),
        _ => SortVal::Str(""),
    }
}

fn matches_field(v: Option<&Value>, want: &str) -> bool {
    match v {
        Some(Value::String(s)) => s == want,
        Some(Value::Number(n)) => n.to_string() == want,
        Some(Value::Bool(b)) => b.to_string() == want,
        Some(Value::Null) | None => want == "null",
        _ => false,
    }
}

/// The state for a read, after forgetting servers whose delete action has ended (what they
/// leave, e.g. a primary IP with `auto_delete`, must not show in the answer).
fn read_settled(app: &App, now: EmuMs) -> std::sync::RwLockReadGuard<'_, St> {
    {
        let st = app.read();
        if !st.servers.values().any(|s| s.is_gone(now)) {
            return st;
        }
    }
    app.write().collect_garbage(now);
    app.read()
}

fn list(k: &'static Kind, app: &App, q: Option<String>) -> ApiResult {
    let q = Query::parse(q.as_deref());
    let page = q.page()?;
    let sort = q.sort(k.sort)?;
    let selector = q.label_selector()?;
    let name = q.get("name");
    let now = app.now();
    let ctx = Ctx { app, now };
    let st = read_settled(app, now);
    let mut items = Vec::new();
    for r in st.store.all(k.kind) {
        if name.is_some_and(|n| r.name() != Some(n)) {
            continue;
        }
        if selector.as_ref().is_some_and(|sel| !sel.matches(&r.labels())) {
            continue;
        }
        let v = k.view(&ctx, &st, r);
        let mut keep = true;
        for (param, pointer) in k.filters {
            let wanted = q.all(param);
            if !wanted.is_empty() && !wanted.iter().any(|w| matches_field(v.pointer(pointer), w)) {
                keep = false;
            }
        }
        if keep && let Some(f) = k.filter {
            keep = f(&q, &v)?;
        }
        if keep {
            items.push(v);
        }
    }
    let mut refs: Vec<&Value> = items.iter().collect();
    sort_items(&mut refs, &sort, |v| v["id"].as_i64().unwrap_or(0), |v, field| sort_val(v, field));
    let (page_items, p) = paginate(refs, page);
    Ok(ApiResponse::raw(StatusCode::OK, list_body(k.many, &page_items, Some(p))))
}

fn get_one(k: &'static Kind, app: &App, id: &str) -> ApiResult {
    let id = path_id(id)?;
    let now = app.now();
    let ctx = Ctx { app, now };
    let st = read_settled(app, now);
    let r = k.find(&st, id)?;
    Ok(ApiResponse::raw(StatusCode::OK, one_body(k.one, &k.view(&ctx, &st, r))))
}

fn create(k: &'static Kind, f: CreateFn, app: &App, body: &[u8]) -> ApiResult {
    let body = body_for(&format!("POST /{}", k.path), body)?;
    let now = app.now();
    let ctx = Ctx { app, now };
    let mut st = app.write();
    st.collect_garbage(now);
    let created = f(&ctx, &mut st, body)?;
    let r = k.find(&st, created.id)?;
    let mut out = Map::new();
    out.insert(k.one.to_string(), k.view(&ctx, &st, r));
    for (key, v) in created.extra {
        out.insert(key.to_string(), v);
    }
    Ok(ApiResponse::json(created.status, &out))
}

fn update(k: &'static Kind, app: &App, id: &str, body: &[u8]) -> ApiResult {
    let id = path_id(id)?;
    let body = body_for(&format!("PUT /{}/{{id}}", k.path), body)?;
    let now = app.now();
    let ctx = Ctx { app, now };
    let mut st = app.write();
    st.collect_garbage(now);
    k.find_mut(&mut st, id, now)?;
    let labels = if body.get("labels").is_some_and(|l| !l.is_null()) { Some(labels_of(&body)?) } else { None };
    if let Some(name) = body.get("name").and_then(Value::as_str) {
        check_name(k, &st, name, id)?;
    }
    if let Some(f) = k.update {
        f(&ctx, &mut st, id, &body)?;
    }
    let r = k.find_mut(&mut st, id, now)?;
    if let Value::Object(fields) = &body {
        for (key, v) in fields {
            if v.is_null() || key == "labels" {
                continue;
            }
            if r.obj.contains_key(key) && !matches!(r.obj.get(key), Some(Value::Object(_))) {
                r.obj.insert(key.clone(), v.clone());
            }
        }
    }
    if let Some(l) = labels {
        r.set("labels", l);
    }
    let r = k.find(&st, id)?;
    Ok(ApiResponse::raw(StatusCode::OK, one_body(k.one, &k.view(&ctx, &st, r))))
}

fn delete(k: &'static Kind, app: &App, id: &str) -> ApiResult {
    let id = path_id(id)?;
    let now = app.now();
    let ctx = Ctx { app, now };
    let mut st = app.write();
    st.collect_garbage(now);
    let r = k.find_mut(&mut st, id, now)?;
    if r.delete_protected() {
        return Err(ApiError::protected(format!("{} is protected against deletion", k.noun)));
    }
    let answer = match k.delete {
        Some(f) => f(&ctx, &mut st, id)?,
        None => None,
    };
    st.store.remove(k.kind, id);
    Ok(match answer {
        Some(body) => ApiResponse::json(StatusCode::CREATED, &body),
        None => ApiResponse::no_content(),
    })
}

fn run_action(k: &'static Kind, name: &str, f: ActionFn, app: &App, id: &str, body: &[u8]) -> ApiResult {
    let id = path_id(id)?;
    let body = body_for(&format!("POST /{}/{{id}}/actions/{name}", k.path), body)?;
    let now = app.now();
    let ctx = Ctx { app, now };
    let mut st = app.write();
    st.collect_garbage(now);
    k.find_mut(&mut st, id, now)?;
    let out = f(&ctx, &mut st, k, id, body)?;
    Ok(ApiResponse::json(StatusCode::CREATED, &out))
}

/// `change_protection`: sets every boolean the body gives in `protection`, after an action.
pub(crate) fn change_protection(
    ctx: &Ctx,
    st: &mut St,
    k: &'static Kind,
    id: i64,
    body: Value,
) -> Result<Value, ApiError> {
    let action = act(ctx, st, k, id, "change_protection", vec![], |r| {
        if let (Value::Object(fields), Some(Value::Object(p))) = (&body, r.obj.get_mut("protection")) {
            for (key, v) in fields {
                if v.is_boolean() && p.contains_key(key) {
                    p.insert(key.clone(), v.clone());
                }
            }
        }
    })?;
    Ok(action_body(ctx, st, action))
}

fn actions_of(k: &'static Kind, app: &App, id: &str, q: Option<String>) -> ApiResult {
    let id = path_id(id)?;
    let now = app.now();
    let st = app.read();
    k.find(&st, id)?;
    resource_actions(app, &st, k.kind, id, q.as_deref(), now)
}

fn action_of(k: &'static Kind, app: &App, id: &str, action_id: &str) -> ApiResult {
    let id = path_id(id)?;
    let action_id = path_id(action_id)?;
    let now = app.now();
    let st = app.read();
    k.find(&st, id)?;
    resource_action(app, &st, k.kind, id, action_id, now)
}

fn all_actions(k: &'static Kind, app: &App, q: Option<String>) -> ApiResult {
    let now = app.now();
    kind_actions(app, &app.read(), k.kind, q.as_deref(), now)
}

fn any_action(k: &'static Kind, app: &App, id: &str) -> ApiResult {
    let id = path_id(id)?;
    let now = app.now();
    kind_action(app, &app.read(), k.kind, id, now)
}

/// Every route of a kind.
pub(crate) fn routes(k: &'static Kind) -> Router<Arc<App>> {
    let base = format!("/v1/{}", k.path);
    let mut collection = get(move |State(app): S, RawQuery(q): RawQuery| async move { list(k, &app, q) });
    if let Some(f) = k.create {
        collection = collection.post(move |State(app): S, body: Bytes| async move { create(k, f, &app, &body) });
    }
    let mut one = get(move |State(app): S, Path(id): Path<String>| async move { get_one(k, &app, &id) });
    if k.updatable {
        one = one
            .put(move |State(app): S, Path(id): Path<String>, body: Bytes| async move { update(k, &app, &id, &body) });
    }
    if k.deletable {
        one = one.delete(move |State(app): S, Path(id): Path<String>| async move { delete(k, &app, &id) });
    }
    let mut r = Router::new().route(&base, collection).route(&format!("{base}/{{id}}"), one);
    if k.has_actions {
        r = r
            .route(
                &format!("{base}/actions"),
                get(move |State(app): S, RawQuery(q): RawQuery| async move { all_actions(k, &app, q) }),
            )
            .route(
                &format!("{base}/actions/{{id}}"),
                get(move |State(app): S, Path(id): Path<String>| async move { any_action(k, &app, &id) }),
            )
            .route(
                &format!("{base}/{{id}}/actions"),
                get(move |State(app): S, Path(id): Path<String>, RawQuery(q): RawQuery| async move {
                    actions_of(k, &app, &id, q)
                }),
            )
            .route(
                &format!("{base}/{{id}}/actions/{{action_id}}"),
                get(move |State(app): S, Path((id, action_id)): Path<(String, String)>| async move {
                    action_of(k, &app, &id, &action_id)
                }),
            );
    }
    for &(name, f) in k.actions {
        r = r.route(
            &format!("{base}/{{id}}/actions/{name}"),
            post(move |State(app): S, Path(id): Path<String>, body: Bytes| async move {
                run_action(k, name, f, &app, &id, &body)
            }),
        );
    }
    r
}

/// A new object with the fields every resource has: id, name, labels, created (and
/// `protection.delete` when `protected` is given).
pub(crate) fn new_object(
    ctx: &Ctx,
    id: i64,
    body: &Value,
    protection: Option<Value>,
) -> Result<Map<String, Value>, ApiError> {
    let mut o = obj(json!({
        "id": id,
        "name": body.get("name").cloned().unwrap_or(Value::Null),
        "labels": labels_of(body)?,
        "created": ctx.now_time(),
    }));
    if let Some(p) = protection {
        o.insert("protection".into(), p);
    }
    Ok(o)
}
