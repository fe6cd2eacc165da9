//! The certificate of completion, in Markdown, once every module of the path is passed.

use chrono::Datelike;

use super::markdown::table_head;
use crate::content::Manifest;
use crate::i18n::Catalog;
use crate::inert::inert;
use crate::progress::Profile;
use crate::progress::modules::passed;
use crate::training::{Module, complete};

/// The certificate in `t`'s language, or None while a module is not yet passed.
pub fn certificate(
    t: &Catalog,
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
    let date = crate::t!(
        t,
        "report-date",
        day = finished.day(),
        month = finished.month(),
        year = finished.year()
    );
    let mut out = String::new();
    out.push_str(&format!(
        "# {}\n\n",
        crate::t!(t, "report-certificate-title")
    ));
    out.push_str(&crate::t!(
        t,
        "report-certificate-completed",
        name = inert(&profile.name)
    ));
    out.push('\n');
    out.push_str(&crate::t!(
        t,
        "report-certificate-pack-date",
        pack = inert(&manifest.name),
        date = date
    ));
    out.push_str("\n\n");
    out.push_str(&crate::t!(
        t,
        "report-certificate-pass-mark",
        pass = pass_mark
    ));
    out.push_str("\n\n");
    out.push_str(&table_head(&[
        crate::t!(t, "report-col-module"),
        crate::t!(t, "report-col-best-score"),
        crate::t!(t, "report-col-attempts"),
        crate::t!(t, "report-col-passed-on"),
    ]));
    out.push('\n');
    for m in modules {
        if let Some(r) = profile.modules.get(&m.id) {
            let date = r
                .passed_at
                .map(|d| d.format("%Y-%m-%d").to_string())
                .unwrap_or_default();
            out.push_str(&format!(
                "| {} | {}% | {} | {} |\n",
                crate::strings::module_title(t, m.topic),
                r.best,
                r.attempts,
                date
            ));
        }
    }
    out.push('\n');
    out.push_str(&crate::t!(
        t,
        "report-certificate-pack",
        id = inert(&manifest.id),
        version = inert(&manifest.version)
    ));
    out.push('\n');
    Some(out)
}
