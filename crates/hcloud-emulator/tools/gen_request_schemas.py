#!/usr/bin/env python3
"""Regenerate src/request_schemas.json from the official OpenAPI document.

Usage: python3 tools/gen_request_schemas.py [PATH_TO_cloud.spec.json]

Keeps, for each request body the emulator validates, only the structural keywords (type,
properties, required, items, enum, length and count limits); `$ref`s are inlined and prose
(description, example, title) is dropped. The output is committed, so building the crate never
needs the spec.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SPEC = os.path.join(HERE, "..", "..", "..", "..", "shared", "hcloud-openapi", "cloud.spec.json")
OUT = os.path.join(HERE, "..", "src", "request_schemas.json")

OPERATIONS = [
    ("post", "/servers"),
    ("put", "/servers/{id}"),
    ("post", "/servers/{id}/actions/change_protection"),
    ("post", "/ssh_keys"),
    ("put", "/ssh_keys/{id}"),
    ("post", "/firewalls"),
    ("put", "/firewalls/{id}"),
    ("post", "/firewalls/{id}/actions/set_rules"),
    ("post", "/firewalls/{id}/actions/apply_to_resources"),
    ("post", "/firewalls/{id}/actions/remove_from_resources"),
]

KEEP = {
    "type", "properties", "required", "items", "enum", "minLength", "maxLength", "maxItems",
    "minItems", "minimum", "maximum", "additionalProperties", "default", "format",
}

# Deliberate deviations from the document, applied after extraction.
# The document types `ssh_keys` items as string while its prose says IDs (integer) or names
# (string) are accepted, and real clients send both.
PATCHES = [
    ("POST /servers", ["properties", "ssh_keys", "items"], {"type": ["string", "integer"]}),
]


def main():
    spec_path = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_SPEC
    spec = json.load(open(spec_path))

    def resolve(node):
        while isinstance(node, dict) and "$ref" in node:
            cur = spec
            for part in node["$ref"].lstrip("#/").split("/"):
                cur = cur[part]
            node = cur
        return node

    def clean(node):
        node = resolve(node)
        if isinstance(node, list):
            return [clean(x) for x in node]
        if not isinstance(node, dict):
            return node
        out = {}
        for key, value in node.items():
            if key not in KEEP:
                continue
            if key == "properties":
                out[key] = {name: clean(sub) for name, sub in value.items()}
            elif key in ("items", "additionalProperties") and isinstance(value, dict):
                out[key] = clean(value)
            else:
                out[key] = value
        return out

    result = {}
    for method, path in OPERATIONS:
        op = spec["paths"][path][method]
        body = resolve(op["requestBody"])
        schema = body["content"]["application/json"]["schema"]
        result[f"{method.upper()} {path}"] = clean(schema)

    for key, where, replacement in PATCHES:
        node = result[key]
        for part in where[:-1]:
            node = node[part]
        node[where[-1]] = replacement

    with open(OUT, "w") as f:
        json.dump(result, f, indent=1, sort_keys=True)
        f.write("\n")
    print(f"wrote {os.path.normpath(OUT)} ({len(result)} request schemas)")


if __name__ == "__main__":
    main()
