//! `GET /pricing`: EUR prices with 19 % VAT. Server type and load balancer type prices are
//! those their catalogues serve; the other prices are Hetzner's list prices.

use std::sync::Arc;

use axum::Router;
use axum::routing::get;
use http::StatusCode;
use serde_json::{Value, json};

use crate::catalog::catalog;
use crate::error::{ApiResponse, ApiResult};
use crate::server::App;

pub(crate) const VAT_RATE: f64 = 19.0;
/// Snapshot and backup images, per GB and month (net).
pub(crate) const IMAGE_GB_MONTH: f64 = 0.011;
/// Volumes, per GB and month (net).
pub(crate) const VOLUME_GB_MONTH: f64 = 0.044;
/// Backups add this percentage to the server price.
pub(crate) const BACKUP_PERCENTAGE: f64 = 20.0;
/// Floating IPs per month (net): IPv4, IPv6.
pub(crate) const FLOATING_IPV4_MONTH: f64 = 3.0;
pub(crate) const FLOATING_IPV6_MONTH: f64 = 1.0;
/// Primary IPv4 per hour and per month (net); IPv6 is free.
pub(crate) const PRIMARY_IPV4_HOUR: f64 = 0.0008;
pub(crate) const PRIMARY_IPV4_MONTH: f64 = 0.5;

/// `{net, gross}` for a net price.
fn price(net: f64) -> Value {
    json!({ "net": format!("{net:.10}"), "gross": format!("{:.10}", net * (1.0 + VAT_RATE / 100.0)) })
}

fn location_names() -> Vec<&'static str> {
    catalog().locations.iter().map(|l| l.name.as_str()).collect()
}

fn primary_ips() -> Value {
    let per = |hourly: f64, monthly: f64| -> Vec<Value> {
        location_names()
            .into_iter()
            .map(|l| {
                json!({
                    "location": l,
                    "price_hourly": price(hourly),
                    "price_monthly": price(monthly),
                })
            })
            .collect()
    };
    json!([
        { "type": "ipv4", "prices": per(PRIMARY_IPV4_HOUR, PRIMARY_IPV4_MONTH) },
        { "type": "ipv6", "prices": per(0.0, 0.0) },
    ])
}

fn floating_ips() -> Value {
    let per = |monthly: f64| -> Vec<Value> {
        location_names().into_iter().map(|l| json!({ "location": l, "price_monthly": price(monthly) })).collect()
    };
    json!([
        { "type": "ipv4", "prices": per(FLOATING_IPV4_MONTH) },
        { "type": "ipv6", "prices": per(FLOATING_IPV6_MONTH) },
    ])
}

/// `{id, name, prices}` of a catalogue entry that serves `prices`.
fn typed_prices(v: &Value) -> Value {
    json!({ "id": v["id"], "name": v["name"], "prices": v["prices"] })
}

/// The whole `pricing` object.
pub(crate) fn pricing() -> Value {
    let server_types: Vec<Value> = catalog()
        .server_types
        .iter()
        .map(|t| typed_prices(&serde_json::from_str(t.item.raw.get()).expect("catalogue server type is JSON")))
        .collect();
    let load_balancer_types: Vec<Value> =
        super::load_balancers::load_balancer_types().iter().map(typed_prices).collect();
    json!({
        "currency": "EUR",
        "vat_rate": format!("{VAT_RATE:.2}"),
        "primary_ips": primary_ips(),
        "floating_ips": floating_ips(),
        "floating_ip": { "price_monthly": price(FLOATING_IPV4_MONTH) },
        "image": { "price_per_gb_month": price(IMAGE_GB_MONTH) },
        "volume": { "price_per_gb_month": price(VOLUME_GB_MONTH) },
        "server_backup": { "percentage": format!("{BACKUP_PERCENTAGE:.10}") },
        "server_types": server_types,
        "load_balancer_types": load_balancer_types,
    })
}

async fn get_pricing() -> ApiResult {
    Ok(ApiResponse::json(StatusCode::OK, &json!({ "pricing": pricing() })))
}

pub(crate) fn routes() -> Router<Arc<App>> {
    Router::new().route("/v1/pricing", get(get_pricing))
}
