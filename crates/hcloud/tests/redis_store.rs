//! The Redis-backed bucket (`transport::store`) against a real redis-server on a free port:
//! seeding, taking, waiting, in-flight accounting, out-of-order answers, and an unreachable store.
//! `scripts/test.sh` installs redis-server; without it these tests fail with a clear message.

use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use hcloud::StoreConfig;
use hcloud::transport::store::{Store, Take};

struct Redis {
    child: Child,
    url: String,
}

impl Drop for Redis {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

async fn start_redis() -> Redis {
    let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let child = Command::new("redis-server")
        .args(["--port", &port.to_string(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"])
        .stdout(Stdio::null())
        .spawn()
        .expect("redis-server is not installed (scripts/ensure-redis.sh installs it)");
    for _ in 0..100 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    Redis { child, url: format!("redis://127.0.0.1:{port}") }
}

fn store(url: &str, token: &str) -> Store {
    let cfg = StoreConfig { url: url.to_owned(), prefix: "test:".to_owned() };
    Store::new(&cfg, "http://127.0.0.1:1/v1", token).unwrap()
}

#[tokio::test]
async fn takes_until_the_floor_then_says_how_long_to_wait() {
    let redis = start_redis().await;
    let s = store(&redis.url, "token-a-made-up");
    // Nothing seeded yet: the caller decides in-process.
    assert_eq!(s.take(10, 1.0, 0.0).await, Take::Unknown);
    s.observe(5, 10, 1.0).await;
    for _ in 0..4 {
        assert_eq!(s.take(10, 1.0, 1.0).await, Take::Granted);
    }
    // 5 reported, 4 taken, floor 1: the fifth waits about one refill step (1 per second).
    match s.take(10, 1.0, 1.0).await {
        Take::Wait(d) => assert!(d > Duration::from_millis(500) && d <= Duration::from_millis(1000), "{d:?}"),
        other => panic!("expected a wait, got {other:?}"),
    }
    // One answer reports 2 left; 3 requests are still in flight: nothing may go.
    s.observe(2, 10, 1.0).await;
    assert!(matches!(s.take(10, 1.0, 0.0).await, Take::Wait(_)));
}

#[tokio::test]
async fn an_answer_that_overtook_newer_ones_does_not_refill_the_bucket() {
    let redis = start_redis().await;
    let s = store(&redis.url, "token-b-made-up");
    s.observe(100, 100, 0.001).await;
    for _ in 0..50 {
        assert_eq!(s.take(100, 0.001, 0.0).await, Take::Granted);
    }
    // Answers arrive: newer ones report 60, then an old one reports 99.
    s.observe(60, 100, 0.001).await;
    s.observe(99, 100, 0.001).await;
    // The bucket follows the lowest recent reading (60 minus the 48 still in flight): 12.
    let mut granted = 0;
    while s.take(100, 0.001, 0.0).await == Take::Granted {
        granted += 1;
        assert!(granted <= 100, "the old answer refilled the bucket");
    }
    assert!((10..=13).contains(&granted), "{granted}");
}

#[tokio::test]
async fn tokens_never_reach_redis_and_a_dead_store_is_unavailable() {
    let redis = start_redis().await;
    let token = "secret-token-made-up-123";
    let s = store(&redis.url, token);
    s.observe(3, 10, 1.0).await;
    let out =
        Command::new("redis-cli").args(["-u", &redis.url, "--scan"]).output().expect("redis-cli is not installed");
    let keys = String::from_utf8_lossy(&out.stdout);
    assert!(keys.contains("test:budget:"), "{keys}");
    assert!(!keys.contains(token));
    drop(redis);
    let dead = store("redis://127.0.0.1:9", "token-c-made-up");
    assert_eq!(dead.take(10, 1.0, 0.0).await, Take::Unavailable);
    assert!(!dead.usable(), "a failed store pauses before the next try");
}
