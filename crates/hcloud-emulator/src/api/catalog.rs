//! Read-only catalogue endpoints: server types, locations, data centers (images: `images.rs`).

use axum::extract::{Path, RawQuery};
use http::StatusCode;
use serde::Serialize;
use serde_json::value::RawValue;

use super::path_id;
use crate::catalog::{Item, catalog};
use crate::error::{ApiError, ApiResponse, ApiResult};
use crate::list::{Pagination, Query, SortVal, list_body, one_body, paginate, sort_items};

fn raws<'a>(items: &[&'a Item]) -> Vec<&'a RawValue> {
    items.iter().map(|i| &*i.raw).collect()
}

/// Filters by `name`, sorts (if `sortable`) and pages a catalogue list.
fn simple_list<'a>(
    q: &Query,
    items: impl Iterator<Item = &'a Item>,
    sortable: &[&str],
) -> Result<(Vec<&'a Item>, Pagination), ApiError> {
    let page = q.page()?;
    let sort = q.sort(sortable)?;
    let name = q.get("name");
    let mut items: Vec<&Item> = items.filter(|i| name.is_none_or(|n| i.name == n)).collect();
    sort_items(
        &mut items,
        &sort,
        |i| i.id,
        |i, field| match field {
            "name" => SortVal::Str(&i.name),
            _ => SortVal::Int(i.id),
        },
    );
    Ok(paginate(items, page))
}

fn by_id<'a>(items: impl Iterator<Item = &'a Item>, id: &str, what: &str) -> Result<&'a Item, ApiError> {
    let id = path_id(id)?;
    items.into_iter().find(|i| i.id == id).ok_or_else(|| ApiError::not_found(what))
}

pub(crate) async fn list_server_types(RawQuery(q): RawQuery) -> ApiResult {
    let q = Query::parse(q.as_deref());
    let (items, p) = simple_list(&q, catalog().server_types.iter().map(|t| &t.item), &["id", "name"])?;
    Ok(ApiResponse::raw(StatusCode::OK, list_body("server_types", &raws(&items), Some(p))))
}

pub(crate) async fn get_server_type(Path(id): Path<String>) -> ApiResult {
    let item = by_id(catalog().server_types.iter().map(|t| &t.item), &id, "server type")?;
    Ok(ApiResponse::raw(StatusCode::OK, one_body("server_type", &item.raw)))
}

pub(crate) async fn list_locations(RawQuery(q): RawQuery) -> ApiResult {
    let q = Query::parse(q.as_deref());
    let (items, p) = simple_list(&q, catalog().locations.iter(), &["id", "name"])?;
    Ok(ApiResponse::raw(StatusCode::OK, list_body("locations", &raws(&items), Some(p))))
}

pub(crate) async fn get_location(Path(id): Path<String>) -> ApiResult {
    let item = by_id(catalog().locations.iter(), &id, "location")?;
    Ok(ApiResponse::raw(StatusCode::OK, one_body("location", &item.raw)))
}

#[derive(Serialize)]
struct DatacenterList<'a> {
    datacenters: Vec<&'a RawValue>,
    recommendation: i64,
    meta: Meta,
}

#[derive(Serialize)]
struct Meta {
    pagination: Pagination,
}

pub(crate) async fn list_datacenters(RawQuery(q): RawQuery) -> ApiResult {
    let q = Query::parse(q.as_deref());
    let (items, p) = simple_list(&q, catalog().datacenters.iter(), &["id", "name"])?;
    Ok(ApiResponse::json(
        StatusCode::OK,
        &DatacenterList {
            datacenters: raws(&items),
            recommendation: catalog().recommended_datacenter(),
            meta: Meta { pagination: p },
        },
    ))
}

pub(crate) async fn get_datacenter(Path(id): Path<String>) -> ApiResult {
    let item = by_id(catalog().datacenters.iter(), &id, "datacenter")?;
    Ok(ApiResponse::raw(StatusCode::OK, one_body("datacenter", &item.raw)))
}
