//! Idle kept-alive connections are not polled by a task of their own: a sweeper looks at them
//! every few seconds. A connection the server closed while it sat idle must be closed on the
//! client's side too (not left half-open until its next use), and the next request must still
//! succeed on a new connection.

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use hcloud::CallOptions;
use hcloud::transport::{Method, Request};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio::sync::mpsc;

#[tokio::test]
async fn a_connection_the_server_closed_while_idle_is_closed_by_the_client() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let accepted = Arc::new(AtomicUsize::new(0));
    // Reports, per connection, how long after the server's close the client closed its side.
    let (closed_tx, mut closed_rx) = mpsc::unbounded_channel::<Duration>();
    let count = accepted.clone();
    tokio::spawn(async move {
        loop {
            let Ok((mut sock, _)) = listener.accept().await else { return };
            count.fetch_add(1, Ordering::SeqCst);
            let closed_tx = closed_tx.clone();
            tokio::spawn(async move {
                let mut buf = Vec::new();
                while !buf.windows(4).any(|w| w == b"\r\n\r\n") {
                    let mut chunk = [0u8; 4096];
                    match sock.read(&mut chunk).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => buf.extend_from_slice(&chunk[..n]),
                    }
                }
                let body = br#"{"server":{"id":1,"name":"kept-alive"}}"#;
                let head = format!(
                    "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
                    body.len()
                );
                sock.write_all(head.as_bytes()).await.unwrap();
                sock.write_all(body).await.unwrap();
                // The answer was kept-alive; now the server ends the connection (its half of it)
                // and waits for the client to close the other half.
                tokio::time::sleep(Duration::from_millis(50)).await;
                sock.shutdown().await.unwrap();
                let closed_at = Instant::now();
                let mut rest = [0u8; 64];
                if let Ok(Ok(0)) = tokio::time::timeout(Duration::from_secs(10), sock.read(&mut rest)).await {
                    let _ = closed_tx.send(closed_at.elapsed());
                }
            });
        }
    });

    let client = common::client(&format!("http://127.0.0.1:{port}/v1"));
    let opts = CallOptions::default();
    let get = || client.send(Request::new(Method::GET, "/servers/1"), &opts);
    let first = get().await.expect("first request");
    assert_eq!(first.status, 200);

    // Closed within one sweep (2 s), with some room for a slow machine.
    let after = tokio::time::timeout(Duration::from_secs(6), closed_rx.recv())
        .await
        .expect("the client never closed a connection the server had closed")
        .unwrap();
    assert!(after < Duration::from_secs(6), "closed only after {after:?}");

    // The pool holds no dead connection: the next request opens a new one and succeeds.
    let second = get().await.expect("second request");
    assert_eq!(second.status, 200);
    assert_eq!(accepted.load(Ordering::SeqCst), 2);
}
