//! Writes a generated article for the benchmarks in docs/performance.md:
//! `cargo run --release --example gen_article -- OUT [MEGABYTES]` (default 20).

#[path = "generate.rs"]
mod generate;

use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(out) = args.next() else {
        eprintln!("usage: gen_article OUT [MEGABYTES]");
        return ExitCode::from(2);
    };
    let megabytes = match args.next().map(|m| m.parse::<usize>()) {
        None => 20,
        Some(Ok(m)) => m,
        Some(Err(e)) => {
            eprintln!("gen_article: MEGABYTES: {e}");
            return ExitCode::from(2);
        }
    };
    let text = generate::article(megabytes * 1024 * 1024, 42);
    if let Err(e) = std::fs::write(&out, text) {
        eprintln!("gen_article: {out}: {e}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
