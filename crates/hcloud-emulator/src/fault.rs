//! Fault rules: which requests they hit and what they do.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// A fault rule. The JSON form (control API) is the serde form of this struct, with the
/// [`FaultKind`] fields flattened in, e.g.
/// `{"method":"POST","path":"/v1/servers","times":2,"kind":"status","status":503,"code":"unavailable"}`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Fault {
    /// HTTP method to match (case-insensitive); `None` matches any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// Path pattern including `/v1`: `*` matches one segment, a final `**` any rest.
    pub path: String,
    /// Apply to the next N matching requests. Default: 1 without `probability`, unlimited with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub times: Option<u32>,
    /// Apply to each matching request with this probability (seeded, so deterministic).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub probability: Option<f64>,
    #[serde(flatten)]
    pub kind: FaultKind,
}

/// What a fault does to the request it hits.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FaultKind {
    /// Answer with this status and API error body, without processing; `headers` override
    /// response headers (e.g. `RateLimit-Remaining` on a 429).
    Status {
        status: u16,
        code: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        message: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        details: Option<serde_json::Value>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        headers: Option<BTreeMap<String, String>>,
    },
    /// Wait this many real milliseconds, then process normally.
    Delay { ms: u64 },
    /// Close the connection without processing or answering.
    DropBefore,
    /// Process (state changes are kept), then close the connection without answering.
    DropAfter,
    /// Process, then answer 200 with a body that is not JSON.
    Malformed,
    /// Process, then send the full Content-Length but only half the body, and close.
    Truncated,
    /// Process, then send the body at this rate.
    Trickle { bytes_per_second: u64 },
}

impl FaultKind {
    /// The snake_case name recorded in the request log.
    pub fn name(&self) -> &'static str {
        match self {
            FaultKind::Status { .. } => "status",
            FaultKind::Delay { .. } => "delay",
            FaultKind::DropBefore => "drop_before",
            FaultKind::DropAfter => "drop_after",
            FaultKind::Malformed => "malformed",
            FaultKind::Truncated => "truncated",
            FaultKind::Trickle { .. } => "trickle",
        }
    }
}

impl Fault {
    /// Checks the rule's own consistency.
    pub fn validate(&self) -> Result<(), String> {
        if !self.path.starts_with('/') {
            return Err("path must start with '/'".into());
        }
        if let Some(p) = self.probability
            && !(0.0..=1.0).contains(&p)
        {
            return Err("probability must be between 0 and 1".into());
        }
        if let FaultKind::Status { status, .. } = &self.kind
            && !(100..=999).contains(status)
        {
            return Err("status must be a valid HTTP status".into());
        }
        Ok(())
    }
}

/// Does `pattern` (segments, `*`, trailing `**`) match `path`?
pub(crate) fn path_matches(pattern: &str, path: &str) -> bool {
    let mut pat = pattern.trim_end_matches('/').split('/');
    let mut segs = path.trim_end_matches('/').split('/');
    loop {
        match (pat.next(), segs.next()) {
            (Some("**"), _) => return true,
            (Some(p), Some(s)) => {
                if p != "*" && p != s {
                    return false;
                }
            }
            (None, None) => return true,
            _ => return false,
        }
    }
}

struct Active {
    fault: Fault,
    remaining: Option<u32>,
}

/// The active fault rules and the RNG that decides probabilistic ones.
pub(crate) struct FaultSet {
    active: Vec<Active>,
    rng: fastrand::Rng,
}

impl FaultSet {
    pub fn new(seed: u64) -> FaultSet {
        FaultSet { active: Vec::new(), rng: fastrand::Rng::with_seed(seed ^ 0x6661_756c_7473) }
    }

    pub fn len(&self) -> usize {
        self.active.len()
    }

    pub fn add(&mut self, fault: Fault) {
        let remaining = match (fault.times, fault.probability) {
            (Some(n), _) => Some(n),
            (None, None) => Some(1),
            (None, Some(_)) => None,
        };
        if remaining == Some(0) {
            return;
        }
        self.active.push(Active { fault, remaining });
    }

    pub fn clear(&mut self) {
        self.active.clear();
    }

    pub fn reset(&mut self, seed: u64) {
        *self = FaultSet::new(seed);
    }

    /// The rules still active, with `times` showing what is left.
    pub fn list(&self) -> Vec<Fault> {
        self.active.iter().map(|a| Fault { times: a.remaining, ..a.fault.clone() }).collect()
    }

    /// Finds the first rule that fires for this request and consumes one use of it.
    pub fn pick(&mut self, method: &str, path: &str) -> Option<FaultKind> {
        let mut hit = None;
        for (i, a) in self.active.iter().enumerate() {
            if let Some(m) = &a.fault.method
                && !m.eq_ignore_ascii_case(method)
            {
                continue;
            }
            if !path_matches(&a.fault.path, path) {
                continue;
            }
            if let Some(p) = a.fault.probability
                && self.rng.f64() >= p
            {
                continue;
            }
            hit = Some(i);
            break;
        }
        let i = hit?;
        let a = &mut self.active[i];
        let kind = a.fault.kind.clone();
        if let Some(n) = a.remaining.as_mut() {
            *n -= 1;
            if *n == 0 {
                self.active.remove(i);
            }
        }
        Some(kind)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns() {
        assert!(path_matches("/v1/servers", "/v1/servers"));
        assert!(!path_matches("/v1/servers", "/v1/servers/1"));
        assert!(path_matches("/v1/servers/*", "/v1/servers/1"));
        assert!(!path_matches("/v1/servers/*", "/v1/servers"));
        assert!(!path_matches("/v1/servers/*", "/v1/servers/1/actions"));
        assert!(path_matches("/v1/**", "/v1/servers/1/actions/poweron"));
        assert!(path_matches("/v1/**", "/v1"));
        assert!(path_matches("/v1/*/1", "/v1/ssh_keys/1"));
        assert!(path_matches("/**", "/anything"));
    }

    #[test]
    fn json_form() {
        let f: Fault = serde_json::from_str(
            r#"{"method":"POST","path":"/v1/servers","kind":"status","status":503,"code":"unavailable"}"#,
        )
        .unwrap();
        assert!(matches!(f.kind, FaultKind::Status { status: 503, .. }));
        let f: Fault = serde_json::from_str(r#"{"path":"/v1/**","kind":"drop_before"}"#).unwrap();
        assert_eq!(f.kind, FaultKind::DropBefore);
        let f: Fault = serde_json::from_str(r#"{"path":"/v1/**","kind":"trickle","bytes_per_second":10}"#).unwrap();
        assert_eq!(f.kind, FaultKind::Trickle { bytes_per_second: 10 });
        let back = serde_json::to_value(&f).unwrap();
        assert_eq!(back["kind"], "trickle");
    }

    #[test]
    fn times_and_probability() {
        let mut set = FaultSet::new(1);
        set.add(Fault {
            method: None,
            path: "/v1/**".into(),
            times: Some(2),
            probability: None,
            kind: FaultKind::Malformed,
        });
        assert!(set.pick("GET", "/v1/servers").is_some());
        assert!(set.pick("GET", "/v1/servers").is_some());
        assert!(set.pick("GET", "/v1/servers").is_none());
        set.add(Fault {
            method: Some("get".into()),
            path: "/v1/**".into(),
            times: None,
            probability: Some(0.5),
            kind: FaultKind::Malformed,
        });
        let hits = (0..1000).filter(|_| set.pick("GET", "/v1/x").is_some()).count();
        assert!((400..600).contains(&hits), "{hits}");
        assert!(set.pick("POST", "/v1/x").is_none());
    }
}
