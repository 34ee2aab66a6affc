//! Conformance of logged responses to the API document (`spec/cloud.spec.json`): each JSON body
//! is validated against the schema of its operation and status, and each 2xx body is checked to
//! hold every property its schema defines (required or not; an explicit `null` counts).
//! `check_log` does both for a request log; the two halves are public for tests that report them
//! apart. `assert_conforms` runs it on an emulator's log and fails the test on any problem.
//! Where the emulator knowingly answers other than the document says, `DEVIATIONS` names the
//! schema that describes its answer.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::PathBuf;

use hcloud_emulator::LoggedRequest;
use serde_json::Value;

use super::Api;

/// An operation's answer: (method, path template, status).
type Answer = (&'static str, &'static str, u16);

/// Answers the emulator gives on purpose where the document says otherwise:
/// `(method, path template, status)` answered -> `(method, path template, status)` of the
/// document whose response schema describes that answer.
const DEVIATIONS: &[(Answer, Answer)] = &[
    // The document says 204 without a body, but Hetzner's official Python client (hcloud 2.27)
    // reads `response["action"]`: the emulator answers 201 `{"action": ...}`, the body of
    // `DELETE /servers/{id}`.
    (("DELETE", "/load_balancers/{id}", 201), ("DELETE", "/servers/{id}", 200)),
];

/// Properties the document defines that an answer leaves out when they are not set: the end of
/// their JSON path (as `missing_properties` writes it, arrays as `[]`).
const ABSENT_WHEN_UNSET: &[&str] = &[
    // TSIG fields are plain strings in the document (no `null`): a zone's primary nameserver
    // without a TSIG key has neither.
    "primary_nameservers[].tsig_key",
    "primary_nameservers[].tsig_algorithm",
];

/// The copy of the API document committed in the repository (written by `npm run generate`).
pub fn spec_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../spec/cloud.spec.json")
}

pub fn load_spec() -> Value {
    let path = spec_path();
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text).expect("the API document is valid JSON")
}

/// Every non-deprecated operation of the document, as (METHOD, path template), document order.
pub fn operations(spec: &Value) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (path, item) in spec["paths"].as_object().expect("paths") {
        for verb in ["get", "post", "put", "delete", "patch"] {
            if let Some(op) = item.get(verb)
                && op.get("deprecated") != Some(&Value::Bool(true))
            {
                out.push((verb.to_uppercase(), path.clone()));
            }
        }
    }
    out
}

/// `/servers/{id}` -> `/paths/~1servers~1{id}`.
pub fn path_pointer(template: &str) -> String {
    format!("/paths/{}", template.replace('~', "~0").replace('/', "~1"))
}

/// Inlines every local `$ref` (`#/...`).
pub fn resolve(node: &Value, root: &Value) -> Value {
    fn go(node: &Value, root: &Value, depth: usize) -> Value {
        assert!(depth < 64, "$ref nesting too deep (cycle?)");
        match node {
            Value::Object(map) => {
                if let Some(Value::String(r)) = map.get("$ref") {
                    let target =
                        root.pointer(r.trim_start_matches('#')).unwrap_or_else(|| panic!("unresolvable $ref {r}"));
                    return go(target, root, depth + 1);
                }
                Value::Object(map.iter().map(|(k, v)| (k.clone(), go(v, root, depth + 1))).collect())
            }
            Value::Array(items) => Value::Array(items.iter().map(|v| go(v, root, depth + 1)).collect()),
            other => other.clone(),
        }
    }
    go(node, root, 0)
}

/// The response schema for an operation and status (the status, else `4xx`/`5xx`, else `default`);
/// for an answer in `DEVIATIONS`, the schema of the answer it gives instead.
pub fn response_schema(spec: &Value, op: &str, method: &str, status: u16) -> Option<Value> {
    if let Some(&(_, (m, o, s))) =
        DEVIATIONS.iter().find(|((m, o, s), _)| m.eq_ignore_ascii_case(method) && *o == op && *s == status)
    {
        return response_schema(spec, o, m, s);
    }
    let responses = spec.pointer(&format!("{}/{}/responses", path_pointer(op), method.to_lowercase()))?.as_object()?;
    let key = [status.to_string(), format!("{}xx", status / 100), "default".into()]
        .into_iter()
        .find(|k| responses.contains_key(k))?;
    let resp = resolve(&responses[&key], spec);
    resp.pointer("/content/application~1json/schema").cloned()
}

fn compile(schema: &Value) -> jsonschema::Validator {
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(schema)
        .unwrap_or_else(|e| panic!("schema compiles: {e}"))
}

fn describe(entry: &LoggedRequest, op: &str) -> String {
    format!(
        "{} {}{} -> {} ({})",
        entry.method,
        entry.path,
        if entry.query.is_empty() { String::new() } else { format!("?{}", entry.query) },
        entry.status,
        if op.is_empty() { "no operation" } else { op }
    )
}

/// Validates every logged JSON body against the document; returns the problems and how many
/// bodies were checked.
pub fn validate_log(spec: &Value, log: &[LoggedRequest]) -> (Vec<String>, usize) {
    let generic_error = response_schema(spec, "/servers", "GET", 404).expect("4xx schema");
    let mut validators: BTreeMap<(String, String, u16), jsonschema::Validator> = BTreeMap::new();
    let mut problems = Vec::new();
    let mut checked = 0;
    for entry in log {
        // A malformed body is the fault's point; other faults (drops, delays, trickles) carry the
        // body that processing produced, so it must match the operation's schema.
        if entry.fault.as_deref() == Some("malformed") {
            continue;
        }
        let Some(body) = &entry.response_body else {
            // 204 has no body; 0 and 499 mean the connection closed before an answer.
            if !matches!(entry.status, 0 | 204 | 499) {
                problems.push(format!("{} {} -> {}: no JSON body logged", entry.method, entry.path, entry.status));
            }
            continue;
        };
        let op = entry.operation.clone().unwrap_or_default();
        let key = (entry.method.clone(), op.clone(), entry.status);
        if !validators.contains_key(&key) {
            let schema = if op.is_empty() || entry.fault.as_deref() == Some("status") {
                Some(generic_error.clone())
            } else {
                response_schema(spec, &op, &entry.method, entry.status)
            };
            let Some(schema) = schema else {
                problems.push(format!(
                    "{} {op} -> {}: the spec has no response schema for this status",
                    entry.method, entry.status
                ));
                continue;
            };
            validators.insert(key.clone(), compile(&schema));
        }
        checked += 1;
        let errors: Vec<String> =
            validators[&key].iter_errors(body).map(|e| format!("{} at {}", e, e.instance_path())).collect();
        if !errors.is_empty() {
            problems.push(format!("{}:\n    {}", describe(entry, &op), errors.join("\n    ")));
        }
    }
    (problems, checked)
}

/// Every property the document defines for a 2xx body that a logged body lacks, as
/// `METHOD /template -> status: json.path` (arrays as `[]`), sorted and deduplicated.
pub fn missing_properties(spec: &Value, log: &[LoggedRequest]) -> Vec<String> {
    let mut schemas: HashMap<(String, String, u16), Option<Value>> = HashMap::new();
    let mut branches = Branches::default();
    let mut missing = BTreeSet::new();
    for entry in log {
        let (Some(op), Some(body)) = (&entry.operation, &entry.response_body) else { continue };
        if !(200..300).contains(&entry.status) || matches!(entry.fault.as_deref(), Some("malformed" | "status")) {
            continue;
        }
        let key = (entry.method.clone(), op.clone(), entry.status);
        let schema = schemas.entry(key).or_insert_with(|| response_schema(spec, op, &entry.method, entry.status));
        let Some(schema) = schema else { continue };
        let mut found = BTreeSet::new();
        walk(schema, body, "", &mut branches, &mut found);
        found.retain(|path| !ABSENT_WHEN_UNSET.iter().any(|end| path.ends_with(end)));
        missing.extend(found.into_iter().map(|path| format!("{} {op} -> {}: {path}", entry.method, entry.status)));
    }
    missing.into_iter().collect()
}

/// A property the document describes as set only in some cases ("Only set for `type` `server`,
/// otherwise `null`") while its schema does not allow `null`: leaving it out is the only way
/// to answer that validates, so its absence is not reported.
fn conditional(schema: &Value) -> bool {
    let nullable = match schema.get("type") {
        Some(Value::Array(types)) => types.iter().any(|t| t == "null"),
        Some(Value::String(t)) => t == "null",
        _ => schema.get("nullable").and_then(Value::as_bool).unwrap_or(false),
    };
    let text = schema.get("description").and_then(Value::as_str).unwrap_or_default();
    !nullable && text.contains("Only set for")
}

/// Validators of `oneOf`/`anyOf` branches, by the branch's text.
#[derive(Default)]
struct Branches(HashMap<String, jsonschema::Validator>);

impl Branches {
    fn matches(&mut self, branch: &Value, value: &Value) -> bool {
        self.0.entry(branch.to_string()).or_insert_with(|| compile(branch)).is_valid(value)
    }
}

fn walk(schema: &Value, value: &Value, path: &str, branches: &mut Branches, missing: &mut BTreeSet<String>) {
    if value.is_null() {
        return;
    }
    // allOf: the members' properties together.
    for member in schema.get("allOf").and_then(Value::as_array).into_iter().flatten() {
        walk(member, value, path, branches, missing);
    }
    // oneOf/anyOf: the first branch the value is valid against (none: validation reports it).
    if let Some(options) = schema.get("oneOf").or_else(|| schema.get("anyOf")).and_then(Value::as_array)
        && let Some(branch) = options.iter().find(|b| branches.matches(b, value))
    {
        walk(branch, value, path, branches, missing);
    }
    match value {
        Value::Object(map) => {
            let props = schema.get("properties").and_then(Value::as_object);
            for (name, sub) in props.into_iter().flatten() {
                let at = if path.is_empty() { name.clone() } else { format!("{path}.{name}") };
                match map.get(name) {
                    Some(v) => walk(sub, v, &at, branches, missing),
                    None if conditional(sub) => {}
                    None => {
                        missing.insert(at);
                    }
                }
            }
            if let Some(extra @ Value::Object(_)) = schema.get("additionalProperties") {
                for (name, v) in map {
                    if props.is_none_or(|p| !p.contains_key(name)) {
                        walk(extra, v, &format!("{path}.*"), branches, missing);
                    }
                }
            }
        }
        Value::Array(items) => {
            if let Some(item) = schema.get("items") {
                for v in items {
                    walk(item, v, &format!("{path}[]"), branches, missing);
                }
            }
        }
        _ => {}
    }
}

/// Both checks for every logged request with a body: the problems, empty when all conform.
pub fn check_log(spec: &Value, log: &[LoggedRequest]) -> Vec<String> {
    let (mut problems, _) = validate_log(spec, log);
    problems.extend(missing_properties(spec, log).into_iter().map(|m| format!("missing property: {m}")));
    problems
}

/// Checks every response `api` logged against the document (`check_log`) and panics listing every
/// problem. At least a few of the bodies must be answers of operations whose path template starts
/// with one of `prefixes` (what the calling test is about), so the check is not vacuous there.
pub fn assert_conforms(api: &Api, prefixes: &[&str]) {
    let spec = load_spec();
    let log = api.emu.requests();
    let own = log
        .iter()
        .filter(|e| e.response_body.is_some())
        .filter(|e| e.operation.as_deref().is_some_and(|op| prefixes.iter().any(|p| op.starts_with(p))))
        .count();
    assert!(own >= 3, "only {own} logged response bodies of operations under {prefixes:?}");
    let problems = check_log(&spec, &log);
    assert!(
        problems.is_empty(),
        "{} problems in {} logged responses:\n{}",
        problems.len(),
        log.len(),
        problems.join("\n")
    );
}
