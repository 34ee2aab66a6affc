//! Firewalls (`/firewalls`).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::actions::Action;
use crate::call::CallOptions;
use crate::client::{Client, Json};
use crate::error::Error;

/// Body of `POST /firewalls`. Rules and targets keep the API's JSON shape.
#[derive(Debug, Clone, Deserialize, Serialize, Default)]
#[serde(deny_unknown_fields)]
pub struct CreateFirewallRequest {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<BTreeMap<String, String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rules: Option<Vec<Value>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub apply_to: Option<Vec<Value>>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Firewall {
    pub id: i64,
    pub name: String,
    pub created: String,
    #[serde(default)]
    pub labels: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct FirewallResponse {
    pub firewall: Firewall,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct CreateFirewallResponse {
    pub firewall: Firewall,
    #[serde(default)]
    pub actions: Vec<Action>,
}

impl Client {
    /// `POST /firewalls`. A lost answer is recovered without creating a second firewall.
    pub async fn create_firewall(
        &self,
        req: &CreateFirewallRequest,
        opts: &CallOptions,
    ) -> Result<Json<CreateFirewallResponse>, Error> {
        self.typed("create_firewall", &[], Some(req), opts).await
    }

    /// `GET /firewalls/{id}`.
    pub async fn get_firewall(&self, id: i64, opts: &CallOptions) -> Result<Json<FirewallResponse>, Error> {
        self.typed::<(), _>("get_firewall", &[id.to_string()], None, opts).await
    }

    /// `DELETE /firewalls/{id}` (204, no body).
    pub async fn delete_firewall(&self, id: i64, opts: &CallOptions) -> Result<(), Error> {
        self.typed::<(), serde::de::IgnoredAny>("delete_firewall", &[id.to_string()], None, opts).await.map(|_| ())
    }
}
