//! Label syntax checks and the label selector language.

use std::collections::BTreeMap;

pub(crate) type Labels = BTreeMap<String, String>;

fn is_alnum(c: u8) -> bool {
    c.is_ascii_alphanumeric()
}

/// Name segment or value: <= 63 chars, alphanumeric at both ends, `-_.` allowed inside.
fn valid_segment(s: &str, allow_empty: bool) -> bool {
    let b = s.as_bytes();
    if b.is_empty() {
        return allow_empty;
    }
    b.len() <= 63
        && is_alnum(b[0])
        && is_alnum(b[b.len() - 1])
        && b.iter().all(|&c| is_alnum(c) || c == b'-' || c == b'_' || c == b'.')
}

fn valid_dns_subdomain(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 253
        && s.split('.').all(|l| {
            let b = l.as_bytes();
            !b.is_empty()
                && b.len() <= 63
                && is_alnum(b[0])
                && is_alnum(b[b.len() - 1])
                && b.iter().all(|&c| is_alnum(c) || c == b'-')
        })
}

pub(crate) fn valid_key(key: &str) -> bool {
    match key.split_once('/') {
        Some((prefix, name)) => valid_dns_subdomain(prefix) && valid_segment(name, false) && !name.contains('/'),
        None => valid_segment(key, false),
    }
}

pub(crate) fn valid_value(value: &str) -> bool {
    valid_segment(value, true)
}

/// Checks a label set; returns messages for the `labels` field.
pub(crate) fn check_labels(labels: &Labels) -> Vec<String> {
    let mut errs = Vec::new();
    for (k, v) in labels {
        if k.starts_with("hetzner.cloud/") {
            errs.push(format!("label key '{k}' uses the reserved prefix hetzner.cloud/"));
        } else if !valid_key(k) {
            errs.push(format!("invalid label key '{k}'"));
        }
        if !valid_value(v) {
            errs.push(format!("invalid label value '{v}' for key '{k}'"));
        }
    }
    errs
}

#[derive(Clone, Debug, PartialEq)]
enum Requirement {
    Eq(String, String),
    NotEq(String, String),
    Exists(String),
    NotExists(String),
    In(String, Vec<String>),
    NotIn(String, Vec<String>),
}

/// A parsed label selector: every requirement must hold.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Selector {
    reqs: Vec<Requirement>,
}

impl Selector {
    pub fn parse(input: &str) -> Result<Selector, String> {
        let mut reqs = Vec::new();
        if input.trim().is_empty() {
            return Ok(Selector { reqs });
        }
        for term in split_top_level(input)? {
            reqs.push(parse_term(term.trim())?);
        }
        Ok(Selector { reqs })
    }

    pub fn matches(&self, labels: &Labels) -> bool {
        self.reqs.iter().all(|r| match r {
            Requirement::Eq(k, v) => labels.get(k) == Some(v),
            Requirement::NotEq(k, v) => labels.get(k) != Some(v),
            Requirement::Exists(k) => labels.contains_key(k),
            Requirement::NotExists(k) => !labels.contains_key(k),
            Requirement::In(k, vs) => labels.get(k).is_some_and(|v| vs.contains(v)),
            Requirement::NotIn(k, vs) => labels.get(k).is_none_or(|v| !vs.contains(v)),
        })
    }
}

/// Splits at commas that are not inside parentheses.
fn split_top_level(input: &str) -> Result<Vec<&str>, String> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    for (i, c) in input.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth < 0 {
                    return Err("unbalanced ')'".into());
                }
            }
            ',' if depth == 0 => {
                out.push(&input[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    if depth != 0 {
        return Err("unbalanced '('".into());
    }
    out.push(&input[start..]);
    Ok(out)
}

fn key(k: &str) -> Result<String, String> {
    let k = k.trim();
    if valid_key(k) { Ok(k.to_string()) } else { Err(format!("invalid label key '{k}'")) }
}

fn value(v: &str) -> Result<String, String> {
    let v = v.trim();
    if valid_value(v) { Ok(v.to_string()) } else { Err(format!("invalid label value '{v}'")) }
}

fn parse_term(term: &str) -> Result<Requirement, String> {
    if term.is_empty() {
        return Err("empty requirement".into());
    }
    if let Some(rest) = term.strip_prefix('!') {
        if rest.contains(['=', '(']) {
            return Err(format!("invalid requirement '{term}'"));
        }
        return Ok(Requirement::NotExists(key(rest)?));
    }
    if let Some(open) = term.find('(') {
        let close = term.rfind(')').ok_or_else(|| format!("invalid requirement '{term}'"))?;
        if close != term.len() - 1 || close < open {
            return Err(format!("invalid requirement '{term}'"));
        }
        let head = term[..open].trim_end();
        let mut words = head.split_whitespace();
        let (k, op) = match (words.next(), words.next(), words.next()) {
            (Some(k), Some(op), None) => (k, op),
            _ => return Err(format!("invalid requirement '{term}'")),
        };
        let values = term[open + 1..close].split(',').map(value).collect::<Result<Vec<_>, _>>()?;
        return match op {
            "in" => Ok(Requirement::In(key(k)?, values)),
            "notin" => Ok(Requirement::NotIn(key(k)?, values)),
            _ => Err(format!("unknown operator '{op}'")),
        };
    }
    if let Some((k, v)) = term.split_once("!=") {
        return Ok(Requirement::NotEq(key(k)?, value(v)?));
    }
    if let Some((k, v)) = term.split_once("==") {
        return Ok(Requirement::Eq(key(k)?, value(v)?));
    }
    if let Some((k, v)) = term.split_once('=') {
        return Ok(Requirement::Eq(key(k)?, value(v)?));
    }
    Ok(Requirement::Exists(key(term)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(pairs: &[(&str, &str)]) -> Labels {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn selector_forms() {
        let l = labels(&[("env", "prod"), ("tier", "web"), ("example.com/team", "a")]);
        let m = |s: &str| Selector::parse(s).unwrap().matches(&l);
        assert!(m("env=prod"));
        assert!(m("env==prod"));
        assert!(!m("env!=prod"));
        assert!(m("type!=database"));
        assert!(m("env"));
        assert!(!m("!env"));
        assert!(m("!missing"));
        assert!(m("env in (prod,staging)"));
        assert!(m("env in ( staging , prod )"));
        assert!(!m("env notin (prod,staging)"));
        assert!(m("missing notin (a)"));
        assert!(!m("missing in (a)"));
        assert!(m("env=prod,tier in (web),!db,example.com/team=a"));
        assert!(!m("env=prod,tier=db"));
        assert!(m(""));
    }

    #[test]
    fn selector_errors() {
        for bad in ["env=pro d", "=x", "env in (a", "env between (a)", "a,,b", "!a=b", "-bad"] {
            assert!(Selector::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn label_syntax() {
        assert!(valid_key("example.com/my"));
        assert!(valid_key("just-a-key"));
        assert!(!valid_key("-x"));
        assert!(!valid_key("a/b/c"));
        assert!(valid_value(""));
        assert!(!valid_value("x-"));
        assert_eq!(check_labels(&labels(&[("hetzner.cloud/x", "1")])).len(), 1);
    }
}
