//! Which last labels make a dotted word a live address in prose. A word like `google.zip` or
//! `notes.md` is a file name to its author and a registered domain to a browser, so prose may
//! not use it unless it is under a reserved name; an attachment's name is a file name and is
//! not read this way (see `hosts`).

/// Country-code top-level domains: every one delegated.
const COUNTRY: &str = "\
    ac ad ae af ag ai al am ao aq ar as at au aw ax az \
    ba bb bd be bf bg bh bi bj bm bn bo bq br bs bt bw by bz \
    ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz \
    de dj dk dm do dz ec ee eg er es et eu fi fj fk fm fo fr \
    ga gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu \
    id ie il im in io iq ir is it je jm jo jp \
    ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly \
    ma mc md me mg mh mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz \
    na nc ne nf ng ni nl no np nr nu nz om \
    pa pe pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru rw \
    sa sb sc sd se sg sh si sk sl sm sn so sr ss st su sv sx sy sz \
    tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug uk us uy uz \
    va vc ve vg vi vn vu wf ws ye yt za zm zw";

/// Generic top-level domains common in real links, and those most used for scams, including
/// the ones that read as file extensions (`zip`, `mov`).
const GENERIC: &str = "\
    com net org edu gov mil int info biz name mobi asia \
    app dev page zip mov \
    xyz online site shop store tech cloud live link click top club vip news email support help \
    pro bank finance money win bid loan work agency digital media social marketing \
    icu cyou sbs bond cfd rest quest buzz lol bar monster beauty hair skin makeup autos boats \
    yachts homes mom fun space website world life best ink art blog chat games video zone \
    tools team group company services solutions network systems software host hosting domains \
    download review party stream science trade racing cricket accountant men gdn cam surf";

/// Top-level names reserved for documentation and testing (RFC 2606).
pub const RESERVED: &[&str] = &["example", "test", "invalid"];

/// Whether a dotted word ending in `label` reads as a live address.
pub fn is_top_level(label: &str) -> bool {
    if label.is_empty() {
        return false;
    }
    if !label.is_ascii() {
        // A top-level domain in another script (`.مصر`, `.рф`): any word of letters.
        return label.chars().all(char::is_alphabetic);
    }
    let label = label.to_ascii_lowercase();
    label.starts_with("xn--")
        || RESERVED.contains(&label.as_str())
        || COUNTRY.split_whitespace().any(|t| t == label)
        || GENERIC.split_whitespace().any(|t| t == label)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_and_reserved_suffixes_are_top_level() {
        for tld in [
            "com",
            "COM",
            "zip",
            "mov",
            "md",
            "uk",
            "example",
            "xn--mgbaam7a8h",
            "مصر",
        ] {
            assert!(is_top_level(tld), "{tld}");
        }
        for not in ["pdf", "docx", "exe", "txt", "", "e", "g", "x1", "٣"] {
            assert!(!is_top_level(not), "{not}");
        }
    }

    #[test]
    fn the_lists_are_lowercase_words_without_repeats() {
        let mut all: Vec<&str> = COUNTRY.split_whitespace().collect();
        all.extend(GENERIC.split_whitespace());
        assert!(
            all.iter()
                .all(|t| t.bytes().all(|b| b.is_ascii_lowercase()))
        );
        let count = all.len();
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), count, "a suffix is listed twice");
    }
}
