//! `HetznerClient`: one method per API operation, each returning a promise of the API's JSON.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use hcloud::waiter::{Target, WaitOptions as CoreWait};
use hcloud::{Client, Level, LogSink, Query};
use napi::bindgen_prelude::*;
use napi::threadsafe_function::{ThreadsafeFunction, ThreadsafeFunctionCallMode};
use napi_derive::napi;
use serde::de::DeserializeOwned;

use crate::CancelToken;
use crate::completions::{Completions, ReadyFn};
use crate::options::{CallOptionsJs, ClientOptions, RateLimit, WaitOptions, millis};

type LogFn =
    ThreadsafeFunction<FnArgs<(String, String, String)>, (), FnArgs<(String, String, String)>, Status, false, true>;
/// The JavaScript front's log callback: `(level, message, fieldsJson)`.
type LogCallback<'a> = Function<'a, FnArgs<(String, String, String)>, ()>;

/// A Hetzner Cloud API client. Every method returns a promise and takes an optional last
/// argument `{ signal, timeoutMs, deadlineMs }`; every rejection is a `HetznerError`.
#[napi]
pub struct HetznerClient {
    client: Client,
    completions: Arc<Completions>,
}

fn parse<T: DeserializeOwned>(json: &str, what: &str) -> std::result::Result<T, hcloud::Error> {
    serde_json::from_str(json).map_err(|e| hcloud::Error::invalid_argument(format!("{what}: {e}")))
}

/// Checks that an id is a positive integer that a JavaScript number holds exactly.
fn id(v: f64, what: &str) -> std::result::Result<i64, hcloud::Error> {
    const MAX_SAFE: f64 = 9_007_199_254_740_991.0;
    if v.fract() == 0.0 && (1.0..=MAX_SAFE).contains(&v) {
        Ok(v as i64)
    } else {
        Err(hcloud::Error::invalid_argument(format!("{what} must be a positive safe integer, got {v}")))
    }
}

fn text(raw: bytes::Bytes) -> String {
    // The transport let through only UTF-8 bodies (see hcloud::transport::body).
    String::from_utf8(raw.to_vec()).unwrap_or_default()
}

/// Reads the JSON arguments and options, then runs `body` on the runtime.
macro_rules! call {
    ($self:expr, $id:expr, $opts:expr, $cancel:expr, |$o:ident| $body:expr) => {{
        let cancel = $cancel.map(|c: &CancelToken| c.token.clone());
        let prepared = CallOptionsJs::into_core($opts, cancel);
        $self.completions.run($id, async move {
            let $o = prepared?;
            $body
        })
    }};
}

#[napi]
impl HetznerClient {
    #[napi(constructor, ts_args_type = "options: ClientOptions")]
    pub fn new(options: ClientOptions, log: Option<LogCallback<'_>>, on_ready: ReadyFn<'_>) -> Result<Self> {
        let config = options.into_config().map_err(|e| Error::new(Status::InvalidArg, e.message))?;
        let sink: Option<LogSink> = match log {
            Some(f) => {
                let tsfn: LogFn = f
                    .build_threadsafe_function::<FnArgs<(String, String, String)>>()
                    .callee_handled::<false>()
                    .weak::<true>()
                    .build()?;
                let tsfn = Arc::new(tsfn);
                Some(Arc::new(move |level: Level, msg: &str, fields: &serde_json::Value| {
                    let args = (level.as_str().to_owned(), msg.to_owned(), fields.to_string());
                    tsfn.call(args.into(), ThreadsafeFunctionCallMode::NonBlocking);
                }))
            }
            None => None,
        };
        let client = Client::with_log(config, sink).map_err(|e| Error::new(Status::InvalidArg, e.message))?;
        let completions = Arc::new(Completions::new(on_ready, client.secrets().clone())?);
        LIVE_CLIENTS.fetch_add(1, Ordering::Relaxed);
        Ok(HetznerClient { client, completions })
    }

    /// Internal (the JavaScript front): the calls finished since the last drain.
    #[napi(skip_typescript)]
    pub fn drain(&self) -> Vec<String> {
        self.completions.drain()
    }

    /// Internal (the JavaScript front): keep the process alive while calls are pending.
    #[napi(skip_typescript)]
    pub fn hold(&self, env: &Env, on: bool) -> Result<()> {
        self.completions.hold(env, on)
    }

    /// The `RateLimit-*` headers of the last response for this project, or null before any.
    #[napi(getter, ts_return_type = "RateLimit | null")]
    pub fn rate_limit(&self) -> Option<RateLimit> {
        self.client.rate_limit().map(|r| RateLimit {
            limit: r.limit as i64,
            remaining: r.remaining as i64,
            reset: r.reset as i64,
        })
    }

    /// `POST /servers`.
    #[napi(
        ts_args_type = "params: CreateServerRequest, options?: CallOptions",
        ts_return_type = "Promise<CreateServerResponse>"
    )]
    pub fn create_server(
        &self,
        call_id: u32,
        params: String,
        options: Option<CallOptionsJs>,
        cancel: Option<&CancelToken>,
    ) {
        let client = self.client.clone();
        call!(self, call_id, options, cancel, |o| {
            let req = parse::<hcloud::servers::CreateServerRequest>(&params, "createServer params")?;
            Ok(text(client.create_server(&req, &o).await?.raw))
        })
    }

    /// `GET /servers/{id}`.
    #[napi(ts_args_type = "id: number, options?: CallOptions", ts_return_type = "Promise<GetServerResponse>")]
    pub fn get_server(
        &self,
        call_id: u32,
        server_id: f64,
        options: Option<CallOptionsJs>,
        cancel: Option<&CancelToken>,
    ) {
        let client = self.client.clone();
        call!(self, call_id, options, cancel, |o| {
            let id = id(server_id, "id")?;
            Ok(text(client.get_server(id, &o).await?.raw))
        })
    }

    /// `GET /servers`: one page.
    #[napi(
        ts_args_type = "query?: ListServersQuery, options?: CallOptions",
        ts_return_type = "Promise<ListServersResponse>"
    )]
    pub fn list_servers(
        &self,
        call_id: u32,
        query: Option<String>,
        options: Option<CallOptionsJs>,
        cancel: Option<&CancelToken>,
    ) {
        let client = self.client.clone();
        call!(self, call_id, options, cancel, |o| {
            // Typed, so that a list without proper servers is an invalid_response.
            let q = query_arg(query)?;
            Ok(text(client.list_servers(&q, &o).await?.raw))
        })
    }

    /// `GET /ssh_keys`: one page.
    #[napi(
        js_name = "listSSHKeys",
        ts_args_type = "query?: ListSSHKeysQuery, options?: CallOptions",
        ts_return_type = "Promise<ListSSHKeysResponse>"
    )]
    pub fn list_ssh_keys(
        &self,
        call_id: u32,
        query: Option<String>,
        options: Option<CallOptionsJs>,
        cancel: Option<&CancelToken>,
    ) {
        self.list_page(call_id, "/ssh_keys", query, options, cancel)
    }

    /// `GET /firewalls`: one page.
    #[napi(
        ts_args_type = "query?: ListFirewallsQuery, options?: CallOptions",
        ts_return_type = "Promise<ListFirewallsResponse>"
    )]
    pub fn list_firewalls(
        &self,
        call_id: u32,
        query: Option<String>,
        options: Option<CallOptionsJs>,
        cancel: Option<&CancelToken>,
    ) {
        self.list_page(call_id, "/firewalls", query, options, cancel)
    }

    /// Every server on every page, fetched concurrently once the page count is known.
    #[napi(ts_args_type = "query?: ListServersQuery, options?: CallOptions", ts_return_type = "Promise<Array<Server>>")]
    pub fn list_all_servers(
        &self,
        call_id: u32,
        query: Option<String>,
        options: Option<CallOptionsJs>,
        cancel: Option<&CancelToken>,
    ) {
        let client = self.client.clone();
        let completions = self.completions.clone();
        call!(self, call_id, options, cancel, |o| {
            let q: Query = query_arg(query)?;
            // Pages go to JavaScript one by one, so parsing overlaps with fetching.
            client.list_all_pages("/servers", "servers", &q, &o, |page| completions.part(call_id, page)).await?;
            Ok(String::new())
        })
    }

    /// `DELETE /servers/{id}`: resolves with the `delete_server` action.
    #[napi(ts_args_type = "id: number, options?: CallOptions", ts_return_type = "Promise<DeleteServerResponse>")]
    pub fn delete_server(
        &self,
        call_id: u32,
        server_id: f64,
        options: Option<CallOptionsJs>,
        cancel: Option<&CancelToken>,
    ) {
        let client = self.client.clone();
        call!(self, call_id, options, cancel, |o| {
            let id = id(server_id, "id")?;
            Ok(text(client.delete_server(id, &o).await?.raw))
        })
    }

    /// `GET /servers/{id}/actions`.
    #[napi(
        ts_args_type = "id: number, query?: ServerActionsQuery, options?: CallOptions",
        ts_return_type = "Promise<ActionListResponse>"
    )]
    pub fn get_server_actions(
        &self,
        call_id: u32,
        server_id: f64,
        query: Option<String>,
        options: Option<CallOptionsJs>,
        cancel: Option<&CancelToken>,
    ) {
        let client = self.client.clone();
        call!(self, call_id, options, cancel, |o| {
            let id = id(server_id, "id")?;
            let q: Query = query_arg(query)?;
            Ok(text(client.get_server_actions(id, &q, &o).await?.raw))
        })
    }

    /// Runs a server action, `POST /servers/{id}/actions/{action}`, and resolves with it. After a
    /// lost answer the client finds the action instead of starting it twice.
    #[napi(
        ts_args_type = "id: number, action: 'poweron' | 'poweroff' | 'shutdown' | 'reboot' | 'reset' | (string & {}), body?: Record<string, unknown>, options?: CallOptions",
        ts_return_type = "Promise<ActionResponse>"
    )]
    pub fn server_action(
        &self,
        call_id: u32,
        server_id: f64,
        action: String,
        body: Option<String>,
        options: Option<CallOptionsJs>,
        cancel: Option<&CancelToken>,
    ) {
        let client = self.client.clone();
        call!(self, call_id, options, cancel, |o| {
            let id = id(server_id, "id")?;
            let body: Option<serde_json::Value> = body.as_deref().map(|b| parse(b, "body")).transpose()?;
            Ok(text(client.server_action(id, &action, body.as_ref(), &o).await?.raw))
        })
    }

    /// `GET /actions/{id}`.
    #[napi(ts_args_type = "id: number, options?: CallOptions", ts_return_type = "Promise<ActionResponse>")]
    pub fn get_action(
        &self,
        call_id: u32,
        action_id: f64,
        options: Option<CallOptionsJs>,
        cancel: Option<&CancelToken>,
    ) {
        let client = self.client.clone();
        call!(self, call_id, options, cancel, |o| {
            let id = id(action_id, "id")?;
            Ok(text(client.get_action(id, &o).await?.raw))
        })
    }

    /// `POST /ssh_keys`.
    #[napi(
        js_name = "createSSHKey",
        ts_args_type = "params: CreateSSHKeyRequest, options?: CallOptions",
        ts_return_type = "Promise<SSHKeyResponse>"
    )]
    pub fn create_ssh_key(
        &self,
        call_id: u32,
        params: String,
        options: Option<CallOptionsJs>,
        cancel: Option<&CancelToken>,
    ) {
        let client = self.client.clone();
        call!(self, call_id, options, cancel, |o| {
            let req = parse::<hcloud::ssh_keys::CreateSshKeyRequest>(&params, "createSSHKey params")?;
            Ok(text(client.create_ssh_key(&req, &o).await?.raw))
        })
    }

    /// `GET /ssh_keys/{id}`.
    #[napi(
        js_name = "getSSHKey",
        ts_args_type = "id: number, options?: CallOptions",
        ts_return_type = "Promise<SSHKeyResponse>"
    )]
    pub fn get_ssh_key(&self, call_id: u32, key_id: f64, options: Option<CallOptionsJs>, cancel: Option<&CancelToken>) {
        let client = self.client.clone();
        call!(self, call_id, options, cancel, |o| {
            let id = id(key_id, "id")?;
            Ok(text(client.get_ssh_key(id, &o).await?.raw))
        })
    }

    /// `DELETE /ssh_keys/{id}`.
    #[napi(
        js_name = "deleteSSHKey",
        ts_args_type = "id: number, options?: CallOptions",
        ts_return_type = "Promise<void>"
    )]
    pub fn delete_ssh_key(
        &self,
        call_id: u32,
        key_id: f64,
        options: Option<CallOptionsJs>,
        cancel: Option<&CancelToken>,
    ) {
        let client = self.client.clone();
        call!(self, call_id, options, cancel, |o| {
            let id = id(key_id, "id")?;
            client.delete_ssh_key(id, &o).await?;
            Ok(String::new())
        })
    }

    /// `POST /firewalls`.
    #[napi(
        ts_args_type = "params: CreateFirewallRequest, options?: CallOptions",
        ts_return_type = "Promise<CreateFirewallResponse>"
    )]
    pub fn create_firewall(
        &self,
        call_id: u32,
        params: String,
        options: Option<CallOptionsJs>,
        cancel: Option<&CancelToken>,
    ) {
        let client = self.client.clone();
        call!(self, call_id, options, cancel, |o| {
            let req = parse::<hcloud::firewalls::CreateFirewallRequest>(&params, "createFirewall params")?;
            Ok(text(client.create_firewall(&req, &o).await?.raw))
        })
    }

    /// `GET /firewalls/{id}`.
    #[napi(ts_args_type = "id: number, options?: CallOptions", ts_return_type = "Promise<FirewallResponse>")]
    pub fn get_firewall(
        &self,
        call_id: u32,
        firewall_id: f64,
        options: Option<CallOptionsJs>,
        cancel: Option<&CancelToken>,
    ) {
        let client = self.client.clone();
        call!(self, call_id, options, cancel, |o| {
            let id = id(firewall_id, "id")?;
            Ok(text(client.get_firewall(id, &o).await?.raw))
        })
    }

    /// `DELETE /firewalls/{id}`.
    #[napi(ts_args_type = "id: number, options?: CallOptions", ts_return_type = "Promise<void>")]
    pub fn delete_firewall(
        &self,
        call_id: u32,
        firewall_id: f64,
        options: Option<CallOptionsJs>,
        cancel: Option<&CancelToken>,
    ) {
        let client = self.client.clone();
        call!(self, call_id, options, cancel, |o| {
            let id = id(firewall_id, "id")?;
            client.delete_firewall(id, &o).await?;
            Ok(String::new())
        })
    }

    /// Any operation of the API, by method and path (e.g. `'GET', '/locations'`), with retries,
    /// the rate-limit budget and error handling; resolves with the parsed JSON body.
    #[napi(
        ts_args_type = "method: string, path: string, request?: { query?: Record<string, string | number | boolean | Array<string | number>>, body?: unknown }, options?: CallOptions",
        ts_return_type = "Promise<unknown>"
    )]
    pub fn request(
        &self,
        call_id: u32,
        method: String,
        path: String,
        request: Option<String>,
        options: Option<CallOptionsJs>,
        cancel: Option<&CancelToken>,
    ) {
        let client = self.client.clone();
        call!(self, call_id, options, cancel, |o| {
            let req = build_request(&method, &path, request.as_deref())?;
            Ok(text(client.send(req, &o).await?.body))
        })
    }

    /// Resolves with the finished action once its status is `success`; rejects with the
    /// action's error code (the action attached as `err.action`), `wait_timeout` or `aborted`.
    #[napi(ts_args_type = "action: Action | number, options?: WaitOptions", ts_return_type = "Promise<Action>")]
    pub fn wait_for_action(
        &self,
        call_id: u32,
        action: String,
        options: Option<WaitOptions>,
        cancel: Option<&CancelToken>,
        report_progress: Option<bool>,
    ) {
        let client = self.client.clone();
        let opts = wait_options(
            options,
            cancel,
            report_progress.unwrap_or(false).then(|| (self.completions.clone(), call_id)),
        );
        self.completions.run(call_id, async move {
            let target = target(&action)?;
            Ok(text(client.wait_for_action(target, opts?).await?.raw))
        })
    }

    /// Waits for several actions at once (they share the poller's batched requests).
    #[napi(
        ts_args_type = "actions: Array<Action | number>, options?: WaitOptions",
        ts_return_type = "Promise<Array<Action>>"
    )]
    pub fn wait_for_actions(
        &self,
        call_id: u32,
        actions: String,
        options: Option<WaitOptions>,
        cancel: Option<&CancelToken>,
        report_progress: Option<bool>,
    ) {
        let client = self.client.clone();
        let opts = wait_options(
            options,
            cancel,
            report_progress.unwrap_or(false).then(|| (self.completions.clone(), call_id)),
        );
        self.completions.run(call_id, async move {
            let list: Vec<serde_json::Value> = parse(&actions, "actions")?;
            let targets = list.iter().map(|v| target(&v.to_string())).collect::<std::result::Result<Vec<_>, _>>()?;
            let done = client.wait_for_actions(targets, opts?).await?;
            let parts: Vec<String> = done.into_iter().map(|a| text(a.raw)).collect();
            Ok(format!("[{}]", parts.join(",")))
        })
    }
}

/// Native clients alive in this process: tests check that dropped clients are collected.
static LIVE_CLIENTS: AtomicI64 = AtomicI64::new(0);

impl Drop for HetznerClient {
    fn drop(&mut self) {
        LIVE_CLIENTS.fetch_sub(1, Ordering::Relaxed);
    }
}

/// Internal (tests): how many native `HetznerClient`s are alive.
#[allow(dead_code)] // called from JavaScript only
#[napi(skip_typescript)]
pub fn live_native_clients() -> i64 {
    LIVE_CLIENTS.load(Ordering::Relaxed)
}

/// The parts the binding's methods share; not exported to JavaScript.
impl HetznerClient {
    /// One page of a list operation.
    fn list_page(
        &self,
        call_id: u32,
        path: &'static str,
        query: Option<String>,
        options: Option<CallOptionsJs>,
        cancel: Option<&CancelToken>,
    ) {
        let client = self.client.clone();
        call!(self, call_id, options, cancel, |o| {
            let q = query_arg(query)?;
            Ok(text(client.list_page(path, &q, &o).await?.raw))
        })
    }
}

/// The optional list query of a method, as JSON.
fn query_arg(query: Option<String>) -> std::result::Result<Query, hcloud::Error> {
    parse(query.as_deref().unwrap_or("{}"), "query")
}

fn wait_options(
    options: Option<WaitOptions>,
    cancel: Option<&CancelToken>,
    progress: Option<(Arc<Completions>, u32)>,
) -> std::result::Result<CoreWait, hcloud::Error> {
    let mut out = CoreWait { cancel: cancel.map(|c| c.token.clone()), ..Default::default() };
    if let Some(t) = options.and_then(|o| o.timeout_ms) {
        out.timeout = Some(millis(t, "timeoutMs")?);
    }
    if let Some((completions, id)) = progress {
        out.on_progress = Some(Arc::new(move |a: &hcloud::Json<hcloud::actions::Action>| {
            completions.progress(id, std::str::from_utf8(&a.raw).unwrap_or("null"));
        }));
    }
    Ok(out)
}

/// An action object or a bare id.
fn target(json: &str) -> std::result::Result<Target, hcloud::Error> {
    let v: serde_json::Value = parse(json, "action")?;
    match v {
        serde_json::Value::Number(n) => Ok(Target::Id(id(n.as_f64().unwrap_or(0.0), "action id")?)),
        serde_json::Value::Object(_) => {
            let action: hcloud::actions::Action = serde_json::from_value(v.clone())
                .map_err(|e| hcloud::Error::invalid_argument(format!("action is not an API action object: {e}")))?;
            Ok(Target::Action(Box::new(hcloud::Json { value: action, raw: bytes::Bytes::from(json.to_owned()) })))
        }
        _ => Err(hcloud::Error::invalid_argument("action must be an action object or an id")),
    }
}

fn build_request(
    method: &str,
    path: &str,
    request: Option<&str>,
) -> std::result::Result<hcloud::transport::Request, hcloud::Error> {
    #[derive(serde::Deserialize, Default)]
    #[serde(deny_unknown_fields)]
    struct Extra {
        #[serde(default)]
        query: serde_json::Map<String, serde_json::Value>,
        body: Option<serde_json::Value>,
    }
    let method = reqwest_method(method)?;
    if !path.starts_with('/') || path.contains("://") || path.contains("..") {
        return Err(hcloud::Error::invalid_argument("path must start with '/' and stay below the base URL"));
    }
    let extra: Extra = match request {
        Some(r) => parse(r, "request")?,
        None => Extra::default(),
    };
    let mut req = hcloud::transport::Request::new(method, path);
    for (k, v) in extra.query {
        let values = match v {
            serde_json::Value::Array(a) => a,
            other => vec![other],
        };
        for v in values {
            let s = match v {
                serde_json::Value::String(s) => s,
                serde_json::Value::Number(n) => n.to_string(),
                serde_json::Value::Bool(b) => b.to_string(),
                _ => {
                    return Err(hcloud::Error::invalid_argument(format!(
                        "query value of {k} must be a string, number or boolean"
                    )));
                }
            };
            req.query.push((k.clone(), s));
        }
    }
    if let Some(body) = extra.body {
        req.body = Some(bytes::Bytes::from(body.to_string()));
    }
    Ok(req)
}

fn reqwest_method(m: &str) -> std::result::Result<hcloud::transport::Method, hcloud::Error> {
    match m.to_ascii_uppercase().as_str() {
        "GET" => Ok(hcloud::transport::Method::GET),
        "POST" => Ok(hcloud::transport::Method::POST),
        "PUT" => Ok(hcloud::transport::Method::PUT),
        "DELETE" => Ok(hcloud::transport::Method::DELETE),
        other => Err(hcloud::Error::invalid_argument(format!("unsupported method {other}"))),
    }
}
