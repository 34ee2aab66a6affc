#!/usr/bin/env python3
# Sums a `perf record` profile of the loop by thread (the JS thread, the tokio workers) and by
# part of a call (scheduling, epoll, TCP, JSON decoding, URL parsing, HTTP, tokio, the client,
# allocation, the JS engine). Usage: categorize.py perf.data
import sys,re,subprocess,collections
data=sys.argv[1]
out=subprocess.run(["perf","report","-i",data,"--sort","comm,dso,sym","--stdio","-F","overhead,comm,dso,sym"],capture_output=True,text=True).stdout
groups=collections.OrderedDict([
 ("kernel: scheduling/context switch", r"\[k\] (finish_task_switch|_raw_spin_unlock|__schedule|schedule|futex|__futex|try_to_wake|select_task|enqueue|dequeue|pick_next|switch_|psi_|update_|ttwu|exit_to_user|syscall_exit|do_futex|futex_)"),
 ("kernel: epoll/poll", r"\[k\] (ep_|do_epoll|schedule_hrtimeout|__x64_sys_epoll|select_estimate)"),
 ("kernel: TCP/socket", r"\[k\] (tcp|inet|ip_|__ip|sock|skb|__skb|sk_|__sk|release_sock|lock_sock|__tcp|__inet|dev_|__dev|net_|__netif|netif|loopback|process_backlog|__napi|napi|validate_xmit|__copy|_copy|copy_)"),
 ("kernel: other", r"\[k\]"),
 ("serde_json (decode/validate body)", r"serde_json|serde_core|serde::"),
 ("url/idna (URL per request)", r"url::|idna::"),
 ("hyper/reqwest/http/httparse", r"hyper|reqwest|http::|httparse|h2::"),
 ("tokio runtime", r"tokio::"),
 ("hcloud core", r"hcloud::|hcloud_native::"),
 ("malloc/free/memcpy", r"malloc|free|realloc|memmove|memcpy|memcmp|memset|unlink_chunk|_int_"),
 ("JS engine (Bun/JSC, Node/V8)", r"bun\.exe|\[JIT\]|^node |perf-\d+\.map"),
])
tot=collections.defaultdict(lambda: collections.defaultdict(float))
for line in out.splitlines():
    m=re.match(r"\s*([\d.]+)%\s+(\S+(?: \S+)?)\s{2,}(\S+)\s+(.*)",line)
    if not m: continue
    pct=float(m.group(1)); comm=m.group(2).strip(); rest=m.group(3)+" "+m.group(4)
    thread="tokio" if ("tokio" in comm or comm == "hcloud-io") else ("js" if comm in ("bun","node","MainThread") else "other")
    for g,rx in groups.items():
        if re.search(rx,rest): tot[thread][g]+=pct; break
    else: tot[thread]["rest"]+=pct
for th,d in tot.items():
    print(f"== {th} thread(s): {sum(d.values()):.1f}%")
    for g,v in sorted(d.items(),key=lambda x:-x[1]):
        if v>=0.5: print(f"   {v:5.1f}%  {g}")
