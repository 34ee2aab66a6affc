//! API behaviour over real HTTP: resources, errors, lists, actions, time.

mod common;

use std::collections::HashSet;
use std::time::Duration;

use common::{Api, config, ssh_public_key};
use hcloud_emulator::Config;
use serde_json::{Value, json};

fn ids(list: &Value, key: &str) -> Vec<i64> {
    list[key].as_array().unwrap().iter().map(|x| x["id"].as_i64().unwrap()).collect()
}

#[tokio::test]
async fn server_lifecycle() {
    let api = Api::start(config()).await;
    let r = api
        .post(
            "/servers",
            json!({"name": "web-1", "server_type": "cx22", "image": "ubuntu-24.04",
                   "location": "nbg1", "labels": {"env": "prod"}}),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let server = &r.body["server"];
    let id = server["id"].as_i64().unwrap();
    assert_eq!(server["name"], "web-1");
    assert_eq!(server["status"], "initializing");
    assert_eq!(server["server_type"]["name"], "cx22");
    assert_eq!(server["location"]["name"], "nbg1");
    assert_eq!(server["image"]["name"], "ubuntu-24.04");
    assert_eq!(server["labels"]["env"], "prod");
    let ip = server["public_net"]["ipv4"]["ip"].as_str().unwrap();
    assert!(ip.starts_with("203.0.113.") || ip.starts_with("198.51.100."), "{ip}");
    assert!(server["public_net"]["ipv6"]["ip"].as_str().unwrap().starts_with("2001:db8:"));
    assert_eq!(r.body["action"]["command"], "create_server");
    assert_eq!(r.body["action"]["status"], "running");
    assert_eq!(r.body["next_actions"][0]["command"], "start_server");
    assert!(r.body["root_password"].as_str().unwrap().len() >= 12);

    // Locked while the create action runs.
    let r = api.post(&format!("/servers/{id}/actions/poweroff"), json!({})).await;
    assert_eq!((r.status, r.code()), (423, "locked"));

    let action = api.wait_action(r_action_id(&api, id, "create_server").await).await;
    assert_eq!(action["status"], "success");
    assert_eq!(action["progress"], 100);
    assert!(action["finished"].is_string());
    let r = api.get(&format!("/servers/{id}")).await;
    assert_eq!(r.body["server"]["status"], "running");

    // Update name and labels.
    let r = api.put(&format!("/servers/{id}"), json!({"name": "web-2", "labels": {"env": "dev"}})).await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(r.body["server"]["name"], "web-2");
    assert_eq!(r.body["server"]["labels"], json!({"env": "dev"}));

    // Power off, then on.
    let r = api.post(&format!("/servers/{id}/actions/poweroff"), json!({})).await;
    assert_eq!(r.status, 201, "{}", r.text);
    assert_eq!(r.body["action"]["command"], "stop_server");
    assert_eq!(api.get(&format!("/servers/{id}")).await.body["server"]["status"], "stopping");
    api.wait_action(r.body["action"]["id"].as_i64().unwrap()).await;
    assert_eq!(api.get(&format!("/servers/{id}")).await.body["server"]["status"], "off");
    let r = api.send("POST", &format!("/servers/{id}/actions/poweron"), None).await;
    assert_eq!(r.status, 201, "{}", r.text);
    assert_eq!(r.body["action"]["command"], "start_server");
    assert_eq!(api.get(&format!("/servers/{id}")).await.body["server"]["status"], "starting");
    api.wait_action(r.body["action"]["id"].as_i64().unwrap()).await;
    assert_eq!(api.get(&format!("/servers/{id}")).await.body["server"]["status"], "running");
    for (path, command) in [("shutdown", "shutdown_server"), ("reboot", "reboot_server"), ("reset", "reset_server")] {
        let r = api.post(&format!("/servers/{id}/actions/{path}"), json!({})).await;
        assert_eq!(r.status, 201, "{}", r.text);
        assert_eq!(r.body["action"]["command"], command);
        api.wait_action(r.body["action"]["id"].as_i64().unwrap()).await;
    }
    assert_eq!(api.get(&format!("/servers/{id}")).await.body["server"]["status"], "running");

    // Delete: deleting, then gone.
    let r = api.delete(&format!("/servers/{id}")).await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(r.body["action"]["command"], "delete_server");
    assert_eq!(api.get(&format!("/servers/{id}")).await.body["server"]["status"], "deleting");
    api.wait_action(r.body["action"]["id"].as_i64().unwrap()).await;
    let r = api.get(&format!("/servers/{id}")).await;
    assert_eq!((r.status, r.code()), (404, "not_found"));
    assert_eq!(api.get("/servers").await.body["servers"], json!([]));
    api.emu.stop().await;
}

async fn r_action_id(api: &Api, server: i64, command: &str) -> i64 {
    let r = api.get(&format!("/servers/{server}/actions")).await;
    r.body["actions"].as_array().unwrap().iter().find(|a| a["command"] == command).unwrap()["id"].as_i64().unwrap()
}

#[tokio::test]
async fn server_create_options() {
    let api = Api::start(config()).await;
    let key = api.post("/ssh_keys", json!({"name": "k1", "public_key": ssh_public_key(1)})).await;
    let key_id = key.body["ssh_key"]["id"].as_i64().unwrap();
    api.post("/ssh_keys", json!({"name": "k2", "public_key": ssh_public_key(2)})).await;
    let r = api
        .post(
            "/servers",
            json!({"name": "a", "server_type": "cax11", "image": "ubuntu-24.04",
                   "ssh_keys": [key_id, "k2"], "start_after_create": false,
                   "public_net": {"enable_ipv4": false}, "user_data": "#cloud-config\n"}),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    assert!(r.body["root_password"].is_null());
    assert_eq!(r.body["next_actions"], json!([]));
    assert_eq!(r.body["server"]["image"]["architecture"], "arm");
    assert!(r.body["server"]["public_net"]["ipv4"].is_null());
    let id = r.body["server"]["id"].as_i64().unwrap();
    api.wait_action(r.body["action"]["id"].as_i64().unwrap()).await;
    assert_eq!(api.get(&format!("/servers/{id}")).await.body["server"]["status"], "off");
    // Server types and images also by id.
    let r =
        api.post("/servers", json!({"name": "b", "server_type": "104", "image": "161547269", "location": "1"})).await;
    assert_eq!(r.status, 201, "{}", r.text);
    assert_eq!(r.body["server"]["location"]["name"], "fsn1");
}

#[tokio::test]
async fn server_validation_errors() {
    let api = Api::start(config()).await;
    let r = api.post("/servers", json!({})).await;
    assert_eq!((r.status, r.code()), (422, "invalid_input"));
    let f = r.fields();
    for want in ["name", "server_type", "image"] {
        assert!(f.contains(&want.to_string()), "{f:?}");
    }
    let r = api
        .post(
            "/servers",
            json!({"name": 7, "server_type": "cx22", "image": "ubuntu-24.04", "start_after_create": "yes"}),
        )
        .await;
    assert_eq!(r.status, 422);
    assert_eq!(r.fields(), vec!["name", "start_after_create"]);
    let cases = [
        (json!({"name": "bad_name!", "server_type": "cx22", "image": "ubuntu-24.04"}), "name"),
        (json!({"name": "a", "server_type": "cx99", "image": "ubuntu-24.04"}), "server_type"),
        (json!({"name": "a", "server_type": "cx22", "image": "windows"}), "image"),
        (json!({"name": "a", "server_type": "cx22", "image": "103908070"}), "image"),
        (json!({"name": "a", "server_type": "cx22", "image": "ubuntu-24.04", "location": "mars"}), "location"),
        (json!({"name": "a", "server_type": "cax11", "image": "ubuntu-24.04", "location": "ash"}), "location"),
        (json!({"name": "a", "server_type": "cx22", "image": "ubuntu-24.04", "ssh_keys": ["nope"]}), "ssh_keys"),
        (
            json!({"name": "a", "server_type": "cx22", "image": "ubuntu-24.04", "firewalls": [{"firewall": 99}]}),
            "firewalls",
        ),
        (json!({"name": "a", "server_type": "cx22", "image": "ubuntu-24.04", "labels": {"-bad": "x"}}), "labels"),
    ];
    for (body, field) in cases {
        let r = api.post("/servers", body.clone()).await;
        assert_eq!((r.status, r.code()), (422, "invalid_input"), "{body}");
        assert_eq!(r.fields(), vec![field], "{body}: {}", r.text);
    }
    let r = api.send("POST", "/servers", Some("{not json".into())).await;
    assert_eq!((r.status, r.code()), (400, "json_error"));
    let r = api.send("POST", "/servers", None).await;
    assert_eq!((r.status, r.code()), (400, "json_error"));

    api.server("dup", json!({})).await;
    let r = api.post("/servers", json!({"name": "dup", "server_type": "cx22", "image": "ubuntu-24.04"})).await;
    assert_eq!((r.status, r.code()), (409, "uniqueness_error"));
    assert_eq!(r.fields(), vec!["name"]);
    // Nothing was created by the failed attempts.
    assert_eq!(api.get("/servers").await.body["meta"]["pagination"]["total_entries"], 1);
    let r = api.get("/servers/999").await;
    assert_eq!((r.status, r.code()), (404, "not_found"));
    let r = api.get("/servers/abc").await;
    assert_eq!(r.code(), "invalid_input");
}

#[tokio::test]
async fn protection_and_lock() {
    let api = Api::start(config()).await;
    let id = api.server("p", json!({})).await;
    let r =
        api.post(&format!("/servers/{id}/actions/change_protection"), json!({"delete": true, "rebuild": true})).await;
    assert_eq!((r.status, r.code()), (423, "locked"));
    api.settle(id).await;
    let r =
        api.post(&format!("/servers/{id}/actions/change_protection"), json!({"delete": true, "rebuild": false})).await;
    assert_eq!((r.status, r.code()), (422, "invalid_input"));
    let r =
        api.post(&format!("/servers/{id}/actions/change_protection"), json!({"delete": true, "rebuild": true})).await;
    assert_eq!(r.status, 201, "{}", r.text);
    assert_eq!(r.body["action"]["command"], "change_protection");
    let s = api.get(&format!("/servers/{id}")).await;
    assert_eq!(s.body["server"]["protection"], json!({"delete": true, "rebuild": true}));
    let r = api.delete(&format!("/servers/{id}")).await;
    assert_eq!((r.status, r.code()), (423, "protected"));
    api.post(&format!("/servers/{id}/actions/change_protection"), json!({"delete": false, "rebuild": false})).await;
    let r = api.delete(&format!("/servers/{id}")).await;
    assert_eq!(r.status, 200, "{}", r.text);
    // A second delete while deleting is locked.
    let r = api.delete(&format!("/servers/{id}")).await;
    assert_eq!((r.status, r.code()), (423, "locked"));
}

#[tokio::test]
async fn actions_endpoints() {
    let api = Api::start(config()).await;
    let id = api.server("s", json!({})).await;
    api.settle(id).await;
    let a1 = api.post(&format!("/servers/{id}/actions/reboot"), json!({})).await.body["action"]["id"].as_i64().unwrap();

    // /servers/{id}/actions: all three, filters, sort, pagination.
    let r = api.get(&format!("/servers/{id}/actions")).await;
    assert_eq!(r.status, 200);
    let all = ids(&r.body, "actions");
    assert_eq!(all.len(), 3);
    assert_eq!(r.body["meta"]["pagination"]["total_entries"], 3);
    let r = api.get(&format!("/servers/{id}/actions?status=running")).await;
    assert_eq!(ids(&r.body, "actions"), vec![a1]);
    let r = api.get(&format!("/servers/{id}/actions?status=success&sort=id:desc")).await;
    let succ = ids(&r.body, "actions");
    assert_eq!(succ.len(), 2);
    assert!(succ[0] > succ[1]);
    let r = api.get(&format!("/servers/{id}/actions?sort=command&per_page=2&page=2")).await;
    assert_eq!(r.body["actions"].as_array().unwrap().len(), 1);
    assert_eq!(r.body["actions"][0]["command"], "start_server");
    let r = api.get(&format!("/servers/{id}/actions?status=bogus")).await;
    assert_eq!(r.code(), "invalid_input");
    let r = api.get(&format!("/servers/{id}/actions/{a1}")).await;
    assert_eq!(r.body["action"]["command"], "reboot_server");
    let r = api.get(&format!("/servers/{}/actions/{a1}", id + 100)).await;
    assert_eq!(r.status, 404);

    // /actions?id=..&id=..
    let r = api.get(&format!("/actions?id={}&id={a1}&id=424242", all[0])).await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(ids(&r.body, "actions"), vec![all[0], a1]);
    let r = api.get("/actions").await;
    assert_eq!((r.status, r.code()), (410, "deprecated_api_endpoint"));
    let r = api.get("/actions?id=x").await;
    assert_eq!(r.code(), "invalid_input");
    let r = api.get("/actions/424242").await;
    assert_eq!(r.status, 404);

    // /servers/actions
    let r = api.get("/servers/actions?sort=started:desc").await;
    assert_eq!(ids(&r.body, "actions").len(), 3);
    let r = api.get(&format!("/servers/actions/{a1}")).await;
    assert_eq!(r.body["action"]["id"], a1);

    // Progress grows, then success.
    let a = api.wait_action(a1).await;
    assert_eq!(a["status"], "success");
}

#[tokio::test]
async fn progress_and_time_scale() {
    let api = Api::start(Config { action_duration_ms: 2000, time_scale: 10.0, ..config() }).await;
    let r = api.post("/servers", json!({"name": "t", "server_type": "cx22", "image": "debian-12"})).await;
    let action = r.body["action"]["id"].as_i64().unwrap();
    tokio::time::sleep(Duration::from_millis(100)).await;
    let p = api.get(&format!("/actions/{action}")).await.body["action"]["progress"].as_i64().unwrap();
    assert!((20..=90).contains(&p), "progress {p}");
    // 2000 emulated ms at 10x is 200 real ms.
    tokio::time::sleep(Duration::from_millis(150)).await;
    let a = api.get(&format!("/actions/{action}")).await;
    assert_eq!(a.body["action"]["status"], "success");
}

#[tokio::test]
async fn action_failures() {
    let api = Api::start(config()).await;
    api.emu.fail_next_actions("create_server", 1, "boot_failed", "disk on fire");
    let r = api.post("/servers", json!({"name": "f", "server_type": "cx22", "image": "debian-12"})).await;
    let id = r.body["server"]["id"].as_i64().unwrap();
    let a = api.wait_action(r.body["action"]["id"].as_i64().unwrap()).await;
    assert_eq!(a["status"], "error");
    assert_eq!(a["error"], json!({"code": "boot_failed", "message": "disk on fire"}));
    let next = api.wait_action(r.body["next_actions"][0]["id"].as_i64().unwrap()).await;
    assert_eq!(next["status"], "error");
    assert_eq!(api.get(&format!("/servers/{id}")).await.body["server"]["status"], "off");
    // Only one failure was registered.
    let id2 = api.server("g", json!({})).await;
    api.settle(id2).await;
    assert_eq!(api.get(&format!("/servers/{id2}")).await.body["server"]["status"], "running");
    // Over HTTP: the next poweroff fails; the server stays running.
    let r = api
        .post(
            "/__emulator/action-failures",
            json!({"command": "stop_server", "times": 1, "code": "action_failed", "message": "nope"}),
        )
        .await;
    assert_eq!(r.status, 204);
    let r = api.post(&format!("/servers/{id2}/actions/poweroff"), json!({})).await;
    let a = api.wait_action(r.body["action"]["id"].as_i64().unwrap()).await;
    assert_eq!(a["status"], "error");
    assert_eq!(api.get(&format!("/servers/{id2}")).await.body["server"]["status"], "running");
}

#[tokio::test]
async fn ssh_keys_crud() {
    let api = Api::start(config()).await;
    let r =
        api.post("/ssh_keys", json!({"name": "me", "public_key": ssh_public_key(1), "labels": {"team": "a"}})).await;
    assert_eq!(r.status, 201, "{}", r.text);
    let key = &r.body["ssh_key"];
    let id = key["id"].as_i64().unwrap();
    let fp = key["fingerprint"].as_str().unwrap().to_string();
    assert_eq!(fp.len(), 47);
    assert_eq!(key["public_key"], ssh_public_key(1));
    assert_eq!(api.get(&format!("/ssh_keys/{id}")).await.body["ssh_key"]["name"], "me");
    let r = api.get(&format!("/ssh_keys?fingerprint={fp}")).await;
    assert_eq!(ids(&r.body, "ssh_keys"), vec![id]);
    let r = api.get("/ssh_keys?name=me").await;
    assert_eq!(ids(&r.body, "ssh_keys"), vec![id]);
    let r = api.get("/ssh_keys?name=other").await;
    assert_eq!(ids(&r.body, "ssh_keys"), Vec::<i64>::new());

    let r = api.post("/ssh_keys", json!({"name": "me", "public_key": ssh_public_key(2)})).await;
    assert_eq!((r.status, r.code()), (409, "uniqueness_error"));
    let r = api.post("/ssh_keys", json!({"name": "me2", "public_key": ssh_public_key(1)})).await;
    assert_eq!((r.status, r.code()), (409, "uniqueness_error"));
    assert_eq!(r.fields(), vec!["public_key"]);
    let r = api.post("/ssh_keys", json!({"name": "bad", "public_key": "ssh-rsa not-base64!"})).await;
    assert_eq!((r.status, r.code()), (422, "invalid_input"));
    assert_eq!(r.fields(), vec!["public_key"]);
    let r = api.post("/ssh_keys", json!({"name": "x"})).await;
    assert_eq!(r.fields(), vec!["public_key"]);

    let r = api.put(&format!("/ssh_keys/{id}"), json!({"name": "renamed", "labels": {}})).await;
    assert_eq!(r.status, 200);
    assert_eq!(r.body["ssh_key"]["name"], "renamed");
    assert_eq!(r.body["ssh_key"]["labels"], json!({}));
    let r = api.delete(&format!("/ssh_keys/{id}")).await;
    assert_eq!(r.status, 204);
    assert!(r.text.is_empty());
    assert_eq!(api.get(&format!("/ssh_keys/{id}")).await.status, 404);
    assert_eq!(api.delete(&format!("/ssh_keys/{id}")).await.status, 404);
}

#[tokio::test]
async fn pagination() {
    let api = Api::start(config()).await;
    for i in 0..60u8 {
        let r = api.post("/ssh_keys", json!({"name": format!("key-{i:02}"), "public_key": ssh_public_key(i)})).await;
        assert_eq!(r.status, 201);
    }
    let r = api.get("/ssh_keys").await;
    assert_eq!(r.body["ssh_keys"].as_array().unwrap().len(), 25);
    assert_eq!(
        r.body["meta"]["pagination"],
        json!({"page": 1, "per_page": 25, "previous_page": null, "next_page": 2,
               "last_page": 3, "total_entries": 60})
    );
    let r = api.get("/ssh_keys?page=3").await;
    assert_eq!(r.body["ssh_keys"].as_array().unwrap().len(), 10);
    assert_eq!(r.body["meta"]["pagination"]["previous_page"], 2);
    assert_eq!(r.body["meta"]["pagination"]["next_page"], Value::Null);
    let r = api.get("/ssh_keys?per_page=100").await;
    assert_eq!(r.body["ssh_keys"].as_array().unwrap().len(), 50);
    assert_eq!(r.body["meta"]["pagination"]["per_page"], 50);
    let r = api.get("/ssh_keys?per_page=7&page=2").await;
    let page2 = ids(&r.body, "ssh_keys");
    assert_eq!(page2.len(), 7);
    assert_eq!(page2[0], 8);
    let r = api.get("/ssh_keys?page=9").await;
    assert_eq!(r.body["ssh_keys"], json!([]));
    for bad in ["page=0", "page=x", "per_page=0", "per_page=-3"] {
        let r = api.get(&format!("/ssh_keys?{bad}")).await;
        assert_eq!((r.status, r.code()), (400, "invalid_input"), "{bad}");
    }
}

#[tokio::test]
async fn label_selectors_and_sort() {
    let api = Api::start(config()).await;
    let a = api.server("alpha", json!({"env": "prod", "tier": "web"})).await;
    let b = api.server("bravo", json!({"env": "staging", "tier": "db"})).await;
    let c = api.server("charlie", json!({"env": "dev"})).await;
    let d = api.server("delta", json!({"example.com/team": "ops", "tier": "web"})).await;
    let cases: Vec<(&str, Vec<i64>)> = vec![
        ("env=prod", vec![a]),
        ("env==staging", vec![b]),
        ("env!=prod", vec![b, c, d]),
        ("tier", vec![a, b, d]),
        ("!tier", vec![c]),
        ("env in (prod,dev)", vec![a, c]),
        ("env notin (prod,dev)", vec![b, d]),
        ("tier=web,!env", vec![d]),
        ("tier=web,env", vec![a]),
        ("example.com/team=ops", vec![d]),
        ("env in (prod, staging),tier notin (db)", vec![a]),
    ];
    for (sel, want) in cases {
        let q: String = form_encode(sel);
        let r = api.get(&format!("/servers?label_selector={q}")).await;
        assert_eq!(r.status, 200, "{sel}: {}", r.text);
        assert_eq!(ids(&r.body, "servers"), want, "{sel}");
    }
    for bad in ["==v", "env in (a", "a b", "!x=y", "k notin", "env=x y"] {
        let r = api.get(&format!("/servers?label_selector={}", form_encode(bad))).await;
        assert_eq!((r.status, r.code()), (400, "invalid_input"), "{bad}");
    }
    // Sorting.
    let r = api.get("/servers?sort=name:desc").await;
    assert_eq!(ids(&r.body, "servers"), vec![d, c, b, a]);
    let r = api.get("/servers?sort=id:desc").await;
    assert_eq!(ids(&r.body, "servers"), vec![d, c, b, a]);
    let r = api.get("/servers?sort=id:asc").await;
    assert_eq!(ids(&r.body, "servers"), vec![a, b, c, d]);
    let r = api.get("/servers?sort=created&sort=name:desc").await;
    assert_eq!(ids(&r.body, "servers").len(), 4);
    let r = api.get("/servers?sort=name").await;
    assert_eq!(ids(&r.body, "servers"), vec![a, b, c, d]);
    for bad in ["sort=cores", "sort=name:up"] {
        let r = api.get(&format!("/servers?{bad}")).await;
        assert_eq!((r.status, r.code()), (400, "invalid_input"), "{bad}");
    }
    // Name and status filters.
    let r = api.get("/servers?name=bravo").await;
    assert_eq!(ids(&r.body, "servers"), vec![b]);
    let r = api.get("/servers?status=initializing&status=running").await;
    assert_eq!(ids(&r.body, "servers").len(), 4);
    let r = api.get("/servers?status=off").await;
    assert_eq!(ids(&r.body, "servers"), Vec::<i64>::new());
    let r = api.get("/servers?status=flying").await;
    assert_eq!(r.status, 400);
}

fn form_encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[tokio::test]
async fn firewalls() {
    let api = Api::start(config()).await;
    let s1 = api.server("fw-a", json!({"role": "web"})).await;
    let s2 = api.server("fw-b", json!({"role": "db"})).await;
    let r = api
        .post(
            "/firewalls",
            json!({
                "name": "web",
                "labels": {"x": "y"},
                "rules": [
                    {"direction": "in", "protocol": "tcp", "port": "80", "source_ips": ["0.0.0.0/0", "::/0"]},
                    {"direction": "out", "protocol": "icmp", "destination_ips": ["10.0.0.0/8"], "description": "ping"}
                ],
                "apply_to": [{"type": "server", "server": {"id": s1}}]
            }),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let fw = r.body["firewall"]["id"].as_i64().unwrap();
    assert_eq!(r.body["firewall"]["rules"][0]["destination_ips"], json!([]));
    assert_eq!(r.body["firewall"]["rules"][1]["port"], Value::Null);
    assert_eq!(r.body["actions"][0]["command"], "apply_firewall");
    assert_eq!(
        r.body["firewall"]["applied_to"],
        json!([{"type": "server", "server": {"id": s1}, "applied_to_resources": []}])
    );
    let s = api.get(&format!("/servers/{s1}")).await;
    assert_eq!(s.body["server"]["public_net"]["firewalls"], json!([{"id": fw, "status": "pending"}]));
    api.wait_action(r.body["actions"][0]["id"].as_i64().unwrap()).await;
    let s = api.get(&format!("/servers/{s1}")).await;
    assert_eq!(s.body["server"]["public_net"]["firewalls"], json!([{"id": fw, "status": "applied"}]));

    // Errors on apply.
    let r = api
        .post(
            &format!("/firewalls/{fw}/actions/apply_to_resources"),
            json!({"apply_to": [{"type": "server", "server": {"id": s1}}]}),
        )
        .await;
    assert_eq!((r.status, r.code()), (422, "firewall_already_applied"));
    let r = api
        .post(
            &format!("/firewalls/{fw}/actions/apply_to_resources"),
            json!({"apply_to": [{"type": "server", "server": {"id": 9999}}]}),
        )
        .await;
    assert_eq!((r.status, r.code()), (404, "firewall_resource_not_found"));
    // Label selector.
    let r = api
        .post(
            &format!("/firewalls/{fw}/actions/apply_to_resources"),
            json!({"apply_to": [{"type": "label_selector", "label_selector": {"selector": "role=db"}}]}),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let f = api.get(&format!("/firewalls/{fw}")).await;
    assert_eq!(
        f.body["firewall"]["applied_to"][1],
        json!({"type": "label_selector", "label_selector": {"selector": "role=db"},
               "applied_to_resources": [{"type": "server", "server": {"id": s2}}]})
    );
    let s = api.get(&format!("/servers/{s2}")).await;
    assert_eq!(s.body["server"]["public_net"]["firewalls"][0]["id"], fw);
    let r = api
        .post(
            &format!("/firewalls/{fw}/actions/remove_from_resources"),
            json!({"remove_from": [{"type": "server", "server": {"id": s2}}]}),
        )
        .await;
    assert_eq!((r.status, r.code()), (422, "firewall_managed_by_label_selector"));

    // set_rules
    let r = api
        .post(
            &format!("/firewalls/{fw}/actions/set_rules"),
            json!({"rules": [{"direction": "in", "protocol": "udp", "port": "1000-2000", "source_ips": ["192.0.2.0/24"]}]}),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    assert_eq!(r.body["actions"][0]["command"], "set_firewall_rules");
    let f = api.get(&format!("/firewalls/{fw}")).await;
    assert_eq!(f.body["firewall"]["rules"].as_array().unwrap().len(), 1);
    let r = api
        .post(
            &format!("/firewalls/{fw}/actions/set_rules"),
            json!({"rules": [{"direction": "in", "protocol": "tcp", "source_ips": ["nope"]}]}),
        )
        .await;
    assert_eq!((r.status, r.code()), (422, "invalid_input"));
    let f = r.fields();
    assert!(f.contains(&"rules[0].port".to_string()), "{f:?}");
    assert!(f.contains(&"rules[0].source_ips".to_string()), "{f:?}");

    // Delete while in use.
    let r = api.delete(&format!("/firewalls/{fw}")).await;
    assert_eq!((r.status, r.code()), (422, "resource_in_use"));
    let r = api
        .post(
            &format!("/firewalls/{fw}/actions/remove_from_resources"),
            json!({"remove_from": [
                {"type": "server", "server": {"id": s1}},
                {"type": "label_selector", "label_selector": {"selector": "role=db"}}
            ]}),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    assert_eq!(r.body["actions"][0]["command"], "remove_firewall");
    let s = api.get(&format!("/servers/{s1}")).await;
    assert_eq!(s.body["server"]["public_net"]["firewalls"], json!([]));

    // Update, list, actions, delete.
    let r = api.put(&format!("/firewalls/{fw}"), json!({"name": "web-2", "labels": {"a": "b"}})).await;
    assert_eq!(r.body["firewall"]["name"], "web-2");
    let r = api.get("/firewalls?label_selector=a%3Db").await;
    assert_eq!(ids(&r.body, "firewalls"), vec![fw]);
    let r = api.get(&format!("/firewalls/{fw}/actions")).await;
    assert!(r.body["actions"].as_array().unwrap().len() >= 4);
    let first = r.body["actions"][0]["id"].as_i64().unwrap();
    let r = api.get(&format!("/firewalls/{fw}/actions/{first}")).await;
    assert_eq!(r.status, 200);
    let r = api.get("/firewalls/actions").await;
    assert!(!r.body["actions"].as_array().unwrap().is_empty());
    let r = api.get(&format!("/firewalls/actions/{first}")).await;
    assert_eq!(r.status, 200);
    let r = api.post("/firewalls", json!({"name": "web-2"})).await;
    assert_eq!((r.status, r.code()), (409, "uniqueness_error"));
    let r = api.post("/firewalls", json!({"name": "x", "unknown": 1})).await;
    assert_eq!(r.fields(), vec!["unknown"]);
    let r = api.delete(&format!("/firewalls/{fw}")).await;
    assert_eq!(r.status, 204);
    assert_eq!(api.get(&format!("/firewalls/{fw}")).await.status, 404);

    // Firewalls given at server creation.
    let fw2 = api.post("/firewalls", json!({"name": "fw2"})).await.body["firewall"]["id"].as_i64().unwrap();
    let r = api
        .post(
            "/servers",
            json!({"name": "with-fw", "server_type": "cx22", "image": "debian-12", "firewalls": [{"firewall": fw2}]}),
        )
        .await;
    assert_eq!(r.body["server"]["public_net"]["firewalls"], json!([{"id": fw2, "status": "pending"}]));
    // Deleting the server releases the firewall.
    let sid = r.body["server"]["id"].as_i64().unwrap();
    api.settle(sid).await;
    let del = api.delete(&format!("/servers/{sid}")).await;
    api.wait_action(del.body["action"]["id"].as_i64().unwrap()).await;
    assert_eq!(api.delete(&format!("/firewalls/{fw2}")).await.status, 204);
}

#[tokio::test]
async fn catalogue() {
    let api = Api::start(config()).await;
    let r = api.get("/server_types").await;
    assert_eq!(r.status, 200);
    let names: Vec<&str> =
        r.body["server_types"].as_array().unwrap().iter().map(|t| t["name"].as_str().unwrap()).collect();
    for want in ["cx22", "cx32", "cpx11", "cax11"] {
        assert!(names.contains(&want), "{names:?}");
    }
    let r = api.get("/server_types?name=cax11").await;
    assert_eq!(r.body["server_types"][0]["architecture"], "arm");
    let id = r.body["server_types"][0]["id"].as_i64().unwrap();
    assert_eq!(api.get(&format!("/server_types/{id}")).await.body["server_type"]["name"], "cax11");
    let r = api.get("/images?name=ubuntu-24.04&architecture=arm").await;
    assert_eq!(r.body["images"].as_array().unwrap().len(), 1);
    let img = r.body["images"][0]["id"].as_i64().unwrap();
    assert_eq!(api.get(&format!("/images/{img}")).await.body["image"]["os_flavor"], "ubuntu");
    let r = api.get("/images?type=system&sort=name:desc&per_page=2").await;
    assert_eq!(r.body["images"].as_array().unwrap().len(), 2);
    assert_eq!(api.get("/images?type=snapshot").await.body["images"], json!([]));
    let r = api.get("/locations?sort=name").await;
    let locs: Vec<&str> = r.body["locations"].as_array().unwrap().iter().map(|l| l["name"].as_str().unwrap()).collect();
    assert!(locs.contains(&"fsn1") && locs.contains(&"ash"));
    assert_eq!(api.get("/locations/1").await.body["location"]["name"], "fsn1");
    let r = api.get("/datacenters").await;
    assert!(r.body["recommendation"].is_i64());
    let dc = r.body["datacenters"][0]["id"].as_i64().unwrap();
    assert_eq!(api.get(&format!("/datacenters/{dc}")).await.status, 200);
    for missing in ["/server_types/1", "/images/1", "/locations/99", "/datacenters/99"] {
        assert_eq!(api.get(missing).await.status, 404, "{missing}");
    }
}

#[tokio::test]
async fn auth() {
    let api = Api::start(Config { token: Some("secret".into()), ..config() }).await;
    let mut api = api;
    api.token = None;
    let r = api.get("/servers").await;
    assert_eq!((r.status, r.code()), (401, "unauthorized"));
    assert!(r.header("x-correlation-id").is_some());
    api.token = Some("wrong".into());
    assert_eq!(api.get("/servers").await.status, 401);
    api.token = Some("secret".into());
    assert_eq!(api.get("/servers").await.status, 200);
    // Control endpoints need no token.
    api.token = None;
    assert_eq!(api.get("/__emulator/health").await.status, 200);

    let open = Api::start(config()).await;
    let mut open = open;
    open.token = Some("anything".into());
    assert_eq!(open.get("/servers").await.status, 200);
    open.token = Some("".into());
    assert_eq!(open.get("/servers").await.status, 401);
    open.token = None;
    assert_eq!(open.get("/servers").await.status, 401);
}

#[tokio::test]
async fn unknown_paths_and_methods() {
    let api = Api::start(config()).await;
    let r = api.get("/nothing/here").await;
    assert_eq!((r.status, r.code()), (404, "not_found"));
    let r = api.send("PATCH", "/servers", None).await;
    assert_eq!((r.status, r.code()), (405, "method_not_allowed"));
    let r = api.send("DELETE", "/ssh_keys", None).await;
    assert_eq!((r.status, r.code()), (405, "method_not_allowed"));
    assert_eq!(r.header("content-type"), Some("application/json"));
}

#[tokio::test]
async fn headers_on_every_response() {
    let api = Api::start(config()).await;
    let mut seen = HashSet::new();
    for path in ["/servers", "/locations", "/nope", "/servers/77"] {
        let r = api.get(path).await;
        let id = r.header("x-correlation-id").unwrap().to_string();
        assert_eq!(id.len(), 16);
        assert!(id.bytes().all(|b| b.is_ascii_hexdigit()));
        assert!(seen.insert(id));
        assert_eq!(r.header_u64("ratelimit-limit"), 3600);
        assert_eq!(r.header_u64("ratelimit-remaining"), 3600);
        assert!(r.header_u64("ratelimit-reset") > 1_600_000_000);
        assert_eq!(r.header("content-type"), Some("application/json"));
    }
}

#[tokio::test]
async fn ids_above_2_pow_32() {
    let api = Api::start(config()).await;
    api.emu.set_next_id(5_000_000_000);
    let r = api.post("/servers", json!({"name": "big", "server_type": "cx22", "image": "debian-12"})).await;
    let id = r.body["server"]["id"].as_i64().unwrap();
    assert_eq!(id, 5_000_000_000);
    let action = r.body["action"]["id"].as_i64().unwrap();
    assert!(action > 5_000_000_000);
    assert_eq!(api.get(&format!("/servers/{id}")).await.body["server"]["id"], id);
    assert_eq!(api.get(&format!("/actions?id={action}")).await.body["actions"][0]["id"], action);
    // Over HTTP too.
    let r = api.post("/__emulator/next-id", json!({"id": 9_000_000_000_000i64})).await;
    assert_eq!(r.status, 204);
    let r = api.post("/ssh_keys", json!({"name": "k", "public_key": ssh_public_key(3)})).await;
    assert_eq!(r.body["ssh_key"]["id"], 9_000_000_000_000i64);
}

#[tokio::test]
async fn reset_drops_everything() {
    let api = Api::start(config()).await;
    api.server("one", json!({})).await;
    api.emu.fail_next_actions("create_server", 5, "x", "y");
    api.emu.reset();
    assert!(api.emu.requests().is_empty());
    assert_eq!(api.get("/servers").await.body["servers"], json!([]));
    let r = api.post("/servers", json!({"name": "one", "server_type": "cx22", "image": "debian-12"})).await;
    assert_eq!(r.body["server"]["id"], 1);
    let a = api.wait_action(r.body["action"]["id"].as_i64().unwrap()).await;
    assert_eq!(a["status"], "success");
}
