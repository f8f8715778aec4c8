//! A one-line text field with the editing keys of a shell's line: the note being
//! typed after `a`. Pure: an `Edit` in, the text and the caret out.

/// One editing step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    /// Type this character at the caret.
    Insert(char),
    /// Delete the character before the caret (Backspace).
    Backspace,
    /// Delete the character under the caret (Delete).
    Delete,
    /// Caret one character left / right.
    Left,
    Right,
    /// Caret one word left / right (Alt-b / Alt-f, Ctrl-Left / Ctrl-Right).
    WordLeft,
    WordRight,
    /// Caret to the start / end (Home / End, Ctrl-a / Ctrl-e).
    Home,
    End,
    /// Delete the word before the caret (Ctrl-w).
    DeleteWord,
    /// Delete everything before the caret (Ctrl-u).
    DeleteToStart,
}

/// The text and the caret, a byte offset always on a char boundary.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct LineInput {
    pub(crate) text: String,
    pub(crate) caret: usize,
}

impl LineInput {
    /// A field holding `text`, the caret at its end.
    pub(crate) fn new(text: &str) -> LineInput {
        LineInput {
            text: text.into(),
            caret: text.len(),
        }
    }

    pub(crate) fn apply(&mut self, edit: Edit) {
        let t = &self.text;
        match edit {
            Edit::Insert(c) => {
                self.text.insert(self.caret, c);
                self.caret += c.len_utf8();
            }
            Edit::Backspace => {
                if let Some(at) = prev(t, self.caret) {
                    self.text.replace_range(at..self.caret, "");
                    self.caret = at;
                }
            }
            Edit::Delete => {
                if let Some(to) = next(t, self.caret) {
                    self.text.replace_range(self.caret..to, "");
                }
            }
            Edit::Left => self.caret = prev(t, self.caret).unwrap_or(0),
            Edit::Right => self.caret = next(t, self.caret).unwrap_or(t.len()),
            Edit::WordLeft => self.caret = word_start(t, self.caret),
            Edit::WordRight => self.caret = word_end(t, self.caret),
            Edit::Home => self.caret = 0,
            Edit::End => self.caret = t.len(),
            Edit::DeleteWord => {
                let at = word_start(t, self.caret);
                self.text.replace_range(at..self.caret, "");
                self.caret = at;
            }
            Edit::DeleteToStart => {
                self.text.replace_range(..self.caret, "");
                self.caret = 0;
            }
        }
    }
}

fn prev(t: &str, at: usize) -> Option<usize> {
    t[..at].char_indices().next_back().map(|(i, _)| i)
}

fn next(t: &str, at: usize) -> Option<usize> {
    t[at..].chars().next().map(|c| at + c.len_utf8())
}

/// The start of the word before `at`: back over spaces, then over the word.
fn word_start(t: &str, at: usize) -> usize {
    let mut i = at;
    let mut seen_word = false;
    for (j, c) in t[..at].char_indices().rev() {
        if c.is_alphanumeric() {
            seen_word = true;
        } else if seen_word {
            break;
        }
        i = j;
    }
    i
}

/// The end of the word after `at`: over spaces, then over the word.
fn word_end(t: &str, at: usize) -> usize {
    let mut seen_word = false;
    for (j, c) in t[at..].char_indices() {
        if c.is_alphanumeric() {
            seen_word = true;
        } else if seen_word {
            return at + j;
        }
    }
    t.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use Edit::*;

    fn run(start: &str, edits: &[Edit]) -> (String, usize) {
        let mut input = LineInput::new(start);
        for &e in edits {
            input.apply(e);
        }
        (input.text, input.caret)
    }

    #[test]
    fn the_usual_editing_keys() {
        assert_eq!(
            run("", &[Insert('é'), Insert('t'), Left, Insert('x')]),
            ("éxt".into(), 3)
        );
        assert_eq!(
            run("un deux", &[Home, Delete, End, Backspace]),
            ("n deu".into(), 5)
        );
        assert_eq!(
            run("un deux  trois", &[DeleteWord]),
            ("un deux  ".into(), 9)
        );
        assert_eq!(run("un deux  ", &[DeleteWord]), ("un ".into(), 3));
        assert_eq!(
            run("un deux", &[WordLeft, DeleteToStart]),
            ("deux".into(), 0)
        );
        assert_eq!(
            run("un deux trois", &[Home, WordRight, WordRight]),
            ("un deux trois".into(), 7)
        );
        assert_eq!(
            run("日本", &[Left, Left, Left, Backspace, Right, Right, Right]),
            ("日本".into(), 6)
        );
    }
}
