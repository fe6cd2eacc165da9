//! The certificate of completion, in Markdown, once every module of the path is passed.

use crate::content::Manifest;
use crate::inert::inert;
use crate::progress::Profile;
use crate::progress::modules::passed;
use crate::training::{Module, complete};

/// The certificate, or None while a module is not yet passed.
pub fn certificate(
    profile: &Profile,
    modules: &[Module],
    manifest: &Manifest,
    pass_mark: u8,
) -> Option<String> {
    if !complete(modules, |id| passed(&profile.modules, id)) {
        return None;
    }
    let finished = modules
        .iter()
        .filter_map(|m| profile.modules.get(&m.id).and_then(|r| r.passed_at))
        .max()?;
    let mut out = String::new();
    out.push_str("# Certificate of completion\n\n");
    out.push_str(&format!(
        "**{}** has completed the redflag training path\n",
        inert(&profile.name)
    ));
    out.push_str(&format!(
        "*{}* on {}.\n\n",
        inert(&manifest.name),
        finished.format("%e %B %Y").to_string().trim()
    ));
    out.push_str(&format!(
        "Every module was passed at the pass mark of {pass_mark}% or more.\n\n"
    ));
    out.push_str("| Module | Best score | Attempts | Passed on |\n|---|---|---|---|\n");
    for m in modules {
        if let Some(r) = profile.modules.get(&m.id) {
            let date = r
                .passed_at
                .map(|d| d.format("%Y-%m-%d").to_string())
                .unwrap_or_default();
            out.push_str(&format!(
                "| {} | {}% | {} | {} |\n",
                // English until the certificate's language reaches here.
                crate::strings::module_title(crate::i18n::Catalog::english(), m.topic),
                r.best,
                r.attempts,
                date
            ));
        }
    }
    out.push_str(&format!(
        "\nPack: `{}` version {}\n",
        inert(&manifest.id),
        inert(&manifest.version)
    ));
    Some(out)
}
