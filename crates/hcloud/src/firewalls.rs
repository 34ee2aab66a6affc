//! Firewalls (`/firewalls`).

use std::collections::BTreeMap;

use reqwest::Method;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::actions::Action;
use crate::call::CallOptions;
use crate::client::{Client, Json, Query, request_with_body};
use crate::error::Error;
use crate::recover::Created;

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
    /// `POST /firewalls`.
    pub async fn create_firewall(
        &self,
        req: &CreateFirewallRequest,
        opts: &CallOptions,
    ) -> Result<Json<CreateFirewallResponse>, Error> {
        let what = Created::Firewall { name: &req.name, labels: req.labels.as_ref() };
        let body = request_with_body(Method::POST, "/firewalls".to_owned(), req)?;
        self.create(body, what, &self.call(opts)).await
    }

    /// `GET /firewalls`: one page.
    pub async fn list_firewalls(&self, query: &Query, opts: &CallOptions) -> Result<Json<Value>, Error> {
        self.list_page("/firewalls", query, opts).await
    }

    /// `GET /firewalls/{id}`.
    pub async fn get_firewall(&self, id: i64, opts: &CallOptions) -> Result<Json<FirewallResponse>, Error> {
        self.get(format!("/firewalls/{id}"), Vec::new(), opts).await
    }

    /// `DELETE /firewalls/{id}` (204, no body).
    pub async fn delete_firewall(&self, id: i64, opts: &CallOptions) -> Result<(), Error> {
        let req = crate::transport::Request::new(Method::DELETE, format!("/firewalls/{id}"));
        self.send_in(&req, &self.call(opts)).await.map(|_| ())
    }
}
