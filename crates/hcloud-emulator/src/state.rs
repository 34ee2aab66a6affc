//! In-memory resources, actions, and their JSON views.
//!
//! Nothing runs in the background: action status, server status and firewall status are
//! computed from the emulated clock when read.

use std::collections::BTreeMap;
use std::net::Ipv4Addr;

use serde::Serialize;
use serde_json::Value;
use serde_json::value::RawValue;

use crate::catalog::catalog;
use crate::clock::{Clock, Timestamp};
use crate::labels::{Labels, Selector};
use crate::store::{Store, holds_id};

/// Times are emulated milliseconds since the emulator started.
pub(crate) type EmuMs = f64;

pub(crate) struct Action {
    pub id: i64,
    pub command: &'static str,
    pub started: EmuMs,
    pub duration: EmuMs,
    pub resources: Vec<(i64, &'static str)>,
    pub error: Option<(String, String)>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum ActionStatus {
    Running,
    Success,
    Error,
}

impl ActionStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ActionStatus::Running => "running",
            ActionStatus::Success => "success",
            ActionStatus::Error => "error",
        }
    }
}

impl Action {
    pub fn end(&self) -> EmuMs {
        self.started + self.duration
    }

    pub fn status(&self, now: EmuMs) -> ActionStatus {
        if now < self.end() {
            ActionStatus::Running
        } else if self.error.is_some() {
            ActionStatus::Error
        } else {
            ActionStatus::Success
        }
    }

    pub fn touches(&self, id: i64, kind: &str) -> bool {
        self.resources.iter().any(|&(i, k)| i == id && k == kind)
    }

    pub fn touches_kind(&self, kind: &str) -> bool {
        self.resources.iter().any(|&(_, k)| k == kind)
    }

    pub fn view<'a>(&'a self, now: EmuMs, clock: &Clock) -> ActionJson<'a> {
        let status = self.status(now);
        let progress = match status {
            ActionStatus::Running => {
                if self.duration <= 0.0 {
                    0
                } else {
                    (((now - self.started) / self.duration) * 100.0).clamp(0.0, 99.0) as i32
                }
            }
            _ => 100,
        };
        ActionJson {
            id: self.id,
            command: self.command,
            status: status.as_str(),
            started: Timestamp(clock.unix_ms(self.started)),
            finished: (status != ActionStatus::Running).then(|| Timestamp(clock.unix_ms(self.end()))),
            progress,
            resources: self.resources.iter().map(|&(id, kind)| ResourceJson { id, kind }).collect(),
            error: match (&self.error, status) {
                (Some((code, message)), ActionStatus::Error) => Some(ActionErrorJson { code, message }),
                _ => None,
            },
        }
    }
}

#[derive(Serialize)]
pub(crate) struct ResourceJson {
    pub id: i64,
    #[serde(rename = "type")]
    pub kind: &'static str,
}

#[derive(Serialize)]
pub(crate) struct ActionErrorJson<'a> {
    pub code: &'a str,
    pub message: &'a str,
}

#[derive(Serialize)]
pub(crate) struct ActionJson<'a> {
    pub id: i64,
    pub command: &'a str,
    pub status: &'static str,
    pub started: Timestamp,
    pub finished: Option<Timestamp>,
    pub progress: i32,
    pub resources: Vec<ResourceJson>,
    pub error: Option<ActionErrorJson<'a>>,
}

/// A server status change in progress, driven by an action.
#[derive(Clone, Debug)]
pub(crate) struct Pending {
    pub end: EmuMs,
    pub during: &'static str,
    pub on_success: &'static str,
    pub failed: bool,
    pub deletes: bool,
}

pub(crate) struct Server {
    pub id: i64,
    pub name: String,
    pub created: EmuMs,
    pub labels: Labels,
    pub server_type: usize,
    pub location: usize,
    pub image: ServerImage,
    /// The assigned primary IPs (ids in the `primary_ip` store).
    pub ipv4: Option<i64>,
    pub ipv6: Option<i64>,
    /// `private_net` entries as served (`network`, `ip`, `alias_ips`, `mac_address`).
    pub private_net: Vec<Value>,
    /// The attached ISO (id in the `iso` store).
    pub iso: Option<i64>,
    pub rescue_enabled: bool,
    pub backup_window: Option<String>,
    pub protection_delete: bool,
    pub protection_rebuild: bool,
    /// Status once no change is pending.
    pub base: &'static str,
    pub pending: Option<Pending>,
    pub included_traffic: i64,
    pub primary_disk_size: f64,
    pub root_password: Option<String>,
}

impl Server {
    pub fn status(&self, now: EmuMs) -> &'static str {
        match &self.pending {
            None => self.base,
            Some(p) if now < p.end => p.during,
            Some(p) if p.failed => self.base,
            Some(p) => p.on_success,
        }
    }

    /// Deleted by a finished delete action.
    pub fn is_gone(&self, now: EmuMs) -> bool {
        matches!(&self.pending, Some(p) if p.deletes && !p.failed && now >= p.end)
    }

    /// An action that changes its status is still running.
    pub fn is_busy(&self, now: EmuMs) -> bool {
        matches!(&self.pending, Some(p) if now < p.end)
    }

    /// Starts a status change (the previous one must be finished).
    pub fn begin(&mut self, now: EmuMs, pending: Pending) {
        self.base = self.status(now);
        self.pending = Some(pending);
    }

    pub fn has_public_net(&self) -> bool {
        self.ipv4.is_some() || self.ipv6.is_some()
    }
}

/// The image a server was made from: a catalogue image or an image in the store (a snapshot or
/// backup; served as null once deleted).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum ServerImage {
    Catalog(usize),
    Stored(i64),
}

pub(crate) struct SshKey {
    pub id: i64,
    pub name: String,
    pub public_key: String,
    pub fingerprint: String,
    pub labels: Labels,
    pub created: EmuMs,
}

#[derive(Serialize, Clone, Debug, PartialEq)]
pub(crate) struct Rule {
    pub description: Option<String>,
    pub direction: String,
    pub source_ips: Vec<String>,
    pub destination_ips: Vec<String>,
    pub protocol: String,
    pub port: Option<String>,
}

/// One application of a firewall (to a server or a label selector).
pub(crate) struct Application<T> {
    pub target: T,
    /// When the apply action finishes.
    pub ready_at: EmuMs,
    /// The apply action ends in error: the application disappears when it finishes.
    pub failed: bool,
}

impl<T> Application<T> {
    pub fn visible(&self, now: EmuMs) -> bool {
        !(self.failed && now >= self.ready_at)
    }

    pub fn status(&self, now: EmuMs) -> &'static str {
        if now < self.ready_at { "pending" } else { "applied" }
    }
}

pub(crate) struct SelectorTarget {
    pub text: String,
    pub parsed: Selector,
}

pub(crate) struct Firewall {
    pub id: i64,
    pub name: String,
    pub labels: Labels,
    pub created: EmuMs,
    pub rules: Vec<Rule>,
    pub servers: Vec<Application<i64>>,
    pub selectors: Vec<Application<SelectorTarget>>,
}

impl Firewall {
    pub fn direct(&self, server: i64, now: EmuMs) -> Option<&Application<i64>> {
        self.servers.iter().find(|a| a.target == server && a.visible(now))
    }

    /// Status of this firewall on a server, if applied (directly or via a selector).
    pub fn status_on(&self, server: &Server, now: EmuMs) -> Option<&'static str> {
        if let Some(a) = self.direct(server.id, now) {
            return Some(a.status(now));
        }
        self.selectors.iter().find(|a| a.visible(now) && a.target.parsed.matches(&server.labels)).map(|a| a.status(now))
    }

    pub fn in_use(&self, now: EmuMs) -> bool {
        self.servers.iter().any(|a| a.visible(now)) || self.selectors.iter().any(|a| a.visible(now))
    }
}

pub(crate) struct ActionFailure {
    pub command: String,
    pub remaining: u32,
    pub code: String,
    pub message: String,
}

pub(crate) struct State {
    pub next_id: i64,
    pub servers: BTreeMap<i64, Server>,
    pub ssh_keys: BTreeMap<i64, SshKey>,
    pub firewalls: BTreeMap<i64, Firewall>,
    pub actions: BTreeMap<i64, Action>,
    pub action_failures: Vec<ActionFailure>,
    pub rng: fastrand::Rng,
    pub action_duration: EmuMs,
    /// Every other resource, as served JSON (see `store.rs`).
    pub store: Store,
}

impl State {
    pub fn new(seed: u64, action_duration_ms: u64) -> State {
        State {
            next_id: 1,
            servers: BTreeMap::new(),
            ssh_keys: BTreeMap::new(),
            firewalls: BTreeMap::new(),
            actions: BTreeMap::new(),
            action_failures: Vec::new(),
            rng: fastrand::Rng::with_seed(seed),
            action_duration: action_duration_ms as f64,
            store: Store::default(),
        }
    }

    pub fn alloc_id(&mut self) -> i64 {
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    /// Creates an action starting now; it fails if a registered failure matches its command.
    pub fn new_action(&mut self, command: &'static str, resources: Vec<(i64, &'static str)>, now: EmuMs) -> i64 {
        let id = self.alloc_id();
        let mut error = None;
        if let Some(pos) = self.action_failures.iter().position(|f| f.command == command) {
            let f = &mut self.action_failures[pos];
            error = Some((f.code.clone(), f.message.clone()));
            f.remaining -= 1;
            if f.remaining == 0 {
                self.action_failures.remove(pos);
            }
        }
        self.actions.insert(id, Action { id, command, started: now, duration: self.action_duration, resources, error });
        id
    }

    pub fn action_failed(&self, id: i64) -> bool {
        self.actions.get(&id).is_some_and(|a| a.error.is_some())
    }

    pub fn action_end(&self, id: i64) -> EmuMs {
        self.actions.get(&id).map_or(0.0, Action::end)
    }

    /// A live (not deleted) server.
    pub fn server(&self, id: i64, now: EmuMs) -> Option<&Server> {
        self.servers.get(&id).filter(|s| !s.is_gone(now))
    }

    /// Forgets deleted servers and expired firewall applications.
    pub fn collect_garbage(&mut self, now: EmuMs) {
        let gone: Vec<i64> = self.servers.values().filter(|s| s.is_gone(now)).map(|s| s.id).collect();
        for id in &gone {
            self.servers.remove(id);
            crate::relations::server_gone(self, *id, now);
        }
        for fw in self.firewalls.values_mut() {
            fw.servers.retain(|a| a.visible(now) && !gone.contains(&a.target));
            fw.selectors.retain(|a| a.visible(now));
        }
    }

    pub fn random_ipv4(&mut self, now: EmuMs) -> Ipv4Addr {
        let mut candidate = Ipv4Addr::new(203, 0, 113, 2);
        for _ in 0..64 {
            let host = self.rng.u8(2..=254);
            candidate =
                if self.rng.bool() { Ipv4Addr::new(203, 0, 113, host) } else { Ipv4Addr::new(198, 51, 100, host) };
            let _ = now;
            let text = candidate.to_string();
            let taken = ["primary_ip", "floating_ip"]
                .iter()
                .any(|kind| self.store.all(kind).any(|r| r.str("ip") == Some(text.as_str())));
            if !taken {
                break;
            }
        }
        candidate
    }

    pub fn random_ipv6_net(&mut self) -> String {
        format!("2001:db8:{:x}:{:x}::/64", self.rng.u16(1..), self.rng.u16(..))
    }

    pub fn random_password(&mut self) -> String {
        const CHARS: &[u8] = b"abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        (0..20).map(|_| CHARS[self.rng.usize(..CHARS.len())] as char).collect()
    }

    pub fn server_view<'a>(&'a self, s: &'a Server, now: EmuMs, clock: &Clock) -> ServerJson<'a> {
        let cat = catalog();
        let firewalls = if s.has_public_net() {
            self.firewalls
                .values()
                .filter_map(|fw| fw.status_on(s, now).map(|status| FirewallRefJson { id: fw.id, status }))
                .collect()
        } else {
            Vec::new()
        };
        let ip = |id: Option<i64>| {
            let r = self.store.get("primary_ip", id?)?;
            let field = |pointer: &str| r.current(now, pointer);
            let dns_ptr = field("/dns_ptr");
            Some(PublicIpJson {
                id: r.id(),
                ip: field("/ip").and_then(Value::as_str).unwrap_or_default().to_string(),
                blocked: field("/blocked").and_then(Value::as_bool).unwrap_or(false),
                dns_ptr: if field("/type").and_then(Value::as_str) == Some("ipv4") {
                    dns_ptr.and_then(|d| d.pointer("/0/dns_ptr")).cloned().unwrap_or(Value::Null)
                } else {
                    dns_ptr.cloned().unwrap_or(Value::Null)
                },
            })
        };
        let ids_where = |kind: &str, field: &str| -> Vec<i64> {
            self.store.all(kind).filter(|r| r.i64(field) == Some(s.id)).map(|r| r.id()).collect()
        };
        let load_balancers = self
            .store
            .all("load_balancer")
            .filter(|lb| {
                lb.get("targets").and_then(Value::as_array).is_some_and(|targets| {
                    targets.iter().any(|t| {
                        t.pointer("/server/id").and_then(Value::as_i64) == Some(s.id)
                            || t.pointer("/label_selector/selector")
                                .and_then(Value::as_str)
                                .and_then(|text| Selector::parse(text).ok())
                                .is_some_and(|sel| sel.matches(&s.labels))
                    })
                })
            })
            .map(|r| r.id())
            .collect();
        let image = match s.image {
            ServerImage::Catalog(i) => ImageOut::Raw(&cat.images[i].item.raw),
            ServerImage::Stored(id) => {
                self.store.get("image", id).map_or(ImageOut::Null, |r| ImageOut::Value(r.view(now)))
            }
        };
        ServerJson {
            id: s.id,
            name: &s.name,
            status: s.status(now),
            created: Timestamp(clock.unix_ms(s.created)),
            public_net: PublicNetJson {
                ipv4: ip(s.ipv4),
                ipv6: ip(s.ipv6),
                floating_ips: ids_where("floating_ip", "server"),
                firewalls,
            },
            private_net: &s.private_net,
            server_type: &cat.server_types[s.server_type].item.raw,
            location: &cat.locations[s.location].raw,
            image,
            iso: s.iso.and_then(|id| self.store.get("iso", id)).map(|r| r.view(now)),
            rescue_enabled: s.rescue_enabled,
            locked: false,
            backup_window: s.backup_window.as_deref(),
            outgoing_traffic: 0,
            ingoing_traffic: 0,
            included_traffic: s.included_traffic,
            protection: ServerProtectionJson { delete: s.protection_delete, rebuild: s.protection_rebuild },
            labels: &s.labels,
            volumes: ids_where("volume", "server"),
            load_balancers,
            primary_disk_size: s.primary_disk_size,
            placement_group: self
                .store
                .all("placement_group")
                .find(|pg| holds_id(pg.get("servers"), s.id))
                .map(|pg| pg.view(now)),
        }
    }

    pub fn firewall_view<'a>(&self, fw: &'a Firewall, now: EmuMs, clock: &Clock) -> FirewallJson<'a> {
        let mut applied_to = Vec::new();
        for a in fw.servers.iter().filter(|a| a.visible(now)) {
            if self.server(a.target, now).is_some() {
                applied_to.push(AppliedJson {
                    kind: "server",
                    server: Some(IdJson { id: a.target }),
                    label_selector: None,
                    // The document defines the list for every entry; a server entry has none.
                    applied_to_resources: Some(Vec::new()),
                });
            }
        }
        for a in fw.selectors.iter().filter(|a| a.visible(now)) {
            let resources = self
                .servers
                .values()
                .filter(|s| !s.is_gone(now) && a.target.parsed.matches(&s.labels))
                .map(|s| AppliedResourceJson { kind: "server", server: IdJson { id: s.id } })
                .collect();
            applied_to.push(AppliedJson {
                kind: "label_selector",
                server: None,
                label_selector: Some(SelectorJson { selector: a.target.text.clone() }),
                applied_to_resources: Some(resources),
            });
        }
        FirewallJson {
            id: fw.id,
            name: &fw.name,
            labels: &fw.labels,
            created: Timestamp(clock.unix_ms(fw.created)),
            rules: &fw.rules,
            applied_to,
        }
    }
}

pub(crate) fn ssh_key_view<'a>(k: &'a SshKey, clock: &Clock) -> SshKeyJson<'a> {
    SshKeyJson {
        id: k.id,
        name: &k.name,
        fingerprint: &k.fingerprint,
        public_key: &k.public_key,
        labels: &k.labels,
        created: Timestamp(clock.unix_ms(k.created)),
    }
}

/// `public_net.ipv4` / `public_net.ipv6` of a server: its primary IP.
#[derive(Serialize)]
pub(crate) struct PublicIpJson {
    pub id: i64,
    pub ip: String,
    pub blocked: bool,
    /// A string for IPv4, a list of `{ip, dns_ptr}` for IPv6.
    pub dns_ptr: Value,
}

/// A server's image: from the catalogue (kept as raw JSON), from the store, or none.
pub(crate) enum ImageOut<'a> {
    Raw(&'a RawValue),
    Value(Value),
    Null,
}

impl Serialize for ImageOut<'_> {
    fn serialize<S: serde::Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        match self {
            ImageOut::Raw(r) => r.serialize(ser),
            ImageOut::Value(v) => v.serialize(ser),
            ImageOut::Null => ser.serialize_none(),
        }
    }
}

#[derive(Serialize)]
pub(crate) struct FirewallRefJson {
    pub id: i64,
    pub status: &'static str,
}

#[derive(Serialize)]
pub(crate) struct PublicNetJson {
    pub ipv4: Option<PublicIpJson>,
    pub ipv6: Option<PublicIpJson>,
    pub floating_ips: Vec<i64>,
    pub firewalls: Vec<FirewallRefJson>,
}

#[derive(Serialize)]
pub(crate) struct ServerProtectionJson {
    pub delete: bool,
    pub rebuild: bool,
}

#[derive(Serialize)]
pub(crate) struct ServerJson<'a> {
    pub id: i64,
    pub name: &'a str,
    pub status: &'static str,
    pub created: Timestamp,
    pub public_net: PublicNetJson,
    pub private_net: &'a [Value],
    pub server_type: &'a RawValue,
    pub location: &'a RawValue,
    pub image: ImageOut<'a>,
    pub iso: Option<Value>,
    pub rescue_enabled: bool,
    pub locked: bool,
    pub backup_window: Option<&'a str>,
    pub outgoing_traffic: i64,
    pub ingoing_traffic: i64,
    pub included_traffic: i64,
    pub protection: ServerProtectionJson,
    pub labels: &'a Labels,
    pub volumes: Vec<i64>,
    pub load_balancers: Vec<i64>,
    pub primary_disk_size: f64,
    pub placement_group: Option<Value>,
}

#[derive(Serialize)]
pub(crate) struct SshKeyJson<'a> {
    pub id: i64,
    pub name: &'a str,
    pub fingerprint: &'a str,
    pub public_key: &'a str,
    pub labels: &'a Labels,
    pub created: Timestamp,
}

#[derive(Serialize)]
pub(crate) struct IdJson {
    pub id: i64,
}

#[derive(Serialize)]
pub(crate) struct SelectorJson {
    pub selector: String,
}

#[derive(Serialize)]
pub(crate) struct AppliedResourceJson {
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub server: IdJson,
}

#[derive(Serialize)]
pub(crate) struct AppliedJson {
    #[serde(rename = "type")]
    pub kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub server: Option<IdJson>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label_selector: Option<SelectorJson>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub applied_to_resources: Option<Vec<AppliedResourceJson>>,
}

#[derive(Serialize)]
pub(crate) struct FirewallJson<'a> {
    pub id: i64,
    pub name: &'a str,
    pub labels: &'a Labels,
    pub created: Timestamp,
    pub rules: &'a [Rule],
    pub applied_to: Vec<AppliedJson>,
}
