//! Secrets never leave the client: every error and every log line passes through [`Secrets`],
//! which replaces the API token, and the sensitive values of the request being sent
//! (`user_data`, `root_password`, passwords, private keys), wherever they appear: in codes,
//! messages, details, correlation ids, failed actions, and the keys and values of JSON.

use std::sync::Arc;

use serde_json::Value;

use crate::error::Error;

pub const REDACTED: &str = "[REDACTED]";

/// Request fields whose string values are secrets.
const SENSITIVE_KEYS: &[&str] = &["user_data", "root_password", "password", "private_key"];
/// Shorter values are not redacted: replacing `"a"` everywhere would garble every message,
/// and a secret that short protects nothing.
const MIN_SECRET_LEN: usize = 6;

/// The texts to scrub. Cheap to clone.
#[derive(Clone, Default)]
pub struct Secrets(Arc<[String]>);

impl std::fmt::Debug for Secrets {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Secrets({} values)", self.0.len())
    }
}

impl Secrets {
    pub fn new(values: impl IntoIterator<Item = String>) -> Self {
        // A server that echoes a request body quotes its values JSON-escaped (`\n`, `\"`).
        let mut v: Vec<String> = values
            .into_iter()
            .filter(|s| s.len() >= MIN_SECRET_LEN)
            .flat_map(|s| {
                let quoted = serde_json::to_string(&s).unwrap_or_default();
                let escaped = quoted.get(1..quoted.len().saturating_sub(1)).unwrap_or_default().to_owned();
                [s, escaped]
            })
            .filter(|s| s.len() >= MIN_SECRET_LEN)
            .collect();
        // Longest first, so that a secret containing another is replaced whole.
        v.sort_by_key(|s| std::cmp::Reverse(s.len()));
        v.dedup();
        Secrets(v.into())
    }

    /// These secrets plus the sensitive values found in a JSON request body.
    pub fn with_body(&self, body: Option<&[u8]>) -> Secrets {
        let Some(value) = body.and_then(|b| serde_json::from_slice::<Value>(b).ok()) else {
            return self.clone();
        };
        let mut found = Vec::new();
        collect_sensitive(&value, &mut found);
        if found.is_empty() {
            return self.clone();
        }
        Secrets::new(self.0.iter().cloned().chain(found))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// `text` with every secret replaced by `[REDACTED]`.
    pub fn text(&self, text: &str) -> Option<String> {
        let mut out: Option<String> = None;
        for s in self.0.iter() {
            let cur = out.as_deref().unwrap_or(text);
            if cur.contains(s.as_str()) {
                out = Some(cur.replace(s.as_str(), REDACTED));
            }
        }
        out
    }

    fn string(&self, s: &mut String) {
        if let Some(clean) = self.text(s) {
            *s = clean;
        }
    }

    /// Scrubs every string, and every object key, of a JSON value.
    pub fn value(&self, v: &mut Value) {
        if self.0.is_empty() {
            return;
        }
        match v {
            Value::String(s) => self.string(s),
            Value::Array(items) => items.iter_mut().for_each(|i| self.value(i)),
            Value::Object(map) => {
                if map.keys().any(|k| self.text(k).is_some()) {
                    let old = std::mem::take(map);
                    for (k, val) in old {
                        map.insert(self.text(&k).unwrap_or(k), val);
                    }
                }
                map.values_mut().for_each(|i| self.value(i));
            }
            _ => {}
        }
    }

    /// Scrubs every field of an error that a user may print.
    pub fn error(&self, mut e: Error) -> Error {
        if self.0.is_empty() {
            return e;
        }
        self.string(&mut e.code);
        self.string(&mut e.message);
        for s in [&mut e.method, &mut e.path, &mut e.correlation_id].into_iter().flatten() {
            self.string(s);
        }
        for v in [&mut e.details, &mut e.action].into_iter().flatten() {
            self.value(v);
        }
        e
    }
}

fn collect_sensitive(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(map) => {
            for (k, val) in map {
                match val {
                    Value::String(s) if SENSITIVE_KEYS.contains(&k.as_str()) => out.push(s.clone()),
                    other => collect_sensitive(other, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|i| collect_sensitive(i, out)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn scrubs_every_field_of_an_error() {
        let s = Secrets::new(["tok-123456".to_owned()]);
        let mut e = Error::new("tok-123456", "bad tok-123456 here");
        e.correlation_id = Some("x-tok-123456".into());
        e.details = Some(json!({"fields": [{"name": "tok-123456", "messages": ["tok-123456!"]}], "tok-123456": 1}));
        e.action = Some(json!({"error": {"message": "echo tok-123456"}}));
        let e = s.error(e);
        let all = format!("{} {:?} {:?} {:?} {}", e.code, e.correlation_id, e.details, e.action, e.message);
        assert!(!all.contains("tok-123456"), "{all}");
        assert_eq!(e.code, REDACTED);
        assert_eq!(e.details.unwrap()[REDACTED], 1);
    }

    #[test]
    fn finds_sensitive_values_in_request_bodies() {
        let s = Secrets::new(["token-abcdef".to_owned()]);
        let body = br##"{"name":"web","user_data":"#cloud-config\npassword: hunter22","nested":[{"root_password":"p4ssw0rd!"}],"short":"ab"}"##;
        let s = s.with_body(Some(body));
        assert_eq!(s.text("ud=#cloud-config\npassword: hunter22").as_deref(), Some("ud=[REDACTED]"));
        assert_eq!(s.text("p4ssw0rd!").as_deref(), Some(REDACTED));
        // Echoed inside JSON text, escaped.
        let echoed = r##"{"user_data":"#cloud-config\npassword: hunter22"}"##;
        assert_eq!(s.text(echoed).as_deref(), Some(r#"{"user_data":"[REDACTED]"}"#));
        assert_eq!(s.text("web"), None);
    }

    #[test]
    fn short_values_are_not_secrets() {
        assert!(Secrets::new(["abc".to_owned()]).is_empty());
    }
}
