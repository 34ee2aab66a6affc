//! Emulated clock: real elapsed time multiplied by `time_scale`, anchored at the wall-clock
//! time the emulator started.

use std::fmt::Write as _;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

pub(crate) struct Clock {
    start: Instant,
    start_unix_ms: f64,
    scale: f64,
}

impl Clock {
    pub fn new(scale: f64) -> Clock {
        let scale = if scale.is_finite() && scale > 0.0 { scale } else { 1.0 };
        let start_unix_ms =
            SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or(Duration::ZERO).as_secs_f64() * 1000.0;
        Clock { start: Instant::now(), start_unix_ms, scale }
    }

    pub fn scale(&self) -> f64 {
        self.scale
    }

    /// Real milliseconds since start.
    pub fn real_ms(&self) -> f64 {
        self.start.elapsed().as_secs_f64() * 1000.0
    }

    /// Emulated milliseconds since start.
    pub fn now(&self) -> f64 {
        self.real_ms() * self.scale
    }

    /// Real UNIX time in seconds (for rate-limit headers).
    pub fn real_unix_secs(&self) -> f64 {
        (self.start_unix_ms + self.real_ms()) / 1000.0
    }

    /// Emulated wall-clock time of an emulated instant, as UNIX milliseconds.
    pub fn unix_ms(&self, emu_ms: f64) -> i64 {
        (self.start_unix_ms + emu_ms) as i64
    }
}

/// An RFC 3339 UTC timestamp (second precision, `+00:00` offset) for a UNIX millisecond time.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Timestamp(pub i64);

impl Timestamp {
    pub fn format_into(self, out: &mut String) {
        let secs = self.0.div_euclid(1000);
        let days = secs.div_euclid(86_400);
        let sod = secs.rem_euclid(86_400);
        let (y, m, d) = civil_from_days(days);
        let _ =
            write!(out, "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}+00:00", y, m, d, sod / 3600, (sod / 60) % 60, sod % 60);
    }
}

impl std::fmt::Display for Timestamp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut s = String::with_capacity(25);
        self.format_into(&mut s);
        f.write_str(&s)
    }
}

impl serde::Serialize for Timestamp {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut buf = String::with_capacity(25);
        self.format_into(&mut buf);
        s.serialize_str(&buf)
    }
}

/// Days since 1970-01-01 to (year, month, day) in the proleptic Gregorian calendar.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Parses an RFC 3339 time (`2024-05-01T12:00:00Z`, fractions and offsets allowed) into UNIX
/// seconds.
pub(crate) fn parse_rfc3339(s: &str) -> Option<f64> {
    let b = s.as_bytes();
    if b.len() < 20 || b[4] != b'-' || b[7] != b'-' || !matches!(b[10], b'T' | b't' | b' ') || b[13] != b':' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<i64> {
        let part = s.get(r)?;
        if part.bytes().all(|c| c.is_ascii_digit()) { part.parse().ok() } else { None }
    };
    let (y, mo, d, h, mi, sec) = (num(0..4)?, num(5..7)?, num(8..10)?, num(11..13)?, num(14..16)?, num(17..19)?);
    if b[16] != b':' || !(1..=12).contains(&mo) || !(1..=31).contains(&d) || h > 23 || mi > 59 || sec > 60 {
        return None;
    }
    let mut rest = &s[19..];
    let mut frac = 0.0;
    if let Some(r) = rest.strip_prefix('.') {
        let digits = r.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return None;
        }
        frac = format!("0.{}", &r[..digits]).parse().ok()?;
        rest = &r[digits..];
    }
    let offset = match rest {
        "Z" | "z" => 0,
        _ => {
            let sign = match rest.as_bytes().first()? {
                b'+' => 1,
                b'-' => -1,
                _ => return None,
            };
            let ob = rest.as_bytes();
            if ob.len() != 6 || ob[3] != b':' {
                return None;
            }
            let oh: i64 = rest[1..3].parse().ok()?;
            let om: i64 = rest[4..6].parse().ok()?;
            sign * (oh * 3600 + om * 60)
        }
    };
    let secs = days_from_civil(y, mo, d) * 86_400 + h * 3600 + mi * 60 + sec - offset;
    Some(secs as f64 + frac)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_rfc3339() {
        assert_eq!(Timestamp(0).to_string(), "1970-01-01T00:00:00+00:00");
        assert_eq!(Timestamp(1_709_251_199_000).to_string(), "2024-02-29T23:59:59+00:00");
        assert_eq!(Timestamp(951_782_400_000).to_string(), "2000-02-29T00:00:00+00:00");
    }

    #[test]
    fn parses_rfc3339() {
        assert_eq!(parse_rfc3339("1970-01-01T00:00:00Z"), Some(0.0));
        assert_eq!(parse_rfc3339("2024-02-29T23:59:59+00:00"), Some(1_709_251_199.0));
        assert_eq!(parse_rfc3339("2024-03-01T01:59:59+02:00"), Some(1_709_251_199.0));
        assert_eq!(parse_rfc3339("2024-02-29T23:59:59.5Z"), Some(1_709_251_199.5));
        assert_eq!(parse_rfc3339("2024-02-29"), None);
        assert_eq!(parse_rfc3339("2024-13-01T00:00:00Z"), None);
        assert_eq!(parse_rfc3339("2024-02-29T23:59:59.5+01:00"), Some(1_709_247_599.5));
        assert!(parse_rfc3339("yesterday").is_none());
    }
}
