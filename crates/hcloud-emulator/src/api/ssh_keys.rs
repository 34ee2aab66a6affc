//! SSH keys: CRUD, with the MD5 fingerprint of the key blob.

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use base64::Engine as _;
use http::StatusCode;
use md5::{Digest, Md5};
use serde::Deserialize;

use super::servers::typed;
use super::{S, path_id};
use crate::error::{ApiError, ApiResponse, ApiResult};
use crate::labels::{Labels, check_labels};
use crate::list::{Query, SortVal, list_body, one_body, paginate, sort_items};
use crate::schema::parse_body;
use crate::state::{SshKey, SshKeyJson, ssh_key_view};

const KEY_TYPES: &[&str] = &[
    "ssh-rsa",
    "ssh-dss",
    "ssh-ed25519",
    "ssh-ed448",
    "ecdsa-sha2-nistp256",
    "ecdsa-sha2-nistp384",
    "ecdsa-sha2-nistp521",
    "sk-ssh-ed25519@openssh.com",
    "sk-ecdsa-sha2-nistp256@openssh.com",
];

/// Checks an OpenSSH public key line and returns the MD5 fingerprint of its blob.
pub(crate) fn fingerprint(public_key: &str) -> Result<String, String> {
    let mut parts = public_key.split_whitespace();
    let (Some(kind), Some(data)) = (parts.next(), parts.next()) else {
        return Err("must be an OpenSSH public key ('<type> <base64> [comment]')".into());
    };
    if !KEY_TYPES.contains(&kind) {
        return Err(format!("unsupported key type '{kind}'"));
    }
    let blob = base64::engine::general_purpose::STANDARD
        .decode(data)
        .map_err(|_| "key data is not valid base64".to_string())?;
    // The blob starts with the key type as an SSH string (u32 length + bytes).
    let embedded =
        blob.get(..4).map(|n| u32::from_be_bytes([n[0], n[1], n[2], n[3]]) as usize).and_then(|n| blob.get(4..4 + n));
    if embedded != Some(kind.as_bytes()) || blob.len() <= 4 + kind.len() {
        return Err("key data does not match the key type".into());
    }
    let digest = Md5::digest(&blob);
    Ok(digest.iter().map(|b| format!("{b:02x}")).collect::<Vec<_>>().join(":"))
}

pub(crate) async fn list(State(app): S, RawQuery(q): RawQuery) -> ApiResult {
    let q = Query::parse(q.as_deref());
    let page = q.page()?;
    let sort = q.sort(&["id", "name"])?;
    let selector = q.label_selector()?;
    let name = q.get("name");
    let fp = q.get("fingerprint");
    let st = app.read();
    let mut items: Vec<&SshKey> = st
        .ssh_keys
        .values()
        .filter(|k| name.is_none_or(|n| k.name == n))
        .filter(|k| fp.is_none_or(|f| k.fingerprint == f))
        .filter(|k| selector.as_ref().is_none_or(|s| s.matches(&k.labels)))
        .collect();
    sort_items(
        &mut items,
        &sort,
        |k| k.id,
        |k, field| match field {
            "name" => SortVal::Str(&k.name),
            _ => SortVal::Int(k.id),
        },
    );
    let (items, p) = paginate(items, page);
    let views: Vec<SshKeyJson> = items.iter().map(|k| ssh_key_view(k, &app.clock)).collect();
    Ok(ApiResponse::raw(StatusCode::OK, list_body("ssh_keys", &views, Some(p))))
}

pub(crate) async fn get(State(app): S, Path(id): Path<String>) -> ApiResult {
    let id = path_id(&id)?;
    let st = app.read();
    let k = st.ssh_keys.get(&id).ok_or_else(|| ApiError::not_found("SSH key"))?;
    Ok(ApiResponse::raw(StatusCode::OK, one_body("ssh_key", &ssh_key_view(k, &app.clock))))
}

#[derive(Deserialize)]
struct CreateReq {
    name: String,
    public_key: String,
    labels: Option<Labels>,
}

pub(crate) async fn create(State(app): S, body: Bytes) -> ApiResult {
    let req: CreateReq = typed(parse_body("POST /ssh_keys", &body)?)?;
    let mut errs = Vec::new();
    if req.name.trim().is_empty() {
        errs.push(("name".to_string(), "must not be empty".to_string()));
    }
    let labels = req.labels.unwrap_or_default();
    for m in check_labels(&labels) {
        errs.push(("labels".to_string(), m));
    }
    let fp = match fingerprint(&req.public_key) {
        Ok(fp) => Some(fp),
        Err(m) => {
            errs.push(("public_key".to_string(), m));
            None
        }
    };
    if !errs.is_empty() {
        return Err(ApiError::invalid_fields(errs));
    }
    let fp = fp.expect("checked");
    let now = app.now();
    let mut st = app.write();
    if st.ssh_keys.values().any(|k| k.name == req.name) {
        return Err(ApiError::uniqueness("name", "SSH key name is already used"));
    }
    if st.ssh_keys.values().any(|k| k.fingerprint == fp) {
        return Err(ApiError::uniqueness("public_key", "SSH key with the same fingerprint already exists"));
    }
    let id = st.alloc_id();
    st.ssh_keys.insert(
        id,
        SshKey {
            id,
            name: req.name,
            public_key: req.public_key.trim().to_string(),
            fingerprint: fp,
            labels,
            created: now,
        },
    );
    Ok(ApiResponse::raw(StatusCode::CREATED, one_body("ssh_key", &ssh_key_view(&st.ssh_keys[&id], &app.clock))))
}

#[derive(Deserialize)]
struct UpdateReq {
    name: Option<String>,
    labels: Option<Labels>,
}

pub(crate) async fn update(State(app): S, Path(id): Path<String>, body: Bytes) -> ApiResult {
    let id = path_id(&id)?;
    let req: UpdateReq = typed(parse_body("PUT /ssh_keys/{id}", &body)?)?;
    let mut errs = Vec::new();
    if req.name.as_ref().is_some_and(|n| n.trim().is_empty()) {
        errs.push(("name".to_string(), "must not be empty".to_string()));
    }
    for m in req.labels.as_ref().map(check_labels).unwrap_or_default() {
        errs.push(("labels".to_string(), m));
    }
    let mut st = app.write();
    if !st.ssh_keys.contains_key(&id) {
        return Err(ApiError::not_found("SSH key"));
    }
    if !errs.is_empty() {
        return Err(ApiError::invalid_fields(errs));
    }
    if let Some(n) = &req.name
        && st.ssh_keys.values().any(|k| k.id != id && k.name == *n)
    {
        return Err(ApiError::uniqueness("name", "SSH key name is already used"));
    }
    let k = st.ssh_keys.get_mut(&id).expect("checked");
    if let Some(n) = req.name {
        k.name = n;
    }
    if let Some(l) = req.labels {
        k.labels = l;
    }
    Ok(ApiResponse::raw(StatusCode::OK, one_body("ssh_key", &ssh_key_view(&st.ssh_keys[&id], &app.clock))))
}

pub(crate) async fn delete(State(app): S, Path(id): Path<String>) -> ApiResult {
    let id = path_id(&id)?;
    let mut st = app.write();
    st.ssh_keys.remove(&id).ok_or_else(|| ApiError::not_found("SSH key"))?;
    Ok(ApiResponse::no_content())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(kind: &str, payload: &[u8]) -> String {
        let mut blob = (kind.len() as u32).to_be_bytes().to_vec();
        blob.extend_from_slice(kind.as_bytes());
        blob.extend_from_slice(&(payload.len() as u32).to_be_bytes());
        blob.extend_from_slice(payload);
        format!("{kind} {} me@host", base64::engine::general_purpose::STANDARD.encode(blob))
    }

    #[test]
    fn fingerprints() {
        let k = key("ssh-ed25519", &[7u8; 32]);
        let fp = fingerprint(&k).unwrap();
        assert_eq!(fp.len(), 47);
        assert_eq!(fp.matches(':').count(), 15);
        assert!(fingerprint("ssh-ed25519").is_err());
        assert!(fingerprint("ssh-foo AAAA").is_err());
        assert!(fingerprint("ssh-rsa !!!").is_err());
        // Type in the blob differs from the declared one.
        let wrong = key("ssh-rsa", &[1, 2, 3]).replacen("ssh-rsa", "ssh-ed25519", 1);
        assert!(fingerprint(&wrong).is_err());
    }
}
