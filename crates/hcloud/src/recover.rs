//! Safe recovery of non-idempotent requests. A POST that failed ambiguously (timeout, lost
//! connection, 500/502/504) may have been applied, so it is never blindly resent:
//!
//! - creates look the resource up by its unique name and decide whether an earlier attempt of
//!   this call made it (see [`Created::is_ours`]); if so the call resolves with it, if the name is
//!   free the create is resent, and if someone else's resource holds the name the call fails with
//!   `uniqueness_error`;
//! - action POSTs (`/{resource}/{id}/actions/{command}`) look for an action of that command that
//!   started after the call began before resending;
//! - a DELETE whose retry meets 404 after an ambiguous attempt resolves as deleted (in the
//!   transport, which retries DELETEs itself).

use std::collections::BTreeMap;

use bytes::Bytes;
use reqwest::Method;
use serde_json::{Value, json};

use crate::call::Call;
use crate::client::{Client, Json, decode};
use crate::error::{Error, codes};
use crate::log::Level;
use crate::transport::rate_limit::unix_now;
use crate::transport::{Request, Response, retry};

/// Clock skew allowed between this machine and the API when comparing `created` times.
const CLOCK_SKEW_S: f64 = 300.0;
/// The same for actions, which carry nothing else to tell them apart: an action of the same
/// command started within this margin before the call is taken as the call's own.
const ACTION_SKEW_S: f64 = 60.0;

/// What a create asked for, to recognise the resource it made.
pub(crate) enum Created<'a> {
    Server {
        name: &'a str,
        server_type: &'a str,
        image: &'a str,
        labels: Option<&'a BTreeMap<String, String>>,
        start: bool,
    },
    SshKey {
        name: &'a str,
        public_key: &'a str,
    },
    Firewall {
        name: &'a str,
        labels: Option<&'a BTreeMap<String, String>>,
    },
}

impl Created<'_> {
    fn collection(&self) -> &'static str {
        match self {
            Created::Server { .. } => "servers",
            Created::SshKey { .. } => "ssh_keys",
            Created::Firewall { .. } => "firewalls",
        }
    }

    fn key(&self) -> &'static str {
        match self {
            Created::Server { .. } => "server",
            Created::SshKey { .. } => "ssh_key",
            Created::Firewall { .. } => "firewall",
        }
    }

    fn name(&self) -> &str {
        match self {
            Created::Server { name, .. } | Created::SshKey { name, .. } | Created::Firewall { name, .. } => name,
        }
    }

    /// Whether `found` (holding our name) is the resource this call created: the same key for SSH
    /// keys; for servers and firewalls the same labels (and type and image), created after the
    /// call started (minus clock skew).
    fn is_ours(&self, found: &Value, started_unix: f64) -> bool {
        let labels_match = |want: Option<&BTreeMap<String, String>>| {
            let have: BTreeMap<String, String> = serde_json::from_value(found["labels"].clone()).unwrap_or_default();
            have == want.cloned().unwrap_or_default()
        };
        let recent = || {
            found["created"]
                .as_str()
                .and_then(parse_rfc3339)
                .is_some_and(|created| created >= started_unix - CLOCK_SKEW_S)
        };
        let names = |v: &Value, want: &str| {
            v["name"].as_str() == Some(want) || v["id"].as_i64().map(|id| id.to_string()).as_deref() == Some(want)
        };
        match self {
            Created::SshKey { public_key, .. } => {
                key_body(found["public_key"].as_str().unwrap_or("")) == key_body(public_key)
            }
            Created::Firewall { labels, .. } => labels_match(*labels) && recent(),
            Created::Server { server_type, image, labels, .. } => {
                let image_ok = found["image"].is_null() || names(&found["image"], image);
                names(&found["server_type"], server_type) && image_ok && labels_match(*labels) && recent()
            }
        }
    }
}

/// The type and key material of an OpenSSH public key, without its comment.
fn key_body(key: &str) -> Vec<&str> {
    key.split_whitespace().take(2).collect()
}

/// Seconds since the UNIX epoch of an RFC 3339 timestamp such as `2026-11-25T22:25:25+00:00`.
fn parse_rfc3339(s: &str) -> Option<f64> {
    let (date, rest) = s.split_once('T')?;
    let mut d = date.split('-').map(|p| p.parse::<i64>().ok());
    let (y, m, day) = (d.next()??, d.next()??, d.next()??);
    let time_end = rest.find(['Z', '+', '-']).unwrap_or(rest.len());
    let (time, zone) = rest.split_at(time_end);
    let mut t = time.split(':');
    let (h, min) = (t.next()?.parse::<i64>().ok()?, t.next()?.parse::<i64>().ok()?);
    let sec: f64 = t.next().unwrap_or("0").parse().ok()?;
    let offset = match zone {
        "" | "Z" => 0,
        z => {
            let sign = if z.starts_with('-') { -1 } else { 1 };
            let (oh, om) = z[1..].split_once(':').unwrap_or((&z[1..], "0"));
            sign * (oh.parse::<i64>().ok()? * 3600 + om.parse::<i64>().ok()? * 60)
        }
    };
    // Days from the civil date (Howard Hinnant's algorithm).
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some((days * 86_400 + h * 3600 + min * 60 - offset) as f64 + sec)
}

/// The `command` of the action a POST to `/{resource}/{id}/actions/{name}` starts.
fn action_command(resource: &str, name: &str) -> String {
    match (resource, name) {
        ("servers", "poweron") => "start_server".to_owned(),
        ("servers", "poweroff") => "stop_server".to_owned(),
        ("servers", "shutdown") => "shutdown_server".to_owned(),
        ("servers", "reboot") => "reboot_server".to_owned(),
        ("servers", "reset") => "reset_server".to_owned(),
        ("firewalls", "set_rules") => "set_firewall_rules".to_owned(),
        ("firewalls", "apply_to_resources") => "apply_firewall".to_owned(),
        ("firewalls", "remove_from_resources") => "remove_firewall".to_owned(),
        (_, n) => n.to_owned(),
    }
}

/// `/{resource}/{id}` and the rest of a path, when it addresses one resource.
pub(crate) fn resource_of(path: &str) -> Option<(&str, i64, &str)> {
    let mut parts = path.trim_start_matches('/').splitn(3, '/');
    let collection = parts.next()?;
    let id = parts.next()?.parse().ok()?;
    Some((collection, id, parts.next().unwrap_or("")))
}

impl Client {
    /// Sends a create and recovers from ambiguous failures without making a duplicate.
    pub(crate) async fn create<T: serde::de::DeserializeOwned>(
        &self,
        req: Request,
        what: Created<'_>,
        call: &Call,
    ) -> Result<Json<T>, Error> {
        let started = unix_now();
        let mut attempts = 0;
        let mut ambiguous = false;
        let mut delays = retry::schedule(&self.inner.config.retry);
        loop {
            let err = match self.send_in(&req, call).await {
                Ok(resp) => return decode(&req, resp),
                Err(e) => e,
            };
            attempts += err.attempts;
            let resent_into_our_own = ambiguous && err.is(codes::UNIQUENESS_ERROR);
            if !(err.ambiguous || resent_into_our_own) {
                return Err(Error { attempts, ..err });
            }
            ambiguous = true;
            match self.find_by_name(&what, call).await? {
                Some(found) if what.is_ours(&found, started) => {
                    self.inner.transport.log(
                        Level::Debug,
                        "create recovered: the resource exists",
                        json!({ "method": "POST", "path": req.path, "id": found["id"], "reason": err.code }),
                    );
                    let body = self.compose(&what, found, call).await?;
                    let resp = Response { status: 201, body, correlation_id: err.correlation_id, attempts };
                    return decode(&req, resp);
                }
                Some(_) => {
                    let mut e = Error::new(
                        codes::UNIQUENESS_ERROR,
                        format!("another {} is named {:?}", what.key().replace('_', " "), what.name()),
                    )
                    .at("POST", &req.path);
                    e.status = Some(409);
                    e.attempts = attempts;
                    return Err(e);
                }
                None => {}
            }
            // The name is free: the create was not applied, so sending it again is safe.
            // Resends count against the same `maxAttempts` as the transport's own retries.
            let Some(delay) = delays.next().filter(|_| attempts < self.inner.config.retry.max_attempts) else {
                return Err(Error { attempts, ..err });
            };
            let delay = retry::jittered(delay, self.inner.config.retry.jitter);
            self.inner.transport.log(
                Level::Debug,
                "retrying request",
                json!({ "attempt": attempts, "delay_ms": delay.as_millis() as u64, "reason": "not_created", "method": "POST", "path": req.path }),
            );
            call.sleep(delay).await.map_err(|e| Error { attempts, ..e.at("POST", &req.path) })?;
        }
    }

    async fn find_by_name(&self, what: &Created<'_>, call: &Call) -> Result<Option<Value>, Error> {
        let mut req = Request::new(Method::GET, format!("/{}", what.collection()));
        req.query = vec![("name".to_owned(), what.name().to_owned())];
        let list: Json<Value> = decode(&req, self.send_in(&req, call).await?)?;
        let items = list.value[what.collection()].as_array().cloned().unwrap_or_default();
        Ok(items.into_iter().find(|v| v["name"].as_str() == Some(what.name())))
    }

    /// Rebuilds the create's response from what exists now. For servers `root_password` is null:
    /// it was only in the lost response.
    async fn compose(&self, what: &Created<'_>, found: Value, call: &Call) -> Result<Bytes, Error> {
        let id = found["id"].as_i64().unwrap_or_default();
        let body = match what {
            Created::SshKey { .. } => json!({ "ssh_key": found }),
            Created::Firewall { .. } => {
                let actions = self.actions_of("firewalls", id, call).await?;
                json!({ "firewall": found, "actions": actions })
            }
            Created::Server { start, .. } => {
                let actions = self.actions_of("servers", id, call).await?;
                let by = |cmd: &str| actions.iter().find(|a| a["command"] == cmd).cloned();
                let action = by("create_server").or_else(|| actions.first().cloned()).unwrap_or(Value::Null);
                let next: Vec<Value> = if *start { by("start_server").into_iter().collect() } else { Vec::new() };
                json!({ "server": found, "action": action, "next_actions": next, "root_password": null })
            }
        };
        Ok(Bytes::from(body.to_string()))
    }

    /// The resource's 50 newest actions, oldest first.
    async fn actions_of(&self, collection: &str, id: i64, call: &Call) -> Result<Vec<Value>, Error> {
        let mut req = Request::new(Method::GET, format!("/{collection}/{id}/actions"));
        req.query = vec![("sort".to_owned(), "id:desc".to_owned()), ("per_page".to_owned(), "50".to_owned())];
        let list: Json<Value> = decode(&req, self.send_in(&req, call).await?)?;
        let mut actions = list.value["actions"].as_array().cloned().unwrap_or_default();
        actions.reverse();
        Ok(actions)
    }

    /// Sends any request; a POST to an action endpoint that failed ambiguously looks for the
    /// action it may have started before it is resent.
    pub(crate) async fn send_recovering(&self, req: &Request, call: &Call) -> Result<Response, Error> {
        let started = unix_now();
        let action_post = match resource_of(&req.path) {
            Some((collection, id, rest)) if req.method == Method::POST => {
                rest.strip_prefix("actions/").map(|name| (collection.to_owned(), id, action_command(collection, name)))
            }
            _ => None,
        };
        let mut attempts = 0;
        let mut delays = retry::schedule(&self.inner.config.retry);
        loop {
            let err = match self.send_in(req, call).await {
                Ok(resp) => return Ok(Response { attempts: attempts + resp.attempts, ..resp }),
                Err(e) => e,
            };
            attempts += err.attempts;
            let Some((collection, id, command)) = action_post.as_ref().filter(|_| err.ambiguous) else {
                return Err(Error { attempts, ..err });
            };
            let actions = self.actions_of(collection, *id, call).await?;
            let mine = actions.into_iter().rev().find(|a| {
                a["command"].as_str() == Some(command.as_str())
                    && a["started"].as_str().and_then(parse_rfc3339).is_some_and(|t| t >= started - ACTION_SKEW_S)
            });
            if let Some(action) = mine {
                let body = Bytes::from(json!({ "action": action }).to_string());
                return Ok(Response { status: 201, body, correlation_id: err.correlation_id, attempts });
            }
            // Resends count against the same `maxAttempts` as the transport's own retries.
            let Some(delay) = delays.next().filter(|_| attempts < self.inner.config.retry.max_attempts) else {
                return Err(Error { attempts, ..err });
            };
            call.sleep(retry::jittered(delay, self.inner.config.retry.jitter))
                .await
                .map_err(|e| Error { attempts, ..e.at(req.method.as_str(), &req.path) })?;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_timestamps() {
        assert_eq!(parse_rfc3339("1970-01-01T00:00:00+00:00"), Some(0.0));
        assert_eq!(parse_rfc3339("2026-11-25T22:25:25Z"), Some(1_795_645_525.0));
        assert_eq!(parse_rfc3339("2026-11-25T23:25:25+01:00"), Some(1_795_645_525.0));
        assert_eq!(parse_rfc3339("garbage"), None);
    }

    #[test]
    fn recognises_our_resources() {
        let now = 1_795_645_525.0;
        let server = json!({ "name": "web", "created": "2026-11-25T22:25:25+00:00", "labels": { "a": "b" },
            "server_type": { "name": "cx22", "id": 1 }, "image": { "name": "ubuntu-24.04", "id": 7 } });
        let labels: BTreeMap<String, String> = [("a".to_owned(), "b".to_owned())].into();
        let want = Created::Server {
            name: "web",
            server_type: "cx22",
            image: "ubuntu-24.04",
            labels: Some(&labels),
            start: true,
        };
        assert!(want.is_ours(&server, now - 10.0));
        let other_type = Created::Server {
            name: "web",
            server_type: "cx32",
            image: "ubuntu-24.04",
            labels: Some(&labels),
            start: true,
        };
        assert!(!other_type.is_ours(&server, now - 10.0));
        assert!(!want.is_ours(&server, now + 3600.0), "created long before the call started");
        let key = Created::SshKey { name: "k", public_key: "ssh-ed25519 AAAA me@x" };
        assert!(key.is_ours(&json!({ "public_key": "ssh-ed25519 AAAA other-comment" }), now));
        assert!(!key.is_ours(&json!({ "public_key": "ssh-ed25519 BBBB me@x" }), now));
    }

    #[test]
    fn finds_the_resource_of_a_path() {
        assert_eq!(resource_of("/servers/42/actions/poweron"), Some(("servers", 42, "actions/poweron")));
        assert_eq!(resource_of("/servers/42"), Some(("servers", 42, "")));
        assert_eq!(resource_of("/servers"), None);
        assert_eq!(action_command("servers", "poweron"), "start_server");
    }
}
