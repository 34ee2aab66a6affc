//! SSH keys (`/ssh_keys`).

use std::collections::BTreeMap;

use reqwest::Method;
use serde::{Deserialize, Serialize};

use crate::call::CallOptions;
use crate::client::{Client, Json, Query, request_with_body};
use crate::error::Error;
use crate::recover::Created;
use crate::transport::Request;

/// Body of `POST /ssh_keys`.
#[derive(Debug, Clone, Deserialize, Serialize, Default)]
#[serde(deny_unknown_fields)]
pub struct CreateSshKeyRequest {
    pub name: String,
    pub public_key: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<BTreeMap<String, String>>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct SshKey {
    pub id: i64,
    pub name: String,
    pub fingerprint: String,
    pub public_key: String,
    pub created: String,
    #[serde(default)]
    pub labels: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct SshKeyResponse {
    pub ssh_key: SshKey,
}

impl Client {
    /// `POST /ssh_keys`.
    pub async fn create_ssh_key(
        &self,
        req: &CreateSshKeyRequest,
        opts: &CallOptions,
    ) -> Result<Json<SshKeyResponse>, Error> {
        let what = Created::SshKey { name: &req.name, public_key: &req.public_key };
        let body = request_with_body(Method::POST, "/ssh_keys".to_owned(), req)?;
        self.create(body, what, &self.call(opts)).await
    }

    /// `GET /ssh_keys`: one page.
    pub async fn list_ssh_keys(&self, query: &Query, opts: &CallOptions) -> Result<Json<serde_json::Value>, Error> {
        self.list_page("/ssh_keys", query, opts).await
    }

    /// `GET /ssh_keys/{id}`.
    pub async fn get_ssh_key(&self, id: i64, opts: &CallOptions) -> Result<Json<SshKeyResponse>, Error> {
        self.get(format!("/ssh_keys/{id}"), Vec::new(), opts).await
    }

    /// `DELETE /ssh_keys/{id}` (204, no body).
    pub async fn delete_ssh_key(&self, id: i64, opts: &CallOptions) -> Result<(), Error> {
        let req = Request::new(Method::DELETE, format!("/ssh_keys/{id}"));
        self.send_in(&req, &self.call(opts)).await.map(|_| ())
    }
}
