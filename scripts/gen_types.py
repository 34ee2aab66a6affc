#!/usr/bin/env python3
"""Generates src/types.rs: the request and response types of the implemented operations, as
`#[napi(object)]` structs, so that napi-rs writes them into index.d.ts with the API's own field
names. Input: the official API document (../shared/hcloud-openapi/cloud.spec.json). The output is
committed; the build never needs the document. Run: python3 scripts/gen_types.py
"""
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SPEC = os.path.join(ROOT, "..", "shared", "hcloud-openapi", "cloud.spec.json")
OUT = os.path.join(ROOT, "src", "types.rs")

# (path, method, part, type name, doc). part: "request", a status code, or "query".
OPERATIONS = [
    ("/servers", "post", "request", "CreateServerRequest", "Body of `createServer` (`POST /servers`)."),
    ("/servers", "post", "201", "CreateServerResponse", "Result of `createServer`: the server, its `create_server` action and the actions that follow."),
    ("/servers/{id}", "get", "200", "GetServerResponse", "Result of `getServer`."),
    ("/servers", "get", "200", "ListServersResponse", "One page of `listServers`."),
    ("/servers", "get", "query", "ListServersQuery", "Filters and paging of `listServers`."),
    ("/servers/{id}", "delete", "200", "DeleteServerResponse", "Result of `deleteServer`: the `delete_server` action."),
    ("/servers/{id}/actions", "get", "200", "ActionListResponse", "One page of actions."),
    ("/servers/{id}/actions", "get", "query", "ServerActionsQuery", "Filters and paging of `getServerActions`."),
    ("/actions/{id}", "get", "200", "ActionResponse", "A single action."),
    ("/ssh_keys", "post", "request", "CreateSSHKeyRequest", "Body of `createSSHKey` (`POST /ssh_keys`)."),
    ("/ssh_keys", "post", "201", "CreateSSHKeyResponse", "Result of `createSSHKey`."),
    ("/ssh_keys/{id}", "get", "200", "SSHKeyResponse", "A single SSH key."),
    ("/ssh_keys", "get", "200", "ListSSHKeysResponse", "One page of `listSSHKeys`."),
    ("/ssh_keys", "get", "query", "ListSSHKeysQuery", "Filters and paging of `listSSHKeys`."),
    ("/firewalls", "post", "request", "CreateFirewallRequest", "Body of `createFirewall` (`POST /firewalls`)."),
    ("/firewalls", "post", "201", "CreateFirewallResponse", "Result of `createFirewall`: the firewall and the actions applying it."),
    ("/firewalls/{id}", "get", "200", "FirewallResponse", "A single firewall."),
    ("/firewalls", "get", "200", "ListFirewallsResponse", "One page of `listFirewalls`."),
    ("/firewalls", "get", "query", "ListFirewallsQuery", "Filters and paging of `listFirewalls`."),
]

# Names for the shapes met under these property names (the first place a shape is met names it).
PROPERTY_NAMES = {
    "server": "Server", "servers": "Server", "action": "Action", "actions": "Action",
    "next_actions": "Action", "ssh_key": "SSHKey", "ssh_keys": "SSHKey",
    "firewall": "Firewall", "firewalls": "Firewall", "meta": "ListMeta",
}
# Names for shapes met deeper down, by parent type and property.
NESTED_NAMES = {"Action.error": "ActionError", "ListMeta.pagination": "Pagination", "Action.resources": "ActionResource"}
ROOTS = set()
# Fields the client itself may set to null: `deleteServer` after a lost answer (server gone,
# its action unknown).
NULLABLE = {"DeleteServerResponse": {"action"}}

# Doc comments for the shapes users meet most (our words, not the document's).
TYPE_DOCS = {
    "Server": "A server (virtual machine) as the API returns it.",
    "Action": "An asynchronous operation; `status` is `running` until it ends in `success` or `error`.",
    "ActionError": "Why an action failed.",
    "ActionResource": "A resource an action works on.",
    "SSHKey": "An SSH public key stored in the project.",
    "Firewall": "A firewall with its rules and the resources it is applied to.",
    "FirewallRule": "One firewall rule.",
    "ListMeta": "Metadata of a list response.",
    "Pagination": "Paging of a list response: use `next_page` until it is null.",
    "ServerPublicNet": "The server's public addresses and the firewalls on them.",
    "ServerServerType": "The server's type (size and price).",
    "ServerImage": "The image the server was created from.",
    "ServerLocation": "Where the server runs.",
}

RUST_KEYWORDS = {"type", "ref", "match", "mod", "move", "fn", "impl", "struct", "enum", "use", "self", "where", "loop", "in"}

structs = {}      # name -> (doc, [field lines])
by_signature = {} # canonical schema -> name
order = []


def pascal(name):
    return "".join(p[:1].upper() + p[1:] for p in re.split(r"[_\-\s]+", name) if p)


def singular(name):
    if name.endswith("ies"):
        return name[:-3] + "y"
    if name.endswith("s") and not name.endswith("ss"):
        return name[:-1]
    return name


def signature(schema):
    def strip(x):
        if isinstance(x, dict):
            return {k: strip(v) for k, v in sorted(x.items()) if k not in ("description", "example", "examples", "x-enumDescriptions", "title")}
        if isinstance(x, list):
            return [strip(v) for v in x]
        return x
    return json.dumps(strip(schema), sort_keys=True)


def split_null(schema):
    """(schema without null, nullable?)"""
    t = schema.get("type")
    if isinstance(t, list) and "null" in t:
        rest = [x for x in t if x != "null"]
        s = dict(schema)
        s["type"] = rest[0] if len(rest) == 1 else rest
        if "enum" in s:
            s["enum"] = [e for e in s["enum"] if e is not None]
        return s, True
    return schema, False


def ts_literal(v):
    return json.dumps(v).replace('"', "'")


def type_of(schema, name_hint, in_request=False):
    """(rust type, ts type) of a schema; object shapes become structs."""
    if "allOf" in schema and len(schema["allOf"]) == 1:
        return type_of({**schema["allOf"][0], **{k: v for k, v in schema.items() if k != "allOf"}}, name_hint, in_request)
    if "oneOf" in schema or "anyOf" in schema or "allOf" in schema:
        return "serde_json::Value", "unknown"
    t = schema.get("type")
    if t == "string":
        if "enum" in schema:
            return "String", " | ".join(ts_literal(e) for e in schema["enum"])
        return "String", "string"
    if t == "integer":
        return "i64", "number"
    if t == "number":
        return "f64", "number"
    if t == "boolean":
        return "bool", "boolean"
    if t == "array":
        items = schema.get("items", {})
        items, nullable = split_null(items)
        r, ts = type_of(items, singular(name_hint), in_request)
        if nullable:
            ts = f"{ts} | null"
            r = f"Option<{r}>"
        return f"Vec<{r}>", f"Array<{ts}>"
    if t == "object" or "properties" in schema:
        props = schema.get("properties")
        if not props:
            ap = schema.get("additionalProperties")
            if isinstance(ap, dict) and ap.get("type") == "string":
                return "std::collections::HashMap<String, String>", "Record<string, string>"
            return "serde_json::Value", "Record<string, unknown>"
        name = struct_for(schema, name_hint, in_request)
        return name, name
    return "serde_json::Value", "unknown"


def struct_for(schema, name, in_request=False):
    sig = signature(schema)
    if sig in by_signature:
        return by_signature[sig]
    base = name
    n = 2
    while name in structs:
        name = f"{base}{n}"
        n += 1
    by_signature[sig] = name
    structs[name] = None  # reserve
    required = set(schema.get("required", []))
    if name in ROOTS and not in_request:
        # The document leaves the envelope's keys unmarked, but the API always sends them.
        required = set(schema["properties"])
    nullable_here = NULLABLE.get(name, set())
    fields = []
    for prop, sub in schema["properties"].items():
        sub, nullable = split_null(sub)
        nullable = nullable or prop in nullable_here
        own = name + pascal(singular(prop) if sub.get("type") == "array" else prop)
        if in_request:
            hint = own
        elif name in ROOTS:
            hint = PROPERTY_NAMES.get(prop, own)
        else:
            hint = NESTED_NAMES.get(f"{name}.{prop}", own)
        rust, ts = type_of(sub, hint, in_request)
        # As the document says: a key it does not require is optional (`name?: T`), a nullable
        # value may be null (`T | null`), and a required nullable key is always there
        # (`name: T | null`, e.g. `Action.finished`).
        optional = prop not in required
        attrs = []
        if "_" in prop or prop in RUST_KEYWORDS:
            attrs.append(f'js_name = "{prop}"')
        ts_full = f"{ts} | null" if nullable else ts
        if ts not in ("string", "number", "boolean") or nullable:
            attrs.append(f'ts_type = "{ts_full}"')
        field = ("r#" + prop) if prop in RUST_KEYWORDS else prop
        ty = f"Option<{rust}>" if optional else f"Nullable<{rust}>" if nullable else rust
        lines = []
        if attrs:
            lines.append(f"    #[napi({', '.join(attrs)})]")
        lines.append(f"    pub {field}: {ty},")
        fields.append("\n".join(lines))
    structs[name] = ("", fields)
    order.append(name)
    return name


def query_struct(op, name, doc):
    fields = []
    for p in op.get("parameters", []):
        if p.get("in") != "query":
            continue
        sub, _ = split_null(p.get("schema", {}))
        rust, ts = type_of(sub, name + pascal(p["name"]))
        attrs = []
        if "_" in p["name"]:
            attrs.append(f'js_name = "{p["name"]}"')
        if ts not in (None, "string", "number", "boolean"):
            attrs.append(f'ts_type = "{ts}"')
        lines = []
        if attrs:
            lines.append(f"    #[napi({', '.join(attrs)})]")
        lines.append(f"    pub {p['name']}: Option<{rust}>,")
        fields.append("\n".join(lines))
    structs[name] = (doc, fields)
    order.append(name)


def main():
    if not os.path.exists(SPEC):
        sys.exit(f"the API document is not at {SPEC}")
    spec = json.load(open(SPEC))
    docs = {}
    for path, method, part, name, doc in OPERATIONS:
        op = spec["paths"][path][method]
        docs[name] = doc
        ROOTS.add(name)
        if part == "query":
            if name not in structs:
                query_struct(op, name, doc)
            continue
        if part == "request":
            schema = op["requestBody"]["content"]["application/json"]["schema"]
        else:
            schema = op["responses"][part]["content"]["application/json"]["schema"]
        got = struct_for(schema, name, part == "request")
        if got != name and name not in structs:
            # Same shape already generated under another name: alias it.
            structs[name] = ("alias", got)
            order.append(name)
    out = [
        "//! Generated by scripts/gen_types.py from the official API document: do not edit.",
        "//! Request and response shapes with the API's own field names, for index.d.ts. The client",
        "//! moves these as JSON text; the structs exist so that napi-rs declares their types.",
        "#![allow(dead_code)]",
        "",
        "use napi::bindgen_prelude::{Either, Null};",
        "use napi_derive::napi;",
        "",
        "/// A key that is always present and may be null: declared `name: T | null` (an `Option`",
        "/// would declare `name?: T`).",
        "type Nullable<T> = Either<T, Null>;",
        "",
    ]
    for name in order:
        doc, fields = structs[name]
        if doc == "alias":
            continue
        out.append(f"/// {docs.get(name) or TYPE_DOCS.get(name) or 'Part of an API object (`' + name + '`).'}")
        # napi-rs would rewrite `SSHKey` as `SshKey`: keep the name as written.
        out.append(f'#[napi(object, js_name = "{name}")]')
        out.append(f"pub struct {name} {{")
        out.extend(fields)
        out.append("}")
        out.append("")
    for name in order:
        doc, target = structs[name]
        if doc == "alias":
            out.append(f"/// {docs[name]}")
            out.append(f'#[napi(js_name = "{name}")]')
            out.append(f"pub type {name} = {target};")
            out.append("")
    open(OUT, "w").write("\n".join(out))
    # Formatted as `cargo fmt` would (rustfmt.toml), so a regeneration leaves no diff.
    subprocess.run(["rustfmt", "--edition", "2024", OUT], check=True, cwd=ROOT)
    print(f"wrote {OUT}: {len(order)} types")


main()
