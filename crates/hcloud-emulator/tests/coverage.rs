//! Route coverage: the emulator has a route for every operation of the API document
//! (`spec/cloud.spec.json`) that is not deprecated, and no `/v1` route the document lacks.
//!
//! Each operation is sent once with made-up path ids (999999, `doesnotexist`); the answer may be
//! anything (404 for the missing resource, 422 for the empty body), but the request log must name
//! the operation's template as the matched route, with a status other than 405. No match, or a
//! match of another route (`GET /servers/{id}/actions/{action_id}` for
//! `POST /servers/{id}/actions/attach_iso`), means the route is missing.

mod common;

use std::collections::BTreeSet;
use std::path::PathBuf;

use common::conformance::{load_spec, operations, path_pointer, resolve};
use common::{Api, config};

/// A made-up value for a path parameter: an id that does not exist, or a name.
fn made_up(name: &str, integer: bool) -> String {
    match name {
        // Zones take an id or a name: use an id.
        "id_or_name" => "999999".into(),
        "rr_name" => "www".into(),
        "rr_type" => "A".into(),
        _ if integer => "999999".into(),
        _ => "doesnotexist".into(),
    }
}

/// The path of a template with made-up parameters.
fn made_up_path(spec: &serde_json::Value, method: &str, template: &str) -> String {
    let item = spec.pointer(&path_pointer(template)).expect("path item");
    let params: Vec<&serde_json::Value> = [&item["parameters"], &item[method.to_lowercase()]["parameters"]]
        .into_iter()
        .filter_map(|p| p.as_array())
        .flatten()
        .map(|p| match p.get("$ref").and_then(|r| r.as_str()) {
            Some(r) => spec.pointer(r.trim_start_matches('#')).expect("parameter $ref"),
            None => p,
        })
        .collect();
    let mut path = template.to_string();
    while let Some(start) = path.find('{') {
        let end = start + path[start..].find('}').expect("closing brace");
        let name = path[start + 1..end].to_string();
        let integer = params
            .iter()
            .find(|p| p["in"] == "path" && p["name"] == name)
            .is_some_and(|p| resolve(&p["schema"], spec)["type"] == "integer");
        path.replace_range(start..=end, &made_up(&name, integer));
    }
    path
}

#[tokio::test]
async fn every_operation_of_the_document_has_a_route() {
    let spec = load_spec();
    let ops = operations(&spec);
    assert!(ops.len() > 150, "only {} operations in the document", ops.len());
    let api = Api::start(config()).await;
    for (method, template) in &ops {
        let path = made_up_path(&spec, method, template);
        let has_body =
            spec.pointer(&format!("{}/{}/requestBody", path_pointer(template), method.to_lowercase())).is_some();
        api.send(method, &path, has_body.then(|| "{}".to_string())).await;
    }
    let log = api.emu.requests();
    assert_eq!(log.len(), ops.len(), "one logged request per operation");
    let mut missing = BTreeSet::new();
    for ((method, template), entry) in ops.iter().zip(&log) {
        assert_eq!(&entry.method, method);
        if entry.operation.as_deref() != Some(template.as_str()) || entry.status == 405 {
            let matched = entry.operation.as_deref().unwrap_or("no route");
            missing.insert(format!("{method} {template} (sent {}: {}, {matched})", entry.path, entry.status));
        }
    }
    assert!(
        missing.is_empty(),
        "{} of {} operations have no route:\n{}",
        missing.len(),
        ops.len(),
        missing.into_iter().collect::<Vec<_>>().join("\n")
    );
}

/// The router is not introspectable: the string literal of every `route("...")` call under
/// `src/api/` is taken as a route template (`/v1` stripped) and must be a path of the document.
/// Deprecated operations count as documented (the emulator may keep serving them). Skipped, with
/// a note, when routes are registered some other way.
#[test]
fn every_route_is_an_operation_of_the_document() {
    let spec = load_spec();
    let documented: BTreeSet<&String> = spec["paths"].as_object().expect("paths").keys().collect();
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src/api");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "rs"))
        .collect();
    files.sort();
    let mut routes = BTreeSet::new();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("source file");
        for (at, _) in text.match_indices("route(") {
            let Some(rest) = text[at + 6..].trim_start().strip_prefix('"') else { continue };
            let template = &rest[..rest.find('"').expect("closing quote")];
            routes.insert(template.strip_prefix("/v1").unwrap_or(template).to_string());
        }
    }
    if routes.is_empty() {
        println!("skipped: no route(\"...\") literal under {}", dir.display());
        return;
    }
    let extra: Vec<&String> = routes.iter().filter(|r| !documented.contains(r)).collect();
    assert!(extra.is_empty(), "routes that are not paths of the document: {extra:?}");
}
