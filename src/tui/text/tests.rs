use super::*;
use crate::content::FieldKind;

fn view(marks: &[Mark]) -> View<'_> {
    View {
        inspected: false,
        marks,
        palette: Palette { color: true },
        width: 80,
        spot: None,
    }
}

#[test]
fn marks_are_highlighted_and_numbered_across_lines() {
    let marks = vec![Mark {
        number: 2,
        at: FieldKind::Body.into(),
        text: "24\nhours".into(),
        is_flag: true,
    }];
    let lines = field_lines(
        "within 24\nhours now",
        FieldKind::Body,
        Style::new(),
        &view(&marks),
    );
    assert_eq!(lines.len(), 2);
    let flag = Palette { color: true }.flag();
    assert_eq!(lines[0].spans[1].content, "24");
    assert_eq!(lines[0].spans[1].style, flag);
    assert_eq!(lines[1].spans[0].content, "hours");
    assert_eq!(lines[1].spans[1].content, "[2]");
    assert_eq!(lines[1].spans[2].content, " now");
    assert_eq!(lines[1].spans[2].style, Style::new());
}

#[test]
fn marks_for_other_fields_are_ignored_and_text_is_inert() {
    let marks = vec![Mark {
        number: 1,
        at: FieldKind::From.into(),
        text: "x".into(),
        is_flag: false,
    }];
    let lines = field_lines("x\u{1b}[2J", FieldKind::Body, Style::new(), &view(&marks));
    let all: String = lines[0].spans.iter().map(|s| s.content.as_ref()).collect();
    assert_eq!(all, "x^[[2J");
}

#[test]
fn an_inline_field_keeps_every_line_and_its_marks() {
    let marks = vec![Mark {
        number: 1,
        at: FieldKind::Sender.into(),
        text: "Bank".into(),
        is_flag: true,
    }];
    let strong = Palette { color: true }.strong();
    let spans = inline_field(
        "Your\nBank\nSupport",
        FieldKind::Sender,
        strong,
        &view(&marks),
    );
    let all: String = spans.iter().map(|s| s.content.as_ref()).collect();
    assert_eq!(all, "Your Bank[1] Support");
    let support = spans.last().expect("the last line");
    assert_eq!(
        (support.content.as_ref(), support.style),
        ("Support", strong)
    );
    let flag = Palette { color: true }.flag();
    assert!(spans.iter().any(|s| s.content == "Bank" && s.style == flag));
}

#[test]
fn spot_mode_points_at_the_cursor_and_tags_marked_fields() {
    let marked = [FieldPath::nth(FieldKind::Link, 0)];
    let mut v = view(&[]);
    v.spot = Some(Spot {
        cursor: Some(FieldKind::Body.into()),
        marked: &marked,
    });
    let body: String = inline_field("hi", FieldKind::Body, Style::new(), &v)
        .iter()
        .map(|s| s.content.as_ref())
        .collect();
    assert_eq!(body, "▸hi");
    let link = inline_field("x", FieldPath::nth(FieldKind::Link, 0), Style::new(), &v);
    let link: String = link.iter().map(|s| s.content.as_ref()).collect();
    assert_eq!(link, "x ⚑?");
    let other = inline_field("x", FieldPath::nth(FieldKind::Link, 1), Style::new(), &v);
    assert_eq!(
        other.len(),
        1,
        "the second link is neither under the cursor nor marked"
    );
}

fn joined(lines: &[Line<'_>]) -> Vec<String> {
    lines
        .iter()
        .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
        .collect()
}

#[test]
fn a_number_goes_after_the_whole_address_or_word_its_mark_ends_in() {
    let mark = |number, text: &str| Mark {
        number,
        at: FieldKind::Body.into(),
        text: text.into(),
        is_flag: true,
    };
    let marks = vec![
        mark(3, "https://mail.example/unsubscribe"),
        mark(4, "Lena"),
        mark(5, "24"),
    ];
    let text = "Go to https://mail.example/unsubscribe?list=42&u=sam now.\nAsk Lena's team within 24 hours.";
    let lines = field_lines(text, FieldKind::Body, Style::new(), &view(&marks));
    assert_eq!(
        joined(&lines),
        vec![
            "Go to https://mail.example/unsubscribe?list=42&u=sam[3] now.",
            "Ask Lena's[4] team within 24[5] hours."
        ]
    );
    let flag = Palette { color: true }.flag();
    let url = &lines[0].spans[1];
    assert_eq!(
        (url.content.as_ref(), url.style),
        ("https://mail.example/unsubscribe", flag)
    );
    let rest = &lines[0].spans[2];
    assert_eq!(
        (rest.content.as_ref(), rest.style),
        ("?list=42&u=sam", Style::new())
    );
    let at_stop = field_lines(
        "ends in 24 hours.",
        FieldKind::Body,
        Style::new(),
        &view(&[mark(1, "24 hours")]),
    );
    assert_eq!(
        joined(&at_stop),
        vec!["ends in 24 hours[1]."],
        "before a full stop"
    );
    let two = field_lines(
        "see adharbor-pay.example/verify?id=7",
        FieldKind::Body,
        Style::new(),
        &view(&[mark(1, "adharbor-pay.example"), mark(2, "verify")]),
    );
    assert_eq!(
        joined(&two),
        vec!["see adharbor-pay.example/verify?id=7[1][2]"],
        "both marks keep their highlight"
    );
}

#[test]
fn a_paragraph_broken_in_the_source_reads_as_one_and_its_marks_hold() {
    let marks = vec![Mark {
        number: 1,
        at: FieldKind::Body.into(),
        text: "all campaigns\non your account".into(),
        is_flag: true,
    }];
    let text = "We could not charge the card ending 4417 today, so all campaigns\non your account were paused.\n\nThanks,\nAdHarbor";
    let lines = field_lines(text, FieldKind::Body, Style::new(), &view(&marks));
    assert_eq!(
        joined(&lines),
        vec![
            "We could not charge the card ending 4417 today, so all campaigns on your account[1] were paused.",
            "",
            "Thanks,",
            "AdHarbor"
        ]
    );
}
