//! The serde-based body check that the single-pass scanner (`super::check`) replaced. It is kept
//! as the reference the scanner is compared with, on every input of the fuzz corpus
//! (`fuzz/checks_core.rs`, `check_body`) and in the unit tests; the client does not call it.

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use super::{Kind, MAX_SAFE_INTEGER, NOT_OBJECT, Shape, UNSAFE, describe};

/// The check as serde_json sees it: the same verdicts as [`super::check`], and the same shape
/// without the spans. (It lets through integers beyond 2^64, which serde reads as floats.)
pub fn check(body: &[u8]) -> Result<Shape, String> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(Shape::default());
    }
    std::str::from_utf8(body).map_err(|e| format!("the body is not UTF-8 (at byte {})", e.valid_up_to()))?;
    let mut de = serde_json::Deserializer::from_slice(body);
    de.deserialize_any(TopLevel).and_then(|shape| de.end().map(|()| shape)).map_err(describe)
}

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
        Ok(Shape { top, spans: Vec::new() })
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
