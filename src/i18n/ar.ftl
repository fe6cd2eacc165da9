# الفهرس العربي: له معرّفات الرسائل نفسها التي في الفهرس الإنجليزي (يتحقق منها اختبار).

## اللغة نفسها: اسمها بلسانها، واتجاه كتابتها (ltr أو rtl).

language-name = العربية
language-direction = rtl

## اختيار اللغة (--lang).

# لغة في قائمة: اسمها بلسانها، ثم رمزها.
lang-listed = { $name } ({ $tag })
lang-unknown = لا يوجد في redflag فهرس للغة «{ $tag }»؛ اللغات المتاحة: { $known }.

## العدّ: نموذج كل عدد (للعربية ست صيغ جمع، وللإنجليزية صيغتان).

scenario-count = { $count ->
    [zero] لا سيناريوهات
    [one] سيناريو واحد
    [two] سيناريوهان
    [few] { $count } سيناريوهات
    [many] { $count } سيناريوًا
   *[other] { $count } سيناريو
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

# The dashboard's frame title: people in the cohort, then learners connected now.
team-title = فريق redflag · { $people ->
    [zero] لا أحد
    [one] شخص واحد
    [two] شخصان
    [few] { $people } أشخاص
    [many] { $people } شخصًا
   *[other] { $people } شخص
} · { $online } متصل
# Column headings of the people table (each at most 11 characters wide where possible).
team-col-person = المتدرّب
team-col-seen = آخر ظهور
team-col-modules = الوحدات
team-col-answers = الإجابات
team-col-accuracy = الدقة
team-col-missed = احتيال فائت
team-col-false = إنذار كاذب
# In the "Last seen" column: connected now, or how long ago the person last answered (short forms, as apps write them).
team-seen-online = ● متصل
team-seen-now = الآن
team-seen-minutes = { $count ->
    [zero] قبل { $count } د
    [one] قبل { $count } د
    [two] قبل { $count } د
    [few] قبل { $count } د
    [many] قبل { $count } د
   *[other] قبل { $count } د
}
team-seen-hours = { $count ->
    [zero] قبل { $count } س
    [one] قبل { $count } س
    [two] قبل { $count } س
    [few] قبل { $count } س
    [many] قبل { $count } س
   *[other] قبل { $count } س
}
team-seen-days = { $count ->
    [zero] قبل { $count } ي
    [one] قبل { $count } ي
    [two] قبل { $count } ي
    [few] قبل { $count } ي
    [many] قبل { $count } ي
   *[other] قبل { $count } ي
}
team-none = لا ملفات شخصية في { $dir } بعد: يظهر المتدرّبون هنا حالما يكتبون أسماءهم.
team-weakest-themes = أضعف المحاور: { $list }
team-weakest-flags = أضعف علامات التحذير: { $list }
team-weakest-none = لا شيء بعد
team-not-finished = لم يُكملوا مسار التدريب: { $names }
team-all-finished = أكمل الجميع مسار التدريب.
# A folder under profiles/ that was not read, and why.
team-unreadable = لم تُقرأ: { $list }
team-unreadable-link = { $folder } (رابط رمزي، لم يُتَّبع)
team-unreadable-other = { $folder } (ليس مجلدًا)
team-unreadable-store = { $folder } ({ $reason })
team-online-stale = قائمة المتصلين التي يكتبها الخادم قديمة (آخر نبضة { $time } UTC): لا يظهر أحد متصلًا.
team-online-no-server = لا يعمل أي خادم على مجلد البيانات هذا: لا يظهر أحد متصلًا.
team-online-unreadable = تعذّر استخدام قائمة المتصلين (online.json) لأنها { $reason }: لا يظهر أحد متصلًا.
team-online-not-a-file = ليست ملفًا عاديًا
team-online-too-large = أكبر من { $mib } ميغابايت
team-online-not-ours = ليست قائمة من خادم redflag
team-online-newer = من إصدار أحدث من redflag
team-exported = كُتب تقرير الفريق: { $files }
team-export-failed = تعذّرت كتابة تقرير الفريق: { $reason }
team-keys-choose = اختيار
team-keys-answers = الإجابات
team-keys-export = تصدير md وcsv وjson
team-keys-quit = خروج
team-keys-scroll = تمرير
team-keys-back = رجوع
team-too-small = تحتاج واجهة المدرّب إلى طرفية بحجم { $width }x{ $height } على الأقل، وحجم هذه { $cols }x{ $rows }. كبّرها، أو اضغط q للخروج.
# The person view: their name, then whether they are connected or when they were last seen.
team-person-online = { $name } · متصل الآن
team-person-seen = { $name } · آخر إجابة { $time } UTC
team-person-figures = الوحدات المجتازة { $passed } من { $modules } · { $answers ->
    [zero] لا إجابات
    [one] إجابة واحدة
    [two] إجابتان
    [few] { $answers } إجابات
    [many] { $answers } إجابة
   *[other] { $answers } إجابة
} · الدقة { $accuracy } · احتيال فائت { $missed } · إنذار كاذب { $alarms } · { $rounds ->
    [zero] لا جولات
    [one] جولة واحدة
    [two] جولتان
    [few] { $rounds } جولات
    [many] { $rounds } جولة
   *[other] { $rounds } جولة
}
team-person-finished = أكمل مسار التدريب.
team-person-not-finished = لم يُكمل مسار التدريب بعد.
team-person-fallback = قُرئت نسخة بديلة لأن الحفظ تالف أو انقطع: الأرقام من أحدث نسخة سليمة.
team-in-progress = جولة جارية ({ $mode }): أُجيب عن { $answered } من { $items }
team-no-round = لا جولة جارية.
team-no-answer-yet = لا إجابة بعد في هذه الجولة.
team-recent = الجولات المنتهية، الأحدث أولًا
team-round = { $mode }، انتهت { $time } UTC: { $right } صحيحة من { $answered }
team-col-number = #
team-col-scenario = السيناريو
team-col-truth = كانت
team-col-given = الإجابة
team-col-result = النتيجة
team-verdict-safe = آمن
team-verdict-dangerous = خطِر
team-result-right = ✓ صحيحة
team-result-missed = ✗ احتيال فائت
team-result-false = ✗ إنذار كاذب
team-mode-practice = تدريب
team-mode-review = مراجعة
team-mode-module = وحدة { $id }
team-mode-daily = تحدي اليوم { $date }
team-mode-spot = التقط العلامات
# Standard error, when `redflag team` cannot draw its dashboard (no terminal) and prints the report.
team-printing = لا توجد طرفية: يُطبع تقرير الفريق ({ $format }) بدلًا من العرض المباشر.

# (end of team)
