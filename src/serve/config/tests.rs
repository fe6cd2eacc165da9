use super::*;

fn args(team_code: Option<&str>) -> ServeArgs {
    ServeArgs {
        team_code: team_code.map(str::to_string),
        ..ServeArgs::default()
    }
}

fn no_default(_: &Catalog) -> anyhow::Result<PathBuf> {
    bail!("no default in a test")
}

#[test]
fn options_win_over_the_file_which_wins_over_the_defaults() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("serve.toml"),
        "listen = \"127.0.0.1:2300\"\nteam_code = \"from-the-file\"\ncount = 4\nseed = 9\n\
         content = [\"packs/a\"]\ntrainer_keys = \"trainers\"\n[limits]\nmax_sessions = 5\n",
    )
    .expect("write");
    let packs = PackArgs {
        content: vec![PathBuf::from("packs/b")],
        no_builtin: false,
        ..PackArgs::default()
    };
    let config = ServeConfig::resolve(
        &args(Some("from-the-option")),
        &packs,
        Some(dir.path()),
        no_default,
    )
    .expect("resolves");
    assert_eq!(config.listen, "127.0.0.1:2300".parse().expect("addr"));
    assert_eq!(config.team_code.as_deref(), Some("from-the-option"));
    assert_eq!((config.count, config.seed), (4, Some(9)));
    assert_eq!(config.limits.max_sessions, 5);
    assert_eq!(config.trainer_keys, Some(PathBuf::from("trainers")));
    assert_eq!(
        config.limits.idle_timeout_secs,
        Limits::default().idle_timeout_secs
    );
    assert_eq!(config.host_key, dir.path().join("host_key"));
    assert_eq!(
        config.packs.content,
        [PathBuf::from("packs/a"), PathBuf::from("packs/b")]
    );

    let bare = tempfile::tempdir().expect("tempdir");
    let config = ServeConfig::resolve(&args(Some("abcdef")), &packs, Some(bare.path()), |_| {
        Ok(PathBuf::from("unused"))
    })
    .expect("resolves");
    assert_eq!(config.listen.to_string(), DEFAULT_LISTEN);
    assert_eq!(config.count, 10);
}

#[test]
fn a_server_nobody_can_enter_or_with_a_weak_code_or_a_typo_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let packs = PackArgs::default();
    let resolve = |a: &ServeArgs| {
        ServeConfig::resolve(a, &packs, Some(dir.path()), no_default)
            .expect_err("refused")
            .to_string()
    };
    assert!(resolve(&args(None)).contains("nobody could sign in"));
    assert!(resolve(&args(Some("abc"))).contains("at least 6"));
    std::fs::write(dir.path().join("serve.toml"), "team_cod = \"abcdefgh\"\n").expect("w");
    let typo = ServeConfig::resolve(&args(None), &packs, Some(dir.path()), no_default)
        .expect_err("unknown key");
    assert!(format!("{typo:#}").contains("team_cod"), "{typo:#}");
    std::fs::write(dir.path().join("serve.toml"), "[limits]\nmax_rows = 0\n").expect("w");
    assert!(resolve(&args(Some("abcdefgh"))).contains("limits.max_rows"));
}

#[test]
fn the_settings_file_s_problems_and_the_data_folder_s_are_told_in_the_server_s_language() {
    let dir = tempfile::tempdir().expect("tempdir");
    let packs = PackArgs::default();
    let arabic = Lang::parse("ar").expect("Arabic");
    let in_arabic = |config: PathBuf| ServeArgs {
        config: Some(config),
        lang: Some(arabic),
        ..args(Some("abcdefgh"))
    };
    let missing = dir.path().join("missing.toml");
    let said = |a: &ServeArgs| {
        let err =
            ServeConfig::resolve(a, &packs, Some(dir.path()), no_default).expect_err("refused");
        err.to_string()
    };
    assert!(said(&in_arabic(missing.clone())).starts_with("تعذّرت قراءة "));
    let english = ServeArgs {
        lang: None,
        ..in_arabic(missing)
    };
    assert!(said(&english).starts_with("cannot read "));
    let typo = dir.path().join("typo.toml");
    std::fs::write(&typo, "team_cod = 1\n").expect("w");
    assert!(said(&in_arabic(typo)).contains("ليس ملف serve.toml صالحًا"));
    // The data folder's fallback is asked in the language serve.toml names.
    std::fs::write(dir.path().join("lang.toml"), "lang = \"ar\"\n").expect("w");
    let from_file = ServeArgs {
        config: Some(dir.path().join("lang.toml")),
        ..args(Some("abcdefgh"))
    };
    let err = ServeConfig::resolve(&from_file, &packs, None, |t| {
        crate::serve::default_data_dir(t)?;
        bail!("{}", crate::t!(t, "serve-error-no-home"))
    })
    .expect_err("no folder in this test");
    assert!(err.to_string().contains("لا يوجد مجلد منزلي"), "{err}");
}

#[test]
fn the_readme_s_serve_toml_is_valid_and_shows_the_default_limits() {
    let readme = include_str!("../../../README.md");
    let section = readme
        .split("## Train a team over SSH")
        .nth(1)
        .expect("the section");
    let block = section
        .split("```toml\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("a serve.toml example");
    let file: ServeFile = toml::from_str(block).expect("the example parses");
    assert_eq!(
        file.limits,
        Limits::default(),
        "the README shows the defaults"
    );
    assert_eq!(file.count, Some(10));
}
