//! Sharing work out over the cores: section ranges of about equal text for the threads
//! that index and infer in parallel, and the `Control` they report to (bytes done, so
//! the reader can show "indexing 43 %") and stop on (the reader quit or opened another
//! briefing); and `map_slice`, for the loader's per-line work on long articles.
//! Domain code: no terminal, no channel; whoever started the work reads the counters.

use std::ops::Range;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use crate::model::Briefing;

/// Below this much text one thread does all: starting a second costs more than it saves
/// on an article of a few pages.
pub(crate) const PARALLEL_BYTES: usize = 512 * 1024;

/// Progress and cancellation of one analysis. Counters only: reading them never waits
/// for the threads that write them.
#[derive(Debug, Default)]
pub struct Control {
    cancelled: AtomicBool,
    done: AtomicU64,
    total: AtomicU64,
}

impl Control {
    pub(crate) fn new() -> Control {
        Control::default()
    }

    /// Ask the work to stop at its next check (between paragraphs).
    pub(crate) fn cancel(&self) {
        self.cancelled.store(true, Ordering::Relaxed);
    }

    pub(crate) fn cancelled(&self) -> bool {
        self.cancelled.load(Ordering::Relaxed)
    }

    /// More work is known: `units` (bytes of text to go through).
    pub(crate) fn expect(&self, units: usize) {
        self.total.fetch_add(units as u64, Ordering::Relaxed);
    }

    /// `units` of the work expected are done. Returns false when the work should stop.
    fn advance(&self, units: usize) -> bool {
        self.done.fetch_add(units as u64, Ordering::Relaxed);
        !self.cancelled()
    }

    /// How much of the work expected so far is done, 0 to 100 (100 only once all is).
    pub(crate) fn percent(&self) -> u8 {
        let total = self.total.load(Ordering::Relaxed);
        let done = self.done.load(Ordering::Relaxed).min(total);
        if total == 0 {
            return 0;
        }
        // Rounded down, so that 100 means done.
        (done * 100 / total) as u8
    }
}

/// Progress told to a `Control` in batches: every paragraph of a long article counts,
/// and threads adding to one shared counter per paragraph would contend for it. The
/// cancel flag is still read each time (reading a flag nobody writes costs nothing).
pub(crate) struct Ticker<'a> {
    control: &'a Control,
    pending: usize,
}

impl<'a> Ticker<'a> {
    /// Bytes told at once.
    const BATCH: usize = 64 * 1024;

    pub(crate) fn new(control: &'a Control) -> Ticker<'a> {
        Ticker {
            control,
            pending: 0,
        }
    }

    /// `units` more are done; false when the work should stop.
    pub(crate) fn advance(&mut self, units: usize) -> bool {
        self.pending += units;
        if self.pending >= Self::BATCH {
            self.control.advance(std::mem::take(&mut self.pending))
        } else {
            !self.control.cancelled()
        }
    }
}

impl Drop for Ticker<'_> {
    fn drop(&mut self) {
        self.control.advance(self.pending);
    }
}

/// How many threads analysis uses: the cores there are, at most 8 (past that, merging
/// the threads' results costs more than the split saves).
pub(crate) fn threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get().min(8))
}

/// Bytes of text in one section: title and paragraphs.
pub(crate) fn section_bytes(briefing: &Briefing, s: usize) -> usize {
    briefing.sections.get(s).map_or(0, |s| {
        s.title.len() + s.body.iter().map(String::len).sum::<usize>()
    })
}

/// Bytes of text in the whole briefing.
pub(crate) fn text_bytes(briefing: &Briefing) -> usize {
    (0..briefing.sections.len())
        .map(|s| section_bytes(briefing, s))
        .sum()
}

/// The sections cut into at most `parts` consecutive ranges of about equal text, in
/// order (a section is never cut: its paragraphs and sentence numbers stay together).
/// One range for a short text (`PARALLEL_BYTES`); none for a briefing without sections.
fn chunks(briefing: &Briefing, parts: usize) -> Vec<Range<usize>> {
    let n = briefing.sections.len();
    let total = text_bytes(briefing);
    let parts = if total < PARALLEL_BYTES {
        1
    } else {
        parts.clamp(1, n.max(1))
    };
    let mut out = Vec::with_capacity(parts);
    let mut start = 0;
    let mut seen = 0;
    for s in 0..n {
        seen += section_bytes(briefing, s);
        let k = out.len() + 1;
        // Close range k once the text read reaches its share.
        if k < parts && seen * parts >= total * k {
            out.push(start..s + 1);
            start = s + 1;
        }
    }
    if start < n {
        out.push(start..n);
    }
    out
}

/// `f` over the `chunks` of the briefing for `threads()`, the results in section
/// order. The first chunk is done on the calling thread, each other on a thread of its
/// own (a thread that would only wait costs a stack and a malloc arena). A panic in `f`
/// is the caller's.
pub(crate) fn map_chunks<T: Send>(
    briefing: &Briefing,
    f: impl Fn(Range<usize>) -> T + Sync,
) -> Vec<T> {
    let mut chunks = chunks(briefing, threads()).into_iter();
    let Some(first) = chunks.next() else {
        return Vec::new();
    };
    let f = &f;
    std::thread::scope(|s| {
        let others: Vec<_> = chunks.map(|range| s.spawn(move || f(range))).collect();
        let mut out = vec![f(first)];
        out.extend(
            others
                .into_iter()
                .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e))),
        );
        out
    })
}

/// `f` over every item of `items`, results in order: on one thread per core when there
/// are at least `min` items, else on this one.
pub(crate) fn map_slice<T: Sync, U: Send>(
    items: &[T],
    min: usize,
    f: impl Fn(&T) -> U + Sync,
) -> Vec<U> {
    let n = threads();
    if items.len() < min.max(2) || n < 2 {
        return items.iter().map(f).collect();
    }
    let f = &f;
    let size = items.len().div_ceil(n);
    std::thread::scope(|s| {
        let mut parts = items.chunks(size);
        let first = parts.next().unwrap_or_default();
        let others: Vec<_> = parts
            .map(|part| s.spawn(move || part.iter().map(f).collect::<Vec<U>>()))
            .collect();
        let mut out: Vec<U> = Vec::with_capacity(items.len());
        out.extend(first.iter().map(f));
        for h in others {
            out.extend(h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)));
        }
        out
    })
}

/// Let the terminal and the reader's keys come first: on a machine whose cores the
/// analysis fills, the terminal showed the first frame of a 20 MB article hundreds of
/// milliseconds late, and a key could wait for a time slice. On Linux a thread's nice
/// value is its own, and the threads it starts inherit it.
pub(crate) fn yield_to_the_reader() {
    #[cfg(target_os = "linux")]
    let _ = rustix::process::setpriority_process(None, 10);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Section;

    fn briefing(sizes: &[usize]) -> Briefing {
        let sections = sizes
            .iter()
            .enumerate()
            .map(|(i, &n)| Section {
                id: format!("s{i}"),
                title: String::new(),
                body: vec!["x".repeat(n)],
            })
            .collect();
        Briefing::new("t", "en", sections)
    }

    #[test]
    fn chunks_cover_every_section_once_in_order() {
        let big = PARALLEL_BYTES;
        for sizes in [
            vec![big; 10],
            vec![big * 5, 1, 1, 1],
            vec![1, 1, big * 3],
            vec![big],
            vec![],
        ] {
            let b = briefing(&sizes);
            for parts in 1..5 {
                let chunks = chunks(&b, parts);
                let flat: Vec<usize> = chunks.iter().flat_map(|r| r.clone()).collect();
                assert_eq!(flat, (0..sizes.len()).collect::<Vec<_>>(), "{sizes:?}");
                assert!(chunks.len() <= parts.max(1));
                assert!(chunks.iter().all(|r| !r.is_empty()));
            }
        }
    }

    #[test]
    fn equal_sections_split_evenly_and_short_texts_not_at_all() {
        let b = briefing(&[PARALLEL_BYTES; 10]);
        assert_eq!(chunks(&b, 2), [0..5, 5..10]);
        let short = briefing(&[100; 10]);
        assert_eq!(chunks(&short, 2), vec![(0..10)]);
    }

    #[test]
    fn map_slice_keeps_the_order_whatever_the_split() {
        let items: Vec<usize> = (0..1001).collect();
        for min in [0, 10, 5000] {
            assert_eq!(
                map_slice(&items, min, |i| i * 2),
                items.iter().map(|i| i * 2).collect::<Vec<_>>()
            );
        }
        assert!(map_slice(&[] as &[u8], 0, |b| *b).is_empty());
    }

    #[test]
    fn a_ticker_tells_everything_by_the_end() {
        let c = Control::new();
        c.expect(100_000);
        {
            let mut t = Ticker::new(&c);
            assert!(t.advance(1000));
            assert_eq!(c.percent(), 0, "batched");
            assert!(t.advance(70_000));
            assert_eq!(c.percent(), 71);
            assert!(t.advance(29_000));
        }
        assert_eq!(c.percent(), 100);
        c.cancel();
        assert!(!Ticker::new(&c).advance(1));
    }

    #[test]
    fn progress_counts_to_100_and_stops_on_cancel() {
        let c = Control::new();
        assert_eq!(c.percent(), 0);
        c.expect(200);
        assert!(c.advance(87));
        assert_eq!(c.percent(), 43);
        c.cancel();
        assert!(!c.advance(113));
        assert_eq!(c.percent(), 100);
    }
}
