//! One row per answer, for a spreadsheet.

use super::record::Report;

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

pub fn to_csv(report: &Report) -> Result<String, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(HEADER)?;
    for row in report.answers() {
        let a = &row.answer;
        writer.write_record([
            a.at.to_rfc3339(),
            report.profile.clone(),
            row.mode.name().to_string(),
            row.mode.module().unwrap_or_default().to_string(),
            a.scenario.clone(),
            a.channel.name().to_string(),
            a.theme.name().to_string(),
            a.verdict.name().to_string(),
            a.given.name().to_string(),
            a.correct().to_string(),
            format!("{:.1}", a.seconds),
            a.points.to_string(),
        ])?;
    }
    let bytes = writer.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::{Mode, Profile, record_answer, start_round};
    use crate::quiz::Round;

    #[test]
    fn fields_with_commas_quotes_and_newlines_are_quoted() {
        let pool = crate::builtin::pack().expect("pack").scenarios;
        let now = chrono::Utc::now();
        let mut profile = Profile::new("Lee, \"Jo\"\nSmith", now);
        start_round(
            &mut profile,
            Mode::Practice,
            1,
            vec![pool[0].id.clone()],
            now,
        );
        let mut round = Round::new(vec![0]);
        round.answer(
            &pool,
            crate::content::Verdict::Safe,
            false,
            std::time::Duration::from_secs(2),
        );
        record_answer(&mut profile, &pool[0], &round.answers[0], now);
        let report = super::super::Report::new(&profile, Vec::new(), &[], &[], 80, now);
        let text = to_csv(&report).expect("csv");
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let row = reader.records().next().expect("row").expect("parses");
        assert_eq!(&row[1], "Lee, \"Jo\"\nSmith");
        assert_eq!(&row[4], pool[0].id);
        assert_eq!(row.len(), HEADER.len());
    }
}
