use ratatui::buffer::Buffer;
use ratatui::layout::Alignment;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::*;
use crate::bidi::ARABIC_LETTERS;

const APP: Display = Display {
    bidi: Bidi::App,
    shape: false,
};

fn rev(word: &str) -> String {
    word.chars().rev().collect()
}

/// The lines drawn as `render_scrolling` draws them: a paragraph, wrapped only if a line is
/// too wide.
fn drawn(lines: Vec<Line<'static>>, width: u16, height: u16) -> Buffer {
    let area = Rect::new(0, 0, width, height);
    let mut buf = Buffer::empty(area);
    let fits = lines.iter().all(|l| l.width() <= usize::from(width));
    let paragraph = Paragraph::new(lines);
    let paragraph = if fits {
        paragraph
    } else {
        paragraph.wrap(Wrap { trim: false })
    };
    paragraph.render(area, &mut buf);
    buf
}

fn row(buf: &Buffer, y: u16) -> String {
    (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect()
}

#[test]
fn english_lines_are_returned_untouched() {
    let lines = vec![
        Line::from(vec![
            Span::styled("From: ", Style::new().fg(Color::Cyan)),
            Span::raw("AdHarbor Billing <billing@adharbor.example> and a long tail of words"),
        ]),
        Line::raw("Zoë’s café"),
    ];
    assert_eq!(visual_lines(lines.clone(), 20, APP), lines);
}

#[test]
fn an_arabic_paragraph_wraps_in_reading_order_and_is_drawn_from_the_right() {
    let words = [
        "ادفع",
        "الرسوم",
        "اليوم",
        "قبل",
        "إيقاف",
        "الحساب",
        "نهائيا",
    ];
    let lines = visual_lines(vec![Line::raw(words.join(" "))], 16, APP);
    assert!(lines.len() >= 2, "{lines:?}");
    assert!(lines.iter().all(|l| l.alignment == Some(Alignment::Right)));
    let buf = drawn(lines, 16, 4);
    // The first word read starts at the right edge of the first row.
    let first = row(&buf, 0);
    assert!(
        first.trim_end().ends_with(&rev(words[0])),
        "first row: {first:?}"
    );
    assert!(first.ends_with(&rev(words[0])), "right-aligned: {first:?}");
    assert!(first.starts_with(' '), "room left on the left: {first:?}");
    // And the last word read ends the last row, on its left.
    let last = (0..4).map(|y| row(&buf, y)).rfind(|r| !r.trim().is_empty());
    let last = last.expect("a last row");
    assert!(
        last.trim_start().starts_with(&rev(words[6])),
        "last row: {last:?}"
    );
}

#[test]
fn the_evidence_mark_is_drawn_beside_its_word_in_the_flag_style() {
    let flag = Style::new().fg(Color::Red);
    let line = Line::from(vec![
        Span::raw("ادفع "),
        Span::styled("الرسوم", flag),
        Span::styled("[2]", flag),
        Span::raw(" اليوم"),
    ]);
    let buf = drawn(visual_lines(vec![line], 30, APP), 30, 1);
    let text = row(&buf, 0);
    let expected = format!("{} [2]{} {}", rev("اليوم"), rev("الرسوم"), rev("ادفع"));
    assert!(text.ends_with(&expected), "{text:?}");
    let at = (30 - expected.chars().count()) as u16;
    let mark = at + rev("اليوم").chars().count() as u16 + 1;
    for x in mark..mark + 3 + 6 {
        assert_eq!(buf[(x, 0)].fg, Color::Red, "cell {x} of [2]الرسوم");
    }
    assert_eq!(buf[(mark - 1, 0)].fg, Color::Reset);
}

#[test]
fn an_english_line_with_an_arabic_name_stays_left_aligned() {
    let line = Line::from(vec![
        Span::raw("From:    "),
        Span::styled("بنك الواحة", Style::new().fg(Color::Cyan)),
    ]);
    let lines = visual_lines(vec![line], 40, APP);
    assert_eq!(lines[0].alignment, Some(Alignment::Left));
    let text: String = lines[0].spans.iter().map(|s| s.content.as_ref()).collect();
    assert_eq!(text, format!("From:    {} {}", rev("الواحة"), rev("بنك")));
}

#[test]
fn lines_already_in_screen_order_are_not_ordered_again() {
    // Screens fit some lines twice (once to measure, once to draw): a second pass must not
    // turn a line back into reading order.
    let line = Line::from(vec![
        Span::raw("Lesson: "),
        Span::raw("تحقق من الرقم المسجل"),
    ]);
    let once = visual_lines(vec![line], 40, APP);
    let twice = visual_lines(once.clone(), 40, APP);
    assert_eq!(once, twice);
}

#[test]
fn with_terminal_ordering_lines_stay_in_reading_order() {
    let line = Line::raw("ادفع الرسوم اليوم قبل إيقاف الحساب");
    let terminal = Display {
        bidi: Bidi::Terminal,
        shape: false,
    };
    assert_eq!(
        visual_lines(vec![line.clone()], 10, terminal),
        vec![line.clone()]
    );
    // Shaping still applies, in reading order and unwrapped (the terminal wraps and orders).
    let shaped = visual_lines(
        vec![line],
        10,
        Display {
            shape: true,
            ..terminal
        },
    );
    assert_eq!(shaped.len(), 1);
    assert_eq!(shaped[0].alignment, None);
    assert!(
        shaped[0].spans[0].content.starts_with('\u{FE8D}'),
        "alef first, isolated"
    );
}

#[test]
fn shaping_joins_the_letters_drawn() {
    let display = Display { shape: true, ..APP };
    let lines = visual_lines(vec![Line::raw("بسم")], 10, display);
    let buf = drawn(lines, 10, 1);
    assert_eq!(row(&buf, 0), "       \u{FEE2}\u{FEB4}\u{FE91}");
}

#[test]
fn arabic_lines_fit_so_a_paragraph_wrapping_english_leaves_them_as_they_are() {
    let arabic = "ادفع الرسوم اليوم قبل إيقاف الحساب نهائيا";
    let lines = vec![
        Line::raw("an English line far too long to fit in twenty columns"),
        Line::raw(arabic),
    ];
    let visual = visual_lines(lines, 20, APP);
    assert!(visual[1..].iter().all(|l| l.width() <= 20));
    let buf = drawn(visual.clone(), 20, 8);
    let rows: Vec<String> = (0..8).map(|y| row(&buf, y)).collect();
    let first_arabic = rows
        .iter()
        .position(|r| bidi::has_rtl(r))
        .expect("an Arabic row");
    assert!(rows[first_arabic].ends_with(&rev("ادفع")), "{rows:#?}");
    assert_eq!(
        rows.iter().filter(|r| bidi::has_rtl(r)).count(),
        visual.len() - 1,
        "each Arabic piece on its own row: {rows:#?}"
    );
}

#[test]
fn a_word_wider_than_the_line_is_cut_and_nothing_is_lost() {
    let url = "https://lamha-business-review.example/appeal";
    let line = Line::raw(format!("افتح {url} الآن"));
    let lines = wrap(line, 12);
    let text: String = lines
        .iter()
        .flat_map(|l| l.spans.iter().map(|s| s.content.to_string()))
        .collect();
    assert_eq!(text.replace(' ', ""), format!("افتح{url}الآن"));
    assert!(lines.iter().all(|l| l.width() <= 12), "{lines:?}");
}

#[test]
fn lam_alef_counts_two_cells_when_wrapping() {
    // unicode-width counts "لا" as one column; drawn unshaped and reversed it takes two.
    let text = "استلام استلام استلام";
    let lines = visual_lines(vec![Line::raw(text)], 12, APP);
    assert_eq!(lines.len(), 3, "{lines:?}");
    let cells = |l: &Line<'_>| -> usize {
        l.spans
            .iter()
            .flat_map(|s| s.content.chars())
            .map(|c| c.width().unwrap_or(0))
            .sum()
    };
    assert!(lines.iter().all(|l| cells(l) <= 12), "{lines:?}");
}

#[test]
fn an_interface_line_reads_from_the_right_in_arabic_and_is_left_alone_in_english() {
    let keys = || {
        Line::from(vec![
            Span::styled("s", Style::new().fg(Color::Yellow)),
            Span::raw(" آمن · "),
            Span::styled("d", Style::new().fg(Color::Yellow)),
            Span::raw(" خطر"),
        ])
    };
    assert_eq!(interface_line(keys(), Direction::LeftToRight), keys());
    drawing_with(APP);
    let line = interface_line(keys(), Direction::RightToLeft);
    assert_eq!(line.alignment, Some(Alignment::Right));
    let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
    // A Latin key first would make the line left to right; the language makes it right to left.
    assert_eq!(text, format!("{} d · {} s", rev("خطر"), rev("آمن")));
    assert_eq!(
        line.spans.last().map(|s| s.style.fg),
        Some(Some(Color::Yellow))
    );
    drawing_with(Display {
        bidi: Bidi::Terminal,
        shape: false,
    });
    let line = interface_line(keys(), Direction::RightToLeft);
    assert_eq!(
        line.to_string(),
        keys().to_string(),
        "sent in reading order"
    );
    assert_eq!(
        line.alignment,
        Some(Alignment::Right),
        "on the language's side"
    );
    drawing_with(APP);
}

#[test]
fn a_reversed_word_that_makes_lam_alef_is_drawn_in_all_its_cells() {
    // "العنصر" reversed ends in lam then alef, which unicode-width counts as one column.
    let line = visual_line(
        Line::from(vec![Span::raw("العنصر"), Span::raw(" x")]),
        Direction::RightToLeft,
        APP,
    );
    let cells: usize = line
        .to_string()
        .chars()
        .map(|c| c.width().unwrap_or(0))
        .sum();
    assert_eq!(line.width(), cells, "{:?}", line.spans);
    let mut buf = Buffer::empty(Rect::new(0, 0, 10, 1));
    line.render(Rect::new(0, 0, 10, 1), &mut buf);
    assert_eq!(row(&buf, 0).trim(), format!("x {}", rev("العنصر")));
}

#[test]
fn arabic_letter_pairs_are_judged_as_unicode_width_judges_them() {
    use unicode_width::UnicodeWidthStr;
    for first in ARABIC_LETTERS {
        for last in ARABIC_LETTERS {
            let pair = format!("{first}{last}");
            assert_eq!(
                one_column_short(&pair, first, last),
                UnicodeWidthStr::width(pair.as_str()) < cells(&pair),
                "{pair}"
            );
        }
    }
    assert!(one_column_short("لا", 'ل', 'ا'));
    assert!(!one_column_short("ال", 'ا', 'ل'));
    // The quick answer for letters side by side, ASCII or Arabic, is the tables' answer.
    let plain = ('\u{20}'..'\u{7F}').chain(ARABIC_LETTERS);
    for first in plain.clone() {
        for last in plain.clone() {
            let text = format!("{first}{last}");
            assert_eq!(
                one_column_short(&text, first, last),
                UnicodeWidthStr::width(text.as_str()) < cells(&text),
                "{text}"
            );
        }
    }
    // With a mark between, the tables are asked.
    let marked = "ل\u{64E}ا";
    assert_eq!(
        one_column_short(marked, 'ل', 'ا'),
        UnicodeWidthStr::width(marked) < cells(marked)
    );
}

#[test]
fn the_cells_of_a_character_are_unicode_width_s_but_for_arabic_letters() {
    use unicode_width::UnicodeWidthChar;
    for c in (0..0x800).filter_map(char::from_u32) {
        let expected = if ARABIC_LETTERS.contains(&c) {
            1
        } else {
            c.width().unwrap_or(0)
        };
        assert_eq!(char_cells(c), expected, "{c:?}");
    }
}

#[test]
fn every_arabic_letter_is_one_cell() {
    use unicode_width::UnicodeWidthChar;
    for c in ARABIC_LETTERS {
        assert_eq!(c.width(), Some(1), "{c}");
    }
    assert_eq!(cells("مَرحبا a"), 7, "a mark has no cell of its own");
}
