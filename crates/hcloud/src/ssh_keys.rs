//! SSH keys (`/ssh_keys`).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::call::CallOptions;
use crate::client::{Client, Json};
use crate::error::Error;

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
    /// `POST /ssh_keys`. A lost answer is recovered without creating a second key.
    pub async fn create_ssh_key(
        &self,
        req: &CreateSshKeyRequest,
        opts: &CallOptions,
    ) -> Result<Json<SshKeyResponse>, Error> {
        self.typed("create_ssh_key", &[], Some(req), opts).await
    }

    /// `GET /ssh_keys/{id}`.
    pub async fn get_ssh_key(&self, id: i64, opts: &CallOptions) -> Result<Json<SshKeyResponse>, Error> {
        self.typed::<(), _>("get_ssh_key", &[id.to_string()], None, opts).await
    }

    /// `DELETE /ssh_keys/{id}` (204, no body).
    pub async fn delete_ssh_key(&self, id: i64, opts: &CallOptions) -> Result<(), Error> {
        self.typed::<(), serde::de::IgnoredAny>("delete_ssh_key", &[id.to_string()], None, opts).await.map(|_| ())
    }
}
