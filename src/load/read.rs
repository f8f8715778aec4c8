//! Reading a large file on all cores. The first frame of a 20 MB article waits for
//! the file to be read, and most of reading is the kernel copying pages into fresh
//! memory, page by page: two threads each read half into their half of one buffer.

use std::fs::File;

/// Below this a second thread costs more than it saves.
const PARALLEL_BYTES: usize = 4 * 1024 * 1024;

/// The first `len` bytes of `file`, read in halves on two threads; `None` when the file
/// is short, shorter than `len` now, or unreadable that way (the caller then reads it
/// as a stream, which reports errors).
pub(super) fn read_start(file: &File, len: usize) -> Option<Vec<u8>> {
    if len < PARALLEL_BYTES || crate::work::threads() < 2 {
        return None;
    }
    halves(file, len)
}

#[cfg(unix)]
fn halves(file: &File, len: usize) -> Option<Vec<u8>> {
    use std::os::unix::fs::FileExt;
    // Zeroed by the allocator's fresh pages, not written: each thread's reading is
    // what touches its half.
    let mut bytes = vec![0u8; len];
    let mid = len / 2;
    let (first, second) = bytes.split_at_mut(mid);
    let read = std::thread::scope(|s| {
        let later = s.spawn(|| file.read_exact_at(second, mid as u64));
        let early = file.read_exact_at(first, 0);
        early.is_ok() && later.join().is_ok_and(|r| r.is_ok())
    });
    read.then_some(bytes)
}

#[cfg(not(unix))]
fn halves(_: &File, _: usize) -> Option<Vec<u8>> {
    None
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    #[test]
    fn halves_read_what_a_stream_reads() {
        let mut file = tempfile::tempfile().expect("a temporary file");
        let text: Vec<u8> = (0..PARALLEL_BYTES + 12_345)
            .map(|i| (i % 251) as u8)
            .collect();
        file.write_all(&text).expect("written");
        assert_eq!(read_start(&file, text.len()), Some(text.clone()));
        assert_eq!(
            read_start(&file, text.len() + 1),
            None,
            "the file is shorter"
        );
        assert_eq!(read_start(&file, 10), None, "small files are streamed");
    }
}
