//! What every answer's body must be before anything reads it: at most `max_response_bytes`
//! (enforced while reading), UTF-8, a JSON object (or nothing, for 204), and no integer that
//! JavaScript cannot hold exactly (an id above 2^53-1 would silently become its neighbour).

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

/// The largest integer a JavaScript number holds exactly.
pub const MAX_SAFE_INTEGER: u64 = (1 << 53) - 1;

/// What a checked body holds at its top level, found in the same pass that checked it, so that
/// nothing parses the body again to see whether the resource has an id or the list is a list.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Shape {
    pub top: Vec<(String, Kind)>,
}

/// The kind of one top-level value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Kind {
    Null,
    /// An object; `id`: it has an integer `id`.
    Object {
        id: bool,
    },
    /// An array; `ids`: every element is an object with an integer `id`.
    Array {
        ids: bool,
    },
    Other,
}

impl Shape {
    pub fn get(&self, key: &str) -> Option<Kind> {
        self.top.iter().find(|(k, _)| k == key).map(|&(_, kind)| kind)
    }
}

/// Why a body was refused, or what its top level holds (empty for an empty body).
pub fn check(body: &[u8]) -> Result<Shape, String> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(Shape::default());
    }
    std::str::from_utf8(body).map_err(|e| format!("the body is not UTF-8 (at byte {})", e.valid_up_to()))?;
    let mut de = serde_json::Deserializer::from_slice(body);
    let shape = de.deserialize_any(TopLevel).and_then(|shape| de.end().map(|()| shape)).map_err(describe)?;
    Ok(shape)
}

/// A serde error without the values it may quote (a server may echo secrets into any field).
pub fn describe(e: serde_json::Error) -> String {
    use serde_json::error::Category;
    let what = match e.classify() {
        Category::Io => "unreadable",
        Category::Syntax => "not valid JSON",
        Category::Eof => "cut short",
        Category::Data => {
            let text = e.to_string();
            if text.contains(UNSAFE) {
                UNSAFE
            } else if text.contains(NOT_OBJECT) {
                NOT_OBJECT
            } else if text.starts_with("missing field") {
                // Field names come from our own types, not from the server: safe to name.
                return format!(
                    "it lacks a field the API always sends ({})",
                    text.split(" at line").next().unwrap_or("")
                );
            } else {
                "of the wrong shape"
            }
        }
    };
    format!("the body is {what} (line {}, column {})", e.line(), e.column())
}

const UNSAFE: &str = "an integer beyond JavaScript's safe range";
const NOT_OBJECT: &str = "not a JSON object";

struct TopLevel;

impl<'de> Visitor<'de> for TopLevel {
    type Value = Shape;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(NOT_OBJECT)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Shape, A::Error> {
        let mut top = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            let kind = map.next_value_seed(Summary)?;
            top.push((key, kind));
        }
        Ok(Shape { top })
    }
}

/// Walks a value like [`SafeInts`] and tells its [`Kind`].
#[derive(Clone, Copy)]
struct Summary;

impl<'de> de::DeserializeSeed<'de> for Summary {
    type Value = Kind;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Kind, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Summary {
    type Value = Kind;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Kind, E> {
        SafeInts.visit_u64(v).map(|()| Kind::Other)
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Kind, E> {
        SafeInts.visit_i64(v).map(|()| Kind::Other)
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Kind, E> {
        Ok(Kind::Other)
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Kind, E> {
        Ok(Kind::Other)
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<Kind, E> {
        Ok(Kind::Other)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Kind, E> {
        Ok(Kind::Null)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Kind, A::Error> {
        let mut ids = true;
        while let Some(kind) = seq.next_element_seed(Summary)? {
            ids &= kind == Kind::Object { id: true };
        }
        Ok(Kind::Array { ids })
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Kind, A::Error> {
        let mut id = false;
        while let Some(is_id) = map.next_key_seed(IsId)? {
            if is_id {
                id = map.next_value_seed(IsInt)?;
            } else {
                map.next_value::<SafeInts>()?;
            }
        }
        Ok(Kind::Object { id })
    }
}

/// A key: whether it is `id`.
struct IsId;

impl<'de> de::DeserializeSeed<'de> for IsId {
    type Value = bool;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<bool, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for IsId {
    type Value = bool;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a key")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<bool, E> {
        Ok(v == "id")
    }
}

/// A value: whether it is a (safe) integer.
struct IsInt;

impl<'de> de::DeserializeSeed<'de> for IsInt {
    type Value = bool;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<bool, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for IsInt {
    type Value = bool;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<bool, E> {
        SafeInts.visit_u64(v).map(|()| true)
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<bool, E> {
        SafeInts.visit_i64(v).map(|()| true)
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<bool, E> {
        Ok(false)
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<bool, E> {
        Ok(false)
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<bool, E> {
        Ok(false)
    }
    fn visit_unit<E: de::Error>(self) -> Result<bool, E> {
        Ok(false)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<bool, A::Error> {
        SafeInts.visit_seq(seq).map(|()| false)
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<bool, A::Error> {
        SafeInts.visit_map(map).map(|()| false)
    }
}

/// Walks any JSON value and refuses integers outside JavaScript's safe range.
struct SafeInts;

impl<'de> de::Deserialize<'de> for SafeInts {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(SafeInts)?;
        Ok(SafeInts)
    }
}

impl<'de> Visitor<'de> for SafeInts {
    type Value = ();
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<(), E> {
        if v > MAX_SAFE_INTEGER { Err(E::custom(UNSAFE)) } else { Ok(()) }
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<(), E> {
        if v.unsigned_abs() > MAX_SAFE_INTEGER { Err(E::custom(UNSAFE)) } else { Ok(()) }
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element::<SafeInts>()?.is_some() {}
        Ok(())
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while map.next_entry::<IgnoredAny, SafeInts>()?.is_some() {}
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_api_objects_and_empty_bodies() {
        let shape = check(br#"{"server":{"id":9007199254740991,"x":[1,-2,1.5e300,null,true,"s"]}}"#).unwrap();
        assert_eq!(shape.get("server"), Some(Kind::Object { id: true }));
        assert_eq!(check(b""), Ok(Shape::default()));
        assert_eq!(check(b" \n"), Ok(Shape::default()));
        let shape =
            check(br#"{"a":[{"id":1},{"id":2}],"b":[{"id":"x"}],"c":null,"d":{"id":1.5},"e":[],"f":3}"#).unwrap();
        assert_eq!(shape.get("a"), Some(Kind::Array { ids: true }));
        assert_eq!(shape.get("b"), Some(Kind::Array { ids: false }));
        assert_eq!(shape.get("c"), Some(Kind::Null));
        assert_eq!(shape.get("d"), Some(Kind::Object { id: false }));
        assert_eq!(shape.get("e"), Some(Kind::Array { ids: true }));
        assert_eq!(shape.get("f"), Some(Kind::Other));
        assert_eq!(shape.get("g"), None);
        assert!(check(br#"{"a":[{"id":9007199254740993}]}"#).is_err());
    }

    #[test]
    fn refuses_what_javascript_would_misread() {
        let cases: [&[u8]; 6] = [
            br#"[{"id":1}]"#,
            br#"{"id":9007199254740993}"#,
            br#"{"a":[{"id":-9007199254740993}]}"#,
            b"{\"name\":\"\xff\"}",
            br#"{"a":1} trailing"#,
            br#""just a string""#,
        ];
        for body in cases {
            assert!(check(body).is_err(), "{}", String::from_utf8_lossy(body));
        }
        assert!(check(br#"{"id":9007199254740993}"#).unwrap_err().contains("safe range"));
        assert!(check(br#"[1]"#).unwrap_err().contains("not a JSON object"));
    }

    #[test]
    fn descriptions_never_quote_values() {
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct T {
            id: u64,
        }
        let e = serde_json::from_slice::<T>(br#"{"id":"secret-token-value"}"#).unwrap_err();
        let d = describe(e);
        assert!(!d.contains("secret"), "{d}");
        let e = serde_json::from_slice::<T>(br#"{"other":1}"#).unwrap_err();
        assert!(describe(e).contains("missing field `id`"));
    }
}
