//! After a round: a missed item opened again by its number in the summary, to read its feedback.

use std::io::{BufRead, Write};

use super::text::{feedback, spot_result};
use crate::content::Scenario;
use crate::quiz::Round;

/// Offers the round's missed items again until the player presses Enter (or the input ends or
/// says anything but a number).
pub(super) fn revisit(
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
        "See the missed item again? Type 1, or press Enter to finish: ".to_string()
    } else {
        format!(
            "See a missed item again? Type its review number (1 to {}), or press Enter to finish: ",
            missed.len()
        )
    };
    let mut line = String::new();
    loop {
        write!(out, "{ask}")?;
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
            writeln!(out, "There is no review {number}.")?;
            continue;
        };
        let (Some(&item), Some(answer)) = (round.items.get(k), round.answers.get(k)) else {
            return Ok(());
        };
        let scenario = &pool[item];
        writeln!(out, "\n== Review {number}: {} ==", scenario.channel.label())?;
        for l in super::describe(scenario, true) {
            writeln!(out, "{l}")?;
        }
        for l in feedback(scenario, answer.kind, answer.points) {
            writeln!(out, "{l}")?;
        }
        if let Some(spot) = &answer.spot {
            writeln!(out, "{}", spot_result(spot))?;
        }
    }
}
