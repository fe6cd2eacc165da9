//! The statements' shape, and that they are written as the rounds are read.

use super::*;

#[test]
fn a_statement_keeps_the_shape_and_key_order_it_has_always_had() {
    let report: Report = serde_json::from_str(
        r#"{
        "schema": 1, "kind": "redflag-report", "generated": "2026-01-02T03:04:05Z",
        "profile": "eve", "packs": [], "pass_mark": 80, "answered": 1, "correct": 1,
        "misses": 0, "false_alarms": 0, "points": 10, "by_theme": {}, "by_channel": {},
        "by_cue": {}, "modules": [], "path_complete": false,
        "rounds": [{
            "schema": 1, "profile": "eve", "started": "2026-01-02T03:00:00Z",
            "finished": "2026-01-02T03:01:00Z", "mode": "practice", "seed": 1,
            "answered": 1, "correct": 1, "misses": 0, "false_alarms": 0, "points": 10,
            "seconds": 4.25,
            "answers": [{
                "at": "2026-01-02T03:00:30Z", "scenario": "s1", "channel": "sms",
                "theme": "myths", "verdict": "dangerous", "given": "dangerous",
                "outcome": "hit", "cues": [], "inspected": true, "seconds": 4.25, "points": 10
            }]
        }]
    }"#,
    )
    .expect("a report");
    let text = serde_json::to_string(&statements(&report)).expect("json");
    let answered = r#"{"actor":{"account":{"homePage":"https://redflag.example","name":"eve"},"name":"eve","objectType":"Agent"},"context":{"contextActivities":{"parent":[{"definition":{"name":{"en-US":"practice round"},"type":"http://adlnet.gov/expapi/activities/assessment"},"id":"https://redflag.example/xapi/rounds/practice","objectType":"Activity"}]}},"id":""#;
    assert!(text.starts_with(&format!("[{answered}")), "{text}");
    assert!(text.contains(r#""object":{"definition":{"choices":[{"description":{"en-US":"safe"},"id":"safe"},{"description":{"en-US":"dangerous"},"id":"dangerous"}],"correctResponsesPattern":["dangerous"],"description":{"en-US":"myths sms (dangerous)"},"interactionType":"choice","name":{"en-US":"s1"},"type":"http://adlnet.gov/expapi/activities/cmi.interaction"},"id":"https://redflag.example/xapi/scenarios/s1","objectType":"Activity"},"result":{"duration":"PT4.25S","response":"dangerous","score":{"max":50,"min":0,"raw":10},"success":true},"timestamp":"2026-01-02T03:00:30+00:00","verb":{"display":{"en-US":"answered"},"id":"http://adlnet.gov/expapi/verbs/answered"}}"#), "{text}");
    assert!(text.contains(r#""result":{"completion":true,"duration":"PT4.25S","score":{"max":100,"min":0,"raw":100,"scaled":1.0},"success":true},"timestamp":"2026-01-02T03:01:00+00:00","verb":{"display":{"en-US":"completed"}"#), "{text}");
    let mut streamed = Vec::new();
    let mut without = report.clone();
    let rounds = std::mem::take(&mut without.rounds);
    write_statements(&mut streamed, &without, rounds.into_iter()).expect("written");
    assert_eq!(
        String::from_utf8(streamed).expect("utf-8"),
        serde_json::to_string_pretty(&statements(&report)).expect("json"),
        "streamed or whole, the same text"
    );
}

/// A writer that notes how many rounds had been read each time it is written to.
struct Watching<'a> {
    written: Vec<u8>,
    read_by_then: Vec<(usize, usize)>,
    rounds_read: &'a std::cell::Cell<usize>,
}

impl std::io::Write for Watching<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.written.extend_from_slice(buf);
        self.read_by_then
            .push((self.written.len(), self.rounds_read.get()));
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn statements_are_written_as_the_rounds_are_read_never_all_first() {
    let round: HistoryRound = toml::from_str(
        r#"
        schema = 1
        profile = "eve"
        started = "2026-01-02T03:00:00Z"
        finished = "2026-01-02T03:01:00Z"
        mode = "practice"
        seed = 1
        answered = 1
        correct = 1
        misses = 0
        false_alarms = 0
        points = 10
        seconds = 4.0
        [[answers]]
        at = "2026-01-02T03:00:30Z"
        scenario = "s1"
        channel = "sms"
        theme = "myths"
        verdict = "dangerous"
        given = "dangerous"
        outcome = "hit"
        inspected = true
        seconds = 4.0
        points = 10
        "#,
    )
    .expect("a round");
    let report: Report = serde_json::from_str(
        r#"{"schema": 1, "kind": "redflag-report", "generated": "2026-01-02T03:04:05Z",
        "profile": "eve", "packs": [], "pass_mark": 80, "answered": 0, "correct": 0,
        "misses": 0, "false_alarms": 0, "points": 0, "by_theme": {}, "by_channel": {},
        "by_cue": {}, "modules": [], "path_complete": false, "rounds": []}"#,
    )
    .expect("a report");
    let total = 200;
    let rounds_read = std::cell::Cell::new(0);
    let rounds = (0..total).map(|_| {
        rounds_read.set(rounds_read.get() + 1);
        round.clone()
    });
    let mut out = Watching {
        written: Vec::new(),
        read_by_then: Vec::new(),
        rounds_read: &rounds_read,
    };
    write_statements(&mut out, &report, rounds).expect("written");
    let half = out.written.len() / 2;
    let (_, read_at_half) = out
        .read_by_then
        .iter()
        .find(|(written, _)| *written >= half)
        .copied()
        .expect("writes");
    assert!(
        read_at_half <= total / 2 + 1,
        "{read_at_half} of {total} rounds read before half the output was written"
    );
    assert_eq!(rounds_read.get(), total);
}
