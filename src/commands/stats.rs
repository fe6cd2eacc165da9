//! `redflag stats`: a profile's figures as text or JSON, read without changing anything.

use std::io::Write;

use anyhow::bail;
use chrono::Utc;

use crate::cli::{Format, ProfileArgs};
use crate::commands::profile::{data_dir, known_name};
use crate::progress::stats::{stats, text_lines};

pub fn run(args: &ProfileArgs, format: Format, out: &mut impl Write) -> anyhow::Result<()> {
    let data = data_dir(args)?;
    let Some(name) = known_name(args, &data) else {
        bail!(
            "no profile yet in {}: play a round first, or give --profile NAME",
            data.root.display()
        );
    };
    let Some(profile) = data.read_profile(&name)? else {
        bail!(
            "no profile \"{name}\" in {}: play a round first (profiles here: {})",
            data.root.display(),
            list(&data.profiles())
        );
    };
    let figures = stats(&profile, Utc::now().date_naive());
    match format {
        Format::Json => writeln!(out, "{}", serde_json::to_string_pretty(&figures)?)?,
        Format::Human => {
            for line in text_lines(&figures) {
                writeln!(out, "{line}")?;
            }
        }
    }
    Ok(())
}

fn list(names: &[String]) -> String {
    if names.is_empty() {
        "none".into()
    } else {
        names.join(", ")
    }
}
