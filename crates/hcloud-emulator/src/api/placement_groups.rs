//! Placement groups (`spread`): servers join at create or with the server actions
//! `add_to_placement_group` / `remove_from_placement_group`; a spread group holds at most
//! [`SPREAD_LIMIT`] servers.

use std::sync::Arc;

use axum::Router;
use http::StatusCode;
use serde_json::{Value, json};

use super::generic::{self, Created, Ctx, Kind};
use crate::error::ApiError;
use crate::server::App;
use crate::state::State as St;
use crate::store::Res;

/// Servers a spread placement group can hold.
pub(crate) const SPREAD_LIMIT: usize = 10;

pub(crate) static KIND: Kind = Kind {
    filters: &[("type", "/type")],
    create: Some(create),
    has_actions: false,
    ..Kind::base("placement_group", "placement_groups", "placement_group", "placement group")
};

fn create(ctx: &Ctx, st: &mut St, body: Value) -> Result<Created, ApiError> {
    let name = body["name"].as_str().unwrap_or_default();
    generic::check_name(&KIND, st, name, 0)?;
    let id = st.alloc_id();
    let mut o = generic::new_object(ctx, id, &body, None)?;
    o.insert("type".into(), body["type"].clone());
    o.insert("servers".into(), json!([]));
    st.store.insert(KIND.kind, Res::new(o));
    Ok(Created { id, status: StatusCode::CREATED, extra: vec![("action", Value::Null)] })
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
