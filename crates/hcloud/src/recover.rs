//! Safe recovery of non-idempotent requests. A POST that failed ambiguously (timeout, lost
//! connection, 500/502/504) may have been applied, so it is never blindly resent:
//!
//! - creates look the resource up by its unique name and decide whether an earlier attempt of
//!   this call made it (see [`Wanted::is_ours`]); if so the call resolves with it, if the name is
//!   free the create is resent, and if someone else's resource holds the name the call fails with
//!   `uniqueness_error`; a create without a name is never resent;
//! - action POSTs (`/{resource}/{id}/actions/{command}`) look among the resource's actions for
//!   one of the command the document gives that started after the call began before resending;
//! - the operation table ([`crate::operation`]) says which class each operation is in;
//! - a DELETE whose retry meets 404 after an ambiguous attempt resolves as deleted (in the
//!   transport, which retries DELETEs itself).

use bytes::Bytes;
use http::Method;
use serde_json::{Map, Value, json};

use crate::call::Call;
use crate::client::{Client, Json, decode};
use crate::error::{Error, codes};
use crate::log::Level;
use crate::operation::{CreateRecovery, Match, Operation, labels};
use crate::transport::rate_limit::unix_now;
use crate::transport::{Request, Response, retry};

/// Clock skew allowed between this machine and the API when comparing `created` times.
const CLOCK_SKEW_S: f64 = 300.0;
/// The same for actions, which carry nothing else to tell them apart: an action of the same
/// command started within this margin before the call is taken as the call's own.
const ACTION_SKEW_S: f64 = 60.0;

/// What a create asked for, to recognise the resource it made: the request body, read through
/// the table's [`CreateRecovery`].
struct Wanted<'a> {
    what: &'static CreateRecovery,
    body: &'a Map<String, Value>,
    name: &'a str,
}

impl Wanted<'_> {
    /// Whether `found` (holding our name) is the resource this call created: the same labels,
    /// created within the call's window (clock skew allowed), and agreeing with each field of
    /// [`CreateRecovery::matches`] that the request set.
    fn is_ours(&self, found: &Value, started_unix: f64, now_unix: f64) -> bool {
        let labels_match = labels(found.get("labels")) == labels(self.body.get("labels"));
        let created = found["created"].as_str().and_then(parse_rfc3339);
        let in_window = created.is_some_and(|t| t >= started_unix - CLOCK_SKEW_S && t <= now_unix + CLOCK_SKEW_S);
        labels_match
            && in_window
            && self.what.matches.iter().all(|m| match m {
                Match::KeyMaterial(field) => {
                    let want = self.body.get(*field).and_then(Value::as_str).unwrap_or("");
                    key_body(found[*field].as_str().unwrap_or("")) == key_body(want)
                }
                Match::Same(field) => match self.body.get(*field) {
                    None | Some(Value::Null) => true,
                    Some(want) => same(&found[*field], want),
                },
            })
    }
}

/// Whether a resource's field holds what a request asked for: the same value, or (for references
/// such as `server_type` or `location`) an object with that `name` or `id`. A field that is null
/// now (an image deleted since) does not tell against it.
fn same(have: &Value, want: &Value) -> bool {
    let as_text = |v: &Value| match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    };
    match have {
        Value::Null => true,
        Value::Object(o) => {
            let want = as_text(want);
            want.is_some() && (o.get("name").and_then(as_text) == want || o.get("id").and_then(as_text) == want)
        }
        v => v == want || (as_text(v).is_some() && as_text(v) == as_text(want)),
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

/// `/{resource}/{id}` and the rest of a path, when it addresses one resource.
pub(crate) fn resource_of(path: &str) -> Option<(&str, i64, &str)> {
    let mut parts = path.trim_start_matches('/').splitn(3, '/');
    let collection = parts.next()?;
    let id = parts.next()?.parse().ok()?;
    Some((collection, id, parts.next().unwrap_or("")))
}

impl Client {
    /// Sends a create and recovers from ambiguous failures without making a duplicate.
    pub(crate) async fn create(
        &self,
        op: &'static Operation,
        what: &'static CreateRecovery,
        req: &Request,
        body: Option<&Map<String, Value>>,
        call: &Call,
    ) -> Result<Response, Error> {
        let started = unix_now();
        let mut attempts = 0;
        let mut ambiguous = false;
        let mut delays = retry::schedule(&self.inner.config.retry);
        let wanted = body.and_then(|body| Some(Wanted { what, body, name: body.get("name")?.as_str()? }));
        loop {
            let err = match self.send_in(req, call).await.and_then(|resp| op.check(req, &resp).map(|()| resp)) {
                Ok(resp) => return Ok(Response { attempts: attempts + resp.attempts, ..resp }),
                Err(e) => e,
            };
            attempts += err.attempts;
            let resent_into_our_own = ambiguous && err.is(codes::UNIQUENESS_ERROR);
            if !(err.ambiguous || resent_into_our_own) {
                return Err(Error { attempts, ..err });
            }
            // Without a name there is nothing to look it up by: never sent again.
            let Some(wanted) = wanted.as_ref() else {
                let mut e = Error { attempts, ..err };
                e.message.push_str(" (the request may have been applied; it was not sent again)");
                return Err(e);
            };
            ambiguous = true;
            match self.find_by_name(what, wanted.name, call).await? {
                Some(found) if wanted.is_ours(&found, started, unix_now()) => {
                    self.inner.transport.log(
                        Level::Debug,
                        "create recovered: the resource exists",
                        json!({ "method": "POST", "path": req.path, "id": found["id"], "reason": err.code }),
                    );
                    let body = self.compose(op, what, found, call).await?;
                    return Ok(Response {
                        status: 201,
                        body,
                        correlation_id: err.correlation_id,
                        attempts,
                        shape: None,
                    });
                }
                Some(_) => {
                    let mut e = Error::new(
                        codes::UNIQUENESS_ERROR,
                        format!("another {} is named {:?}", what.key.replace('_', " "), wanted.name),
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

    async fn find_by_name(&self, what: &CreateRecovery, name: &str, call: &Call) -> Result<Option<Value>, Error> {
        let mut req = Request::new(Method::GET, what.list_path);
        req.query = vec![("name".to_owned(), name.to_owned())];
        let list: Json<Value> = decode(&req, self.send_in(&req, call).await?)?;
        let items = list.value[what.list_key].as_array().cloned().unwrap_or_default();
        Ok(items.into_iter().find(|v| v["name"].as_str() == Some(name)))
    }

    /// Rebuilds the create's answer from what exists now: the resource, its first action (a
    /// `create_*` one when there is one) as `action`, the others as `next_actions`, all of them as
    /// `actions`; fields only the lost answer held (a server's `root_password`) are null.
    async fn compose(&self, op: &Operation, what: &CreateRecovery, found: Value, call: &Call) -> Result<Bytes, Error> {
        let id = found["id"].as_i64().unwrap_or_default();
        let shape = &op.result;
        let actions = match what.actions_path {
            Some(path) if shape.action || shape.actions || shape.next_actions => {
                let path = path.replace("{id}", &id.to_string()).replace("{id_or_name}", &id.to_string());
                self.actions_of(&path, call).await?
            }
            _ => Vec::new(),
        };
        let mut out = Map::new();
        out.insert(what.key.to_owned(), found);
        if shape.action || shape.next_actions {
            let first = actions
                .iter()
                .position(|a| a["command"].as_str().is_some_and(|c| c.starts_with("create")))
                .or((!actions.is_empty()).then_some(0));
            let action = first.map(|i| actions[i].clone()).unwrap_or(Value::Null);
            if shape.action {
                out.insert("action".to_owned(), action);
            }
            if shape.next_actions {
                let next = actions.iter().enumerate().filter(|(i, _)| Some(*i) != first).map(|(_, a)| a.clone());
                out.insert("next_actions".to_owned(), Value::Array(next.collect()));
            }
        }
        if shape.actions {
            out.insert("actions".to_owned(), Value::Array(actions));
        }
        for k in what.others {
            out.insert((*k).to_owned(), Value::Null);
        }
        Ok(Bytes::from(Value::Object(out).to_string()))
    }

    /// The 50 newest actions of `path` (e.g. `/servers/42/actions`), oldest first.
    async fn actions_of(&self, path: &str, call: &Call) -> Result<Vec<Value>, Error> {
        let mut req = Request::new(Method::GET, path);
        req.query = vec![("sort".to_owned(), "id:desc".to_owned()), ("per_page".to_owned(), "50".to_owned())];
        let list: Json<Value> = decode(&req, self.send_in(&req, call).await?)?;
        let mut actions = list.value["actions"].as_array().cloned().unwrap_or_default();
        actions.reverse();
        Ok(actions)
    }

    /// Sends an action POST; after an ambiguous failure it looks among the resource's actions
    /// (`actions_path`) for ones of its `commands` started since the call began before resending.
    pub(crate) async fn send_action(
        &self,
        op: &Operation,
        actions_path: &str,
        commands: &[&str],
        req: &Request,
        call: &Call,
    ) -> Result<Response, Error> {
        let started = unix_now();
        let mut attempts = 0;
        let mut delays = retry::schedule(&self.inner.config.retry);
        loop {
            let err = match self.send_in(req, call).await {
                Ok(resp) => return Ok(Response { attempts: attempts + resp.attempts, ..resp }),
                Err(e) => e,
            };
            attempts += err.attempts;
            if !err.ambiguous {
                return Err(Error { attempts, ..err });
            }
            let ours = |a: &Value, command: &str| {
                a["command"].as_str() == Some(command)
                    && a["started"].as_str().and_then(parse_rfc3339).is_some_and(|t| t >= started - ACTION_SKEW_S)
            };
            let actions = self.actions_of(actions_path, call).await?;
            if let Some(action) = actions.iter().rev().find(|a| ours(a, commands[0])) {
                let body = if op.result.actions {
                    let all: Vec<&Value> = actions.iter().filter(|a| commands.iter().any(|c| ours(a, c))).collect();
                    json!({ "actions": all })
                } else {
                    json!({ "action": action })
                };
                let body = Bytes::from(body.to_string());
                return Ok(Response { status: 201, body, correlation_id: err.correlation_id, attempts, shape: None });
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

    /// Sends any request, with the recovery of the table's operation it addresses (an action
    /// POST looks for its action before a resend, a create for its resource); a path the table
    /// does not know is sent through the pipeline alone.
    pub(crate) async fn send_recovering(&self, req: &Request, call: &Call) -> Result<Response, Error> {
        let Some((op, params)) = crate::operation::match_path(&req.method, &req.path) else {
            return self.send_in(req, call).await;
        };
        let body: Option<Map<String, Value>> = req.body.as_deref().and_then(|b| serde_json::from_slice(b).ok());
        self.run(op, &params, req, body.as_ref(), call).await
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

    fn wanted(id: &str, body: &Map<String, Value>) -> bool {
        let op = &crate::operation::OPERATIONS[crate::operation::find(id).unwrap()];
        let crate::operation::Recovery::Create(what) = &op.recovery else { panic!("{id} is a create") };
        let found = json!({ "name": "web", "created": "2026-11-25T22:25:25+00:00", "labels": { "a": "b" },
            "server_type": { "name": "cx22", "id": 1 }, "image": { "name": "ubuntu-24.04", "id": 7 },
            "public_key": "ssh-ed25519 AAAA other-comment" });
        let now = 1_795_645_525.0;
        Wanted { what, body, name: "web" }.is_ours(&found, now - 10.0, now)
    }

    #[test]
    fn recognises_our_resources() {
        let body = |v: Value| v.as_object().unwrap().clone();
        let server = json!({ "name": "web", "server_type": "cx22", "image": "ubuntu-24.04", "labels": { "a": "b" } });
        assert!(wanted("create_server", &body(server.clone())));
        let mut other_type = server.clone();
        other_type["server_type"] = json!("cx32");
        assert!(!wanted("create_server", &body(other_type)));
        let mut by_id = server.clone();
        by_id["image"] = json!("7");
        assert!(wanted("create_server", &body(by_id)));
        let mut other_labels = server;
        other_labels["labels"] = json!({ "a": "c" });
        assert!(!wanted("create_server", &body(other_labels)));
        let key = json!({ "name": "web", "public_key": "ssh-ed25519 AAAA me@x", "labels": { "a": "b" } });
        assert!(wanted("create_ssh_key", &body(key)));
        let other_key = json!({ "name": "web", "public_key": "ssh-ed25519 BBBB me@x", "labels": { "a": "b" } });
        assert!(!wanted("create_ssh_key", &body(other_key)));
        assert!(wanted("create_firewall", &body(json!({ "name": "web", "labels": { "a": "b" } }))));
    }

    #[test]
    fn created_long_before_the_call_is_not_ours() {
        let op = &crate::operation::OPERATIONS[crate::operation::find("create_firewall").unwrap()];
        let crate::operation::Recovery::Create(what) = &op.recovery else { panic!() };
        let body = json!({ "name": "web" });
        let found = json!({ "name": "web", "created": "2026-11-25T22:25:25+00:00", "labels": {} });
        let w = Wanted { what, body: body.as_object().unwrap(), name: "web" };
        assert!(w.is_ours(&found, 1_795_645_525.0, 1_795_645_525.0));
        assert!(!w.is_ours(&found, 1_795_645_525.0 + 3600.0, 1_795_645_525.0 + 3600.0));
    }

    #[test]
    fn finds_the_resource_of_a_path() {
        assert_eq!(resource_of("/servers/42/actions/poweron"), Some(("servers", 42, "actions/poweron")));
        assert_eq!(resource_of("/servers/42"), Some(("servers", 42, "")));
        assert_eq!(resource_of("/servers"), None);
    }
}
