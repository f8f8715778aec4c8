//! Prints the accuracy of recognition and relation inference on the development
//! corpus: `cargo run --release --example score [-- --set dev|heldout|all] [--verbose]`.
//! `--verbose` lists, per article, every false, missed or mistyped item.

#[path = "scorer.rs"]
mod scorer;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "--verbose" || a == "-v");
    let set = args
        .iter()
        .position(|a| a == "--set")
        .and_then(|i| args.get(i + 1))
        .map_or("all", String::as_str);
    let only = args
        .iter()
        .position(|a| a == "--article")
        .and_then(|i| args.get(i + 1));
    let sets: &[&str] = match set {
        "dev" => &["dev"],
        "heldout" => &["heldout"],
        _ => &["dev", "heldout"],
    };
    let gazetteer = brief::entities::Gazetteer::builtin();
    for set in sets {
        let (rows, total) = scorer::score_set(set, &gazetteer);
        println!("## {set}\n");
        println!("{}", scorer::table(&rows, &total));
        println!("{}\n", scorer::counts(&total));
        if verbose {
            for (name, s) in &rows {
                if only.is_some_and(|o| !name.contains(o.as_str())) || s.notes.is_empty() {
                    continue;
                }
                println!("### {name}");
                for n in &s.notes {
                    println!("- {n}");
                }
                println!();
            }
        }
    }
}
