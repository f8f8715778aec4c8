//! Writes a generated library for the benchmark in docs/performance.md:
//! `cargo run --release --example gen_library -- DIR [COUNT]` (default 2,000): COUNT
//! short articles (about 6 KB each, every tenth in Markdown, every fiftieth broken),
//! their titles and the actors they name varied by a seed per file.

#[path = "generate.rs"]
mod generate;

use std::process::ExitCode;

const TOPICS: &[&str] = &[
    "Energy talks",
    "Sanctions widen",
    "Border tensions",
    "Grain corridor",
    "Pipeline deal",
    "Summit ends",
    "Aid convoy",
    "Trade pact",
];

const PLACES: &[&str] = &[
    "Astana",
    "Moscow",
    "Ankara",
    "Delhi",
    "Tokyo",
    "Cairo",
    "Brasília",
    "Paris",
    "Nairobi",
    "Jakarta",
    "Warsaw",
    "Seoul",
];

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next() else {
        eprintln!("usage: gen_library DIR [COUNT]");
        return ExitCode::from(2);
    };
    let count = match args.next().map(|n| n.parse::<usize>()) {
        None => 2000,
        Some(Ok(n)) => n,
        Some(Err(e)) => {
            eprintln!("gen_library: COUNT: {e}");
            return ExitCode::from(2);
        }
    };
    let dir = std::path::Path::new(&dir);
    for i in 0..count {
        let title = format!(
            "{} in {}, report {i}",
            TOPICS[i % TOPICS.len()],
            PLACES[(i / TOPICS.len()) % PLACES.len()]
        );
        let body = generate::article(6 * 1024, i as u64 + 1);
        let (name, text) = if i % 50 == 49 {
            (format!("{i:04}.yaml"), "title: [unclosed\n".to_string())
        } else if i % 10 == 9 {
            (format!("{i:04}.md"), format!("# {title}\n\n{body}"))
        } else {
            (format!("{i:04}.txt"), format!("{title}\n\n{body}"))
        };
        let sub = dir.join(format!("{:02}", i / 100));
        if let Err(e) =
            std::fs::create_dir_all(&sub).and_then(|()| std::fs::write(sub.join(name), text))
        {
            eprintln!("gen_library: {}: {e}", sub.display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
