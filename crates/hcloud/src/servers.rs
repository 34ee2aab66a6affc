//! Servers (`/servers`).

use std::collections::BTreeMap;

use reqwest::Method;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::actions::{Action, ActionList, Meta};
use crate::call::CallOptions;
use crate::client::{Client, Json, Query, request_with_body};
use crate::error::Error;
use crate::recover::Created;

/// Body of `POST /servers`, with the API's field names.
#[derive(Debug, Clone, Deserialize, Serialize, Default)]
#[serde(deny_unknown_fields)]
pub struct CreateServerRequest {
    pub name: String,
    pub server_type: String,
    pub image: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub datacenter: Option<String>,
    /// SSH key ids or names.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ssh_keys: Option<Vec<Value>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_data: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<BTreeMap<String, String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_after_create: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub automount: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub volumes: Option<Vec<i64>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub networks: Option<Vec<i64>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub firewalls: Option<Vec<FirewallRef>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub placement_group: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub public_net: Option<Value>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct FirewallRef {
    pub firewall: i64,
}

/// The fields of a server the client acts on; the rest stays in the raw JSON.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Server {
    pub id: i64,
    pub name: String,
    pub status: String,
    pub created: String,
    #[serde(default)]
    pub labels: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct CreateServerResponse {
    pub server: Server,
    pub action: Action,
    #[serde(default)]
    pub next_actions: Vec<Action>,
    pub root_password: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct DeleteServerResponse {
    pub action: Option<Action>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ServerResponse {
    pub server: Server,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ServerList {
    pub servers: Vec<Server>,
    pub meta: Option<Meta>,
}

impl Client {
    /// `POST /servers`.
    pub async fn create_server(
        &self,
        req: &CreateServerRequest,
        opts: &CallOptions,
    ) -> Result<Json<CreateServerResponse>, Error> {
        // A lost response is recovered without creating a second server (see `recover`).
        let what = Created::Server {
            name: &req.name,
            server_type: &req.server_type,
            image: &req.image,
            labels: req.labels.as_ref(),
            start: req.start_after_create.unwrap_or(true),
        };
        let body = request_with_body(Method::POST, "/servers".to_owned(), req)?;
        self.create(body, what, &self.call(opts)).await
    }

    /// `GET /servers/{id}`.
    pub async fn get_server(&self, id: i64, opts: &CallOptions) -> Result<Json<ServerResponse>, Error> {
        self.get(format!("/servers/{id}"), Vec::new(), opts).await
    }

    /// `GET /servers`: one page.
    pub async fn list_servers(&self, query: &Query, opts: &CallOptions) -> Result<Json<ServerList>, Error> {
        self.get("/servers".to_owned(), query.pairs(), opts).await
    }

    /// `DELETE /servers/{id}`: returns the `delete_server` action.
    /// `action` is null when an earlier attempt deleted the server but its answer was lost.
    pub async fn delete_server(&self, id: i64, opts: &CallOptions) -> Result<Json<DeleteServerResponse>, Error> {
        let req = crate::transport::Request::new(Method::DELETE, format!("/servers/{id}"));
        let resp = self.send_in(&req, &self.call(opts)).await?;
        if resp.body.is_empty() {
            let raw = bytes::Bytes::from_static(br#"{"action":null}"#);
            return Ok(Json { value: DeleteServerResponse { action: None }, raw });
        }
        crate::client::decode(&req, resp)
    }

    /// `POST /servers/{id}/actions/{action}` (e.g. `poweron`, `shutdown`): returns the action.
    /// A lost answer is recovered by finding the action instead of sending it twice.
    pub async fn server_action(
        &self,
        id: i64,
        action: &str,
        body: Option<&serde_json::Value>,
        opts: &CallOptions,
    ) -> Result<Json<crate::actions::ActionResponse>, Error> {
        if action.is_empty() || !action.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
            return Err(Error::invalid_argument(format!("{action:?} is not a server action name")));
        }
        let mut req = crate::transport::Request::new(Method::POST, format!("/servers/{id}/actions/{action}"));
        if let Some(body) = body {
            req.body = Some(bytes::Bytes::from(body.to_string()));
        }
        let call = self.call(opts);
        let resp = self.send_recovering(&req, &call).await?;
        crate::client::decode(&req, resp)
    }

    /// `GET /servers/{id}/actions`.
    pub async fn get_server_actions(
        &self,
        id: i64,
        query: &Query,
        opts: &CallOptions,
    ) -> Result<Json<ActionList>, Error> {
        self.get(format!("/servers/{id}/actions"), query.pairs(), opts).await
    }
}
