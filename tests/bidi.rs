//! The bidi layer over the real Arabic pack: every line of every scenario, as plain mode words
//! it, put in visual order. Nothing is lost, and every address, link, handle and phone number
//! still reads whole, left to right.

use redflag::bidi::{Direction, direction, has_rtl, reorder};
use redflag::i18n::Lang;
use redflag::settings::Display;
use redflag::tui::rtl::visual_lines;

fn arabic_lines() -> Vec<String> {
    let arabic = Lang::parse("ar").expect("Arabic");
    let pack = redflag::builtin::pack_in(arabic).expect("pack");
    // The field names in English, so that each line's direction is its content's.
    let t = redflag::i18n::Catalog::english();
    let lines: Vec<String> = pack
        .scenarios
        .iter()
        .flat_map(|s| redflag::plain::describe(t, s, true))
        .collect();
    assert!(lines.len() > 300, "a real pack: {} lines", lines.len());
    lines
}

fn visual(line: &str) -> String {
    let pieces = reorder(
        vec![(line.to_string(), ())],
        direction(line, Direction::LeftToRight),
    );
    pieces.into_iter().map(|(text, ())| text).collect()
}

/// The left-to-right words of a line that must read whole: addresses, links, handles, numbers.
fn islands(line: &str) -> Vec<&str> {
    line.split_whitespace()
        .map(|w| w.trim_matches(|c: char| ".,;:!?،؛؟()«»\"'".contains(c)))
        .filter(|w| !has_rtl(w) && !w.contains(['(', ')', '«', '»', '[', ']']))
        .filter(|w| w.contains('@') || w.contains("://") || w.chars().any(|c| c.is_ascii_digit()))
        .collect()
}

#[test]
fn every_line_keeps_its_characters_and_its_islands_whole() {
    let mut checked = 0;
    for line in arabic_lines() {
        let shown = visual(&line);
        let mut before: Vec<char> = line.chars().collect();
        let mut after: Vec<char> = shown.chars().collect();
        // Mirroring swaps a bracket for its pair: count both as one.
        let normal = |chars: &mut Vec<char>| {
            for c in chars.iter_mut() {
                *c = match *c {
                    '(' => ')',
                    '[' => ']',
                    '«' => '»',
                    '{' => '}',
                    '<' => '>',
                    c => c,
                };
            }
            chars.sort_unstable();
        };
        normal(&mut before);
        normal(&mut after);
        assert_eq!(before, after, "characters lost or added:\n{line}\n{shown}");
        for island in islands(&line) {
            assert!(
                shown.contains(island),
                "{island:?} broken in:\n{line}\n{shown}"
            );
            checked += 1;
        }
    }
    assert!(checked > 100, "only {checked} islands checked");
}

#[test]
fn grouped_phone_numbers_keep_their_groups_in_order() {
    let mut found = 0;
    for line in arabic_lines().iter().filter(|l| has_rtl(l)) {
        let words: Vec<&str> = line.split_whitespace().collect();
        for group in words.windows(3) {
            let group: Vec<&str> = group
                .iter()
                .map(|w| w.trim_matches(|c: char| ".,;:!?،؛؟()«»".contains(c)))
                .collect();
            let digits = |w: &str| w.len() >= 3 && w.chars().all(|c| c.is_ascii_digit());
            if group.iter().all(|w| digits(w)) {
                let number = group.join(" ");
                assert!(
                    visual(line).contains(&number),
                    "{number} in:\n{line}\n{}",
                    visual(line)
                );
                found += 1;
            }
        }
    }
    assert!(found >= 5, "only {found} phone numbers");
}

#[test]
fn an_arabic_page_fits_its_width_and_its_arabic_paragraphs_are_right_aligned() {
    // Without plain mode's English labels ("Text: "), as the Arabic interface will show them.
    let lines: Vec<ratatui::text::Line<'static>> = arabic_lines()
        .into_iter()
        .map(|line| match line.split_once(": ") {
            Some((label, rest)) if label.is_ascii() => rest.to_string(),
            _ => line,
        })
        .map(ratatui::text::Line::raw)
        .collect();
    let rtl_paragraphs = lines
        .iter()
        .filter(|l| direction(&l.to_string(), Direction::LeftToRight) == Direction::RightToLeft)
        .count();
    assert!(rtl_paragraphs > 100);
    let shown = visual_lines(lines, 76, Display::default());
    // Lines with Arabic are wrapped here; the others are left for the paragraph to wrap.
    assert!(
        shown
            .iter()
            .filter(|l| has_rtl(&l.to_string()))
            .all(|l| l.width() <= 76),
        "{:?}",
        shown
            .iter()
            .find(|l| has_rtl(&l.to_string()) && l.width() > 76)
    );
    let right = shown
        .iter()
        .filter(|l| l.alignment == Some(ratatui::layout::Alignment::Right))
        .count();
    assert!(
        right >= rtl_paragraphs,
        "{right} right-aligned of {rtl_paragraphs}"
    );
}
