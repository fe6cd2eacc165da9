//! Choosing the player's language and how right-to-left text is drawn: `--lang`, else the
//! profile's saved choice, else the environment's locale, else English; `--bidi` and `--shape`,
//! else this data folder's saved choice. A choice given on the command line is remembered.

use crate::cli::{LanguageArgs, ProfileArgs};
use crate::commands::profile::data_dir;
use crate::i18n::{Lang, from_locale};
use crate::progress::DataDir;
use crate::progress::data_dir::{SavedSettings, folder_name};
use crate::settings::{Bidi, Display};

/// The language and display settings a game or command runs with.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Chosen {
    pub lang: Lang,
    pub display: Display,
}

/// The choice from the command line, the saved settings of `profile` (if known) and the
/// locale's variables (`var` reads one).
pub fn choose(
    args: &LanguageArgs,
    profile: Option<&str>,
    saved: &SavedSettings,
    var: impl Fn(&str) -> Option<String>,
) -> Chosen {
    let saved_lang = profile
        .and_then(|name| folder_name(name).ok())
        .and_then(|folder| saved.languages.get(&folder))
        .and_then(|tag| Lang::parse(tag));
    Chosen {
        lang: args
            .lang
            .or(saved_lang)
            .or_else(|| from_locale(var))
            .unwrap_or_default(),
        display: Display {
            bidi: args
                .bidi
                .or_else(|| saved.bidi.as_deref().and_then(Bidi::from_name))
                .unwrap_or_default(),
            shape: args.shape.or(saved.shape).unwrap_or(false),
        },
    }
}

/// The settings with what the command line chose for `profile` written in: `None` when nothing
/// changed, so that an ordinary start writes nothing.
pub fn remembered(
    args: &LanguageArgs,
    profile: Option<&str>,
    saved: &SavedSettings,
) -> Option<SavedSettings> {
    let mut settings = saved.clone();
    if let (Some(lang), Some(folder)) = (args.lang, profile.and_then(|n| folder_name(n).ok())) {
        settings.languages.insert(folder, lang.tag().to_string());
    }
    if let Some(bidi) = args.bidi {
        settings.bidi = Some(bidi.name().to_string());
    }
    if let Some(shape) = args.shape {
        settings.shape = Some(shape);
    }
    (settings != *saved).then_some(settings)
}

/// [`choose`] with the data folder's settings and the process's locale, and the settings to
/// save for what the command line chose (None when nothing changed), for the caller to write.
pub fn resolve_later(
    args: &LanguageArgs,
    saved: &SavedSettings,
    profile: Option<&str>,
) -> (Chosen, Option<SavedSettings>) {
    (
        choose(args, profile, saved, |name| std::env::var(name).ok()),
        remembered(args, profile, saved),
    )
}

/// [`choose`] with the data folder's settings and the process's locale, remembering what the
/// command line chose (a convenience: a folder that cannot be written changes nothing).
pub fn resolve_in(
    args: &LanguageArgs,
    data: &DataDir,
    saved: &SavedSettings,
    profile: Option<&str>,
) -> Chosen {
    let (chosen, settings) = resolve_later(args, saved, profile);
    if let Some(settings) = settings {
        let _ = data.save_settings(&settings);
    }
    chosen
}

/// [`resolve_in`] for a command: the data folder from `--data-dir` or the platform's, the
/// profile from `--profile` or the last one played.
pub fn resolve(args: &LanguageArgs, profile_args: &ProfileArgs) -> Chosen {
    let Ok(data) = data_dir(profile_args) else {
        return choose(args, None, &SavedSettings::default(), |name| {
            std::env::var(name).ok()
        });
    };
    let saved = data.settings().unwrap_or_default();
    let profile = profile_args
        .profile
        .clone()
        .or_else(|| saved.last_profile.clone());
    resolve_in(args, &data, &saved, profile.as_deref())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn arabic() -> Lang {
        Lang::parse("ar").expect("Arabic")
    }

    fn locale(value: &'static str) -> impl Fn(&str) -> Option<String> {
        move |name| (name == "LANG").then(|| value.to_string())
    }

    #[test]
    fn the_command_line_then_the_profile_then_the_locale_then_english() {
        let mut saved = SavedSettings::default();
        saved.languages.insert("robin".into(), "ar".into());
        let given = LanguageArgs {
            lang: Some(Lang::ENGLISH),
            ..LanguageArgs::default()
        };
        let none = LanguageArgs::default();
        let lang = |args, profile, var| choose(args, profile, &saved, var).lang;
        assert_eq!(
            lang(&given, Some("Robin"), locale("ar_SA.UTF-8")),
            Lang::ENGLISH
        );
        assert_eq!(lang(&none, Some("Robin"), locale("en_GB.UTF-8")), arabic());
        assert_eq!(lang(&none, Some("Sam"), locale("ar_SA.UTF-8")), arabic());
        assert_eq!(lang(&none, None, locale("ar_SA.UTF-8")), arabic());
        assert_eq!(
            lang(&none, Some("Sam"), locale("fr_FR.UTF-8")),
            Lang::ENGLISH
        );
        assert_eq!(choose(&none, None, &saved, |_| None).lang, Lang::ENGLISH);
    }

    #[test]
    fn display_settings_come_from_the_command_line_then_the_saved_ones() {
        let saved = SavedSettings {
            bidi: Some("terminal".into()),
            shape: Some(true),
            ..SavedSettings::default()
        };
        let none = LanguageArgs::default();
        let display = |args: &LanguageArgs, saved: &SavedSettings| {
            choose(args, None, saved, |_| None).display
        };
        assert_eq!(
            display(&none, &SavedSettings::default()),
            Display::default()
        );
        assert_eq!(
            display(&none, &saved),
            Display {
                bidi: Bidi::Terminal,
                shape: true
            }
        );
        let given = LanguageArgs {
            bidi: Some(Bidi::App),
            shape: Some(false),
            ..LanguageArgs::default()
        };
        assert_eq!(display(&given, &saved), Display::default());
        let odd = SavedSettings {
            bidi: Some("sideways".into()),
            ..SavedSettings::default()
        };
        assert_eq!(
            display(&none, &odd).bidi,
            Bidi::App,
            "an unknown name is ignored"
        );
    }

    #[test]
    fn a_choice_is_remembered_only_when_given_and_changed() {
        let saved = SavedSettings {
            last_profile: Some("Robin".into()),
            ..SavedSettings::default()
        };
        assert_eq!(
            remembered(&LanguageArgs::default(), Some("Robin"), &saved),
            None
        );
        let args = LanguageArgs {
            lang: Some(arabic()),
            bidi: Some(Bidi::Terminal),
            shape: None,
        };
        let after = remembered(&args, Some(" Robin "), &saved).expect("changed");
        assert_eq!(after.languages.get("robin").map(String::as_str), Some("ar"));
        assert_eq!(after.bidi.as_deref(), Some("terminal"));
        assert_eq!(after.last_profile, saved.last_profile);
        assert_eq!(
            remembered(&args, Some("Robin"), &after),
            None,
            "already saved"
        );
        // With no profile known, the language has no one to be remembered for.
        let lang_only = LanguageArgs {
            lang: Some(arabic()),
            ..LanguageArgs::default()
        };
        assert_eq!(
            remembered(&lang_only, None, &SavedSettings::default()),
            None
        );
    }

    #[test]
    fn resolving_writes_the_choice_into_the_data_folder() {
        let dir = tempfile::tempdir().expect("tempdir");
        let data = DataDir::new(dir.path().to_path_buf());
        let args = LanguageArgs {
            lang: Some(arabic()),
            ..LanguageArgs::default()
        };
        let chosen = resolve_in(
            &args,
            &data,
            &data.settings().expect("settings"),
            Some("Robin"),
        );
        assert_eq!(chosen.lang, arabic());
        let saved = data.settings().expect("settings");
        assert_eq!(saved.languages.get("robin").map(String::as_str), Some("ar"));
        let later = choose(&LanguageArgs::default(), Some("Robin"), &saved, |_| None);
        assert_eq!(later.lang, arabic(), "the next start remembers it");
    }
}
