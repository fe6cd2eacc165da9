//! The visual runs of a right-to-left line whose left-to-right parts are all islands (see
//! [`super::islands`]), found without the tables and allocations of the whole algorithm.
//!
//! In such a line every character is a right-to-left letter, a left-to-right letter (an island's
//! shadow) or a neutral (spaces, punctuation, symbols). Rules W1-W7 then change nothing, N1-N2
//! give a run of neutrals the direction of the letters on both sides when they agree and the
//! paragraph's otherwise (the line's start and end count as right to left), and I1-I2 and L2
//! make the visual order the logical runs in reverse, each left-to-right run read as it is. The
//! ASCII brackets are paired (BD16) and take a direction first (N0). A line with anything else (a
//! digit outside an island, another bracket, a mark on a bracket, an explicit mark or isolate, a
//! separator) is left to the algorithm; a test holds the two equal.

use std::ops::Range;

use unicode_bidi::{BidiClass, bidi_class};

use super::mirror;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    LeftToRight,
    RightToLeft,
    Neutral,
}

/// The runs of `shadow` (a line with its islands shadowed) in a right-to-left paragraph, in
/// visual order from the left: each a byte range and whether it runs right to left. `None`
/// when the line needs the whole algorithm.
pub(super) fn simple_rtl_runs(shadow: &str) -> Option<Vec<(Range<usize>, bool)>> {
    // Each character's place in `shadow` and kind.
    let mut offsets: Vec<usize> = Vec::with_capacity(shadow.len());
    let mut kinds: Vec<Kind> = Vec::with_capacity(shadow.len());
    // Each bracket's index among the characters, and the bracket.
    let mut brackets: Vec<(usize, char)> = Vec::new();
    let mut previous = Kind::RightToLeft;
    let mut after_bracket = false;
    for (at, c) in shadow.char_indices() {
        let kind = kind(c, previous)?;
        if after_bracket && bidi_class(c) == BidiClass::NSM {
            return None;
        }
        after_bracket = matches!(c, '(' | ')' | '[' | ']' | '{' | '}');
        if after_bracket {
            brackets.push((kinds.len(), c));
        }
        offsets.push(at);
        kinds.push(kind);
        previous = kind;
    }
    for (open, close) in pairs(&brackets)? {
        let inside = &kinds[open + 1..close];
        let direction = if inside.contains(&Kind::RightToLeft) {
            Kind::RightToLeft
        } else if inside.contains(&Kind::LeftToRight) {
            // Only left-to-right inside: the pair is too if the text before it is (N0 c.1).
            match kinds[..open].iter().rev().find(|k| **k != Kind::Neutral) {
                Some(Kind::LeftToRight) => Kind::LeftToRight,
                _ => Kind::RightToLeft,
            }
        } else {
            continue;
        };
        kinds[open] = direction;
        kinds[close] = direction;
    }
    // A run of neutrals is left to right only between two left-to-right letters.
    let mut resolved: Vec<(usize, bool)> = Vec::with_capacity(kinds.len());
    let mut before = Kind::RightToLeft;
    let mut i = 0;
    while i < kinds.len() {
        let (at, kind) = (offsets[i], kinds[i]);
        if kind != Kind::Neutral {
            resolved.push((at, kind == Kind::RightToLeft));
            before = kind;
            i += 1;
            continue;
        }
        let end = kinds[i..]
            .iter()
            .position(|k| *k != Kind::Neutral)
            .map_or(kinds.len(), |n| i + n);
        let after = kinds.get(end).copied().unwrap_or(Kind::RightToLeft);
        let ltr = before == Kind::LeftToRight && after == Kind::LeftToRight;
        resolved.extend(offsets[i..end].iter().map(|at| (*at, !ltr)));
        i = end;
    }
    let mut runs: Vec<(Range<usize>, bool)> = Vec::new();
    for (n, &(at, rtl)) in resolved.iter().enumerate() {
        let end = resolved.get(n + 1).map_or(shadow.len(), |(next, _)| *next);
        match runs.last_mut() {
            Some((range, last_rtl)) if *last_rtl == rtl => range.end = end,
            _ => runs.push((at..end, rtl)),
        }
    }
    runs.reverse();
    Some(runs)
}

/// The bracket pairs (BD16): each opening bracket with the nearest closing one of its kind that
/// is not inside another pair, by their places, in the order they open. `None` past the 63
/// open brackets the algorithm keeps track of.
fn pairs(brackets: &[(usize, char)]) -> Option<Vec<(usize, usize)>> {
    let mut open: Vec<(char, usize)> = Vec::new();
    let mut pairs = Vec::new();
    for &(at, c) in brackets {
        let closing = match c {
            '(' => ')',
            '[' => ']',
            '{' => '}',
            _ => {
                if let Some(n) = open.iter().rposition(|(closing, _)| *closing == c) {
                    pairs.push((open[n].1, at));
                    open.truncate(n);
                }
                continue;
            }
        };
        if open.len() == 63 {
            return None;
        }
        open.push((closing, at));
    }
    pairs.sort_unstable();
    Some(pairs)
}

/// What a character counts as here, after `previous`; `None` for what only the algorithm
/// resolves.
fn kind(c: char, previous: Kind) -> Option<Kind> {
    if matches!(c, '(' | ')' | '[' | ']' | '{' | '}') {
        return Some(Kind::Neutral);
    }
    if mirror::mirrored(c) != c {
        return None;
    }
    if c.is_ascii() {
        return match c {
            'a'..='z' | 'A'..='Z' => Some(Kind::LeftToRight),
            '0'..='9' => None,
            c if c.is_ascii_control() => None,
            _ => Some(Kind::Neutral),
        };
    }
    if super::ARABIC_LETTERS.contains(&c) {
        return Some(Kind::RightToLeft);
    }
    match bidi_class(c) {
        BidiClass::L => Some(Kind::LeftToRight),
        BidiClass::R | BidiClass::AL => Some(Kind::RightToLeft),
        // A mark takes the kind of what it sits on (W1), but on a left-to-right letter that
        // begins no island the algorithm is asked.
        BidiClass::NSM if previous == Kind::LeftToRight => None,
        BidiClass::NSM => Some(previous),
        BidiClass::ON | BidiClass::WS | BidiClass::CS | BidiClass::ES | BidiClass::ET => {
            Some(Kind::Neutral)
        }
        _ => None,
    }
}
