//! The client handle: configuration, the transport, and the state shared per (base URL, token).

use std::collections::HashMap;
use std::sync::{Arc, LazyLock, Mutex, Weak};

use bytes::Bytes;
use http::Method;
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::call::{Call, CallOptions};
use crate::config::ClientConfig;
use crate::error::{Error, codes};
use crate::log::LogSink;
use crate::transport::rate_limit::{Budget, RateLimitState};
use crate::transport::store::{Store, StoreConfig};
use crate::transport::{Request, Transport};
use crate::waiter::Poller;

/// A decoded response: the typed view the client needs, and the body as the API sent it.
#[derive(Debug, Clone)]
pub struct Json<T> {
    pub value: T,
    pub raw: Bytes,
}

/// `meta.pagination` of list responses.
#[derive(Debug, Clone, Copy, Default, serde::Deserialize, Serialize)]
pub struct Page {
    pub page: u64,
    pub per_page: u64,
    pub previous_page: Option<u64>,
    pub next_page: Option<u64>,
    pub last_page: Option<u64>,
    pub total_entries: Option<u64>,
}

/// What every client of one project in this process shares: the request budget and the poller.
pub(crate) struct Shared {
    pub budget: Arc<Budget>,
    pub poller: Poller,
}

/// (base URL, token, store) -> what its clients share.
type Registry = HashMap<(String, String, Option<StoreConfig>), Weak<Shared>>;

static SHARED: LazyLock<Mutex<Registry>> = LazyLock::new(Default::default);

fn shared_for(config: &ClientConfig) -> Result<Arc<Shared>, Error> {
    let base_url = config.base_url.trim_end_matches('/').to_owned();
    let key = (base_url, config.token.clone(), config.rate_limit_store.clone());
    let mut map = SHARED.lock().unwrap_or_else(|e| e.into_inner());
    map.retain(|_, w| w.strong_count() > 0);
    if let Some(s) = map.get(&key).and_then(Weak::upgrade) {
        return Ok(s);
    }
    let store = match &config.rate_limit_store {
        Some(cfg) => Some(Arc::new(Store::new(cfg, &key.0, &key.1)?)),
        None => None,
    };
    let s = Arc::new(Shared { budget: Arc::new(Budget::with_store(store)), poller: Poller::default() });
    map.insert(key, Arc::downgrade(&s));
    Ok(s)
}

/// A Hetzner Cloud API client. Cheap to clone; clones share everything.
#[derive(Clone)]
pub struct Client {
    pub(crate) inner: Arc<Inner>,
}

pub(crate) struct Inner {
    pub config: ClientConfig,
    pub transport: Transport,
    pub shared: Arc<Shared>,
}

impl Client {
    pub fn new(config: ClientConfig) -> Result<Self, Error> {
        Self::with_log(config, None)
    }

    /// A client whose debug and warning events go to `log`.
    pub fn with_log(config: ClientConfig, log: Option<LogSink>) -> Result<Self, Error> {
        config.validate()?;
        let shared = shared_for(&config)?;
        let transport = Transport::new(&config, shared.budget.clone(), log)?;
        Ok(Client { inner: Arc::new(Inner { config, transport, shared }) })
    }

    /// The secrets every error and log line of this client is scrubbed of (see [`crate::redact`]).
    pub fn secrets(&self) -> &crate::redact::Secrets {
        self.inner.transport.secrets()
    }

    pub fn config(&self) -> &ClientConfig {
        &self.inner.config
    }

    /// The `RateLimit-*` headers of the last response of this project, if any arrived.
    pub fn rate_limit(&self) -> Option<RateLimitState> {
        self.inner.shared.budget.reported()
    }

    pub(crate) fn call(&self, opts: &CallOptions) -> Call {
        Call::new(opts, self.inner.transport.default_timeout())
    }

    /// Sends a request and returns the raw response.
    pub async fn send(&self, req: Request, opts: &CallOptions) -> Result<crate::transport::Response, Error> {
        let call = self.call(opts);
        self.send_recovering(&req, &call).await
    }

    pub(crate) async fn send_in(&self, req: &Request, call: &Call) -> Result<crate::transport::Response, Error> {
        let mut attempts = 0;
        let mut lock_waits = 0;
        let mut maybe_applied = false;
        loop {
            match self.inner.transport.send_tracking(req, call, &mut maybe_applied).await {
                Err(e) if e.is(codes::LOCKED) && lock_waits < MAX_LOCK_WAITS => {
                    attempts += e.attempts;
                    lock_waits += 1;
                    self.wait_for_unlock(req, call).await.map_err(|w| Error { attempts, ..w })?;
                }
                Err(e) => return Err(Error { attempts: attempts + e.attempts, ..e }),
                Ok(resp) => return Ok(crate::transport::Response { attempts: attempts + resp.attempts, ..resp }),
            }
        }
    }

    async fn wait_for_unlock(&self, locked: &Request, call: &Call) -> Result<(), Error> {
        let Some((collection, id, _)) = crate::recover::resource_of(&locked.path) else {
            return call.sleep(self.inner.config.poll_interval).await;
        };
        let mut req = Request::new(Method::GET, format!("/{collection}/{id}/actions"));
        req.query = vec![("status".to_owned(), "running".to_owned())];
        let list: Json<crate::actions::ActionList> = decode(&req, self.inner.transport.send(&req, call).await?)?;
        if list.value.actions.is_empty() {
            // The action ended between the 423 and this look: send again after one interval.
            return call.sleep(self.inner.config.poll_interval).await;
        }
        crate::transport::log_event(
            &self.inner.transport,
            "waiting for a locked resource",
            &locked.method,
            &locked.path,
            list.value.actions.len(),
        );
        let wait =
            crate::waiter::WaitOptions { timeout: call.remaining(), cancel: call.cancel.clone(), on_progress: None };
        let targets = list.value.actions.into_iter().map(|a| crate::waiter::Target::Id(a.id)).collect();
        match self.wait_for_actions(targets, wait).await {
            Err(e) if matches!(e.code.as_str(), codes::ABORTED | codes::WAIT_TIMEOUT) => {
                let code = if e.is(codes::WAIT_TIMEOUT) { codes::DEADLINE_EXCEEDED } else { codes::ABORTED };
                Err(Error::new(code, format!("while waiting for a locked resource: {}", e.message))
                    .at(locked.method.as_str(), &locked.path))
            }
            // Finished, or failed: either way the lock is released.
            _ => Ok(()),
        }
    }

    /// Sends a request and decodes its body into `T`.
    pub(crate) async fn json<T: DeserializeOwned>(&self, req: Request, call: &Call) -> Result<Json<T>, Error> {
        let resp = self.send_in(&req, call).await?;
        decode(&req, resp)
    }

    pub(crate) async fn get<T: DeserializeOwned>(
        &self,
        path: String,
        query: Vec<(String, String)>,
        opts: &CallOptions,
    ) -> Result<Json<T>, Error> {
        let mut req = Request::new(Method::GET, path);
        req.query = query;
        self.json(req, &self.call(opts)).await
    }
}

/// How often one call waits out a `locked` resource before it gives up.
const MAX_LOCK_WAITS: u32 = 10;

/// Pages fetched at once by [`Client::list_all_pages`].
const LIST_CONCURRENCY: usize = 8;
/// Pages in flight or arrived ahead of an earlier one that is still awaited, at most.
const MAX_AHEAD: usize = 32;
/// At most this many pages are fetched by one listing (2.5 million items of 50).
const MAX_PAGES: u64 = 50_000;

impl Client {
    /// Every page of a list operation, in order: `on_page` receives each page's item array as
    /// JSON text (`[{..},{..}]`) as soon as it and all pages before it arrived. The first page
    /// tells the page count; the rest are fetched with up to 8 in flight, a new one as soon as any
    /// finishes. Items are not decoded.
    pub(crate) async fn list_all_pages(
        &self,
        path: &str,
        key: &str,
        query: Vec<(String, String)>,
        opts: &CallOptions,
        mut on_page: impl FnMut(&str) + Send,
    ) -> Result<(), Error> {
        #[derive(serde::Deserialize)]
        struct Meta {
            pagination: Page,
        }
        let call = self.call(opts);
        let first: Option<u32> = query.iter().find(|(k, _)| k == "page").and_then(|(_, v)| v.parse().ok());
        let mut query: Vec<(String, String)> = query.into_iter().filter(|(k, _)| k != "page").collect();
        if !query.iter().any(|(k, _)| k == "per_page") {
            query.push(("per_page".to_owned(), "50".to_owned()));
        }
        let fetch = |page: u32| {
            let mut req = Request::new(Method::GET, path.to_owned());
            req.query = query.clone();
            req.query.push(("page".to_owned(), page.to_string()));
            let call = call.clone();
            let client = self.clone();
            let (path, key) = (path.to_owned(), key.to_owned());
            async move {
                let resp = client.send_in(&req, &call).await?;
                // The body check recorded where each top-level value lies: the items are handed on
                // as they are, and only `meta` is parsed.
                let shape = resp.shape.as_ref();
                let items = shape.and_then(|s| s.span(&key)).ok_or_else(|| {
                    Error::new(codes::INVALID_RESPONSE, format!("the list response has no `{key}`")).at("GET", &path)
                })?;
                let meta: Option<Meta> =
                    shape.and_then(|s| s.span("meta")).and_then(|m| serde_json::from_slice(&resp.body[m]).ok());
                Ok::<_, Error>((resp.body.slice(items), meta.map(|m| m.pagination)))
            }
        };
        let first = first.unwrap_or(1).clamp(1, u32::MAX - 1);
        let (items, page) = fetch(first).await?;
        on_page(page_text(&items));
        // A page count from a broken server must not make the loop run forever.
        let last =
            page.and_then(|p| p.last_page).unwrap_or(first as u64).min(first as u64 + MAX_PAGES).min(u32::MAX as u64)
                as u32;
        // Up to LIST_CONCURRENCY pages in flight at all times: a new one goes out as soon as any
        // finishes (a slow page does not hold the others back), and pages are handed on in order,
        // the early ones kept until the pages before them arrived (at most MAX_AHEAD of them).
        let mut next = first + 1;
        let mut handed = first + 1;
        let mut in_flight = tokio::task::JoinSet::new();
        let mut ahead = std::collections::BTreeMap::new();
        loop {
            while next <= last && in_flight.len() < LIST_CONCURRENCY && in_flight.len() + ahead.len() < MAX_AHEAD {
                let page = fetch(next);
                let at = next;
                in_flight.spawn(async move { (at, page.await) });
                next += 1;
            }
            let Some(joined) = call.guard(in_flight.join_next()).await? else { break };
            let (at, fetched) =
                joined.map_err(|e| Error::new(codes::NETWORK_ERROR, format!("page task failed: {e}")))?;
            ahead.insert(at, fetched?.0);
            while let Some(items) = ahead.remove(&handed) {
                on_page(page_text(&items));
                handed += 1;
            }
        }
        Ok(())
    }
}

/// A page's items as text: a slice of a body the transport checked as UTF-8, cut at the
/// boundaries of a JSON value (ASCII), so it is UTF-8 too.
fn page_text(items: &[u8]) -> &str {
    std::str::from_utf8(items).unwrap_or("[]")
}

pub(crate) fn decode<T: DeserializeOwned>(req: &Request, resp: crate::transport::Response) -> Result<Json<T>, Error> {
    // 204 No Content decodes as JSON null.
    let parsed =
        if resp.body.is_empty() { serde_json::from_slice(b"null") } else { serde_json::from_slice(&resp.body) };
    match parsed {
        Ok(value) => Ok(Json { value, raw: resp.body }),
        Err(e) => Err(invalid_response(req, &resp, crate::transport::body::describe(e))),
    }
}

/// `invalid_response` for an answer the client cannot use: `why`, with the request, and the
/// answer's status, correlation id and attempts.
pub(crate) fn invalid_response(req: &Request, resp: &crate::transport::Response, why: impl std::fmt::Display) -> Error {
    let mut err =
        Error::new(codes::INVALID_RESPONSE, format!("the response is not what the API document describes: {why}"))
            .at(req.method.as_str(), &req.path);
    err.status = Some(resp.status);
    err.correlation_id = resp.correlation_id.clone();
    err.attempts = resp.attempts;
    err
}
