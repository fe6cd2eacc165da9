//! `redflag play`: the TUI, or plain mode for screen readers and scripts.

use crate::cli::{PackArgs, PlayArgs};
use crate::commands::packs;
use crate::tui::{self, App, Settings};

pub fn run(packs_args: &PackArgs, args: &PlayArgs) -> anyhow::Result<()> {
    let packs = packs::load(packs_args)?;
    let seed = args.seed.unwrap_or_else(time_seed);
    let color = !args.no_color && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let settings = Settings {
        count: usize::from(args.count),
        seed,
        color,
    };
    let manifests = packs.iter().map(|p| p.manifest.clone()).collect();
    let pool: Vec<_> = packs.into_iter().flat_map(|p| p.scenarios).collect();
    if args.plain {
        let stdin = std::io::stdin();
        let stdout = std::io::stdout();
        crate::plain::play(&pool, &settings, &mut stdin.lock(), &mut stdout.lock())
    } else {
        tui::run(App::new(pool, manifests, settings))
    }
}

/// A seed for when the player gives none: the clock is fine, the summary shows it for replay.
fn time_seed() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() ^ u64::from(d.subsec_nanos()))
}
