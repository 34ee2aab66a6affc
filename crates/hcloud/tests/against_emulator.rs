//! The core client against the emulator over HTTP on loopback: the pipeline's decisions seen
//! from the outside (requests the emulator logged), without Node.

use std::time::Duration;

use hcloud::servers::CreateServerRequest;
use hcloud::ssh_keys::CreateSshKeyRequest;
use hcloud::waiter::{Target, WaitOptions};
use hcloud::{CallOptions, Client, ClientConfig, Jitter, codes};
use hcloud_emulator::{Config, Emulator, Fault, FaultKind};
use tokio_util::sync::CancellationToken;

async fn emulator() -> Emulator {
    Emulator::start(Config { rate_limit: None, action_duration_ms: 100, ..Config::default() })
        .await
        .expect("emulator starts")
}

fn client(emu: &Emulator) -> Client {
    let mut cfg = ClientConfig::new("made-up-token");
    cfg.base_url = emu.url();
    cfg.retry.initial_delay = Duration::from_millis(2);
    cfg.retry.max_delay = Duration::from_millis(10);
    cfg.retry.jitter = Jitter::None;
    cfg.poll_interval = Duration::from_millis(20);
    Client::new(cfg).expect("client")
}

fn fault(method: &str, path: &str, times: u32, kind: FaultKind) -> Fault {
    Fault { method: Some(method.into()), path: path.into(), times: Some(times), probability: None, kind }
}

fn server(name: &str) -> CreateServerRequest {
    CreateServerRequest {
        name: name.into(),
        server_type: "cx22".into(),
        image: "ubuntu-24.04".into(),
        ..Default::default()
    }
}

fn count(emu: &Emulator, method: &str, path: &str) -> usize {
    emu.requests().iter().filter(|r| r.method == method && r.path == path).count()
}

#[tokio::test]
async fn retries_503_then_succeeds_and_counts_attempts() {
    let emu = emulator().await;
    let c = client(&emu);
    emu.inject(fault(
        "GET",
        "/v1/locations",
        2,
        FaultKind::Status { status: 503, code: "unavailable".into(), message: None, details: None, headers: None },
    ));
    let req = hcloud::transport::Request::new(hcloud::transport::Method::GET, "/locations");
    let resp = c.send(req, &CallOptions::default()).await.expect("third attempt succeeds");
    assert_eq!(resp.attempts, 3);
    assert_eq!(count(&emu, "GET", "/v1/locations"), 3);
}

#[tokio::test]
async fn a_create_whose_answer_was_lost_is_recovered_not_repeated() {
    let emu = emulator().await;
    let c = client(&emu);
    emu.inject(fault("POST", "/v1/servers", 1, FaultKind::DropAfter));
    let created = c.create_server(&server("once"), &CallOptions::default()).await.expect("recovered");
    assert_eq!(created.value.server.name, "once");
    assert_eq!(created.value.action.command, "create_server");
    assert_eq!(created.value.root_password, None);
    assert_eq!(count(&emu, "POST", "/v1/servers"), 1);

    // Dropped before processing: the name is free, so the create is sent again, once.
    emu.inject(fault("POST", "/v1/ssh_keys", 1, FaultKind::DropBefore));
    let key = CreateSshKeyRequest {
        name: "k".into(),
        public_key: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBXhY8pa7xIbqTnStNh4hFIaJ4bQ0ZYYO4c3lUqyT8Qj k@x".into(),
        labels: None,
    };
    c.create_ssh_key(&key, &CallOptions::default()).await.expect("resent");
    assert_eq!(count(&emu, "POST", "/v1/ssh_keys"), 2);
}

#[tokio::test]
async fn waits_for_many_actions_with_batched_polls() {
    let emu = emulator().await;
    let c = client(&emu);
    let mut targets = Vec::new();
    for i in 0..60 {
        let created = c.create_server(&server(&format!("batch-{i}")), &CallOptions::default()).await.unwrap();
        targets.push(Target::Id(created.value.action.id));
    }
    let done = c.wait_for_actions(targets, WaitOptions::default()).await.expect("all succeed");
    assert!(done.iter().all(|a| a.value.status == "success"));
    let polls: Vec<_> = emu.requests().into_iter().filter(|r| r.path == "/v1/actions").collect();
    assert!(polls.iter().all(|p| p.query.matches("id=").count() <= 25));
    assert!(polls.len() < 60, "{} polls for 60 actions", polls.len());
}

#[tokio::test]
async fn abort_ends_a_backoff_sleep_at_once() {
    let emu = emulator().await;
    let mut cfg = ClientConfig::new("made-up-token");
    cfg.base_url = emu.url();
    cfg.retry.initial_delay = Duration::from_secs(10);
    cfg.retry.max_delay = Duration::from_secs(10);
    cfg.retry.jitter = Jitter::None;
    let c = Client::new(cfg).unwrap();
    emu.inject(fault(
        "GET",
        "/v1/locations",
        1,
        FaultKind::Status { status: 503, code: "unavailable".into(), message: None, details: None, headers: None },
    ));
    let cancel = CancellationToken::new();
    let opts = CallOptions { cancel: Some(cancel.clone()), ..Default::default() };
    let call = tokio::spawn(async move {
        c.send(hcloud::transport::Request::new(hcloud::transport::Method::GET, "/locations"), &opts).await
    });
    tokio::time::sleep(Duration::from_millis(100)).await;
    let t0 = std::time::Instant::now();
    cancel.cancel();
    let err = call.await.unwrap().expect_err("aborted");
    assert!(t0.elapsed() < Duration::from_millis(50));
    assert_eq!(err.code, codes::ABORTED);
    assert_eq!(err.attempts, 1);
}
