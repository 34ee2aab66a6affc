//! Primary IPs. A server's public IPv4 and IPv6 are primary IPs (`assignee_id` the server);
//! the server's `public_net` shows them.

use std::sync::Arc;

use axum::Router;
use serde_json::{Value, json};

use super::generic::{self, Ctx, Kind};
use crate::catalog::catalog;
use crate::server::App;
use crate::state::State as St;
use crate::store::{Res, obj};

pub(crate) static KIND: Kind = Kind {
    filters: &[("ip", "/ip")],
    actions: &[("change_protection", generic::change_protection)],
    ..Kind::base("primary_ip", "primary_ips", "primary_ip", "primary IP")
};

/// The location as served, from the catalogue.
pub(crate) fn location_json(location: usize) -> Value {
    serde_json::from_str(catalog().locations[location].raw.get()).expect("catalogue location is JSON")
}

/// Stores a new primary IP of `ip_type` (`ipv4` or `ipv6`) in `location`, assigned to
/// `server` when given; returns its id.
#[allow(clippy::too_many_arguments)]
pub(crate) fn new_primary_ip(
    ctx: &Ctx,
    st: &mut St,
    ip_type: &str,
    location: usize,
    server: Option<i64>,
    auto_delete: bool,
    name: Option<String>,
    labels: Value,
) -> i64 {
    let id = st.alloc_id();
    let (ip, dns_ptr) = if ip_type == "ipv4" {
        let ip = st.random_ipv4(ctx.now);
        let o = ip.octets();
        let ptr = format!("static.{}.{}.{}.{}.clients.your-server.de", o[3], o[2], o[1], o[0]);
        (ip.to_string(), json!([{ "ip": ip.to_string(), "dns_ptr": ptr }]))
    } else {
        (st.random_ipv6_net(), json!([]))
    };
    let o = obj(json!({
        "id": id,
        "name": name.unwrap_or_else(|| format!("primary_ip-{id}")),
        "labels": labels,
        "created": ctx.now_time(),
        "blocked": false,
        "location": location_json(location),
        "ip": ip,
        "dns_ptr": dns_ptr,
        "protection": { "delete": false },
        "type": ip_type,
        "auto_delete": auto_delete,
        "assignee_type": "server",
        "assignee_id": server,
    }));
    st.store.insert("primary_ip", Res::new(o));
    id
}

pub(crate) fn routes() -> Router<Arc<App>> {
    generic::routes(&KIND)
}
