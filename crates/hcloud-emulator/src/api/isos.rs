//! ISOs: the public ISOs of `isos.json` (`GET /isos`, `GET /isos/{id}`). A server's attached
//! ISO is shown from the `iso` store, so attaching one copies it there (see [`stored`]).

use std::sync::{Arc, OnceLock};

use axum::Router;
use axum::extract::{Path, RawQuery};
use axum::routing::get;
use http::StatusCode;
use serde_json::Value;

use super::path_id;
use crate::error::{ApiError, ApiResponse, ApiResult};
use crate::list::{Query, list_body, one_body, paginate};
use crate::server::App;
use crate::state::State as St;
use crate::store::{Res, obj};

static ISOS: OnceLock<Vec<Value>> = OnceLock::new();

/// Every public ISO, as served.
pub(crate) fn isos() -> &'static [Value] {
    ISOS.get_or_init(|| serde_json::from_str(include_str!("../isos.json")).expect("isos.json is valid JSON"))
}

/// An ISO by id or name.
pub(crate) fn find(reference: &str) -> Option<&'static Value> {
    let id = reference.parse::<i64>().ok();
    isos().iter().find(|i| i["name"].as_str() == Some(reference) || (id.is_some() && i["id"].as_i64() == id))
}

/// Puts the ISO into the `iso` store (where the server view looks it up) and returns its id.
pub(crate) fn stored(st: &mut St, iso: &Value) -> i64 {
    let id = iso["id"].as_i64().unwrap_or(0);
    if st.store.get("iso", id).is_none() {
        st.store.insert("iso", Res::new(obj(iso.clone())));
    }
    id
}

/// The `architecture` filter: no architecture asked for, or one of them; with
/// `include_architecture_wildcard`, also an ISO for any architecture (`architecture: null`). The
/// document's ISO schema does not allow that `null` (its enum lacks it), so `isos.json` has no
/// such ISO and the wildcard changes nothing in what is served.
fn architecture_matches(iso: &Value, arch: &[String], wildcard: bool) -> bool {
    arch.is_empty()
        || iso["architecture"].as_str().is_some_and(|a| arch.iter().any(|x| x == a))
        || (wildcard && iso["architecture"].is_null())
}

async fn list(RawQuery(q): RawQuery) -> ApiResult {
    let q = Query::parse(q.as_deref());
    let page = q.page()?;
    let arch = q.enum_values("architecture", &["x86", "arm"])?;
    let wildcard = q.bool("include_architecture_wildcard")?.unwrap_or(false);
    let name = q.get("name");
    let items: Vec<&Value> = isos()
        .iter()
        .filter(|i| name.is_none_or(|n| i["name"].as_str() == Some(n)))
        .filter(|i| architecture_matches(i, &arch, wildcard))
        .collect();
    let (items, p) = paginate(items, page);
    Ok(ApiResponse::raw(StatusCode::OK, list_body("isos", &items, Some(p))))
}

async fn get_one(Path(id): Path<String>) -> ApiResult {
    let id = path_id(&id)?;
    let iso = isos().iter().find(|i| i["id"].as_i64() == Some(id)).ok_or_else(|| ApiError::not_found("iso"))?;
    Ok(ApiResponse::raw(StatusCode::OK, one_body("iso", iso)))
}

pub(crate) fn routes() -> Router<Arc<App>> {
    Router::new().route("/v1/isos", get(list)).route("/v1/isos/{id}", get(get_one))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn every_iso_has_an_architecture_and_the_wildcard_takes_null() {
        assert!(isos().iter().all(|i| matches!(i["architecture"].as_str(), Some("x86" | "arm"))));
        let arm = vec!["arm".to_string()];
        let any = json!({"architecture": null});
        assert!(!architecture_matches(&any, &arm, false));
        assert!(architecture_matches(&any, &arm, true));
        assert!(architecture_matches(&json!({"architecture": "arm"}), &arm, false));
        assert!(!architecture_matches(&json!({"architecture": "x86"}), &arm, true));
        assert!(architecture_matches(&json!({"architecture": "x86"}), &[], false));
    }
}
