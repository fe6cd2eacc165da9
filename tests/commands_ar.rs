//! The commands in Arabic, run as a user would: `check` on the Arabic pack and on a broken
//! pack, `stats`, and `--help`, with no English word left but option names, file names, ids
//! and the brand.

mod common;

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

/// Runs redflag with its data folder in `data` and exactly the locale variables given.
fn redflag(data: &Path, locale: &[(&str, &str)], args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_redflag"))
        .env("REDFLAG_DATA_DIR", data)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .envs(locale.iter().copied())
        .args(args)
        .output()
        .expect("runs")
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The text without what is data rather than words: quoted text ("...", «...», `...`).
fn without_data(text: &str) -> String {
    let mut out = String::new();
    let mut closing = None;
    for c in text.chars() {
        match closing {
            Some(end) if c == end => closing = None,
            Some(_) => {}
            None => match c {
                '"' => closing = Some('"'),
                '«' => closing = Some('»'),
                '`' => closing = Some('`'),
                _ => out.push(c),
            },
        }
    }
    out
}

/// The English words of three letters or more left in `text`, but those `allowed`. Option
/// names (--lang), paths and file names (a/b.toml), identifiers with `_` or digits, and
/// placeholders in capitals (DIR, JSON) are not words here.
fn english_words(text: &str, allowed: &[&str]) -> Vec<String> {
    let text = without_data(text);
    let token = |c: char| c.is_ascii_alphanumeric() || "-_./:+=[]<>|".contains(c);
    let mut left = Vec::new();
    for piece in text.split(|c: char| !token(c)).filter(|p| !p.is_empty()) {
        let piece = piece
            .trim_start_matches(['[', '<', '|'])
            .trim_end_matches(['[', ']', '>', '|', ':', '.']);
        if piece.starts_with('-')
            || piece.contains(['/', '.', '_', '=', '<', '|'])
            || piece.chars().any(|c| c.is_ascii_digit())
            || piece.chars().all(|c| !c.is_ascii_lowercase())
        {
            continue;
        }
        for word in piece.split(['-', '[', ']', ':']) {
            if word.chars().filter(char::is_ascii_alphabetic).count() >= 3
                && !allowed.iter().any(|a| a.eq_ignore_ascii_case(word))
            {
                left.push(word.to_string());
            }
        }
    }
    left
}

/// What the pack format names: channels, verdicts, themes, difficulties (its ids), the brand.
const PACK_IDS: &[&str] = &[
    "redflag",
    "call",
    "consent",
    "email",
    "message",
    "notification",
    "permission",
    "post",
    "sms",
    "web",
    "safe",
    "dangerous",
    "privacy",
    "customer",
    "data",
    "threats",
    "myths",
    "social",
    "media",
    "easy",
    "medium",
    "hard",
];

#[test]
fn the_english_word_check_finds_english_words() {
    assert_eq!(
        english_words(
            "فُحص 3 سيناريوهات: no errors --lang a/b.toml DIR \"data\"",
            &[]
        ),
        ["errors"]
    );
    assert!(english_words("call 11، safe 3", PACK_IDS).is_empty());
}

#[test]
fn check_on_the_arabic_pack_speaks_arabic_with_its_fairness_figures() {
    let data = tempfile::tempdir().expect("tempdir");
    let out = redflag(data.path(), &[], &["--lang", "ar", "check"]);
    let text = stdout(&out);
    assert!(out.status.success(), "{text}{}", stderr(&out));
    let first = text.lines().next().unwrap_or_default();
    assert!(
        first.starts_with("فُحص ") && first.ends_with("في حزمة واحدة: لا أخطاء."),
        "{first}"
    );
    for needle in [
        "  حسب القناة:    call ",
        "  حسب الحكم:     dangerous ",
        "  التوازن (الآمن مقابل الخطِر):",
        "  الإنصاف (لاعبون لا يحكمون على شيء؛ تُبقي الحزمة المدمجة كلًّا منهم دون 65% إجمالًا",
        "    مطابقة الإحاطة    ",
        "    الكلمات الظاهرة   ",
        "    حكم الأغلبية      ",
        "يميل نموذج الكلمات إلى «خطِر» مع: \"",
        "  الظاهر في كل قناة (الآمن مقابل الخطِر):",
        " آمنة، ",
        "الطول ",
        " مقابل ",
    ] {
        assert!(text.contains(needle), "{needle}:\n{text}");
    }
    assert_eq!(
        english_words(&text, PACK_IDS),
        Vec::<String>::new(),
        "{text}"
    );
    let english = stdout(&redflag(data.path(), &[], &["--lang", "en", "check"]));
    assert!(english.contains("briefing lookup"), "{english}");
}

#[test]
fn a_broken_pack_s_problems_are_said_in_arabic() {
    let data = tempfile::tempdir().expect("tempdir");
    let root = data.path().join("pack");
    fs::create_dir_all(root.join("email")).expect("mkdir");
    let pack = fs::read_to_string("tests/packs/minimal/pack.toml").expect("manifest");
    fs::write(root.join("pack.toml"), format!("pass_mark = 150\n{pack}")).expect("write");
    let safe = fs::read_to_string("tests/packs/minimal/email/good-safe.toml").expect("scenario");
    let broken = safe
        .replace("id = \"good-safe\"", "id = \"Bad Id\"")
        .replace(
            "text = \"Nothing to do.\"",
            "text = \"Nowhere in the body.\"",
        );
    fs::write(root.join("email/good-safe.toml"), broken).expect("write");
    fs::write(
        root.join("email/typo.toml"),
        "id = \"typo\"\nchanel = \"email\"\n",
    )
    .expect("write");
    let dir = root.to_str().expect("utf-8 path");
    let out = redflag(data.path(), &[], &["--lang", "ar", "check", dir]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{text}{}", stderr(&out));
    for needle in [
        "pack.toml:1: pass_mark نسبة مئوية: اكتب عددًا من 0 إلى 100\n",
        "good-safe.toml:1: المعرّف id «Bad Id» يجب أن يكون بصيغة kebab-case",
        "good-safe.toml:19: [[sign]] 1: النص «Nowhere in the body.» غير موجود في body",
        "typo.toml:2: حقل غير معروف `chanel`: هل تقصد `channel`؟ (المسموح: id، channel، ",
        "فُحص سيناريو واحد في حزمة واحدة: 4 أخطاء.",
    ] {
        assert!(text.contains(needle), "{needle}:\n{text}");
    }
    assert!(
        text.lines().filter(|l| l.starts_with("خطأ: ")).count() >= 3,
        "{text}"
    );
    // The format's own names: TOML keys and tables a pack author writes.
    let keys: &[&str] = &[
        "kebab",
        "case",
        "body",
        "channel",
        "verdict",
        "theme",
        "title",
        "lesson",
        "situation",
        "premise",
        "difficulty",
        "flag",
        "sign",
    ];
    let allowed = [PACK_IDS, keys].concat();
    assert_eq!(
        english_words(&text, &allowed),
        Vec::<String>::new(),
        "{text}"
    );
    // The same pack given to play is refused in Arabic too, with the same words.
    let out = redflag(
        data.path(),
        &[],
        &["--lang", "ar", "play", "--plain", "--content", dir],
    );
    let said = stderr(&out);
    assert!(!out.status.success());
    assert!(
        said.contains("في الحزمة في ") && said.contains("لترى القائمة كاملة"),
        "{said}"
    );
    assert!(said.contains("pass_mark نسبة مئوية"), "{said}");
}

#[test]
fn stats_speak_arabic_from_the_flag_the_profile_or_the_locale() {
    let data = tempfile::tempdir().expect("tempdir");
    let out = redflag(data.path(), &[], &["--lang", "ar", "stats"]);
    assert!(!out.status.success());
    let said = stderr(&out);
    assert!(
        said.starts_with("redflag: لا يوجد ملف شخصي بعد في "),
        "{said}"
    );
    assert!(
        said.contains("العب جولة أولًا، أو حدّد --profile NAME"),
        "{said}"
    );
    let out = redflag(
        data.path(),
        &[("LANG", "ar_SA.UTF-8")],
        &["stats", "--profile", "Nobody"],
    );
    let said = stderr(&out);
    assert!(said.contains("لا يوجد ملف شخصي باسم «Nobody»"), "{said}");
    assert!(said.contains("(الملفات الشخصية هنا: لا شيء)"), "{said}");
    // A round in Arabic is remembered for the profile: its statistics come in Arabic.
    let played = common::plain(
        data.path(),
        &[
            "--lang",
            "ar",
            "--profile",
            "Robin",
            "--seed",
            "3",
            "--count",
            "2",
        ],
        &"d\n".repeat(10),
    );
    assert!(played.status.success(), "{}", common::text(&played));
    let out = redflag(
        data.path(),
        &[],
        &["stats", "--profile", "Robin", "--format", "json"],
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(json["profile"], "Robin");
    assert_eq!(
        json["answered"], 2,
        "the same keys and figures in any language"
    );
    // Robin's saved choice, with no --lang and no locale.
    let out = redflag(data.path(), &[], &["--profile", "Robin", "check"]);
    assert!(stdout(&out).starts_with("فُحص "), "{}", stdout(&out));
    // The statistics themselves, every line in Arabic.
    let out = redflag(data.path(), &[], &["stats", "--profile", "Robin"]);
    let text = stdout(&out);
    assert!(out.status.success() && !text.is_empty(), "{}", stderr(&out));
    assert_eq!(
        english_words(&text, &["redflag", "Robin"]),
        Vec::<String>::new(),
        "{text}"
    );
}

/// Words of the help that are names: tools, formats, the values scripts type, command names.
const HELP_NAMES: &[&str] = &[
    "redflag",
    "play",
    "check",
    "stats",
    "report",
    "certificate",
    "preview",
    "serve",
    "help",
    "team",
    "ssh",
    "app",
    "terminal",
    "xterm",
    "tmux",
    "kitty",
    "Alacritty",
    "Windows",
    "Terminal",
    "mlterm",
    "Konsole",
    "bidi",
    "BiDi",
    "VTE",
    "Markdown",
    "csv",
    "json",
    "xapi",
    "human",
    "module",
    "email",
    "threats",
    "final",
    "exam",
    "kebab",
];

#[test]
fn help_speaks_arabic_and_keeps_option_names() {
    let data = tempfile::tempdir().expect("tempdir");
    for (locale, args) in [
        (&[][..], &["--lang", "ar", "--help"][..]),
        (&[("LANG", "ar_SA.UTF-8")][..], &["--help"][..]),
        (&[][..], &["--lang=ar", "help"][..]),
    ] {
        let out = redflag(data.path(), locale, args);
        let text = stdout(&out);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        for needle in [
            "اكتشف الاحتيال: لعبة في الطرفية",
            "الاستخدام: redflag [OPTIONS] [COMMAND]",
            "الأوامر:",
            "الخيارات:",
            "--lang <TAG>",
            "--data-dir <DIR>",
            "  check ",
        ] {
            assert!(text.contains(needle), "{args:?} {needle}:\n{text}");
        }
        assert_eq!(
            english_words(&text, HELP_NAMES),
            Vec::<String>::new(),
            "{text}"
        );
    }
    let out = redflag(data.path(), &[], &["--lang", "ar", "check", "--help"]);
    let text = stdout(&out);
    for needle in [
        "افحص حزم المحتوى",
        "المُدخلات:",
        "[DIR]...",
        "--format <FORMAT>",
        "[القيم الممكنة: human، json]",
    ] {
        assert!(text.contains(needle), "{needle}:\n{text}");
    }
    assert_eq!(
        english_words(&text, HELP_NAMES),
        Vec::<String>::new(),
        "{text}"
    );
    let english = stdout(&redflag(
        data.path(),
        &[("LANG", "ar_SA.UTF-8")],
        &["--lang", "en", "--help"],
    ));
    assert!(
        english.starts_with("Spot the scam:") && english.contains("\nOptions:\n"),
        "{english}"
    );
}

#[test]
fn the_command_line_s_own_refusals_follow_the_language() {
    let data = tempfile::tempdir().expect("tempdir");
    let out = redflag(data.path(), &[], &["--lang", "ar", "--seed", "x"]);
    let said = stderr(&out);
    assert!(
        said.contains("يجب أن تكون البذرة عددًا صحيحًا من 0 إلى 18446744073709551615"),
        "{said}"
    );
    let out = redflag(data.path(), &[], &["--seed", "x"]);
    assert!(
        stderr(&out).contains("seed must be a whole number"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn clap_s_own_mistakes_are_told_in_arabic_with_clap_s_exit_code() {
    let data = tempfile::tempdir().expect("tempdir");
    let out = redflag(data.path(), &[], &["--lang", "ar", "--bogus"]);
    let said = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{said}");
    assert!(said.starts_with("خطأ: «--bogus» غير متوقَّع هنا"), "{said}");
    assert!(said.contains("الاستخدام: redflag"), "{said}");
    assert!(
        english_words(&said, &["redflag"]).is_empty(),
        "{said}\n{:?}",
        english_words(&said, &["redflag"])
    );
    let out = redflag(data.path(), &[("LANG", "ar_SA.UTF-8")], &["chek"]);
    assert!(stderr(&out).contains("«check»"), "{}", stderr(&out));
    let out = redflag(data.path(), &[], &["--bogus"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).starts_with("error: unexpected argument '--bogus' found"),
        "{}",
        stderr(&out)
    );
}

/// A profile saved by a newer redflag, which this one refuses to read or open.
fn newer_profile(data: &Path, folder: &str) {
    let dir = data.join("profiles").join(folder);
    fs::create_dir_all(&dir).expect("folder");
    fs::write(dir.join("profile.json"), "{\"schema\": 999}").expect("write");
}

/// The save errors a command meets are said in the language chosen for it: `--lang`, the
/// locale, or the profile's saved choice; English stays as it was.
#[test]
fn save_errors_are_told_in_the_command_s_language() {
    let data = tempfile::tempdir().expect("tempdir");
    newer_profile(data.path(), "robin");
    let newer_ar = "كتبته نسخة أحدث من redflag";
    let newer_en = "was written by a newer redflag (save format 999";
    // First in English, before `--lang` saves a choice for the profile.
    let out = redflag(data.path(), &[], &["stats", "--profile", "Robin"]);
    assert!(stderr(&out).contains(newer_en), "{}", stderr(&out));
    // `stats` reads the profile; `play --plain` opens it.
    for args in [
        &["stats", "--lang", "ar", "--profile", "Robin"][..],
        &["--plain", "--lang", "ar", "--profile", "Robin"],
    ] {
        let out = redflag(data.path(), &[], args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(
            stderr(&out).contains(newer_ar),
            "{args:?}: {}",
            stderr(&out)
        );
    }
    let out = redflag(
        data.path(),
        &[("LANG", "ar_SA.UTF-8")],
        &["stats", "--profile", "Robin"],
    );
    assert!(stderr(&out).contains(newer_ar), "{}", stderr(&out));
    // The profile's own choice, saved in settings.toml.
    fs::write(
        data.path().join("settings.toml"),
        "last_profile = \"Robin\"\n[languages]\nrobin = \"ar\"\n",
    )
    .expect("settings");
    let out = redflag(data.path(), &[], &["stats"]);
    assert!(stderr(&out).contains(newer_ar), "{}", stderr(&out));
    let out = redflag(data.path(), &[], &["--plain"]);
    assert!(stderr(&out).contains(newer_ar), "{}", stderr(&out));

    // A settings file that cannot be read: its own words in the command line's language.
    fs::write(data.path().join("settings.toml"), "last_profile = [\n").expect("damaged");
    let out = redflag(data.path(), &[], &["stats", "--lang", "ar"]);
    let said = stderr(&out);
    assert!(said.contains("فلا يعرف redflag من لعب آخر مرة"), "{said}");
    assert!(said.contains("الملفات الشخصية هنا: robin"), "{said}");
    assert!(!said.contains("cannot tell who played last"), "{said}");
    let out = redflag(data.path(), &[], &["stats"]);
    assert!(
        stderr(&out).contains("so redflag cannot tell who played last"),
        "{}",
        stderr(&out)
    );
}

/// `redflag team` names a profile it cannot read, and why, in the trainer's language.
#[test]
fn team_says_why_a_profile_was_not_read_in_arabic() {
    let data = tempfile::tempdir().expect("tempdir");
    newer_profile(data.path(), "robin");
    let folder = data.path().display().to_string();
    let out = redflag(
        data.path(),
        &[],
        &[
            "team",
            "--lang",
            "ar",
            "--data-dir",
            &folder,
            "--format",
            "md",
        ],
    );
    let said = stderr(&out);
    assert!(said.contains("كتبته نسخة أحدث من redflag"), "{said}");
    assert!(!said.contains("was written by"), "{said}");
}
