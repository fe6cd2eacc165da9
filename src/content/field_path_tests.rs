//! Field paths read and write exactly the strings packs and saves use.

use super::*;

/// One of each shape of path: a lone field, a numbered item, a part of one, a post's link.
const FORMS: &[&str] = &[
    "from_name",
    "reply_to",
    "body",
    "sender",
    "text",
    "link",
    "link.text",
    "link.1",
    "link.12",
    "link.1.text",
    "line.5",
    "reply.2.handle",
    "field.1",
    "field.3.value",
];

#[test]
fn the_table_follows_the_declaration_order() {
    for (i, (kind, name)) in KINDS.iter().enumerate() {
        assert_eq!(*kind as usize, i, "{name}");
        assert_eq!(FieldKind::from_name(name), Some(*kind));
    }
    for (i, (part, name)) in PARTS.iter().enumerate() {
        assert_eq!((*part as usize, Part::from_name(name)), (i, Some(*part)));
    }
}

#[test]
fn every_form_reads_and_writes_back_the_same() {
    for form in FORMS {
        let path: FieldPath = form.parse().expect(form);
        assert_eq!(path.to_string(), *form);
    }
    assert_eq!(
        "link.2.text".parse::<FieldPath>(),
        Ok(FieldPath::nth(FieldKind::Link, 1).with(Part::Text))
    );
    assert_eq!("body".parse(), Ok(FieldPath::new(FieldKind::Body)));
}

#[test]
fn every_field_and_anchor_of_the_built_in_pack_round_trips() {
    let pack = crate::builtin::pack().expect("pack");
    let mut seen = 0;
    for scenario in &pack.scenarios {
        let body = scenario.body().expect("body");
        for field in body.fields() {
            let text = field.path.to_string();
            assert_eq!(text.parse(), Ok(field.path), "{}", scenario.id);
            seen += 1;
        }
        for e in scenario.evidence() {
            let path = e.at.field().expect("every anchor names a field");
            assert_eq!(path.to_string().parse(), Ok(path), "{}", scenario.id);
        }
    }
    assert!(seen > 1000, "{seen}");
}

#[test]
fn bad_paths_are_refused() {
    for bad in [
        "",
        "lnik.1",
        "Body",
        "body ",
        "link.0",
        "link.01",
        "link.+1",
        "link.1.txt",
        "link.1.text.text",
        "link.1x",
        "link.99999999999999999999999",
        "text.",
        "link.text.1",
        "link..1",
        "link.",
        "reply.1.2",
    ] {
        assert_eq!(
            bad.parse::<FieldPath>(),
            Err(NotAFieldPath(bad.to_string())),
            "{bad:?}"
        );
    }
}

#[test]
fn whatever_parses_writes_back_as_it_was_written() {
    let mut pieces: Vec<&str> = KINDS.iter().map(|k| k.1).collect();
    pieces.extend(["1", "0", "01", "12", "+1", "value", "x", ""]);
    let mut parsed = 0;
    for a in &pieces {
        for b in &pieces {
            for c in &pieces {
                for text in [format!("{a}.{b}"), format!("{a}.{b}.{c}")] {
                    if let Ok(path) = text.parse::<FieldPath>() {
                        assert_eq!(path.to_string(), text);
                        parsed += 1;
                    }
                }
            }
        }
    }
    assert!(parsed > 1000, "{parsed}");
}

#[test]
fn serde_uses_the_written_form() {
    let path = FieldPath::nth(FieldKind::Reply, 0).with(Part::Handle);
    let json = serde_json::to_string(&path).expect("json");
    assert_eq!(json, "\"reply.1.handle\"");
    assert_eq!(
        serde_json::from_str::<FieldPath>(&json).expect("back"),
        path
    );
    assert!(serde_json::from_str::<FieldPath>("\"lnik.1\"").is_err());
}
