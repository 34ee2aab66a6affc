//! Fault injection, rate limiting, the control API and the request log.

mod common;

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use common::{Api, config, raw_exchange, raw_get, raw_post};
use hcloud_emulator::{Config, Fault, FaultKind, RateLimitConfig};
use serde_json::{Value, json};

fn fault(method: Option<&str>, path: &str, kind: FaultKind) -> Fault {
    Fault { method: method.map(str::to_string), path: path.to_string(), times: None, probability: None, kind }
}

fn server_body(name: &str) -> String {
    json!({"name": name, "server_type": "cx22", "image": "debian-12"}).to_string()
}

async fn server_count(api: &Api) -> u64 {
    api.get("/servers").await.body["meta"]["pagination"]["total_entries"].as_u64().unwrap()
}

#[tokio::test]
async fn status_fault_times_and_headers() {
    let api = Api::start(config()).await;
    api.emu.inject(Fault {
        times: Some(2),
        ..fault(
            Some("POST"),
            "/v1/servers",
            FaultKind::Status {
                status: 503,
                code: "unavailable".into(),
                message: Some("maintenance".into()),
                details: None,
                headers: None,
            },
        )
    });
    // GETs are not affected.
    assert_eq!(api.get("/servers").await.status, 200);
    for _ in 0..2 {
        let r = api.send("POST", "/servers", Some(server_body("a"))).await;
        assert_eq!((r.status, r.code()), (503, "unavailable"));
        assert_eq!(r.body["error"]["message"], "maintenance");
        assert!(r.header("x-correlation-id").is_some());
    }
    let r = api.send("POST", "/servers", Some(server_body("a"))).await;
    assert_eq!(r.status, 201);
    assert_eq!(server_count(&api).await, 1);

    // A 429 with overridden headers.
    let mut headers = BTreeMap::new();
    headers.insert("RateLimit-Remaining".to_string(), "0".to_string());
    headers.insert("Retry-After".to_string(), "1".to_string());
    api.emu.inject(fault(
        None,
        "/v1/**",
        FaultKind::Status {
            status: 429,
            code: "rate_limit_exceeded".into(),
            message: None,
            details: Some(json!({"why": "test"})),
            headers: Some(headers),
        },
    ));
    let r = api.get("/locations").await;
    assert_eq!((r.status, r.code()), (429, "rate_limit_exceeded"));
    assert_eq!(r.header("ratelimit-remaining"), Some("0"));
    assert_eq!(r.header("retry-after"), Some("1"));
    assert_eq!(r.body["error"]["details"], json!({"why": "test"}));
    assert_eq!(api.get("/locations").await.status, 200);
    let log = api.emu.requests();
    let faulted: Vec<_> = log.iter().filter_map(|e| e.fault.clone()).collect();
    assert_eq!(faulted, vec!["status", "status", "status"]);
}

#[tokio::test]
async fn delay_fault() {
    let api = Api::start(config()).await;
    api.emu.inject(fault(None, "/v1/locations", FaultKind::Delay { ms: 300 }));
    let t = Instant::now();
    let r = api.get("/locations").await;
    assert_eq!(r.status, 200);
    assert!(t.elapsed() >= Duration::from_millis(300));
    let t = Instant::now();
    api.get("/locations").await;
    assert!(t.elapsed() < Duration::from_millis(300));
}

#[tokio::test]
async fn drop_before_sends_nothing_and_commits_nothing() {
    let api = Api::start(config()).await;
    api.emu.inject(fault(Some("POST"), "/v1/servers", FaultKind::DropBefore));
    let out = raw_exchange(api.emu.addr(), &raw_post("/v1/servers", &server_body("x"))).await;
    assert!(out.is_empty(), "got {:?}", String::from_utf8_lossy(&out));
    assert_eq!(server_count(&api).await, 0);
    let entry = &api.emu.requests()[0];
    assert_eq!(entry.fault.as_deref(), Some("drop_before"));
    assert_eq!(entry.status, 0);
    // A reqwest client sees a transport error.
    api.emu.inject(fault(Some("POST"), "/v1/servers", FaultKind::DropBefore));
    let err = api
        .client
        .post(format!("{}/servers", api.emu.url()))
        .header("Authorization", "Bearer t")
        .body(server_body("y"))
        .send()
        .await;
    assert!(err.is_err());
    assert_eq!(server_count(&api).await, 0);
}

#[tokio::test]
async fn drop_after_commits_but_sends_nothing() {
    let api = Api::start(config()).await;
    api.emu.inject(fault(Some("POST"), "/v1/servers", FaultKind::DropAfter));
    let out = raw_exchange(api.emu.addr(), &raw_post("/v1/servers", &server_body("x"))).await;
    assert!(out.is_empty(), "got {:?}", String::from_utf8_lossy(&out));
    let r = api.get("/servers").await;
    assert_eq!(r.body["servers"][0]["name"], "x");
    let entry = &api.emu.requests()[0];
    assert_eq!(entry.fault.as_deref(), Some("drop_after"));
    assert_eq!(entry.status, 201);
    assert_eq!(entry.response_body.as_ref().unwrap()["server"]["name"], "x");
}

#[tokio::test]
async fn malformed_body() {
    let api = Api::start(config()).await;
    api.emu.inject(fault(Some("POST"), "/v1/servers", FaultKind::Malformed));
    let r = api.send("POST", "/servers", Some(server_body("m"))).await;
    assert_eq!(r.status, 200);
    assert!(serde_json::from_str::<Value>(&r.text).is_err());
    assert!(!r.text.is_empty());
    assert_eq!(server_count(&api).await, 1);
}

#[tokio::test]
async fn truncated_body() {
    let api = Api::start(config()).await;
    api.emu.inject(fault(None, "/v1/locations", FaultKind::Truncated));
    let out = raw_exchange(api.emu.addr(), &raw_get("/v1/locations")).await;
    let text = String::from_utf8_lossy(&out);
    let (head, body) = text.split_once("\r\n\r\n").expect("headers were sent");
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    let len: usize =
        head.lines().find_map(|l| l.strip_prefix("content-length: ")).expect("content-length").parse().unwrap();
    assert!(len > 100);
    assert_eq!(body.len(), len / 2);
    // reqwest reports an error reading the body.
    api.emu.inject(fault(None, "/v1/locations", FaultKind::Truncated));
    let resp = api
        .client
        .get(format!("{}/locations", api.emu.url()))
        .header("Authorization", "Bearer t")
        .send()
        .await
        .unwrap();
    assert!(resp.text().await.is_err());
}

#[tokio::test]
async fn trickle_body() {
    let api = Api::start(config()).await;
    api.emu.inject(fault(None, "/v1/locations/*", FaultKind::Trickle { bytes_per_second: 1000 }));
    let t = Instant::now();
    let r = api.get("/locations/1").await;
    let took = t.elapsed();
    assert_eq!(r.status, 200);
    assert_eq!(r.body["location"]["name"], "fsn1");
    let expected = Duration::from_millis(r.text.len() as u64 * 1000 / 1000);
    assert!(took + Duration::from_millis(100) >= expected, "took {took:?} for {} bytes", r.text.len());
    assert!(took >= Duration::from_millis(150), "took {took:?}");
}

#[tokio::test]
async fn probability_is_deterministic_under_seed() {
    async fn pattern(seed: u64) -> Vec<u16> {
        let api = Api::start(Config { seed, ..config() }).await;
        api.emu.inject(Fault {
            probability: Some(0.5),
            ..fault(
                Some("GET"),
                "/v1/*",
                FaultKind::Status {
                    status: 500,
                    code: "server_error".into(),
                    message: None,
                    details: None,
                    headers: None,
                },
            )
        });
        let mut out = Vec::new();
        for _ in 0..40 {
            out.push(api.get("/locations").await.status);
        }
        // Pattern `/v1/*` does not match deeper paths.
        assert_eq!(api.get("/locations/1").await.status, 200);
        out
    }
    let a = pattern(42).await;
    let b = pattern(42).await;
    assert_eq!(a, b);
    let errors = a.iter().filter(|&&s| s == 500).count();
    assert!((8..=32).contains(&errors), "{errors} of 40");
}

#[tokio::test]
async fn control_api_over_http() {
    let api = Api::start(config()).await;
    let r = api.get("/__emulator/health").await;
    assert_eq!(r.status, 200);
    // One fault, then an array.
    let r = api
        .post(
            "/__emulator/faults",
            json!({"method": "GET", "path": "/v1/servers", "kind": "status", "status": 502, "code": "bad_gateway"}),
        )
        .await;
    assert_eq!(r.status, 204, "{}", r.text);
    let r = api
        .post(
            "/__emulator/faults",
            json!([
                {"path": "/v1/locations", "times": 3, "kind": "malformed"},
                {"path": "/v1/images/**", "kind": "delay", "ms": 1}
            ]),
        )
        .await;
    assert_eq!(r.status, 204, "{}", r.text);
    let r = api.get("/__emulator/faults").await;
    assert_eq!(r.body.as_array().unwrap().len(), 3);
    assert_eq!(r.body[1]["times"], 3);
    assert_eq!(api.get("/servers").await.status, 502);
    assert_eq!(api.get("/servers").await.status, 200);
    let r = api.delete("/__emulator/faults").await;
    assert_eq!(r.status, 204);
    assert_eq!(api.get("/locations").await.status, 200);
    assert_eq!(api.get("/__emulator/faults").await.body, json!([]));
    // Invalid fault.
    let r = api.post("/__emulator/faults", json!({"path": "/v1", "kind": "explode"})).await;
    assert_eq!(r.status, 400);
    let r = api.post("/__emulator/faults", json!({"path": "/v1", "kind": "malformed", "probability": 2.0})).await;
    assert_eq!(r.status, 400);

    // Request log: control requests are not in it.
    let r = api.get("/__emulator/requests").await;
    let log = r.body.as_array().unwrap();
    assert_eq!(log.len(), 3);
    assert_eq!(log[0]["status"], 502);
    assert_eq!(log[0]["fault"], "status");
    assert_eq!(log[1]["operation"], "/servers");
    assert_eq!(log[1]["path"], "/v1/servers");
    assert!(log[1]["response_body"]["servers"].is_array());
    assert_eq!(api.delete("/__emulator/requests").await.status, 204);
    assert_eq!(api.get("/__emulator/requests").await.body, json!([]));

    // next-id, action failures, reset.
    assert_eq!(api.post("/__emulator/next-id", json!({"id": 1000})).await.status, 204);
    assert_eq!(api.post("/__emulator/next-id", json!({"id": "x"})).await.status, 400);
    assert_eq!(api.post("/__emulator/action-failures", json!({"command": "create_server"})).await.status, 204);
    let r = api.send("POST", "/servers", Some(server_body("c"))).await;
    assert_eq!(r.body["server"]["id"], 1000);
    let a = api.wait_action(r.body["action"]["id"].as_i64().unwrap()).await;
    assert_eq!(a["status"], "error");
    assert_eq!(a["error"]["code"], "action_failed");
    assert_eq!(api.post("/__emulator/reset", json!({})).await.status, 204);
    assert_eq!(server_count(&api).await, 0);
    assert_eq!(api.get("/__emulator/nope").await.status, 404);
}

#[tokio::test]
async fn rate_limit() {
    let api =
        Api::start(Config { rate_limit: Some(RateLimitConfig { limit: 3, refill_per_second: 1.0 }), ..config() }).await;
    for want in [2, 1, 0] {
        let r = api.get("/locations").await;
        assert_eq!(r.status, 200);
        assert_eq!(r.header_u64("ratelimit-limit"), 3);
        assert_eq!(r.header_u64("ratelimit-remaining"), want);
    }
    let r = api.get("/locations").await;
    assert_eq!((r.status, r.code()), (429, "rate_limit_exceeded"));
    assert_eq!(r.header_u64("ratelimit-remaining"), 0);
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
    let reset = r.header_u64("ratelimit-reset");
    assert!(reset >= now + 2 && reset <= now + 4, "reset {reset} now {now}");
    // Another token has its own bucket.
    let other = Api { emu: api.emu.clone(), client: common::client(), token: Some("other".into()) };
    assert_eq!(other.get("/locations").await.status, 200);
    // Control requests are not limited.
    assert_eq!(api.get("/__emulator/health").await.status, 200);
    // Refill: one token per second.
    tokio::time::sleep(Duration::from_millis(1100)).await;
    assert_eq!(api.get("/locations").await.status, 200);
    assert_eq!(api.get("/locations").await.status, 429);
}

#[tokio::test]
async fn rate_limit_refill_follows_time_scale() {
    let api = Api::start(Config {
        rate_limit: Some(RateLimitConfig { limit: 2, refill_per_second: 0.2 }),
        time_scale: 10.0,
        ..config()
    })
    .await;
    assert_eq!(api.get("/locations").await.status, 200);
    assert_eq!(api.get("/locations").await.status, 200);
    assert_eq!(api.get("/locations").await.status, 429);
    // One token per 5 emulated seconds, i.e. per 500 real ms at 10x.
    tokio::time::sleep(Duration::from_millis(600)).await;
    assert_eq!(api.get("/locations").await.status, 200);
}

#[tokio::test]
async fn request_log_entries() {
    let api = Api::start(config()).await;
    let id = api.server("logged", json!({})).await;
    api.get(&format!("/servers/{id}?x=1")).await;
    api.get("/unknown").await;
    let log = api.emu.requests();
    assert_eq!(log.len(), 3);
    assert_eq!(log[0].method, "POST");
    assert_eq!(log[0].status, 201);
    assert_eq!(log[0].operation.as_deref(), Some("/servers"));
    assert_eq!(log[1].operation.as_deref(), Some("/servers/{id}"));
    assert_eq!(log[1].query, "x=1");
    assert_eq!(log[2].operation, None);
    assert_eq!(log[2].status, 404);
    assert!(log[0].at_ms <= log[2].at_ms);
    let json = serde_json::to_value(&log[1]).unwrap();
    let back: hcloud_emulator::LoggedRequest = serde_json::from_value(json).unwrap();
    assert_eq!(back, log[1]);
}

#[tokio::test]
async fn stop_closes_the_port() {
    let api = Api::start(config()).await;
    let addr = api.emu.addr();
    // An idle keep-alive connection must not keep stop() waiting.
    assert_eq!(api.get("/locations").await.status, 200);
    tokio::time::timeout(Duration::from_secs(5), api.emu.clone().stop()).await.expect("stop finishes");
    assert!(tokio::net::TcpStream::connect(addr).await.is_err());
}
