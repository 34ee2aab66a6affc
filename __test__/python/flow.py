"""A whole-project flow through the official Python client (hcloud-python) against the emulator.

Run by scripts/test-python.sh, which starts the emulator and sets HCLOUD_ENDPOINT (the base URL,
without /v1) and HCLOUD_TOKEN. Every call must succeed and its answer parse into the client's
types; the first exception ends the run with the call's name and the traceback (exit 1).
"""

from __future__ import annotations

import os
import sys
import traceback

from hcloud import Client
from hcloud.images import Image
from hcloud.load_balancer_types import LoadBalancerType
from hcloud.load_balancers import (
    LoadBalancerHealthCheck,
    LoadBalancerService,
    LoadBalancerServiceHttp,
    LoadBalancerTarget,
    LoadBalancerTargetLabelSelector,
)
from hcloud.locations import Location
from hcloud.networks import NetworkSubnet
from hcloud.server_types import ServerType
from hcloud.zones import ZoneRecord, ZoneRRSet

SSH_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBsj7IkMsdkDhGjm3Pv5XJeBGsEyvxKBD5zbm8e5jxmP flow@example"

client = Client(
    token=os.environ["HCLOUD_TOKEN"],
    api_endpoint=os.environ["HCLOUD_ENDPOINT"].rstrip("/") + "/v1",
    poll_interval=0.05,
    poll_max_retries=600,
)
calls = 0


def call(what, fn, /, *args, **kwargs):
    """Runs one client call; on an exception, names it, prints the traceback and exits 1."""
    global calls
    calls += 1
    try:
        return fn(*args, **kwargs)
    except Exception:  # noqa: BLE001 - any failure ends the flow
        print(f"FAILED after {calls - 1} calls: {what}", file=sys.stderr)
        traceback.print_exc()
        sys.exit(1)


def wait(name, *actions):
    """Waits for every action (None and lists allowed) to finish."""
    for action in actions:
        for a in action if isinstance(action, list) else [action]:
            if a is not None:
                call(f"{name}: wait for action {a.id} ({a.command})", a.wait_until_finished)


# -- create -------------------------------------------------------------------------------------

key = call("ssh_keys.create", client.ssh_keys.create, name="flow-key", public_key=SSH_KEY, labels={"flow": "1"})

network = call(
    "networks.create",
    client.networks.create,
    name="flow-net",
    ip_range="10.0.0.0/16",
    subnets=[NetworkSubnet(ip_range="10.0.1.0/24", type=NetworkSubnet.TYPE_CLOUD, network_zone="eu-central")],
    labels={"flow": "1"},
)

servers = []
for i in (1, 2):
    created = call(
        f"servers.create flow-{i}",
        client.servers.create,
        name=f"flow-{i}",
        server_type=ServerType(name="cx22"),
        image=Image(name="ubuntu-24.04"),
        location=Location(name="fsn1"),
        ssh_keys=[key],
        networks=[network],
        labels={"flow": "1", "role": "web"},
    )
    wait(f"servers.create flow-{i}", created.action, created.next_actions)
    servers.append(created.server)
s1, s2 = servers

vol1 = call(
    "volumes.create (attached)",
    client.volumes.create,
    size=10,
    name="flow-vol-1",
    server=s1,
    automount=True,
    format="ext4",
    labels={"flow": "1"},
)
wait("volumes.create (attached)", vol1.action, vol1.next_actions)
vol2 = call("volumes.create", client.volumes.create, size=10, name="flow-vol-2", location=Location(name="fsn1"))
wait("volumes.create", vol2.action, vol2.next_actions)
wait("volumes.attach", call("volumes.attach", client.volumes.attach, vol2.volume, s2, automount=False))

cert = call(
    "certificates.create_managed",
    client.certificates.create_managed,
    name="flow-cert",
    domain_names=["example.com", "www.example.com"],
    labels={"flow": "1"},
)
wait("certificates.create_managed", cert.action)

lb = call(
    "load_balancers.create",
    client.load_balancers.create,
    name="flow-lb",
    load_balancer_type=LoadBalancerType(name="lb11"),
    location=Location(name="fsn1"),
    network=network,
    labels={"flow": "1"},
    services=[
        LoadBalancerService(
            protocol="https",
            listen_port=443,
            destination_port=80,
            proxyprotocol=False,
            http=LoadBalancerServiceHttp(
                certificates=[cert.certificate],
                redirect_http=True,
                sticky_sessions=False,
            ),
            health_check=LoadBalancerHealthCheck(protocol="tcp", port=80, interval=15, timeout=10, retries=3),
        )
    ],
    targets=[
        LoadBalancerTarget(type="server", server=s1, use_private_ip=True),
        LoadBalancerTarget(
            type="label_selector",
            label_selector=LoadBalancerTargetLabelSelector(selector="role=web"),
            use_private_ip=True,
        ),
    ],
)
wait("load_balancers.create", lb.action)

fip = call(
    "floating_ips.create",
    client.floating_ips.create,
    type="ipv4",
    name="flow-fip",
    server=s1,
    description="flow",
    labels={"flow": "1"},
)
wait("floating_ips.create", fip.action)
fip_ip = call("floating_ips.get_by_id", client.floating_ips.get_by_id, fip.floating_ip.id).ip
wait("floating_ips.change_dns_ptr", call("floating_ips.change_dns_ptr", fip.floating_ip.change_dns_ptr, fip_ip, "fip.example.com"))

pip = call(
    "primary_ips.create",
    client.primary_ips.create,
    type="ipv4",
    name="flow-pip",
    location=Location(name="fsn1"),
    assignee_type="server",
    labels={"flow": "1"},
)
wait("primary_ips.create", pip.action)
pip_ip = call("primary_ips.get_by_id", client.primary_ips.get_by_id, pip.primary_ip.id).ip
wait("primary_ips.change_dns_ptr", call("primary_ips.change_dns_ptr", pip.primary_ip.change_dns_ptr, pip_ip, "pip.example.com"))

snapshot = call("servers.create_image", client.servers.create_image, s2, description="flow-snap", type="snapshot", labels={"flow": "1"})
wait("servers.create_image", snapshot.action)

zone = call(
    "zones.create",
    client.zones.create,
    name="flow-example.com",
    mode="primary",
    ttl=3600,
    labels={"flow": "1"},
    rrsets=[ZoneRRSet(name="www", type="A", ttl=300, records=[ZoneRecord(value="198.51.100.1", comment="web")])],
)
wait("zones.create", zone.action)
rrset = call(
    "zones.create_rrset",
    client.zones.create_rrset,
    zone.zone,
    name="mail",
    type="A",
    records=[ZoneRecord(value="198.51.100.2")],
)
wait("zones.create_rrset", rrset.action)
wait(
    "zones.add_rrset_records",
    call("zones.add_rrset_records", client.zones.add_rrset_records, rrset.rrset, [ZoneRecord(value="198.51.100.3")]),
)
zonefile = call("zones.export_zonefile", client.zones.export_zonefile, zone.zone).zonefile
assert "198.51.100.3" in zonefile, zonefile

# -- list and read back -------------------------------------------------------------------------

for name in [
    "ssh_keys", "networks", "servers", "volumes", "certificates", "load_balancers", "floating_ips",
    "primary_ips", "images", "zones", "firewalls", "placement_groups", "server_types", "locations",
    "datacenters", "load_balancer_types", "isos",
]:  # fmt: skip
    print(f"{name}: {len(call(f'{name}.get_all', getattr(client, name).get_all))}")

for name, resources, resource in [
    ("ssh_keys", client.ssh_keys, key),
    ("networks", client.networks, network),
    ("servers", client.servers, s1),
    ("servers", client.servers, s2),
    ("volumes", client.volumes, vol1.volume),
    ("volumes", client.volumes, vol2.volume),
    ("certificates", client.certificates, cert.certificate),
    ("load_balancers", client.load_balancers, lb.load_balancer),
    ("floating_ips", client.floating_ips, fip.floating_ip),
    ("primary_ips", client.primary_ips, pip.primary_ip),
]:
    by_id = call(f"{name}.get_by_id", resources.get_by_id, resource.id)
    by_name = call(f"{name}.get_by_name", resources.get_by_name, by_id.name)
    assert by_name is not None and by_name.id == resource.id, (name, resource.id)
image = call("images.get_by_id", client.images.get_by_id, snapshot.image.id)
assert image.type == "snapshot", image.type
got_zone = call("zones.get", client.zones.get, zone.zone.name)
assert got_zone.id == zone.zone.id
call("zones.get_rrset", client.zones.get_rrset, got_zone, "mail", "A")
call("zones.get_rrset_all", client.zones.get_rrset_all, got_zone)
call("load_balancers.get_actions", client.load_balancers.get_actions, lb.load_balancer)
call("servers.get_actions", client.servers.get_actions, s1)

# -- tear down, dependents first ----------------------------------------------------------------

wait("zones.delete", call("zones.delete", client.zones.delete, got_zone).action)
call("images.delete", client.images.delete, image)
wait("floating_ips.unassign", call("floating_ips.unassign", client.floating_ips.unassign, fip.floating_ip))
call("floating_ips.delete", client.floating_ips.delete, fip.floating_ip)
call("primary_ips.delete", client.primary_ips.delete, pip.primary_ip)
wait("load_balancers.delete", call("load_balancers.delete", client.load_balancers.delete, lb.load_balancer).action)
call("certificates.delete", client.certificates.delete, cert.certificate)
for v in (vol1.volume, vol2.volume):
    wait("volumes.detach", call("volumes.detach", client.volumes.detach, v))
    call("volumes.delete", client.volumes.delete, v)
for s in servers:
    wait("servers.delete", call("servers.delete", client.servers.delete, s))
call("networks.delete", client.networks.delete, network)
call("ssh_keys.delete", client.ssh_keys.delete, key)

left = call("servers.get_all (after)", client.servers.get_all, label_selector="flow=1")
assert not left, [s.name for s in left]
print(f"python flow: {calls} calls succeeded")
