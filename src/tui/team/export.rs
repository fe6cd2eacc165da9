//! The team report written from the trainer's view: the same Markdown and CSV as
//! `redflag report --team`, and its JSON, each made safe on the way out as every command's output.

use std::fs::OpenOptions;
use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};

use crate::output::{Kind, Output};
use crate::report::team::Team;

/// Names tried when a report of the same second is there already.
const TRIES: u32 = 100;

/// Writes `team-<time>.md`, `.csv` and `.json` into `dir` (made if needed), never over another
/// file; returns the files written, or why not.
pub fn export(
    t: &crate::i18n::Catalog,
    team: &Team,
    dir: &Path,
    now: DateTime<Utc>,
) -> Result<Vec<PathBuf>, String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let stamp = now.format("%Y%m%d-%H%M%S");
    let stem = (1..=TRIES)
        .map(|n| match n {
            1 => format!("team-{stamp}"),
            n => format!("team-{stamp}-{n}"),
        })
        .find(|stem| {
            ["md", "csv", "json"]
                .iter()
                .all(|ext| std::fs::symlink_metadata(dir.join(format!("{stem}.{ext}"))).is_err())
        })
        .ok_or_else(|| format!("{}: no free name for team-{stamp}", dir.display()))?;
    let mut written = Vec::new();
    for (ext, kind) in [
        ("md", Kind::Text),
        ("csv", Kind::Text),
        ("json", Kind::Json),
    ] {
        let path = dir.join(format!("{stem}.{ext}"));
        write_one(t, team, &path, ext, kind).map_err(|e| format!("{}: {e}", path.display()))?;
        written.push(path);
    }
    Ok(written)
}

fn write_one(
    t: &crate::i18n::Catalog,
    team: &Team,
    path: &Path,
    ext: &str,
    kind: Kind,
) -> anyhow::Result<()> {
    // A new file only: a link or a file planted under the name is never written through.
    let file = OpenOptions::new().write(true).create_new(true).open(path)?;
    let mut out = Output::new(file, kind, path.display().to_string());
    match ext {
        "md" => out.write_all(team.to_markdown(t).as_bytes())?,
        "csv" => team.write_csv(t, &mut out)?,
        _ => team.write_json(&mut out)?,
    }
    out.finish()?;
    Ok(())
}
