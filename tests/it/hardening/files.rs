//! Item 5: a FIFO, a socket or a device — named directly or found in a directory that
//! is checked or opened — is refused as "not a regular file", at once.

use std::time::{Duration, Instant};

use super::brief;

#[cfg(unix)]
fn mkfifo(path: &std::path::Path) {
    use std::os::unix::ffi::OsStrExt;
    let c = std::ffi::CString::new(path.as_os_str().as_bytes()).unwrap();
    // SAFETY: mkfifo(3) on a NUL-terminated path we own.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
}

/// Runs `brief args`, killing it after 10 s: a hang fails the test instead of CI.
fn run_bounded(home: &std::path::Path, args: &[&std::ffi::OsStr]) -> (Option<i32>, String) {
    let start = Instant::now();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin!("brief"))
        .args(args)
        .current_dir(home)
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if start.elapsed() > Duration::from_secs(10) {
            let _ = child.kill();
            panic!("brief {args:?} hung");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&[out.stdout, out.stderr].concat()).into_owned();
    (out.status.code(), text)
}

#[cfg(unix)]
#[test]
fn item5_fifo_socket_and_device_are_refused_without_blocking() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("f.txt");
    mkfifo(&fifo);
    let sock = dir.path().join("s.yaml");
    let _listener = std::os::unix::net::UnixListener::bind(&sock).unwrap();
    for (path, kind) in [
        (fifo.as_os_str(), "a FIFO"),
        (std::ffi::OsStr::new("/dev/zero"), "a device"),
    ] {
        for cmd in [&["check"][..], &["render"], &["export"], &["import"]] {
            let mut args: Vec<&std::ffi::OsStr> = cmd.iter().map(std::ffi::OsStr::new).collect();
            args.push(path);
            let (code, text) = run_bounded(dir.path(), &args);
            assert_eq!(code, Some(1), "{args:?}: {text}");
            assert!(
                text.contains(&format!("not a regular file ({kind})")),
                "{args:?}: {text}"
            );
        }
    }
    // Inside a directory: check lists them, the library keeps the others openable.
    std::fs::write(dir.path().join("ok.txt"), "A paragraph of text.\n").unwrap();
    let (code, text) = run_bounded(dir.path(), &["check".as_ref(), dir.path().as_os_str()]);
    assert_eq!(code, Some(1), "{text}");
    assert!(
        text.contains("f.txt: not a regular file (a FIFO)"),
        "{text}"
    );
    assert!(
        text.contains("s.yaml: not a regular file (a socket)"),
        "{text}"
    );
    let (code, text) = run_bounded(dir.path(), &["render".as_ref(), dir.path().as_os_str()]);
    assert_eq!(code, Some(0), "{text}");
    assert!(text.contains("A paragraph of text"), "{text}");
    assert!(text.contains("not a regular file (a FIFO)"), "{text}");
    let _ = brief(dir.path());
}
