# The English catalog: every other catalog has the same message ids (a test checks it).
# Placeables are not wrapped in direction isolates: redflag's own bidi layer orders each line.

## The language itself: its name in its own words, and which way its text runs (ltr or rtl).

language-name = English
language-direction = ltr

## Choosing the language (--lang).

# A language as listed: its own name, then its tag.
lang-listed = { $name } ({ $tag })
lang-unknown = redflag has no catalog for "{ $tag }"; the languages are: { $known }.

## Counting: the pattern for every count (Arabic has six plural forms, English two).

scenario-count = { $count ->
    [one] { $count } scenario
   *[other] { $count } scenarios
}


## ---- strings ----
## The words for what the core returns (src/strings): notices, saves, achievements, ranks, statistics, evidence labels, round results.

# (end of strings)


## ---- plain ----
## Plain mode (src/plain): its prompts, round text and summary.

# (end of plain)


## ---- tui-round ----
## The round in the TUI (src/tui/screens question, feedback, summary, confirm, overlay; src/tui/channels; src/tui/text).

# (end of tui-round)


## ---- tui-menu ----
## The rest of the TUI (menu, name, training path, stats, briefing, certificate, dialogs, messages, key lines).

# (end of tui-menu)


## ---- commands ----
## Commands and their errors (src/commands, src/cli.rs, --help, src/output).

# (end of commands)


## ---- reports ----
## Reports, certificates and team summaries (src/report).

# (end of reports)


## ---- serve ----
## The server, as its players and its operator read it (src/serve).

# (end of serve)


## ---- team ----
## The trainer view of a cohort (redflag team, the serve trainer key).

# (end of team)
