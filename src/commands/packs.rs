//! Loading the packs to play: the built-in one in the player's language and trainers' folders
//! (of any language), refused when broken.

use std::collections::HashMap;

use anyhow::{Context, bail};

use crate::builtin;
use crate::cli::PackArgs;
use crate::commands::problem_words;
use crate::content::load::load_dir;
use crate::content::{Pack, into_pack};
use crate::i18n::Catalog;
use crate::t;

/// The packs `args` name, or what is wrong with them in the language of `args.language`.
pub fn load(args: &PackArgs) -> anyhow::Result<Vec<Pack>> {
    let t = Catalog::get(args.language);
    let mut packs = Vec::new();
    if !args.no_builtin {
        packs.push(
            builtin::pack_in(args.language).with_context(|| t!(t, "cmd-builtin-undecodable"))?,
        );
    }
    for dir in &args.content {
        match into_pack(load_dir(dir)) {
            Ok(pack) => packs.push(pack),
            Err(problems) => {
                let dir = dir.display().to_string();
                let mut lines = vec![t!(
                    t,
                    "cmd-pack-problems",
                    dir = dir.as_str(),
                    count = problems.len()
                )];
                lines.extend(
                    problems
                        .iter()
                        .take(10)
                        .map(|p| format!("  {}", problem_words::problem(t, p))),
                );
                let more = problems.len().saturating_sub(10);
                if more > 0 {
                    lines.push(format!("  {}", t!(t, "cmd-pack-more", count = more)));
                }
                lines.push(t!(t, "cmd-pack-run-check", dir = dir));
                bail!("{}", lines.join("\n"));
            }
        }
    }
    if packs.is_empty() {
        bail!("{}", t!(t, "cmd-no-packs"));
    }
    // Reports and certificates name a pack by its id: two packs with one id cannot be told apart.
    let origins: Vec<String> = (!args.no_builtin)
        .then(|| t!(t, "cmd-builtin-pack"))
        .into_iter()
        .chain(args.content.iter().map(|d| d.display().to_string()))
        .collect();
    for (i, pack) in packs.iter().enumerate() {
        if let Some(first) = packs[..i]
            .iter()
            .position(|p| p.manifest.id == pack.manifest.id)
        {
            bail!(
                "{}",
                t!(
                    t,
                    "cmd-pack-id-twice",
                    id = pack.manifest.id.as_str(),
                    first = origins[first].as_str(),
                    second = origins[i].as_str()
                )
            );
        }
    }
    let mut seen: HashMap<&str, &str> = HashMap::new();
    for pack in &packs {
        for s in &pack.scenarios {
            if let Some(other) = seen.insert(&s.id, &pack.manifest.id) {
                bail!(
                    "{}",
                    t!(
                        t,
                        "cmd-scenario-id-twice",
                        id = s.id.as_str(),
                        first = other,
                        second = pack.manifest.id.as_str()
                    )
                );
            }
        }
    }
    Ok(packs)
}
