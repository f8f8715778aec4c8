//! The benchmarks' article generator (benches/generate.rs, outside the shipped crate),
//! tested with the suite.

#[path = "../../benches/generate.rs"]
mod source;

pub use source::article;

#[test]
fn article_reaches_the_requested_size_with_many_sections() {
    let text = article(200_000, 7);
    assert!(text.len() >= 200_000 && text.len() < 210_000);
    let headings = text.lines().filter(|l| !l.ends_with('.')).count();
    assert!(headings > 50, "only {headings} heading lines");
}

#[test]
fn article_is_deterministic_and_seed_dependent() {
    assert_eq!(article(10_000, 1), article(10_000, 1));
    assert_ne!(article(10_000, 1), article(10_000, 2));
}
