//! Schema conformance: drive every implemented endpoint (successes and errors), then check
//! every JSON body in the request log against the official OpenAPI document (the copy in
//! `spec/cloud.spec.json`): it must validate against the response schema for its operation and
//! status, and a 2xx body must hold every property the schema defines (`common::conformance`).

mod common;

use std::collections::BTreeSet;
use std::time::Duration;

use common::conformance::{load_spec, missing_properties, validate_log};
use common::{Api, config, ssh_public_key};
use hcloud_emulator::{Fault, FaultKind, LoggedRequest};
use serde_json::{Value, json};

/// Every operation the emulator serves, as (METHOD, template).
const OPERATIONS: &[(&str, &str)] = &[
    ("GET", "/actions"),
    ("GET", "/actions/{id}"),
    ("GET", "/servers"),
    ("POST", "/servers"),
    ("GET", "/servers/actions"),
    ("GET", "/servers/actions/{id}"),
    ("GET", "/servers/{id}"),
    ("PUT", "/servers/{id}"),
    ("DELETE", "/servers/{id}"),
    ("GET", "/servers/{id}/actions"),
    ("GET", "/servers/{id}/actions/{action_id}"),
    ("POST", "/servers/{id}/actions/poweron"),
    ("POST", "/servers/{id}/actions/poweroff"),
    ("POST", "/servers/{id}/actions/shutdown"),
    ("POST", "/servers/{id}/actions/reboot"),
    ("POST", "/servers/{id}/actions/reset"),
    ("POST", "/servers/{id}/actions/change_protection"),
    ("GET", "/ssh_keys"),
    ("POST", "/ssh_keys"),
    ("GET", "/ssh_keys/{id}"),
    ("PUT", "/ssh_keys/{id}"),
    ("DELETE", "/ssh_keys/{id}"),
    ("GET", "/firewalls"),
    ("POST", "/firewalls"),
    ("GET", "/firewalls/actions"),
    ("GET", "/firewalls/actions/{id}"),
    ("GET", "/firewalls/{id}"),
    ("PUT", "/firewalls/{id}"),
    ("DELETE", "/firewalls/{id}"),
    ("GET", "/firewalls/{id}/actions"),
    ("GET", "/firewalls/{id}/actions/{action_id}"),
    ("POST", "/firewalls/{id}/actions/set_rules"),
    ("POST", "/firewalls/{id}/actions/apply_to_resources"),
    ("POST", "/firewalls/{id}/actions/remove_from_resources"),
    ("GET", "/server_types"),
    ("GET", "/server_types/{id}"),
    ("GET", "/images"),
    ("GET", "/images/{id}"),
    ("GET", "/locations"),
    ("GET", "/locations/{id}"),
    ("GET", "/datacenters"),
    ("GET", "/datacenters/{id}"),
];

async fn wait(api: &Api, action: &Value) {
    api.wait_action(action["id"].as_i64().unwrap()).await;
}

/// Calls every endpoint, with successes, errors and resources in several states.
async fn drive(api: &Api) {
    // Catalogue.
    for path in [
        "/server_types",
        "/server_types?name=cx22",
        "/server_types/104",
        "/images",
        "/images?architecture=arm&sort=name:desc",
        "/images/161547269",
        "/locations",
        "/locations/1",
        "/datacenters",
        "/datacenters/4",
        "/images/1",
        "/locations/x",
    ] {
        api.get(path).await;
    }
    // SSH keys.
    let key = api.post("/ssh_keys", json!({"name": "k1", "public_key": ssh_public_key(1), "labels": {"a": "b"}})).await;
    let key_id = key.body["ssh_key"]["id"].as_i64().unwrap();
    api.post("/ssh_keys", json!({"name": "k1", "public_key": ssh_public_key(2)})).await;
    api.post("/ssh_keys", json!({"name": "bad", "public_key": "nope"})).await;
    api.get("/ssh_keys?label_selector=a%3Db&sort=name").await;
    api.get(&format!("/ssh_keys/{key_id}")).await;
    api.put(&format!("/ssh_keys/{key_id}"), json!({"name": "k1b"})).await;
    let k2 = api.post("/ssh_keys", json!({"name": "k2", "public_key": ssh_public_key(2)})).await;
    api.delete(&format!("/ssh_keys/{}", k2.body["ssh_key"]["id"])).await;

    // Servers in several states.
    let fw = api
        .post(
            "/firewalls",
            json!({"name": "fw", "rules": [
                {"direction": "in", "protocol": "tcp", "port": "22", "source_ips": ["0.0.0.0/0"], "description": "ssh"},
                {"direction": "out", "protocol": "icmp", "destination_ips": ["::/0"]}
            ]}),
        )
        .await;
    let fw_id = fw.body["firewall"]["id"].as_i64().unwrap();
    let s1 = api
        .post(
            "/servers",
            json!({"name": "s1", "server_type": "cx22", "image": "ubuntu-24.04",
                   "labels": {"role": "web"}, "firewalls": [{"firewall": fw_id}]}),
        )
        .await;
    let s1_id = s1.body["server"]["id"].as_i64().unwrap();
    let s2 = api
        .post(
            "/servers",
            json!({"name": "s2", "server_type": "cax11", "image": "debian-12",
                   "ssh_keys": [key_id], "start_after_create": false,
                   "public_net": {"enable_ipv6": false}}),
        )
        .await;
    let s2_id = s2.body["server"]["id"].as_i64().unwrap();
    api.post("/servers", json!({"name": "x"})).await;
    api.send("POST", "/servers", Some("{".into())).await;
    api.get("/servers").await;
    api.get(&format!("/servers/{s1_id}")).await;
    api.post(&format!("/servers/{s1_id}/actions/poweroff"), json!({})).await; // locked
    wait(api, &s1.body["action"]).await;
    wait(api, &s2.body["action"]).await;
    api.get("/servers?sort=name:desc&label_selector=role%20in%20(web,db)").await;
    api.put(&format!("/servers/{s1_id}"), json!({"name": "s1b", "labels": {"role": "web", "x": ""}})).await;
    let mut last = Value::Null;
    for (path, server) in [
        ("poweroff", s1_id),
        ("poweron", s1_id),
        ("shutdown", s1_id),
        ("poweron", s2_id),
        ("reboot", s2_id),
        ("reset", s2_id),
    ] {
        let r = api.post(&format!("/servers/{server}/actions/{path}"), json!({})).await;
        api.get(&format!("/servers/{server}")).await;
        wait(api, &r.body["action"]).await;
        last = r.body["action"].clone();
    }
    let last_id = last["id"].as_i64().unwrap();
    api.post(&format!("/servers/{s2_id}/actions/change_protection"), json!({"delete": true, "rebuild": true})).await;
    api.delete(&format!("/servers/{s2_id}")).await; // protected
    api.get(&format!("/servers/{s2_id}/actions?sort=started:desc&per_page=2")).await;
    api.get(&format!("/servers/{s2_id}/actions/{last_id}")).await;
    api.get("/servers/actions?status=success").await;
    api.get(&format!("/servers/actions/{last_id}")).await;
    api.get(&format!("/actions/{last_id}")).await;
    api.get(&format!("/actions?id={last_id}&id=1")).await;
    api.get("/actions").await;

    // Firewalls.
    api.get("/firewalls").await;
    api.get(&format!("/firewalls/{fw_id}")).await;
    let applied = api
        .post(
            &format!("/firewalls/{fw_id}/actions/apply_to_resources"),
            json!({"apply_to": [{"type": "label_selector", "label_selector": {"selector": "role=web"}},
                                {"type": "server", "server": {"id": s2_id}}]}),
        )
        .await;
    api.get(&format!("/firewalls/{fw_id}")).await;
    api.get(&format!("/servers/{s2_id}")).await;
    wait(api, &applied.body["actions"][0]).await;
    api.post(&format!("/firewalls/{fw_id}/actions/set_rules"), json!({"rules": []})).await;
    api.post(
        &format!("/firewalls/{fw_id}/actions/remove_from_resources"),
        json!({"remove_from": [{"type": "server", "server": {"id": s2_id}}]}),
    )
    .await;
    api.put(&format!("/firewalls/{fw_id}"), json!({"labels": {"k": "v"}})).await;
    api.delete(&format!("/firewalls/{fw_id}")).await; // in use
    let r = api.get(&format!("/firewalls/{fw_id}/actions")).await;
    let fw_action = r.body["actions"][0]["id"].as_i64().unwrap();
    api.get(&format!("/firewalls/{fw_id}/actions/{fw_action}")).await;
    api.get("/firewalls/actions").await;
    api.get(&format!("/firewalls/actions/{fw_action}")).await;
    let fw2 = api.post("/firewalls", json!({"name": "fw2"})).await;
    api.delete(&format!("/firewalls/{}", fw2.body["firewall"]["id"])).await;

    // Deletion, errors, unknown paths.
    let del = api.delete(&format!("/servers/{s1_id}")).await;
    api.get(&format!("/servers/{s1_id}")).await;
    wait(api, &del.body["action"]).await;
    api.get(&format!("/servers/{s1_id}")).await;
    api.get("/servers?page=0").await;
    api.send("PATCH", "/servers", None).await;
    api.get("/nothing").await;
    let mut anon = Api { emu: api.emu.clone(), client: api.client.clone(), token: None };
    anon.get("/servers").await;
    anon.token = Some(common::TOKEN.into());
    // An injected error body must have the error shape too.
    api.emu.inject(Fault {
        method: None,
        path: "/v1/servers".into(),
        times: None,
        probability: None,
        kind: FaultKind::Status {
            status: 503,
            code: "unavailable".into(),
            message: None,
            details: None,
            headers: None,
        },
    });
    anon.get("/servers").await;
    tokio::time::sleep(Duration::from_millis(1)).await;
}

/// Starts an emulator, drives it and returns its request log.
async fn driven_log() -> Vec<LoggedRequest> {
    let api = Api::start(hcloud_emulator::Config { action_duration_ms: 100, ..config() }).await;
    drive(&api).await;
    api.emu.requests()
}

/// The request logs the JavaScript test suites (Node and Bun) saved, or `None` (with a note)
/// when `HCLOUD_EMULATOR_LOG_DIR` is not set.
fn javascript_suite_log() -> Option<Vec<LoggedRequest>> {
    let Ok(dir) = std::env::var("HCLOUD_EMULATOR_LOG_DIR") else {
        println!("skipped: HCLOUD_EMULATOR_LOG_DIR is not set (scripts/test.sh sets it after the JS suites)");
        return None;
    };
    let mut log: Vec<LoggedRequest> = Vec::new();
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("cannot read {dir}: {e}"));
    for entry in entries {
        let path = entry.expect("directory entry").path();
        let text = std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let part: Vec<LoggedRequest> =
            serde_json::from_slice(&text).unwrap_or_else(|e| panic!("{} is not a request log: {e}", path.display()));
        log.extend(part);
    }
    Some(log)
}

fn assert_complete(spec: &Value, log: &[LoggedRequest], whose: &str) {
    let missing = missing_properties(spec, log);
    assert!(
        missing.is_empty(),
        "{} properties of the document are missing from {whose} 2xx bodies:\n{}",
        missing.len(),
        missing.join("\n")
    );
}

#[tokio::test]
async fn responses_match_the_openapi_document() {
    let spec = load_spec();
    // Every served route is an operation of the document.
    for (method, op) in OPERATIONS {
        assert!(
            spec.pointer(&format!("/paths/{}/{}", op.replace('/', "~1"), method.to_lowercase())).is_some(),
            "{method} {op} is not in the spec"
        );
    }

    let log = driven_log().await;

    // Every operation was exercised successfully at least once.
    let succeeded: BTreeSet<(String, String)> = log
        .iter()
        .filter(|e| (200..300).contains(&e.status) && e.fault.is_none())
        .filter_map(|e| e.operation.clone().map(|op| (e.method.clone(), op)))
        .collect();
    let missing: Vec<_> =
        OPERATIONS.iter().filter(|(m, op)| !succeeded.contains(&(m.to_string(), op.to_string()))).collect();
    assert!(missing.is_empty(), "never answered 2xx: {missing:?}");
    // And some errors of each kind were produced.
    let statuses: BTreeSet<u16> = log.iter().map(|e| e.status).collect();
    for s in [400, 401, 404, 405, 409, 410, 422, 423, 503] {
        assert!(statuses.contains(&s), "no {s} produced: {statuses:?}");
    }

    // The check is not vacuous: a damaged server body is rejected.
    let mut damaged = log
        .iter()
        .find(|e| e.operation.as_deref() == Some("/servers/{id}") && e.status == 200)
        .expect("a server GET was logged")
        .clone();
    let body = damaged.response_body.as_mut().unwrap();
    body["server"].as_object_mut().unwrap().remove("status");
    body["server"]["created"] = json!("yesterday");
    body["server"]["server_type"]["architecture"] = json!("mips");
    let (bad, _) = validate_log(&spec, &[damaged]);
    assert_eq!(bad.len(), 1, "damaged body passed validation");
    for needle in ["status", "yesterday", "mips"] {
        assert!(bad[0].contains(needle), "{needle} not reported: {}", bad[0]);
    }

    let (problems, checked) = validate_log(&spec, &log);
    assert!(
        problems.is_empty(),
        "{} of {checked} bodies do not match the spec:\n{}",
        problems.len(),
        problems.join("\n")
    );
    println!("validated {checked} response bodies against the spec");
}

#[tokio::test]
async fn responses_hold_every_property_of_the_document() {
    let spec = load_spec();
    let log = driven_log().await;
    // The check is not vacuous: a property taken out of a server body is reported.
    let mut damaged = log
        .iter()
        .find(|e| e.operation.as_deref() == Some("/servers/{id}") && e.status == 200)
        .expect("a server GET was logged")
        .clone();
    damaged.response_body.as_mut().unwrap()["server"].as_object_mut().unwrap().remove("rescue_enabled");
    assert!(
        missing_properties(&spec, &[damaged]).contains(&"GET /servers/{id} -> 200: server.rescue_enabled".to_string())
    );
    assert_complete(&spec, &log, "the emulator's");
}

/// The responses the emulator gave to the JavaScript test suites (Node and Bun), saved by
/// `__test__/helpers.mjs` into `HCLOUD_EMULATOR_LOG_DIR`; `scripts/test.sh` runs this after them.
#[test]
fn javascript_suite_responses_match_the_openapi_document() {
    let Some(log) = javascript_suite_log() else { return };
    let (problems, checked) = validate_log(&load_spec(), &log);
    println!("checked {checked} response bodies from the JavaScript suites");
    assert!(checked > 100, "only {checked} bodies were saved");
    assert!(problems.is_empty(), "{} responses do not match the document:\n{}", problems.len(), problems.join("\n"));
}

/// The same bodies hold every property the document defines.
#[test]
fn javascript_suite_responses_hold_every_property_of_the_document() {
    let Some(log) = javascript_suite_log() else { return };
    assert_complete(&load_spec(), &log, "the JavaScript suites'");
}
