//! Writing users' files: whole or not at all. The bytes go to a temporary file beside
//! the target, are synced, then take the target's name in one step, so a crash or a
//! full disk never leaves half a file where a good one was.

use std::fs::{self, File};
use std::io::{self, ErrorKind, Write};
use std::path::{Path, PathBuf};

/// Write `bytes` to `path`. Without `overwrite`, an existing `path` is an
/// `AlreadyExists` error and is left untouched (checked atomically: the temporary
/// file is hard-linked to the name, which fails when the name is taken).
pub(crate) fn write_file(path: &Path, bytes: &[u8], overwrite: bool) -> io::Result<()> {
    let temp = temp_beside(path);
    let written = (|| {
        let mut file = File::create_new(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()
    })();
    let placed = written.and_then(|()| {
        if overwrite {
            fs::rename(&temp, path)
        } else {
            match fs::hard_link(&temp, path) {
                // A file system without hard links (FAT, some network mounts): check,
                // then rename; the window between the two is the only race left.
                Err(e) if e.kind() != ErrorKind::AlreadyExists && !path.exists() => {
                    fs::rename(&temp, path)
                }
                other => other,
            }
        }
    });
    // After a rename the temporary name is gone; after a link or an error it is not.
    let _ = fs::remove_file(&temp);
    placed?;
    sync_dir(path);
    Ok(())
}

/// Make the new name itself durable: until the directory is synced, a power cut can
/// leave the old file (or none) under the name. Best effort: some file systems and
/// platforms cannot open a directory for syncing, and the data is already safe.
fn sync_dir(path: &Path) {
    #[cfg(unix)]
    if let Some(dir) = path.parent() {
        let dir = if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        };
        if let Ok(d) = File::open(dir) {
            let _ = d.sync_all();
        }
    }
    #[cfg(not(unix))]
    let _ = path;
}

/// `.NAME.PID.tmp` in the target's directory: the same file system, so the rename is
/// atomic, and hidden from directory listings while it exists.
fn temp_beside(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map_or_else(|| "brief".into(), |n| n.to_string_lossy().into_owned());
    path.with_file_name(format!(".{name}.{}.tmp", std::process::id()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_to_overwrite_unless_asked() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("out.yaml");
        write_file(&path, b"one", false).expect("new file");
        let err = write_file(&path, b"two", false).expect_err("exists");
        assert_eq!(err.kind(), ErrorKind::AlreadyExists);
        assert_eq!(fs::read(&path).expect("read"), b"one");
        write_file(&path, b"three", true).expect("overwrite");
        assert_eq!(fs::read(&path).expect("read"), b"three");
        let left: Vec<_> = fs::read_dir(dir.path()).expect("list").collect();
        assert_eq!(left.len(), 1, "a temporary file was left behind");
    }
}
