//! Query strings, pagination and sorting for list endpoints.

use std::cmp::Ordering;

use serde::Serialize;

use crate::error::ApiError;
use crate::labels::Selector;

/// Decoded query parameters (repeated keys kept in order).
pub(crate) struct Query {
    pairs: Vec<(String, String)>,
}

impl Query {
    pub fn parse(raw: Option<&str>) -> Query {
        let pairs = raw
            .map(|q| form_urlencoded::parse(q.as_bytes()).map(|(k, v)| (k.into_owned(), v.into_owned())).collect())
            .unwrap_or_default();
        Query { pairs }
    }

    pub fn get(&self, key: &str) -> Option<&str> {
        self.pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }

    pub fn all(&self, key: &str) -> Vec<&str> {
        self.pairs.iter().filter(|(k, _)| k == key).map(|(_, v)| v.as_str()).collect()
    }

    pub fn has(&self, key: &str) -> bool {
        self.pairs.iter().any(|(k, _)| k == key)
    }

    pub fn label_selector(&self) -> Result<Option<Selector>, ApiError> {
        match self.get("label_selector") {
            None => Ok(None),
            Some(s) => Selector::parse(s).map(Some).map_err(|e| ApiError::invalid_query("label_selector", e)),
        }
    }

    /// Every value of `key` must be one of `allowed`.
    pub fn enum_values(&self, key: &str, allowed: &[&str]) -> Result<Vec<String>, ApiError> {
        let mut out = Vec::new();
        for v in self.all(key) {
            if !allowed.contains(&v) {
                return Err(ApiError::invalid_query(key, format!("'{v}' is not one of {}", allowed.join(", "))));
            }
            out.push(v.to_string());
        }
        Ok(out)
    }

    pub fn ids(&self, key: &str) -> Result<Vec<i64>, ApiError> {
        self.all(key)
            .into_iter()
            .map(|v| {
                v.parse::<i64>()
                    .ok()
                    .filter(|&n| n >= 1)
                    .ok_or_else(|| ApiError::invalid_query(key, format!("'{v}' is not a valid id")))
            })
            .collect()
    }

    pub fn bool(&self, key: &str) -> Result<Option<bool>, ApiError> {
        match self.get(key) {
            None => Ok(None),
            Some("true") | Some("1") => Ok(Some(true)),
            Some("false") | Some("0") => Ok(Some(false)),
            Some(v) => Err(ApiError::invalid_query(key, format!("'{v}' is not a boolean"))),
        }
    }

    pub fn page(&self) -> Result<PageReq, ApiError> {
        let page = match self.get("page") {
            None => 1,
            Some(v) => v
                .parse::<i64>()
                .ok()
                .filter(|&n| n >= 1)
                .ok_or_else(|| ApiError::invalid_query("page", "must be a positive integer"))?,
        };
        let per_page = match self.get("per_page") {
            None => DEFAULT_PER_PAGE,
            Some(v) => v
                .parse::<i64>()
                .ok()
                .filter(|&n| n >= 1)
                .ok_or_else(|| ApiError::invalid_query("per_page", "must be a positive integer"))?
                .min(MAX_PER_PAGE),
        };
        Ok(PageReq { page, per_page })
    }

    /// Parses `sort` values against the fields an endpoint allows.
    pub fn sort(&self, allowed: &[&str]) -> Result<Vec<SortKey>, ApiError> {
        let mut keys = Vec::new();
        for raw in self.all("sort") {
            let (field, desc) = match raw.split_once(':') {
                None => (raw, false),
                Some((f, "asc")) => (f, false),
                Some((f, "desc")) => (f, true),
                Some(_) => {
                    return Err(ApiError::invalid_query("sort", format!("invalid sort direction in '{raw}'")));
                }
            };
            if !allowed.contains(&field) {
                return Err(ApiError::invalid_query("sort", format!("cannot sort by '{field}'")));
            }
            keys.push(SortKey { field: field.to_string(), desc });
        }
        Ok(keys)
    }
}

pub(crate) const DEFAULT_PER_PAGE: i64 = 25;
pub(crate) const MAX_PER_PAGE: i64 = 50;

#[derive(Clone, Copy, Debug)]
pub(crate) struct PageReq {
    pub page: i64,
    pub per_page: i64,
}

#[derive(Clone, Debug)]
pub(crate) struct SortKey {
    pub field: String,
    pub desc: bool,
}

/// A value to compare when sorting.
#[derive(PartialEq, PartialOrd)]
pub(crate) enum SortVal<'a> {
    Int(i64),
    Num(f64),
    Str(&'a str),
}

/// Sorts by the given keys (then by id, ascending, for a stable order).
pub(crate) fn sort_items<T>(
    items: &mut [T],
    keys: &[SortKey],
    id: impl Fn(&T) -> i64,
    value: impl for<'a> Fn(&'a T, &str) -> SortVal<'a>,
) {
    items.sort_by(|a, b| {
        for k in keys {
            let ord = value(a, &k.field).partial_cmp(&value(b, &k.field)).unwrap_or(Ordering::Equal);
            let ord = if k.desc { ord.reverse() } else { ord };
            if ord != Ordering::Equal {
                return ord;
            }
        }
        id(a).cmp(&id(b))
    });
}

#[derive(Serialize, Debug, Clone, Copy)]
pub(crate) struct Pagination {
    pub page: i64,
    pub per_page: i64,
    pub previous_page: Option<i64>,
    pub next_page: Option<i64>,
    pub last_page: Option<i64>,
    pub total_entries: Option<i64>,
}

#[derive(Serialize)]
struct Meta {
    pagination: Pagination,
}

/// Cuts one page out of `items`.
pub(crate) fn paginate<T>(items: Vec<T>, req: PageReq) -> (Vec<T>, Pagination) {
    let total = items.len() as i64;
    let last = ((total + req.per_page - 1) / req.per_page).max(1);
    let start = (req.page - 1).saturating_mul(req.per_page);
    let page: Vec<T> = if start >= total {
        Vec::new()
    } else {
        items.into_iter().skip(start as usize).take(req.per_page as usize).collect()
    };
    let p = Pagination {
        page: req.page,
        per_page: req.per_page,
        previous_page: if req.page > 1 { Some((req.page - 1).min(last)) } else { None },
        next_page: if req.page < last { Some(req.page + 1) } else { None },
        last_page: Some(last),
        total_entries: Some(total),
    };
    (page, p)
}

/// Writes `{"<key>":<items>,"meta":{"pagination":...}}`.
pub(crate) fn list_body<T: Serialize>(key: &str, items: &T, p: Option<Pagination>) -> Vec<u8> {
    let mut out = Vec::with_capacity(1024);
    out.push(b'{');
    serde_json::to_writer(&mut out, key).expect("key serializes");
    out.push(b':');
    serde_json::to_writer(&mut out, items).expect("items serialize");
    if let Some(pagination) = p {
        out.extend_from_slice(b",\"meta\":");
        serde_json::to_writer(&mut out, &Meta { pagination }).expect("meta serializes");
    }
    out.push(b'}');
    out
}

/// Writes `{"<key>":<value>}`.
pub(crate) fn one_body<T: Serialize + ?Sized>(key: &str, value: &T) -> Vec<u8> {
    let mut out = Vec::with_capacity(2048);
    out.push(b'{');
    serde_json::to_writer(&mut out, key).expect("key serializes");
    out.push(b':');
    serde_json::to_writer(&mut out, value).expect("value serializes");
    out.push(b'}');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages() {
        let (p, m) = paginate((1..=60).collect::<Vec<_>>(), PageReq { page: 2, per_page: 25 });
        assert_eq!(p.len(), 25);
        assert_eq!(p[0], 26);
        assert_eq!(m.previous_page, Some(1));
        assert_eq!(m.next_page, Some(3));
        assert_eq!(m.last_page, Some(3));
        let (p, m) = paginate(Vec::<i32>::new(), PageReq { page: 1, per_page: 25 });
        assert!(p.is_empty());
        assert_eq!(m.last_page, Some(1));
        assert_eq!(m.next_page, None);
        assert_eq!(m.total_entries, Some(0));
    }

    #[test]
    fn query_parsing() {
        let q = Query::parse(Some("id=1&id=2&label_selector=env%3Dprod&sort=name:desc"));
        assert_eq!(q.ids("id").unwrap(), vec![1, 2]);
        assert!(q.label_selector().unwrap().is_some());
        let s = q.sort(&["id", "name"]).unwrap();
        assert!(s[0].desc);
        assert!(q.sort(&["id"]).is_err());
        assert!(Query::parse(Some("page=0")).page().is_err());
        assert_eq!(Query::parse(Some("per_page=500")).page().unwrap().per_page, 50);
    }
}
