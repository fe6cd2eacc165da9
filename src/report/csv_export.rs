//! One row per answer, for a spreadsheet, and the rule every CSV redflag writes follows: a text
//! cell never carries a control character and never starts the way a formula does.

use std::borrow::Cow;
use std::io::Write;

use super::record::Report;
use crate::inert::inert;

pub const HEADER: [&str; 12] = [
    "timestamp",
    "profile",
    "mode",
    "module",
    "scenario",
    "channel",
    "theme",
    "verdict",
    "answer",
    "correct",
    "seconds",
    "points",
];

/// What a spreadsheet reads as the start of a formula (OWASP's list, with the full-width forms
/// some spreadsheets also accept).
fn starts_formula(text: &str) -> bool {
    text.starts_with([
        '=', '+', '-', '@', '\t', '\r', '\u{FF1D}', '\u{FF0B}', '\u{FF0D}', '\u{FF20}',
    ])
}

/// A text cell as a spreadsheet should take it: control characters shown (`^[`, and `^J` for a
/// line break, so none reaches the file), and a single quote before a cell that would start a
/// formula (`=HYPERLINK(...)`, `@SUM(...)`), as OWASP advises for CSV injection. Cells of numbers
/// redflag computes are written as numbers, unquoted, so a spreadsheet can still add them up.
pub fn text_cell(text: &str) -> Cow<'_, str> {
    let shown = if text.contains('\n') {
        Cow::Owned(
            text.split('\n')
                .map(|line| inert(line).into_owned())
                .collect::<Vec<_>>()
                .join("^J"),
        )
    } else {
        inert(text)
    };
    if starts_formula(&shown) {
        Cow::Owned(format!("'{shown}"))
    } else {
        shown
    }
}

/// A number redflag computed, for a cell: `NaN` and infinities (only a damaged file holds them)
/// leave the cell empty rather than write a word a spreadsheet could misread.
pub fn number_cell(value: f64, decimals: usize) -> String {
    if value.is_finite() {
        format!("{value:.decimals$}")
    } else {
        String::new()
    }
}

/// Writes the report's answers, one row each, to `out`.
///
/// The same in every language: the column keys, and every cell is data (names given, ids, the
/// vocabularies' names, numbers, `true`/`false`), so nothing here is worded and a spreadsheet
/// or script built on one player's export reads everyone's.
pub fn write_csv(report: &Report, out: impl Write) -> Result<(), csv::Error> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(HEADER)?;
    for row in report.answers() {
        let a = &row.answer;
        writer.write_record([
            text_cell(&a.at.to_rfc3339()).as_ref(),
            &text_cell(&report.profile),
            row.mode.name(),
            &text_cell(row.mode.module().unwrap_or_default()),
            &text_cell(&a.scenario),
            a.channel.name(),
            a.theme.name(),
            a.verdict.name(),
            a.given.name(),
            if a.correct() { "true" } else { "false" },
            &number_cell(a.seconds, 1),
            &a.points.to_string(),
        ])?;
    }
    writer.flush()?;
    Ok(())
}

/// The CSV as text (tests and small reports).
pub fn to_csv(report: &Report) -> Result<String, csv::Error> {
    let mut bytes = Vec::new();
    write_csv(report, &mut bytes)?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::{Mode, Profile, record_answer, start_round};
    use crate::quiz::Round;

    /// A report of one answer by `name`, in a round of `mode`.
    fn one_answer(name: &str, mode: Mode) -> (Report, String) {
        let pool = crate::builtin::pack().expect("pack").scenarios;
        let now = chrono::Utc::now();
        let mut profile = Profile::new(name, now);
        start_round(&mut profile, mode, 1, vec![pool[0].id.clone()], now);
        let mut round = Round::new(vec![0]);
        round.answer(
            &pool,
            crate::content::Verdict::Safe,
            false,
            std::time::Duration::from_secs(2),
        );
        record_answer(&mut profile, &pool[0], &round.answers[0], now);
        let report = super::super::Report::new(&profile, Vec::new(), &[], &[], 80, now);
        (report, pool[0].id.clone())
    }

    fn first_row(report: &Report) -> csv::StringRecord {
        let text = to_csv(report).expect("csv");
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        reader.records().next().expect("row").expect("parses")
    }

    #[test]
    fn commas_and_quotes_are_quoted_and_a_line_break_is_shown() {
        let (report, id) = one_answer("Lee, \"Jo\"\nSmith", Mode::Practice);
        let row = first_row(&report);
        assert_eq!(&row[1], "Lee, \"Jo\"^JSmith");
        assert_eq!(&row[4], id);
        assert_eq!(row.len(), HEADER.len());
    }

    #[test]
    fn a_cell_that_would_start_a_formula_starts_with_a_quote_instead() {
        for (hostile, written) in [
            (
                "=HYPERLINK(\"https://x.example\")",
                "'=HYPERLINK(\"https://x.example\")",
            ),
            ("+1+1", "'+1+1"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tcalc", "    calc"),
            ("\rcalc", "^Mcalc"),
            ("\u{FF1D}1+1", "'\u{FF1D}1+1"),
            ("a=1", "a=1"),
        ] {
            let (report, _) = one_answer(hostile, Mode::Module(hostile.into()));
            let row = first_row(&report);
            assert_eq!(&row[1], written, "the profile cell of {hostile:?}");
            assert_eq!(&row[3], written, "the module cell of {hostile:?}");
        }
    }

    #[test]
    fn no_control_character_reaches_the_file() {
        let (report, _) = one_answer("\u{1b}]52;c;eA==\u{7}\u{9b}\u{0}", Mode::Practice);
        let text = to_csv(&report).expect("csv");
        assert!(
            !text.chars().any(|c| c.is_control() && c != '\n'),
            "{text:?}"
        );
        assert_eq!(&first_row(&report)[1], "^[]52;c;eA==^G<U+009B>^@");
    }

    #[test]
    fn numbers_stay_numbers_and_a_damaged_one_is_left_empty() {
        assert_eq!(number_cell(-2.5, 1), "-2.5");
        assert_eq!(number_cell(f64::NAN, 1), "");
        assert_eq!(number_cell(f64::NEG_INFINITY, 3), "");
    }
}
