//! The `hcloud-emulator` binary: startup line, request lines, clean exit on SIGTERM / Ctrl-C.

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

fn spawn(args: &[&str]) -> (Child, BufReader<std::process::ChildStdout>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_hcloud-emulator"))
        .args(args)
        .stdout(Stdio::piped())
        .spawn()
        .expect("binary starts");
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    out.read_line(&mut line).unwrap();
    let url = line
        .trim()
        .strip_prefix("hcloud-emulator listening on ")
        .unwrap_or_else(|| panic!("unexpected first line {line:?}"))
        .to_string();
    (child, out, url)
}

fn signal(child: &Child, sig: &str) {
    let ok = Command::new("kill").args([sig, &child.id().to_string()]).status().unwrap().success();
    assert!(ok);
}

fn wait_exit(child: &mut Child) -> std::process::ExitStatus {
    for _ in 0..100 {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    panic!("emulator did not exit");
}

#[tokio::test]
async fn prints_requests_and_stops_on_sigterm() {
    let (mut child, mut out, url) = spawn(&[
        "--port",
        "0",
        "--token",
        "tok",
        "--rate-limit",
        "10/2",
        "--action-duration-ms",
        "50",
        "--time-scale",
        "2",
        "--seed",
        "3",
    ]);
    assert!(url.starts_with("http://127.0.0.1:") && url.ends_with("/v1"), "{url}");
    let client = common::client();
    let r = client.get(format!("{url}/locations")).header("Authorization", "Bearer tok").send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["ratelimit-limit"], "10");
    let mut line = String::new();
    out.read_line(&mut line).unwrap();
    assert!(line.starts_with("GET /v1/locations 200 "), "{line:?}");
    signal(&child, "-TERM");
    assert!(wait_exit(&mut child).success());
}

#[tokio::test]
async fn quiet_and_sigint() {
    let (mut child, _out, url) = spawn(&["--port", "0", "--quiet", "--no-rate-limit"]);
    let r = common::client().get(format!("{url}/servers")).header("Authorization", "Bearer x").send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["ratelimit-remaining"], "3600");
    signal(&child, "-INT");
    assert!(wait_exit(&mut child).success());
}

#[test]
fn rejects_bad_arguments() {
    for args in
        [vec!["--rate-limit", "lots"], vec!["--rate-limit", "10/1", "--no-rate-limit"], vec!["--time-scale", "0"]]
    {
        let status = Command::new(env!("CARGO_BIN_EXE_hcloud-emulator"))
            .args(&args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .unwrap();
        assert!(!status.success(), "{args:?}");
    }
}
