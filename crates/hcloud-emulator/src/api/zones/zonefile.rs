//! BIND zone files (RFC 1034/1035 presentation format): import and export.
//!
//! Import reads `$ORIGIN` (must be the zone name with an ending dot) and `$TTL` (the zone's
//! new default TTL), records `<owner> [<ttl>] [IN] <type> <rdata>` (TTL and class in either
//! order, a blank owner repeats the previous one, `@` is the apex), parentheses spanning lines
//! and `;` comments. A comment ending a one-line record becomes the record's comment (that is
//! how an export writes it, so export and import round-trip); other comments are discarded.

use super::records::{TYPES, check_rr_name, check_value};
use super::{RRSet, Record};

/// A record line, joined across parentheses.
struct Line {
    no: usize,
    blank_owner: bool,
    tokens: Vec<String>,
    comment: Option<String>,
}

fn logical_lines(text: &str) -> Result<Vec<Line>, String> {
    let chars: Vec<char> = text.chars().collect();
    let mut lines = Vec::new();
    let mut toks: Vec<String> = Vec::new();
    let mut tok = String::new();
    let mut depth = 0usize;
    let mut multi = false;
    let mut comment: Option<String> = None;
    let mut lineno = 1;
    let mut start = 1;
    let mut blank_owner = false;
    let mut line_start = true;
    let mut i = 0;
    fn flush(tok: &mut String, toks: &mut Vec<String>) {
        if !tok.is_empty() {
            toks.push(std::mem::take(tok));
        }
    }
    while i < chars.len() {
        let c = chars[i];
        if line_start {
            if toks.is_empty() && tok.is_empty() && depth == 0 {
                blank_owner = c == ' ' || c == '\t';
                start = lineno;
            }
            line_start = false;
        }
        match c {
            '"' => {
                tok.push('"');
                i += 1;
                let mut closed = false;
                while i < chars.len() {
                    let q = chars[i];
                    if q == '\n' {
                        return Err(format!("line {lineno}: unterminated quoted string"));
                    }
                    tok.push(q);
                    if q == '\\' && i + 1 < chars.len() {
                        i += 1;
                        tok.push(chars[i]);
                    } else if q == '"' {
                        closed = true;
                        break;
                    }
                    i += 1;
                }
                if !closed {
                    return Err(format!("line {lineno}: unterminated quoted string"));
                }
                flush(&mut tok, &mut toks);
            }
            ';' => {
                let mut text = String::new();
                while i + 1 < chars.len() && chars[i + 1] != '\n' {
                    i += 1;
                    text.push(chars[i]);
                }
                let text = text.trim().to_string();
                if depth == 0 && !multi && !toks.is_empty() && !text.is_empty() {
                    comment = Some(text);
                }
            }
            '(' => {
                flush(&mut tok, &mut toks);
                depth += 1;
                multi = true;
            }
            ')' => {
                flush(&mut tok, &mut toks);
                if depth == 0 {
                    return Err(format!("line {lineno}: unbalanced ')'"));
                }
                depth -= 1;
            }
            '\n' => {
                flush(&mut tok, &mut toks);
                if depth == 0 {
                    if !toks.is_empty() {
                        lines.push(Line {
                            no: start,
                            blank_owner,
                            tokens: std::mem::take(&mut toks),
                            comment: comment.take(),
                        });
                    }
                    comment = None;
                    multi = false;
                }
                lineno += 1;
                line_start = true;
            }
            c if c.is_whitespace() => flush(&mut tok, &mut toks),
            c => tok.push(c),
        }
        i += 1;
    }
    flush(&mut tok, &mut toks);
    if depth > 0 {
        return Err(format!("line {start}: unbalanced '('"));
    }
    if !toks.is_empty() {
        lines.push(Line { no: start, blank_owner, tokens: toks, comment });
    }
    Ok(lines)
}

/// A TTL: seconds, or BIND units (`1h30m`, `2d`).
fn parse_ttl(s: &str) -> Option<i64> {
    if !s.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let mut total: i64 = 0;
    let mut cur: i64 = 0;
    let mut pending = false;
    for c in s.chars() {
        if let Some(d) = c.to_digit(10) {
            cur = cur.checked_mul(10)?.checked_add(i64::from(d))?;
            pending = true;
        } else {
            let mult = match c.to_ascii_lowercase() {
                's' => 1,
                'm' => 60,
                'h' => 3600,
                'd' => 86_400,
                'w' => 604_800,
                _ => return None,
            };
            if !pending {
                return None;
            }
            total = total.checked_add(cur.checked_mul(mult)?)?;
            cur = 0;
            pending = false;
        }
    }
    total.checked_add(cur)
}

const CLASSES: &[&str] = &["IN", "CS", "CH", "HS", "ANY"];

fn ttl_in_range(ttl: i64) -> bool {
    (60..=2_147_483_647).contains(&ttl)
}

/// The RRSet name of an owner token.
fn owner_name(tok: &str, zone: &str) -> Result<String, String> {
    let t = tok.to_ascii_lowercase();
    if t == "@" {
        return Ok(t);
    }
    if let Some(abs) = t.strip_suffix('.') {
        if abs == zone {
            return Ok("@".into());
        }
        return abs
            .strip_suffix(&format!(".{zone}"))
            .map(str::to_string)
            .ok_or_else(|| format!("'{tok}' is outside of the zone {zone}"));
    }
    Ok(t)
}

/// A parsed zone file: its `$TTL` (if any) and its RRSets in order of appearance.
#[derive(Debug)]
pub(crate) struct Parsed {
    pub ttl: Option<i64>,
    pub rrsets: Vec<RRSet>,
}

/// Parses a zone file for `zone`; errors name the line.
pub(crate) fn parse(text: &str, zone: &str) -> Result<Parsed, String> {
    let origin = format!("{zone}.");
    let mut default_ttl = None;
    let mut last_owner: Option<String> = None;
    let mut sets: Vec<RRSet> = Vec::new();
    for line in logical_lines(text)? {
        let no = line.no;
        let t = &line.tokens;
        if t[0].starts_with('$') {
            match t[0].to_ascii_uppercase().as_str() {
                "$ORIGIN" => {
                    if t.len() != 2 || t[1].to_ascii_lowercase() != origin {
                        return Err(format!("line {no}: $ORIGIN must be the zone name with an ending dot ({origin})"));
                    }
                }
                "$TTL" => {
                    let ttl = t.get(1).and_then(|x| parse_ttl(x)).filter(|&x| ttl_in_range(x));
                    match (ttl, t.len()) {
                        (Some(ttl), 2) => default_ttl = Some(ttl),
                        _ => return Err(format!("line {no}: $TTL must be a TTL between 60 and 2147483647 seconds")),
                    }
                }
                other => return Err(format!("line {no}: unsupported directive {other}")),
            }
            continue;
        }
        let mut idx = 0;
        let owner = if line.blank_owner {
            last_owner.clone().ok_or_else(|| format!("line {no}: no previous owner name to repeat"))?
        } else {
            idx = 1;
            owner_name(&t[0], zone).map_err(|e| format!("line {no}: {e}"))?
        };
        last_owner = Some(owner.clone());
        let mut ttl = None;
        let mut class: Option<String> = None;
        loop {
            let tok = t.get(idx).ok_or_else(|| format!("line {no}: record type missing"))?;
            if ttl.is_none()
                && let Some(v) = parse_ttl(tok)
            {
                ttl = Some(v);
            } else if class.is_none() && CLASSES.contains(&tok.to_ascii_uppercase().as_str()) {
                class = Some(tok.to_ascii_uppercase());
            } else {
                break;
            }
            idx += 1;
        }
        if class.as_deref().is_some_and(|c| c != "IN") {
            return Err(format!("line {no}: only IN (internet) class records are allowed"));
        }
        if let Some(v) = ttl
            && !ttl_in_range(v)
        {
            return Err(format!("line {no}: TTL {v} is not between 60 and 2147483647 seconds"));
        }
        let rtype = t[idx].to_ascii_uppercase();
        let Some(&rtype) = TYPES.iter().find(|x| **x == rtype) else {
            return Err(format!("line {no}: unsupported record type {}", t[idx]));
        };
        check_rr_name(&owner, rtype, zone).map_err(|e| format!("line {no}: name '{owner}' {e}"))?;
        let value = t[idx + 1..].join(" ");
        let value = check_value(rtype, &value).map_err(|e| format!("line {no}: {e}"))?;
        let record = Record { value, comment: line.comment.clone().unwrap_or_default() };
        match sets.iter_mut().find(|s| s.name == owner && s.rtype == rtype) {
            Some(set) => {
                if !set.records.iter().any(|r| r.value == record.value) {
                    set.records.push(record);
                }
            }
            None => sets.push(RRSet::new(owner, rtype, ttl, vec![record])),
        }
    }
    Ok(Parsed { ttl: default_ttl, rrsets: sets })
}

/// The zone file of a zone: `$ORIGIN`, `$TTL`, the SOA, then every other RRSet (apex first).
pub(crate) fn export(zone: &str, ttl: i64, sets: &[RRSet]) -> String {
    let mut out = format!("$ORIGIN\t{zone}.\n$TTL\t{ttl}\n");
    let mut ordered: Vec<&RRSet> = sets.iter().collect();
    ordered.sort_by(|a, b| {
        (a.rtype != "SOA", a.name != "@", &a.name, a.rtype).cmp(&(b.rtype != "SOA", b.name != "@", &b.name, b.rtype))
    });
    let mut last_group = None;
    for set in ordered {
        let group = (set.rtype == "SOA", set.name.clone());
        if last_group.as_ref() != Some(&group) {
            out.push('\n');
            last_group = Some(group);
        }
        for r in &set.records {
            out.push_str(&set.name);
            out.push_str("\tIN\t");
            if let Some(ttl) = set.ttl {
                out.push_str(&format!("{ttl}\t"));
            }
            out.push_str(set.rtype);
            out.push('\t');
            out.push_str(&r.value);
            let comment = r.comment.replace(['\n', '\r'], " ");
            if !comment.trim().is_empty() {
                out.push_str(" ; ");
                out.push_str(comment.trim());
            }
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_documented_example_and_round_trips() {
        let text = "$ORIGIN\texample.com.\n$TTL\t3600\n\n@\tIN\tSOA\thydrogen.ns.hetzner.com. dns.hetzner.com. 2024010100 86400 10800 3600000 3600\n\n@\tIN\t10800\tNS\thydrogen.ns.hetzner.com. ; Some comment.\n@\tIN\t10800\tNS\toxygen.ns.hetzner.com.\n@\tIN\t10800\tNS\thelium.ns.hetzner.de.\n";
        let p = parse(text, "example.com").unwrap();
        assert_eq!(p.ttl, Some(3600));
        assert_eq!(p.rrsets.len(), 2);
        assert_eq!(p.rrsets[1].records.len(), 3);
        assert_eq!(p.rrsets[1].ttl, Some(10800));
        assert_eq!(p.rrsets[1].records[0].comment, "Some comment.");
        assert_eq!(export("example.com", 3600, &p.rrsets), text);
    }

    #[test]
    fn parentheses_blank_owners_units_and_errors() {
        let text = "$ORIGIN example.com.\n@ 1h IN SOA ns1.example.com. admin.example.com. (\n  2024010101 ; serial\n  7200 3600 1209600 300 )\nwww 300 IN A 198.51.100.1\n    IN A 198.51.100.2 ; second\nmail.example.com. IN MX 10 mx.example.net.\ntxt IN TXT \"a ; b\" \"c\"\n";
        let p = parse(text, "example.com").unwrap();
        assert_eq!(p.ttl, None);
        assert_eq!(p.rrsets[0].ttl, Some(3600));
        assert_eq!(
            p.rrsets[0].records[0].value,
            "ns1.example.com. admin.example.com. 2024010101 7200 3600 1209600 300"
        );
        assert_eq!(p.rrsets[1].records.len(), 2);
        assert_eq!(p.rrsets[1].records[1].comment, "second");
        assert_eq!(p.rrsets[2].name, "mail");
        assert_eq!(p.rrsets[3].records[0].value, "\"a ; b\" \"c\"");
        assert!(parse("$ORIGIN other.com.\n", "example.com").unwrap_err().contains("line 1"));
        assert!(parse("www CH A 1.2.3.4\n", "example.com").is_err());
        assert!(parse("www IN A 1.2.3\n", "example.com").unwrap_err().contains("line 1"));
        assert!(parse("x.other.com. IN A 1.2.3.4\n", "example.com").is_err());
        assert!(parse("@ IN SOA ( a. b. 1 2 3 4 5\n", "example.com").is_err());
        assert!(parse("$INCLUDE x\n", "example.com").is_err());
    }
}
