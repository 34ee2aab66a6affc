//! TLS certificates: `uploaded` (PEM certificate and key; domain names, validity and SHA-256
//! fingerprint are read from the certificate's DER when it has them) and `managed` (issued for
//! `domain_names`: `status.issuance` is `pending` until the `create_certificate` action ends,
//! then `completed`, or `failed` with `status.error` when the action fails; `retry` issues
//! again). `used_by` lists the load balancers whose services use the certificate.

use std::sync::Arc;

use axum::Router;
use base64::Engine as _;
use http::StatusCode;
use serde_json::{Value, json};

use super::generic::{self, Created, Ctx, Kind};
use crate::error::ApiError;
use crate::server::App;
use crate::state::{EmuMs, State as St};
use crate::store::Res;

pub(crate) static KIND: Kind = Kind {
    filters: &[("type", "/type")],
    create: Some(create),
    update: Some(generic::only_name_and_labels),
    delete: Some(delete),
    view: Some(view),
    actions: &[("retry", retry)],
    ..Kind::base("certificate", "certificates", "certificate", "certificate")
};

/// Validity of an issued managed certificate (Let's Encrypt: 90 days).
const MANAGED_VALIDITY_MS: EmuMs = 90.0 * 86_400_000.0;

/// SHA-256 of `data`.
pub(crate) fn sha256(data: &[u8]) -> [u8; 32] {
    const K: [u32; 64] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
        0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
        0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
        0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
        0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
        0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
        0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
        0xc67178f2,
    ];
    let mut h: [u32; 8] =
        [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
    let mut msg = data.to_vec();
    msg.push(0x80);
    while msg.len() % 64 != 56 {
        msg.push(0);
    }
    msg.extend_from_slice(&((data.len() as u64) * 8).to_be_bytes());
    for chunk in msg.chunks(64) {
        let mut w = [0u32; 64];
        for (i, word) in chunk.chunks(4).enumerate() {
            w[i] = u32::from_be_bytes([word[0], word[1], word[2], word[3]]);
        }
        for i in 16..64 {
            let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
            let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16].wrapping_add(s0).wrapping_add(w[i - 7]).wrapping_add(s1);
        }
        let mut v = h;
        for i in 0..64 {
            let s1 = v[4].rotate_right(6) ^ v[4].rotate_right(11) ^ v[4].rotate_right(25);
            let ch = (v[4] & v[5]) ^ (!v[4] & v[6]);
            let t1 = v[7].wrapping_add(s1).wrapping_add(ch).wrapping_add(K[i]).wrapping_add(w[i]);
            let s0 = v[0].rotate_right(2) ^ v[0].rotate_right(13) ^ v[0].rotate_right(22);
            let maj = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
            let t2 = s0.wrapping_add(maj);
            v = [t1.wrapping_add(t2), v[0], v[1], v[2], v[3].wrapping_add(t1), v[4], v[5], v[6]];
        }
        for (a, b) in h.iter_mut().zip(v) {
            *a = a.wrapping_add(b);
        }
    }
    let mut out = [0u8; 32];
    for (i, word) in h.iter().enumerate() {
        out[i * 4..i * 4 + 4].copy_from_slice(&word.to_be_bytes());
    }
    out
}

fn fingerprint(der: &[u8]) -> String {
    sha256(der).iter().map(|b| format!("{b:02x}")).collect::<Vec<_>>().join(":")
}

/// The DER bytes of the first PEM block labelled `label`.
fn pem_der(pem: &str, label: &str) -> Option<Vec<u8>> {
    let begin = format!("-----BEGIN {label}-----");
    let end = format!("-----END {label}-----");
    let start = pem.find(&begin)? + begin.len();
    let stop = start + pem[start..].find(&end)?;
    let b64: String = pem[start..stop].chars().filter(|c| !c.is_whitespace()).collect();
    base64::engine::general_purpose::STANDARD.decode(b64).ok()
}

/// A DER element at `i`: (tag, content start, content end).
fn der_elem(der: &[u8], i: usize) -> Option<(u8, usize, usize)> {
    let tag = *der.get(i)?;
    let first = *der.get(i + 1)? as usize;
    let (len, start) = if first < 0x80 {
        (first, i + 2)
    } else {
        let n = first & 0x7f;
        if n == 0 || n > 3 {
            return None;
        }
        let len = der.get(i + 2..i + 2 + n)?.iter().fold(0usize, |acc, b| acc << 8 | *b as usize);
        (len, i + 2 + n)
    };
    (start + len <= der.len()).then_some((tag, start, start + len))
}

fn find(der: &[u8], marker: &[u8], from: usize) -> Option<usize> {
    der.get(from..)?.windows(marker.len()).position(|w| w == marker).map(|p| p + from)
}

/// The DNS names of the subject alternative name extension.
fn san_names(der: &[u8]) -> Vec<String> {
    let oid = [0x06, 0x03, 0x55, 0x1d, 0x11];
    let Some(pos) = find(der, &oid, 0) else { return Vec::new() };
    let mut i = pos + oid.len();
    if der.get(i..i + 3) == Some(&[0x01, 0x01, 0xff]) {
        i += 3;
    }
    let Some((0x04, start, _)) = der_elem(der, i) else { return Vec::new() };
    let Some((0x30, mut j, end)) = der_elem(der, start) else { return Vec::new() };
    let mut out = Vec::new();
    while j < end {
        let Some((tag, s, e)) = der_elem(der, j) else { break };
        if tag == 0x82
            && let Ok(name) = std::str::from_utf8(&der[s..e])
        {
            out.push(name.to_string());
        }
        j = e;
    }
    out
}

/// The subject's common name (the last one in the certificate; the issuer's comes first).
fn common_name(der: &[u8]) -> Option<String> {
    let oid = [0x06, 0x03, 0x55, 0x04, 0x03];
    let mut found = None;
    let mut from = 0;
    while let Some(pos) = find(der, &oid, from) {
        if let Some((tag, s, e)) = der_elem(der, pos + oid.len())
            && [0x0c, 0x13, 0x16].contains(&tag)
            && let Ok(name) = std::str::from_utf8(&der[s..e])
        {
            found = Some(name.to_string());
        }
        from = pos + 1;
    }
    found
}

/// `YYMMDDHHMMSSZ` (UTCTime) to an RFC 3339 time.
fn utc_time(s: &str) -> Option<String> {
    let b = s.as_bytes();
    if b.len() != 13 || b[12] != b'Z' || !b[..12].iter().all(u8::is_ascii_digit) {
        return None;
    }
    let yy: u32 = s[0..2].parse().ok()?;
    let year = if yy >= 50 { 1900 + yy } else { 2000 + yy };
    Some(format!("{year}-{}-{}T{}:{}:{}+00:00", &s[2..4], &s[4..6], &s[6..8], &s[8..10], &s[10..12]))
}

/// `not_valid_before` and `not_valid_after` as RFC 3339 times.
type Validity = Option<(String, String)>;

/// Domain names (subject alternative names, else common names), validity and fingerprint of
/// a PEM certificate, when its DER can be read.
fn inspect(pem: &str) -> Option<(Vec<String>, Validity, String)> {
    let der = pem_der(pem, "CERTIFICATE")?;
    let mut names = san_names(&der);
    if names.is_empty() {
        names.extend(common_name(&der));
    }
    let mut times = Vec::new();
    let mut i = 0;
    while i + 15 <= der.len() && times.len() < 2 {
        if der[i] == 0x17
            && der[i + 1] == 13
            && let Some(t) = std::str::from_utf8(&der[i + 2..i + 15]).ok().and_then(utc_time)
        {
            times.push(t);
            i += 15;
            continue;
        }
        i += 1;
    }
    let validity = (times.len() == 2).then(|| (times[0].clone(), times[1].clone()));
    Some((names, validity, fingerprint(&der)))
}

fn valid_domain(d: &str) -> bool {
    let d = d.strip_prefix("*.").unwrap_or(d);
    d.contains('.') && super::servers::valid_hostname(d)
}

fn domain_names(body: &Value) -> Result<Vec<String>, ApiError> {
    let mut out = Vec::new();
    for d in body.get("domain_names").and_then(Value::as_array).into_iter().flatten() {
        let d = d.as_str().ok_or_else(|| ApiError::invalid_field("domain_names", "must be strings"))?;
        if !valid_domain(d) {
            return Err(ApiError::invalid_field("domain_names", format!("'{d}' is not a valid domain name")));
        }
        if !out.iter().any(|x| x == d) {
            out.push(d.to_string());
        }
    }
    Ok(out)
}

fn create(ctx: &Ctx, st: &mut St, body: Value) -> Result<Created, ApiError> {
    let name = body["name"].as_str().unwrap_or_default();
    if name.is_empty() {
        return Err(ApiError::invalid_field("name", "is required"));
    }
    generic::check_name(&KIND, st, name, 0)?;
    let kind = body["type"].as_str().unwrap_or("uploaded");
    let domains = domain_names(&body)?;
    let id = st.alloc_id();
    let mut o = generic::new_object(ctx, id, &body, None)?;
    o.insert("type".into(), json!(kind));
    o.insert("used_by".into(), json!([]));
    match kind {
        "uploaded" => {
            let cert = body["certificate"].as_str().unwrap_or_default();
            let key = body["private_key"].as_str().unwrap_or_default();
            let mut errs = Vec::new();
            if !cert.contains("-----BEGIN CERTIFICATE-----") || !cert.contains("-----END CERTIFICATE-----") {
                errs.push(("certificate".to_string(), "must be a certificate in PEM format".to_string()));
            }
            if !(key.contains("-----BEGIN") && key.contains("PRIVATE KEY-----")) {
                errs.push(("private_key".to_string(), "must be a private key in PEM format".to_string()));
            }
            if !errs.is_empty() {
                return Err(ApiError::invalid_fields(errs));
            }
            let (names, validity, fp) = match inspect(cert) {
                Some(found) => found,
                None => (Vec::new(), None, fingerprint(cert.as_bytes())),
            };
            let names = if !names.is_empty() {
                names
            } else if !domains.is_empty() {
                domains
            } else {
                vec!["example.com".to_string()]
            };
            let (before, after) = validity.map_or_else(
                || (ctx.time(ctx.now - 3_600_000.0), ctx.time(ctx.now + 365.0 * 86_400_000.0)),
                |(b, a)| (json!(b), json!(a)),
            );
            o.insert("certificate".into(), json!(cert));
            o.insert("not_valid_before".into(), before);
            o.insert("not_valid_after".into(), after);
            o.insert("domain_names".into(), json!(names));
            o.insert("fingerprint".into(), json!(fp));
            o.insert("status".into(), Value::Null);
            st.store.insert(KIND.kind, Res::new(o));
            Ok(Created { id, status: StatusCode::CREATED, extra: vec![("action", Value::Null)] })
        }
        "managed" => {
            if domains.is_empty() {
                return Err(ApiError::invalid_field("domain_names", "is required for managed certificates"));
            }
            o.insert("certificate".into(), Value::Null);
            o.insert("not_valid_before".into(), Value::Null);
            o.insert("not_valid_after".into(), Value::Null);
            o.insert("domain_names".into(), json!(domains));
            o.insert("fingerprint".into(), Value::Null);
            o.insert("status".into(), json!({ "issuance": "pending", "renewal": "unavailable", "error": null }));
            st.store.insert(KIND.kind, Res::new(o));
            let action = issue(ctx, st, id, "create_certificate");
            Ok(Created { id, status: StatusCode::CREATED, extra: vec![("action", ctx.action(st, action))] })
        }
        _ => Err(ApiError::invalid_field("type", "must be one of uploaded, managed")),
    }
}

/// Starts an issuance action and schedules its outcome on the certificate.
fn issue(ctx: &Ctx, st: &mut St, id: i64, command: &'static str) -> i64 {
    let action = generic::start_action(ctx, st, command, vec![(id, "certificate")]);
    let end = st.action_end(action);
    let error = st.actions.get(&action).and_then(|a| a.error.clone());
    let mut der = vec![0x30, 0x82, 0x03, 0x00];
    der.extend((0..764).map(|_| st.rng.u8(..)));
    let pem_body = base64::engine::general_purpose::STANDARD.encode(&der);
    let lines: Vec<&str> = pem_body.as_bytes().chunks(64).map(|c| std::str::from_utf8(c).unwrap_or_default()).collect();
    let pem = format!("-----BEGIN CERTIFICATE-----\n{}\n-----END CERTIFICATE-----\n", lines.join("\n"));
    let (not_before, not_after) = (ctx.time(end), ctx.time(end + MANAGED_VALIDITY_MS));
    let Some(r) = st.store.get_mut(KIND.kind, id, ctx.now) else { return action };
    match error {
        Some((code, message)) => {
            r.later(end, "/status/issuance", json!("failed"));
            r.later(end, "/status/error", json!({ "code": code, "message": message }));
        }
        None => {
            r.later(end, "/status/issuance", json!("completed"));
            r.later(end, "/status/renewal", json!("scheduled"));
            r.later(end, "/certificate", json!(pem));
            r.later(end, "/fingerprint", json!(fingerprint(&der)));
            r.later(end, "/not_valid_before", not_before);
            r.later(end, "/not_valid_after", not_after);
        }
    }
    action
}

fn retry(ctx: &Ctx, st: &mut St, _k: &'static Kind, id: i64, _body: Value) -> Result<Value, ApiError> {
    let r = KIND.find_mut(st, id, ctx.now)?;
    let failed = r.at(ctx.now, "/status/issuance") == Some(json!("failed"))
        || r.at(ctx.now, "/status/renewal") == Some(json!("failed"));
    if r.str("type") != Some("managed") || !failed {
        return Err(ApiError::new(
            422,
            "unsupported_error",
            "only managed certificates whose issuance or renewal failed can be retried",
        ));
    }
    r.set("status", json!({ "issuance": "pending", "renewal": "unavailable", "error": null }));
    let action = issue(ctx, st, id, "issue_certificate");
    Ok(generic::action_body(ctx, st, action))
}

/// The load balancers whose services use a certificate.
fn used_by(st: &St, id: i64) -> Vec<Value> {
    st.store
        .all("load_balancer")
        .filter(|lb| {
            lb.get("services").and_then(Value::as_array).is_some_and(|services| {
                services.iter().any(|s| {
                    s.pointer("/http/certificates")
                        .and_then(Value::as_array)
                        .is_some_and(|c| c.iter().any(|c| c.as_i64() == Some(id)))
                })
            })
        })
        .map(|lb| json!({ "id": lb.id(), "type": "load_balancer" }))
        .collect()
}

fn view(ctx: &Ctx, st: &St, r: &Res) -> Value {
    let mut v = r.view(ctx.now);
    v["used_by"] = Value::Array(used_by(st, r.id()));
    v
}

fn delete(_ctx: &Ctx, st: &mut St, id: i64) -> Result<Option<Value>, ApiError> {
    if !used_by(st, id).is_empty() {
        return Err(ApiError::new(422, "resource_in_use", "certificate is used by a load balancer"));
    }
    Ok(None)
}

pub(crate) fn routes() -> Router<Arc<App>> {
    generic::routes(&KIND)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha256_known_answers() {
        let hex = |d: [u8; 32]| d.iter().map(|b| format!("{b:02x}")).collect::<String>();
        assert_eq!(hex(sha256(b"")), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assert_eq!(hex(sha256(b"abc")), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assert_eq!(utc_time("240101120000Z").as_deref(), Some("2024-01-01T12:00:00+00:00"));
    }
}
