//! Networks, load balancers (and their types) and certificates over real HTTP: success paths,
//! relations to servers, documented errors, managed certificate issuance (failure and retry),
//! and every logged response body checked against the OpenAPI document (schema and presence of
//! every property it defines).

mod common;

use std::time::Duration;

use common::conformance::assert_conforms;
use common::{Api, Resp, config};
use serde_json::{Value, json};

/// A self-signed certificate for example.org and www.example.org (made with openssl).
const CERT: &str = "-----BEGIN CERTIFICATE-----\nMIIDNjCCAh6gAwIBAgIUDcQB6Uj2EBWGJ/BZRFVg6JkXbmkwDQYJKoZIhvcNAQEL\nBQAwFjEUMBIGA1UEAwwLZXhhbXBsZS5vcmcwHhcNMjYxMTI2MDUwNzM2WhcNMjYx\nMjI2MDUwNzM2WjAWMRQwEgYDVQQDDAtleGFtcGxlLm9yZzCCASIwDQYJKoZIhvcN\nAQEBBQADggEPADCCAQoCggEBAM1hZ973JwXPuZu7ThD3Jq0LaXMiaaWr3YPiKUBk\nKj/KsYvDbpivYBpyFJtyt0xXsKSMFUMqgZu45OdYvs5rHjWjOcvDA6ud+VFTKTuV\naHxCn3kDfN9G15dAaEz2FMbbM4RUHKCCQtJqKCfXnPmFHCzzUR7q+k64px+45Jef\nWlu0pEl8hPJZg/g3lfrYPLOrf3Z81r8AACrgcPWN6cfmFoN9rlf124vW/8Ds7/GL\ntbuGjyHmaLrEcYss0TjXjwsfzmf+7czu77212MeiFvHxr7Qq2X8vUuJ6ANqJTPLk\nwguTbAnVFsdBgs4mvWzMb4G80lAiDlTJ1fjTEd8ZufJokekCAwEAAaN8MHowHQYD\nVR0OBBYEFB0DJFQdquJsZWFRUWw99dHWeVVvMB8GA1UdIwQYMBaAFB0DJFQdquJs\nZWFRUWw99dHWeVVvMA8GA1UdEwEB/wQFMAMBAf8wJwYDVR0RBCAwHoILZXhhbXBs\nZS5vcmeCD3d3dy5leGFtcGxlLm9yZzANBgkqhkiG9w0BAQsFAAOCAQEAkcHWmM+d\nhwhiDhZM3HGJulZ0/hZKIRui5VEwQzS6CWSKVDiwb1zeXUANxEEYlscf5VExNvmc\nkaD4B4XqD5bKqM7CGT25dJFnAAQL6wJyVtBMALjPGS3h2hQ90pvH9fp0O9lIQIQc\nsgK8aZ+9Lqe7dIM58x+CiG+4SzYDzmb9wECNa5w8H6vFKtg/YLwD+h7HBbcUWbX8\na3m+XWauCUUn8ihYCVMF28M1yD0JiMxKWczHLWVll3b95DEzoZsxfp1Gj8zcUWOb\npbMXVpBSs2YdhTd47jeaLM6poHq+TH3hiuZpJu0t95y5mNRmc6e1Sle9jREkvSa0\nIuiIA/mL0cgMKQ==\n-----END CERTIFICATE-----\n";
const SHA256: &str = "eb:70:f7:49:9b:03:94:69:77:9a:3b:96:1c:f1:61:f9:82:41:7d:c7:9a:1d:3f:5c:5f:a8:24:70:68:f3:3f:08";
const KEY: &str = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\n";

fn ok(r: &Resp, status: u16) -> &Value {
    assert_eq!(r.status, status, "{}", r.text);
    &r.body
}

fn err(r: &Resp, status: u16, code: &str) {
    assert_eq!((r.status, r.code()), (status, code), "{}", r.text);
}

async fn done(api: &Api, r: &Resp) -> Value {
    assert_eq!(r.status, 201, "{}", r.text);
    let a = api.wait_action(r.body["action"]["id"].as_i64().unwrap()).await;
    assert_eq!(a["status"], "success", "{a}");
    a
}

async fn running_server(api: &Api, name: &str, labels: Value) -> i64 {
    let id = api.server(name, labels).await;
    api.settle(id).await;
    id
}

#[tokio::test]
async fn networks_and_server_attachments() {
    let api = Api::start(config()).await;
    let r = api
        .post(
            "/networks",
            json!({"name": "net", "ip_range": "10.0.0.0/16", "labels": {"env": "prod"},
                   "subnets": [{"type": "cloud", "network_zone": "eu-central", "ip_range": null}],
                   "routes": [{"destination": "10.100.1.0/24", "gateway": "10.0.0.5"}]}),
        )
        .await;
    let net = ok(&r, 201)["network"].clone();
    let nid = net["id"].as_i64().unwrap();
    assert_eq!(net["ip_range"], "10.0.0.0/16");
    assert_eq!(
        net["subnets"],
        json!([{"type": "cloud", "ip_range": "10.0.0.0/24", "network_zone": "eu-central",
                "gateway": "10.0.0.1", "vswitch_id": null}])
    );
    assert_eq!(net["routes"], json!([{"destination": "10.100.1.0/24", "gateway": "10.0.0.5"}]));
    assert_eq!((net["servers"].clone(), net["load_balancers"].clone()), (json!([]), json!([])));
    assert_eq!(net["protection"]["delete"], false);
    assert_eq!(net["expose_routes_to_vswitch"], false);

    // Documented errors of create.
    err(&api.post("/networks", json!({"name": "net", "ip_range": "10.1.0.0/16"})).await, 409, "uniqueness_error");
    let r = api.post("/networks", json!({"name": "pub", "ip_range": "8.8.0.0/16"})).await;
    err(&r, 422, "invalid_input");
    assert_eq!(r.fields(), vec!["ip_range"]);
    let r = api
        .post(
            "/networks",
            json!({"name": "x", "ip_range": "10.1.0.0/16",
                   "subnets": [{"type": "cloud", "network_zone": "eu-central", "ip_range": "10.2.0.0/24"}]}),
        )
        .await;
    err(&r, 422, "invalid_input");
    assert_eq!(r.fields(), vec!["subnets.ip_range"]);
    let r = api
        .post(
            "/networks",
            json!({"name": "x", "ip_range": "10.1.0.0/16",
                   "subnets": [{"type": "vswitch", "network_zone": "eu-central"}]}),
        )
        .await;
    assert_eq!(r.fields(), vec!["subnets.vswitch_id"]);

    // Attach servers.
    let s1 = running_server(&api, "s1", json!({})).await;
    let s2 = running_server(&api, "s2", json!({})).await;
    let r = api.post(&format!("/servers/{s1}/actions/attach_to_network"), json!({"network": nid})).await;
    let a = done(&api, &r).await;
    assert_eq!(a["command"], "attach_to_network");
    assert_eq!(a["resources"], json!([{"id": s1, "type": "server"}, {"id": nid, "type": "network"}]));
    let server = api.get(&format!("/servers/{s1}")).await.body["server"].clone();
    let pn = &server["private_net"][0];
    assert_eq!((pn["network"].as_i64(), pn["ip"].as_str()), (Some(nid), Some("10.0.0.2")));
    assert_eq!(pn["alias_ips"], json!([]));
    assert!(pn["mac_address"].as_str().unwrap().starts_with("86:00:00:"));
    assert_eq!(api.get(&format!("/networks/{nid}")).await.body["network"]["servers"], json!([s1]));
    let attach = |ip: Value, aliases: Value| json!({"network": nid, "ip": ip, "alias_ips": aliases});
    err(
        &api.post(&format!("/servers/{s1}/actions/attach_to_network"), json!({"network": nid})).await,
        422,
        "server_already_attached",
    );
    err(
        &api.post(&format!("/servers/{s2}/actions/attach_to_network"), attach(json!("10.0.0.2"), json!([]))).await,
        422,
        "ip_not_available",
    );
    err(
        &api.post(&format!("/servers/{s2}/actions/attach_to_network"), attach(json!("10.0.0.1"), json!([]))).await,
        422,
        "ip_not_available",
    );
    err(
        &api.post(&format!("/servers/{s2}/actions/attach_to_network"), json!({"network": 999_999})).await,
        404,
        "not_found",
    );
    let r = api
        .post(&format!("/servers/{s2}/actions/attach_to_network"), attach(json!("10.0.0.9"), json!(["10.0.0.10"])))
        .await;
    done(&api, &r).await;
    let r = api
        .post(
            &format!("/servers/{s2}/actions/change_alias_ips"),
            json!({"network": nid, "alias_ips": ["10.0.0.10", "10.0.0.11"]}),
        )
        .await;
    assert_eq!(done(&api, &r).await["command"], "change_alias_ips");
    let pn = api.get(&format!("/servers/{s2}")).await.body["server"]["private_net"][0].clone();
    assert_eq!((pn["ip"].clone(), pn["alias_ips"].clone()), (json!("10.0.0.9"), json!(["10.0.0.10", "10.0.0.11"])));
    err(
        &api.post(
            &format!("/servers/{s1}/actions/change_alias_ips"),
            json!({"network": nid, "alias_ips": ["10.0.0.11"]}),
        )
        .await,
        422,
        "ip_not_available",
    );

    // Subnets, routes, IP range.
    let act = |name: &str| format!("/networks/{nid}/actions/{name}");
    done(&api, &api.post(&act("add_subnet"), json!({"type": "cloud", "network_zone": "eu-central"})).await).await;
    let r = api
        .post(&act("add_subnet"), json!({"type": "cloud", "network_zone": "us-east", "ip_range": "10.0.8.0/22"}))
        .await;
    done(&api, &r).await;
    let subnets = api.get(&format!("/networks/{nid}")).await.body["network"]["subnets"].clone();
    let ranges: Vec<&str> = subnets.as_array().unwrap().iter().map(|s| s["ip_range"].as_str().unwrap()).collect();
    assert_eq!(ranges, ["10.0.0.0/24", "10.0.1.0/24", "10.0.8.0/22"]);
    let r = api
        .post(&act("add_subnet"), json!({"type": "cloud", "network_zone": "eu-central", "ip_range": "10.0.1.128/25"}))
        .await;
    err(&r, 422, "invalid_input");
    err(&api.post(&act("delete_subnet"), json!({"ip_range": "10.0.0.0/24"})).await, 422, "resource_in_use");
    done(&api, &api.post(&act("delete_subnet"), json!({"ip_range": "10.0.8.0/22"})).await).await;
    let r = api.post(&act("add_route"), json!({"destination": "10.100.1.0/25", "gateway": "10.0.0.6"})).await;
    err(&r, 422, "invalid_input");
    let r = api.post(&act("add_route"), json!({"destination": "192.168.0.0/24", "gateway": "10.0.0.1"})).await;
    assert_eq!(r.fields(), vec!["gateway"]);
    done(&api, &api.post(&act("add_route"), json!({"destination": "192.168.0.0/24", "gateway": "10.0.0.7"})).await)
        .await;
    done(&api, &api.post(&act("delete_route"), json!({"destination": "10.100.1.0/24", "gateway": "10.0.0.5"})).await)
        .await;
    let routes = api.get(&format!("/networks/{nid}")).await.body["network"]["routes"].clone();
    assert_eq!(routes, json!([{"destination": "192.168.0.0/24", "gateway": "10.0.0.7"}]));
    err(&api.post(&act("change_ip_range"), json!({"ip_range": "10.0.0.0/17"})).await, 422, "invalid_input");
    err(&api.post(&act("change_ip_range"), json!({"ip_range": "10.1.0.0/15"})).await, 422, "invalid_input");
    done(&api, &api.post(&act("change_ip_range"), json!({"ip_range": "10.0.0.0/15"})).await).await;
    assert_eq!(api.get(&format!("/networks/{nid}")).await.body["network"]["ip_range"], "10.0.0.0/15");

    // A server in a zone without subnet.
    let r = api
        .post(
            "/networks",
            json!({"name": "us", "ip_range": "172.16.0.0/16",
                   "subnets": [{"type": "cloud", "network_zone": "us-east"}]}),
        )
        .await;
    let us = ok(&r, 201)["network"]["id"].as_i64().unwrap();
    err(
        &api.post(&format!("/servers/{s1}/actions/attach_to_network"), json!({"network": us})).await,
        422,
        "no_subnet_available",
    );
    let r = api
        .post(
            "/networks",
            json!({"name": "overlap", "ip_range": "10.0.0.0/8",
        "subnets": [{"type": "cloud", "network_zone": "eu-central"}]}),
        )
        .await;
    let overlap = ok(&r, 201)["network"]["id"].as_i64().unwrap();
    err(
        &api.post(&format!("/servers/{s1}/actions/attach_to_network"), json!({"network": overlap})).await,
        422,
        "networks_overlap",
    );

    // Update, list, protection.
    let r = api
        .put(
            &format!("/networks/{nid}"),
            json!({"name": "net2", "expose_routes_to_vswitch": true, "labels": {"env": "dev"}}),
        )
        .await;
    let n = &ok(&r, 200)["network"];
    assert_eq!((n["name"].as_str(), n["expose_routes_to_vswitch"].as_bool()), (Some("net2"), Some(true)));
    err(&api.put(&format!("/networks/{nid}"), json!({"ip_range": "10.0.0.0/8"})).await, 422, "invalid_input");
    let r = api.get("/networks?label_selector=env%3Ddev").await;
    assert_eq!(ok(&r, 200)["networks"].as_array().unwrap().len(), 1);
    let r = api.get("/networks?name=us&sort=name:desc").await;
    assert_eq!(ok(&r, 200)["networks"][0]["id"], us);
    done(&api, &api.post(&act("change_protection"), json!({"delete": true})).await).await;
    err(&api.delete(&format!("/networks/{nid}")).await, 423, "protected");
    done(&api, &api.post(&act("change_protection"), json!({"delete": false})).await).await;
    let r = api.get(&format!("/networks/{nid}/actions?sort=id")).await;
    let commands: Vec<&str> =
        ok(&r, 200)["actions"].as_array().unwrap().iter().map(|a| a["command"].as_str().unwrap()).collect();
    assert!(commands.contains(&"attach_to_network") && commands.contains(&"change_ip_range"), "{commands:?}");
    let first = r.body["actions"][0]["id"].as_i64().unwrap();
    ok(&api.get(&format!("/networks/{nid}/actions/{first}")).await, 200);
    ok(&api.get(&format!("/networks/actions/{first}")).await, 200);
    ok(&api.get("/networks/actions?status=success").await, 200);

    // Detach, then delete with a server still attached: it is detached.
    let r = api.post(&format!("/servers/{s1}/actions/detach_from_network"), json!({"network": nid})).await;
    assert_eq!(done(&api, &r).await["command"], "detach_from_network");
    assert_eq!(api.get(&format!("/servers/{s1}")).await.body["server"]["private_net"], json!([]));
    assert_eq!(api.get(&format!("/networks/{nid}")).await.body["network"]["servers"], json!([s2]));
    err(
        &api.post(&format!("/servers/{s1}/actions/detach_from_network"), json!({"network": nid})).await,
        422,
        "invalid_input",
    );
    assert_eq!(api.delete(&format!("/networks/{nid}")).await.status, 204);
    assert_eq!(api.get(&format!("/servers/{s2}")).await.body["server"]["private_net"], json!([]));
    err(&api.get(&format!("/networks/{nid}")).await, 404, "not_found");

    assert_conforms(&api, &["/networks"]);
}

#[tokio::test]
async fn load_balancers_services_targets_and_networks() {
    let api = Api::start(config()).await;
    // Types.
    let types = api.get("/load_balancer_types").await;
    let names: Vec<&str> = ok(&types, 200)["load_balancer_types"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["lb11", "lb21", "lb31"]);
    assert_eq!(types.body["meta"]["pagination"]["total_entries"], 3);
    let r = api.get("/load_balancer_types?name=lb21").await;
    assert_eq!(ok(&r, 200)["load_balancer_types"][0]["max_targets"], 75);
    let r = api.get("/load_balancer_types/1").await;
    let t = &ok(&r, 200)["load_balancer_type"];
    assert_eq!((t["name"].as_str(), t["max_services"].as_i64()), (Some("lb11"), Some(5)));
    assert_eq!(t["prices"].as_array().unwrap().len(), 5);
    err(&api.get("/load_balancer_types/99").await, 404, "not_found");

    // A certificate, a network and servers.
    let r = api.post("/certificates", json!({"name": "c", "certificate": CERT, "private_key": KEY})).await;
    let cert = ok(&r, 201)["certificate"].clone();
    let cid = cert["id"].as_i64().unwrap();
    assert_eq!(cert["domain_names"], json!(["example.org", "www.example.org"]));
    assert_eq!(cert["fingerprint"], SHA256);
    assert_eq!(cert["not_valid_before"], "2026-11-26T05:07:36+00:00");
    assert_eq!(cert["not_valid_after"], "2026-12-26T05:07:36+00:00");
    assert_eq!((cert["type"].as_str(), cert["status"].is_null()), (Some("uploaded"), true));
    assert!(r.body["action"].is_null());
    let r = api
        .post(
            "/networks",
            json!({"name": "n", "ip_range": "10.0.0.0/16", "subnets": [{"type": "cloud", "network_zone": "eu-central"}]}),
        )
        .await;
    let nid = ok(&r, 201)["network"]["id"].as_i64().unwrap();
    let s1 = running_server(&api, "s1", json!({"role": "web"})).await;
    let s2 = running_server(&api, "s2", json!({"role": "web"})).await;
    let s3 = running_server(&api, "s3", json!({"role": "db"})).await;
    done(&api, &api.post(&format!("/servers/{s1}/actions/attach_to_network"), json!({"network": nid})).await).await;
    let s1_v4 = api.get(&format!("/servers/{s1}")).await.body["server"]["public_net"]["ipv4"]["ip"].clone();

    // Create.
    let r = api
        .post(
            "/load_balancers",
            json!({"name": "lb", "load_balancer_type": "lb11", "location": "fsn1", "network": nid,
                   "algorithm": {"type": "least_connections"}, "labels": {"a": "b"},
                   "services": [{"protocol": "http"},
                                {"protocol": "https", "listen_port": 443, "destination_port": 8080,
                                 "proxyprotocol": false, "http": {"certificates": [cid], "redirect_http": true}}],
                   "targets": [{"type": "server", "server": {"id": s1}}]}),
        )
        .await;
    let body = ok(&r, 201);
    assert_eq!(body["action"]["command"], "create_load_balancer");
    let lb = body["load_balancer"].clone();
    let id = lb["id"].as_i64().unwrap();
    assert_eq!(lb["load_balancer_type"]["name"], "lb11");
    assert_eq!(lb["location"]["name"], "fsn1");
    assert_eq!(lb["algorithm"]["type"], "least_connections");
    assert_eq!(lb["private_net"], json!([{"network": nid, "ip": "10.0.0.3"}]));
    assert_eq!(lb["public_net"]["enabled"], true);
    let v4 = lb["public_net"]["ipv4"]["ip"].as_str().unwrap().to_string();
    assert!(lb["public_net"]["ipv4"]["dns_ptr"].as_str().unwrap().ends_with(".clients.your-server.de"));
    assert!(lb["public_net"]["ipv6"]["ip"].as_str().unwrap().starts_with("2001:db8:"));
    assert_eq!(lb["included_traffic"], 21_990_232_555_520i64);
    let http = &lb["services"][0];
    assert_eq!((http["listen_port"].as_i64(), http["destination_port"].as_i64()), (Some(80), Some(80)));
    assert_eq!(http["health_check"]["protocol"], "http");
    assert_eq!(http["health_check"]["http"]["status_codes"], json!(["2??", "3??"]));
    assert_eq!(http["http"]["cookie_name"], "HCLBSTICKY");
    assert_eq!(http["http"]["certificates"], json!([]));
    let https = &lb["services"][1];
    assert_eq!(https["http"]["certificates"], json!([cid]));
    assert_eq!(https["http"]["redirect_http"], true);
    assert_eq!(https["health_check"]["port"], 8080);
    let t = &lb["targets"][0];
    assert_eq!(t["server"], json!({"id": s1, "ip": s1_v4}));
    assert_eq!(t["use_private_ip"], false);
    assert_eq!(
        t["health_status"],
        json!([{"listen_port": 80, "status": "healthy"}, {"listen_port": 443, "status": "healthy"}])
    );
    // Relations: server, network, certificate.
    assert_eq!(api.get(&format!("/servers/{s1}")).await.body["server"]["load_balancers"], json!([id]));
    assert_eq!(api.get(&format!("/networks/{nid}")).await.body["network"]["load_balancers"], json!([id]));
    let used = api.get(&format!("/certificates/{cid}")).await.body["certificate"]["used_by"].clone();
    assert_eq!(used, json!([{"id": id, "type": "load_balancer"}]));
    err(&api.delete(&format!("/certificates/{cid}")).await, 422, "resource_in_use");
    err(
        &api.post("/load_balancers", json!({"name": "lb", "load_balancer_type": "lb11", "location": "fsn1"})).await,
        409,
        "uniqueness_error",
    );
    let r = api.post("/load_balancers", json!({"name": "x", "load_balancer_type": "lb99", "location": "fsn1"})).await;
    assert_eq!(r.fields(), vec!["load_balancer_type"]);
    let r = api
        .post(
            "/load_balancers",
            json!({"name": "x", "load_balancer_type": "lb11", "location": "fsn1",
        "services": [{"protocol": "https", "http": {"certificates": [999_999]}}]}),
        )
        .await;
    assert_eq!(r.fields(), vec!["http.certificates"]);
    let r = api
        .post("/load_balancers", json!({"name": "x", "load_balancer_type": "lb11", "network_zone": "us-east"}))
        .await;
    assert_eq!(ok(&r, 201)["load_balancer"]["location"]["name"], "ash");

    // Services.
    let act = |name: &str| format!("/load_balancers/{id}/actions/{name}");
    err(
        &api.post(&act("add_service"), json!({"protocol": "http", "listen_port": 80})).await,
        412,
        "source_port_already_used",
    );
    let r = api.post(&act("add_service"), json!({"protocol": "tcp", "listen_port": 5432})).await;
    assert_eq!(r.fields(), vec!["destination_port"]);
    let r = api
        .post(
            &act("add_service"),
            json!({"protocol": "tcp", "listen_port": 5432, "destination_port": 5432, "proxyprotocol": true}),
        )
        .await;
    assert_eq!(done(&api, &r).await["command"], "add_service");
    for port in [8001, 8002] {
        done(
            &api,
            &api.post(&act("add_service"), json!({"protocol": "tcp", "listen_port": port, "destination_port": 80}))
                .await,
        )
        .await;
    }
    let r =
        api.post(&act("add_service"), json!({"protocol": "tcp", "listen_port": 8003, "destination_port": 80})).await;
    err(&r, 403, "resource_limit_exceeded");
    let r = api
        .post(
            &act("update_service"),
            json!({"listen_port": 80, "destination_port": 8081, "http": {"sticky_sessions": true, "cookie_lifetime": 600},
                   "health_check": {"interval": 30, "http": {"path": "/health"}}}),
        )
        .await;
    done(&api, &r).await;
    let lbv = api.get(&format!("/load_balancers/{id}")).await.body["load_balancer"].clone();
    let svc = &lbv["services"][0];
    assert_eq!(svc["destination_port"], 8081);
    assert_eq!(
        (svc["http"]["sticky_sessions"].as_bool(), svc["http"]["cookie_lifetime"].as_i64()),
        (Some(true), Some(600))
    );
    assert_eq!(
        (svc["health_check"]["interval"].as_i64(), svc["health_check"]["http"]["path"].as_str()),
        (Some(30), Some("/health"))
    );
    assert_eq!(svc["health_check"]["port"], 80, "the health check port stays");
    let tcp = &lbv["services"][2];
    assert_eq!((tcp["protocol"].as_str(), tcp["health_check"]["protocol"].as_str()), (Some("tcp"), Some("tcp")));
    assert!(tcp.get("http").is_none());
    err(&api.post(&act("update_service"), json!({"listen_port": 9999})).await, 422, "invalid_input");
    done(&api, &api.post(&act("delete_service"), json!({"listen_port": 8002})).await).await;
    done(&api, &api.post(&act("delete_service"), json!({"listen_port": 8001})).await).await;
    err(&api.post(&act("change_type"), json!({"load_balancer_type": "lb99"})).await, 422, "invalid_input");

    // Targets.
    err(
        &api.post(&act("add_target"), json!({"type": "server", "server": {"id": s1}})).await,
        422,
        "target_already_defined",
    );
    let r = api.post(&act("add_target"), json!({"type": "server", "server": {"id": s2}, "use_private_ip": true})).await;
    err(&r, 422, "resolve_cloud_private_targets_error");
    let r = api.post(&act("add_target"), json!({"type": "server", "server": {"id": s2}, "server_ip": null})).await;
    done(&api, &r).await;
    let r = api.post(&act("add_target"), json!({"type": "server", "server": {"id": s3, "ip": "1.2.3.4"}})).await;
    err(&r, 422, "ip_not_assigned_to_server");
    err(&api.post(&act("add_target"), json!({"type": "ip", "ip": {"ip": v4}})).await, 422, "ip_not_owned");
    err(
        &api.post(&act("add_target"), json!({"type": "ip", "ip": {"ip": "10.0.0.50"}})).await,
        422,
        "network_has_no_vswitch_subnet",
    );
    done(&api, &api.post(&act("add_target"), json!({"type": "ip", "ip": {"ip": "192.0.2.10"}})).await).await;
    done(
        &api,
        &api.post(&act("add_target"), json!({"type": "label_selector", "label_selector": {"selector": "role=web"}}))
            .await,
    )
    .await;
    err(
        &api.post(&act("add_target"), json!({"type": "label_selector", "label_selector": {"selector": "role=web"}}))
            .await,
        422,
        "target_already_defined",
    );
    let lbv = api.get(&format!("/load_balancers/{id}")).await.body["load_balancer"].clone();
    let sel = lbv["targets"].as_array().unwrap().iter().find(|t| t["type"] == "label_selector").unwrap().clone();
    let resolved: Vec<i64> =
        sel["targets"].as_array().unwrap().iter().map(|t| t["server"]["id"].as_i64().unwrap()).collect();
    assert_eq!(resolved, [s1, s2]);
    assert_eq!(sel["targets"][0]["health_status"][0]["status"], "healthy");
    let ipt = lbv["targets"].as_array().unwrap().iter().find(|t| t["type"] == "ip").unwrap().clone();
    assert_eq!(ipt["ip"]["ip"], "192.0.2.10");
    // s3 joins the selector by a label change; the list sees it at once.
    ok(&api.put(&format!("/servers/{s3}"), json!({"labels": {"role": "web"}})).await, 200);
    let lbv = api.get("/load_balancers?name=lb").await.body["load_balancers"][0].clone();
    let sel = lbv["targets"].as_array().unwrap().iter().find(|t| t["type"] == "label_selector").unwrap().clone();
    assert_eq!(sel["targets"].as_array().unwrap().len(), 3);
    assert_eq!(api.get(&format!("/servers/{s2}")).await.body["server"]["load_balancers"], json!([id]));
    // Private target once s2 is in the network; public interface rules.
    done(&api, &api.post(&format!("/servers/{s2}/actions/attach_to_network"), json!({"network": nid})).await).await;
    done(&api, &api.post(&act("remove_target"), json!({"type": "server", "server": {"id": s2}})).await).await;
    let r = api.post(&act("add_target"), json!({"type": "server", "server": {"id": s2}, "use_private_ip": true})).await;
    done(&api, &r).await;
    let lbv = api.get(&format!("/load_balancers/{id}")).await.body["load_balancer"].clone();
    let t2 = lbv["targets"].as_array().unwrap().iter().find(|t| t["server"]["id"] == s2).unwrap().clone();
    assert_eq!((t2["server"]["ip"].as_str(), t2["use_private_ip"].as_bool()), (Some("10.0.0.4"), Some(true)));
    err(&api.post(&act("disable_public_interface"), json!({})).await, 422, "targets_without_use_private_ip");
    err(&api.post(&act("remove_target"), json!({"type": "server", "server": {"id": s3}})).await, 422, "invalid_input");
    for t in [
        json!({"type": "server", "server": {"id": s1}}),
        json!({"type": "ip", "ip": {"ip": "192.0.2.10"}}),
        json!({"type": "label_selector", "label_selector": {"selector": "role=web"}}),
    ] {
        done(&api, &api.post(&act("remove_target"), t).await).await;
    }
    assert_eq!(api.get(&format!("/servers/{s1}")).await.body["server"]["load_balancers"], json!([]));
    done(&api, &api.post(&act("disable_public_interface"), json!({})).await).await;
    assert_eq!(api.get(&format!("/load_balancers/{id}")).await.body["load_balancer"]["public_net"]["enabled"], false);
    err(
        &api.post(&act("add_target"), json!({"type": "server", "server": {"id": s1}})).await,
        422,
        "load_balancer_public_interface_disabled",
    );
    done(&api, &api.post(&act("enable_public_interface"), json!({})).await).await;

    // Network, algorithm, DNS, type.
    err(&api.post(&act("attach_to_network"), json!({"network": nid})).await, 422, "load_balancer_already_attached");
    done(&api, &api.post(&act("detach_from_network"), json!({"network": nid})).await).await;
    assert_eq!(api.get(&format!("/networks/{nid}")).await.body["network"]["load_balancers"], json!([]));
    let r = api.post(&act("attach_to_network"), json!({"network": nid, "ip": "10.0.0.100"})).await;
    done(&api, &r).await;
    assert_eq!(
        api.get(&format!("/load_balancers/{id}")).await.body["load_balancer"]["private_net"][0]["ip"],
        "10.0.0.100"
    );
    done(&api, &api.post(&act("change_algorithm"), json!({"type": "round_robin"})).await).await;
    done(&api, &api.post(&act("change_dns_ptr"), json!({"ip": v4, "dns_ptr": "lb.example.com"})).await).await;
    let lbv = api.get(&format!("/load_balancers/{id}")).await.body["load_balancer"].clone();
    assert_eq!(
        (lbv["algorithm"]["type"].as_str(), lbv["public_net"]["ipv4"]["dns_ptr"].as_str()),
        (Some("round_robin"), Some("lb.example.com"))
    );
    err(
        &api.post(&act("change_dns_ptr"), json!({"ip": "192.0.2.1", "dns_ptr": "x.example.com"})).await,
        422,
        "invalid_input",
    );
    let r = api.post(&act("change_type"), json!({"load_balancer_type": "lb21"})).await;
    assert_eq!(done(&api, &r).await["command"], "change_load_balancer_type");
    assert_eq!(
        api.get(&format!("/load_balancers/{id}")).await.body["load_balancer"]["load_balancer_type"]["name"],
        "lb21"
    );
    for port in [8001, 8002, 8003] {
        done(
            &api,
            &api.post(&act("add_service"), json!({"protocol": "tcp", "listen_port": port, "destination_port": 80}))
                .await,
        )
        .await;
    }
    err(&api.post(&act("change_type"), json!({"load_balancer_type": "lb11"})).await, 422, "invalid_load_balancer_type");

    // Metrics.
    let r = api
        .get(&format!(
            "/load_balancers/{id}/metrics?type=open_connections,bandwidth&type=requests_per_second\
             &start=2025-01-01T00:00:00Z&end=2025-01-01T01:00:00Z&step=60"
        ))
        .await;
    let m = &ok(&r, 200)["metrics"];
    assert_eq!(
        (m["start"].as_str(), m["end"].as_str(), m["step"].as_f64()),
        (Some("2025-01-01T00:00:00+00:00"), Some("2025-01-01T01:00:00+00:00"), Some(60.0))
    );
    let mut keys: Vec<&String> = m["time_series"].as_object().unwrap().keys().collect();
    keys.sort();
    assert_eq!(keys, ["bandwidth.in", "bandwidth.out", "open_connections", "requests_per_second"]);
    let values = m["time_series"]["open_connections"]["values"].as_array().unwrap();
    assert_eq!(values.len(), 61);
    assert_eq!(values[0][0], 1_735_689_600.0);
    assert!(values[0][1].as_str().unwrap().parse::<f64>().is_ok());
    let r = api
        .get(&format!("/load_balancers/{id}/metrics?type=cpu&start=2025-01-01T00:00:00Z&end=2025-01-01T01:00:00Z"))
        .await;
    err(&r, 400, "invalid_input");
    err(&api.get(&format!("/load_balancers/{id}/metrics?type=bandwidth")).await, 400, "invalid_input");
    let r = api
        .get(&format!(
            "/load_balancers/{id}/metrics?type=bandwidth&start=2025-01-01T00:00:00Z&end=2025-01-31T00:00:00Z"
        ))
        .await;
    assert_eq!(ok(&r, 200)["metrics"]["time_series"]["bandwidth.in"]["values"].as_array().unwrap().len(), 201);

    // Update, actions, protection, delete.
    let r = api.put(&format!("/load_balancers/{id}"), json!({"name": "lb-renamed", "labels": {"x": "y"}})).await;
    assert_eq!(ok(&r, 200)["load_balancer"]["name"], "lb-renamed");
    let r = api.get(&format!("/load_balancers/{id}/actions?per_page=2")).await;
    assert_eq!(ok(&r, 200)["actions"].as_array().unwrap().len(), 2);
    ok(&api.get("/load_balancers/actions?sort=id:desc").await, 200);
    done(&api, &api.post(&act("change_protection"), json!({"delete": true})).await).await;
    err(&api.delete(&format!("/load_balancers/{id}")).await, 423, "protected");
    done(&api, &api.post(&act("change_protection"), json!({"delete": false})).await).await;
    // The document says 204; the official Python client reads an action (see load_balancers.rs).
    let deleted = api.delete(&format!("/load_balancers/{id}")).await;
    assert_eq!(ok(&deleted, 201)["action"]["command"], "delete_load_balancer");
    assert_eq!(api.get(&format!("/certificates/{cid}")).await.body["certificate"]["used_by"], json!([]));
    assert_eq!(api.delete(&format!("/certificates/{cid}")).await.status, 204);
    err(&api.get(&format!("/load_balancers/{id}")).await, 404, "not_found");

    assert_conforms(&api, &["/load_balancers", "/load_balancer_types"]);
}

#[tokio::test]
async fn managed_certificate_issuance_fails_then_retry_succeeds() {
    let api = Api::start(config()).await;
    let r = api
        .post(
            "/__emulator/action-failures",
            json!({"command": "create_certificate", "times": 1, "code": "dns_zone_not_found", "message": "DNS zone not found"}),
        )
        .await;
    assert_eq!(r.status, 204, "{}", r.text);
    let r = api
        .post(
            "/certificates",
            json!({"name": "m", "type": "managed", "domain_names": ["example.com", "*.example.com"]}),
        )
        .await;
    let body = ok(&r, 201);
    let cert = &body["certificate"];
    let id = cert["id"].as_i64().unwrap();
    assert_eq!(cert["status"], json!({"issuance": "pending", "renewal": "unavailable", "error": null}));
    assert!(cert["certificate"].is_null() && cert["fingerprint"].is_null() && cert["not_valid_after"].is_null());
    assert_eq!(body["action"]["command"], "create_certificate");
    let a = api.wait_action(body["action"]["id"].as_i64().unwrap()).await;
    assert_eq!(a["status"], "error");
    let cert = api.get(&format!("/certificates/{id}")).await.body["certificate"].clone();
    assert_eq!(cert["status"]["issuance"], "failed");
    assert_eq!(cert["status"]["error"], json!({"code": "dns_zone_not_found", "message": "DNS zone not found"}));

    let r = api.post(&format!("/certificates/{id}/actions/retry"), json!({})).await;
    assert_eq!(ok(&r, 201)["action"]["command"], "issue_certificate");
    assert_eq!(api.get(&format!("/certificates/{id}")).await.body["certificate"]["status"]["issuance"], "pending");
    done(&api, &r).await;
    let cert = api.get(&format!("/certificates/{id}")).await.body["certificate"].clone();
    assert_eq!(cert["status"], json!({"issuance": "completed", "renewal": "scheduled", "error": null}));
    assert!(cert["certificate"].as_str().unwrap().starts_with("-----BEGIN CERTIFICATE-----"));
    assert_eq!(cert["fingerprint"].as_str().unwrap().len(), 95);
    assert!(cert["not_valid_after"].as_str().unwrap() > cert["not_valid_before"].as_str().unwrap());
    assert_eq!(cert["domain_names"], json!(["example.com", "*.example.com"]));
    err(&api.post(&format!("/certificates/{id}/actions/retry"), json!({})).await, 422, "unsupported_error");

    // A second managed certificate issues on the first try.
    let r = api.post("/certificates", json!({"name": "m2", "type": "managed", "domain_names": ["example.net"]})).await;
    done(&api, &r).await;
    let id2 = r.body["certificate"]["id"].as_i64().unwrap();
    assert_eq!(api.get(&format!("/certificates/{id2}")).await.body["certificate"]["status"]["issuance"], "completed");

    // Lists, update, errors.
    ok(&api.post("/certificates", json!({"name": "up", "certificate": CERT, "private_key": KEY})).await, 201);
    let r = api.get("/certificates?type=managed&sort=name:desc").await;
    let names: Vec<&str> =
        ok(&r, 200)["certificates"].as_array().unwrap().iter().map(|c| c["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["m2", "m"]);
    let r = api.get("/certificates?type=uploaded").await;
    assert_eq!(ok(&r, 200)["certificates"].as_array().unwrap().len(), 1);
    err(
        &api.post("/certificates", json!({"name": "m", "type": "managed", "domain_names": ["a.example.com"]})).await,
        409,
        "uniqueness_error",
    );
    let r = api.post("/certificates", json!({"name": "bad", "certificate": "nope", "private_key": "nope"})).await;
    assert_eq!(r.fields(), vec!["certificate", "private_key"]);
    let r = api.post("/certificates", json!({"name": "bad", "type": "managed", "domain_names": []})).await;
    assert_eq!(r.fields(), vec!["domain_names"]);
    let r = api.put(&format!("/certificates/{id}"), json!({"name": "renamed", "labels": {"k": "v"}})).await;
    assert_eq!(
        (ok(&r, 200)["certificate"]["name"].as_str(), r.body["certificate"]["labels"]["k"].as_str()),
        (Some("renamed"), Some("v"))
    );
    err(&api.put(&format!("/certificates/{id}"), json!({"certificate": CERT})).await, 422, "invalid_input");
    let r = api.get(&format!("/certificates/{id}/actions")).await;
    let commands: Vec<&str> =
        ok(&r, 200)["actions"].as_array().unwrap().iter().map(|a| a["command"].as_str().unwrap()).collect();
    assert_eq!(commands, ["create_certificate", "issue_certificate"]);
    ok(&api.get("/certificates/actions").await, 200);
    let aid = r.body["actions"][0]["id"].as_i64().unwrap();
    ok(&api.get(&format!("/certificates/actions/{aid}")).await, 200);
    assert_eq!(api.delete(&format!("/certificates/{id}")).await.status, 204);
    err(&api.get(&format!("/certificates/{id}")).await, 404, "not_found");
    tokio::time::sleep(Duration::from_millis(1)).await;

    assert_conforms(&api, &["/certificates"]);
}
