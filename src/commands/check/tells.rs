//! The tell check's figures and warnings in the player's language.

use std::io::Write;

use crate::content::tells::{MAX_LENGTH_RATIO, MAX_SHARE_GAP, Shared, Side, TellProblem, Tells};
use crate::i18n::Catalog;
use crate::t;

fn whole(fraction: f64) -> String {
    format!("{:.0}", fraction * 100.0)
}

/// The figures of one verdict's items.
fn side(t: &Catalog, safe: bool, s: &Side) -> String {
    let suffixes: Vec<String> = s
        .suffixes
        .iter()
        .map(|(k, v)| format!(".{k} {}%", whole(*v)))
        .collect();
    let (items, length, links, attachments, verified, suffixes) = (
        s.count.to_string(),
        format!("{:.0}", s.mean_length),
        whole(s.with_links),
        whole(s.with_attachments),
        whole(s.verified),
        suffixes.join(" "),
    );
    if safe {
        t!(
            t,
            "check-balance-safe",
            items = items,
            length = length,
            links = links,
            attachments = attachments,
            verified = verified,
            suffixes = suffixes
        )
    } else {
        t!(
            t,
            "check-balance-dangerous",
            items = items,
            length = length,
            links = links,
            attachments = attachments,
            verified = verified,
            suffixes = suffixes
        )
    }
}

/// The figures in a few lines.
pub fn lines(t: &Catalog, tells: &Tells) -> Vec<String> {
    let channels: Vec<String> = tells
        .safe_share_by_channel
        .iter()
        .map(|(c, (s, n))| format!("{c} {s}/{n}"))
        .collect();
    vec![
        side(t, true, &tells.safe),
        side(t, false, &tells.dangerous),
        t!(
            t,
            "check-balance-channels",
            channels = channels.join(&t!(t, "cmd-list-separator"))
        ),
    ]
}

/// One difference beyond the bounds.
pub fn problem(t: &Catalog, problem: &TellProblem) -> String {
    match problem {
        TellProblem::Length {
            safe,
            dangerous,
            ratio,
        } => t!(
            t,
            "check-tell-length",
            safe = format!("{safe:.0}"),
            dangerous = format!("{dangerous:.0}"),
            ratio = format!("{ratio:.2}"),
            max = MAX_LENGTH_RATIO.to_string()
        ),
        TellProblem::Share {
            what,
            safe,
            dangerous,
        } => {
            let what = match what {
                Shared::Links => t!(t, "check-shared-links"),
                Shared::Attachments => t!(t, "check-shared-attachments"),
                Shared::VerifiedMarks => t!(t, "check-shared-verified"),
            };
            t!(
                t,
                "check-tell-share",
                what = what,
                safe = whole(*safe),
                dangerous = whole(*dangerous),
                gap = whole(MAX_SHARE_GAP)
            )
        }
        TellProblem::Suffix {
            suffix,
            safe,
            dangerous,
        } => t!(
            t,
            "check-tell-suffix",
            suffix = suffix.as_str(),
            safe = whole(*safe),
            dangerous = whole(*dangerous)
        ),
        TellProblem::ChannelMix {
            channel,
            safe,
            total,
            share,
        } => t!(
            t,
            "check-tell-channel",
            channel = channel.name(),
            safe = safe.to_string(),
            total = total.to_string(),
            share = whole(*share)
        ),
    }
}

/// The heading, the figures and a warning for each difference beyond the bounds.
pub fn write(t: &Catalog, tells: &Tells, out: &mut impl Write) -> std::io::Result<()> {
    writeln!(out, "  {}", t!(t, "check-balance"))?;
    for line in lines(t, tells) {
        writeln!(out, "    {line}")?;
    }
    for found in tells.found() {
        writeln!(
            out,
            "{}",
            t!(t, "check-tell-warning", tell = problem(t, &found))
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Channel;
    use crate::content::tells::measure;

    #[test]
    fn the_catalog_s_english_is_the_tell_check_s_english() {
        let pack = crate::builtin::pack_in(crate::i18n::Lang::ENGLISH).expect("pack");
        let tells = measure(&pack.scenarios);
        assert_eq!(lines(Catalog::english(), &tells), tells.lines());
        let mut skewed = tells.clone();
        skewed.safe.mean_length *= 3.0;
        skewed.safe.with_links = 1.0;
        skewed.safe.with_attachments = 1.0;
        skewed.safe.verified = 1.0;
        skewed.safe.suffixes.insert("invalid".into(), 0.9);
        skewed.safe_share_by_channel.insert(Channel::Email, (1, 10));
        let found = skewed.found();
        assert!(found.len() >= 6, "{found:?}");
        let worded: Vec<String> = found
            .iter()
            .map(|p| problem(Catalog::english(), p))
            .collect();
        assert_eq!(worded, skewed.problems());
    }
}
