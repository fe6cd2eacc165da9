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

# Counts shown with their noun.
count-items = { $count ->
    [zero] لا عناصر
    [one] عنصر واحد
    [two] عنصران
    [few] { $count } عناصر
    [many] { $count } عنصرًا
   *[other] { $count } عنصر
}
count-points = { $count ->
    [zero] 0 نقاط
    [one] نقطة واحدة
    [two] نقطتان
    [few] { $count } نقاط
    [many] { $count } نقطة
   *[other] { $count } نقطة
}
count-attempts = { $count ->
    [zero] لا محاولات
    [one] محاولة واحدة
    [two] محاولتان
    [few] { $count } محاولات
    [many] { $count } محاولة
   *[other] { $count } محاولة
}
count-reviews = { $count ->
    [zero] لا مراجعات
    [one] مراجعة واحدة
    [two] مراجعتان
    [few] { $count } مراجعات
    [many] { $count } مراجعة
   *[other] { $count } مراجعة
}
count-seconds = { $count ->
    [zero] أقل من ثانية
    [one] ثانية واحدة
    [two] ثانيتان
    [few] { $count } ثوانٍ
    [many] { $count } ثانية
   *[other] { $count } ثانية
}

# Notices shown once when a profile opens.
notice-unsaved = تلعب دون حفظ: لن يُحتفظ بشيء من هذه الجلسة.
# $reason: the parser's own words (English); $kept: a file path.
notice-settings-kept-aside = ملف إعداداتك كان تالفًا ({ $reason }). نُقل جانبًا باسم { $kept }، وملف جديد يتذكّر من لعب آخر مرة.
# $kind: what stands there instead (file-kind-*).
notice-settings-not-a-file = ملف الإعدادات { $path } هو { $kind } وليس ملفًا عاديًا: تُرك كما هو، ولن يُتذكّر من لعب آخر مرة.
recovery-interrupted = انقطع الحفظ الأخير؛ استُعيد تقدّمك من { $from }.
recovery-damaged = ملف حفظك كان تالفًا ({ $reason }). نُقل جانبًا باسم { $kept } واستُعيد آخر تقدّم سليم لك.
recovery-lost-damaged = ملف حفظك كان تالفًا ({ $reason })، وكذلك نسخته الاحتياطية.
recovery-lost-missing = ملف حفظك كان مفقودًا، ولم تكن أي نسخة منه سليمة.
# Said after recovery-lost-*, when damaged files were kept: $files is one path, or two joined by files-two.
recovery-kept-aside = نُقلت الملفات التالفة جانبًا باسم { $files }.
files-two = { $first } و{ $second }
# $lost: recovery-lost-*; $aside: recovery-kept-aside after a space, or nothing.
recovery-rebuilt = { $lost }{ $aside } أُعيد بناء تقدّمك من { $rounds ->
    [zero] سجلّك، ولا جولات منتهية فيه
    [one] الجولة المنتهية الوحيدة في سجلّك
    [two] الجولتين المنتهيتين في سجلّك
    [few] { $rounds } جولات منتهية في سجلّك
    [many] { $rounds } جولة منتهية في سجلّك
   *[other] { $rounds } جولة منتهية في سجلّك
}؛ أما الجولة التي لم تكتمل فقد ضاعت.

# What a command that only reads a profile read instead of a file it could not use.
fallback-interrupted = انقطع الحفظ الأخير: هذه الأرقام مأخوذة من { $from }، وستستعيده اللعبة القادمة.
fallback-damaged = الملف { $path } تالف ({ $reason }): هذه الأرقام مأخوذة من آخر نسخة سليمة، { $from }، وستستعيدها اللعبة القادمة (مع نقل الملف التالف جانبًا).
fallback-lost-damaged = ملف الحفظ تالف ({ $reason })، وكذلك نسخته الاحتياطية
fallback-lost-missing = ملف الحفظ مفقود، ولا توجد نسخة سليمة منه
fallback-rebuilt = { $lost }: أُعيد بناء هذه الأرقام من { $rounds ->
    [zero] السجلّ، ولا جولات منتهية فيه
    [one] الجولة المنتهية الوحيدة في السجلّ
    [two] الجولتين المنتهيتين في السجلّ
    [few] { $rounds } جولات منتهية في السجلّ
    [many] { $rounds } جولة منتهية في السجلّ
   *[other] { $rounds } جولة منتهية في السجلّ
}، كما ستفعل اللعبة القادمة.
skipped-not-a-file = تُخطّي { $path }: إنه { $kind } وليس ملفًا عاديًا
skipped-unreadable = تُخطّي { $path }: ليس سجلّ جولة مقروءًا

# What stands where a regular file was expected, with its article.
file-kind-directory = مجلد
file-kind-fifo = أنبوب FIFO (أنبوب مسمّى)
file-kind-socket = مقبس
file-kind-block-device = جهاز كتلي
file-kind-char-device = جهاز محرفي
file-kind-link = رابط رمزي
file-kind-other = شيء آخر

# A save that failed while playing; $error: save-error-*.
save-failed = تعذّر الحفظ ({ $error }). حفظك السابق سليم، واللعبة مستمرة.
# What is wrong with a profile name, said after "profile name" (save-error-bad-name).
name-empty = فارغ: اكتب اسمًا
name-too-long = طويل جدًا: استخدم { $max } حرفًا على الأكثر
name-control-characters = فيه محارف تحكّم: استخدم الحروف والأرقام والمسافات و- و_ و.
name-path-like = لا يجوز أن يحوي / أو \ أو .. ولا أن يبدأ بنقطة: استخدم الحروف والأرقام والمسافات و- و_ و.
name-other-characters = لا يقبل إلا الحروف والأرقام والمسافات و- و_ و.
save-error-bad-name = اسم الملف الشخصي { $problem }
save-error-locked = الملف الشخصي «{ $name }» مفتوح في نسخة أخرى من redflag؛ أغلقها أولًا (لعبة واحدة لكل ملف شخصي في الوقت نفسه)
save-error-newer = { $path } كتبته نسخة أحدث من redflag (صيغة الحفظ { $found }؛ وهذه النسخة تقرأ حتى { $supported }). تُرك دون تغيير: حدّث redflag لتستخدم هذا الملف الشخصي.
# $source: the system's own words for the error.
save-error-io = { $path }: { $source }
save-error-unrecoverable = الملف { $path } تالف ({ $reason }) ولا توجد نسخة سليمة لاستعادتها؛ نُقل جانبًا باسم { $kept }
save-error-damaged = الملف { $path } تالف ({ $reason })؛ شغّل redflag بهذا الملف الشخصي لإصلاحه من آخر نسخة سليمة
save-error-not-a-file = { $path } هو { $kind } وليس ملفًا عاديًا: لا يقرأ redflag ولا يكتب إلا الملفات العادية في مجلد بياناته. انقله إلى مكان آخر وابدأ من جديد
save-error-settings-damaged = الملف { $path } تالف ({ $reason })، فلا يعرف redflag من لعب آخر مرة: استخدم --profile NAME (فتنقل اللعبة الملف التالف جانبًا وتكتب ملفًا جديدًا)
save-error-name-taken = اسم الملف الشخصي «{ $asked }» سيتشارك مجلدًا مع الملف الشخصي «{ $owner }» (الأسماء التي لا تختلف إلا في الأحرف الكبيرة أو المسافات أو الشرطات تتشارك مجلدًا): العب باسم «{ $owner }»، أو اختر اسمًا يختلف أكثر

# The role the player takes in the pack's world; $who: the pack's words ("Sam Rivera, marketing coordinator").
role = في هذه اللعبة أنت { $who }.
role-with-address = في هذه اللعبة أنت { $who } ({ $address }).
role-brief = دورك: { $who }
role-at-company = { $who } في { $company }
role-note = الرسائل في اللعبة موجّهة إلى ذلك الشخص؛ أما تقدّمك فيُحفظ باسمك أنت.

# Themes: the training modules' titles.
theme-email-threats = تهديدات البريد الإلكتروني
theme-customer-data = بيانات العملاء
theme-social-media = وسائل التواصل الاجتماعي
theme-consent-privacy = الموافقة والخصوصية
theme-myths = خرافات شائعة
module-final-exam = الاختبار النهائي
# Channels, as a scenario's header names them.
channel-email = بريد إلكتروني
channel-post = منشور
channel-message = رسالة مباشرة
channel-sms = رسالة نصية
channel-consent = شاشة موافقة
channel-permission = طلب إذن
channel-web = صفحة ويب
channel-call = مكالمة
channel-notification = إشعار
# The right answer, as "it was ..." says it.
verdict-safe = آمنة
verdict-dangerous = خطِرة

module-passed = { $module }: نجحت بنسبة { $percent }% (درجة النجاح { $mark }%).
module-not-passed = { $module }: لم تنجح بعد، { $percent }% من { $mark }% المطلوبة. أعد المحاولة من مسار التدريب.
module-unknown = لا توجد وحدة تدريب «{ $id }»: الوحدات هي { $known }
refusal-nothing-due = لا شيء للمراجعة اليوم: المهارات التي تخطئ فيها تعود بعد يوم.
refusal-no-scenarios-for-due = الحزم المحمّلة ليس فيها سيناريوهات للمهارات المستحقة.
refusal-unknown-module = لا توجد وحدة تدريب «{ $id }».
refusal-locked-module = تُفتح هذه الوحدة بعد النجاح في الوحدة التي قبلها.
refusal-nothing-to-resume = لا توجد جولة غير مكتملة لاستئنافها.

# What kind of round it was.
mode-practice = تدريب
mode-review = مراجعة
mode-spot = التقط العلامات
mode-daily = تحدي اليوم
mode-module = وحدة: { $module }
# How to play a round again; the options stay as typed.
replay-practice = البذرة { $seed }: أعد هذه الجولة بالخيارين --seed { $seed } --count { $items }
replay-spot = البذرة { $seed }: أعد هذه الجولة بالخيارات --plain --spot --seed { $seed } --count { $items }
replay-module = العب هذه الوحدة مجددًا متى شئت من مسار التدريب.
daily-done = أُنجز اليوم، { $correct }/{ $answered } صحيحة · العبه مجددًا تدريبًا
# $points: count-points.
daily-again = أنجزت تحدي اليوم من قبل: { $correct }/{ $answered } صحيحة، { $points }. أتلعبه مجددًا تدريبًا؟ لن يُسجَّل تحديًا لليوم.
daily-replay = أنجزت تحدي اليوم من قبل: { $correct }/{ $answered } صحيحة، { $points }. هذه الإعادة تدريب: لن تُسجَّل تحديًا لليوم.
certificate-pending = تأتي الشهادة بعد النجاح في كل الوحدات: { $left ->
    [zero] لم يبقَ شيء
    [one] بقيت وحدة واحدة
    [two] بقيت وحدتان
    [few] بقيت { $left } وحدات
    [many] بقيت { $left } وحدة
   *[other] بقيت { $left } وحدة
}.
caught = { $scams ->
    [zero] لم تمرّ بك عمليات احتيال
    [one] كشفتَ { $hits } من عملية احتيال واحدة
    [two] كشفتَ { $hits } من عمليتَي احتيال
    [few] كشفتَ { $hits } من { $scams } عمليات احتيال
    [many] كشفتَ { $hits } من { $scams } عملية احتيال
   *[other] كشفتَ { $hits } من { $scams } عملية احتيال
}
# Added to "caught" when scams were missed.
caught-missed = { $caught } · { $misses ->
    [zero] لم يفتك شيء
    [one] فاتتك عملية احتيال واحدة
    [two] فاتتك عمليتا احتيال
    [few] فاتتك { $misses } عمليات احتيال
    [many] فاتتك { $misses } عملية احتيال
   *[other] فاتتك { $misses } عملية احتيال
} (حكمتَ بأنها آمنة)
false-alarms = إنذارات كاذبة (عنصر آمن حكمتَ بأنه خطِر): { $alarms } من { $safe ->
    [zero] 0 عناصر آمنة
    [one] عنصر آمن واحد
    [two] عنصرين آمنين
    [few] { $safe } عناصر آمنة
    [many] { $safe } عنصرًا آمنًا
   *[other] { $safe } عنصر آمن
}
# d′ (d prime): the signal detection measure; $d has two decimals.
sensitivity = الحساسية d′ { $d }: مدى قدرتك على تمييز الاحتيال من الرسائل الآمنة (0 تخمين، وما فوق 1 جيد)
best-streak = أفضل سلسلة { $count } (إجابات صحيحة متتالية)
skill-safe = رسائل آمنة: { $theme }

rank-trainee = متدرّب
rank-spotter = راصد
rank-checker = مدقّق
rank-analyst = محلّل
rank-guardian = حارس
next-rank = { $rank } عند { $points } نقطة، مع تمييز الاحتيال من الرسائل الآمنة (حساسية d′ { $d } أو أكثر) في آخر { $recent } إجابة
achievement-first-round = الجولة الأولى
achievement-perfect-round = جولة كاملة
achievement-ten-in-a-row = عشر متتالية
achievement-inspector = المفتّش
achievement-calm-judge = الحَكَم الهادئ
achievement-week-of-practice = أسبوع من التدريب
achievement-reviewer = المراجِع
achievement-mastered-email-threats = إتقان تهديدات البريد الإلكتروني
achievement-mastered-customer-data = إتقان بيانات العملاء
achievement-mastered-social-media = إتقان وسائل التواصل الاجتماعي
achievement-mastered-consent-privacy = إتقان الموافقة والخصوصية
achievement-mastered-myths = إتقان الخرافات الشائعة
achievement-how-first-round = أنهِ جولة
achievement-how-perfect-round = كل الإجابات صحيحة في جولة من 5 عناصر أو أكثر
achievement-how-ten-in-a-row = 10 إجابات صحيحة متتالية
achievement-how-inspector = افحص كل عنصر قبل الإجابة، في جولة من 5 عناصر أو أكثر
achievement-how-calm-judge = لا إنذار كاذب في جولة فيها 3 عناصر آمنة أو أكثر، مع 80% صحيحة
achievement-how-week-of-practice = تدرّب 7 أيام متتالية
achievement-how-reviewer = أنهِ جولة مراجعة
achievement-how-mastered-email-threats = 20 إجابة أو أكثر عن تهديدات البريد الإلكتروني، 85% منها صحيحة
achievement-how-mastered-customer-data = 20 إجابة أو أكثر عن بيانات العملاء، 85% منها صحيحة
achievement-how-mastered-social-media = 20 إجابة أو أكثر عن وسائل التواصل الاجتماعي، 85% منها صحيحة
achievement-how-mastered-consent-privacy = 20 إجابة أو أكثر عن الموافقة والخصوصية، 85% منها صحيحة
achievement-how-mastered-myths = 20 إجابة أو أكثر عن الخرافات الشائعة، 85% منها صحيحة

# redflag stats, as text.
reviews-none = لا شيء
stats-profile = الملف الشخصي: { $name }  ·  الرتبة: { $rank }
stats-rounds = الجولات: { $rounds }  ·  الإجابات: { $answered } ({ $accuracy } صحيحة)  ·  النقاط: { $points }  ·  { $streak }
stats-inspected = الفحص قبل الإجابة: { $share } من الإجابات
stats-next-rank = الرتبة التالية: { $next }
# $sparkline: a row of bar characters.
stats-trend = نسبة الصحيح في كل جولة (آخر { $count }، الأقدم أولًا): { $sparkline }
stats-by-theme = حسب المحور:
stats-by-channel = حسب القناة:
stats-by-cue = حسب علامة التحذير:
stats-reviews-due = المراجعات المستحقة اليوم: { $due }
stats-achievements = الإنجازات:
stats-achievement-earned = { $name } ({ $date }): { $how }
stats-achievement-open = { $name }: { $how }

# Red flags: a short label, and a one-line meaning.
cue-urgency = ضغط للتصرف فورًا
cue-impersonation = ينتحل صفة جهة تثق بها
cue-sender-mismatch = المرسل لا يطابق
cue-lookalike-domain = عنوان مشابه
cue-credential-request = يطلب كلمة مرور أو رمزًا
cue-payment-change = يغيّر طريقة الدفع
cue-risky-attachment = مرفق خطِر
cue-wrong-channel = يأتي من القناة الخطأ
cue-lure = أجمل من أن يكون حقيقيًا
cue-excessive-scope = يطلب صلاحيات أكثر من اللازم
cue-hidden-link = يخفي وجهة الرابط
cue-secrecy = يطلب منك الكتمان
cue-data-request = يطلب بيانات العملاء
cue-inconsistency = تفاصيل لا تتسق
cue-deceptive-design = يدفعك إلى الموافقة
cue-out-of-context-permission = يطلب إذنًا لا يحتاجه الآن
cue-meaning-urgency = مهلة أو تهديد بخسارة، غرضه أن يمنعك من التحقق أولًا.
cue-meaning-impersonation = يدّعي أنه منصة أو فريق قانوني أو مدير أو مورّد أو مكتب دعم.
cue-meaning-sender-mismatch = بريد مجاني أو عنوان لا علاقة له، أو اسم العلامة التجارية في مقدمة نطاق يملكه غيرها، أو ردود تذهب إلى مكان آخر.
cue-meaning-lookalike-domain = عنوان يختلف بحرف واحد، أو فيه كلمة أو شرطة زائدة، أو امتداد آخر، أو حروف من أبجدية أخرى.
cue-meaning-credential-request = يريد كلمة مرور أو رمزًا لمرة واحدة أو رمز استرداد، أو أن تسجّل الدخول «للتحقق».
cue-meaning-payment-change = بيانات مصرفية جديدة أو بطاقات هدايا أو عملات مشفّرة أو رسم لاسترداد شيء أو تجديده.
cue-meaning-risky-attachment = ملف مضغوط أو امتداد مزدوج أو وحدات ماكرو يُطلب تشغيلها أو صفحة ويب أو برنامج بدل المستند المنتظر.
cue-meaning-wrong-channel = أمور الحساب أو السياسات تُطرح عبر دردشة أو رسالة نصية أو مكالمة خاصة بدل منطقة الإشعارات الرسمية.
cue-meaning-lure = شارة أو رعاية أو عقد كبير أو وظيفة الأحلام أو أداة مجانية أو جائزة طُعمًا.
cue-meaning-excessive-scope = تطبيق يريد أكثر مما تحتاجه المهمة، أو لم يتحقق أحد ممن نشره.
cue-meaning-hidden-link = رمز QR أو رابط مختصر يخفي وجهته الحقيقية.
cue-meaning-secrecy = «لا تتصل»، «تجاوز الموافقة»، «ليبقَ هذا بيننا».
cue-meaning-data-request = قوائم عملاء أو ملفات مصدّرة أو بيانات شخصية يطلبها شخص لم يُتحقق منه، أو تُطلب إلى عنوان شخصي.
cue-meaning-inconsistency = تحية عامة أو نبرة غريبة أو أسماء وأرقام لا تتطابق أو أخطاء.
cue-meaning-deceptive-design = خانات محددة مسبقًا أو موافقات مجمّعة أو صياغة تُشعرك بالذنب أو «لا» مخفية أو أصعب.
cue-meaning-out-of-context-permission = طلب الميكروفون أو جهات الاتصال أو الموقع عند التشغيل أو لأمر لا علاقة له.
# Signs of safety: a short label, and a one-line meaning.
sign-expected = أنت من بدأه
sign-official-channel = يمكن التحقق منه من المصدر
sign-no-link-needed = لا حاجة إلى رابط
sign-no-secrets = لا يطلب أي أسرار
sign-minimal-scope = لا يطلب إلا ما يحتاجه
sign-equal-choice = الرفض سهل كالقبول
sign-verified-contact = تأكدت منه بطريقة أخرى
sign-meaning-expected = أنت من أطلقه: تسجيل دخول أو إعادة تعيين أو دعوة قمت بها للتو.
sign-meaning-official-channel = يمكنك التأكد منه بنفسك، مثلًا في مركز الإشعارات في المنصة.
sign-meaning-no-link-needed = يطلب منك أن تفتح التطبيق أو الموقع بنفسك.
sign-meaning-no-secrets = لا يطلب أبدًا كلمة مرور أو رمزًا أو بطاقة.
sign-meaning-minimal-scope = لا يطلب إلا ما تحتاجه المهمة، ويمكن سحب الصلاحية.
sign-meaning-equal-choice = الرفض سهل كالقبول، والخانات تبدأ غير محددة، وتغيير رأيك سهل.
sign-meaning-verified-contact = تأكدت منه عبر قناة منفصلة كانت لديك من قبل.

# A scenario's fields, as people call them ("Link 2 goes to", "Reply 1 text").
field-from-name = من
field-from = عنوان المرسل
field-reply-to = الرد إلى
field-to = إلى
field-date = التاريخ
field-subject = الموضوع
field-body = النص
field-link = وجهة الرابط
field-attachment = المرفق
field-platform = المنصة
field-author = الكاتب
field-handle = الحساب
field-posted = وقت النشر
field-text = النص
field-image = الصورة
field-reactions = التفاعلات
field-reply = الرد
# A line of a call's transcript or of a chat.
field-line = الرسالة
field-sender = المرسل
field-received = وقت الوصول
field-site = الموقع
field-heading = العنوان الرئيسي
field-checkbox = خانة اختيار
field-button = الزر
field-app = التطبيق
field-publisher = الناشر
field-scope = الصلاحيات المطلوبة
field-permission = الإذن المطلوب
field-context = ما كنت تفعله
field-url = عنوان الصفحة
field-title = العنوان
field-field = حقل النموذج
field-caller = المتصل
field-number = الرقم أو الحساب
field-claims = الصفة التي يدّعيها
field-callback = رقم معاودة الاتصال
field-repeats = مرات الإرسال
field-details = التفاصيل
# The nth item of a list: "Button 2".
field-numbered = { $field } { $n }
# Where a numbered link goes, and the link as its reader sees it (its text).
field-link-goes-to = وجهة الرابط { $n }
field-link-numbered = الرابط { $n }
field-link-text = الرابط
# A part of a numbered item: "Reply 1 text".
field-with-part = { $field }: { $part }
field-part-text = النص
field-part-author = الكاتب
field-part-handle = الحساب
field-part-value = القيمة

# (end of strings)


## ---- plain ----
## Plain mode (src/plain): its prompts, round text and summary.

# The keys stay as typed: s, d, i, q.
plain-help = اكتب s (آمنة)، d (خطِرة)، i (افحص التفاصيل)، q (اخرج من الجولة).
plain-note = ملاحظة: { $text }
plain-warning = تحذير: { $text }
plain-module-locked = الوحدة «{ $id }» ({ $name }) مقفلة: انجح أولًا في { $after } ({ $after_name })
# $started: a date and time (2026-11-12 09:30).
plain-resuming = نستأنف جولتك غير المكتملة من { $started }: أجبت عن { $answered } من { $total }. (استخدم --new-round لتبدأ من جديد.)
# The round's first line; $items: count-items.
plain-begin = redflag: { $mode }، { $items }، تلعب باسم { $name }. { $help }
plain-begin-seeded = redflag: { $mode }، { $items }، البذرة { $seed }، تلعب باسم { $name }. { $help }
plain-item = == العنصر { $position } من { $total }: { $channel } ==
plain-prompt = ما حكمك (s/d/i/q)؟
# Spot mode: "m 1 3" marks fields 1 and 3.
plain-prompt-spot = علّم الحقول (m 1 3)، أو اكتب حكمك (s/d/i/q)؟
plain-round-over = == انتهت الجولة ==
plain-module-result = الوحدة: { $result }
plain-achievement = إنجاز: { $name } ({ $how })
plain-saved-for-later = إجاباتك محفوظة؛ وستُستأنف هذه الجولة في المرة القادمة.
plain-missed-one = أتريد رؤية العنصر الذي فاتك مجددًا؟ اكتب 1، أو اضغط Enter للإنهاء:
plain-missed-many = أتريد رؤية عنصر فاتك مجددًا؟ اكتب رقم مراجعته (من 1 إلى { $count })، أو اضغط Enter للإنهاء:
plain-no-review = لا توجد مراجعة برقم { $number }.
plain-review-header = == المراجعة { $number }: { $channel } ==

# How a field looks, in brackets after it.
plain-ticked = محدَّدة مسبقًا
plain-not-ticked = غير محدَّدة
plain-verified-publisher = ناشر موثَّق
plain-unverified-publisher = ناشر غير موثَّق
plain-verified = موثَّق
plain-button-primary = زر كبير بارز
plain-button-secondary = زر عادي
plain-button-link = رابط صغير باهت
# Who spoke a line of a call.
plain-speaker-them = { $field } (الطرف الآخر)
plain-speaker-you = { $field } (أنت)
plain-incoming-call = مكالمة واردة
plain-voicemail = بريد صوتي
plain-video-meeting = اجتماع فيديو
plain-notification-phone = إشعار على هاتفك
plain-notification-desktop = إشعار على حاسوبك
plain-situation = الموقف: { $text }
plain-hidden = { $field }: (مخفي؛ اكتب i لتفحصه)
plain-field-hidden-mark = الحقل { $number } مخفي: اكتب i لتفحصه أولًا، ثم علّمه.
plain-no-field = لا يوجد حقل برقم { $number }: الحقول مرقّمة من 1 إلى { $count }.
plain-nothing-marked = لم تعلّم شيئًا.
plain-marked = علّمت: { $fields }
plain-nothing-hidden = لا شيء مخفي هنا: كل شيء ظاهر أصلًا.

# Feedback; $truth: verdict-safe or verdict-dangerous.
plain-right-points = صحيح: كانت { $truth }. +{ $points } { $points ->
    [zero] نقاط
    [one] نقطة
    [two] نقطتان
    [few] نقاط
    [many] نقطة
   *[other] نقطة
}.
plain-right = صحيح: كانت { $truth }.
plain-wrong-missed = خطأ: كانت هذه خطِرة وحكمت بأنها آمنة (احتيال فاتك).
plain-wrong-false-alarm = خطأ: كانت هذه آمنة وحكمت بأنها خطِرة (إنذار كاذب).
plain-red-flags = علامات التحذير: { $title }
plain-why-safe = لماذا هي آمنة: { $title }
# A flag or sign: its label, the field it stands in, the words there, why it matters.
plain-evidence = { $label } ({ $at }): «{ $text }». { $why }
plain-lesson = الدرس: { $text }
plain-none = لا شيء
# $points: count-points; the others: field labels, or plain-none.
plain-spot-result = علاماتك (+{ $points }): وجدت { $found }؛ فاتك { $missed }؛ علامات خاطئة { $wrong }.

# The summary; its first line starts as scripts read it.
plain-score = النتيجة: { $correct }/{ $total } صحيحة، { $points }، { $streak }
plain-time = الوقت: { $seconds }؛ الفحص قبل الإجابة: { $inspected } من { $total }
plain-theme-right = { $theme }: { $right } من { $total } صحيحة
plain-review-line = مراجعة { $number }: { $title } ({ $channel }، { $verdict }): { $lesson }
plain-answered = أجبت عن { $answered } من { $items }

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
