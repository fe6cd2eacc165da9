//! After a round: a missed item opened again by its number in the summary, to read its feedback.

use std::io::{BufRead, Write};

use super::text::{feedback, spot_result};
use crate::content::Scenario;
use crate::i18n::Catalog;
use crate::quiz::Round;

/// Offers the round's missed items again until the player presses Enter (or the input ends or
/// says anything but a number).
pub(super) fn revisit(
    t: &Catalog,
    pool: &[Scenario],
    round: &Round,
    input: &mut impl BufRead,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let missed: Vec<usize> = round
        .answers
        .iter()
        .enumerate()
        .filter(|(_, a)| !a.kind.is_correct())
        .map(|(k, _)| k)
        .collect();
    if missed.is_empty() {
        return Ok(());
    }
    let ask = if missed.len() == 1 {
        crate::t!(t, "plain-missed-one")
    } else {
        crate::t!(t, "plain-missed-many", count = missed.len())
    };
    let mut line = String::new();
    loop {
        write!(out, "{ask} ")?;
        out.flush()?;
        line.clear();
        if input.read_line(&mut line)? == 0 {
            writeln!(out)?;
            return Ok(());
        }
        // Anything but a number finishes, so that a script's extra lines end the round quietly.
        let Ok(number) = line.trim().parse::<usize>() else {
            return Ok(());
        };
        let Some(&k) = number.checked_sub(1).and_then(|i| missed.get(i)) else {
            writeln!(out, "{}", crate::t!(t, "plain-no-review", number = number))?;
            continue;
        };
        let (Some(&item), Some(answer)) = (round.items.get(k), round.answers.get(k)) else {
            return Ok(());
        };
        let scenario = &pool[item];
        let channel = crate::strings::channel_label(t, scenario.channel);
        let header = crate::t!(t, "plain-review-header", number = number, channel = channel);
        writeln!(out, "\n{header}")?;
        for l in super::describe(t, scenario, true) {
            writeln!(out, "{l}")?;
        }
        for l in feedback(t, scenario, answer.kind, answer.points) {
            writeln!(out, "{l}")?;
        }
        if let Some(spot) = &answer.spot {
            writeln!(out, "{}", spot_result(t, spot))?;
        }
    }
}
