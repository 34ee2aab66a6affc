//! Placement groups (`spread`): servers join at create or with the server actions
//! `add_to_placement_group` / `remove_from_placement_group`; a spread group holds at most
//! [`SPREAD_LIMIT`] servers.

use std::sync::Arc;

use axum::Router;
use http::StatusCode;
use serde_json::{Value, json};

use super::generic::{self, Created, Ctx, Kind};
use super::primary_ips::{only_fields, opt_str, required};
use crate::error::ApiError;
use crate::server::App;
use crate::state::State as St;
use crate::store::Res;

/// Servers a spread placement group can hold.
pub(crate) const SPREAD_LIMIT: usize = 10;

pub(crate) static KIND: Kind = Kind {
    filter: Some(type_filter),
    create: Some(create),
    update: Some(update),
    view: Some(view),
    has_actions: false,
    ..Kind::base("placement_group", "placement_groups", "placement_group", "placement group")
};

/// `type` (repeatable) takes only the documented values.
fn type_filter(q: &crate::list::Query, v: &Value) -> Result<bool, ApiError> {
    let wanted = q.enum_values("type", &["spread"])?;
    Ok(wanted.is_empty() || wanted.iter().any(|w| v["type"] == w.as_str()))
}

/// The group as served: servers being deleted have left it.
fn view(ctx: &Ctx, st: &St, r: &Res) -> Value {
    let mut v = r.view(ctx.now);
    if let Some(Value::Array(servers)) = v.get_mut("servers") {
        servers.retain(|s| s.as_i64().is_some_and(|id| st.server(id, ctx.now).is_some()));
    }
    v
}

fn create(ctx: &Ctx, st: &mut St, body: Value) -> Result<Created, ApiError> {
    only_fields(&body, &["name", "labels", "type"])?;
    let name = required(opt_str(&body, "name")?, "name")?;
    if required(opt_str(&body, "type")?, "type")? != "spread" {
        return Err(ApiError::invalid_field("type", "must be one of: spread"));
    }
    generic::check_name(&KIND, st, name, 0)?;
    let id = st.alloc_id();
    let mut o = generic::new_object(ctx, id, &body, None)?;
    o.insert("type".into(), body["type"].clone());
    o.insert("servers".into(), json!([]));
    st.store.insert(KIND.kind, Res::new(o));
    Ok(Created { id, status: StatusCode::CREATED, extra: vec![("action", Value::Null)] })
}

fn update(_ctx: &Ctx, _st: &mut St, _id: i64, body: &Value) -> Result<(), ApiError> {
    only_fields(body, &["name", "labels"])?;
    opt_str(body, "name")?;
    Ok(())
}

/// Adds a server to a placement group: `not_found`, or `placement_error` when the group is full.
pub(crate) fn join(st: &mut St, group: i64, server: i64) -> Result<(), ApiError> {
    let pg = st.store.get_mut(KIND.kind, group, 0.0).ok_or_else(|| KIND.not_found())?;
    let Some(Value::Array(servers)) = pg.obj.get_mut("servers") else { return Ok(()) };
    if servers.iter().any(|s| s.as_i64() == Some(server)) {
        return Ok(());
    }
    if servers.len() >= SPREAD_LIMIT {
        return Err(ApiError::new(
            422,
            "placement_error",
            format!("placement group {group} already holds {SPREAD_LIMIT} servers"),
        ));
    }
    servers.push(json!(server));
    Ok(())
}

pub(crate) fn routes() -> Router<Arc<App>> {
    generic::routes(&KIND)
}
