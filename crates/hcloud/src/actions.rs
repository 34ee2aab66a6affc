//! Actions: the API's record of an asynchronous operation (`/actions`).

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::call::CallOptions;
use crate::client::{Client, Json, Page};
use crate::error::Error;

/// The fields of an action the client acts on; the rest stays in the raw JSON.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
pub struct Action {
    pub id: i64,
    pub command: String,
    /// `running`, `success` or `error`.
    pub status: String,
    pub progress: i64,
    pub started: Option<String>,
    pub finished: Option<String>,
    #[serde(default)]
    pub resources: Vec<ResourceRef>,
    pub error: Option<ActionError>,
}

impl Action {
    pub fn is_running(&self) -> bool {
        self.status == "running"
    }
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
pub struct ResourceRef {
    pub id: i64,
    #[serde(rename = "type")]
    pub kind: String,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
pub struct ActionError {
    pub code: String,
    pub message: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ActionResponse {
    pub action: Action,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Meta {
    pub pagination: Option<Page>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ActionList {
    pub actions: Vec<Action>,
    pub meta: Option<Meta>,
}

/// `id=1&id=2..`: the query of `GET /actions` for several actions.
pub(crate) fn ids_query(ids: &[i64]) -> Vec<(String, String)> {
    ids.iter().map(|id| ("id".to_owned(), id.to_string())).collect()
}

/// A list of actions, each kept with its own raw JSON.
#[derive(Debug, Deserialize)]
pub(crate) struct RawActionList {
    pub actions: Vec<Box<RawValue>>,
}

/// Splits a list of raw actions into typed views with their own JSON.
pub(crate) fn split_actions(list: RawActionList) -> Result<Vec<Json<Action>>, serde_json::Error> {
    list.actions
        .into_iter()
        .map(|raw| {
            let value: Action = serde_json::from_str(raw.get())?;
            Ok(Json { value, raw: bytes::Bytes::from(raw.get().to_owned()) })
        })
        .collect()
}

impl Client {
    /// `GET /actions/{id}`.
    pub async fn get_action(&self, id: i64, opts: &CallOptions) -> Result<Json<ActionResponse>, Error> {
        self.get(format!("/actions/{id}"), Vec::new(), opts).await
    }

    /// `GET /actions?id=..`: several actions by id in one request.
    pub async fn get_actions(&self, ids: &[i64], opts: &CallOptions) -> Result<Json<ActionList>, Error> {
        let query = ids_query(ids);
        self.get("/actions".to_owned(), query, opts).await
    }
}
