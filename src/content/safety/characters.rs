//! Raw control characters and the marks that hide or reorder text: never allowed in a pack.

use super::Finding;
use crate::chars::is_invisible_or_direction;
use crate::content::problem::Breach;

/// Control characters (tab and newline excepted) and direction or invisible marks.
pub fn control_characters(text: &str) -> Vec<Finding> {
    let mut out = Vec::new();
    for (i, c) in text.char_indices() {
        let bad = (c.is_control()
            && c != '\n'
            && c != '\t'
            && !(c == '\r' && text[i + 1..].starts_with('\n')))
            || is_invisible_or_direction(c);
        if bad {
            let before: String = text[..i]
                .chars()
                .rev()
                .take(12)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            out.push(Finding {
                snippet: before.clone(),
                breach: Breach::Character {
                    code: c as u32,
                    before,
                },
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_and_bidi_characters_are_found() {
        assert!(control_characters("line one\n\tline two\r\n").is_empty());
        assert_eq!(control_characters("clear \u{1b}[2J screen").len(), 1);
        assert_eq!(control_characters("bell\u{7}").len(), 1);
        assert_eq!(control_characters("file\u{202E}fdp.exe").len(), 1);
        assert_eq!(control_characters("zero\u{200B}width").len(), 1);
    }
}
