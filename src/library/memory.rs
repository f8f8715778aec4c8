//! What the library shows of the reader's memory of a briefing: how far it was read
//! and when it was last opened. The memory itself is the reader's (`crate::memory`,
//! per-briefing state in the state directory); this is the one place the library asks
//! it, through its index (no record is read, so thousands of files cost nothing).

use std::path::Path;
use std::time::{SystemTime, UNIX_EPOCH};

/// Read progress and last opened, when the reader remembers the briefing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Memory {
    /// Sections read, in per cent.
    pub progress: Option<u8>,
    pub opened: Option<SystemTime>,
}

/// What the reader remembers of each of `items`, the memory's index read once.
pub(crate) fn recall_all(items: &mut [super::Item]) {
    let memory = crate::memory::Memory::open();
    for item in items {
        item.memory = glance(&memory, &item.path);
    }
}

/// What the reader remembers of the briefing at `path`.
pub(crate) fn recall(path: &Path) -> Memory {
    glance(&crate::memory::Memory::open(), path)
}

fn glance(memory: &crate::memory::Memory, path: &Path) -> Memory {
    memory
        .glance(path, None)
        .map_or_else(Memory::default, |g| Memory {
            progress: Some((g.progress * 100.0).round().clamp(0.0, 100.0) as u8),
            opened: g.last_opened,
        })
}

/// `t` as a UTC calendar day, `2026-11-29` (Howard Hinnant's days-to-civil algorithm:
/// no time-zone database needed for a column that shows days).
pub(crate) fn day(t: SystemTime) -> String {
    let secs = t.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let days = i64::try_from(secs / 86_400).unwrap_or(0);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}
