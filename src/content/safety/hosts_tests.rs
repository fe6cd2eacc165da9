//! The address rules, tried on what authors write and on what attackers would.

use super::*;

fn hosts(text: &str) -> Vec<String> {
    addresses(text, &[], Reading::Prose)
        .into_iter()
        .map(|f| f.snippet)
        .collect()
}

fn breaches(text: &str) -> Vec<Breach> {
    addresses(text, &[], Reading::Prose)
        .into_iter()
        .map(|f| f.breach)
        .collect()
}

#[test]
fn reserved_names_pass() {
    for ok in [
        "billing@adharbor.example",
        "https://ads.adharbor.example/billing?x=1",
        "see www.example.com now",
        "mail.test and foo.invalid",
        "https://xn--dharbor-7fg.example/login",
        "http://203.0.113.7/login",
        "brief.pdf.scr, report.docm and setup.exe",
        "Download AdsEditor_Setup.zip",
        "@AdHarbor_HelpDesk replied",
        "e.g. this and U.S. that",
        "C:\\Users\\alex\\brief.pdf",
        "https://[2001:db8::1]/login and 2001:db8:85a3::8a2e:370:7334",
        "at 10:30:15, ratio 1:1:2, Note:: and MAC 00:1A:2B:3C:4D:5E",
    ] {
        assert!(hosts(ok).is_empty(), "{ok}: {:?}", hosts(ok));
    }
}

#[test]
fn real_names_fail() {
    for bad in [
        "write to help@gmail.com",
        "https://bit.ly/abc",
        "go to paypal.com today",
        "http://10.0.0.1/admin",
        "https://аdharbor.example/login",
        "www.realbank.co.uk",
        "download google.zip now",
        "see notes.md",
    ] {
        assert_eq!(hosts(bad).len(), 1, "{bad}");
    }
}

#[test]
fn look_alike_dots_and_letters_count_as_what_they_show() {
    for bad in [
        "paypal．com",
        "paypal。com",
        "ｐａｙｐａｌ.ｃｏｍ",
        "paypal﹒com/login",
    ] {
        assert_eq!(
            breaches(bad),
            [Breach::UnreservedDomain("paypal.com".into())],
            "{bad}"
        );
        // The snippet is the text as written, so that its line can be found.
        assert_eq!(hosts(bad), [bad.to_string()]);
    }
    assert_eq!(
        breaches("help＠gmail．com"),
        [Breach::UnreservedDomain("gmail.com".into())]
    );
    assert_eq!(
        breaches("８.８.８.８"),
        [Breach::Ip("8.8.8.8".parse().expect("ip"))]
    );
}

#[test]
fn a_backslash_ends_a_url_s_host_as_browsers_read_it() {
    for bad in [
        "https://evil.com\\@bank.example/",
        "https:\\\\evil.com\\login",
        "https:/\\evil.com/",
        "go:https://evil.com",
    ] {
        assert_eq!(
            breaches(bad),
            [Breach::UnreservedDomain("evil.com".into())],
            "{bad}"
        );
    }
    assert!(hosts("https://bank.example\\@x").is_empty());
}

#[test]
fn ipv6_literals_outside_the_documentation_range_fail() {
    for bad in [
        "https://[2001:4860:4860::8888]/",
        "server 2001:4860:4860::8888.",
        "[::1]",
        "http://[::ffff:8.8.8.8]/x",
        "fe80::1%eth0",
    ] {
        let found = breaches(bad);
        assert!(
            found.len() == 1 && matches!(found[0], Breach::Ip(IpAddr::V6(_))),
            "{bad}: {found:?}"
        );
    }
}

#[test]
fn file_names_are_files_in_an_attachment_s_name_only() {
    let read = |text, reading| addresses(text, &[], reading).len();
    for name in [
        "google.zip",
        "clip.mov",
        "notes.md",
        "Brief.zip",
        "تقرير.zip",
    ] {
        assert_eq!(read(name, Reading::Prose), 1, "{name}");
        assert_eq!(read(name, Reading::FileName), 0, "{name}");
    }
    // An address is still an address in a file's name.
    assert_eq!(read("https://evil.com/a.zip", Reading::FileName), 1);
    assert_eq!(read("x@gmail.com.pdf", Reading::FileName), 1);
}

#[test]
fn arabic_punctuation_ends_an_address() {
    for ok in [
        "راسلنا على help@testco.example، شكرا",
        "زر https://testco.example/login؟",
        "الموقع testco.example؛ ثم",
        "«testco.example» و billing.testco.example۔",
        "ملف تقرير.pdf مرفق",
        "د.أحمد وأ.د.سارة",
    ] {
        assert!(hosts(ok).is_empty(), "{ok}: {:?}", breaches(ok));
    }
    assert_eq!(
        breaches("راسلنا على help@gmail.com، شكرا"),
        [Breach::UnreservedDomain("gmail.com".into())]
    );
}

#[test]
fn raw_letters_of_other_scripts_in_a_host_fail_and_punycode_passes() {
    for bad in [
        "https://بنك.example/login",
        "بنك.example",
        "زوروا موقع.مصر",
        "info@بنك.example",
    ] {
        let found = breaches(bad);
        assert!(
            found.len() == 1 && matches!(found[0], Breach::NonAsciiDomain { .. }),
            "{bad}: {found:?}"
        );
    }
    assert!(hosts("https://xn--mgbh0fb.example/login").is_empty());
}

#[test]
fn allowed_domains_pass_with_subdomains() {
    let allowed = vec!["acme-corp.com".to_string()];
    let read = |text| addresses(text, &allowed, Reading::Prose);
    assert!(read("https://mail.acme-corp.com/x and it@acme-corp.com").is_empty());
    assert_eq!(read("acme-corp.co").len(), 1);
}
