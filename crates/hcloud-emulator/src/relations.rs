//! What other resources lose when a server is deleted: attached volumes are detached (they keep
//! their `linux_device`, which the API always shows), floating IPs and primary IPs are
//! unassigned (primary IPs with `auto_delete` are deleted with it), and it leaves placement
//! groups, load balancer targets and networks. The store objects hold the references the API
//! shows, so this edits those fields.

use serde_json::Value;

use crate::state::{EmuMs, State};

fn is(v: Option<&Value>, id: i64) -> bool {
    v.and_then(Value::as_i64) == Some(id)
}

pub(crate) fn server_gone(st: &mut State, id: i64, now: EmuMs) {
    for v in st.store.all_mut("volume").filter(|v| is(v.get("server"), id)) {
        v.settle(now);
        v.set("server", Value::Null);
    }
    for f in st.store.all_mut("floating_ip").filter(|f| is(f.get("server"), id)) {
        f.settle(now);
        f.set("server", Value::Null);
    }
    let mut delete = Vec::new();
    for p in st.store.all_mut("primary_ip").filter(|p| is(p.get("assignee_id"), id)) {
        p.settle(now);
        if p.get("auto_delete").and_then(Value::as_bool).unwrap_or(false) {
            delete.push(p.id());
        } else {
            p.set("assignee_id", Value::Null);
        }
    }
    for p in delete {
        st.store.remove("primary_ip", p);
    }
    for pg in st.store.all_mut("placement_group") {
        if let Some(Value::Array(servers)) = pg.obj.get_mut("servers") {
            servers.retain(|s| s.as_i64() != Some(id));
        }
    }
    for lb in st.store.all_mut("load_balancer") {
        if let Some(Value::Array(targets)) = lb.obj.get_mut("targets") {
            targets.retain(|t| !is(t.pointer("/server/id"), id));
            for t in targets.iter_mut() {
                if let Some(Value::Array(inner)) = t.get_mut("targets") {
                    inner.retain(|t| !is(t.pointer("/server/id"), id));
                }
            }
        }
    }
    for n in st.store.all_mut("network") {
        if let Some(Value::Array(servers)) = n.obj.get_mut("servers") {
            servers.retain(|s| s.as_i64() != Some(id));
        }
    }
}
