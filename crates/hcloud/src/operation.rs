//! The operation table, generated from the API document (`generated/operations.rs`, written by
//! `npm run generate`), and the one generic entry that runs any of its operations:
//! [`Client::operation`] builds the request from the table (path parameters, query or body),
//! sends it through the pipeline with the recovery class the table gives, and checks the parts
//! of the answer the client relies on. Requests and answers stay JSON text.

use std::collections::BTreeMap;

use bytes::Bytes;
use http::Method;
use serde_json::{Map, Value};

use crate::call::{Call, CallOptions};
use crate::client::{Client, decode, invalid_response};
use crate::error::Error;
use crate::transport::body::{self, Kind};
use crate::transport::{Request, Response};

include!("generated/operations.rs");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verb {
    Get,
    Post,
    Put,
    Delete,
}

impl Verb {
    pub fn method(self) -> Method {
        match self {
            Verb::Get => Method::GET,
            Verb::Post => Method::POST,
            Verb::Put => Method::PUT,
            Verb::Delete => Method::DELETE,
        }
    }
}

/// One operation of the API.
#[derive(Debug)]
pub struct Operation {
    /// The document's `operationId`, e.g. `create_server`.
    pub id: &'static str,
    pub verb: Verb,
    /// The path template, e.g. `/servers/{id}/actions/poweron`.
    pub path: &'static str,
    pub path_params: &'static [PathParam],
    pub query: &'static [QueryParam],
    pub body: Body,
    pub result: Shape,
    pub recovery: Recovery,
}

#[derive(Debug)]
pub struct PathParam {
    pub name: &'static str,
    /// A positive integer (an id); otherwise a non-empty string.
    pub integer: bool,
}

#[derive(Debug)]
pub struct QueryParam {
    pub name: &'static str,
    /// Sent once per value: `status=running&status=off`.
    pub array: bool,
    pub required: bool,
}

#[derive(Debug)]
pub enum Body {
    None,
    /// Only these top-level fields exist; the required ones must be there.
    Closed {
        fields: &'static [&'static str],
        required: &'static [&'static str],
    },
    /// A body the table does not check field by field (built from `allOf`).
    Open,
}

/// The parts of a success answer the client checks or acts on.
#[derive(Debug)]
pub struct Shape {
    /// The resource the answer carries, an object with an integer `id`.
    pub key: Option<&'static str>,
    pub key_nullable: bool,
    /// For paginated lists: the array of items.
    pub list: Option<&'static str>,
    pub action: bool,
    pub actions: bool,
    pub next_actions: bool,
}

/// What the client does when a request may have been applied but its answer was lost.
#[derive(Debug)]
pub enum Recovery {
    /// GET and PUT: sent again.
    Idempotent,
    /// Sent again; a 404 after an ambiguous attempt means the lost attempt deleted it.
    Delete,
    /// Never sent again after an ambiguous failure: the error says it may have been applied.
    NotResent,
    /// Looked up by its unique name and recognised (see [`crate::recover`]).
    Create(&'static CreateRecovery),
    /// Looked up among the resource's actions (`actions_path`) by command before a resend.
    Action { actions_path: &'static str, commands: &'static [&'static str] },
}

#[derive(Debug)]
pub struct CreateRecovery {
    /// The list that finds the resource by `?name=`, and the array of its answer.
    pub list_path: &'static str,
    pub list_key: &'static str,
    /// The create answer's resource field.
    pub key: &'static str,
    /// The resource's actions, `{id}` filled in with the found resource's id.
    pub actions_path: Option<&'static str>,
    /// Request fields the found resource must agree with, beyond name, labels and time.
    pub matches: &'static [Match],
    /// Fields of the create answer that only the lost answer held: null when recovered.
    pub others: &'static [&'static str],
}

#[derive(Debug)]
pub enum Match {
    /// The same value, or an object whose `name` or `id` is the value asked for.
    Same(&'static str),
    /// The same OpenSSH key (type and key material, whatever the comment).
    KeyMaterial(&'static str),
}

/// The number of the operation with this `operationId`.
pub fn find(id: &str) -> Option<usize> {
    OPERATIONS.iter().position(|op| op.id == id)
}

/// The operation a concrete method and path belong to, with the path's parameter values; where
/// several match (`/zones/actions` and `/zones/{id_or_name}`), the one with fewer parameters.
pub(crate) fn match_path(method: &Method, path: &str) -> Option<(&'static Operation, Vec<String>)> {
    let segments: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    let matches = |op: &'static Operation| {
        let template: Vec<&str> = op.path.trim_start_matches('/').split('/').collect();
        if template.len() != segments.len() {
            return None;
        }
        let mut params = Vec::new();
        for (t, s) in template.iter().zip(&segments) {
            match t.strip_prefix('{').and_then(|t| t.strip_suffix('}')) {
                Some(name) => {
                    let integer = op.path_params.iter().any(|p| p.name == name && p.integer);
                    if s.is_empty() || (integer && s.parse::<u64>().is_err()) {
                        return None;
                    }
                    params.push((*s).to_owned());
                }
                None if t == s => {}
                None => return None,
            }
        }
        Some((op, params))
    };
    OPERATIONS
        .iter()
        .filter(|op| op.verb.method() == *method)
        .filter_map(matches)
        .min_by_key(|(_, params)| params.len())
}

/// Percent-encodes a path segment: everything but RFC 3986's unreserved characters.
fn encode_segment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// `template` with each `{name}` replaced by the encoded value of the parameter of that name.
fn fill(template: &str, names: &[PathParam], values: &[String]) -> String {
    let mut out = template.to_owned();
    for (p, v) in names.iter().zip(values) {
        out = out.replace(&format!("{{{}}}", p.name), &encode_segment(v));
    }
    out
}

impl Operation {
    fn invalid(&self, what: String) -> Error {
        Error::invalid_argument(format!("{}: {what}", self.id))
    }

    /// The request of this operation; the body as a JSON object too, when there is one.
    pub fn request(
        &self,
        params: &[String],
        payload: Option<&str>,
    ) -> Result<(Request, Option<Map<String, Value>>), Error> {
        if params.len() != self.path_params.len() {
            return Err(self.invalid(format!(
                "expected {} path parameters, got {}",
                self.path_params.len(),
                params.len()
            )));
        }
        for (p, v) in self.path_params.iter().zip(params) {
            let ok = if p.integer {
                v.parse::<u64>().is_ok_and(|n| (1..=crate::transport::body::MAX_SAFE_INTEGER).contains(&n))
            } else {
                !v.is_empty() && v != "." && v != ".."
            };
            if !ok {
                let want = if p.integer { "a positive safe integer" } else { "a non-empty name" };
                return Err(self.invalid(format!("{} must be {want}", p.name)));
            }
        }
        let mut req = Request::new(self.verb.method(), fill(self.path, self.path_params, params));
        let object = match payload {
            Some(text) => Some(
                serde_json::from_str::<Map<String, Value>>(text)
                    .map_err(|e| self.invalid(format!("the payload must be a JSON object: {e}")))?,
            ),
            None => None,
        };
        match (&self.body, object) {
            (Body::None, object) => {
                req.query = self.query_pairs(object.unwrap_or_default())?;
                Ok((req, None))
            }
            (_, None) => Err(self.invalid("the body is required".to_owned())),
            (body, Some(object)) => {
                if let Body::Closed { fields, required } = body {
                    if let Some(k) = object.keys().find(|k| !fields.contains(&k.as_str())) {
                        return Err(self.invalid(format!("unknown body field {k:?}; known: {}", fields.join(", "))));
                    }
                    if let Some(k) = required.iter().find(|k| object.get(**k).is_none_or(Value::is_null)) {
                        return Err(self.invalid(format!("the body lacks the required field {k:?}")));
                    }
                }
                req.body = Some(Bytes::from(Value::Object(object.clone()).to_string()));
                Ok((req, Some(object)))
            }
        }
    }

    /// The query: known parameters only; arrays repeat the key (`sort=a&sort=b`).
    fn query_pairs(&self, object: Map<String, Value>) -> Result<Vec<(String, String)>, Error> {
        let mut out = Vec::new();
        for (k, v) in object {
            let Some(param) = self.query.iter().find(|q| q.name == k) else {
                let known: Vec<&str> = self.query.iter().map(|q| q.name).collect();
                return Err(self.invalid(format!("unknown query parameter {k:?}; known: {}", known.join(", "))));
            };
            let values = match v {
                Value::Null => continue,
                Value::Array(a) if param.array => a,
                Value::Array(_) => return Err(self.invalid(format!("query parameter {k:?} takes one value"))),
                other => vec![other],
            };
            for v in values {
                let s = match v {
                    Value::String(s) => s,
                    Value::Number(n) => n.to_string(),
                    Value::Bool(b) => b.to_string(),
                    _ => {
                        return Err(self.invalid(format!("query values of {k:?} must be strings, numbers or booleans")));
                    }
                };
                out.push((k.clone(), s));
            }
        }
        if let Some(q) = self.query.iter().find(|q| q.required && !out.iter().any(|(k, _)| k == q.name)) {
            return Err(self.invalid(format!("the query lacks the required parameter {:?}", q.name)));
        }
        Ok(out)
    }

    /// Refuses a success answer without the parts the client and its callers rely on: the
    /// resource's integer id, the list's array, the actions' ids.
    pub(crate) fn check(&self, req: &Request, resp: &Response) -> Result<(), Error> {
        let s = &self.result;
        if s.key.is_none() && s.list.is_none() && !s.action && !s.actions && !s.next_actions {
            return Ok(());
        }
        let checked;
        let shape = match &resp.shape {
            Some(shape) => shape,
            None => {
                checked = body::check(&resp.body).map_err(|why| invalid_response(req, resp, why))?;
                &checked
            }
        };
        let get = |k: &str| shape.get(k);
        let is_null = |k: &str| matches!(get(k), None | Some(Kind::Null));
        let one = |k: &str, nullable: bool| match get(k) {
            Some(Kind::Null) => nullable,
            Some(kind) => kind == Kind::Object { id: true },
            None => nullable,
        };
        let many = |k: &str| matches!(get(k), None | Some(Kind::Array { ids: true }));
        let problem = if let Some(k) = s.key.filter(|k| !one(k, s.key_nullable)) {
            Some(format!("`{k}` is not an object with an integer id"))
        } else if let Some(k) = s.list.filter(|k| !matches!(get(k), Some(Kind::Array { .. }))) {
            Some(format!("`{k}` is not a list"))
        } else if s.action && !is_null("action") && !one("action", true) {
            Some("`action` is not an action".to_owned())
        } else if (s.actions && !many("actions")) || (s.next_actions && !many("next_actions")) {
            Some("its actions are not actions".to_owned())
        } else {
            None
        };
        match problem {
            None => Ok(()),
            Some(p) => {
                let mut e = invalid_response(req, resp, p);
                e.ambiguous = !crate::transport::retry::idempotent(&req.method);
                Err(e)
            }
        }
    }
}

impl Client {
    /// Runs operation number `index` of [`OPERATIONS`] with its path parameters (in path order)
    /// and its body or query as JSON text; returns the answer's body as the API sent it.
    pub async fn operation(
        &self,
        index: usize,
        params: &[String],
        payload: Option<&str>,
        opts: &CallOptions,
    ) -> Result<Bytes, Error> {
        let op =
            OPERATIONS.get(index).ok_or_else(|| Error::invalid_argument(format!("no operation number {index}")))?;
        let (req, body) = op.request(params, payload)?;
        let call = self.call(opts);
        let resp = self.run(op, params, &req, body.as_ref(), &call).await?;
        Ok(resp.body)
    }

    /// [`Client::operation`] by `operationId`, with a typed body and a typed view of the answer:
    /// what the resource modules (`servers`, `ssh_keys`, ...) offer Rust callers.
    pub(crate) async fn typed<B: serde::Serialize, T: serde::de::DeserializeOwned>(
        &self,
        id: &str,
        params: &[String],
        body: Option<&B>,
        opts: &CallOptions,
    ) -> Result<crate::client::Json<T>, Error> {
        let index = find(id).ok_or_else(|| Error::invalid_argument(format!("no operation {id}")))?;
        let payload = body
            .map(serde_json::to_string)
            .transpose()
            .map_err(|e| Error::invalid_argument(format!("cannot encode the request body: {e}")))?;
        let (req, _) = OPERATIONS[index].request(params, payload.as_deref())?;
        let raw = self.operation(index, params, payload.as_deref(), opts).await?;
        let body = if raw.is_empty() { Bytes::from_static(b"null") } else { raw };
        decode(&req, Response { status: 200, body, correlation_id: None, attempts: 0, shape: None })
    }

    /// Sends `req` of `op` with the recovery its class gives, then checks the answer.
    pub(crate) async fn run(
        &self,
        op: &'static Operation,
        params: &[String],
        req: &Request,
        body: Option<&Map<String, Value>>,
        call: &Call,
    ) -> Result<Response, Error> {
        let resp = match &op.recovery {
            // Checks the answer itself: a refused answer to a create is recovered like a lost one.
            Recovery::Create(what) => return self.create(op, what, req, body, call).await,
            Recovery::Action { actions_path, commands } => {
                let actions = fill(actions_path, op.path_params, params);
                self.send_action(op, &actions, commands, req, call).await
            }
            Recovery::NotResent if req.method == Method::POST => self.send_in(req, call).await.map_err(not_resent),
            _ => self.send_in(req, call).await,
        }?;
        if resp.body.is_empty() && op.verb == Verb::Delete && op.result.action {
            // An earlier attempt deleted it and its answer (with the action) was lost.
            const BODY: &[u8] = br#"{"action":null}"#;
            return Ok(Response { body: Bytes::from_static(BODY), shape: body::check(BODY).ok(), ..resp });
        }
        op.check(req, &resp)?;
        Ok(resp)
    }

    /// Every page of the list operation number `index`, in order: `on_page` receives each page's
    /// item array as JSON text as soon as it and all pages before it arrived.
    pub async fn list_all(
        &self,
        index: usize,
        params: &[String],
        query: Option<&str>,
        opts: &CallOptions,
        on_page: impl FnMut(&str) + Send,
    ) -> Result<(), Error> {
        let op =
            OPERATIONS.get(index).ok_or_else(|| Error::invalid_argument(format!("no operation number {index}")))?;
        let Some(key) = op.result.list else {
            return Err(op.invalid("not a paginated list".to_owned()));
        };
        let (req, _) = op.request(params, query)?;
        self.list_all_pages(&req.path, key, req.query, opts, on_page).await
    }
}

/// The error of a POST that is never resent: it says the request may have been applied.
fn not_resent(mut e: Error) -> Error {
    if e.ambiguous {
        e.message.push_str(" (the request may have been applied; it was not sent again)");
    }
    e
}

/// The labels of a request body or a resource (none = empty).
pub(crate) fn labels(v: Option<&Value>) -> BTreeMap<String, String> {
    v.and_then(|l| serde_json::from_value(l.clone()).ok()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::codes;

    fn op(id: &str) -> &'static Operation {
        &OPERATIONS[find(id).unwrap()]
    }

    #[test]
    fn builds_paths_queries_and_bodies() {
        let (req, _) = op("get_server").request(&["42".into()], None).unwrap();
        assert_eq!(req.path, "/servers/42");
        let (req, _) = op("get_zone_rrset").request(&["example.com".into(), "@".into(), "A".into()], None).unwrap();
        assert_eq!(req.path, "/zones/example.com/rrsets/%40/A");
        let (req, _) = op("list_servers")
            .request(&[], Some(r#"{"label_selector":"env=prod,tier in (a,b)","sort":["id:asc","name"],"page":2}"#))
            .unwrap();
        assert_eq!(
            req.query,
            vec![
                ("label_selector".into(), "env=prod,tier in (a,b)".into()),
                ("page".into(), "2".into()),
                ("sort".into(), "id:asc".into()),
                ("sort".into(), "name".into()),
            ]
        );
        let (req, body) =
            op("create_ssh_key").request(&[], Some(r#"{"name":"k","public_key":"ssh-ed25519 AAAA"}"#)).unwrap();
        assert_eq!(req.method, Method::POST);
        assert_eq!(body.unwrap()["name"], "k");
    }

    #[test]
    fn refuses_what_the_document_does_not_allow() {
        let bad = [
            ("get_server", vec!["0"], None),
            ("get_server", vec!["x"], None),
            ("get_zone", vec![".."], None),
            ("create_server", vec![], Some(r#"{"name":"x"}"#)),
            ("create_server", vec![], Some(r#"{"name":"x","server_type":"a","image":"b","nmae":1}"#)),
            ("create_server", vec![], None),
            ("list_servers", vec![], Some(r#"{"nme":"x"}"#)),
            ("list_servers", vec![], Some(r#"{"name":["a","b"]}"#)),
            ("get_actions", vec![], None),
        ];
        for (id, params, payload) in bad {
            let params: Vec<String> = params.into_iter().map(String::from).collect();
            let e = op(id).request(&params, payload).unwrap_err();
            assert_eq!(e.code, codes::INVALID_ARGUMENT, "{id} {params:?} {payload:?}");
        }
    }

    #[test]
    fn matches_concrete_paths() {
        let (op, params) = match_path(&Method::POST, "/servers/7/actions/poweron").unwrap();
        assert_eq!((op.id, params), ("poweron_server", vec!["7".to_owned()]));
        assert_eq!(match_path(&Method::GET, "/servers/actions").unwrap().0.id, "list_servers_actions");
        assert_eq!(match_path(&Method::GET, "/zones/example.com").unwrap().0.id, "get_zone");
        assert_eq!(match_path(&Method::GET, "/zones/actions").unwrap().0.id, "list_zones_actions");
        assert!(match_path(&Method::GET, "/nowhere").is_none());
    }

    #[test]
    fn every_operation_is_named_once() {
        let mut ids: Vec<&str> = OPERATIONS.iter().map(|o| o.id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), OPERATIONS.len());
    }
}
