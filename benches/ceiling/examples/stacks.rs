//! Experiment: CPU per GET for four HTTP/1.1 stacks on one current-thread runtime.
//! usage: stacks URL(http://127.0.0.1:PORT/v1/servers/1) reqwest|hyperutil|hyper|raw CONC SECS
use std::time::{Duration, Instant};

fn cpu() -> Duration {
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut ru) };
    let t = |tv: libc::timeval| Duration::from_secs(tv.tv_sec as u64) + Duration::from_micros(tv.tv_usec as u64);
    t(ru.ru_utime) + t(ru.ru_stime)
}

fn main() {
    let a: Vec<String> = std::env::args().collect();
    let url = a[1].clone();
    let mode = a[2].clone();
    let conc: usize = a[3].parse().unwrap();
    let secs: f64 = a[4].parse().unwrap();
    let _ = rustls::crypto::ring::default_provider().install_default();
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    rt.block_on(async move {
        let stop = Instant::now() + Duration::from_secs_f64(secs);
        let c0 = cpu();
        let t0 = Instant::now();
        let mut set = tokio::task::JoinSet::new();
        for _ in 0..conc {
            let url = url.clone();
            match mode.as_str() {
                "reqwest" => set.spawn(reqwest_loop(url, stop)),
                "hyper" => set.spawn(hyper_loop(url, stop)),
                "hyperutil" => set.spawn(hyperutil_loop(url, stop)),
                "raw" => set.spawn(raw_loop(url, stop)),
                other => panic!("unknown stack {other:?}: reqwest, hyperutil, hyper or raw"),
            };
        }
        let mut n = 0u64;
        while let Some(r) = set.join_next().await {
            n += r.unwrap();
        }
        let cpu_us = (cpu() - c0).as_secs_f64() * 1e6;
        let wall = t0.elapsed().as_secs_f64();
        println!("{mode}: {n} calls, {:.0}/s, {:.1} us CPU/call", n as f64 / wall, cpu_us / n as f64);
    });
}

async fn reqwest_loop(url: String, stop: Instant) -> u64 {
    thread_local! { static C: reqwest::Client = reqwest::Client::builder().tcp_nodelay(true).build().unwrap(); }
    let c = C.with(|c| c.clone());
    let url = reqwest::Url::parse(&url).unwrap();
    let mut n = 0;
    while Instant::now() < stop {
        let r = c.get(url.clone()).header("authorization", "Bearer x").send().await.unwrap();
        let b = r.bytes().await.unwrap();
        assert!(b.len() > 100);
        n += 1;
    }
    n
}

fn split(url: &str) -> (String, String) {
    let rest = url.strip_prefix("http://").unwrap();
    let i = rest.find('/').unwrap();
    (rest[..i].to_owned(), rest[i..].to_owned())
}

async fn hyper_loop(url: String, stop: Instant) -> u64 {
    use http_body_util::{BodyExt, Empty};
    let (host, path) = split(&url);
    let tcp = tokio::net::TcpStream::connect(&host).await.unwrap();
    tcp.set_nodelay(true).unwrap();
    let (mut send, conn) =
        hyper::client::conn::http1::handshake::<_, Empty<bytes::Bytes>>(hyper_util::rt::TokioIo::new(tcp))
            .await
            .unwrap();
    tokio::spawn(conn);
    let mut n = 0;
    while Instant::now() < stop {
        let req = http::Request::get(&path)
            .header("host", &host)
            .header("authorization", "Bearer x")
            .body(Empty::new())
            .unwrap();
        let r = send.send_request(req).await.unwrap();
        let b = r.into_body().collect().await.unwrap().to_bytes();
        assert!(b.len() > 100);
        n += 1;
    }
    n
}

async fn raw_loop(url: String, stop: Instant) -> u64 {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let (host, path) = split(&url);
    let mut tcp = tokio::net::TcpStream::connect(&host).await.unwrap();
    tcp.set_nodelay(true).unwrap();
    let req = format!("GET {path} HTTP/1.1\r\nhost: {host}\r\nauthorization: Bearer x\r\n\r\n");
    let mut buf = Vec::with_capacity(16384);
    let mut n = 0;
    while Instant::now() < stop {
        tcp.write_all(req.as_bytes()).await.unwrap();
        buf.clear();
        loop {
            let mut tmp = [0u8; 8192];
            let k = tcp.read(&mut tmp).await.unwrap();
            assert!(k > 0);
            buf.extend_from_slice(&tmp[..k]);
            let mut hs = [httparse::EMPTY_HEADER; 32];
            let mut resp = httparse::Response::new(&mut hs);
            if let httparse::Status::Complete(off) = resp.parse(&buf).unwrap() {
                let cl: usize = resp
                    .headers
                    .iter()
                    .find(|h| h.name.eq_ignore_ascii_case("content-length"))
                    .map(|h| std::str::from_utf8(h.value).unwrap().parse().unwrap())
                    .unwrap();
                if buf.len() >= off + cl {
                    break;
                }
            }
        }
        n += 1;
    }
    n
}

async fn hyperutil_loop(url: String, stop: Instant) -> u64 {
    use http_body_util::{BodyExt, Empty};
    use hyper_util::client::legacy::Client;
    thread_local! { static C: Client<hyper_util::client::legacy::connect::HttpConnector, Empty<bytes::Bytes>> = {
        let mut h = hyper_util::client::legacy::connect::HttpConnector::new();
        h.set_nodelay(true);
        Client::builder(hyper_util::rt::TokioExecutor::new()).build(h)
    }; }
    let c = C.with(|c| c.clone());
    let uri: http::Uri = url.parse().unwrap();
    let mut n = 0;
    while Instant::now() < stop {
        let req = http::Request::get(uri.clone()).header("authorization", "Bearer x").body(Empty::new()).unwrap();
        let r = c.request(req).await.unwrap();
        let b = r.into_body().collect().await.unwrap().to_bytes();
        assert!(b.len() > 100);
        n += 1;
    }
    n
}
