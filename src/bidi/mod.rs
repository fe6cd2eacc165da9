//! Right-to-left text drawn right: the Unicode Bidirectional Algorithm (UAX #9, by the
//! `unicode-bidi` crate) applied to one displayed line at a time, after wrapping and before
//! drawing. A line is a list of pieces of text, each with a style of the caller's own type, so
//! this module knows nothing of the terminal; it returns the pieces in visual order, left to
//! right, with the styles still on the right words.
//!
//! Text given here must already be inert (`crate::inert`): direction marks and overrides from a
//! pack are shown as `<U+202E>`, never obeyed.

mod islands;
mod mirror;
mod runs;
mod shape;
#[cfg(test)]
mod tests;

use unicode_bidi::{BidiClass, BidiInfo, Level, bidi_class};
use unicode_width::UnicodeWidthChar;

pub use shape::shape;

/// The Arabic letters, U+0620 to U+064A: each one cell wide, each right to left (class AL). Text
/// made of them is answered without Unicode's tables, which are slow for letters beyond Latin.
pub const ARABIC_LETTERS: std::ops::Range<char> = '\u{620}'..'\u{64B}';

/// The Arabic marks (harakat, shadda, sukun...), U+064B to U+065F: no width of their own, each
/// on the letter before it (class NSM).
pub const ARABIC_MARKS: std::ops::Range<char> = '\u{64B}'..'\u{660}';

/// Printable ASCII or an Arabic letter: a character one cell wide that begins a cluster, known
/// without Unicode's tables (most of what a screen holds).
pub fn plain_cell(c: char) -> bool {
    ('\u{20}'..'\u{7F}').contains(&c) || ARABIC_LETTERS.contains(&c)
}

/// Which way a paragraph runs, and so which side it is aligned to.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Direction {
    #[default]
    LeftToRight,
    RightToLeft,
}

/// Whether the text holds a right-to-left letter (Hebrew, Arabic, Syriac, Thaana, N'Ko…).
/// Lines without one are drawn exactly as they are, so English screens pay only this scan.
pub fn has_rtl(text: &str) -> bool {
    // Every right-to-left letter is at U+0590 or above, whose UTF-8 lead byte is 0xD6 or more:
    // English and other Latin text is passed over a byte at a time.
    text.bytes().any(|b| b >= 0xD6) && text.chars().any(is_rtl_letter)
}

fn is_rtl_letter(c: char) -> bool {
    c >= '\u{590}' && matches!(class(c), BidiClass::R | BidiClass::AL)
}

/// A character's bidirectional class, as `unicode_bidi::bidi_class` gives it, answered without
/// the table's search for ASCII letters and digits and for Arabic letters and marks (the table
/// is searched a step per halving of its 1,400 ranges, for every character of every word).
pub(crate) fn class(c: char) -> BidiClass {
    if c.is_ascii_alphabetic() {
        BidiClass::L
    } else if c.is_ascii_digit() {
        BidiClass::EN
    } else if ARABIC_LETTERS.contains(&c) {
        BidiClass::AL
    } else if ARABIC_MARKS.contains(&c) {
        BidiClass::NSM
    } else {
        bidi_class(c)
    }
}

/// The direction of a paragraph from its first letter with a direction (rules P2 and P3 of
/// UAX #9); `neutral` when it has none (only digits, spaces and punctuation).
pub fn direction(paragraph: &str, neutral: Direction) -> Direction {
    match unicode_bidi::get_base_direction(paragraph) {
        unicode_bidi::Direction::Ltr => Direction::LeftToRight,
        unicode_bidi::Direction::Rtl => Direction::RightToLeft,
        unicode_bidi::Direction::Mixed => neutral,
    }
}

/// One displayed line's pieces, given in logical (reading) order, put in visual order, left to
/// right, in a paragraph running in `direction`. Right-to-left runs are reversed with their
/// brackets mirrored; addresses, links, handles and numbers stay whole and read left to right
/// (see [`islands`]); a mark such as `[2]` stays beside the word it follows. Neighbouring
/// pieces of the same style are joined.
pub fn reorder<T: Clone + PartialEq>(
    pieces: Vec<(String, T)>,
    direction: Direction,
) -> Vec<(String, T)> {
    if direction == Direction::LeftToRight && !pieces.iter().any(|(text, _)| has_rtl(text)) {
        return pieces;
    }
    if direction == Direction::RightToLeft && pieces.iter().all(|(text, _)| one_rtl_run(text)) {
        // What the algorithm would find, without running it: one right-to-left run, the line.
        let mut out = Vec::with_capacity(pieces.len());
        for (text, style) in pieces.iter().rev() {
            push(&mut out, reversed(text), style);
        }
        return out;
    }
    by_algorithm(pieces, direction)
}

/// Whether text in a right-to-left paragraph is right-to-left as a whole: no left-to-right
/// letter, no digit, no explicit direction mark or isolate, no separator. With only
/// right-to-left letters, marks and neutrals, rules W1-W7, N0-N2 and L1 of UAX #9 resolve every
/// character to the paragraph's level, so the whole line is a single right-to-left run. Most
/// Arabic lines are like that, and skip the algorithm's tables and allocations.
fn one_rtl_run(text: &str) -> bool {
    use BidiClass::{AN, B, EN, FSI, L, LRE, LRI, LRO, PDF, PDI, RLE, RLI, RLO, S};
    text.chars().all(|c| {
        if c.is_ascii() {
            !(c.is_ascii_alphanumeric() || c.is_ascii_control())
        } else if ARABIC_LETTERS.contains(&c) || ARABIC_MARKS.contains(&c) {
            // Arabic letters (AL) and their marks (NSM), without the table's look-up.
            true
        } else {
            !matches!(
                bidi_class(c),
                L | EN | AN | LRE | LRO | RLE | RLO | LRI | RLI | FSI | PDF | PDI | B | S
            )
        }
    })
}

/// [`reorder`] by the algorithm itself, islands and all.
fn by_algorithm<T: Clone + PartialEq>(
    pieces: Vec<(String, T)>,
    direction: Direction,
) -> Vec<(String, T)> {
    let text: String = pieces.iter().map(|(t, _)| t.as_str()).collect();
    // Where each piece ends in `text`, to cut the runs back into styled pieces.
    let mut ends = Vec::with_capacity(pieces.len());
    let mut end = 0;
    for (piece, _) in &pieces {
        end += piece.len();
        ends.push(end);
    }
    let shadow = islands::shadow(&text);
    let simple = match direction {
        Direction::RightToLeft => runs::simple_rtl_runs(&shadow),
        Direction::LeftToRight => None,
    };
    let runs = simple.unwrap_or_else(|| algorithm_runs(&shadow, direction));
    let mut out: Vec<(String, T)> = Vec::with_capacity(pieces.len() + 2);
    for (run, rtl) in runs {
        let mut cut = cut_run(&text, &pieces, &ends, run);
        if rtl {
            cut.reverse();
        }
        for (slice, style) in cut {
            let shown = if rtl {
                reversed(slice)
            } else {
                slice.to_string()
            };
            push(&mut out, shown, style);
        }
    }
    out
}

/// The runs of `shadow` in visual order from the left, each a byte range and whether it runs
/// right to left, as the Unicode Bidirectional Algorithm orders them, paragraph by paragraph.
fn algorithm_runs(shadow: &str, direction: Direction) -> Vec<(std::ops::Range<usize>, bool)> {
    let level = match direction {
        Direction::LeftToRight => Level::ltr(),
        Direction::RightToLeft => Level::rtl(),
    };
    let info = BidiInfo::new(shadow, Some(level));
    let mut out = Vec::new();
    for paragraph in &info.paragraphs {
        let (levels, runs) = info.visual_runs(paragraph, paragraph.range.clone());
        for run in runs {
            let rtl = levels.get(run.start).is_some_and(Level::is_rtl);
            out.push((run, rtl));
        }
    }
    out
}

/// The parts of a run (a byte range of the line) that fall in each piece, in logical order.
fn cut_run<'a, T>(
    text: &'a str,
    pieces: &'a [(String, T)],
    ends: &[usize],
    run: std::ops::Range<usize>,
) -> Vec<(&'a str, &'a T)> {
    let mut cut = Vec::new();
    // The first piece that ends inside or after the run; the pieces before it are all before.
    let first = ends.partition_point(|&end| end <= run.start);
    let mut start = first.checked_sub(1).map_or(0, |i| ends[i]);
    for ((_, style), &end) in pieces[first..].iter().zip(&ends[first..]) {
        if start >= run.end {
            break;
        }
        let (from, to) = (run.start.max(start), run.end.min(end));
        if from < to {
            cut.push((&text[from..to], style));
        }
        start = end;
    }
    cut
}

/// A right-to-left run's text in visual order: characters reversed and mirrored, each combining
/// mark kept after the letter it sits on (a terminal puts a mark on the cell before it).
fn reversed(run: &str) -> String {
    let mut out = String::with_capacity(run.len());
    // Clusters from the last: each starts at the text's start or at a character with a width,
    // and ends where the one after it starts.
    let mut end = run.len();
    for (at, c) in run.char_indices().rev() {
        if ARABIC_LETTERS.contains(&c) {
            // No Arabic letter is mirrored: the letter and its marks go as they are.
            out.push_str(&run[at..end]);
            end = at;
        } else if at == 0 || !is_mark(c) {
            out.push(mirror::mirrored(c));
            out.push_str(&run[at + c.len_utf8()..end]);
            end = at;
        }
    }
    out
}

/// A character drawn on the cell of the one before it (no width of its own).
fn is_mark(c: char) -> bool {
    if plain_cell(c) {
        return false;
    }
    c.width() == Some(0)
}

fn push<T: Clone + PartialEq>(out: &mut Vec<(String, T)>, text: String, style: &T) {
    if text.is_empty() {
        return;
    }
    match out.last_mut() {
        Some((last, last_style)) if last_style == style => last.push_str(&text),
        _ => out.push((text, style.clone())),
    }
}
