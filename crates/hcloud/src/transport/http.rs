//! The HTTP/1.1 exchange: hyper's connection API, a process-wide pool of kept-alive connections,
//! rustls with the platform's certificate verifier, and the proxies the environment names.
//!
//! This replaces a general-purpose client (reqwest) on the hot path: the API is one origin per
//! client, HTTP/1.1, JSON in and out, and never redirects, so the layers such a client adds
//! (URL re-parsing, redirect policy, decompression, service stacks, its pool's bookkeeping) cost
//! CPU on every request and bring nothing here. What a production client needs stays:
//!
//! - connections are kept alive and reused, most recently used first, and closed after
//!   [`IDLE_TIMEOUT`] unused or once the server closed them (looked at every [`SWEEP`]);
//! - a connection is driven by the exchange that holds it, not by a task of its own: whichever
//!   thread polls the call does the connection's reads and writes. A call's first poll runs on the
//!   thread that started it (see the binding's runtime), so the request is written there without
//!   waking the I/O thread; an idle connection is not polled at all until its next exchange, which
//!   notices then whether the server closed it;
//! - a request that a reused connection never wrote (the server had just closed it) is sent
//!   again on a new connection: it cannot have been applied;
//! - `https` verifies the server with the operating system's roots (rustls-platform-verifier);
//! - `HTTPS_PROXY`, `HTTP_PROXY`, `ALL_PROXY` and `NO_PROXY` are honoured as curl reads them
//!   (hyper-util's matcher): `https` goes through a `CONNECT` tunnel, `http` in absolute form.
//!   Proxies are read once per process, when the first client is made.

use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, LazyLock, Mutex};
use std::task::{Context, Poll, Waker};
use std::time::{Duration, Instant};

use bytes::Bytes;
use http::header::{HOST, PROXY_AUTHORIZATION};
use http::{HeaderValue, Request, Response, Uri};
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::client::conn::http1::{self, SendRequest};
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::connect::proxy::Tunnel;
use hyper_util::client::proxy::matcher::Matcher;
use hyper_util::rt::TokioIo;
use rustls::pki_types::ServerName;
use tokio::net::TcpStream;
use tokio_rustls::TlsConnector;
use tokio_rustls::client::TlsStream;
use tokio_util::either::Either;
use tower_service::Service;
use url::Url;

type Sender = SendRequest<Full<Bytes>>;
type Stream = Either<TcpStream, TlsStream<TcpStream>>;
/// The connection's state machine: it reads and writes only while polled.
type Conn = http1::Connection<TokioIo<Stream>, Full<Bytes>>;
/// Idle connections per origin, the most recently used last, with when each became idle.
type Idle = HashMap<Arc<str>, Vec<(Box<Link>, Instant)>>;

#[derive(Default)]
struct IdleState {
    links: Idle,
    /// The task that sweeps idle connections, while there are any.
    sweeper: Option<tokio::task::JoinHandle<()>>,
}

/// One HTTP/1.1 connection: the handle requests are sent through and the state machine that
/// carries them, which the holder polls.
struct Link {
    sender: Sender,
    /// `None` once the state machine finished (the server closed the connection or it failed).
    conn: Option<Conn>,
}

impl Link {
    fn is_closed(&self) -> bool {
        self.conn.is_none() || self.sender.is_closed()
    }

    /// Open, and idle since `since` for less than [`IDLE_TIMEOUT`] at `now`.
    fn usable(&self, since: Instant, now: Instant) -> bool {
        !self.is_closed() && now - since < IDLE_TIMEOUT
    }
}

/// Polls the connection's state machine once; it becomes `None` when it finished (closed or
/// failed). Dropping it hands a request still queued back to its sender.
fn poll_conn(conn: &mut Option<Conn>, cx: &mut Context<'_>) {
    if let Some(c) = conn
        && Pin::new(c).poll(cx).is_ready()
    {
        *conn = None;
    }
}

/// Runs `fut` while driving the connection `conn`, which must make progress for `fut` to;
/// `None` when the connection ended and `fut` cannot.
async fn drive<F: Future>(conn: &mut Option<Conn>, fut: F) -> Option<F::Output> {
    let mut fut = std::pin::pin!(fut);
    std::future::poll_fn(|cx| {
        // The connection first: it writes what was queued and reads what arrived, so that `fut`
        // finds its result in the same poll.
        poll_conn(conn, cx);
        match fut.as_mut().poll(cx) {
            Poll::Ready(out) => Poll::Ready(Some(out)),
            Poll::Pending if conn.is_none() => Poll::Ready(None),
            Poll::Pending => Poll::Pending,
        }
    })
    .await
}

/// An idle connection is closed after this long unused.
const IDLE_TIMEOUT: Duration = Duration::from_secs(60);
/// Idle connections kept per origin; more are closed when they become idle.
const MAX_IDLE: usize = 256;
/// How often idle connections are looked at, while there are any: those the server closed and
/// those unused for [`IDLE_TIMEOUT`] are closed then (nothing else polls an idle connection).
const SWEEP: Duration = Duration::from_secs(2);

/// Where one client's requests go, worked out once when the client is made.
#[derive(Clone)]
pub(crate) struct Origin {
    /// The pool's key: scheme, host and port.
    key: Arc<str>,
    /// The `Host` header.
    host: HeaderValue,
    /// `scheme://host:port`, what the connector dials (or asks the proxy for).
    dial: Uri,
    /// The name the certificate must carry (`https` only).
    tls: Option<ServerName<'static>>,
    proxy: Option<Proxy>,
}

#[derive(Clone)]
struct Proxy {
    uri: Uri,
    auth: Option<HeaderValue>,
}

/// Why an exchange failed, as far as retrying goes.
#[derive(Debug)]
pub(crate) enum Failure {
    /// No connection, so the request never left: safe to send again.
    Connect(String),
    /// The connection broke after the request may have been written.
    Lost(String),
}

/// A connection lent for one exchange; it goes back to the pool once the body was read to its end.
/// Dropped before that, it closes the connection.
pub(crate) struct Lease {
    key: Arc<str>,
    /// Boxed: with TLS state inline a connection is kilobytes, and futures move their contents.
    link: Box<Link>,
}

impl Lease {
    /// The body was read to its end: the connection can carry another request.
    fn release(self) {
        if !self.link.is_closed() {
            pool().checkin(self.key, self.link);
        }
    }
}

struct Pool {
    idle: Mutex<IdleState>,
    tcp: HttpConnector,
    tls: TlsConnector,
    proxies: Matcher,
}

static POOL: LazyLock<Result<Pool, String>> = LazyLock::new(|| {
    // ring is the crypto provider compiled in.
    use rustls_platform_verifier::BuilderVerifierExt;
    let mut tls = rustls::ClientConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
        .with_safe_default_protocol_versions()
        .map_err(|e| format!("cannot configure TLS: {e}"))?
        .with_platform_verifier()
        .map_err(|e| format!("cannot load the platform's certificate verifier: {e}"))?
        .with_no_client_auth();
    tls.alpn_protocols = vec![b"http/1.1".to_vec()];
    let mut tcp = HttpConnector::new();
    tcp.enforce_http(false);
    tcp.set_nodelay(true);
    Ok(Pool {
        idle: Mutex::new(IdleState::default()),
        tcp,
        tls: TlsConnector::from(Arc::new(tls)),
        proxies: Matcher::from_env(),
    })
});

fn pool() -> &'static Pool {
    // `Origin::new` succeeded before any exchange, so the pool was built.
    POOL.as_ref().expect("the HTTP pool is built before the first request")
}

impl Origin {
    /// The origin of `base` (an absolute `http` or `https` URL).
    pub(crate) fn new(base: &Url) -> Result<Origin, String> {
        let pool = POOL.as_ref().map_err(Clone::clone)?;
        let https = match base.scheme() {
            "https" => true,
            "http" => false,
            other => return Err(format!("the scheme {other:?} is not http or https")),
        };
        let host = base.host_str().ok_or("the base URL has no host")?;
        let port = base.port_or_known_default().unwrap_or(if https { 443 } else { 80 });
        let authority = match base.port() {
            Some(p) => format!("{host}:{p}"),
            None => host.to_owned(),
        };
        let dial: Uri = format!("{}://{host}:{port}", base.scheme())
            .parse()
            .map_err(|e| format!("the base URL's origin is not a valid URI: {e}"))?;
        let tls = if https {
            let name = match base.host() {
                Some(url::Host::Ipv4(ip)) => ServerName::IpAddress(std::net::IpAddr::V4(ip).into()),
                Some(url::Host::Ipv6(ip)) => ServerName::IpAddress(std::net::IpAddr::V6(ip).into()),
                _ => ServerName::try_from(host.to_owned()).map_err(|e| format!("{host:?} is not a TLS name: {e}"))?,
            };
            Some(name)
        } else {
            None
        };
        let proxy =
            pool.proxies.intercept(&dial).map(|i| Proxy { uri: i.uri().clone(), auth: i.basic_auth().cloned() });
        if let Some(p) = &proxy
            && p.uri.scheme_str() != Some("http")
        {
            return Err(format!(
                "the proxy for {} must be an http:// proxy (HTTPS and SOCKS proxies are not supported)",
                base.scheme()
            ));
        }
        let host = HeaderValue::from_str(&authority).map_err(|_| format!("{authority:?} is not a valid Host"))?;
        Ok(Origin { key: format!("{}://{authority}", base.scheme()).into(), host, dial, tls, proxy })
    }

    /// The request line's target for `path_and_query` (which starts with `/`): origin form, or
    /// absolute form through a plain-HTTP proxy.
    fn target(&self, path_and_query: &str) -> Result<Uri, String> {
        let uri = match (&self.proxy, &self.tls) {
            (Some(_), None) => format!("{}{path_and_query}", self.key).parse(),
            _ => path_and_query.parse(),
        };
        uri.map_err(|e| format!("the request target is not a valid URI: {e}"))
    }
}

/// Sends one request and returns the response head with its body still to read.
pub(crate) async fn exchange(
    origin: &Origin,
    method: http::Method,
    path_and_query: &str,
    headers: &[(http::HeaderName, &HeaderValue)],
    body: Option<Bytes>,
) -> Result<(Response<Incoming>, Lease), Failure> {
    let mut req = Request::new(Full::new(body.unwrap_or_default()));
    *req.method_mut() = method;
    *req.uri_mut() = origin.target(path_and_query).map_err(Failure::Connect)?;
    let h = req.headers_mut();
    h.reserve(headers.len() + 2);
    h.insert(HOST, origin.host.clone());
    for (name, value) in headers {
        h.insert(name.clone(), (*value).clone());
    }
    if let (Some(Proxy { auth: Some(auth), .. }), None) = (&origin.proxy, &origin.tls) {
        h.insert(PROXY_AUTHORIZATION, auth.clone());
    }
    let pool = pool();
    loop {
        let (mut link, reused) = match pool.checkout(&origin.key) {
            Some(l) => (l, true),
            None => (pool.connect(origin).await.map_err(Failure::Connect)?, false),
        };
        let Link { sender, conn } = &mut *link;
        if !matches!(drive(conn, std::future::poll_fn(|cx| sender.poll_ready(cx))).await, Some(Ok(()))) {
            if reused {
                continue;
            }
            return Err(Failure::Connect("the new connection closed before the request was sent".to_owned()));
        }
        let sent = sender.try_send_request(req);
        let Some(sent) = drive(conn, sent).await else {
            return Err(Failure::Lost("the connection closed before a response arrived".to_owned()));
        };
        match sent {
            Ok(resp) => return Ok((resp, Lease { key: origin.key.clone(), link })),
            Err(mut e) => match e.take_message() {
                // Never written: the server had closed this kept-alive connection. Send it anew.
                Some(back) if reused => req = back,
                Some(_) => return Err(Failure::Connect(chain(e.error()))),
                None => {
                    return Err(Failure::Lost(format!(
                        "the connection broke before a response arrived: {}",
                        chain(e.error())
                    )));
                }
            },
        }
    }
}

/// Reads a response body of at most `max` bytes; `Ok(None)` when it is larger (reading stops and
/// the connection is closed). A body read to its end gives the connection back to the pool.
pub(crate) async fn read_body(resp: Response<Incoming>, mut lease: Lease, max: u64) -> Result<Option<Bytes>, Failure> {
    let declared = resp.headers().get(http::header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()?.parse::<u64>().ok());
    if declared.is_some_and(|n| n > max) {
        return Ok(None);
    }
    let mut body = resp.into_body();
    // Room for the declared length up front, but never more than 1 MiB on a server's word.
    let mut out = Vec::with_capacity(declared.unwrap_or(0).min(1 << 20) as usize);
    let conn = &mut lease.link.conn;
    loop {
        let Some(frame) = drive(conn, body.frame()).await else {
            return Err(Failure::Lost("the connection closed while reading the response".to_owned()));
        };
        let Some(frame) = frame else { break };
        let frame = frame
            .map_err(|e| Failure::Lost(format!("the connection broke while reading the response: {}", chain(&e))))?;
        if let Ok(data) = frame.into_data() {
            if (out.len() + data.len()) as u64 > max {
                return Ok(None);
            }
            out.extend_from_slice(&data);
        }
    }
    lease.release();
    Ok(Some(Bytes::from(out)))
}

impl Pool {
    fn checkout(&self, key: &str) -> Option<Box<Link>> {
        let mut idle = self.idle.lock().unwrap_or_else(|e| e.into_inner());
        let list = idle.links.get_mut(key)?;
        let now = Instant::now();
        while let Some((link, since)) = list.pop() {
            if link.usable(since, now) {
                return Some(link);
            }
        }
        None
    }

    fn checkin(&self, key: Arc<str>, link: Box<Link>) {
        let now = Instant::now();
        let mut idle = self.idle.lock().unwrap_or_else(|e| e.into_inner());
        let list = idle.links.entry(key).or_default();
        // The oldest are at the front: drop the expired and closed ones there.
        let stale = list.iter().take_while(|(link, since)| !link.usable(*since, now)).count();
        list.drain(..stale);
        if list.len() < MAX_IDLE {
            list.push((link, now));
        }
        // A sweeper ends when nothing is idle, or with the runtime it ran on.
        if idle.sweeper.as_ref().is_none_or(|s| s.is_finished())
            && let Ok(rt) = tokio::runtime::Handle::try_current()
        {
            idle.sweeper = Some(rt.spawn(sweep()));
        }
    }

    /// Closes the idle connections that expired or that the server closed; returns how many are
    /// left.
    fn sweep_once(&self) -> usize {
        let mut cx = Context::from_waker(Waker::noop());
        let now = Instant::now();
        let mut idle = self.idle.lock().unwrap_or_else(|e| e.into_inner());
        let mut left = 0;
        idle.links.retain(|_, list| {
            list.retain_mut(|(link, since)| {
                // One poll reads what arrived: the server's close ends the state machine.
                poll_conn(&mut link.conn, &mut cx);
                link.usable(*since, now)
            });
            left += list.len();
            !list.is_empty()
        });
        left
    }

    async fn connect(&self, origin: &Origin) -> Result<Box<Link>, String> {
        let tcp = match &origin.proxy {
            None => self.tcp.clone().call(origin.dial.clone()).await.map_err(|e| chain(&e))?,
            Some(proxy) if origin.tls.is_none() => {
                self.tcp.clone().call(proxy.uri.clone()).await.map_err(|e| format!("the proxy: {}", chain(&e)))?
            }
            Some(proxy) => {
                let mut tunnel = Tunnel::new(proxy.uri.clone(), self.tcp.clone());
                if let Some(auth) = &proxy.auth {
                    tunnel = tunnel.with_auth(auth.clone());
                }
                tunnel.call(origin.dial.clone()).await.map_err(|e| format!("the proxy's tunnel: {}", chain(&e)))?
            }
        };
        let tcp = tcp.into_inner();
        let stream: Stream = match &origin.tls {
            None => Either::Left(tcp),
            Some(name) => Either::Right(
                self.tls.connect(name.clone(), tcp).await.map_err(|e| format!("TLS handshake: {}", chain(&e)))?,
            ),
        };
        let (sender, conn) =
            http1::Builder::new().handshake::<_, Full<Bytes>>(TokioIo::new(stream)).await.map_err(|e| chain(&e))?;
        Ok(Box::new(Link { sender, conn: Some(conn) }))
    }
}

/// Sweeps the idle connections every [`SWEEP`] until none are left.
async fn sweep() {
    loop {
        tokio::time::sleep(SWEEP).await;
        if pool().sweep_once() == 0 {
            return;
        }
    }
}

/// An error with its causes, `a: b: c`.
fn chain(e: &(dyn std::error::Error + 'static)) -> String {
    let mut out = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        let s_text = s.to_string();
        if !out.ends_with(&s_text) {
            out.push_str(": ");
            out.push_str(&s_text);
        }
        source = s.source();
    }
    out
}
