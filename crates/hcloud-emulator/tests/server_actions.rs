//! Server actions, server metrics, images (catalogue and snapshots/backups), ISOs and pricing:
//! success paths, the state they leave, documented errors; every answer is checked against the
//! OpenAPI document (schema and every property the schema defines present).

mod common;

use common::{Api, Resp, config, conformance};
use hcloud_emulator::Config;
use serde_json::{Value, json};

/// The operations this file is about (path template prefixes).
const OWN: &[&str] = &["/servers", "/images", "/isos", "/pricing"];

fn cfg() -> Config {
    Config { action_duration_ms: 60, ..config() }
}

// ---- helpers ----

async fn action_of(api: &Api, r: &Resp) -> Value {
    assert_eq!(r.status, 201, "{}", r.text);
    api.wait_action(r.body["action"]["id"].as_i64().unwrap()).await
}

async fn server(api: &Api, id: i64) -> Value {
    let r = api.get(&format!("/servers/{id}")).await;
    assert_eq!(r.status, 200, "{}", r.text);
    r.body["server"].clone()
}

async fn act(api: &Api, id: i64, name: &str, body: Value) -> Resp {
    api.post(&format!("/servers/{id}/actions/{name}"), body).await
}

/// Runs an action to its end and returns the finished action.
async fn run(api: &Api, id: i64, name: &str, body: Value) -> Value {
    let r = act(api, id, name, body).await;
    let a = action_of(api, &r).await;
    assert_eq!(a["status"], "success", "{name}: {a}");
    api.settle(id).await;
    a
}

async fn ready_server(api: &Api, name: &str) -> i64 {
    let id = api.server(name, json!({})).await;
    api.settle(id).await;
    id
}

// ---- tests ----

#[tokio::test]
async fn pricing_isos_and_catalogue() {
    let api = Api::start(cfg()).await;
    let p = api.get("/pricing").await;
    assert_eq!(p.status, 200, "{}", p.text);
    let pricing = &p.body["pricing"];
    assert_eq!(pricing["currency"], "EUR");
    assert_eq!(pricing["vat_rate"], "19.00");
    assert_eq!(pricing["server_backup"]["percentage"].as_str().unwrap().parse::<f64>().unwrap(), 20.0);
    assert!(pricing["load_balancer_types"].is_array());
    assert_eq!(pricing["image"]["price_per_gb_month"]["net"], "0.0110000000");
    assert_eq!(pricing["floating_ip"]["price_monthly"], pricing["floating_ips"][0]["prices"][0]["price_monthly"]);
    // Server type prices are those the server types serve.
    let types = api.get("/server_types?per_page=50").await;
    let types = types.body["server_types"].as_array().unwrap().clone();
    assert_eq!(pricing["server_types"].as_array().unwrap().len(), types.len());
    for t in &types {
        let priced = pricing["server_types"].as_array().unwrap().iter().find(|x| x["id"] == t["id"]).unwrap();
        assert_eq!(priced["name"], t["name"]);
        assert_eq!(priced["prices"], t["prices"]);
    }
    let locations = api.get("/locations").await.body["locations"].as_array().unwrap().len();
    for ip in pricing["primary_ips"].as_array().unwrap() {
        assert_eq!(ip["prices"].as_array().unwrap().len(), locations);
    }

    // ISOs.
    let all = api.get("/isos?per_page=50").await;
    assert_eq!(all.status, 200);
    let n = all.body["isos"].as_array().unwrap().len();
    assert!(n >= 10);
    assert_eq!(all.body["meta"]["pagination"]["total_entries"], n);
    let page = api.get("/isos?per_page=2&page=2").await;
    assert_eq!(page.body["isos"].as_array().unwrap().len(), 2);
    assert_eq!(page.body["meta"]["pagination"]["previous_page"], 1);
    let arm = api.get("/isos?architecture=arm&per_page=50").await;
    assert!(arm.body["isos"].as_array().unwrap().iter().all(|i| i["architecture"] == "arm"));
    let wild = api.get("/isos?architecture=arm&include_architecture_wildcard=true&per_page=50").await;
    // No ISO is for any architecture (the document's schema has no `null` for it): the wildcard
    // adds nothing.
    assert_eq!(wild.status, 200, "{}", wild.text);
    assert_eq!(wild.body["isos"], arm.body["isos"]);
    let by_name = api.get("/isos?name=virtio-win-0.1.248.iso").await;
    assert_eq!(by_name.body["isos"][0]["id"], 4483);
    assert!(all.body["isos"].as_array().unwrap().iter().any(|i| !i["deprecation"].is_null()), "some ISO is deprecated");
    let one = api.get("/isos/4483").await;
    assert_eq!(one.body["iso"]["name"], "virtio-win-0.1.248.iso");
    assert_eq!(api.get("/isos/1").await.code(), "not_found");
    assert_eq!(api.get("/isos?architecture=mips").await.status, 400);

    for path in ["/server_types", "/server_types/104", "/locations", "/locations/1", "/datacenters", "/datacenters/4"] {
        assert_eq!(api.get(path).await.status, 200, "{path}");
    }
    conformance::assert_conforms(&api, OWN);
}

#[tokio::test]
async fn snapshots_backups_and_rebuild() {
    let api = Api::start(cfg()).await;
    let id = ready_server(&api, "web").await;
    let before = server(&api, id).await;
    assert_eq!(before["image"]["name"], "ubuntu-24.04");

    // A snapshot: creating, then available with a size; the server is locked meanwhile.
    let r = act(&api, id, "create_image", json!({"description": "before upgrade", "labels": {"env": "test"}})).await;
    assert_eq!(r.status, 201, "{}", r.text);
    let snap = r.body["image"].clone();
    let snap_id = snap["id"].as_i64().unwrap();
    assert_eq!(snap["type"], "snapshot");
    assert_eq!(snap["status"], "creating");
    assert_eq!(snap["created_from"], json!({"id": id, "name": "web"}));
    assert_eq!(snap["bound_to"], Value::Null);
    assert_eq!(snap["os_flavor"], "ubuntu");
    assert_eq!(snap["os_version"], "24.04");
    assert_eq!(snap["architecture"], "x86");
    assert_eq!(snap["disk_size"].as_f64(), Some(40.0));
    assert_eq!(r.body["action"]["command"], "create_image");
    assert!(r.body["action"]["resources"].as_array().unwrap().contains(&json!({"id": snap_id, "type": "image"})));
    assert_eq!(act(&api, id, "enable_backup", json!({})).await.code(), "locked");
    action_of(&api, &r).await;
    api.settle(id).await;
    let got = api.get(&format!("/images/{snap_id}")).await;
    assert_eq!(got.body["image"]["status"], "available");
    assert!(got.body["image"]["image_size"].as_f64().unwrap() > 0.0);
    assert_eq!(got.body["image"]["description"], "before upgrade");

    // Lists hold the catalogue and the snapshot.
    let all = api.get("/images?per_page=50").await.body["images"].as_array().unwrap().clone();
    assert!(all.iter().any(|i| i["id"] == snap_id));
    assert!(all.iter().any(|i| i["type"] == "system"));
    let snaps = api.get("/images?type=snapshot").await;
    assert_eq!(snaps.body["images"].as_array().unwrap().len(), 1);
    assert_eq!(api.get("/images?label_selector=env%3Dtest").await.body["images"][0]["id"], snap_id);
    assert_eq!(api.get("/images?type=system&architecture=arm").await.body["images"][0]["architecture"], "arm");
    assert_eq!(api.get("/images?status=creating").await.body["images"].as_array().unwrap().len(), 0);
    let sorted = api.get("/images?sort=id:desc").await;
    assert_eq!(sorted.body["images"][0]["id"], snap_id.max(161547270));
    assert_eq!(api.get("/images?type=disk").await.status, 400);

    // Backups need backups enabled; they are bound to the server.
    let no = act(&api, id, "create_image", json!({"type": "backup"})).await;
    assert_eq!(no.code(), "invalid_input");
    run(&api, id, "enable_backup", json!({})).await;
    let window = server(&api, id).await["backup_window"].as_str().unwrap().to_string();
    assert!(["22-02", "02-06", "06-10", "10-14", "14-18", "18-22"].contains(&window.as_str()), "{window}");
    let b = act(&api, id, "create_image", json!({"type": "backup"})).await;
    let backup_id = b.body["image"]["id"].as_i64().unwrap();
    assert_eq!(b.body["image"]["bound_to"], id);
    action_of(&api, &b).await;
    api.settle(id).await;
    let bound = api.get(&format!("/images?bound_to={id}")).await;
    assert_eq!(bound.body["images"].as_array().unwrap().len(), 1);
    assert_eq!(bound.body["images"][0]["id"], backup_id);

    // Updates: description, labels, backup -> snapshot.
    let u = api.put(&format!("/images/{backup_id}"), json!({"description": "keep", "labels": {"k": "v"}})).await;
    assert_eq!(u.status, 200, "{}", u.text);
    assert_eq!(u.body["image"]["description"], "keep");
    assert_eq!(u.body["image"]["labels"], json!({"k": "v"}));
    let c = api.put(&format!("/images/{backup_id}"), json!({"type": "snapshot"})).await;
    assert_eq!(c.body["image"]["type"], "snapshot");
    assert_eq!(c.body["image"]["bound_to"], Value::Null);
    assert_eq!(api.put("/images/161547269", json!({"description": "x"})).await.code(), "forbidden");
    assert_eq!(api.put("/images/999999", json!({"description": "x"})).await.code(), "not_found");
    assert_eq!(
        api.put(&format!("/images/{snap_id}"), json!({"labels": {"bad key": "x"}})).await.code(),
        "invalid_input"
    );

    // A second backup goes when backups are disabled; the converted one stays.
    let b2 = act(&api, id, "create_image", json!({"type": "backup"})).await;
    let backup2 = b2.body["image"]["id"].as_i64().unwrap();
    action_of(&api, &b2).await;
    api.settle(id).await;
    run(&api, id, "disable_backup", json!({})).await;
    assert_eq!(server(&api, id).await["backup_window"], Value::Null);
    assert_eq!(api.get(&format!("/images/{backup2}")).await.code(), "not_found");
    assert_eq!(api.get(&format!("/images/{backup_id}")).await.status, 200);

    // Protection.
    let p = api.post(&format!("/images/{snap_id}/actions/change_protection"), json!({"delete": true})).await;
    assert_eq!(p.status, 201, "{}", p.text);
    assert_eq!(p.body["action"]["command"], "change_protection");
    api.wait_action(p.body["action"]["id"].as_i64().unwrap()).await;
    assert_eq!(api.get(&format!("/images/{snap_id}")).await.body["image"]["protection"]["delete"], true);
    assert_eq!(api.delete(&format!("/images/{snap_id}")).await.code(), "protected");
    assert_eq!(api.delete("/images/161547269").await.code(), "forbidden");
    assert_eq!(
        api.post("/images/161547269/actions/change_protection", json!({"delete": true})).await.code(),
        "forbidden"
    );
    let acts = api.get(&format!("/images/{snap_id}/actions")).await;
    let commands: Vec<&str> =
        acts.body["actions"].as_array().unwrap().iter().map(|a| a["command"].as_str().unwrap()).collect();
    assert!(commands.contains(&"create_image") && commands.contains(&"change_protection"), "{commands:?}");
    let pid = p.body["action"]["id"].as_i64().unwrap();
    assert_eq!(api.get(&format!("/images/{snap_id}/actions/{pid}")).await.status, 200);
    assert_eq!(api.get(&format!("/images/actions/{pid}")).await.status, 200);
    assert!(api.get("/images/actions").await.body["actions"].as_array().unwrap().len() >= 4);
    assert_eq!(api.get("/images/161547269/actions").await.status, 200);

    // Rebuild from the snapshot: rebuilding, then running on the snapshot; a new password.
    let rb = act(&api, id, "rebuild", json!({"image": snap_id.to_string()})).await;
    assert_eq!(rb.status, 201, "{}", rb.text);
    assert_eq!(rb.body["action"]["command"], "rebuild_server");
    assert!(rb.body["root_password"].as_str().is_some_and(|p| p.len() >= 12));
    assert_eq!(server(&api, id).await["status"], "rebuilding");
    action_of(&api, &rb).await;
    api.settle(id).await;
    let s = server(&api, id).await;
    assert_eq!(s["status"], "running");
    assert_eq!(s["image"]["id"], snap_id);
    assert_eq!(s["image"]["type"], "snapshot");
    run(&api, id, "rebuild", json!({"image": "debian-12"})).await;
    assert_eq!(server(&api, id).await["image"]["name"], "debian-12");
    assert_eq!(server(&api, id).await["image"]["architecture"], "x86");
    assert_eq!(act(&api, id, "rebuild", json!({"image": "no-such-image"})).await.code(), "not_found");
    assert_eq!(act(&api, id, "rebuild", json!({"image": "76766500"})).await.code(), "invalid_input");
    let prot =
        api.post(&format!("/servers/{id}/actions/change_protection"), json!({"delete": true, "rebuild": true})).await;
    action_of(&api, &prot).await;
    api.settle(id).await;
    assert_eq!(act(&api, id, "rebuild", json!({"image": "ubuntu-24.04"})).await.code(), "protected");
    let unprot =
        api.post(&format!("/servers/{id}/actions/change_protection"), json!({"delete": false, "rebuild": false})).await;
    action_of(&api, &unprot).await;
    api.settle(id).await;

    // Unprotected, the snapshot deletes; a backup goes with its server.
    let p = api.post(&format!("/images/{snap_id}/actions/change_protection"), json!({"delete": false})).await;
    api.wait_action(p.body["action"]["id"].as_i64().unwrap()).await;
    assert_eq!(api.delete(&format!("/images/{snap_id}")).await.status, 204);
    assert_eq!(api.get(&format!("/images/{snap_id}")).await.code(), "not_found");
    run(&api, id, "enable_backup", json!({})).await;
    let b3 = act(&api, id, "create_image", json!({"type": "backup"})).await;
    let backup3 = b3.body["image"]["id"].as_i64().unwrap();
    action_of(&api, &b3).await;
    api.settle(id).await;
    let del = api.delete(&format!("/servers/{id}")).await;
    api.wait_action(del.body["action"]["id"].as_i64().unwrap()).await;
    assert_eq!(api.get(&format!("/images/{backup3}")).await.code(), "not_found");
    assert_eq!(api.get(&format!("/images/{backup_id}")).await.status, 200, "a converted backup survives");
    conformance::assert_conforms(&api, OWN);
}

#[tokio::test]
async fn iso_rescue_console_password_and_dns() {
    let api = Api::start(cfg()).await;
    let id = ready_server(&api, "box").await;

    // ISO by name, by id; the server shows the whole ISO; an arm ISO does not fit.
    let a = run(&api, id, "attach_iso", json!({"iso": "virtio-win-0.1.248.iso"})).await;
    assert_eq!(a["command"], "attach_iso");
    let s = server(&api, id).await;
    assert_eq!(s["iso"]["id"], 4483);
    assert_eq!(s["iso"]["type"], "public");
    run(&api, id, "attach_iso", json!({"iso": "4520"})).await;
    assert_eq!(server(&api, id).await["iso"]["name"], "debian-12.7.0-amd64-netinst.iso");
    assert_eq!(
        act(&api, id, "attach_iso", json!({"iso": "debian-12.7.0-arm64-netinst.iso"})).await.code(),
        "invalid_input"
    );
    assert_eq!(act(&api, id, "attach_iso", json!({"iso": "nope.iso"})).await.code(), "not_found");
    run(&api, id, "attach_iso", json!({"iso": "netboot.xyz.iso"})).await;
    run(&api, id, "detach_iso", json!({})).await;
    assert_eq!(server(&api, id).await["iso"], Value::Null);
    // Nothing attached: done at once.
    let r = act(&api, id, "detach_iso", json!({})).await;
    assert_eq!(r.body["action"]["status"], "success");
    // A failed attach leaves nothing attached.
    api.emu.fail_next_actions("attach_iso", 1, "action_failed", "iso unavailable");
    let r = act(&api, id, "attach_iso", json!({"iso": "4483"})).await;
    assert_eq!(action_of(&api, &r).await["status"], "error");
    api.settle(id).await;
    assert_eq!(server(&api, id).await["iso"], Value::Null);

    // Rescue.
    let key = api.post("/ssh_keys", json!({"name": "k", "public_key": common::ssh_public_key(1)})).await;
    let key_id = key.body["ssh_key"]["id"].as_i64().unwrap();
    assert_eq!(act(&api, id, "enable_rescue", json!({"ssh_keys": [999999]})).await.code(), "invalid_input");
    let r = act(&api, id, "enable_rescue", json!({"type": "linux64", "ssh_keys": [key_id]})).await;
    assert!(r.body["root_password"].as_str().is_some_and(|p| !p.is_empty()));
    assert_eq!(r.body["action"]["command"], "enable_rescue");
    action_of(&api, &r).await;
    api.settle(id).await;
    assert_eq!(server(&api, id).await["rescue_enabled"], true);
    run(&api, id, "disable_rescue", json!({})).await;
    assert_eq!(server(&api, id).await["rescue_enabled"], false);

    // Console and password.
    let c = act(&api, id, "request_console", json!({})).await;
    assert_eq!(c.status, 201, "{}", c.text);
    let url = c.body["wss_url"].as_str().unwrap();
    assert!(url.starts_with(&format!("wss://console.hetzner.cloud/?server_id={id}&token=")), "{url}");
    assert_eq!(c.body["password"].as_str().unwrap().len(), 32);
    action_of(&api, &c).await;
    api.settle(id).await;
    let p = act(&api, id, "reset_password", json!({})).await;
    assert!(p.body["root_password"].as_str().is_some_and(|p| !p.is_empty()));
    assert_eq!(p.body["action"]["command"], "reset_password");
    action_of(&api, &p).await;
    api.settle(id).await;

    // Reverse DNS of the primary IPs.
    let s = server(&api, id).await;
    let v4 = s["public_net"]["ipv4"]["ip"].as_str().unwrap().to_string();
    let v4_id = s["public_net"]["ipv4"]["id"].as_i64().unwrap();
    let net6 = s["public_net"]["ipv6"]["ip"].as_str().unwrap().to_string();
    run(&api, id, "change_dns_ptr", json!({"ip": v4, "dns_ptr": "box.example.com"})).await;
    assert_eq!(server(&api, id).await["public_net"]["ipv4"]["dns_ptr"], "box.example.com");
    let pip = api.get(&format!("/primary_ips/{v4_id}")).await;
    assert_eq!(pip.body["primary_ip"]["dns_ptr"], json!([{"ip": v4, "dns_ptr": "box.example.com"}]));
    run(&api, id, "change_dns_ptr", json!({"ip": v4, "dns_ptr": null})).await;
    let reset = server(&api, id).await["public_net"]["ipv4"]["dns_ptr"].as_str().unwrap().to_string();
    assert!(reset.starts_with("static.") && reset.ends_with(".clients.your-server.de"), "{reset}");
    let v6 = net6.replace("::/64", "::1");
    run(&api, id, "change_dns_ptr", json!({"ip": v6, "dns_ptr": "v6.example.com"})).await;
    assert_eq!(
        server(&api, id).await["public_net"]["ipv6"]["dns_ptr"],
        json!([{"ip": v6, "dns_ptr": "v6.example.com"}])
    );
    run(&api, id, "change_dns_ptr", json!({"ip": v6, "dns_ptr": null})).await;
    assert_eq!(server(&api, id).await["public_net"]["ipv6"]["dns_ptr"], json!([]));
    assert_eq!(
        act(&api, id, "change_dns_ptr", json!({"ip": "192.0.2.1", "dns_ptr": "x.example.com"})).await.code(),
        "invalid_input"
    );
    assert_eq!(
        act(&api, id, "change_dns_ptr", json!({"ip": v4, "dns_ptr": "not a name"})).await.code(),
        "invalid_input"
    );

    // Stopped, the password cannot be reset.
    run(&api, id, "poweroff", json!({})).await;
    assert_eq!(act(&api, id, "reset_password", json!({})).await.code(), "server_not_running");
    conformance::assert_conforms(&api, OWN);
}

#[tokio::test]
async fn change_type_and_placement_groups() {
    let api = Api::start(cfg()).await;
    let id = ready_server(&api, "grow").await;
    assert_eq!(
        act(&api, id, "change_type", json!({"server_type": "cx32", "upgrade_disk": false})).await.code(),
        "server_not_stopped"
    );
    run(&api, id, "poweroff", json!({})).await;
    assert_eq!(
        act(&api, id, "change_type", json!({"server_type": "cax11", "upgrade_disk": true})).await.code(),
        "invalid_server_type"
    );
    assert_eq!(
        act(&api, id, "change_type", json!({"server_type": "cx99", "upgrade_disk": true})).await.code(),
        "not_found"
    );
    let r = act(&api, id, "change_type", json!({"server_type": "cx32", "upgrade_disk": false})).await;
    assert_eq!(r.body["action"]["command"], "change_server_type");
    assert_eq!(server(&api, id).await["status"], "migrating");
    action_of(&api, &r).await;
    api.settle(id).await;
    let s = server(&api, id).await;
    assert_eq!(s["server_type"]["name"], "cx32");
    assert_eq!(s["primary_disk_size"].as_f64(), Some(40.0));
    assert_eq!(s["status"], "running");
    // The disk was kept: back down is possible; with the disk upgraded it is not.
    run(&api, id, "poweroff", json!({})).await;
    run(&api, id, "change_type", json!({"server_type": "cx22", "upgrade_disk": false})).await;
    run(&api, id, "poweroff", json!({})).await;
    run(&api, id, "change_type", json!({"server_type": "105", "upgrade_disk": true})).await;
    assert_eq!(server(&api, id).await["primary_disk_size"].as_f64(), Some(80.0));
    run(&api, id, "poweroff", json!({})).await;
    assert_eq!(
        act(&api, id, "change_type", json!({"server_type": "cx22", "upgrade_disk": false})).await.code(),
        "invalid_server_type"
    );

    // Placement groups.
    let pg = api.post("/placement_groups", json!({"name": "spread-1", "type": "spread"})).await;
    assert_eq!(pg.status, 201, "{}", pg.text);
    let pg_id = pg.body["placement_group"]["id"].as_i64().unwrap();
    assert_eq!(act(&api, id, "add_to_placement_group", json!({"placement_group": 999999})).await.code(), "not_found");
    let a = run(&api, id, "add_to_placement_group", json!({"placement_group": pg_id})).await;
    assert!(a["resources"].as_array().unwrap().contains(&json!({"id": pg_id, "type": "placement_group"})));
    assert_eq!(server(&api, id).await["placement_group"]["id"], pg_id);
    assert_eq!(api.get(&format!("/placement_groups/{pg_id}")).await.body["placement_group"]["servers"], json!([id]));
    assert_eq!(
        act(&api, id, "add_to_placement_group", json!({"placement_group": pg_id})).await.code(),
        "already_in_placement_group"
    );
    run(&api, id, "remove_from_placement_group", json!({})).await;
    assert_eq!(server(&api, id).await["placement_group"], Value::Null);
    assert_eq!(api.get(&format!("/placement_groups/{pg_id}")).await.body["placement_group"]["servers"], json!([]));
    run(&api, id, "poweron", json!({})).await;
    assert_eq!(
        act(&api, id, "add_to_placement_group", json!({"placement_group": pg_id})).await.code(),
        "server_not_stopped"
    );

    // Unknown servers and locked ones.
    for name in [
        "add_to_placement_group",
        "remove_from_placement_group",
        "attach_iso",
        "detach_iso",
        "change_dns_ptr",
        "change_type",
        "create_image",
        "enable_backup",
        "disable_backup",
        "enable_rescue",
        "disable_rescue",
        "rebuild",
        "request_console",
        "reset_password",
    ] {
        // A valid body, so that the request is refused for the server and not for its input.
        let body = match name {
            "add_to_placement_group" => json!({"placement_group": pg_id}),
            "attach_iso" => json!({"iso": "4483"}),
            "change_dns_ptr" => json!({"ip": "203.0.113.1", "dns_ptr": null}),
            "change_type" => json!({"server_type": "cx32", "upgrade_disk": false}),
            "rebuild" => json!({"image": "ubuntu-24.04"}),
            _ => json!({}),
        };
        assert_eq!(act(&api, 999999, name, body).await.code(), "not_found", "{name}");
    }
    let busy = act(&api, id, "reboot", json!({})).await;
    assert_eq!(busy.status, 201);
    for (name, body) in [
        ("enable_rescue", json!({})),
        ("attach_iso", json!({"iso": "4483"})),
        ("request_console", json!({})),
        ("create_image", json!({})),
    ] {
        assert_eq!(act(&api, id, name, body).await.code(), "locked", "{name}");
    }
    action_of(&api, &busy).await;
    conformance::assert_conforms(&api, OWN);
}

#[tokio::test]
async fn metrics() {
    let api = Api::start(cfg()).await;
    let id = ready_server(&api, "m").await;
    let base = format!("/servers/{id}/metrics");
    let r = api.get(&format!("{base}?type=cpu&start=2024-05-01T00:00:00Z&end=2024-05-01T01:00:00Z&step=60")).await;
    assert_eq!(r.status, 200, "{}", r.text);
    let m = &r.body["metrics"];
    assert_eq!(m["step"].as_f64(), Some(60.0));
    assert_eq!(m["start"], "2024-05-01T00:00:00+00:00");
    assert_eq!(m["end"], "2024-05-01T01:00:00+00:00");
    let values = m["time_series"]["cpu"]["values"].as_array().unwrap();
    assert_eq!(values.len(), 61);
    assert_eq!(values[0][0].as_f64(), Some(1_714_521_600.0));
    assert!(values.iter().all(|v| v[1].as_str().unwrap().parse::<f64>().is_ok()));
    let r = api
        .get(&format!("{base}?type=disk,network&start=2024-05-01T00:00:00%2B02:00&end=2024-05-02T00:00:00%2B02:00"))
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let series = r.body["metrics"]["time_series"].as_object().unwrap();
    let mut names: Vec<&str> = series.keys().map(String::as_str).collect();
    names.sort_unstable();
    assert_eq!(
        names,
        [
            "disk.0.bandwidth.read",
            "disk.0.bandwidth.write",
            "disk.0.iops.read",
            "disk.0.iops.write",
            "network.0.bandwidth.in",
            "network.0.bandwidth.out",
            "network.0.pps.in",
            "network.0.pps.out"
        ]
    );
    // No step: at most 200 samples; a small step is raised to 500 samples at most.
    assert!(series["disk.0.iops.read"]["values"].as_array().unwrap().len() <= 201);
    let r =
        api.get(&format!("{base}?type=cpu&type=disk&start=2024-05-01T00:00:00Z&end=2024-05-02T00:00:00Z&step=1")).await;
    assert!(r.body["metrics"]["time_series"]["cpu"]["values"].as_array().unwrap().len() <= 500);
    assert_eq!(r.body["metrics"]["time_series"].as_object().unwrap().len(), 5);
    // Errors.
    let q = "start=2024-05-01T00:00:00Z&end=2024-05-01T01:00:00Z";
    assert_eq!(api.get(&format!("{base}?{q}")).await.code(), "invalid_input");
    assert_eq!(api.get(&format!("{base}?type=memory&{q}")).await.code(), "invalid_input");
    assert_eq!(
        api.get(&format!("{base}?type=cpu&start=2024-05-01T01:00:00Z&end=2024-05-01T00:00:00Z")).await.code(),
        "invalid_input"
    );
    assert_eq!(
        api.get(&format!("{base}?type=cpu&start=yesterday&end=2024-05-01T00:00:00Z")).await.code(),
        "invalid_input"
    );
    assert_eq!(api.get(&format!("/servers/999999/metrics?type=cpu&{q}")).await.code(), "not_found");
    conformance::assert_conforms(&api, OWN);
}
