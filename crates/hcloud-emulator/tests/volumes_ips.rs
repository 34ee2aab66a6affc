//! Volumes, floating IPs, primary IPs and placement groups, and what `POST /servers` does with
//! them: success paths, the relations the server view shows, documented errors; and every
//! response body of these operations checked against the OpenAPI document (schema, and every
//! property the schema defines present).

mod common;

use common::{Api, config, conformance};
use serde_json::{Value, json};

/// The operations this file is about (path template prefixes).
const OWN: &[&str] = &["/volumes", "/floating_ips", "/primary_ips", "/placement_groups"];

fn id(v: &Value) -> i64 {
    v["id"].as_i64().unwrap_or_else(|| panic!("no id in {v}"))
}

async fn server_in(api: &Api, name: &str, location: &str, extra: Value) -> Value {
    let mut body = json!({"name": name, "server_type": "cx22", "image": "ubuntu-24.04", "location": location});
    for (k, v) in extra.as_object().unwrap() {
        body[k] = v.clone();
    }
    let r = api.post("/servers", body).await;
    assert_eq!(r.status, 201, "{}", r.text);
    r.body
}

async fn get_server(api: &Api, sid: i64) -> Value {
    let r = api.get(&format!("/servers/{sid}")).await;
    assert_eq!(r.status, 200, "{}", r.text);
    r.body["server"].clone()
}

async fn wait_all(api: &Api, actions: &[&Value]) {
    for a in actions {
        let done = api.wait_action(id(a)).await;
        assert_eq!(done["status"], "success", "{done}");
    }
}

async fn power_off(api: &Api, sid: i64) {
    let r = api.post(&format!("/servers/{sid}/actions/poweroff"), json!({})).await;
    assert_eq!(r.status, 201, "{}", r.text);
    wait_all(api, &[&r.body["action"]]).await;
}

async fn delete_server(api: &Api, sid: i64) {
    let r = api.delete(&format!("/servers/{sid}")).await;
    assert_eq!(r.status, 200, "{}", r.text);
    wait_all(api, &[&r.body["action"]]).await;
}

#[tokio::test]
async fn volumes_lifecycle_attach_detach_resize() {
    let api = Api::start(config()).await;
    let r = api
        .post(
            "/volumes",
            json!({"name": "data-1", "size": 10, "location": "nbg1", "format": "ext4", "labels": {"env": "prod"}}),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let vol = &r.body["volume"];
    let vid = id(vol);
    assert_eq!(vol["status"], "creating");
    assert_eq!(vol["server"], Value::Null);
    assert_eq!(vol["format"], "ext4");
    assert_eq!(vol["size"], 10.0);
    assert_eq!(vol["location"]["name"], "nbg1");
    assert_eq!(vol["linux_device"], format!("/dev/disk/by-id/scsi-0HC_Volume_{vid}"));
    assert_eq!(vol["protection"]["delete"], false);
    assert_eq!(r.body["action"]["command"], "create_volume");
    assert_eq!(r.body["next_actions"], json!([]));

    // Locked while creating.
    let r2 = api.post(&format!("/volumes/{vid}/actions/resize"), json!({"size": 20})).await;
    assert_eq!((r2.status, r2.code()), (423, "locked"));
    wait_all(&api, &[&r.body["action"]]).await;
    let v = api.get(&format!("/volumes/{vid}")).await;
    assert_eq!(v.body["volume"]["status"], "available");

    // Creation errors.
    for (body, field) in [
        (json!({"name": "small", "size": 5, "location": "nbg1"}), "size"),
        (json!({"name": "big", "size": 10241, "location": "nbg1"}), "size"),
        (json!({"name": "-bad", "size": 10, "location": "nbg1"}), "name"),
        (json!({"name": "nowhere", "size": 10}), "location"),
        (json!({"name": "fs", "size": 10, "location": "nbg1", "format": "ntfs"}), "format"),
        (json!({"name": "am", "size": 10, "location": "nbg1", "automount": true}), "automount"),
        (json!({"name": "loc", "size": 10, "location": "mars1"}), "location"),
    ] {
        let r = api.post("/volumes", body.clone()).await;
        assert_eq!((r.status, r.code()), (422, "invalid_input"), "{body}: {}", r.text);
        assert_eq!(r.fields(), vec![field.to_string()], "{body}");
    }
    let r = api.post("/volumes", json!({"name": "data-1", "size": 10, "location": "fsn1"})).await;
    assert_eq!((r.status, r.code()), (409, "uniqueness_error"));
    let r = api.post("/volumes", json!({"name": "orphan", "size": 10, "server": 999_999})).await;
    assert_eq!((r.status, r.code()), (404, "not_found"));

    // Lists: status filter, name, label selector, sort.
    let r = api.post("/volumes", json!({"name": "data-2", "size": 50, "location": "nbg1"})).await;
    let v2 = id(&r.body["volume"]);
    let l = api.get("/volumes?status=creating").await;
    assert_eq!(l.body["volumes"].as_array().unwrap().iter().map(id).collect::<Vec<_>>(), vec![v2]);
    let l = api.get("/volumes?status=available").await;
    assert_eq!(l.body["volumes"].as_array().unwrap().iter().map(id).collect::<Vec<_>>(), vec![vid]);
    let l = api.get("/volumes?sort=name:desc").await;
    assert_eq!(l.body["volumes"].as_array().unwrap().iter().map(id).collect::<Vec<_>>(), vec![v2, vid]);
    let l = api.get("/volumes?label_selector=env%3Dprod&name=data-1").await;
    assert_eq!(l.body["volumes"].as_array().unwrap().len(), 1);
    let l = api.get("/volumes?status=broken").await;
    assert_eq!(l.status, 400, "{}", l.text);
    wait_all(&api, &[&r.body["action"]]).await;

    // Attach to a server in the same location; the server lists it.
    let s = server_in(&api, "vol-host", "nbg1", json!({})).await;
    let sid = id(&s["server"]);
    let far = server_in(&api, "far-host", "fsn1", json!({})).await;
    let far_id = id(&far["server"]);
    wait_all(&api, &[&s["action"], &far["action"]]).await;
    let r = api.post(&format!("/volumes/{vid}/actions/attach"), json!({"server": sid, "automount": false})).await;
    assert_eq!(r.status, 201, "{}", r.text);
    assert_eq!(r.body["action"]["command"], "attach_volume");
    let res: Vec<(i64, String)> = r.body["action"]["resources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| (id(x), x["type"].as_str().unwrap().to_string()))
        .collect();
    assert!(res.contains(&(vid, "volume".into())) && res.contains(&(sid, "server".into())), "{res:?}");
    assert_eq!(api.get(&format!("/volumes/{vid}")).await.body["volume"]["server"], sid);
    assert_eq!(get_server(&api, sid).await["volumes"], json!([vid]));
    wait_all(&api, &[&r.body["action"]]).await;

    let r = api.post(&format!("/volumes/{vid}/actions/attach"), json!({"server": far_id})).await;
    assert_eq!((r.status, r.code()), (422, "volume_already_attached"));
    let r = api.delete(&format!("/volumes/{vid}")).await;
    assert_eq!((r.status, r.code()), (422, "volume_already_attached"));
    let r = api.post(&format!("/volumes/{v2}/actions/attach"), json!({"server": far_id})).await;
    assert_eq!((r.status, r.code()), (422, "invalid_input"), "{}", r.text);
    let r = api.post(&format!("/volumes/{v2}/actions/attach"), json!({"server": 999_999})).await;
    assert_eq!((r.status, r.code()), (404, "not_found"));
    let r = api.post(&format!("/volumes/{v2}/actions/attach"), json!({})).await;
    assert_eq!((r.status, r.code()), (422, "invalid_input"));
    let r = api.post("/volumes/999999/actions/attach", json!({"server": sid})).await;
    assert_eq!((r.status, r.code()), (404, "not_found"));

    // Detach.
    let r = api.post(&format!("/volumes/{vid}/actions/detach"), json!({})).await;
    assert_eq!(r.status, 201, "{}", r.text);
    assert_eq!(r.body["action"]["command"], "detach_volume");
    assert_eq!(api.get(&format!("/volumes/{vid}")).await.body["volume"]["server"], Value::Null);
    assert_eq!(get_server(&api, sid).await["volumes"], json!([]));
    wait_all(&api, &[&r.body["action"]]).await;

    // Resize: only grows, the size changes when the action ends.
    let r = api.post(&format!("/volumes/{vid}/actions/resize"), json!({"size": 10})).await;
    assert_eq!((r.status, r.code()), (422, "invalid_input"));
    let r = api.post(&format!("/volumes/{vid}/actions/resize"), json!({"size": 20480})).await;
    assert_eq!((r.status, r.code()), (422, "invalid_input"));
    let r = api.post(&format!("/volumes/{vid}/actions/resize"), json!({"size": 25})).await;
    assert_eq!(r.status, 201, "{}", r.text);
    assert_eq!(r.body["action"]["command"], "resize_volume");
    wait_all(&api, &[&r.body["action"]]).await;
    assert_eq!(api.get(&format!("/volumes/{vid}")).await.body["volume"]["size"], 25.0);

    // Update.
    let r = api.put(&format!("/volumes/{vid}"), json!({"name": "data-1b", "labels": {"env": "dev"}})).await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(r.body["volume"]["name"], "data-1b");
    assert_eq!(r.body["volume"]["labels"], json!({"env": "dev"}));
    let r = api.put(&format!("/volumes/{vid}"), json!({"name": "bad name"})).await;
    assert_eq!((r.status, r.code()), (422, "invalid_input"));
    let r = api.put(&format!("/volumes/{vid}"), json!({"name": "data-2"})).await;
    assert_eq!((r.status, r.code()), (409, "uniqueness_error"));
    let r = api.put(&format!("/volumes/{vid}"), json!({"size": 99})).await;
    assert_eq!((r.status, r.code()), (422, "invalid_input"));

    // Protection.
    let r = api.post(&format!("/volumes/{vid}/actions/change_protection"), json!({"delete": true})).await;
    assert_eq!(r.status, 201, "{}", r.text);
    assert_eq!(r.body["action"]["command"], "change_protection");
    let r = api.delete(&format!("/volumes/{vid}")).await;
    assert_eq!((r.status, r.code()), (423, "protected"));
    api.post(&format!("/volumes/{vid}/actions/change_protection"), json!({"delete": false})).await;

    // Action lists.
    let r = api.get(&format!("/volumes/{vid}/actions?sort=id")).await;
    let commands: Vec<&str> =
        r.body["actions"].as_array().unwrap().iter().map(|a| a["command"].as_str().unwrap()).collect();
    assert_eq!(
        commands,
        ["create_volume", "attach_volume", "detach_volume", "resize_volume", "change_protection", "change_protection"]
    );
    let first = id(&r.body["actions"][0]);
    assert_eq!(api.get(&format!("/volumes/{vid}/actions/{first}")).await.status, 200);
    assert_eq!(api.get(&format!("/volumes/actions/{first}")).await.status, 200);
    assert!(api.get("/volumes/actions").await.body["actions"].as_array().unwrap().len() >= 7);

    let r = api.delete(&format!("/volumes/{vid}")).await;
    assert_eq!(r.status, 204, "{}", r.text);
    assert_eq!(api.get(&format!("/volumes/{vid}")).await.status, 404);

    // Created for a server: same location, attached at once, `attach_volume` next.
    let r = api
        .post("/volumes", json!({"name": "db", "size": 42, "server": sid, "automount": true, "format": "xfs"}))
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let db = id(&r.body["volume"]);
    assert_eq!(r.body["volume"]["server"], sid);
    assert_eq!(r.body["volume"]["location"]["name"], "nbg1");
    assert_eq!(r.body["next_actions"][0]["command"], "attach_volume");
    assert_eq!(get_server(&api, sid).await["volumes"], json!([db]));
    let r2 = api.post("/volumes", json!({"name": "db2", "size": 42, "server": sid, "location": "fsn1"})).await;
    assert_eq!((r2.status, r2.code()), (422, "invalid_input"));
    wait_all(&api, &[&r.body["action"], &r.body["next_actions"][0]]).await;

    // Deleting the server detaches the volume; its device path stays.
    delete_server(&api, sid).await;
    let v = api.get(&format!("/volumes/{db}")).await.body["volume"].clone();
    assert_eq!(v["server"], Value::Null);
    assert_eq!(v["linux_device"], format!("/dev/disk/by-id/scsi-0HC_Volume_{db}"));
    assert_eq!(api.delete(&format!("/volumes/{db}")).await.status, 204);

    conformance::assert_conforms(&api, OWN);
}

#[tokio::test]
async fn floating_ips_assign_move_dns_and_delete() {
    let api = Api::start(config()).await;
    let a = server_in(&api, "fip-a", "nbg1", json!({})).await;
    let b = server_in(&api, "fip-b", "hel1", json!({})).await;
    let (sa, sb) = (id(&a["server"]), id(&b["server"]));
    wait_all(&api, &[&a["action"], &b["action"]]).await;

    let r = api
        .post(
            "/floating_ips",
            json!({"type": "ipv4", "home_location": "fsn1", "name": "web", "description": "Web", "labels": {"k": "v"}}),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let f4 = &r.body["floating_ip"];
    let f4_id = id(f4);
    let ip4 = f4["ip"].as_str().unwrap().to_string();
    assert!(ip4.starts_with("203.0.113.") || ip4.starts_with("198.51.100."), "{ip4}");
    assert_eq!(f4["type"], "ipv4");
    assert_eq!(f4["server"], Value::Null);
    assert_eq!(f4["home_location"]["name"], "fsn1");
    assert_eq!(f4["description"], "Web");
    assert_eq!(f4["blocked"], false);
    assert_eq!(f4["dns_ptr"][0]["ip"], ip4.as_str());
    assert!(f4["dns_ptr"][0]["dns_ptr"].as_str().unwrap().ends_with(".clients.your-server.de"));
    assert_eq!(r.body["action"], Value::Null);

    // IPv6 assigned at creation: home location of the server, an action.
    let r = api.post("/floating_ips", json!({"type": "ipv6", "server": sa})).await;
    assert_eq!(r.status, 201, "{}", r.text);
    let f6 = &r.body["floating_ip"];
    let f6_id = id(f6);
    let net6 = f6["ip"].as_str().unwrap().to_string();
    assert!(net6.starts_with("2001:db8:") && net6.ends_with("::/64"), "{net6}");
    assert_eq!(f6["server"], sa);
    assert_eq!(f6["home_location"]["name"], "nbg1");
    assert_eq!(f6["dns_ptr"], json!([]));
    assert_eq!(f6["description"], Value::Null);
    assert!(f6["name"].is_string());
    assert_eq!(r.body["action"]["command"], "assign_floating_ip");
    assert_eq!(get_server(&api, sa).await["public_net"]["floating_ips"], json!([f6_id]));
    wait_all(&api, &[&r.body["action"]]).await;

    for (body, status, code) in [
        (json!({"type": "ipv4"}), 422, "invalid_input"),
        (json!({"type": "ipv5", "home_location": "fsn1"}), 422, "invalid_input"),
        (json!({"type": "ipv4", "server": 999_999}), 404, "not_found"),
        (json!({"type": "ipv4", "home_location": "fsn1", "name": "web"}), 409, "uniqueness_error"),
    ] {
        let r = api.post("/floating_ips", body.clone()).await;
        assert_eq!((r.status, r.code()), (status, code), "{body}: {}", r.text);
    }

    // Assign, then move to another server (any location).
    let r = api.post(&format!("/floating_ips/{f4_id}/actions/assign"), json!({"server": sa})).await;
    assert_eq!(r.status, 201, "{}", r.text);
    assert_eq!(r.body["action"]["command"], "assign_floating_ip");
    wait_all(&api, &[&r.body["action"]]).await;
    let mut fips = get_server(&api, sa).await["public_net"]["floating_ips"].as_array().unwrap().clone();
    fips.sort_by_key(|v| v.as_i64());
    assert_eq!(fips, vec![json!(f4_id), json!(f6_id)]);
    let r = api.post(&format!("/floating_ips/{f4_id}/actions/assign"), json!({"server": sa})).await;
    assert_eq!((r.status, r.code()), (422, "floating_ip_assigned"));
    let r = api.post(&format!("/floating_ips/{f4_id}/actions/assign"), json!({"server": 999_999})).await;
    assert_eq!((r.status, r.code()), (404, "not_found"));
    let r = api.post(&format!("/floating_ips/{f4_id}/actions/assign"), json!({"server": sb})).await;
    assert_eq!(r.status, 201, "{}", r.text);
    wait_all(&api, &[&r.body["action"]]).await;
    assert_eq!(get_server(&api, sa).await["public_net"]["floating_ips"], json!([f6_id]));
    assert_eq!(get_server(&api, sb).await["public_net"]["floating_ips"], json!([f4_id]));

    // Reverse DNS.
    let r = api
        .post(
            &format!("/floating_ips/{f4_id}/actions/change_dns_ptr"),
            json!({"ip": ip4, "dns_ptr": "web.example.com"}),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    assert_eq!(r.body["action"]["command"], "change_dns_ptr");
    let f = api.get(&format!("/floating_ips/{f4_id}")).await.body["floating_ip"].clone();
    assert_eq!(f["dns_ptr"], json!([{"ip": ip4, "dns_ptr": "web.example.com"}]));
    api.post(&format!("/floating_ips/{f4_id}/actions/change_dns_ptr"), json!({"ip": ip4, "dns_ptr": null})).await;
    let f = api.get(&format!("/floating_ips/{f4_id}")).await.body["floating_ip"].clone();
    assert!(f["dns_ptr"][0]["dns_ptr"].as_str().unwrap().starts_with("static."), "{f}");
    let r = api
        .post(
            &format!("/floating_ips/{f4_id}/actions/change_dns_ptr"),
            json!({"ip": "192.0.2.1", "dns_ptr": "x.example"}),
        )
        .await;
    assert_eq!((r.status, r.code()), (422, "invalid_input"));
    let host6 = net6.replace("::/64", "::1");
    let r = api
        .post(
            &format!("/floating_ips/{f6_id}/actions/change_dns_ptr"),
            json!({"ip": host6, "dns_ptr": "v6.example.com"}),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let f = api.get(&format!("/floating_ips/{f6_id}")).await.body["floating_ip"].clone();
    assert_eq!(f["dns_ptr"], json!([{"ip": host6, "dns_ptr": "v6.example.com"}]));
    api.post(&format!("/floating_ips/{f6_id}/actions/change_dns_ptr"), json!({"ip": host6, "dns_ptr": null})).await;
    assert_eq!(api.get(&format!("/floating_ips/{f6_id}")).await.body["floating_ip"]["dns_ptr"], json!([]));
    let r = api
        .post(
            &format!("/floating_ips/{f6_id}/actions/change_dns_ptr"),
            json!({"ip": "2001:db9::1", "dns_ptr": "x.example"}),
        )
        .await;
    assert_eq!((r.status, r.code()), (422, "invalid_input"));

    // Update: description, name, labels; null clears the description.
    let r = api
        .put(&format!("/floating_ips/{f4_id}"), json!({"description": "Front", "name": "front", "labels": {}}))
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(
        (r.body["floating_ip"]["description"].as_str(), r.body["floating_ip"]["name"].as_str()),
        (Some("Front"), Some("front"))
    );
    assert_eq!(r.body["floating_ip"]["labels"], json!({}));
    let r = api.put(&format!("/floating_ips/{f4_id}"), json!({"description": null})).await;
    assert_eq!(r.body["floating_ip"]["description"], Value::Null);
    let r = api.put(&format!("/floating_ips/{f4_id}"), json!({"ip": "203.0.113.9"})).await;
    assert_eq!((r.status, r.code()), (422, "invalid_input"));

    // Lists.
    let l = api.get("/floating_ips?name=front").await;
    assert_eq!(l.body["floating_ips"].as_array().unwrap().iter().map(id).collect::<Vec<_>>(), vec![f4_id]);
    let l = api.get("/floating_ips?sort=id:desc").await;
    assert_eq!(l.body["floating_ips"].as_array().unwrap().iter().map(id).collect::<Vec<_>>(), vec![f6_id, f4_id]);

    // Delete: protected, then must be unassigned first.
    api.post(&format!("/floating_ips/{f4_id}/actions/change_protection"), json!({"delete": true})).await;
    let r = api.delete(&format!("/floating_ips/{f4_id}")).await;
    assert_eq!((r.status, r.code()), (423, "protected"));
    api.post(&format!("/floating_ips/{f4_id}/actions/change_protection"), json!({"delete": false})).await;
    let r = api.delete(&format!("/floating_ips/{f4_id}")).await;
    assert_eq!((r.status, r.code()), (422, "must_be_unassigned"));
    let r = api.post(&format!("/floating_ips/{f4_id}/actions/unassign"), json!({})).await;
    assert_eq!(r.status, 201, "{}", r.text);
    assert_eq!(r.body["action"]["command"], "unassign_floating_ip");
    assert_eq!(get_server(&api, sb).await["public_net"]["floating_ips"], json!([]));
    wait_all(&api, &[&r.body["action"]]).await;
    let acts = api.get(&format!("/floating_ips/{f4_id}/actions")).await;
    assert!(acts.body["actions"].as_array().unwrap().len() >= 5);
    let any = id(&acts.body["actions"][0]);
    assert_eq!(api.get(&format!("/floating_ips/actions/{any}")).await.status, 200);
    assert_eq!(api.get("/floating_ips/actions").await.status, 200);
    assert_eq!(api.delete(&format!("/floating_ips/{f4_id}")).await.status, 204);

    // Deleting the server unassigns its floating IP.
    delete_server(&api, sa).await;
    assert_eq!(api.get(&format!("/floating_ips/{f6_id}")).await.body["floating_ip"]["server"], Value::Null);
    assert_eq!(api.delete(&format!("/floating_ips/{f6_id}")).await.status, 204);

    conformance::assert_conforms(&api, OWN);
}

#[tokio::test]
async fn primary_ips_assign_unassign_and_servers_using_them() {
    let api = Api::start(config()).await;
    let r = api
        .post("/primary_ips", json!({"name": "ip4", "type": "ipv4", "location": "nbg1", "labels": {"a": "b"}}))
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let p4 = &r.body["primary_ip"];
    let p4_id = id(p4);
    let ip4 = p4["ip"].as_str().unwrap().to_string();
    assert_eq!((p4["assignee_id"].clone(), p4["assignee_type"].clone()), (Value::Null, json!("server")));
    assert_eq!(p4["auto_delete"], false);
    assert_eq!(p4["location"]["name"], "nbg1");
    assert_eq!(r.body["action"], Value::Null);
    let r = api.post("/primary_ips", json!({"name": "ip6", "type": "ipv6", "location": 2})).await;
    assert_eq!(r.status, 201, "{}", r.text);
    let p6_id = id(&r.body["primary_ip"]);
    let fsn_ip = id(
        &api.post("/primary_ips", json!({"name": "far", "type": "ipv4", "location": "fsn1"})).await.body["primary_ip"],
    );

    for (body, status, code) in [
        (json!({"name": "nowhere", "type": "ipv4"}), 422, "invalid_input"),
        (json!({"name": "ip4", "type": "ipv4", "location": "nbg1"}), 409, "uniqueness_error"),
        (json!({"name": "bad", "type": "ipv7", "location": "nbg1"}), 422, "invalid_input"),
        (json!({"name": "gone", "type": "ipv4", "assignee_id": 999_999, "assignee_type": "server"}), 404, "not_found"),
    ] {
        let r = api.post("/primary_ips", body.clone()).await;
        assert_eq!((r.status, r.code()), (status, code), "{body}: {}", r.text);
    }
    let l = api.get(&format!("/primary_ips?ip={ip4}")).await;
    assert_eq!(l.body["primary_ips"].as_array().unwrap().iter().map(id).collect::<Vec<_>>(), vec![p4_id]);

    // A server made with a given primary IP uses it.
    let wrong = api
        .post(
            "/servers",
            json!({"name": "pip", "server_type": "cx22", "image": "ubuntu-24.04", "location": "nbg1",
                   "public_net": {"ipv4": p6_id, "enable_ipv4": true}}),
        )
        .await;
    assert_eq!((wrong.status, wrong.code()), (412, "primary_ip_version_mismatch"), "{}", wrong.text);
    let r = api
        .post(
            "/servers",
            json!({"name": "pip", "server_type": "cx22", "image": "ubuntu-24.04", "location": "nbg1",
                   "public_net": {"ipv4": fsn_ip}}),
        )
        .await;
    assert_eq!((r.status, r.code()), (422, "primary_ip_datacenter_mismatch"), "{}", r.text);
    let r = api
        .post(
            "/servers",
            json!({"name": "pip", "server_type": "cx22", "image": "ubuntu-24.04", "location": "nbg1",
                   "public_net": {"ipv4": 999_999}}),
        )
        .await;
    assert_eq!((r.status, r.fields()), (422, vec!["public_net.ipv4".to_string()]), "{}", r.text);
    let s = server_in(&api, "pip", "nbg1", json!({"public_net": {"ipv4": p4_id, "ipv6": p6_id}})).await;
    let sid = id(&s["server"]);
    assert_eq!(s["server"]["public_net"]["ipv4"]["id"], p4_id);
    assert_eq!(s["server"]["public_net"]["ipv4"]["ip"], ip4.as_str());
    assert_eq!(s["server"]["public_net"]["ipv6"]["id"], p6_id);
    let p = api.get(&format!("/primary_ips/{p4_id}")).await.body["primary_ip"].clone();
    assert_eq!(p["assignee_id"], sid);
    let r = api
        .post(
            "/servers",
            json!({"name": "pip2", "server_type": "cx22", "image": "ubuntu-24.04", "public_net": {"ipv4": p4_id}}),
        )
        .await;
    assert_eq!((r.status, r.code()), (422, "primary_ip_assigned"), "{}", r.text);
    // The server's own location defaults to that of the given IP.
    let r = api
        .post(
            "/servers",
            json!({"name": "pip3", "server_type": "cx22", "image": "ubuntu-24.04",
                   "public_net": {"ipv4": fsn_ip, "enable_ipv6": false}}),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    assert_eq!(r.body["server"]["location"]["name"], "fsn1");
    assert_eq!(r.body["server"]["public_net"]["ipv6"], Value::Null);
    let pip3 = id(&r.body["server"]);
    wait_all(&api, &[&s["action"], &r.body["action"]]).await;

    // Deleting an assigned IP is refused; unassigning needs the server off.
    let r = api.delete(&format!("/primary_ips/{p4_id}")).await;
    assert_eq!((r.status, r.code()), (422, "must_be_unassigned"));
    let r = api.post(&format!("/primary_ips/{p4_id}/actions/unassign"), json!({})).await;
    assert_eq!((r.status, r.code()), (422, "server_not_stopped"));
    power_off(&api, sid).await;
    let r = api.post(&format!("/primary_ips/{p4_id}/actions/unassign"), json!({})).await;
    assert_eq!(r.status, 201, "{}", r.text);
    assert_eq!(r.body["action"]["command"], "unassign_primary_ip");
    assert_eq!(get_server(&api, sid).await["public_net"]["ipv4"], Value::Null);
    assert_eq!(api.get(&format!("/primary_ips/{p4_id}")).await.body["primary_ip"]["assignee_id"], Value::Null);
    wait_all(&api, &[&r.body["action"]]).await;

    // Assign: errors, then success.
    let r = api
        .post(&format!("/primary_ips/{p6_id}/actions/assign"), json!({"assignee_id": sid, "assignee_type": "server"}))
        .await;
    assert_eq!((r.status, r.code()), (422, "primary_ip_already_assigned"));
    let r = api
        .post(&format!("/primary_ips/{p4_id}/actions/assign"), json!({"assignee_id": pip3, "assignee_type": "server"}))
        .await;
    assert!(r.code() == "server_not_stopped" || r.code() == "server_has_ipv4", "{}", r.text);
    let other = id(
        &api.post("/primary_ips", json!({"name": "other", "type": "ipv4", "location": "nbg1"})).await.body["primary_ip"]
    );
    let r = api
        .post(&format!("/primary_ips/{p4_id}/actions/assign"), json!({"assignee_id": sid, "assignee_type": "server"}))
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    assert_eq!(r.body["action"]["command"], "assign_primary_ip");
    wait_all(&api, &[&r.body["action"]]).await;
    assert_eq!(get_server(&api, sid).await["public_net"]["ipv4"]["id"], p4_id);
    let r = api
        .post(&format!("/primary_ips/{other}/actions/assign"), json!({"assignee_id": sid, "assignee_type": "server"}))
        .await;
    assert_eq!((r.status, r.code()), (422, "server_has_ipv4"));
    let r = api
        .post(&format!("/primary_ips/{fsn_ip}/actions/assign"), json!({"assignee_id": sid, "assignee_type": "server"}))
        .await;
    assert_eq!((r.status, r.code()), (422, "primary_ip_already_assigned"));

    // Create assigned to an off server without an IPv4.
    let s2 =
        server_in(&api, "bare", "nbg1", json!({"start_after_create": false, "public_net": {"enable_ipv4": false}}))
            .await;
    let s2_id = id(&s2["server"]);
    assert_eq!(s2["server"]["public_net"]["ipv4"], Value::Null);
    wait_all(&api, &[&s2["action"]]).await;
    let r = api
        .post(
            "/primary_ips",
            json!({"name": "auto", "type": "ipv4", "assignee_id": s2_id, "assignee_type": "server", "auto_delete": true}),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let auto_id = id(&r.body["primary_ip"]);
    assert_eq!(r.body["action"]["command"], "assign_primary_ip");
    assert_eq!(r.body["primary_ip"]["assignee_id"], s2_id);
    assert_eq!(r.body["primary_ip"]["location"]["name"], "nbg1");
    assert_eq!(get_server(&api, s2_id).await["public_net"]["ipv4"]["id"], auto_id);
    let r = api
        .post("/primary_ips", json!({"name": "auto2", "type": "ipv4", "assignee_id": s2_id, "assignee_type": "server"}))
        .await;
    assert_eq!((r.status, r.code()), (422, "server_has_ipv4"));

    // Protection needs auto_delete off; auto_delete cannot be enabled while protected.
    let r = api.post(&format!("/primary_ips/{auto_id}/actions/change_protection"), json!({"delete": true})).await;
    assert_eq!((r.status, r.code()), (422, "invalid_input"));
    let r = api.post(&format!("/primary_ips/{other}/actions/change_protection"), json!({"delete": true})).await;
    assert_eq!(r.status, 201, "{}", r.text);
    let r = api.put(&format!("/primary_ips/{other}"), json!({"auto_delete": true})).await;
    assert_eq!((r.status, r.code()), (422, "invalid_input"));
    let r = api.delete(&format!("/primary_ips/{other}")).await;
    assert_eq!((r.status, r.code()), (423, "protected"));
    api.post(&format!("/primary_ips/{other}/actions/change_protection"), json!({"delete": false})).await;
    let r = api
        .put(&format!("/primary_ips/{other}"), json!({"auto_delete": true, "name": "other2", "labels": {"x": "y"}}))
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(r.body["primary_ip"]["auto_delete"], true);
    assert_eq!(r.body["primary_ip"]["name"], "other2");
    let r = api.put(&format!("/primary_ips/{other}"), json!({"ip": "1.2.3.4"})).await;
    assert_eq!((r.status, r.code()), (422, "invalid_input"));

    // Reverse DNS.
    let r = api
        .post(&format!("/primary_ips/{p4_id}/actions/change_dns_ptr"), json!({"ip": ip4, "dns_ptr": "srv.example.com"}))
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    assert_eq!(get_server(&api, sid).await["public_net"]["ipv4"]["dns_ptr"], "srv.example.com");
    let acts = api.get(&format!("/primary_ips/{p4_id}/actions")).await;
    let commands: Vec<&str> =
        acts.body["actions"].as_array().unwrap().iter().map(|a| a["command"].as_str().unwrap()).collect();
    for c in ["unassign_primary_ip", "assign_primary_ip", "change_dns_ptr"] {
        assert!(commands.contains(&c), "{commands:?}");
    }
    let any = id(&acts.body["actions"][0]);
    assert_eq!(api.get(&format!("/primary_ips/actions/{any}")).await.status, 200);
    assert_eq!(api.get("/primary_ips/actions").await.status, 200);

    // Deleting servers: auto_delete IPs go with them, the others are unassigned.
    delete_server(&api, s2_id).await;
    delete_server(&api, sid).await;
    // A write collects what the deletions freed.
    assert_eq!(api.delete(&format!("/primary_ips/{other}")).await.status, 204);
    assert_eq!(api.get(&format!("/primary_ips/{auto_id}")).await.status, 404);
    let p = api.get(&format!("/primary_ips/{p4_id}")).await.body["primary_ip"].clone();
    assert_eq!(p["assignee_id"], Value::Null);
    assert_eq!(api.delete(&format!("/primary_ips/{p4_id}")).await.status, 204);
    assert_eq!(api.delete(&format!("/primary_ips/{p6_id}")).await.status, 204);

    conformance::assert_conforms(&api, OWN);
}

#[tokio::test]
async fn server_create_with_volumes_placement_group_and_networks() {
    let api = Api::start(config()).await;
    let pg = api.post("/placement_groups", json!({"name": "spread", "type": "spread"})).await;
    assert_eq!(pg.status, 201, "{}", pg.text);
    let pg_id = id(&pg.body["placement_group"]);
    let v = api.post("/volumes", json!({"name": "v1", "size": 10, "location": "nbg1"})).await;
    let vid = id(&v.body["volume"]);
    let vfar = id(&api.post("/volumes", json!({"name": "v2", "size": 10, "location": "fsn1"})).await.body["volume"]);
    wait_all(&api, &[&v.body["action"]]).await;

    let base = json!({"name": "s", "server_type": "cx22", "image": "ubuntu-24.04", "location": "nbg1"});
    let with = |extra: Value| {
        let mut b = base.clone();
        for (k, v) in extra.as_object().unwrap() {
            b[k] = v.clone();
        }
        b
    };
    for (extra, field) in [
        (json!({"volumes": [999_999]}), "volumes"),
        (json!({"volumes": [vfar]}), "volumes"),
        (json!({"placement_group": 999_999}), "placement_group"),
        (json!({"networks": [999_999]}), "networks"),
    ] {
        let r = api.post("/servers", with(extra.clone())).await;
        assert_eq!((r.status, r.fields()), (422, vec![field.to_string()]), "{extra}: {}", r.text);
    }
    assert_eq!(api.get("/servers").await.body["servers"], json!([]));
    assert_eq!(api.get("/primary_ips").await.body["primary_ips"], json!([]));

    let r = api.post("/servers", with(json!({"volumes": [vid], "placement_group": pg_id, "automount": false}))).await;
    assert_eq!(r.status, 201, "{}", r.text);
    let sid = id(&r.body["server"]);
    let server = &r.body["server"];
    assert_eq!(server["volumes"], json!([vid]));
    assert_eq!(server["placement_group"]["id"], pg_id);
    assert_eq!(server["placement_group"]["servers"], json!([sid]));
    let next: Vec<&str> =
        r.body["next_actions"].as_array().unwrap().iter().map(|a| a["command"].as_str().unwrap()).collect();
    assert_eq!(next, ["start_server", "attach_volume"]);
    assert_eq!(api.get(&format!("/volumes/{vid}")).await.body["volume"]["server"], sid);
    assert_eq!(api.get(&format!("/placement_groups/{pg_id}")).await.body["placement_group"]["servers"], json!([sid]));
    let got = get_server(&api, sid).await;
    assert_eq!((got["volumes"].clone(), got["placement_group"]["id"].clone()), (json!([vid]), json!(pg_id)));
    let r2 = api.post("/servers", with(json!({"name": "s2", "volumes": [vid]}))).await;
    assert_eq!((r2.status, r2.code()), (422, "volume_already_attached"));
    wait_all(&api, &[&r.body["action"]]).await;

    // A spread group holds at most 10 servers.
    for n in 2..=10 {
        let r = api.post("/servers", with(json!({"name": format!("s{n}"), "placement_group": pg_id}))).await;
        assert_eq!(r.status, 201, "{}", r.text);
    }
    let r = api.post("/servers", with(json!({"name": "s11", "placement_group": pg_id}))).await;
    assert_eq!((r.status, r.code()), (422, "placement_error"), "{}", r.text);
    assert_eq!(api.get("/servers?name=s11").await.body["servers"], json!([]));

    // Deleting the server frees its volume and its seat in the group.
    delete_server(&api, sid).await;
    let r = api.post("/servers", with(json!({"name": "s11", "placement_group": pg_id, "volumes": [vid]}))).await;
    assert_eq!(r.status, 201, "{}", r.text);
    assert_eq!(r.body["server"]["volumes"], json!([vid]));
    assert_eq!(r.body["server"]["placement_group"]["servers"].as_array().unwrap().len(), 10);

    conformance::assert_conforms(&api, OWN);
}

#[tokio::test]
async fn failed_actions_change_nothing() {
    let api = Api::start(config()).await;
    let s = server_in(&api, "host", "nbg1", json!({})).await;
    let sid = id(&s["server"]);
    wait_all(&api, &[&s["action"]]).await;
    let v = api.post("/volumes", json!({"name": "v", "size": 10, "location": "nbg1"})).await;
    let vid = id(&v.body["volume"]);
    wait_all(&api, &[&v.body["action"]]).await;
    let f = api.post("/floating_ips", json!({"type": "ipv4", "home_location": "nbg1"})).await;
    let fid = id(&f.body["floating_ip"]);
    for command in ["attach_volume", "assign_floating_ip", "resize_volume"] {
        let r = api.post("/__emulator/action-failures", json!({"command": command})).await;
        assert_eq!(r.status, 204);
    }
    let r = api.post(&format!("/volumes/{vid}/actions/attach"), json!({"server": sid})).await;
    assert_eq!(r.status, 201, "{}", r.text);
    let done = api.wait_action(id(&r.body["action"])).await;
    assert_eq!(done["status"], "error");
    assert_eq!(api.get(&format!("/volumes/{vid}")).await.body["volume"]["server"], Value::Null);
    let r = api.post(&format!("/floating_ips/{fid}/actions/assign"), json!({"server": sid})).await;
    assert_eq!(api.wait_action(id(&r.body["action"])).await["status"], "error");
    assert_eq!(get_server(&api, sid).await["public_net"]["floating_ips"], json!([]));
    let r = api.post(&format!("/volumes/{vid}/actions/resize"), json!({"size": 30})).await;
    assert_eq!(api.wait_action(id(&r.body["action"])).await["status"], "error");
    assert_eq!(api.get(&format!("/volumes/{vid}")).await.body["volume"]["size"], 10.0);

    // Placement group bodies are checked.
    let r = api.post("/placement_groups", json!({"name": "pg", "type": "cluster"})).await;
    assert_eq!((r.status, r.code()), (422, "invalid_input"));
    let r = api.post("/placement_groups", json!({"type": "spread"})).await;
    assert_eq!((r.status, r.code()), (422, "invalid_input"));
    let r = api.post("/placement_groups", json!({"name": "pg", "type": "spread"})).await;
    assert_eq!(r.status, 201, "{}", r.text);
    let pg = id(&r.body["placement_group"]);
    let r = api.put(&format!("/placement_groups/{pg}"), json!({"servers": [1]})).await;
    assert_eq!((r.status, r.code()), (422, "invalid_input"));
    assert_eq!(api.get("/placement_groups?type=spread").await.body["placement_groups"].as_array().unwrap().len(), 1);
    assert_eq!(api.get("/placement_groups?type=cluster").await.status, 400);

    conformance::assert_conforms(&api, OWN);
}
