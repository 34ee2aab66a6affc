//! DNS zones and RRSets over real HTTP: zones in both modes, RRSets and their actions, SOA
//! serials, zone file import/export, action lists, documented errors, and every answer checked
//! against the OpenAPI document (schema and presence of every property it defines).

mod common;

use common::{Api, Resp, config, conformance};
use serde_json::{Value, json};

const NS: [&str; 3] = ["hydrogen.ns.hetzner.com.", "oxygen.ns.hetzner.com.", "helium.ns.hetzner.de."];

async fn create_zone(api: &Api, body: Value) -> Value {
    let r = api.post("/zones", body).await;
    assert_eq!(r.status, 201, "{}", r.text);
    r.body["zone"].clone()
}

async fn wait(api: &Api, r: &Resp) -> Value {
    api.wait_action(r.body["action"]["id"].as_i64().unwrap()).await
}

fn serial(rrset: &Value) -> i64 {
    rrset["records"][0]["value"].as_str().unwrap().split_whitespace().nth(2).unwrap().parse().unwrap()
}

async fn soa_serial(api: &Api, zone: &str) -> i64 {
    let r = api.get(&format!("/zones/{zone}/rrsets/@/SOA")).await;
    assert_eq!(r.status, 200, "{}", r.text);
    serial(&r.body["rrset"])
}

fn values(rrset: &Value) -> Vec<String> {
    let mut v: Vec<String> =
        rrset["records"].as_array().unwrap().iter().map(|r| r["value"].as_str().unwrap().to_string()).collect();
    v.sort();
    v
}

#[tokio::test]
async fn zone_lifecycle_lists_and_errors() {
    let api = Api::start(config()).await;
    let z = create_zone(
        &api,
        json!({"name": "example.com", "mode": "primary", "ttl": 10800, "labels": {"env": "prod"},
               "rrsets": [{"name": "www", "type": "A", "records": [{"value": "198.51.100.1", "comment": "web"}]}]}),
    )
    .await;
    let id = z["id"].as_i64().unwrap();
    assert_eq!(z["name"], "example.com");
    assert_eq!(z["mode"], "primary");
    assert_eq!(z["ttl"], 10800);
    assert_eq!(z["status"], "ok");
    assert_eq!(z["record_count"], 5, "SOA + 3 NS + www A");
    assert_eq!(z["protection"], json!({"delete": false}));
    assert_eq!(z["primary_nameservers"], json!([]));
    assert_eq!(z["authoritative_nameservers"]["assigned"], json!(NS));
    assert!(z["created"].as_str().unwrap().contains('T'));
    assert!(["hetzner", "other", "unknown"].contains(&z["registrar"].as_str().unwrap()));

    // By id and by name.
    assert_eq!(api.get(&format!("/zones/{id}")).await.body["zone"]["name"], "example.com");
    assert_eq!(api.get("/zones/example.com").await.body["zone"]["id"], id);
    assert_eq!(api.get("/zones/nothing.com").await.code(), "not_found");
    assert_eq!(api.get("/zones/999999").await.status, 404);

    // Default NS and SOA RRSets.
    let r = api.get("/zones/example.com/rrsets/@/NS").await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(r.body["rrset"]["id"], "@/NS");
    assert_eq!(r.body["rrset"]["zone"], id);
    let mut ns: Vec<&str> = NS.to_vec();
    ns.sort();
    assert_eq!(values(&r.body["rrset"]), ns);
    let r = api.get("/zones/example.com/rrsets/@/SOA").await;
    let soa = r.body["rrset"]["records"][0]["value"].as_str().unwrap().to_string();
    assert!(soa.starts_with("hydrogen.ns.hetzner.com. dns.hetzner.com. "), "{soa}");
    assert_eq!(serial(&r.body["rrset"]) % 100, 0, "a new zone's serial is YYYYMMDD00: {soa}");

    // Validation and uniqueness.
    let r = api.post("/zones", json!({"name": "example.com", "mode": "primary"})).await;
    assert_eq!((r.status, r.code()), (409, "uniqueness_error"));
    for bad in ["www.example.com", "Example.org", "example.org.", "com", "exa_mple.org", "co.uk"] {
        let r = api.post("/zones", json!({"name": bad, "mode": "primary"})).await;
        assert_eq!((r.status, r.code()), (422, "invalid_input"), "{bad}: {}", r.text);
        assert_eq!(r.fields(), vec!["name"], "{bad}");
    }
    let r = api.post("/zones", json!({"name": "example.net", "mode": "tertiary"})).await;
    assert_eq!(r.status, 422);
    let r = api.post("/zones", json!({"name": "example.net", "mode": "primary", "ttl": 30})).await;
    assert_eq!(r.status, 422);
    let r = api
        .post(
            "/zones",
            json!({"name": "example.net", "mode": "primary", "zonefile": "@ IN A 198.51.100.1\n",
                   "rrsets": [{"name": "www", "type": "A", "records": [{"value": "198.51.100.1"}]}]}),
        )
        .await;
    assert_eq!(r.fields(), vec!["rrsets"]);
    let r = api
        .post(
            "/zones",
            json!({"name": "example.net", "mode": "primary",
                   "rrsets": [{"name": "www", "type": "A", "records": [{"value": "2001:db8::1"}]}]}),
        )
        .await;
    assert_eq!((r.status, r.code()), (422, "invalid_input"), "{}", r.text);
    assert!(api.post("/zones", json!({"name": "example.co.uk", "mode": "primary"})).await.status == 201);

    // Lists: name, mode, label selector, sort, pagination.
    create_zone(&api, json!({"name": "alpha.de", "mode": "primary", "labels": {"env": "dev"}})).await;
    create_zone(
        &api,
        json!({"name": "beta.de", "mode": "secondary", "primary_nameservers": [{"address": "198.51.100.53"}]}),
    )
    .await;
    let names = |r: &Resp| -> Vec<String> {
        r.body["zones"].as_array().unwrap().iter().map(|z| z["name"].as_str().unwrap().to_string()).collect()
    };
    assert_eq!(names(&api.get("/zones?name=alpha.de").await), vec!["alpha.de"]);
    assert_eq!(names(&api.get("/zones?mode=secondary").await), vec!["beta.de"]);
    assert_eq!(names(&api.get("/zones?label_selector=env%3Dprod").await), vec!["example.com"]);
    assert_eq!(
        names(&api.get("/zones?sort=name:desc").await),
        vec!["example.com", "example.co.uk", "beta.de", "alpha.de"]
    );
    let r = api.get("/zones?per_page=3&page=2").await;
    assert_eq!(r.body["zones"].as_array().unwrap().len(), 1);
    assert_eq!(r.body["meta"]["pagination"]["total_entries"], 4);
    assert_eq!(r.body["meta"]["pagination"]["previous_page"], 1);
    assert_eq!(api.get("/zones?mode=tertiary").await.status, 400);
    assert_eq!(api.get("/zones?sort=ttl").await.status, 400);

    // Update: labels only.
    let r = api.put("/zones/example.com", json!({"labels": {"env": "staging"}})).await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(r.body["zone"]["labels"], json!({"env": "staging"}));
    let r = api.put("/zones/example.com", json!({"labels": {"bad key!": "x"}})).await;
    assert_eq!(r.status, 422);
    let r = api.put("/zones/example.com", json!({"name": "renamed.com"})).await;
    assert_eq!((r.status, r.body["zone"]["name"].as_str()), (200, Some("example.com")), "a zone keeps its name");

    // TTL.
    let before = soa_serial(&api, "example.com").await;
    let r = api.post(&format!("/zones/{id}/actions/change_ttl"), json!({"ttl": 600})).await;
    assert_eq!(r.status, 201, "{}", r.text);
    assert_eq!(r.body["action"]["command"], "change_ttl");
    assert_eq!(r.body["action"]["resources"], json!([{"id": id, "type": "zone"}]));
    assert_eq!(api.get("/zones/example.com").await.body["zone"]["status"], "updating");
    wait(&api, &r).await;
    let z = api.get("/zones/example.com").await.body["zone"].clone();
    assert_eq!((z["ttl"].as_i64(), z["status"].as_str()), (Some(600), Some("ok")));
    assert!(soa_serial(&api, "example.com").await > before);
    let r = api.post(&format!("/zones/{id}/actions/change_ttl"), json!({"ttl": 59})).await;
    assert_eq!(r.status, 422);

    // Protection and delete.
    let r = api.post("/zones/example.com/actions/change_protection", json!({"delete": true})).await;
    assert_eq!(r.status, 201, "{}", r.text);
    assert_eq!(r.body["action"]["command"], "change_protection");
    let r = api.delete("/zones/example.com").await;
    assert_eq!((r.status, r.code()), (423, "protected"));
    api.post("/zones/example.com/actions/change_protection", json!({"delete": false})).await;
    let r = api.delete("/zones/example.com").await;
    assert_eq!(r.status, 201, "{}", r.text);
    assert_eq!(r.body["action"]["command"], "delete_zone");
    assert_eq!(r.body["action"]["resources"], json!([{"id": id, "type": "zone"}]));
    assert_eq!(api.get(&format!("/zones/{id}")).await.status, 404);
    assert_eq!(api.get("/zones/example.com/rrsets").await.status, 404);

    // Action lists.
    let r = api.get("/zones/actions?sort=id").await;
    let commands: Vec<&str> =
        r.body["actions"].as_array().unwrap().iter().map(|a| a["command"].as_str().unwrap()).collect();
    assert!(commands.contains(&"create_zone") && commands.contains(&"delete_zone"), "{commands:?}");
    let first = r.body["actions"][0]["id"].as_i64().unwrap();
    assert_eq!(api.get(&format!("/zones/actions/{first}")).await.status, 200);
    let r = api.get("/zones/alpha.de/actions").await;
    assert_eq!(r.body["actions"].as_array().unwrap().len(), 1);
    let a = r.body["actions"][0]["id"].as_i64().unwrap();
    assert_eq!(api.get(&format!("/zones/alpha.de/actions/{a}")).await.body["action"]["command"], "create_zone");
    assert_eq!(api.get(&format!("/zones/beta.de/actions/{a}")).await.status, 404);
    assert_eq!(api.get("/zones/actions?status=done").await.status, 400);
}

#[tokio::test]
async fn secondary_zones() {
    let api = Api::start(config()).await;
    let r = api.post("/zones", json!({"name": "second.org", "mode": "secondary"})).await;
    assert_eq!((r.status, r.fields()), (422, vec!["primary_nameservers".to_string()]));
    let r = api
        .post(
            "/zones",
            json!({"name": "second.org", "mode": "secondary", "primary_nameservers": [{"address": "10.0.0.1"}]}),
        )
        .await;
    assert_eq!(r.status, 422, "private addresses are not primary nameservers");
    let z = create_zone(
        &api,
        json!({"name": "second.org", "mode": "secondary", "primary_nameservers": [
            {"address": "198.51.100.1", "port": 53},
            {"address": "2001:db8::53", "port": 5353, "tsig_key": "c2VjcmV0", "tsig_algorithm": "hmac-sha256"}]}),
    )
    .await;
    assert_eq!(z["mode"], "secondary");
    assert_eq!(z["record_count"], 0);
    assert_eq!(z["primary_nameservers"][0], json!({"address": "198.51.100.1", "port": 53}));
    assert_eq!(z["primary_nameservers"][1]["tsig_algorithm"], "hmac-sha256");

    for (method, path, body) in [
        ("GET", "/zones/second.org/rrsets", None),
        ("GET", "/zones/second.org/zonefile", None),
        ("GET", "/zones/second.org/rrsets/@/SOA", None),
        (
            "POST",
            "/zones/second.org/rrsets",
            Some(json!({"name": "www", "type": "A", "records": [{"value": "198.51.100.1"}]})),
        ),
        ("POST", "/zones/second.org/actions/change_ttl", Some(json!({"ttl": 600}))),
        ("POST", "/zones/second.org/actions/import_zonefile", Some(json!({"zonefile": "@ IN A 198.51.100.1\n"}))),
        (
            "POST",
            "/zones/second.org/rrsets/www/A/actions/add_records",
            Some(json!({"records": [{"value": "198.51.100.1"}]})),
        ),
    ] {
        let r = api.send(method, path, body.map(|b| b.to_string())).await;
        assert_eq!((r.status, r.code()), (422, "incorrect_zone_mode"), "{method} {path}: {}", r.text);
    }

    let r = api
        .post(
            "/zones/second.org/actions/change_primary_nameservers",
            json!({"primary_nameservers": [{"address": "203.0.113.7", "port": 53}]}),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    assert_eq!(r.body["action"]["command"], "change_primary_nameservers");
    let z = api.get("/zones/second.org").await.body["zone"].clone();
    assert_eq!(z["primary_nameservers"], json!([{"address": "203.0.113.7", "port": 53}]));
    let r = api
        .post(
            "/zones/second.org/actions/change_primary_nameservers",
            json!({"primary_nameservers": [{"address": "203.0.113.7"}, {"address": "203.0.113.7"}]}),
        )
        .await;
    assert_eq!(r.status, 422);
    let r = api
        .post(
            "/zones/second.org/actions/change_primary_nameservers",
            json!({"primary_nameservers": [{"address": "203.0.113.7", "tsig_key": "c2VjcmV0"}]}),
        )
        .await;
    assert_eq!(r.status, 422, "a TSIG key needs its algorithm");

    create_zone(&api, json!({"name": "first.org", "mode": "primary"})).await;
    let r = api
        .post(
            "/zones/first.org/actions/change_primary_nameservers",
            json!({"primary_nameservers": [{"address": "203.0.113.7"}]}),
        )
        .await;
    assert_eq!((r.status, r.code()), (422, "incorrect_zone_mode"));
}

#[tokio::test]
async fn rrsets_and_their_actions() {
    let api = Api::start(config()).await;
    let z = create_zone(&api, json!({"name": "example.org", "mode": "primary"})).await;
    let zid = z["id"].as_i64().unwrap();
    let base = "/zones/example.org/rrsets";
    let s0 = soa_serial(&api, "example.org").await;

    // Create.
    let r = api
        .post(
            base,
            json!({"name": "www", "type": "A", "ttl": 300, "labels": {"tier": "web"},
                   "records": [{"value": "198.51.100.1", "comment": "web 1"}, {"value": "198.51.100.2"}]}),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let rr = &r.body["rrset"];
    assert_eq!(rr["id"], "www/A");
    assert_eq!(rr["ttl"], 300);
    assert_eq!(rr["zone"], zid);
    assert_eq!(rr["protection"], json!({"change": false}));
    assert_eq!(rr["records"][0], json!({"value": "198.51.100.1", "comment": "web 1"}));
    assert_eq!(r.body["action"]["command"], "create_rrset");
    assert_eq!(r.body["action"]["resources"], json!([{"id": zid, "type": "zone"}]));
    assert!(soa_serial(&api, "example.org").await > s0, "changes raise the SOA serial");
    assert_eq!(api.get("/zones/example.org").await.body["zone"]["record_count"], 6);

    let r = api.post(base, json!({"name": "www", "type": "A", "records": [{"value": "198.51.100.3"}]})).await;
    assert_eq!((r.status, r.code()), (409, "uniqueness_error"));

    // Record values are checked per type; names too.
    for (name, t, value) in [
        ("a", "A", "2001:db8::1"),
        ("a", "AAAA", "198.51.100.1"),
        ("m", "MX", "mail.example.org."),
        ("t", "TXT", "v=spf1 -all"),
        ("c", "CAA", "0 issue letsencrypt.org"),
        ("s", "SRV", "10 5 target.example.org."),
        ("WWW2", "A", "198.51.100.1"),
        ("x.example.org", "A", "198.51.100.1"),
        ("x.", "A", "198.51.100.1"),
        ("@", "CNAME", "other.example.net."),
        ("x", "SOA", "a. b. 1 2 3 4 5"),
    ] {
        let r = api.post(base, json!({"name": name, "type": t, "records": [{"value": value}]})).await;
        assert_eq!((r.status, r.code()), (422, "invalid_input"), "{name} {t} {value}: {}", r.text);
    }
    let r = api.post(base, json!({"name": "x", "type": "BOGUS", "records": [{"value": "1"}]})).await;
    assert_eq!(r.status, 422);
    let r = api
        .post(
            base,
            json!({"name": "d", "type": "A", "records": [{"value": "198.51.100.1"}, {"value": "198.51.100.1"}]}),
        )
        .await;
    assert_eq!(r.status, 422, "distinct values");
    let r = api.post(base, json!({"name": "e", "type": "A", "records": []})).await;
    assert_eq!(r.status, 422, "not empty");

    // Valid values of other types.
    for (name, t, value) in [
        ("@", "MX", "10 mail.example.org."),
        ("@", "TXT", "\"v=spf1 include:_spf.example.org ~all\""),
        ("@", "CAA", "0 issue \"letsencrypt.org\""),
        ("_sip._tcp", "SRV", "10 5 5060 sip.example.org."),
        ("v6", "AAAA", "2001:db8::1"),
        ("_443._tcp.www", "TLSA", "3 1 1 0123456789abcdef"),
        ("alias", "CNAME", "www.example.org."),
        ("*.dev", "A", "203.0.113.9"),
    ] {
        let r = api.post(base, json!({"name": name, "type": t, "records": [{"value": value}]})).await;
        assert_eq!(r.status, 201, "{name} {t} {value}: {}", r.text);
    }

    // CNAME stands alone at its name.
    let r = api.post(base, json!({"name": "alias", "type": "TXT", "records": [{"value": "\"x\""}]})).await;
    assert_eq!((r.status, r.code()), (422, "invalid_input"), "{}", r.text);
    let r = api.post(base, json!({"name": "www", "type": "CNAME", "records": [{"value": "x.example.net."}]})).await;
    assert_eq!(r.status, 422);
    let r = api
        .post(&format!("{base}/alias/CNAME/actions/add_records"), json!({"records": [{"value": "y.example.net."}]}))
        .await;
    assert_eq!(r.status, 422, "a CNAME holds one record");

    // Get, list, filters, sort, pagination.
    let r = api.get(&format!("{base}/www/A")).await;
    assert_eq!(r.body["rrset"]["labels"], json!({"tier": "web"}));
    assert_eq!(api.get(&format!("{base}/nope/A")).await.code(), "not_found");
    assert_eq!(api.get(&format!("{base}/www/BOGUS")).await.status, 400);
    let ids = |r: &Resp| -> Vec<String> {
        r.body["rrsets"].as_array().unwrap().iter().map(|x| x["id"].as_str().unwrap().to_string()).collect()
    };
    assert_eq!(ids(&api.get(&format!("{base}?name=www")).await), vec!["www/A"]);
    assert_eq!(ids(&api.get(&format!("{base}?type=MX&type=TXT&sort=id")).await), vec!["@/MX", "@/TXT"]);
    assert_eq!(ids(&api.get(&format!("{base}?label_selector=tier")).await), vec!["www/A"]);
    let all = api.get(&format!("{base}?sort=id:desc")).await;
    let got = ids(&all);
    let mut sorted = got.clone();
    sorted.sort();
    sorted.reverse();
    assert_eq!(got, sorted);
    assert_eq!(all.body["meta"]["pagination"]["total_entries"], 11);
    let r = api.get(&format!("{base}?per_page=2&page=2&sort=created")).await;
    assert_eq!(ids(&r), vec!["www/A", "@/MX"], "created order: SOA, NS, www A, MX, TXT, ...");
    let r = api.get(&format!("{base}?sort=created:desc&per_page=1")).await;
    assert_eq!(ids(&r), vec!["*.dev/A"]);
    assert_eq!(api.get(&format!("{base}?per_page=80")).await.body["meta"]["pagination"]["per_page"], 80);
    assert_eq!(api.get(&format!("{base}?type=SPF")).await.status, 400);

    // Update labels.
    let r = api.put(&format!("{base}/www/A"), json!({"labels": {"tier": "edge"}})).await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(r.body["rrset"]["labels"], json!({"tier": "edge"}));
    let r = api.put(&format!("{base}/www/A"), json!({"ttl": 60})).await;
    assert_eq!(r.status, 422, "only labels are updated");

    // add_records: appends, or creates the RRSet.
    let s1 = soa_serial(&api, "example.org").await;
    let r = api
        .post(&format!("{base}/www/A/actions/add_records"), json!({"ttl": 300, "records": [{"value": "198.51.100.3"}]}))
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    assert_eq!(r.body["action"]["command"], "add_rrset_records");
    assert_eq!(api.get("/zones/example.org").await.body["zone"]["status"], "updating");
    assert_eq!(
        values(&api.get(&format!("{base}/www/A")).await.body["rrset"]),
        ["198.51.100.1", "198.51.100.2", "198.51.100.3"]
    );
    assert!(soa_serial(&api, "example.org").await > s1);
    let r = api
        .post(&format!("{base}/www/A/actions/add_records"), json!({"ttl": 900, "records": [{"value": "198.51.100.4"}]}))
        .await;
    assert_eq!(r.fields(), vec!["ttl"], "a given TTL must match the RRSet's");
    let r =
        api.post(&format!("{base}/mail/A/actions/add_records"), json!({"records": [{"value": "198.51.100.25"}]})).await;
    assert_eq!(r.status, 201, "{}", r.text);
    let r = api.get(&format!("{base}/mail/A")).await;
    assert_eq!(
        (r.body["rrset"]["ttl"].clone(), values(&r.body["rrset"])),
        (Value::Null, vec!["198.51.100.25".to_string()])
    );

    // update_records changes comments (200), set_records replaces, remove_records deletes when empty.
    let r = api
        .post(
            &format!("{base}/www/A/actions/update_records"),
            json!({"records": [{"value": "198.51.100.2", "comment": "web 2"}]}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(r.body["action"]["command"], "update_rrset_records");
    let r = api.get(&format!("{base}/www/A")).await;
    let rec =
        r.body["rrset"]["records"].as_array().unwrap().iter().find(|x| x["value"] == "198.51.100.2").unwrap().clone();
    assert_eq!(rec["comment"], "web 2");
    let r = api
        .post(
            &format!("{base}/www/A/actions/update_records"),
            json!({"records": [{"value": "192.0.2.1", "comment": "x"}]}),
        )
        .await;
    assert_eq!(r.status, 422);
    let r =
        api.post(&format!("{base}/www/A/actions/set_records"), json!({"records": [{"value": "203.0.113.80"}]})).await;
    assert_eq!(r.status, 201, "{}", r.text);
    assert_eq!(r.body["action"]["command"], "set_rrset_records");
    assert_eq!(values(&api.get(&format!("{base}/www/A")).await.body["rrset"]), ["203.0.113.80"]);
    let r = api
        .post(&format!("{base}/mail/A/actions/remove_records"), json!({"records": [{"value": "198.51.100.25"}]}))
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    assert_eq!(r.body["action"]["command"], "remove_rrset_records");
    assert_eq!(api.get(&format!("{base}/mail/A")).await.status, 404, "an emptied RRSet is deleted");

    // change_ttl (null: the zone's default).
    let r = api.post(&format!("{base}/www/A/actions/change_ttl"), json!({"ttl": 120})).await;
    assert_eq!((r.status, r.body["action"]["command"].as_str()), (201, Some("change_rrset_ttl")), "{}", r.text);
    assert_eq!(api.get(&format!("{base}/www/A")).await.body["rrset"]["ttl"], 120);
    let r = api.post(&format!("{base}/www/A/actions/change_ttl"), json!({"ttl": null})).await;
    assert_eq!(r.status, 201, "{}", r.text);
    assert_eq!(api.get(&format!("{base}/www/A")).await.body["rrset"]["ttl"], Value::Null);

    // Protection against changes.
    let r = api.post(&format!("{base}/www/A/actions/change_protection"), json!({"change": true})).await;
    assert_eq!((r.status, r.body["action"]["command"].as_str()), (201, Some("change_rrset_protection")), "{}", r.text);
    assert_eq!(api.get(&format!("{base}/www/A")).await.body["rrset"]["protection"]["change"], true);
    for (path, body) in [
        ("set_records", json!({"records": [{"value": "203.0.113.81"}]})),
        ("add_records", json!({"records": [{"value": "203.0.113.81"}]})),
        ("remove_records", json!({"records": [{"value": "203.0.113.80"}]})),
        ("change_ttl", json!({"ttl": 60})),
    ] {
        let r = api.post(&format!("{base}/www/A/actions/{path}"), body).await;
        assert_eq!((r.status, r.code()), (423, "protected"), "{path}");
    }
    assert_eq!(api.delete(&format!("{base}/www/A")).await.code(), "protected");
    let r = api
        .post(
            "/zones/example.org/actions/import_zonefile",
            json!({"zonefile": api.get("/zones/example.org/zonefile").await.body["zonefile"]}),
        )
        .await;
    assert_eq!((r.status, r.code()), (423, "protected"), "an import replaces protected RRSets");
    api.post(&format!("{base}/www/A/actions/change_protection"), json!({"change": false})).await;

    // Delete.
    let r = api.delete(&format!("{base}/www/A")).await;
    assert_eq!(r.status, 201, "{}", r.text);
    assert_eq!(r.body["action"]["command"], "delete_rrset");
    assert_eq!(api.get(&format!("{base}/www/A")).await.status, 404);
    assert_eq!(api.delete(&format!("{base}/www/A")).await.status, 404);
    assert_eq!(api.delete(&format!("{base}/@/SOA")).await.status, 422, "the SOA stays");

    // A failed action changes nothing.
    api.emu.fail_next_actions("create_rrset", 1, "action_failed", "boom");
    let r = api.post(base, json!({"name": "fail", "type": "A", "records": [{"value": "198.51.100.9"}]})).await;
    assert_eq!(r.status, 201);
    assert_eq!(wait(&api, &r).await["status"], "error");
    assert_eq!(api.get(&format!("{base}/fail/A")).await.status, 404);
    for _ in 0..300 {
        let r = api.get(&format!("/zones/{zid}/actions?status=running")).await;
        if r.body["actions"].as_array().unwrap().is_empty() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert_eq!(api.get("/zones/example.org").await.body["zone"]["status"], "ok");
}

#[tokio::test]
async fn zonefile_import_export_round_trip() {
    let api = Api::start(config()).await;
    let zonefile = "$ORIGIN example.de.\n\
        $TTL 7200\n\
        ; the zone's SOA, over several lines\n\
        @ IN SOA hydrogen.ns.hetzner.com. dns.hetzner.com. (\n\
        \t2020010100 ; serial\n\
        \t86400 10800 3600000 3600 )\n\
        @ IN 10800 NS hydrogen.ns.hetzner.com.\n\
        @ IN 10800 NS oxygen.ns.hetzner.com.\n\
        @ IN 10800 NS helium.ns.hetzner.de.\n\
        @ 300 IN A 198.51.100.10 ; apex web\n\
        www IN A 198.51.100.11\n\
        \tIN A 198.51.100.12\n\
        www.example.de. IN AAAA 2001:db8::11\n\
        @ IN MX 10 mail.example.de.\n\
        @ IN MX 20 mail2.example.de.\n\
        @ IN TXT \"v=spf1 mx -all\" \"; not a comment\"\n\
        _dmarc 1h IN TXT \"v=DMARC1; p=none\"\n\
        ftp IN CNAME www.example.de.\n\
        @ IN CAA 0 issue \"letsencrypt.org\"\n";
    let z = create_zone(&api, json!({"name": "example.de", "mode": "primary", "zonefile": zonefile})).await;
    assert_eq!(z["ttl"], 7200, "$TTL is the zone's default TTL");
    assert_eq!(z["record_count"], 14);
    let base = "/zones/example.de/rrsets";
    let r = api.get(&format!("{base}/@/A")).await;
    assert_eq!(r.body["rrset"]["ttl"], 300);
    assert_eq!(r.body["rrset"]["records"][0], json!({"value": "198.51.100.10", "comment": "apex web"}));
    assert_eq!(values(&api.get(&format!("{base}/www/A")).await.body["rrset"]), ["198.51.100.11", "198.51.100.12"]);
    assert_eq!(api.get(&format!("{base}/www/AAAA")).await.status, 200);
    assert_eq!(api.get(&format!("{base}/_dmarc/TXT")).await.body["rrset"]["ttl"], 3600);
    assert_eq!(api.get(&format!("{base}/www/A")).await.body["rrset"]["ttl"], Value::Null);
    assert_eq!(
        api.get(&format!("{base}/@/TXT")).await.body["rrset"]["records"][0]["value"],
        "\"v=spf1 mx -all\" \"; not a comment\""
    );
    let soa = api.get(&format!("{base}/@/SOA")).await;
    assert!(serial(&soa.body["rrset"]) >= 2020010100);

    // Export.
    let r = api.get("/zones/example.de/zonefile").await;
    assert_eq!(r.status, 200, "{}", r.text);
    let exported = r.body["zonefile"].as_str().unwrap().to_string();
    assert!(
        exported
            .starts_with("$ORIGIN\texample.de.\n$TTL\t7200\n\n@\tIN\tSOA\thydrogen.ns.hetzner.com. dns.hetzner.com. "),
        "{exported}"
    );
    assert!(exported.contains("@\tIN\t10800\tNS\thydrogen.ns.hetzner.com.\n"), "{exported}");
    assert!(exported.contains("@\tIN\t300\tA\t198.51.100.10 ; apex web\n"), "{exported}");
    assert!(exported.contains("ftp\tIN\tCNAME\twww.example.de.\n"), "{exported}");

    // Round trip: importing the export gives the same RRSets; the serial moves on.
    let list_before = api.get(&format!("{base}?per_page=100&sort=id")).await.body["rrsets"].clone();
    let serial_before = serial(&soa.body["rrset"]);
    let r = api.post("/zones/example.de/actions/import_zonefile", json!({"zonefile": exported})).await;
    assert_eq!(r.status, 201, "{}", r.text);
    assert_eq!(r.body["action"]["command"], "import_zonefile");
    wait(&api, &r).await;
    let list_after = api.get(&format!("{base}?per_page=100&sort=id")).await.body["rrsets"].clone();
    let strip_soa =
        |l: &Value| -> Vec<Value> { l.as_array().unwrap().iter().filter(|x| x["type"] != "SOA").cloned().collect() };
    assert_eq!(strip_soa(&list_before), strip_soa(&list_after));
    let serial_after = soa_serial(&api, "example.de").await;
    assert!(serial_after > serial_before, "{serial_after} > {serial_before}");
    let again = api.get("/zones/example.de/zonefile").await.body["zonefile"].as_str().unwrap().to_string();
    let no_serial = |s: &str| s.replace(&serial_before.to_string(), "S").replace(&serial_after.to_string(), "S");
    assert_eq!(no_serial(&again), no_serial(&exported));

    // The export creates an identical zone elsewhere (after deleting this one).
    let r = api.delete("/zones/example.de").await;
    assert_eq!(r.status, 201);
    let z = create_zone(&api, json!({"name": "example.de", "mode": "primary", "zonefile": again})).await;
    assert_eq!(z["record_count"], 14);
    let list_new = api.get(&format!("/zones/{}/rrsets?per_page=100&sort=id", z["id"])).await.body["rrsets"].clone();
    let no_zone = |l: Vec<Value>| -> Vec<Value> {
        l.into_iter()
            .map(|mut x| {
                x.as_object_mut().unwrap().remove("zone");
                x
            })
            .collect()
    };
    assert_eq!(no_zone(strip_soa(&list_new)), no_zone(strip_soa(&list_after)));

    // Import replaces every RRSet and sets the default TTL.
    let small = "$ORIGIN example.de.\n$TTL 900\n@ IN SOA hydrogen.ns.hetzner.com. dns.hetzner.com. 1 86400 10800 3600000 3600\n\
                 @ IN NS hydrogen.ns.hetzner.com.\n@ IN NS oxygen.ns.hetzner.com.\n@ IN NS helium.ns.hetzner.de.\nnew IN A 203.0.113.1\n";
    let r = api.post("/zones/example.de/actions/import_zonefile", json!({"zonefile": small})).await;
    assert_eq!(r.status, 201, "{}", r.text);
    let z = api.get("/zones/example.de").await.body["zone"].clone();
    assert_eq!((z["ttl"].as_i64(), z["record_count"].as_i64()), (Some(900), Some(5)));
    assert_eq!(api.get(&format!("{base}/www/A")).await.status, 404);
    assert_eq!(api.get(&format!("{base}/new/A")).await.status, 200);

    // Import errors name the zonefile.
    for bad in [
        "$ORIGIN other.de.\n",
        "@ IN NS hydrogen.ns.hetzner.com.\n@ IN NS oxygen.ns.hetzner.com.\n@ IN NS helium.ns.hetzner.de.\n",
        "@ IN SOA hydrogen.ns.hetzner.com. dns.hetzner.com. 1 2 3 4 5\n@ IN NS hydrogen.ns.hetzner.com.\n",
        "@ IN SOA hydrogen.ns.hetzner.com. dns.hetzner.com. 1 2 3 4 5\n@ CH A 198.51.100.1\n",
        "@ IN SOA hydrogen.ns.hetzner.com. dns.hetzner.com. 1 2 3 4 5\nwww IN A 300.1.1.1\n",
        "@ IN SOA hydrogen.ns.hetzner.com. dns.hetzner.com. ( 1 2 3 4 5\n",
        "$INCLUDE other.zone\n",
        "x.example.com. IN A 198.51.100.1\n",
    ] {
        let r = api.post("/zones/example.de/actions/import_zonefile", json!({"zonefile": bad})).await;
        assert_eq!((r.status, r.fields()), (422, vec!["zonefile".to_string()]), "{bad}: {}", r.text);
    }
    let r = api.post("/zones", json!({"name": "broken.de", "mode": "primary", "zonefile": "www IN A nope\n"})).await;
    assert_eq!(r.fields(), vec!["zonefile"]);
    assert!(r.body["error"]["message"].as_str().unwrap().contains("line 1"), "{}", r.text);
}

// ---------------------------------------------------------------------------------------
// Every zone answer against the document.

#[tokio::test]
async fn zone_answers_match_the_document() {
    let api = Api::start(config()).await;
    // A bit of everything.
    create_zone(
        &api,
        json!({"name": "doc.com", "mode": "primary", "labels": {"a": "b"},
        "rrsets": [{"name": "www", "type": "A", "records": [{"value": "198.51.100.1"}]}]}),
    )
    .await;
    create_zone(&api, json!({"name": "doc2.com", "mode": "secondary",
        "primary_nameservers": [{"address": "198.51.100.1"}, {"address": "198.51.100.2", "tsig_key": "a2V5", "tsig_algorithm": "hmac-md5"}]}))
    .await;
    let calls: Vec<(&str, &str, Option<Value>)> = vec![
        ("GET", "/zones", None),
        ("GET", "/zones/doc.com", None),
        ("GET", "/zones/doc2.com", None),
        ("PUT", "/zones/doc.com", Some(json!({"labels": {"x": "y"}}))),
        ("GET", "/zones/doc.com/zonefile", None),
        ("POST", "/zones/doc.com/actions/change_ttl", Some(json!({"ttl": 900}))),
        ("POST", "/zones/doc.com/actions/change_protection", Some(json!({"delete": false}))),
        (
            "POST",
            "/zones/doc2.com/actions/change_primary_nameservers",
            Some(json!({"primary_nameservers": [{"address": "203.0.113.1"}]})),
        ),
        ("GET", "/zones/doc.com/rrsets", None),
        (
            "POST",
            "/zones/doc.com/rrsets",
            Some(json!({"name": "mx", "type": "MX", "records": [{"value": "10 mx.doc.com."}]})),
        ),
        ("GET", "/zones/doc.com/rrsets/www/A", None),
        ("PUT", "/zones/doc.com/rrsets/www/A", Some(json!({"labels": {"k": "v"}}))),
        (
            "POST",
            "/zones/doc.com/rrsets/www/A/actions/add_records",
            Some(json!({"records": [{"value": "198.51.100.2"}]})),
        ),
        (
            "POST",
            "/zones/doc.com/rrsets/www/A/actions/update_records",
            Some(json!({"records": [{"value": "198.51.100.2", "comment": "c"}]})),
        ),
        (
            "POST",
            "/zones/doc.com/rrsets/www/A/actions/remove_records",
            Some(json!({"records": [{"value": "198.51.100.2"}]})),
        ),
        (
            "POST",
            "/zones/doc.com/rrsets/www/A/actions/set_records",
            Some(json!({"records": [{"value": "198.51.100.3"}]})),
        ),
        ("POST", "/zones/doc.com/rrsets/www/A/actions/change_ttl", Some(json!({"ttl": 60}))),
        ("POST", "/zones/doc.com/rrsets/www/A/actions/change_protection", Some(json!({"change": false}))),
        ("DELETE", "/zones/doc.com/rrsets/mx/MX", None),
        ("GET", "/zones/actions", None),
        ("GET", "/zones/doc.com/actions", None),
        ("GET", "/zones/doc.com/rrsets/nope/A", None),
        ("POST", "/zones", Some(json!({"name": "doc.com", "mode": "primary"}))),
    ];
    for (m, p, b) in calls {
        let r = api.send(m, p, b.map(|b| b.to_string())).await;
        assert!(r.status < 500, "{m} {p}: {}", r.text);
    }
    let doc = api.get("/zones/doc.com").await.body["zone"]["id"].as_i64().unwrap();
    let actions = api.get(&format!("/zones/{doc}/actions")).await;
    let a = actions.body["actions"][0]["id"].as_i64().unwrap();
    api.get(&format!("/zones/actions/{a}")).await;
    api.get(&format!("/zones/{doc}/actions/{a}")).await;
    let r = api
        .post(
            &format!("/zones/{doc}/actions/import_zonefile"),
            json!({"zonefile": api.get("/zones/doc.com/zonefile").await.body["zonefile"]}),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    assert_eq!(api.delete("/zones/doc2.com").await.status, 201);

    // Every zone operation answered 2xx at least once.
    let ops: std::collections::BTreeSet<String> = api
        .emu
        .requests()
        .into_iter()
        .filter(|e| (200..300).contains(&e.status))
        .filter_map(|e| e.operation.filter(|op| op.starts_with("/zones")).map(|op| format!("{} {op}", e.method)))
        .collect();
    assert_eq!(ops.len(), 25, "every zone operation answered 2xx: {ops:?}");
    conformance::assert_conforms(&api, &["/zones"]);
}
