//! Load benchmark: `GET /v1/servers/{id}` over keep-alive connections.
//!
//! `cargo run --release -p hcloud-emulator --example load -- [CONNECTIONS] [SECONDS]`
//! (defaults 64 and 5). The client is a minimal HTTP/1.1 loop so that it takes as little of the
//! machine as possible from the server it measures. With `--url http://HOST:PORT/v1/servers/ID`
//! it only prints the target and waits (for an external tool such as `wrk`).

use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use hcloud_emulator::{Config, Emulator};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// Sends one request and reads one response; returns the status code.
async fn exchange(stream: &mut TcpStream, request: &[u8], buf: &mut Vec<u8>) -> io::Result<u16> {
    stream.write_all(request).await?;
    buf.clear();
    let mut chunk = [0u8; 16 * 1024];
    loop {
        let n = stream.read(&mut chunk).await?;
        if n == 0 {
            return Err(io::ErrorKind::UnexpectedEof.into());
        }
        buf.extend_from_slice(&chunk[..n]);
        if let Some(end) = find(buf, b"\r\n\r\n") {
            let head = std::str::from_utf8(&buf[..end]).map_err(|_| io::ErrorKind::InvalidData)?;
            let status: u16 = head.get(9..12).and_then(|s| s.parse().ok()).ok_or(io::ErrorKind::InvalidData)?;
            let len: usize = head
                .lines()
                .find_map(|l| {
                    let (k, v) = l.split_once(':')?;
                    k.eq_ignore_ascii_case("content-length").then(|| v.trim().parse().ok())?
                })
                .unwrap_or(0);
            let total = end + 4 + len;
            while buf.len() < total {
                let n = stream.read(&mut chunk).await?;
                if n == 0 {
                    return Err(io::ErrorKind::UnexpectedEof.into());
                }
                buf.extend_from_slice(&chunk[..n]);
            }
            return Ok(status);
        }
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[tokio::main]
async fn main() -> io::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let serve_only = args.iter().any(|a| a == "--serve");
    let nums: Vec<u64> = args.iter().filter_map(|a| a.parse().ok()).collect();
    let connections = nums.first().copied().unwrap_or(64) as usize;
    let seconds = nums.get(1).copied().unwrap_or(5);

    let emu =
        Emulator::start(Config { rate_limit: None, port: if serve_only { 4000 } else { 0 }, ..Config::default() })
            .await?;
    let addr = emu.addr();
    let mut setup = TcpStream::connect(addr).await?;
    let body = r#"{"name":"bench-1","server_type":"cx22","image":"ubuntu-24.04"}"#;
    let create = format!(
        "POST /v1/servers HTTP/1.1\r\nHost: {addr}\r\nAuthorization: Bearer bench\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    let mut buf = Vec::new();
    let status = exchange(&mut setup, create.as_bytes(), &mut buf).await?;
    assert_eq!(status, 201, "server creation failed");
    let text = String::from_utf8_lossy(&buf);
    let json = &text[text.find("\r\n\r\n").unwrap() + 4..];
    let value: serde_json::Value = serde_json::from_str(json).expect("JSON body");
    let id = value["server"]["id"].as_i64().unwrap();
    let path = format!("/v1/servers/{id}");

    if serve_only {
        println!("serving http://{addr}{path} (Ctrl-C to stop)");
        tokio::signal::ctrl_c().await?;
        emu.stop().await;
        return Ok(());
    }

    let request: Arc<[u8]> =
        format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nAuthorization: Bearer bench\r\n\r\n").into_bytes().into();
    let done = Arc::new(AtomicBool::new(false));
    let ok = Arc::new(AtomicU64::new(0));
    let failed = Arc::new(AtomicU64::new(0));
    let mut tasks = Vec::new();
    let started = Instant::now();
    for _ in 0..connections {
        let (request, done, ok, failed) = (request.clone(), done.clone(), ok.clone(), failed.clone());
        tasks.push(tokio::spawn(async move {
            let mut stream = TcpStream::connect(addr).await.expect("connect");
            stream.set_nodelay(true).ok();
            let mut buf = Vec::with_capacity(8192);
            while !done.load(Ordering::Relaxed) {
                match exchange(&mut stream, &request, &mut buf).await {
                    Ok(200) => ok.fetch_add(1, Ordering::Relaxed),
                    _ => failed.fetch_add(1, Ordering::Relaxed),
                };
            }
        }));
    }
    tokio::time::sleep(Duration::from_secs(seconds)).await;
    done.store(true, Ordering::Relaxed);
    for t in tasks {
        let _ = t.await;
    }
    let elapsed = started.elapsed().as_secs_f64();
    let ok = ok.load(Ordering::Relaxed);
    let failed = failed.load(Ordering::Relaxed);
    println!(
        "GET {path}: {connections} connections, {elapsed:.1}s, {ok} ok, {failed} failed, {:.0} req/s, body {} bytes",
        ok as f64 / elapsed,
        json.len()
    );
    emu.stop().await;
    Ok(())
}
