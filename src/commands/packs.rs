//! Loading the packs to play: the built-in one in the player's language and trainers' folders
//! (of any language), refused when broken.

use std::collections::HashMap;

use anyhow::{Context, bail};

use crate::builtin;
use crate::cli::PackArgs;
use crate::content::load::load_dir;
use crate::content::{Pack, into_pack};

pub fn load(args: &PackArgs) -> anyhow::Result<Vec<Pack>> {
    let mut packs = Vec::new();
    if !args.no_builtin {
        packs.push(builtin::pack_in(args.language).context("the built-in pack cannot be decoded")?);
    }
    for dir in &args.content {
        match into_pack(load_dir(dir)) {
            Ok(pack) => packs.push(pack),
            Err(problems) => {
                let list: Vec<String> =
                    problems.iter().take(10).map(|p| format!("  {p}")).collect();
                let more = problems.len().saturating_sub(10);
                let more = if more > 0 {
                    format!("\n  ... and {more} more")
                } else {
                    String::new()
                };
                bail!(
                    "the pack in {} has {} problem(s):\n{}{more}\nRun `redflag check {}` for the full list.",
                    dir.display(),
                    problems.len(),
                    list.join("\n"),
                    dir.display()
                );
            }
        }
    }
    if packs.is_empty() {
        bail!("no packs to play: give --content DIR, or drop --no-builtin");
    }
    // Reports and certificates name a pack by its id: two packs with one id cannot be told apart.
    let origins: Vec<String> = (!args.no_builtin)
        .then(|| "the built-in pack".to_string())
        .into_iter()
        .chain(args.content.iter().map(|d| d.display().to_string()))
        .collect();
    for (i, pack) in packs.iter().enumerate() {
        if let Some(first) = packs[..i]
            .iter()
            .position(|p| p.manifest.id == pack.manifest.id)
        {
            bail!(
                "pack id \"{}\" is used by both {} and {}: give each pack its own id",
                pack.manifest.id,
                origins[first],
                origins[i]
            );
        }
    }
    let mut seen: HashMap<&str, &str> = HashMap::new();
    for pack in &packs {
        for s in &pack.scenarios {
            if let Some(other) = seen.insert(&s.id, &pack.manifest.id) {
                bail!(
                    "scenario id \"{}\" is in both pack \"{other}\" and pack \"{}\": rename one of them",
                    s.id,
                    pack.manifest.id
                );
            }
        }
    }
    Ok(packs)
}
