//! Helpers shared by the integration tests: a small JSON client over real HTTP.
#![allow(dead_code)]

pub mod conformance;

use std::time::Duration;

use hcloud_emulator::{Config, Emulator};
use reqwest::header::HeaderMap;
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

pub const TOKEN: &str = "test-token";

pub struct Resp {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: Value,
    pub text: String,
}

impl Resp {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    pub fn header_u64(&self, name: &str) -> u64 {
        self.header(name).unwrap_or_else(|| panic!("missing header {name}")).parse().unwrap()
    }

    pub fn code(&self) -> &str {
        self.body["error"]["code"].as_str().unwrap_or("")
    }

    /// Field names in an invalid_input error.
    pub fn fields(&self) -> Vec<String> {
        self.body["error"]["details"]["fields"]
            .as_array()
            .map(|a| a.iter().map(|f| f["name"].as_str().unwrap().to_string()).collect())
            .unwrap_or_default()
    }
}

pub struct Api {
    pub emu: Emulator,
    pub client: reqwest::Client,
    pub token: Option<String>,
}

pub fn client() -> reqwest::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder().timeout(Duration::from_secs(20)).build().unwrap()
}

/// Fast defaults for tests: no rate limit, short actions.
pub fn config() -> Config {
    Config { rate_limit: None, action_duration_ms: 500, seed: 7, ..Config::default() }
}

impl Api {
    pub async fn start(config: Config) -> Api {
        let emu = Emulator::start(config).await.expect("emulator starts");
        Api { emu, client: client(), token: Some(TOKEN.to_string()) }
    }

    pub fn base(&self) -> String {
        format!("http://{}", self.emu.addr())
    }

    /// Sends a request; `path` is relative to `/v1` unless it starts with `/__emulator`.
    pub async fn send(&self, method: &str, path: &str, body: Option<String>) -> Resp {
        let url = if path.starts_with("/__emulator") {
            format!("{}{}", self.base(), path)
        } else {
            format!("{}{}", self.emu.url(), path)
        };
        let mut req = self.client.request(reqwest::Method::from_bytes(method.as_bytes()).unwrap(), url);
        if let Some(t) = &self.token {
            req = req.header("Authorization", format!("Bearer {t}"));
        }
        if let Some(b) = body {
            req = req.header("Content-Type", "application/json").body(b);
        }
        let resp = req.send().await.expect("request succeeds");
        let status = resp.status().as_u16();
        let headers = resp.headers().clone();
        let text = resp.text().await.unwrap();
        let body = serde_json::from_str(&text).unwrap_or(Value::Null);
        Resp { status, headers, body, text }
    }

    pub async fn get(&self, path: &str) -> Resp {
        self.send("GET", path, None).await
    }

    pub async fn post(&self, path: &str, body: Value) -> Resp {
        self.send("POST", path, Some(body.to_string())).await
    }

    pub async fn put(&self, path: &str, body: Value) -> Resp {
        self.send("PUT", path, Some(body.to_string())).await
    }

    pub async fn delete(&self, path: &str) -> Resp {
        self.send("DELETE", path, None).await
    }

    /// Creates a server (cx22, ubuntu-24.04) and returns its id.
    pub async fn server(&self, name: &str, labels: Value) -> i64 {
        let r = self
            .post(
                "/servers",
                serde_json::json!({"name": name, "server_type": "cx22", "image": "ubuntu-24.04", "labels": labels}),
            )
            .await;
        assert_eq!(r.status, 201, "{}", r.text);
        r.body["server"]["id"].as_i64().unwrap()
    }

    /// Polls until no action of the server is running.
    pub async fn settle(&self, server: i64) {
        for _ in 0..300 {
            let r = self.get(&format!("/servers/{server}/actions?status=running")).await;
            assert_eq!(r.status, 200, "{}", r.text);
            if r.body["actions"].as_array().unwrap().is_empty() {
                return;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        panic!("server {server} stays busy");
    }

    /// Polls an action until it is no longer running.
    pub async fn wait_action(&self, id: i64) -> Value {
        for _ in 0..300 {
            let r = self.get(&format!("/actions/{id}")).await;
            assert_eq!(r.status, 200, "{}", r.text);
            if r.body["action"]["status"] != "running" {
                return r.body["action"].clone();
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        panic!("action {id} never finished");
    }
}

/// A syntactically valid OpenSSH ed25519 public key, different for each `n`.
pub fn ssh_public_key(n: u8) -> String {
    let kind = "ssh-ed25519";
    let mut blob = (kind.len() as u32).to_be_bytes().to_vec();
    blob.extend_from_slice(kind.as_bytes());
    blob.extend_from_slice(&32u32.to_be_bytes());
    blob.extend_from_slice(&[n; 32]);
    format!("{kind} {} user{n}@example", base64(&blob))
}

fn base64(data: &[u8]) -> String {
    const T: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in data.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        out.push(T[(n >> 18) as usize & 63] as char);
        out.push(T[(n >> 12) as usize & 63] as char);
        out.push(if chunk.len() > 1 { T[(n >> 6) as usize & 63] as char } else { '=' });
        out.push(if chunk.len() > 2 { T[n as usize & 63] as char } else { '=' });
    }
    out
}

/// Sends raw bytes on a fresh TCP connection and returns everything read until a clean end
/// of stream (a reset fails the test).
pub async fn raw_exchange(addr: std::net::SocketAddr, request: &str) -> Vec<u8> {
    let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
    s.write_all(request.as_bytes()).await.unwrap();
    let mut out = Vec::new();
    tokio::time::timeout(Duration::from_secs(10), s.read_to_end(&mut out))
        .await
        .expect("connection closes")
        .expect("clean end of stream");
    out
}

pub fn raw_get(path: &str) -> String {
    format!("GET {path} HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer {TOKEN}\r\n\r\n")
}

pub fn raw_post(path: &str, body: &str) -> String {
    format!(
        "POST {path} HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer {TOKEN}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
}
