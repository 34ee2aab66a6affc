//! What every answer's body must be before anything reads it: at most `max_response_bytes`
//! (enforced while reading), UTF-8, a JSON object (or nothing, for 204), and no integer that
//! JavaScript cannot hold exactly (an id above 2^53-1 would silently become its neighbour).
//!
//! [`check`] is one pass over the bytes that validates the JSON (RFC 8259, as strictly as
//! serde_json: escapes, surrogate pairs, no control characters in strings, no leading zeros,
//! floats within `f64`, at most 127 levels of nesting), refuses unsafe integers, and records what
//! the top level holds and where each top-level value lies, so that nothing parses the body again
//! to find the resource, the list or the pagination. It replaced a serde visitor that was about
//! half as fast (`reference`, kept to compare the two on the fuzz corpus).

use std::ops::Range;

pub mod reference;

/// The largest integer a JavaScript number holds exactly.
pub const MAX_SAFE_INTEGER: u64 = (1 << 53) - 1;

/// What a checked body holds at its top level, found in the same pass that checked it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Shape {
    pub top: Vec<(String, Kind)>,
    /// Where each value of `top` lies in the body (same order; empty for a made-up shape).
    pub spans: Vec<Range<usize>>,
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

    /// The byte range of the top-level value under `key`, when the body was checked.
    pub fn span(&self, key: &str) -> Option<Range<usize>> {
        self.top.iter().position(|(k, _)| k == key).and_then(|i| self.spans.get(i).cloned())
    }
}

/// Why a body was refused, or what its top level holds (empty for an empty body).
pub fn check(body: &[u8]) -> Result<Shape, String> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(Shape::default());
    }
    std::str::from_utf8(body).map_err(|e| format!("the body is not UTF-8 (at byte {})", e.valid_up_to()))?;
    let mut scan = Scan { b: body, i: 0 };
    scan.document().map_err(|fail| {
        let what = match fail {
            Fail::Syntax => "not valid JSON",
            Fail::Eof => "cut short",
            Fail::Unsafe => UNSAFE,
            Fail::NotObject => NOT_OBJECT,
            Fail::Depth => "nested too deeply",
        };
        let at = scan.i.min(body.len());
        let line = body[..at].iter().filter(|&&c| c == b'\n').count() + 1;
        let column = at - body[..at].iter().rposition(|&c| c == b'\n').map_or(0, |p| p + 1) + 1;
        format!("the body is {what} (line {line}, column {column})")
    })
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

/// serde_json's limit: the 128th nested array or object is refused.
const MAX_DEPTH: u32 = 128;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Fail {
    Syntax,
    Eof,
    Unsafe,
    NotObject,
    Depth,
}

/// What a value is, as far as the shape needs to know.
#[derive(Clone, Copy, PartialEq)]
enum Seen {
    Null,
    Int,
    Object { id: bool },
    Array { ids: bool },
    Other,
}

impl Seen {
    fn kind(self) -> Kind {
        match self {
            Seen::Null => Kind::Null,
            Seen::Object { id } => Kind::Object { id },
            Seen::Array { ids } => Kind::Array { ids },
            Seen::Int | Seen::Other => Kind::Other,
        }
    }
}

/// Where the first `"`, `\\` or control character of `rest` is: eight bytes at a time (the bytes
/// of a word that equal a value, or are below one, have their top bit set by the usual
/// carry tricks; the lowest flagged byte is always a true one).
fn plain_run(rest: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const TOPS: u64 = 0x8080_8080_8080_8080;
    let flagged = |w: u64| {
        let quote = w ^ (ONES * u64::from(b'"'));
        let backslash = w ^ (ONES * u64::from(b'\\'));
        let zero_q = quote.wrapping_sub(ONES) & !quote;
        let zero_b = backslash.wrapping_sub(ONES) & !backslash;
        let below_space = w.wrapping_sub(ONES * 0x20) & !w;
        (zero_q | zero_b | below_space) & TOPS
    };
    let mut chunks = rest.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let w = u64::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3], chunk[4], chunk[5], chunk[6], chunk[7]]);
        let f = flagged(w);
        if f != 0 {
            return Some(at + (f.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    chunks.remainder().iter().position(|&c| c == b'"' || c == b'\\' || c < 0x20).map(|p| at + p)
}

struct Scan<'a> {
    b: &'a [u8],
    i: usize,
}

impl Scan<'_> {
    fn document(&mut self) -> Result<Shape, Fail> {
        self.ws();
        if self.peek()? != b'{' {
            return Err(Fail::NotObject);
        }
        self.i += 1;
        let mut shape = Shape::default();
        self.ws();
        if self.peek()? == b'}' {
            self.i += 1;
        } else {
            loop {
                let key = self.key()?;
                self.colon()?;
                let start = self.i;
                let seen = self.value(1)?;
                shape.top.push((key, seen.kind()));
                shape.spans.push(start..self.i);
                if self.next_member(b'}')? {
                    break;
                }
            }
        }
        self.ws();
        if self.i != self.b.len() {
            return Err(Fail::Syntax);
        }
        Ok(shape)
    }

    fn peek(&self) -> Result<u8, Fail> {
        self.b.get(self.i).copied().ok_or(Fail::Eof)
    }

    fn ws(&mut self) {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.b.get(self.i) {
            self.i += 1;
        }
    }

    /// After a member or element: `true` at the closing `end`, `false` after a comma.
    fn next_member(&mut self, end: u8) -> Result<bool, Fail> {
        self.ws();
        match self.peek()? {
            b',' => {
                self.i += 1;
                self.ws();
                Ok(false)
            }
            c if c == end => {
                self.i += 1;
                Ok(true)
            }
            _ => Err(Fail::Syntax),
        }
    }

    fn colon(&mut self) -> Result<(), Fail> {
        self.ws();
        if self.peek()? != b':' {
            return Err(Fail::Syntax);
        }
        self.i += 1;
        self.ws();
        Ok(())
    }

    /// A member's key, decoded.
    fn key(&mut self) -> Result<String, Fail> {
        let b = self.b;
        let (span, escaped) = self.key_span()?;
        let quoted = &b[span];
        if escaped {
            return serde_json::from_slice(quoted).map_err(|_| Fail::Syntax);
        }
        // The body is UTF-8 and quotes are ASCII: the key is UTF-8 too.
        Ok(String::from_utf8_lossy(&quoted[1..quoted.len() - 1]).into_owned())
    }

    /// Where a member's key lies, quotes included, after checking it is a string; and whether
    /// it holds an escape.
    fn key_span(&mut self) -> Result<(Range<usize>, bool), Fail> {
        if self.peek()? != b'"' {
            return Err(Fail::Syntax);
        }
        let start = self.i;
        let escaped = self.string()?;
        Ok((start..self.i, escaped))
    }

    fn value(&mut self, depth: u32) -> Result<Seen, Fail> {
        match self.peek()? {
            b'{' => self.object(depth + 1),
            b'[' => self.array(depth + 1),
            b'"' => self.string().map(|_| Seen::Other),
            b't' => self.word(b"true").map(|()| Seen::Other),
            b'f' => self.word(b"false").map(|()| Seen::Other),
            b'n' => self.word(b"null").map(|()| Seen::Null),
            b'-' | b'0'..=b'9' => self.number(),
            _ => Err(Fail::Syntax),
        }
    }

    /// Steps into an object or array at its opening bracket: `true` when it closes at once.
    fn open(&mut self, depth: u32, close: u8) -> Result<bool, Fail> {
        if depth >= MAX_DEPTH {
            return Err(Fail::Depth);
        }
        self.i += 1;
        self.ws();
        let empty = self.peek()? == close;
        if empty {
            self.i += 1;
        }
        Ok(empty)
    }

    fn object(&mut self, depth: u32) -> Result<Seen, Fail> {
        let mut id = false;
        if self.open(depth, b'}')? {
            return Ok(Seen::Object { id });
        }
        loop {
            let b = self.b;
            let (span, escaped) = self.key_span()?;
            let quoted = &b[span];
            let is_id =
                quoted == b"\"id\"" || (escaped && serde_json::from_slice::<String>(quoted).is_ok_and(|k| k == "id"));
            self.colon()?;
            let seen = self.value(depth)?;
            if is_id {
                // The last `id` counts, as it would for any JSON reader that keeps one.
                id = seen == Seen::Int;
            }
            if self.next_member(b'}')? {
                return Ok(Seen::Object { id });
            }
        }
    }

    fn array(&mut self, depth: u32) -> Result<Seen, Fail> {
        let mut ids = true;
        if self.open(depth, b']')? {
            return Ok(Seen::Array { ids });
        }
        loop {
            ids &= self.value(depth)? == Seen::Object { id: true };
            if self.next_member(b']')? {
                return Ok(Seen::Array { ids });
            }
        }
    }

    fn word(&mut self, word: &[u8]) -> Result<(), Fail> {
        let end = self.i + word.len();
        match self.b.get(self.i..end) {
            Some(w) if w == word => {
                self.i = end;
                Ok(())
            }
            Some(_) => Err(Fail::Syntax),
            None if word.starts_with(&self.b[self.i..]) => Err(Fail::Eof),
            None => Err(Fail::Syntax),
        }
    }

    /// A string, from its opening quote to past its closing one; `true` when it holds an escape.
    fn string(&mut self) -> Result<bool, Fail> {
        self.i += 1;
        let mut escaped = false;
        loop {
            // The common run: plain characters.
            self.i += plain_run(&self.b[self.i..]).ok_or(Fail::Eof)?;
            match self.b[self.i] {
                b'"' => {
                    self.i += 1;
                    return Ok(escaped);
                }
                b'\\' => {
                    escaped = true;
                    self.escape()?
                }
                _ => return Err(Fail::Syntax),
            }
        }
    }

    /// One escape, from its backslash; a surrogate must be a high one followed by a low one.
    fn escape(&mut self) -> Result<(), Fail> {
        self.i += 1;
        match self.peek()? {
            b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't' => {
                self.i += 1;
                Ok(())
            }
            b'u' => {
                self.i += 1;
                match self.hex4()? {
                    0xD800..=0xDBFF => {
                        if self.b.get(self.i..self.i + 2).is_none() {
                            return Err(Fail::Eof);
                        }
                        if &self.b[self.i..self.i + 2] != b"\\u" {
                            return Err(Fail::Syntax);
                        }
                        self.i += 2;
                        match self.hex4()? {
                            0xDC00..=0xDFFF => Ok(()),
                            _ => Err(Fail::Syntax),
                        }
                    }
                    0xDC00..=0xDFFF => Err(Fail::Syntax),
                    _ => Ok(()),
                }
            }
            _ => Err(Fail::Syntax),
        }
    }

    fn hex4(&mut self) -> Result<u32, Fail> {
        let mut n = 0;
        for _ in 0..4 {
            let d = match self.peek()? {
                c @ b'0'..=b'9' => c - b'0',
                c @ b'a'..=b'f' => c - b'a' + 10,
                c @ b'A'..=b'F' => c - b'A' + 10,
                _ => return Err(Fail::Syntax),
            };
            n = n * 16 + u32::from(d);
            self.i += 1;
        }
        Ok(n)
    }

    fn digits(&mut self) -> usize {
        let start = self.i;
        while let Some(b'0'..=b'9') = self.b.get(self.i) {
            self.i += 1;
        }
        self.i - start
    }

    /// A number; an integer (no fraction, no exponent) must be within ±(2^53-1), a float within
    /// `f64` (as serde_json requires).
    fn number(&mut self) -> Result<Seen, Fail> {
        let start = self.i;
        if self.b[self.i] == b'-' {
            self.i += 1;
        }
        let int_start = self.i;
        match self.peek()? {
            b'0' => self.i += 1,
            b'1'..=b'9' => {
                self.digits();
            }
            _ => return Err(Fail::Syntax),
        }
        let int_digits = &self.b[int_start..self.i];
        let mut integer = true;
        if let Some(b'.') = self.b.get(self.i) {
            self.i += 1;
            integer = false;
            if self.digits() == 0 {
                return Err(if self.i == self.b.len() { Fail::Eof } else { Fail::Syntax });
            }
        }
        let exponent = matches!(self.b.get(self.i), Some(b'e' | b'E'));
        if exponent {
            self.i += 1;
            integer = false;
            if let Some(b'+' | b'-') = self.b.get(self.i) {
                self.i += 1;
            }
            if self.digits() == 0 {
                return Err(if self.i == self.b.len() { Fail::Eof } else { Fail::Syntax });
            }
        }
        if let Some(b'0'..=b'9') = self.b.get(self.i) {
            // A leading zero followed by more digits.
            return Err(Fail::Syntax);
        }
        if integer && self.b[start] == b'-' && int_digits == b"0" {
            // `-0` is a float to serde_json (it keeps the sign), and an id is never 0 anyway.
            return Ok(Seen::Other);
        }
        if integer {
            const MAX: &[u8] = b"9007199254740991";
            let unsafe_int = int_digits.len() > MAX.len() || (int_digits.len() == MAX.len() && int_digits > MAX);
            return if unsafe_int { Err(Fail::Unsafe) } else { Ok(Seen::Int) };
        }
        if !exponent && int_digits.len() <= 300 {
            // At most 300 digits before the point and no exponent: below 1e301, within f64.
            return Ok(Seen::Other);
        }
        let text = std::str::from_utf8(&self.b[start..self.i]).map_err(|_| Fail::Syntax)?;
        match text.parse::<f64>() {
            Ok(f) if f.is_finite() => Ok(Seen::Other),
            _ => Err(Fail::Syntax),
        }
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
        // serde_json reads an integer beyond 2^64 as a float; the scanner refuses it too.
        assert!(check(br#"{"id":123456789012345678901234}"#).unwrap_err().contains("safe range"));
        assert!(reference::check(br#"{"id":123456789012345678901234}"#).is_ok());
        assert!(check(br#"[1]"#).unwrap_err().contains("not a JSON object"));
    }

    /// Verdicts and shapes agree with the serde-based check on valid and broken JSON alike.
    #[test]
    fn agrees_with_the_serde_check() {
        let cases: &[&[u8]] = &[
            br#"{"server":{"id":1,"name":"a\"b\\c\u00e9\ud83d\ude00","labels":{},"x":[[],{}]},"meta":{"pagination":{"page":1}}}"#,
            br#"{"servers":[{"id":1},{"id":2,"id":"x"}],"n":-0,"f":-1.5e-3,"g":0.0,"h":1E+2}"#,
            br#"{"\u0069d":1,"a":{"\u0069d":7}}"#,
            br#"{"a":{"id":1,"id":2.0}}"#,
            br#"{"a":{"id": -0 },"b":{"id":0}}"#,
            br#" { "a" : [ 1 , 2 ] } "#,
            br#"{"a":01}"#,
            br#"{"a":1.}"#,
            br#"{"a":.5}"#,
            br#"{"a":-}"#,
            br#"{"a":1e}"#,
            br#"{"a":1e400}"#,
            br#"{"a":[1,]}"#,
            br#"{"a":1,}"#,
            br#"{"a" 1}"#,
            br#"{"a":tru}"#,
            br#"{"a":truex}"#,
            br#"{"a":"\ud800"}"#,
            br#"{"a":"\udc00"}"#,
            br#"{"a":"\ud800\u0041"}"#,
            br#"{"a":"\x"}"#,
            b"{\"a\":\"tab\there\"}",
            br#"{"a":"cut"#,
            br#"{"a":[{"b":"#,
            br#"{"a":1}{"#,
            br#"{1:2}"#,
            br#"null"#,
            br#"{"a":9007199254740991,"b":-9007199254740991}"#,
            br#"{"a":9007199254740992}"#,
        ];
        for &body in cases {
            let (ours, theirs) = (check(body), reference::check(body));
            let text = String::from_utf8_lossy(body);
            assert_eq!(ours.is_ok(), theirs.is_ok(), "{text}: {ours:?} vs {theirs:?}");
            if let (Ok(a), Ok(b)) = (ours, theirs) {
                assert_eq!(a.top, b.top, "{text}");
                assert_eq!(a.spans.len(), a.top.len());
            }
        }
        // Floats: without an exponent, up to 300 digits before the point pass unparsed; longer
        // ones and exponents are parsed (finite or refused).
        for digits in [299, 300, 301, 308, 309, 400] {
            for exp in ["", "e0", "e-5", "e+10", "e300"] {
                let body = format!("{{\"a\":-{}.5{exp}}}", "9".repeat(digits));
                let (ours, theirs) = (check(body.as_bytes()), reference::check(body.as_bytes()));
                assert_eq!(ours.is_ok(), theirs.is_ok(), "{digits} digits, {exp:?}: {ours:?} vs {theirs:?}");
            }
        }
        let deep = |n: usize| format!("{{\"a\":{}{}}}", "[".repeat(n), "]".repeat(n));
        for n in [125, 126, 127, 128, 100_000] {
            let body = deep(n);
            assert_eq!(check(body.as_bytes()).is_ok(), reference::check(body.as_bytes()).is_ok(), "depth {n}");
        }
    }

    #[test]
    fn plain_runs_end_where_a_byte_by_byte_scan_ends() {
        let alphabet = [b'a', b'"', b'\\', 0x1f, 0x20, 0x7f, 0x80, 0xc3, 0xff, 0x00, b'!', b'#', b'[', b']'];
        let mut rng = fastrand::Rng::with_seed(11);
        for _ in 0..20_000 {
            let len = rng.usize(0..40);
            let bytes: Vec<u8> = (0..len)
                .map(|_| if rng.u8(0..4) == 0 { alphabet[rng.usize(0..alphabet.len())] } else { rng.u8(0x21..0x7f) })
                .collect();
            let naive = bytes.iter().position(|&c| c == b'"' || c == b'\\' || c < 0x20);
            assert_eq!(plain_run(&bytes), naive, "{bytes:?}");
        }
    }

    #[test]
    fn spans_locate_the_top_level_values() {
        let body = br#"{ "servers" : [ {"id":1} ] , "meta":{"pagination":{"last_page":3}} }"#;
        let shape = check(body).unwrap();
        assert_eq!(&body[shape.span("servers").unwrap()], br#"[ {"id":1} ]"#);
        assert_eq!(&body[shape.span("meta").unwrap()], br#"{"pagination":{"last_page":3}}"#);
        assert_eq!(shape.span("nope"), None);
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
