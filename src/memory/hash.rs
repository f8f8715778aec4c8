//! The content hash that keys what brief remembers of a file. SHA-256 (the `sha2`
//! crate, already in the tree): its output is fixed by a standard, so a hash written
//! today matches the same bytes hashed by any later brief, which std's `DefaultHasher`
//! does not promise; and it runs at well over 1 GB/s, so hashing a 20 MB article on
//! open costs a few milliseconds.

use sha2::{Digest, Sha256};

/// The SHA-256 of a file's bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ContentHash([u8; 32]);

impl ContentHash {
    pub(crate) fn of(bytes: &[u8]) -> ContentHash {
        ContentHash(Sha256::digest(bytes).into())
    }

    /// The hash of the file at `path`, read in pieces: hashing a 20 MB article must
    /// not hold a second copy of it beside its analysis (`brief export` went over 4×
    /// its input that way).
    pub(crate) fn of_file(path: &std::path::Path) -> std::io::Result<ContentHash> {
        let mut hasher = Sha256::new();
        std::io::copy(&mut std::fs::File::open(path)?, &mut hasher)?;
        Ok(ContentHash(hasher.finalize().into()))
    }

    /// All 64 hex digits, as records store it.
    pub(crate) fn hex(&self) -> String {
        self.0.iter().map(|b| format!("{b:02x}")).collect()
    }

    /// The first 16 hex digits: enough to tell a section's old text from its new one.
    pub(crate) fn short(&self) -> String {
        self.hex()[..16].to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_the_published_sha256() {
        assert_eq!(
            ContentHash::of(b"abc").hex(),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn a_file_read_in_pieces_hashes_as_its_bytes() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        // Larger than any read buffer, so that it comes in several pieces.
        let bytes: Vec<u8> = (0..300_000u32).map(|i| (i % 251) as u8).collect();
        std::fs::write(&path, &bytes).unwrap();
        assert_eq!(
            ContentHash::of_file(&path).unwrap(),
            ContentHash::of(&bytes)
        );
        assert!(ContentHash::of_file(&dir.path().join("missing")).is_err());
    }
}
