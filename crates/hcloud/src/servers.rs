//! Servers (`/servers`).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::actions::{Action, ActionList, Meta};
use crate::call::CallOptions;
use crate::client::{Client, Json};
use crate::error::Error;

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
    /// `POST /servers`. A lost answer is recovered without creating a second server.
    pub async fn create_server(
        &self,
        req: &CreateServerRequest,
        opts: &CallOptions,
    ) -> Result<Json<CreateServerResponse>, Error> {
        self.typed("create_server", &[], Some(req), opts).await
    }

    /// `GET /servers/{id}`.
    pub async fn get_server(&self, id: i64, opts: &CallOptions) -> Result<Json<ServerResponse>, Error> {
        self.typed::<(), _>("get_server", &[id.to_string()], None, opts).await
    }

    /// `DELETE /servers/{id}`: returns the `delete_server` action.
    /// `action` is null when an earlier attempt deleted the server but its answer was lost.
    pub async fn delete_server(&self, id: i64, opts: &CallOptions) -> Result<Json<DeleteServerResponse>, Error> {
        self.typed::<(), _>("delete_server", &[id.to_string()], None, opts).await
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
        let op = crate::operation::OPERATIONS
            .iter()
            .find(|op| {
                op.verb == crate::operation::Verb::Post && op.path == format!("/servers/{{id}}/actions/{action}")
            })
            .ok_or_else(|| Error::invalid_argument(format!("{action:?} is not a server action")))?;
        self.typed(op.id, &[id.to_string()], body, opts).await
    }

    /// `GET /servers/{id}/actions`: one page.
    pub async fn get_server_actions(&self, id: i64, opts: &CallOptions) -> Result<Json<ActionList>, Error> {
        self.typed::<(), _>("list_server_actions", &[id.to_string()], None, opts).await
    }
}
