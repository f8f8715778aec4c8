//! Prints every surface form brief's built-in gazetteer recognises, one per line, so
//! the ripgrep reference in docs/performance.md counts the same aliases:
//! `cargo run --release --example aliases > /tmp/aliases.txt`.

fn main() {
    let gazetteer = brief::entities::Gazetteer::builtin();
    let mut forms: Vec<&str> = gazetteer
        .entities
        .iter()
        .flat_map(|e| std::iter::once(e.name.as_str()).chain(e.aliases.iter().map(String::as_str)))
        .collect();
    forms.sort_unstable();
    forms.dedup();
    for form in forms {
        println!("{form}");
    }
}
