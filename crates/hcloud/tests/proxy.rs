//! The proxies the environment names (`HTTP_PROXY`, `HTTPS_PROXY`, `NO_PROXY`), against a
//! scripted proxy on loopback. One test in its own binary: the proxies are read once per process.

mod common;

use std::sync::{Arc, Mutex};

use hcloud::transport::{Method, Request};
use hcloud::{CallOptions, Client, codes};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// What the proxy received: each request's first line and its `Proxy-Authorization`.
type Seen = Arc<Mutex<Vec<(String, Option<String>)>>>;

async fn proxy() -> (u16, Seen) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let seen: Seen = Arc::default();
    let log = seen.clone();
    tokio::spawn(async move {
        loop {
            let Ok((mut sock, _)) = listener.accept().await else { return };
            let log = log.clone();
            tokio::spawn(async move {
                let mut buf = Vec::new();
                loop {
                    // One request head at a time (no bodies in this test).
                    while !buf.windows(4).any(|w| w == b"\r\n\r\n") {
                        let mut chunk = [0u8; 4096];
                        match sock.read(&mut chunk).await {
                            Ok(0) | Err(_) => return,
                            Ok(n) => buf.extend_from_slice(&chunk[..n]),
                        }
                    }
                    let end = buf.windows(4).position(|w| w == b"\r\n\r\n").unwrap() + 4;
                    let head = String::from_utf8_lossy(&buf[..end]).into_owned();
                    buf.drain(..end);
                    let line = head.lines().next().unwrap_or_default().to_owned();
                    let auth = head
                        .lines()
                        .find_map(|l| l.to_ascii_lowercase().strip_prefix("proxy-authorization: ").map(str::to_owned));
                    let connect = line.starts_with("CONNECT ");
                    log.lock().unwrap().push((line, auth));
                    if connect {
                        let _ = sock.write_all(b"HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n").await;
                        return;
                    }
                    let body = br#"{"server":{"id":1,"name":"via-proxy"}}"#;
                    let head = format!(
                        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
                        body.len()
                    );
                    if sock.write_all(head.as_bytes()).await.is_err() || sock.write_all(body).await.is_err() {
                        return;
                    }
                }
            });
        }
    });
    (port, seen)
}

async fn get(client: &Client) -> Result<hcloud::transport::Response, hcloud::Error> {
    client.send(Request::new(Method::GET, "/servers/1"), &CallOptions::default()).await
}

#[tokio::test]
async fn requests_go_through_the_proxies_the_environment_names() {
    let (port, seen) = proxy().await;
    // The proxies are read when the first client is made, so set them before.
    // SAFETY: this test binary has no other thread reading the environment yet.
    unsafe {
        for name in ["http_proxy", "https_proxy", "all_proxy", "ALL_PROXY", "no_proxy"] {
            std::env::remove_var(name);
        }
        std::env::set_var("HTTP_PROXY", format!("http://user:secret@127.0.0.1:{port}"));
        std::env::set_var("HTTPS_PROXY", format!("http://user:secret@127.0.0.1:{port}"));
        std::env::set_var("NO_PROXY", "127.0.0.2");
    }
    let basic = Some("basic dxnlcjpzzwnyzxq=".to_owned()); // "user:secret", lowercased with the line

    // http: the request goes to the proxy in absolute form, with the proxy's credentials. The
    // host is never resolved here: only the proxy is dialled.
    let plain = common::client("http://api.example.test/v1");
    for _ in 0..2 {
        let resp = get(&plain).await.expect("answered through the proxy");
        assert!(String::from_utf8_lossy(&resp.body).contains("via-proxy"));
    }
    {
        let seen = seen.lock().unwrap();
        assert_eq!(seen.len(), 2, "{seen:?}");
        for (line, auth) in seen.iter() {
            assert_eq!(line, "GET http://api.example.test/v1/servers/1 HTTP/1.1");
            assert_eq!(auth, &basic);
        }
    }

    // https: a CONNECT tunnel to the API's host and port; this proxy refuses it, and the call
    // fails as a connection failure that names the proxy.
    let tls = common::client("https://api.example.test/v1");
    let err = get(&tls).await.expect_err("the proxy refused the tunnel");
    assert_eq!(err.code, codes::NETWORK_ERROR, "{err:?}");
    assert!(err.message.contains("proxy"), "{}", err.message);
    assert!(!format!("{err:?}").contains("secret"), "the proxy's password leaked: {err:?}");
    {
        let seen = seen.lock().unwrap();
        assert_eq!(seen.len(), 3, "{seen:?}");
        assert_eq!(seen[2].0, "CONNECT api.example.test:443 HTTP/1.1");
        assert_eq!(seen[2].1, basic);
    }

    // NO_PROXY: dialled directly (nothing listens there), and the proxy sees nothing.
    let direct = common::client("http://127.0.0.2:9/v1");
    let err = get(&direct).await.expect_err("nothing listens on 127.0.0.2:9");
    assert_eq!(err.code, codes::NETWORK_ERROR, "{err:?}");
    assert!(err.message.contains("could not connect"), "{}", err.message);
    assert_eq!(seen.lock().unwrap().len(), 3);
}
