//! Resources kept as the JSON objects the API serves (volumes, networks, IPs, load balancers,
//! certificates, placement groups, images made by servers, ISOs, zones, ...).
//!
//! Each object is stored exactly as its `GET` answer shows it, so the behaviour every resource
//! shares (lists, label selectors, sort, pagination, protection, name uniqueness, updates) works
//! on any of them in one place (`api/generic.rs`); a resource's own file only says what differs.
//! A change that the API makes when an action ends (a volume becoming `available`, a certificate
//! becoming `issued`) is scheduled with [`Res::later`] and shows from that instant on; nothing
//! runs in the background.

use std::collections::{BTreeMap, HashMap};

use serde_json::{Map, Value};

use crate::clock::{Clock, Timestamp};
use crate::labels::Labels;
use crate::state::EmuMs;

/// A field change that takes effect at an emulated instant.
pub(crate) struct Later {
    pub at: EmuMs,
    /// JSON pointer into the object (e.g. `/status`, `/status/issuance`).
    pub pointer: String,
    pub value: Value,
}

/// One stored resource.
pub(crate) struct Res {
    pub obj: Map<String, Value>,
    pub later: Vec<Later>,
}

impl Res {
    pub fn new(obj: Map<String, Value>) -> Res {
        Res { obj, later: Vec::new() }
    }

    pub fn id(&self) -> i64 {
        self.obj.get("id").and_then(Value::as_i64).unwrap_or(0)
    }

    pub fn name(&self) -> Option<&str> {
        self.obj.get("name").and_then(Value::as_str)
    }

    pub fn get(&self, key: &str) -> Option<&Value> {
        self.obj.get(key).filter(|v| !v.is_null())
    }

    pub fn str(&self, key: &str) -> Option<&str> {
        self.obj.get(key).and_then(Value::as_str)
    }

    pub fn i64(&self, key: &str) -> Option<i64> {
        self.obj.get(key).and_then(Value::as_i64)
    }

    pub fn set(&mut self, key: &str, value: Value) {
        self.obj.insert(key.to_string(), value);
    }

    /// Sets the field at `pointer` to `value` once `at` has come.
    pub fn later(&mut self, at: EmuMs, pointer: &str, value: Value) {
        self.later.push(Later { at, pointer: pointer.to_string(), value });
    }

    /// The labels as a map (empty when absent).
    pub fn labels(&self) -> Labels {
        match self.obj.get("labels") {
            Some(Value::Object(m)) => {
                m.iter().map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_string())).collect()
            }
            _ => Labels::new(),
        }
    }

    /// `protection.delete`.
    pub fn delete_protected(&self) -> bool {
        self.obj.get("protection").and_then(|p| p.get("delete")).and_then(Value::as_bool).unwrap_or(false)
    }

    /// The object as served at `now` (scheduled changes that are due applied).
    pub fn view(&self, now: EmuMs) -> Value {
        let mut v = Value::Object(self.obj.clone());
        for l in self.later.iter().filter(|l| l.at <= now) {
            if let Some(slot) = v.pointer_mut(&l.pointer) {
                *slot = l.value.clone();
            }
        }
        v
    }

    /// The value at `pointer` as served at `now`, without copying the object (the last due
    /// change scheduled for exactly this pointer, else the stored value).
    pub fn current(&self, now: EmuMs, pointer: &str) -> Option<&Value> {
        if let Some(l) = self.later.iter().rev().find(|l| l.at <= now && l.pointer == pointer) {
            return Some(&l.value);
        }
        let rest = pointer.strip_prefix('/')?;
        let (head, tail) = rest.split_once('/').map_or((rest, None), |(h, t)| (h, Some(t)));
        let value = self.obj.get(&head.replace("~1", "/").replace("~0", "~"))?;
        match tail {
            None => Some(value),
            Some(t) => value.pointer(&format!("/{t}")),
        }
    }

    /// [`Res::current`], owned.
    pub fn at(&self, now: EmuMs, pointer: &str) -> Option<Value> {
        self.current(now, pointer).cloned()
    }

    /// Makes due changes permanent (before a mutation reads or writes the object).
    pub fn settle(&mut self, now: EmuMs) {
        if self.later.iter().all(|l| l.at > now) {
            return;
        }
        let mut v = Value::Object(std::mem::take(&mut self.obj));
        let mut rest = Vec::new();
        for l in self.later.drain(..) {
            if l.at <= now {
                if let Some(slot) = v.pointer_mut(&l.pointer) {
                    *slot = l.value;
                }
            } else {
                rest.push(l);
            }
        }
        self.later = rest;
        if let Value::Object(m) = v {
            self.obj = m;
        }
    }

    /// Drops scheduled changes of `pointer` (a new action supersedes them).
    pub fn cancel_later(&mut self, pointer: &str) {
        self.later.retain(|l| l.pointer != pointer);
    }
}

/// Every stored resource, by kind (the resource type actions name: `volume`, `network`, ...).
#[derive(Default)]
pub(crate) struct Store {
    kinds: HashMap<&'static str, BTreeMap<i64, Res>>,
}

impl Store {
    pub fn all(&self, kind: &str) -> impl Iterator<Item = &Res> {
        self.kinds.get(kind).into_iter().flat_map(|m| m.values())
    }

    pub fn all_mut(&mut self, kind: &str) -> impl Iterator<Item = &mut Res> {
        self.kinds.get_mut(kind).into_iter().flat_map(|m| m.values_mut())
    }

    pub fn get(&self, kind: &str, id: i64) -> Option<&Res> {
        self.kinds.get(kind)?.get(&id)
    }

    /// A resource for a mutation: due changes are settled first.
    pub fn get_mut(&mut self, kind: &str, id: i64, now: EmuMs) -> Option<&mut Res> {
        let r = self.kinds.get_mut(kind)?.get_mut(&id)?;
        r.settle(now);
        Some(r)
    }

    pub fn insert(&mut self, kind: &'static str, res: Res) {
        self.kinds.entry(kind).or_default().insert(res.id(), res);
    }

    pub fn remove(&mut self, kind: &str, id: i64) -> Option<Res> {
        self.kinds.get_mut(kind)?.remove(&id)
    }

    pub fn by_name(&self, kind: &str, name: &str) -> Option<&Res> {
        self.all(kind).find(|r| r.name() == Some(name))
    }
}

/// An RFC 3339 time for an emulated instant, as a JSON string.
pub(crate) fn time(clock: &Clock, at: EmuMs) -> Value {
    Value::String(Timestamp(clock.unix_ms(at)).to_string())
}

/// An object from `json!({...})`.
pub(crate) fn obj(v: Value) -> Map<String, Value> {
    match v {
        Value::Object(m) => m,
        _ => panic!("not an object"),
    }
}

/// Whether a JSON list of ids or `{ "id": .. }` objects holds `id`.
pub(crate) fn holds_id(list: Option<&Value>, id: i64) -> bool {
    list.and_then(Value::as_array)
        .is_some_and(|a| a.iter().any(|x| x.as_i64() == Some(id) || x.get("id").and_then(Value::as_i64) == Some(id)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn scheduled_changes_show_when_due_and_settle() {
        let mut r = Res::new(obj(json!({"id": 7, "status": "creating", "labels": {"a": "b"}})));
        r.later(100.0, "/status", json!("available"));
        assert_eq!(r.view(50.0)["status"], "creating");
        assert_eq!(r.view(100.0)["status"], "available");
        assert_eq!(r.at(150.0, "/status"), Some(json!("available")));
        assert_eq!(r.current(50.0, "/status"), Some(&json!("creating")));
        assert_eq!(r.current(50.0, "/labels/a"), Some(&json!("b")));
        assert_eq!(r.current(50.0, "/missing"), None);
        r.settle(150.0);
        assert!(r.later.is_empty());
        assert_eq!(r.obj["status"], "available");
        assert_eq!(r.labels().get("a").map(String::as_str), Some("b"));
        let mut s = Store::default();
        s.insert("volume", r);
        assert_eq!(s.get("volume", 7).map(Res::id), Some(7));
        assert!(holds_id(Some(&json!([1, {"id": 7}])), 7));
    }
}
