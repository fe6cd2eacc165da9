//! The bytes a remote terminal sends for each key, turned into the key events the game reads.
//!
//! Only what the game uses is recognised: printable characters (UTF-8, possibly split across
//! packets), Enter, Esc, Tab and Shift-Tab, Backspace, Ctrl-C, the arrows, Home/End, PgUp/PgDn,
//! Delete and F1. Any other escape sequence is swallowed whole, so that its bytes never arrive
//! as stray letters (an unknown `ESC [ 1 5 ~` must not type "15~").

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// The longest escape sequence kept while waiting for its end; longer ones are dropped.
const MAX_SEQUENCE: usize = 32;

/// Turns a stream of bytes into key events, keeping an unfinished sequence or character for
/// the next packet.
#[derive(Debug, Default)]
pub struct KeyParser {
    pending: Vec<u8>,
}

impl KeyParser {
    pub fn new() -> Self {
        KeyParser::default()
    }

    /// The keys in `bytes`, with what was left over from the last call in front. A lone Esc at
    /// the very end of a packet is the Esc key: terminals send a sequence in one write.
    pub fn feed(&mut self, bytes: &[u8]) -> Vec<KeyEvent> {
        self.pending.extend_from_slice(bytes);
        let mut keys = Vec::new();
        let mut at = 0;
        while at < self.pending.len() {
            match parse_one(&self.pending[at..]) {
                Parsed::Key(key, used) => {
                    keys.extend(key);
                    at += used;
                }
                Parsed::Incomplete => {
                    let rest = self.pending.len() - at;
                    // An Esc alone at the end is the key itself; anything else waits for more,
                    // unless it has grown too long to be a sequence at all.
                    if rest == 1 && self.pending[at] == ESC {
                        keys.push(KeyCode::Esc.into());
                        at += 1;
                    } else if rest > MAX_SEQUENCE {
                        at = self.pending.len();
                    }
                    break;
                }
            }
        }
        self.pending.drain(..at);
        keys
    }
}

const ESC: u8 = 0x1b;

enum Parsed {
    /// A key (or nothing, for a sequence the game has no use for) and the bytes it took.
    Key(Option<KeyEvent>, usize),
    /// More bytes are needed.
    Incomplete,
}

fn key(code: KeyCode, used: usize) -> Parsed {
    Parsed::Key(Some(code.into()), used)
}

fn parse_one(bytes: &[u8]) -> Parsed {
    let Some(&first) = bytes.first() else {
        return Parsed::Incomplete;
    };
    match first {
        ESC => parse_escape(bytes),
        b'\r' | b'\n' => key(KeyCode::Enter, 1),
        b'\t' => key(KeyCode::Tab, 1),
        0x7f | 0x08 => key(KeyCode::Backspace, 1),
        0x03 => Parsed::Key(
            Some(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL)),
            1,
        ),
        // Other control characters (Ctrl-D, NUL, ...) mean nothing to the game.
        0x00..=0x1f => Parsed::Key(None, 1),
        _ => parse_char(bytes),
    }
}

fn parse_char(bytes: &[u8]) -> Parsed {
    let width = match bytes[0] {
        0x00..=0x7f => 1,
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        // A byte that cannot start a character is dropped on its own.
        _ => return Parsed::Key(None, 1),
    };
    if bytes.len() < width {
        // Only wait when what came so far could still be the start of a character.
        return match std::str::from_utf8(bytes) {
            Err(e) if e.error_len().is_none() => Parsed::Incomplete,
            _ => Parsed::Key(None, 1),
        };
    }
    match std::str::from_utf8(&bytes[..width]) {
        Ok(text) => {
            let c = text.chars().next().unwrap_or(char::REPLACEMENT_CHARACTER);
            // C1 controls are not typed characters.
            if c.is_control() {
                Parsed::Key(None, width)
            } else {
                key(KeyCode::Char(c), width)
            }
        }
        Err(_) => Parsed::Key(None, 1),
    }
}

fn parse_escape(bytes: &[u8]) -> Parsed {
    let Some(&second) = bytes.get(1) else {
        return Parsed::Incomplete;
    };
    match second {
        b'[' => parse_csi(bytes),
        // SS3: arrows and F1 in the terminal's application mode.
        b'O' => match bytes.get(2) {
            None => Parsed::Incomplete,
            Some(b'A') => key(KeyCode::Up, 3),
            Some(b'B') => key(KeyCode::Down, 3),
            Some(b'C') => key(KeyCode::Right, 3),
            Some(b'D') => key(KeyCode::Left, 3),
            Some(b'H') => key(KeyCode::Home, 3),
            Some(b'F') => key(KeyCode::End, 3),
            Some(b'P') => key(KeyCode::F(1), 3),
            Some(_) => Parsed::Key(None, 3),
        },
        // Esc pressed twice, or Esc then a sequence: the first Esc is the key.
        ESC => key(KeyCode::Esc, 1),
        // Alt+key: the game has no use for Alt, and the key alone would surprise.
        _ => Parsed::Key(None, 2),
    }
}

/// `ESC [` parameters (digits and `;`) and one final byte.
fn parse_csi(bytes: &[u8]) -> Parsed {
    let body = &bytes[2..];
    let Some(end) = body.iter().position(|b| (0x40..=0x7e).contains(b)) else {
        // Parameters only so far: wait, unless something else interrupts them.
        return if body.iter().all(|b| (0x20..=0x3f).contains(b)) {
            Parsed::Incomplete
        } else {
            Parsed::Key(None, 2)
        };
    };
    let params = &body[..end];
    let used = 2 + end + 1;
    let code = match (body[end], params) {
        (b'A', _) => KeyCode::Up,
        (b'B', _) => KeyCode::Down,
        (b'C', _) => KeyCode::Right,
        (b'D', _) => KeyCode::Left,
        (b'H', _) => KeyCode::Home,
        (b'F', _) => KeyCode::End,
        (b'Z', _) => KeyCode::BackTab,
        (b'~', b"1" | b"7") => KeyCode::Home,
        (b'~', b"4" | b"8") => KeyCode::End,
        (b'~', b"3") => KeyCode::Delete,
        (b'~', b"5") => KeyCode::PageUp,
        (b'~', b"6") => KeyCode::PageDown,
        (b'~', b"11") => KeyCode::F(1),
        _ => return Parsed::Key(None, used),
    };
    key(code, used)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(bytes: &[u8]) -> Vec<KeyCode> {
        KeyParser::new()
            .feed(bytes)
            .into_iter()
            .map(|k| k.code)
            .collect()
    }

    #[test]
    fn each_key_the_game_uses_is_read_from_its_bytes() {
        let table: &[(&[u8], KeyCode)] = &[
            (b"s", KeyCode::Char('s')),
            (b"?", KeyCode::Char('?')),
            (b" ", KeyCode::Char(' ')),
            (b"\r", KeyCode::Enter),
            (b"\n", KeyCode::Enter),
            (b"\t", KeyCode::Tab),
            (b"\x1b[Z", KeyCode::BackTab),
            (b"\x7f", KeyCode::Backspace),
            (b"\x08", KeyCode::Backspace),
            (b"\x1b", KeyCode::Esc),
            (b"\x1b[A", KeyCode::Up),
            (b"\x1b[B", KeyCode::Down),
            (b"\x1b[C", KeyCode::Right),
            (b"\x1b[D", KeyCode::Left),
            (b"\x1bOA", KeyCode::Up),
            (b"\x1bOD", KeyCode::Left),
            (b"\x1b[5~", KeyCode::PageUp),
            (b"\x1b[6~", KeyCode::PageDown),
            (b"\x1b[H", KeyCode::Home),
            (b"\x1b[4~", KeyCode::End),
            (b"\x1b[3~", KeyCode::Delete),
            (b"\x1bOP", KeyCode::F(1)),
            ("é".as_bytes(), KeyCode::Char('é')),
            ("名".as_bytes(), KeyCode::Char('名')),
            ("🙂".as_bytes(), KeyCode::Char('🙂')),
        ];
        for (bytes, code) in table {
            assert_eq!(codes(bytes), [*code], "{bytes:?}");
        }
        let ctrl_c = KeyParser::new().feed(b"\x03");
        assert_eq!(ctrl_c[0].code, KeyCode::Char('c'));
        assert!(ctrl_c[0].modifiers.contains(KeyModifiers::CONTROL));
    }

    #[test]
    fn several_keys_in_one_packet_come_out_in_order() {
        assert_eq!(
            codes(b"p\x1b[Bd\r\x1b\x1b[6~q"),
            [
                KeyCode::Char('p'),
                KeyCode::Down,
                KeyCode::Char('d'),
                KeyCode::Enter,
                KeyCode::Esc,
                KeyCode::PageDown,
                KeyCode::Char('q'),
            ]
        );
    }

    #[test]
    fn a_sequence_or_character_split_across_packets_waits_for_its_end() {
        let mut parser = KeyParser::new();
        assert!(parser.feed(b"\x1b[").is_empty());
        assert!(parser.feed(b"6").is_empty());
        assert_eq!(parser.feed(b"~s")[0].code, KeyCode::PageDown);
        let e_acute = "é".as_bytes();
        assert!(parser.feed(&e_acute[..1]).is_empty());
        let keys = parser.feed(&e_acute[1..]);
        assert_eq!(keys.len(), 1);
        assert_eq!(keys[0].code, KeyCode::Char('é'));
    }

    #[test]
    fn unknown_sequences_and_controls_type_nothing() {
        // F5, a mouse report, a focus event, Alt+x, Ctrl-D, a C1 control, a stray byte.
        let noise: &[&[u8]] = &[
            b"\x1b[15~",
            b"\x1b[<0;10;5M",
            b"\x1b[I",
            b"\x1bx",
            b"\x04",
            "\u{9b}".as_bytes(),
            b"\xff",
            b"\x80",
        ];
        for bytes in noise {
            assert_eq!(codes(bytes), [], "{bytes:?}");
        }
        assert_eq!(codes(b"\x1b[15~s"), [KeyCode::Char('s')]);
    }

    #[test]
    fn an_endless_sequence_is_dropped_instead_of_growing() {
        let mut parser = KeyParser::new();
        let mut endless = b"\x1b[".to_vec();
        endless.extend(std::iter::repeat_n(b'1', 10_000));
        assert!(parser.feed(&endless).is_empty());
        assert!(parser.pending.is_empty(), "nothing kept");
        assert_eq!(parser.feed(b"s")[0].code, KeyCode::Char('s'));
    }
}
