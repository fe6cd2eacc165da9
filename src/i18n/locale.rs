//! The language the environment's locale asks for, by the POSIX order of precedence.

use super::Lang;

/// The variables that name the language of messages, strongest first: `LC_ALL` overrides
/// `LC_MESSAGES`, which overrides `LANG`.
const VARIABLES: [&str; 3] = ["LC_ALL", "LC_MESSAGES", "LANG"];

/// The language of the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set (and not
/// empty), if there is a catalog for it. `C` and `POSIX` ask for no language.
pub fn from_locale(var: impl Fn(&str) -> Option<String>) -> Option<Lang> {
    let value = VARIABLES
        .iter()
        .filter_map(|name| var(name))
        .find(|value| !value.is_empty())?;
    if value == "C" || value == "POSIX" || value.starts_with("C.") {
        return None;
    }
    Lang::parse(&value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            vars.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn the_strongest_variable_that_is_set_decides() {
        let arabic = Lang::parse("ar");
        assert!(arabic.is_some());
        assert_eq!(from_locale(env(&[("LANG", "ar_SA.UTF-8")])), arabic);
        assert_eq!(
            from_locale(env(&[("LANG", "en_GB.UTF-8"), ("LC_MESSAGES", "ar_EG")])),
            arabic
        );
        assert_eq!(
            from_locale(env(&[("LC_ALL", "en_US.UTF-8"), ("LANG", "ar_SA.UTF-8")])),
            Some(Lang::ENGLISH)
        );
        assert_eq!(
            from_locale(env(&[("LC_ALL", ""), ("LANG", "ar_SA.UTF-8")])),
            arabic,
            "an empty variable is not set"
        );
    }

    #[test]
    fn c_posix_unknown_and_missing_locales_ask_for_nothing() {
        assert_eq!(
            from_locale(env(&[("LC_ALL", "C"), ("LANG", "ar_SA")])),
            None
        );
        assert_eq!(from_locale(env(&[("LANG", "C.UTF-8")])), None);
        assert_eq!(from_locale(env(&[("LANG", "POSIX")])), None);
        assert_eq!(from_locale(env(&[("LANG", "xx_YY.UTF-8")])), None);
        assert_eq!(from_locale(env(&[])), None);
    }
}
