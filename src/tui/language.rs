//! Choosing the interface's language on the menu: the words change, the built-in pack becomes
//! that language's, and the choice is saved for the profile as `--lang` saves it.

use std::collections::HashSet;

use super::app::App;
use super::message::Message;
use crate::builtin;
use crate::cli::LanguageArgs;
use crate::commands::language::remembered;
use crate::content::Manifest;
use crate::i18n::Lang;
use crate::progress::DataDir;
use crate::training::{outline, path};

impl App {
    /// The interface in the next language with a catalog (after the last, the first again).
    pub fn next_language(&mut self) {
        let all: Vec<Lang> = Lang::all().collect();
        let next = all
            .iter()
            .position(|lang| *lang == self.settings.lang)
            .map_or(0, |at| (at + 1) % all.len());
        if let Some(lang) = all.get(next) {
            self.choose_language(*lang);
        }
    }

    /// Plays on in `lang`: every screen is drawn in it from the next frame, the built-in pack is
    /// that language's (packs given with `--content` stay), and the profile remembers it.
    pub fn choose_language(&mut self, lang: Lang) {
        self.settings.lang = lang;
        // A line the game worded in the old language would stay in it; notices are worded
        // when drawn, so they follow.
        if matches!(self.message, Some(Message::Line(_))) {
            self.message = None;
        }
        self.builtin_in(lang);
        self.remember_language(lang);
    }

    /// Swaps the built-in pack, when it is the first pack, for the one of `lang`.
    fn builtin_in(&mut self, lang: Lang) {
        let Some(first) = self.manifests.first().filter(|m| is_builtin(m)) else {
            return;
        };
        let Ok(preview) = builtin::preview_in(lang) else {
            return;
        };
        if preview.manifest.id == first.id {
            return;
        }
        if self.preview.is_some() {
            // Not decoded yet: `settle` decodes the pack the manifest names.
            self.modules = outline(preview.scenarios.iter().map(|(_, _, theme)| *theme));
            self.manifests[0] = preview.manifest;
            self.preview = Some(preview.scenarios);
            return;
        }
        let (Ok(old), Ok(new)) = (
            builtin::pack_tagged(&first.language),
            builtin::pack_in(lang),
        ) else {
            return;
        };
        // The built-in scenarios come first in the pool, the other packs' after them.
        let old: HashSet<String> = old.scenarios.into_iter().map(|s| s.id).collect();
        let others = self.pool.iter().filter(|s| !old.contains(&s.id)).cloned();
        let mut pool = new.scenarios;
        pool.extend(others);
        self.pool = pool.into();
        self.manifests[0] = new.manifest;
        self.modules = path(&self.pool);
        let pass_mark = self.pass_mark();
        if let Some(session) = self.session.as_mut() {
            session.pass_mark = pass_mark;
        }
    }

    /// Saves `lang` as the profile's language in its data folder's settings, as `--lang` does.
    /// A profile that is not saved, or a settings file that cannot be read or written, keeps
    /// nothing (the choice still holds for this game).
    fn remember_language(&self, lang: Lang) {
        let Some(session) = &self.session else {
            return;
        };
        // A saved profile lives in `profiles/<folder>` of its data folder.
        let Some(root) = session
            .store()
            .and_then(|store| store.dir.parent()?.parent())
        else {
            return;
        };
        let data = DataDir::new(root.to_path_buf());
        let Ok(saved) = data.settings() else {
            return;
        };
        let args = LanguageArgs {
            lang: Some(lang),
            ..LanguageArgs::default()
        };
        if let Some(settings) = remembered(&args, Some(&session.profile.name), &saved) {
            let _ = data.save_settings(&settings);
        }
    }
}

/// Whether `manifest` is one of the built-in packs' (a pack loaded with `--content` cannot share
/// its id: packs with one id are refused).
fn is_builtin(manifest: &Manifest) -> bool {
    builtin::languages()
        .filter_map(Lang::parse)
        .filter_map(|lang| builtin::preview_in(lang).ok())
        .any(|preview| preview.manifest.id == manifest.id)
}

#[cfg(test)]
#[path = "language_tests.rs"]
mod tests;
