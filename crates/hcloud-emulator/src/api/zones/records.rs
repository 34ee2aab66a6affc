//! What a zone, an RRSet and a record value may look like: zone names (a registrable domain,
//! no subdomains), RRSet names (relative, lower case, `@` for the apex) and record values
//! checked per type the way a DNS server would read them.

use std::net::{Ipv4Addr, Ipv6Addr};

/// The RRSet types the document enumerates.
pub(crate) const TYPES: &[&str] = &[
    "A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT",
];

/// Public suffixes of two labels that zones are commonly made under (a zone is one label
/// under a public suffix; anything deeper is a subdomain, which the API does not support).
const TWO_LABEL_SUFFIXES: &[&str] = &[
    "co.uk", "org.uk", "me.uk", "ac.uk", "gov.uk", "ltd.uk", "plc.uk", "net.uk", "com.au", "net.au", "org.au", "co.nz",
    "net.nz", "org.nz", "co.jp", "ne.jp", "or.jp", "com.br", "net.br", "com.cn", "net.cn", "org.cn", "co.at", "or.at",
    "co.za", "com.tr", "com.mx", "com.ar", "co.in", "com.pl", "com.es", "co.il", "com.sg", "com.hk", "com.tw", "co.kr",
    "com.ua", "com.ru", "co.id", "com.my",
];

/// Splits DNS presentation text into tokens: quoted strings (kept with their quotes and
/// escapes) and runs of other non-blank characters.
pub(crate) fn tokens(s: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let mut chars = s.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
            continue;
        }
        let mut tok = String::new();
        if c == '"' {
            tok.push(chars.next().unwrap_or('"'));
            let mut closed = false;
            while let Some(c) = chars.next() {
                tok.push(c);
                if c == '\\' {
                    if let Some(n) = chars.next() {
                        tok.push(n);
                    }
                } else if c == '"' {
                    closed = true;
                    break;
                }
            }
            if !closed {
                return Err("unterminated quoted string".into());
            }
            if chars.peek().is_some_and(|c| !c.is_whitespace()) {
                return Err("a quoted string must be followed by a blank".into());
            }
        } else {
            while let Some(&c) = chars.peek() {
                if c.is_whitespace() {
                    break;
                }
                tok.push(c);
                chars.next();
            }
        }
        out.push(tok);
    }
    Ok(out)
}

fn is_quoted(t: &str) -> bool {
    t.len() >= 2 && t.starts_with('"') && t.ends_with('"')
}

/// Length of the text of a quoted string (escapes count once).
fn quoted_len(t: &str) -> usize {
    let inner = &t[1..t.len() - 1];
    let mut n = 0;
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            let rest: String = chars.clone().take(3).collect();
            if rest.len() == 3 && rest.chars().all(|d| d.is_ascii_digit()) {
                chars.nth(2);
            } else {
                chars.next();
            }
        }
        n += 1;
    }
    n
}

fn label_ok(l: &str, allow_underscore: bool) -> bool {
    !l.is_empty()
        && l.len() <= 63
        && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || (allow_underscore && c == '_'))
}

/// A domain name in a record value: absolute (`host.example.com.`), relative to the zone
/// (`mail`), or the root (`.`) when `root_ok`.
pub(crate) fn host_ok(s: &str, root_ok: bool) -> bool {
    if s == "." {
        return root_ok;
    }
    if s == "@" {
        return true;
    }
    let t = s.strip_suffix('.').unwrap_or(s);
    !t.is_empty() && t.len() <= 253 && t.split('.').all(|l| label_ok(l, true))
}

/// Checks a zone name: lower case, no ending dot, one label under a public suffix.
pub(crate) fn check_zone_name(name: &str) -> Result<(), String> {
    if name.is_empty() {
        return Err("must not be empty".into());
    }
    if name.len() > 255 {
        return Err("must be at most 255 characters long".into());
    }
    if name.ends_with('.') {
        return Err("must not end with a dot".into());
    }
    if name.chars().any(|c| c.is_ascii_uppercase()) {
        return Err("must be in lower case".into());
    }
    if !name.is_ascii() {
        return Err("must be ASCII (transcribe internationalized names to Punycode)".into());
    }
    let labels: Vec<&str> = name.split('.').collect();
    if labels.len() < 2 {
        return Err("must be a domain name with a public suffix (e.g. example.com)".into());
    }
    for l in &labels {
        if !label_ok(l, false) || l.starts_with('-') || l.ends_with('-') {
            return Err(format!("'{l}' is not a valid domain name label"));
        }
    }
    let tld = labels[labels.len() - 1];
    if !(tld.len() >= 2 && (tld.chars().all(|c| c.is_ascii_lowercase()) || tld.starts_with("xn--"))) {
        return Err(format!("'{tld}' is not a known public suffix"));
    }
    let suffix2 = labels[labels.len() - 2..].join(".");
    let allowed = if TWO_LABEL_SUFFIXES.contains(&suffix2.as_str()) { 3 } else { 2 };
    if labels.len() > allowed {
        return Err("subdomains are not supported".into());
    }
    if labels.len() < allowed {
        return Err(format!("'{suffix2}' is a public suffix, not a zone"));
    }
    Ok(())
}

/// Checks an RRSet name (relative to the zone, `@` for the apex) for a type.
pub(crate) fn check_rr_name(name: &str, rtype: &str, zone: &str) -> Result<(), String> {
    if name == "@" {
        if rtype == "CNAME" {
            return Err("a CNAME RRSet cannot be at the zone apex".into());
        }
        return Ok(());
    }
    if rtype == "SOA" {
        return Err("the SOA RRSet must be at the zone apex (@)".into());
    }
    if name.is_empty() {
        return Err("must not be empty (use @ for the zone apex)".into());
    }
    if name.chars().any(|c| c.is_ascii_uppercase()) {
        return Err("must be in lower case".into());
    }
    if name.ends_with('.') {
        return Err("must not end with a dot".into());
    }
    if name == zone || name.ends_with(&format!(".{zone}")) {
        return Err("must not end with the zone name".into());
    }
    if name.len() + zone.len() + 1 > 253 {
        return Err("is too long".into());
    }
    for (i, l) in name.split('.').enumerate() {
        if i == 0 && l == "*" {
            continue;
        }
        if !label_ok(l, true) {
            return Err(format!("'{l}' is not a valid label"));
        }
    }
    Ok(())
}

fn num<T: std::str::FromStr>(t: &str) -> bool {
    t.parse::<T>().is_ok()
}

fn hex_ok(t: &str) -> bool {
    !t.is_empty() && t.len().is_multiple_of(2) && t.chars().all(|c| c.is_ascii_hexdigit())
}

/// Checks a record value of a type; returns it with blanks collapsed.
pub(crate) fn check_value(rtype: &str, value: &str) -> Result<String, String> {
    let t = tokens(value)?;
    if t.is_empty() {
        return Err("must not be empty".into());
    }
    let n = t.len();
    let fail = |what: &str| Err(format!("'{value}' is not a valid {rtype} value ({what})"));
    let ok = match rtype {
        "A" => {
            if n != 1 || t[0].parse::<Ipv4Addr>().is_err() {
                return fail("expected an IPv4 address");
            }
            true
        }
        "AAAA" => {
            if n != 1 || t[0].parse::<Ipv6Addr>().is_err() {
                return fail("expected an IPv6 address");
            }
            true
        }
        "CNAME" | "NS" | "PTR" => {
            if n != 1 || !host_ok(&t[0], false) {
                return fail("expected a domain name");
            }
            true
        }
        "MX" => {
            if n != 2 || !num::<u16>(&t[0]) || !host_ok(&t[1], true) {
                return fail("expected '<priority> <mail server>'");
            }
            true
        }
        "SRV" => {
            if n != 4 || !t[..3].iter().all(|x| num::<u16>(x)) || !host_ok(&t[3], true) {
                return fail("expected '<priority> <weight> <port> <target>'");
            }
            true
        }
        "TXT" => {
            for x in &t {
                if !is_quoted(x) {
                    return fail("expected one or more quoted strings");
                }
                if quoted_len(x) > 255 {
                    return fail("a quoted string holds at most 255 characters; split longer text");
                }
            }
            true
        }
        "CAA" => {
            if n != 3
                || !num::<u8>(&t[0])
                || t[1].is_empty()
                || !t[1].chars().all(|c| c.is_ascii_alphanumeric())
                || !is_quoted(&t[2])
            {
                return fail("expected '<flags> <tag> \"<value>\"'");
            }
            true
        }
        "DS" => {
            if n < 4 || !num::<u16>(&t[0]) || !num::<u8>(&t[1]) || !num::<u8>(&t[2]) || !hex_ok(&t[3..].concat()) {
                return fail("expected '<key tag> <algorithm> <digest type> <hex digest>'");
            }
            let len = t[3..].concat().len();
            let want = match t[2].as_str() {
                "1" => Some(40),
                "2" => Some(64),
                "4" => Some(96),
                _ => None,
            };
            if want.is_some_and(|w| w != len) {
                return fail("digest length does not match the digest type");
            }
            true
        }
        "TLSA" => {
            let usage = t[0].parse::<u8>().ok().filter(|&u| u <= 3);
            let sel = t.get(1).and_then(|x| x.parse::<u8>().ok()).filter(|&u| u <= 1);
            let mtype = t.get(2).and_then(|x| x.parse::<u8>().ok()).filter(|&u| u <= 2);
            if n < 4 || usage.is_none() || sel.is_none() || mtype.is_none() || !hex_ok(&t[3..].concat()) {
                return fail("expected '<usage> <selector> <matching type> <hex data>'");
            }
            true
        }
        "HINFO" => {
            if n != 2 {
                return fail("expected '\"<cpu>\" \"<os>\"'");
            }
            true
        }
        "RP" => {
            if n != 2 || !host_ok(&t[0], true) || !host_ok(&t[1], true) {
                return fail("expected '<mailbox> <TXT domain name>'");
            }
            true
        }
        "SOA" => {
            if n != 7 || !host_ok(&t[0], false) || !host_ok(&t[1], false) || !t[2..].iter().all(|x| num::<u32>(x)) {
                return fail("expected '<mname> <rname> <serial> <refresh> <retry> <expire> <minimum>'");
            }
            true
        }
        "SVCB" | "HTTPS" => {
            if n < 2 || !num::<u16>(&t[0]) || !host_ok(&t[1], true) {
                return fail("expected '<priority> <target> [<key>=<value> ...]'");
            }
            for p in &t[2..] {
                let key = p.split('=').next().unwrap_or_default();
                if key.is_empty() || !key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
                    return fail("service parameters are '<key>=<value>'");
                }
            }
            true
        }
        _ => return Err(format!("'{rtype}' is not a supported type")),
    };
    debug_assert!(ok);
    Ok(t.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zone_names() {
        assert!(check_zone_name("example.com").is_ok());
        assert!(check_zone_name("example.co.uk").is_ok());
        assert!(check_zone_name("xn--mnchen-3ya.de").is_ok());
        assert!(check_zone_name("www.example.com").is_err());
        assert!(check_zone_name("Example.com").is_err());
        assert!(check_zone_name("example.com.").is_err());
        assert!(check_zone_name("com").is_err());
        assert!(check_zone_name("co.uk").is_err());
        assert!(check_zone_name("-a.com").is_err());
    }

    #[test]
    fn values() {
        assert_eq!(check_value("A", " 198.51.100.1 ").unwrap(), "198.51.100.1");
        assert!(check_value("A", "2001:db8::1").is_err());
        assert!(check_value("AAAA", "2001:db8::1").is_ok());
        assert_eq!(check_value("MX", "10   mail.example.com.").unwrap(), "10 mail.example.com.");
        assert!(check_value("MX", "mail.example.com.").is_err());
        assert!(check_value("TXT", "\"v=spf1 -all\" \"second; part\"").is_ok());
        assert!(check_value("TXT", "v=spf1").is_err());
        assert!(check_value("TXT", "\"open").is_err());
        assert!(check_value("CAA", "0 issue \"letsencrypt.org\"").is_ok());
        assert!(check_value("SRV", "10 5 443 target.example.com.").is_ok());
        assert!(check_value("SOA", "a.example. b.example. 2024010100 86400 10800 3600000 3600").is_ok());
        assert!(check_value("DS", "12345 13 2 ABCDEF").is_err());
        assert!(check_value("TLSA", "3 1 1 abcd").is_ok());
        assert!(check_value("HTTPS", "1 . alpn=h2,h3").is_ok());
        assert!(check_rr_name("www", "A", "example.com").is_ok());
        assert!(check_rr_name("*.dev", "A", "example.com").is_ok());
        assert!(check_rr_name("WWW", "A", "example.com").is_err());
        assert!(check_rr_name("www.example.com", "A", "example.com").is_err());
        assert!(check_rr_name("@", "CNAME", "example.com").is_err());
        assert!(check_rr_name("x", "SOA", "example.com").is_err());
    }
}
