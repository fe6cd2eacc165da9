//! Pack text is data, never terminal control: anything that could act on the terminal is shown
//! visibly instead, as `less` does. Both front ends pass every pack string through here.

use std::borrow::Cow;

use crate::chars::is_invisible_or_direction;

fn needs_care(c: char) -> bool {
    (c.is_control() && c != '\n') || is_invisible_or_direction(c)
}

/// The text with control, direction and invisible characters made visible (`^[`, `<U+202E>`),
/// tabs turned into spaces. Newlines stay.
pub fn inert(text: &str) -> Cow<'_, str> {
    if !text.chars().any(needs_care) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\t' => out.push_str("    "),
            '\u{7f}' => out.push_str("^?"),
            c if (c as u32) < 0x20 && c != '\n' => {
                out.push('^');
                out.push(char::from(b'@' + c as u8));
            }
            c if needs_care(c) => out.push_str(&format!("<U+{:04X}>", c as u32)),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_sequences_become_visible_text() {
        assert_eq!(inert("clear\u{1b}[2J"), "clear^[[2J");
        assert_eq!(inert("bell\u{7}"), "bell^G");
        assert_eq!(
            inert("\u{1b}]8;;https://x.example\u{1b}\\link\u{1b}]8;;\u{1b}\\"),
            "^[]8;;https://x.example^[\\link^[]8;;^[\\"
        );
        assert_eq!(inert("file\u{202E}fdp.exe"), "file<U+202E>fdp.exe");
        assert_eq!(inert("c1\u{9b}x"), "c1<U+009B>x");
        assert!(!inert("\u{1b}\u{7}\u{9b}\r").chars().any(|c| c.is_control()));
    }

    #[test]
    fn ordinary_text_is_borrowed_unchanged() {
        assert!(matches!(
            inert("Hello\nworld"),
            Cow::Borrowed("Hello\nworld")
        ));
        assert_eq!(inert("a\tb"), "a    b");
    }
}
