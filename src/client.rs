//! `HetznerClient`: the generic entry that runs any operation of the generated table (the
//! JavaScript front installs one method per operation on it), list walking, `request`, and the
//! action waits. Each returns a promise of the API's JSON.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use hcloud::waiter::{Target, WaitOptions as CoreWait};
use hcloud::{Client, Level, LogSink};
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
    // The transport let through only UTF-8 bodies (see hcloud::transport::body). A body the
    // transport read is its own allocation: it becomes the String without a copy.
    String::from_utf8(Vec::from(raw)).unwrap_or_default()
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

    /// Internal (the JavaScript front): runs operation number `op` of the generated table
    /// (`generated/operations.js` holds the same table). Integer path parameters arrive as
    /// `id`, string ones as `path`, the body or query as JSON text.
    #[napi(skip_typescript)]
    #[allow(clippy::too_many_arguments)]
    pub fn operation(
        &self,
        call_id: u32,
        op: u32,
        id: Option<f64>,
        path: Option<Vec<String>>,
        payload: Option<String>,
        options: Option<CallOptionsJs>,
        cancel: Option<&CancelToken>,
    ) {
        let client = self.client.clone();
        call!(self, call_id, options, cancel, |o| {
            let params = path_params(id, path)?;
            Ok(text(client.operation(op as usize, &params, payload.as_deref(), &o).await?))
        })
    }

    /// Internal (the JavaScript front): every page of list operation number `op`, each page's
    /// items handed on as a part as soon as it and the pages before it arrived.
    #[napi(skip_typescript)]
    #[allow(clippy::too_many_arguments)]
    pub fn list_all(
        &self,
        call_id: u32,
        op: u32,
        id: Option<f64>,
        path: Option<Vec<String>>,
        query: Option<String>,
        options: Option<CallOptionsJs>,
        cancel: Option<&CancelToken>,
    ) {
        let client = self.client.clone();
        let completions = self.completions.clone();
        call!(self, call_id, options, cancel, |o| {
            let params = path_params(id, path)?;
            // Pages go to JavaScript one by one, so parsing overlaps with fetching.
            client.list_all(op as usize, &params, query.as_deref(), &o, |page| completions.part(call_id, page)).await?;
            Ok(String::new())
        })
    }

    /// Any operation of the API, by method and path (e.g. `'GET', '/locations'`), with retries,
    /// the rate-limit budget, error handling and the recovery of the operation the path
    /// addresses; resolves with the parsed JSON body.
    /// @deprecated Every operation has its own typed method now (e.g. `listLocations()`).
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

/// The path parameters of an operation: an integer id, or names.
fn path_params(id: Option<f64>, path: Option<Vec<String>>) -> std::result::Result<Vec<String>, hcloud::Error> {
    match id {
        Some(v) => Ok(vec![self::id(v, "id")?.to_string()]),
        None => Ok(path.unwrap_or_default()),
    }
}

/// Internal (tests): the `operationId`s of the native table, in order, to check that the
/// JavaScript table matches it.
#[allow(dead_code)] // called from JavaScript only
#[napi(skip_typescript)]
pub fn operation_ids() -> Vec<String> {
    hcloud::OPERATIONS.iter().map(|op| op.id.to_owned()).collect()
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
