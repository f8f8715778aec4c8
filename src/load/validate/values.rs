//! The formats of single values: ISO 8601 dates and BCP 47 language tags.

/// `YYYY-MM-DD`, optionally `T` (or a space) and `HH:MM[:SS[.fff]]` with an optional
/// `Z` or `±HH:MM` offset. The day must exist in its month.
pub(super) fn is_iso_date(s: &str) -> bool {
    let (date, time) = match s.split_once(['T', ' ']) {
        Some((d, t)) => (d, Some(t)),
        None => (s, None),
    };
    let b = date.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = date.get(r)?;
        if part.bytes().all(|c| c.is_ascii_digit()) {
            part.parse().ok()
        } else {
            None
        }
    };
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d) && time.is_none_or(is_iso_time)
}

fn is_iso_time(t: &str) -> bool {
    let (clock, offset) = if let Some(c) = t.strip_suffix('Z') {
        (c, None)
    } else if let Some(i) = t.rfind(['+', '-']) {
        (&t[..i], Some(&t[i + 1..]))
    } else {
        (t, None)
    };
    let hm = |s: &str, max_h: u32| -> bool {
        let mut parts = s.split(':');
        let ok = |p: Option<&str>, max: u32| {
            p.is_some_and(|p| {
                p.len() == 2
                    && p.bytes().all(|c| c.is_ascii_digit())
                    && p.parse::<u32>().is_ok_and(|v| v <= max)
            })
        };
        ok(parts.next(), max_h) && ok(parts.next(), 59)
    };
    let mut parts = clock.splitn(3, ':');
    let (h, m, s) = (parts.next(), parts.next(), parts.next());
    let head = match (h, m) {
        (Some(h), Some(m)) => format!("{h}:{m}"),
        _ => return false,
    };
    let secs_ok = s.is_none_or(|s| {
        let (whole, frac) = s.split_once('.').unwrap_or((s, "0"));
        whole.len() == 2
            && whole.parse::<u32>().is_ok_and(|v| v <= 60)
            && !frac.is_empty()
            && frac.bytes().all(|c| c.is_ascii_digit())
    });
    hm(&head, 23) && secs_ok && offset.is_none_or(|o| hm(o, 23))
}

/// A plausible BCP 47 tag: a 2–3 letter primary language (or `x`/`i`, or 5–8 letters),
/// then subtags of 1–8 letters or digits.
pub(super) fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or("");
    let primary_ok = primary.bytes().all(|b| b.is_ascii_alphabetic())
        && matches!(primary.len(), 2 | 3 | 5..=8)
        || primary.eq_ignore_ascii_case("x")
        || primary.eq_ignore_ascii_case("i");
    primary_ok
        && tag.len() <= 35
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        for ok in [
            "2025-11-12",
            "2024-02-29",
            "2025-11-12T09:30",
            "2025-11-12T09:30:05Z",
            "2025-11-12 09:30:05.123+01:00",
            "2025-11-12T23:59:60-05:00",
        ] {
            assert!(is_iso_date(ok), "{ok}");
        }
        for bad in [
            "2025-02-29",
            "2025-13-01",
            "12/11/2025",
            "2025-1-12",
            "2025-11-12T25:00",
            "2025-11-12T",
            "2025-11-12T09:30:5",
            "yesterday",
            "２０２５-11-12",
        ] {
            assert!(!is_iso_date(bad), "{bad}");
        }
    }

    #[test]
    fn language_tags() {
        for ok in [
            "fr",
            "en",
            "en-GB",
            "zh-Hant-TW",
            "sr-Latn",
            "es-419",
            "x-private",
        ] {
            assert!(is_language_tag(ok), "{ok}");
        }
        for bad in ["", "french!", "e", "en_GB", "en-", "en-toolongsubtag"] {
            assert!(!is_language_tag(bad), "{bad}");
        }
    }
}
