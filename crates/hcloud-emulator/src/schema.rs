//! Request body validation against the request schemas extracted from the OpenAPI document
//! (`request_schemas.json`, one per operation with a JSON body, written by `npm run generate`).
//!
//! Supports the keywords those schemas use: type, properties, required, additionalProperties,
//! items, enum, minLength, maxLength, minItems, maxItems, minimum, maximum, allOf, and
//! oneOf/anyOf (valid when any branch is). `pattern` and `format` are not checked. An explicit
//! `null` for an optional property counts as absent.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde_json::Value;

use crate::error::ApiError;

static SCHEMAS: OnceLock<HashMap<String, Value>> = OnceLock::new();

fn schemas() -> &'static HashMap<String, Value> {
    SCHEMAS.get_or_init(|| {
        let mut schemas: HashMap<String, Value> =
            serde_json::from_str(include_str!("request_schemas.json")).expect("request_schemas.json is valid JSON");
        // The note that the file is generated.
        schemas.remove("$generated");
        schemas
    })
}

/// The operations that have a request schema, sorted.
pub(crate) fn operations() -> Vec<String> {
    let mut ops: Vec<String> = schemas().keys().cloned().collect();
    ops.sort();
    ops
}

/// Whether `op` (e.g. `POST /servers`) has a request schema.
pub(crate) fn has_schema(op: &str) -> bool {
    schemas().contains_key(op)
}

/// Parses a JSON body and validates it against the schema of `op` (e.g. `POST /servers`).
pub(crate) fn parse_body(op: &str, body: &[u8]) -> Result<Value, ApiError> {
    if body.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(ApiError::json_error("request body is empty"));
    }
    let value: Value =
        serde_json::from_slice(body).map_err(|e| ApiError::json_error(format!("unable to parse JSON body: {e}")))?;
    let schema = schemas().get(op).unwrap_or_else(|| panic!("no request schema for {op}"));
    let mut errors = Vec::new();
    check(schema, &value, "", &mut errors);
    if errors.is_empty() { Ok(value) } else { Err(ApiError::invalid_fields(errors)) }
}

fn type_matches(t: &str, v: &Value) -> bool {
    match t {
        "string" => v.is_string(),
        "integer" => v.is_i64() || v.is_u64() || v.as_f64().is_some_and(|f| f.fract() == 0.0 && f.is_finite()),
        "number" => v.is_number(),
        "boolean" => v.is_boolean(),
        "object" => v.is_object(),
        "array" => v.is_array(),
        "null" => v.is_null(),
        _ => true,
    }
}

fn types_of(schema: &Value) -> Vec<&str> {
    match schema.get("type") {
        Some(Value::String(s)) => vec![s.as_str()],
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    }
}

fn allows_null(schema: &Value) -> bool {
    types_of(schema).contains(&"null")
}

fn field_name(path: &str) -> String {
    if path.is_empty() { "body".to_string() } else { path.to_string() }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() { key.to_string() } else { format!("{path}.{key}") }
}

fn check(schema: &Value, v: &Value, path: &str, errors: &mut Vec<(String, String)>) {
    for all in schema.get("allOf").and_then(Value::as_array).into_iter().flatten() {
        check(all, v, path, errors);
    }
    if let Some(branches) = schema.get("oneOf").or_else(|| schema.get("anyOf")).and_then(Value::as_array) {
        // Valid when one branch is; otherwise the errors of the branch that came closest.
        let mut best: Option<Vec<(String, String)>> = None;
        for branch in branches {
            let mut found = Vec::new();
            check(branch, v, path, &mut found);
            if best.as_ref().is_none_or(|b| found.len() < b.len()) {
                best = Some(found);
            }
        }
        errors.extend(best.unwrap_or_default());
    }
    let types = types_of(schema);
    if !types.is_empty() && !types.iter().any(|t| type_matches(t, v)) {
        let want = types.join(" or ");
        errors.push((field_name(path), format!("must be of type {want}")));
        return;
    }
    if let Some(allowed) = schema.get("enum").and_then(Value::as_array)
        && !allowed.contains(v)
    {
        let names: Vec<String> =
            allowed.iter().map(|a| a.as_str().map_or_else(|| a.to_string(), str::to_string)).collect();
        errors.push((field_name(path), format!("must be one of: {}", names.join(", "))));
        return;
    }
    match v {
        Value::String(s) => {
            let n = s.chars().count() as u64;
            if let Some(min) = schema.get("minLength").and_then(Value::as_u64)
                && n < min
            {
                errors.push((field_name(path), format!("is too short (minimum {min})")));
            }
            if let Some(max) = schema.get("maxLength").and_then(Value::as_u64)
                && n > max
            {
                errors.push((field_name(path), format!("is too long (maximum {max})")));
            }
        }
        Value::Number(n) => {
            let f = n.as_f64().unwrap_or(0.0);
            if let Some(min) = schema.get("minimum").and_then(Value::as_f64)
                && f < min
            {
                errors.push((field_name(path), format!("must be at least {min}")));
            }
            if let Some(max) = schema.get("maximum").and_then(Value::as_f64)
                && f > max
            {
                errors.push((field_name(path), format!("must be at most {max}")));
            }
        }
        Value::Array(items) => {
            let n = items.len() as u64;
            if let Some(min) = schema.get("minItems").and_then(Value::as_u64)
                && n < min
            {
                errors.push((field_name(path), format!("needs at least {min} items")));
            }
            if let Some(max) = schema.get("maxItems").and_then(Value::as_u64)
                && n > max
            {
                errors.push((field_name(path), format!("has more than {max} items")));
            }
            if let Some(item_schema) = schema.get("items") {
                for (i, item) in items.iter().enumerate() {
                    check(item_schema, item, &format!("{path}[{i}]"), errors);
                }
            }
        }
        Value::Object(map) => {
            let props = schema.get("properties").and_then(Value::as_object);
            let required: Vec<&str> = schema
                .get("required")
                .and_then(Value::as_array)
                .map(|r| r.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            for name in &required {
                let present = map
                    .get(*name)
                    .is_some_and(|x| !x.is_null() || props.and_then(|p| p.get(*name)).is_some_and(allows_null));
                if !present {
                    errors.push((join(path, name), "is required".to_string()));
                }
            }
            for (key, value) in map {
                let sub = props.and_then(|p| p.get(key));
                match sub {
                    Some(sub) => {
                        if value.is_null() && !allows_null(sub) {
                            // Optional property sent as null: treated as absent.
                            continue;
                        }
                        check(sub, value, &join(path, key), errors);
                    }
                    None => match schema.get("additionalProperties") {
                        Some(Value::Bool(false)) => {
                            errors.push((join(path, key), "unknown field".to_string()));
                        }
                        Some(extra @ Value::Object(_)) => {
                            check(extra, value, &join(path, key), errors);
                        }
                        _ => {}
                    },
                }
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(e: &ApiError) -> Vec<String> {
        e.details.as_ref().unwrap()["fields"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["name"].as_str().unwrap().to_string())
            .collect()
    }

    #[test]
    fn every_schema_loads() {
        assert!(schemas().len() >= 10, "{}", schemas().len());
        assert!(!operations().iter().any(|op| op.starts_with('$')));
    }

    #[test]
    fn one_of_and_all_of() {
        // home_location is a oneOf of a name and an id.
        assert!(parse_body("POST /floating_ips", br#"{"type":"ipv4","home_location":"fsn1"}"#).is_ok());
        assert!(parse_body("POST /floating_ips", br#"{"type":"ipv4","home_location":3}"#).is_ok());
        let e = parse_body("POST /floating_ips", br#"{"type":"ipv4","home_location":true}"#).unwrap_err();
        assert_eq!(fields(&e), ["home_location"]);
        // A load balancer service is a oneOf of allOfs (common fields, then per protocol).
        let lb = |service: &str| {
            let body =
                format!(r#"{{"name":"lb","load_balancer_type":"lb11","location":"fsn1","services":[{service}]}}"#);
            parse_body("POST /load_balancers", body.as_bytes())
        };
        let health = r#""health_check":{"protocol":"tcp","port":80,"interval":15,"timeout":10,"retries":3}"#;
        let https = format!(
            r#"{{"protocol":"https","listen_port":443,"destination_port":80,"proxyprotocol":false,{health},"http":{{"certificates":[1],"redirect_http":true}}}}"#
        );
        assert!(lb(&https).is_ok(), "{:?}", lb(&https).err().map(|e| fields(&e)));
        let e = lb(r#"{"protocol":"https","listen_port":"x"}"#).unwrap_err();
        assert!(fields(&e).iter().any(|f| f.starts_with("services[0]")), "{:?}", fields(&e));
    }

    #[test]
    fn server_create() {
        assert!(
            parse_body(
                "POST /servers",
                br#"{"name":"a","server_type":"cx22","image":"ubuntu-24.04","ssh_keys":[1,"k"]}"#
            )
            .is_ok()
        );
        let e = parse_body("POST /servers", br#"{"name":5,"labels":{"a":1}}"#).unwrap_err();
        assert_eq!(e.status.as_u16(), 422);
        let f = fields(&e);
        for want in ["name", "server_type", "image", "labels.a"] {
            assert!(f.contains(&want.to_string()), "{f:?}");
        }
        let e = parse_body("POST /servers", b"{nope").unwrap_err();
        assert_eq!(e.code, "json_error");
        assert_eq!(e.status.as_u16(), 400);
    }

    #[test]
    fn nested_fields() {
        let e = parse_body(
            "POST /firewalls",
            br#"{"name":"fw","rules":[{"direction":"sideways","protocol":"tcp","bogus":1}]}"#,
        )
        .unwrap_err();
        let f = fields(&e);
        assert!(f.contains(&"rules[0].direction".to_string()), "{f:?}");
        assert!(f.contains(&"rules[0].bogus".to_string()), "{f:?}");
    }
}
