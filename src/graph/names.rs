//! Node labels that fit and that tell the nodes apart. A label is the entity's name
//! when it fits; else its short form (`Entity::short`: "UAE", "Centrafrique"); else
//! the name with its leading words cut to initials ("S. Korea"); else a cut with `…`.
//! Two nodes never show the same label: when two would ("South…" and "South…"), each
//! moves on to a later form that differs ("S. Ko…", "S. Su…"), and as a last resort a
//! number tells them apart. The reader's other panes keep the full names.

use crate::text::{clean, fit, width};

/// Labels for `names` (each a name and its short form), at most `room` columns each
/// (`room` at least 2), all different from each other.
pub(crate) fn labels(names: &[(&str, Option<&str>)], room: usize) -> Vec<String> {
    let room = room.max(2);
    let forms: Vec<Vec<String>> = names
        .iter()
        .map(|&(name, short)| forms(name, short, room))
        .collect();
    let mut at = vec![0usize; names.len()];
    let label = |i: usize, at: &[usize]| forms[i][at[i].min(forms[i].len() - 1)].clone();
    // Move every member of a clash on to its next form until none clash or the
    // forms run out (each step advances at least one node, so this ends).
    loop {
        let current: Vec<String> = (0..names.len()).map(|i| label(i, &at)).collect();
        let mut moved = false;
        for i in 0..names.len() {
            let clash = (0..names.len()).any(|j| j != i && same(&current[j], &current[i]));
            if clash && at[i] + 1 < forms[i].len() {
                at[i] += 1;
                moved = true;
            }
        }
        if !moved {
            break;
        }
    }
    let mut out: Vec<String> = (0..names.len()).map(|i| label(i, &at)).collect();
    // Whatever still clashes (two entities of the same name, a room too small to show
    // a difference) is numbered: the first keeps its label, the others get 2, 3…
    for i in 0..out.len() {
        let mut n = 1;
        while (0..i).any(|j| same(&out[j], &out[i])) {
            n += 1;
            let tag = format!(" {n}");
            out[i] = if room > tag.len() {
                format!("{}{tag}", fit(&forms[i][0], room - tag.len()))
            } else {
                n.to_string()
            };
            if n > names.len() + 1 {
                break;
            }
        }
    }
    out
}

/// Labels that read the same to a reader are the same label.
fn same(a: &str, b: &str) -> bool {
    a.to_lowercase() == b.to_lowercase()
}

/// Every form of a name that fits `room`, best first; never empty.
fn forms(name: &str, short: Option<&str>, room: usize) -> Vec<String> {
    let name = clean(name).trim().to_string();
    let short = short
        .map(|s| clean(s).trim().to_string())
        .filter(|s| !s.is_empty());
    let initials = initials(&name);
    let mut out: Vec<String> = Vec::new();
    let mut push = |s: String| {
        if !s.is_empty() && width(&s) <= room && !out.contains(&s) {
            out.push(s);
        }
    };
    push(name.clone());
    if let Some(s) = &short {
        push(s.clone());
    }
    if let Some(i) = &initials {
        push(i.clone());
    }
    push(fit(&name, room));
    if let Some(s) = &short {
        push(fit(s, room));
    }
    if let Some(i) = &initials {
        push(fit(i, room));
    }
    // The last words, for names whose beginnings are alike ("Republic of …").
    if let Some((_, tail)) = name.rsplit_once(' ') {
        push(fit(&format!("…{tail}"), room));
    }
    if out.is_empty() {
        out.push(fit(&name, room));
    }
    out
}

/// "South Korea" → "S. Korea", "United Arab Emirates" → "U. A. Emirates": every word
/// but the last cut to its initial; `None` for a one-word name.
fn initials(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let (last, first) = words.split_last()?;
    if first.is_empty() {
        return None;
    }
    let mut out = String::new();
    for w in first {
        let c = w.chars().next()?;
        // Small words ("of", "de", "the") go: "Republic of Congo" → "R. Congo".
        if c.is_lowercase() && w.chars().count() <= 3 {
            continue;
        }
        // An acronym is already short and its initial alone would read as another
        // name: "UN Security Council" → "UN S. Council", not "U. S. Council".
        if w.chars().count() > 1 && w.chars().all(|c| c.is_uppercase()) {
            out.push_str(w);
            out.push(' ');
            continue;
        }
        out.push(c);
        out.push_str(". ");
    }
    out.push_str(last);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn l(names: &[&str], room: usize) -> Vec<String> {
        let pairs: Vec<(&str, Option<&str>)> = names.iter().map(|&n| (n, None)).collect();
        labels(&pairs, room)
    }

    #[test]
    fn acronyms_keep_their_letters() {
        assert_eq!(
            initials("UN Security Council").as_deref(),
            Some("UN S. Council")
        );
        assert_eq!(initials("South Korea").as_deref(), Some("S. Korea"));
    }

    #[test]
    fn names_that_fit_stay_whole() {
        assert_eq!(
            l(&["Russia", "United States"], 13),
            ["Russia", "United States"]
        );
    }

    #[test]
    fn a_short_form_comes_before_a_cut() {
        let out = labels(&[("United Arab Emirates", Some("UAE")), ("Oman", None)], 10);
        assert_eq!(out, ["UAE", "Oman"]);
        let out = labels(&[("République centrafricaine", Some("Centrafrique"))], 12);
        assert_eq!(out, ["Centrafrique"]);
    }

    #[test]
    fn names_alike_are_cut_apart() {
        let out = l(&["South Korea", "South Sudan", "South Africa"], 8);
        assert_eq!(out, ["S. Korea", "S. Sudan", "South A…"]);
        let out = l(&["South Korea", "South Sudan"], 6);
        assert_eq!(out, ["S. Ko…", "S. Su…"]);
        let out = l(
            &["République du Congo", "République démocratique du Congo"],
            10,
        );
        assert_ne!(out[0], out[1], "{out:?}");
    }

    #[test]
    fn the_same_name_twice_is_numbered() {
        let out = l(&["Georgia", "Georgia", "Georgia"], 12);
        assert_eq!(out, ["Georgia", "Georgia 2", "Georgia 3"]);
        let out = l(&["Georgia", "Georgia"], 3);
        assert_ne!(out[0], out[1]);
        assert!(out.iter().all(|s| width(s) <= 3), "{out:?}");
    }
}
