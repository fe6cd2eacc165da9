//! The safe-fake-content rules against text that Unicode can disguise, run as an author would:
//! invisible and format characters, look-alike dots, phone numbers in other digits or with
//! other spaces, backslash URLs, IPv6 literals, escapes in strings no other rule reads, file
//! suffixes that are real domains, and two packs with one id. And the other side: text that
//! Arabic authors write every day (an Arabic comma after an address, an Arabic file name, an IP
//! address in brackets) stays clean.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn redflag(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_redflag"))
        .args(args)
        .output()
        .expect("runs")
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("mkdir");
    for entry in fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).expect("copy");
        }
    }
}

/// A copy of the minimal valid pack in `dir/name`.
fn pack_in(dir: &Path, name: &str) -> PathBuf {
    let root = dir.join(name);
    copy_dir(Path::new("tests/packs/minimal"), &root);
    root
}

fn edit(path: &Path, from: &str, to: &str) {
    let old = fs::read_to_string(path).expect("read");
    assert!(old.contains(from), "fixture has {from:?}");
    fs::write(path, old.replacen(from, to, 1)).expect("write");
}

const SAFE_BODY: &str = "The office is closed on Friday. Nothing to do.";

/// The minimal pack with `text` (TOML string content: escapes allowed) put in the safe
/// scenario's body, checked. Returns the exit code and everything said.
fn check_body(text: &str) -> (Option<i32>, String) {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = pack_in(dir.path(), "pack");
    edit(
        &root.join("email/good-safe.toml"),
        SAFE_BODY,
        &format!("{SAFE_BODY} {text}"),
    );
    let out = redflag(&["check", root.to_str().expect("utf-8 path")]);
    (out.status.code(), common::text(&out))
}

fn refused(text: &str, needles: &[&str]) {
    let (code, said) = check_body(text);
    assert_eq!(code, Some(1), "{text} is refused:\n{said}");
    assert!(
        said.contains("good-safe.toml:14"),
        "names file and line:\n{said}"
    );
    for needle in needles {
        assert!(said.contains(needle), "{text}: says {needle:?}:\n{said}");
    }
    assert!(!said.contains("panicked"), "{said}");
}

fn accepted(text: &str) {
    let (code, said) = check_body(text);
    assert_eq!(code, Some(0), "{text} is accepted:\n{said}");
}

// ---------------------------------------------------------------- refused

#[test]
fn every_default_ignorable_and_format_character_is_refused() {
    // Written raw and as TOML escapes: word joiner, invisible times, inhibit symmetric
    // swapping, variation selector 16, a tag letter, language tag, soft hyphen, Mongolian vowel
    // separator, Hangul filler, combining grapheme joiner, Khmer inherent vowel, a musical
    // format character, a reserved default-ignorable, and the marks refused before.
    let codes = [
        0x2060, 0x2062, 0x206A, 0xFE0F, 0xE0041, 0xE0001, 0x00AD, 0x180E, 0x3164, 0x034F, 0x17B4,
        0x1D173, 0xFFF0, 0x200F, 0x061C, 0x202E,
    ];
    let escape = |code: u32| {
        if code > 0xFFFF {
            format!("\\U{code:08X}")
        } else {
            format!("\\u{code:04X}")
        }
    };
    let escaped: Vec<String> = codes
        .iter()
        .map(|&c| format!("pay{}pal", escape(c)))
        .collect();
    let needles: Vec<String> = codes.iter().map(|c| format!("U+{c:04X}")).collect();
    let needles: Vec<&str> = needles.iter().map(String::as_str).collect();
    refused(&escaped.join(" "), &needles);
    // Raw in the file: refused before the file is parsed.
    refused("pay\u{2060}pal.com", &["U+2060"]);
}

#[test]
fn look_alike_dots_and_letters_are_read_as_what_they_show() {
    refused(
        "Go to paypal．com now.",
        &["\"paypal.com\"", "not reserved"],
    );
    refused("Go to paypal。com now.", &["\"paypal.com\""]);
    refused("Go to ｐａｙｐａｌ.ｃｏｍ now.", &["\"paypal.com\""]);
    refused("Write to help＠gmail．com.", &["\"gmail.com\""]);
}

#[test]
fn phone_numbers_with_other_spaces_or_digits_are_refused() {
    for number in [
        "+1\\u00A0212\\u00A0736\\u00A00000",
        "+1\\u202F212\\u2009736\\u20090000",
        "+1\\u2011212\\u2011736\\u20110000",
        "٠٢٠ ٧٩٤٦ ٠٠١٨",
        "+٩٧١ ٥٠ ١٢٣ ٤٥٦٧",
        "۰۲۰ ۷۹۴۶ ۰۰۱۸",
        "٠٢٠ 7946 ۰۰۱۸",
    ] {
        refused(&format!("Call {number} today."), &["real phone number"]);
    }
}

#[test]
fn fiction_numbers_in_other_digits_are_accepted() {
    for number in [
        "٥٥٥-٠١٤٢",
        "+١ ٢١٢ ٥٥٥ ٠١٠٠",
        "۰۷۷۰۰ ۹۰۰۱۲۳",
        "+1\\u00A0212\\u00A0555\\u00A00199",
    ] {
        accepted(&format!("Call {number} today."));
    }
}

#[test]
fn a_backslash_url_is_read_as_a_browser_reads_it() {
    refused(
        "See https://evil.com\\\\@testco.example/login now.",
        &["\"evil.com\"", "not reserved"],
    );
    refused(
        "See https:\\\\\\\\evil.com\\\\login now.",
        &["\"evil.com\""],
    );
}

#[test]
fn ipv6_literals_must_be_in_the_documentation_range() {
    refused(
        "Log in at https://[2001:4860:4860::8888]/admin today.",
        &["2001:4860:4860::8888", "2001:db8::/32"],
    );
    refused("The server [::1] answered.", &["::1"]);
    accepted("Log in at https://[2001:db8::7]/admin from 2001:db8:85a3::8a2e:370:7334.");
}

#[test]
fn file_suffixes_that_are_real_domains_are_refused_in_prose_only() {
    refused(
        "Download google.zip today.",
        &["\"google.zip\"", "not reserved"],
    );
    refused("Watch promo.mov now.", &["\"promo.mov\""]);
    // In an attachment's name, a file name is a file name.
    let dir = tempfile::tempdir().expect("tempdir");
    let root = pack_in(dir.path(), "pack");
    edit(
        &root.join("email/good-safe.toml"),
        "subject =",
        "attachments = [{ name = \"google.zip\", size = \"1 MB\" }, { name = \"promo.mov\" }, { name = \"تقرير الحملة.pdf\" }, { name = \"ملف.zip\" }]\nsubject =",
    );
    let out = redflag(&["check", root.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(0), "{}", common::text(&out));
}

#[test]
fn escapes_in_an_attachment_s_size_are_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = pack_in(dir.path(), "pack");
    edit(
        &root.join("email/good-safe.toml"),
        "subject =",
        "attachments = [{ name = \"plan.pdf\", size = \"2 MB\\u001b]52;c;ZXZpbA==\\u0007\" }]\nsubject =",
    );
    let out = redflag(&["check", root.to_str().expect("path")]);
    let said = common::text(&out);
    assert_eq!(out.status.code(), Some(1), "{said}");
    for needle in [
        "good-safe.toml:13",
        "email.attachments.1.size",
        "U+001B",
        "U+0007",
    ] {
        assert!(said.contains(needle), "says {needle}:\n{said}");
    }
    // The manifest's strings too.
    edit(
        &root.join("email/good-safe.toml"),
        "\\u001b]52;c;ZXZpbA==\\u0007",
        "",
    );
    edit(
        &root.join("pack.toml"),
        "version = \"0.1.0\"",
        "version = \"0.1.0\\u2066\"",
    );
    let out = redflag(&["check", root.to_str().expect("path")]);
    let said = common::text(&out);
    assert_eq!(out.status.code(), Some(1), "{said}");
    assert!(
        said.contains("pack.toml:4") && said.contains("version") && said.contains("U+2066"),
        "{said}"
    );
}

#[test]
fn two_packs_with_one_id_are_refused_naming_both_folders() {
    let dir = tempfile::tempdir().expect("tempdir");
    let first = pack_in(dir.path(), "first");
    let second = pack_in(dir.path(), "second");
    for (file, id) in [("good-phish", "other-phish"), ("good-safe", "other-safe")] {
        let path = second.join(format!("email/{file}.toml"));
        edit(
            &path,
            &format!("id = \"{file}\""),
            &format!("id = \"{id}\""),
        );
    }
    let out = redflag(&[
        "check",
        first.to_str().expect("path"),
        second.to_str().expect("path"),
    ]);
    let said = common::text(&out);
    assert_eq!(out.status.code(), Some(1), "{said}");
    let line = said
        .lines()
        .find(|l| l.contains("pack id"))
        .unwrap_or_else(|| panic!("a pack id problem:\n{said}"));
    assert!(
        line.contains(&second.join("pack.toml:1").display().to_string())
            && line.contains(&first.display().to_string())
            && line.contains("\"test-minimal\""),
        "{line}"
    );
    assert_eq!(
        said.matches("pack id").count(),
        1,
        "only the second: {said}"
    );
    // Nor will they play together.
    let data = tempfile::tempdir().expect("tempdir");
    let play = common::plain(
        data.path(),
        &[
            "--no-save",
            "--no-builtin",
            "--content",
            first.to_str().expect("path"),
            "--content",
            second.to_str().expect("path"),
        ],
        "",
    );
    let said = common::text(&play);
    assert_eq!(play.status.code(), Some(1), "{said}");
    assert!(
        said.contains("pack id \"test-minimal\"")
            && said.contains(&first.display().to_string())
            && said.contains(&second.display().to_string()),
        "{said}"
    );
}

// ---------------------------------------------------------------- every script

#[test]
fn arabic_letters_in_a_host_are_refused_with_the_punycode_to_write() {
    refused(
        "Log in at https://بنك.example/login today.",
        &["\"بنك.example\"", "punycode", "\"xn--ngb8ci.example\""],
    );
    accepted("Log in at https://xn--ngb8ci.example/login today.");
}

#[test]
fn what_arabic_authors_write_every_day_is_accepted() {
    for text in [
        // An Arabic comma, semicolon, question mark and full stop straight after an address.
        "راسلنا على it@testco.example، شكرا",
        "افتح https://testco.example/login؟",
        "الموقع testco.example؛ ثم",
        "زر testco.example۔",
        "«it@testco.example»",
        // An Arabic file name mentioned in prose, an initial, and IP addresses in brackets.
        "أرسل تقرير.pdf إلى د.أحمد",
        "دخول من العنوان (203.0.113.7) أمس",
        "من 203.0.113.7 - 203.0.113.9",
    ] {
        accepted(text);
    }
}

#[test]
fn the_display_shows_the_new_characters_inert() {
    use redflag::inert::inert;
    assert_eq!(inert("pay\u{2060}pal"), "pay<U+2060>pal");
    assert_eq!(
        inert("ok\u{FE0F}\u{E0041}\u{00AD}"),
        "ok<U+FE0F><U+E0041><U+00AD>"
    );
    assert_eq!(inert("مرحبا، ٠١٢"), "مرحبا، ٠١٢");
}
