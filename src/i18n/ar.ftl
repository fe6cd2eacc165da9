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





# السطر العلوي في الجولة.
round-header-score = النقاط { $points } · السلسلة { $streak }
round-header-item = العنصر { $position } من { $total }
round-mode-practice = تدريب
round-mode-daily = تحدي اليوم
round-mode-spot = التقط العلامات
round-mode-review = مراجعة
round-mode-module = وحدة تدريبية
round-situation = الموقف:
# على الحافة السفلية لإطار الرسالة.
round-inspected = تم الفحص ✓
round-inspect-hint = i: افحص
round-scroll-hint = ↑↓ للتمرير

# عمل كل مفتاح، في سطر المفاتيح أسفل الشاشة.
round-key-field = الجزء التالي
round-key-mark = ضع علامة ⚑?
round-key-safe = آمن
round-key-dangerous = خطِر
round-key-inspect = افحص
round-key-scroll = تمرير
round-key-briefing = الإحاطة
round-key-help = مساعدة
round-key-quit = خروج
round-key-start = ابدأ
round-key-next = التالي
round-key-results = النتائج
round-key-scroll-message = تمرير الرسالة
round-key-choose = اختر
round-key-see-again = اعرضه مجددًا
round-key-back = رجوع
round-key-play-round = العب جولة
round-key-training-path = مسار التدريب
round-key-menu = القائمة
round-key-play-again = العب مجددًا
round-key-back-to-results = العودة إلى النتائج

# أزرار الحكم تحت الرسالة.
round-verdict-prompt = حكمك:
round-button-safe = آمن
round-button-dangerous = خطِر
round-verdict-hint-choose = اضغط s أو d، أو اختر بالسهمين ثم Enter
round-verdict-hint-confirm = Enter للتأكيد، والسهمان للتغيير

# «التقط العلامات»، تُشرح قبل أول عنصر.
round-spot-rules-title = التقط العلامات: طريقة اللعب
round-spot-rules-intro = قبل أن تحكم على كل عنصر، ضع علامة على أجزائه التي تبدو احتيالًا.
round-spot-rules-move = التنقل بين أجزاء الرسالة
round-spot-rules-mark = ضع علامة على الجزء المحدد أو أزلها (⚑?)
round-spot-rules-inspect = افحص لتصل إلى الأجزاء المخفية: العناوين ووجهات الروابط
round-spot-rules-judge = ثم احكم بأنه آمن أو خطِر كالمعتاد
round-spot-rules-scoring = تُضاف نقاط علاماتك إلى نقاط الحكم:
round-spot-rules-find = لكل علامة تحذير تحددها
round-spot-rules-wrong = لكل جزء تحدده وليس فيه علامة تحذير
round-spot-rules-floor = لا تنزل نقاط علامات العنصر عن الصفر
round-spot-rules-safe = العنصر الآمن لا علامات تحذير فيه، فأي علامة عليه علامة خاطئة.

# تسميات القنوات وكلماتها.
round-label-from = من:
round-label-reply-to = الرد إلى:
round-label-to = إلى:
round-label-date = التاريخ:
round-label-subject = الموضوع:
round-label-says = يقول:
round-label-callback = للاتصال:
round-label-app = التطبيق:
round-label-by = الناشر:
round-label-asks = يطلب:
round-label-details = التفاصيل:
round-label-address = العنوان:
# مكان تفصيل مخفي قبل الفحص؛ $what إحدى كلمات round-hidden-*.
round-hidden = ‹{ $what }: اضغط i للفحص›
round-hidden-address = العنوان
round-hidden-real-address = العنوان الحقيقي
round-hidden-full-name = الاسم الكامل
round-hidden-account = الحساب
round-hidden-number = الرقم أو الحساب
round-hidden-publisher = الناشر
round-hidden-details = التفاصيل
round-link = الرابط { $number }:
round-attachment = المرفق { $number }:
# بعد اسم حساب موثّق.
round-verified = ✓موثّق
# يليها اسم المرسل أو رقمه.
round-sms-from = رسالة نصية من
round-call-voice = مكالمة واردة
round-call-voicemail = بريد صوتي
round-call-video = اجتماع مرئي
round-transcript = نص التسجيل
round-meeting-chat = نُشر في دردشة الاجتماع:
# المتحدث في نص المكالمة: الطرف الآخر، ثم أنت.
round-speaker-them = المتصل
round-speaker-you = أنت
round-consent-cookie-banner = لافتة ملفات تعريف الارتباط
round-consent-signup-form = نموذج تسجيل
round-consent-app-authorisation = تفويض تطبيق
round-consent-preferences = مركز التفضيلات
# يليها اسم الموقع: «نموذج تسجيل في shop.example».
round-consent-on = { $kind } في
round-publisher-verified = ✓ ناشر موثّق
round-publisher-unverified = ⚠ ناشر غير موثّق
round-app-wants = يريد هذا التطبيق أن:
round-ticked = (محددة)
round-device-phone = على هاتفك
round-device-desktop = على حاسوبك
round-permission-context = ما كنت تفعله:
round-sponsored = مُموَّل
round-image = [صورة]
round-replies = الردود

# الملاحظات بعد الإجابة.
round-right = ✓ صحيح
round-right-detail = : الإجابة «{ $truth }». { $points ->
    [zero] +{ $points } نقطة
    [one] +{ $points } نقطة
    [two] +{ $points } نقطتان
    [few] +{ $points } نقاط
    [many] +{ $points } نقطة
   *[other] +{ $points } نقطة
}
round-wrong = ✗ خطأ
round-missed-scam = : كانت خطِرة وحكمت بأنها آمنة (احتيال فاتك).
round-false-alarm = : كانت آمنة وحكمت بأنها خطِرة (إنذار كاذب).
round-red-flags = علامات التحذير
round-why-safe = لماذا هي آمنة
# بعد اسم علامة التحذير: موضعها في الرسالة.
round-evidence-place = (في { $place })
round-lesson = الدرس:
round-note-inspected = فحصت التفاصيل قبل أن تجيب.
round-note-not-inspected = أجبت دون فحص: اضغط i في المرة القادمة لترى العناوين ووجهات الروابط.
round-spot-result = { $points ->
    [zero] علاماتك: +{ $points } نقطة ·
    [one] علاماتك: +{ $points } نقطة ·
    [two] علاماتك: +{ $points } نقطتان ·
    [few] علاماتك: +{ $points } نقاط ·
    [many] علاماتك: +{ $points } نقطة ·
   *[other] علاماتك: +{ $points } نقطة ·
}
round-spot-none = لا شيء
round-spot-found = أصبت
round-spot-missed = فاتتك
round-spot-wrong = علامات خاطئة

# الملخص في نهاية الجولة.
round-complete = انتهت الجولة · { $mode }
round-achievement = ★ إنجاز: { $name }
round-score = النتيجة: { $right }/{ $total } صحيحة
round-time = الوقت: { $time }  ·  فحصت قبل الإجابة: { $inspected } من { $total }
round-duration-minutes = { $minutes } د { $seconds } ث
round-duration-seconds = { $seconds } ث
round-by-theme = حسب المحور
round-theme-right = { $right } من { $total } صحيحة
round-nothing-to-review = ✓ لا شيء للمراجعة: كل إجاباتك صحيحة.
round-to-review = للمراجعة
round-to-review-hint = (↑↓ لاختيار عنصر، وEnter لعرض ملاحظاته مجددًا)
# على إطار عنصر فائت يُفتح مجددًا من الملخص.
round-missed-note = الفائت { $number } من { $total } · الأدلة مرقّمة [n]

# أسئلة تظهر فوق الشاشة.
round-leave-title = مغادرة الجولة؟
round-leave-saved = أتغادر هذه الجولة؟ ستبقى محفوظة ويمكنك استئنافها من القائمة.
round-leave-session = أتغادر هذه الجولة؟ يمكنك استئنافها من القائمة ما لم تخرج من redflag.
round-leave-unsaved = أتغادر هذه الجولة؟ لا يمكن استئنافها دون ملف شخصي.
round-leave-yes = نعم، إلى القائمة
round-leave-no = لا، أكمل اللعب
round-unfinished-title = جولة لم تكتمل
round-unfinished = لديك جولة لم تكتمل.
round-unfinished-detail = لديك جولة لم تكتمل ({ $mode }، أجبت عن { $answered } من { $total }).
round-unfinished-resume = استأنفها
round-unfinished-new = ابدأ الجديدة (وتُحذف الجولة غير المكتملة)
round-passed-title = وحدة مجتازة
round-passed = اجتزت { $name }. أتلعبها مجددًا؟ تبقى أفضل نتيجة لك.
# $attempts مصوغة مسبقًا: «3 محاولات».
round-passed-best = اجتزت { $name } بأفضل نتيجة { $best }% في { $attempts }. أتلعبها مجددًا؟ تبقى أفضل نتيجة لك.
round-passed-yes = نعم، العبها مجددًا
round-no = لا
round-daily-title = أنجزته اليوم
round-daily-yes = نعم، العبه تدريبًا

# المساعدة فوق الشاشة (?).
round-help-title = مساعدة: طريقة اللعب
round-help-close = أي مفتاح يغلقها
round-help-judge = احكم على كل عنصر: s إن كان آمنًا، وd إن كان خطِرًا (أو اختر بالسهمين ثم اضغط Enter).
round-help-inspect = افحص (i) قبل أن تحكم كما يفعل الحريص: اعرف المرسل الحقيقي ووجهة الروابط ومن نشر التطبيق. الفحص لا يكلّفك شيئًا.
round-help-evidence = بعد كل إجابة تُرقَّم علامات التحذير ⚑ (دلائل الاحتيال) أو علامات الأمان ✓ هكذا [1] [2]… في الرسالة، ويأتي شرحها تحتها.
round-help-points = النقاط: { $easy } أو { $medium } أو { $hard } للإجابة الصحيحة بحسب الصعوبة، و+{ $step } عن كل إجابة صحيحة متتالية (حتى +{ $max })، ولا شيء للإجابة الخاطئة. في «التقط العلامات»: +{ $find } لكل علامة تحذير تحددها، و−{ $wrong } لكل علامة خاطئة.
round-help-key-verdict = آمن، خطِر
round-help-key-choose = اختر ثم أكّد
round-help-key-inspect = افحص التفاصيل
round-help-key-next = العنصر التالي؛ اختيار
round-help-key-briefing = الإحاطة: من هو من
round-help-key-spot = التقاط: تنقّل، علّم
round-help-key-certificate = الشهادة (المسار)
round-help-key-back = رجوع؛ الجولة تسألك

# (end of tui-round)


## ---- tui-menu ----
## The rest of the TUI (menu, name, training path, stats, briefing, certificate, dialogs, messages, key lines).

# Shown instead of the game when the terminal is too small: $min is the size needed ("80x24"), $size the terminal's.
menu-too-small = يحتاج redflag إلى طرفية لا يقل حجمها عن { $min }، وحجم هذه { $size }. كبّرها، أو اضغط Esc للخروج.
# On the frame of a scrolling page when more text is above or below.
menu-more-above = ↑ المزيد
menu-more-below = ↓ المزيد

# The key line at the bottom: what each key does (the key itself is shown before it, in Latin letters).
menu-key-choose = تنقّل
menu-key-select = اختر
menu-key-play = العب
menu-key-briefing = الإحاطة
menu-key-help = مساعدة
menu-key-quit = خروج
menu-key-language = اللغة
menu-key-start = ابدأ
menu-key-delete = احذف
menu-key-start-module = ابدأ الوحدة
menu-key-certificate = الشهادة
menu-key-menu = القائمة
menu-key-scroll = تمرير
menu-key-back = رجوع
menu-key-save-file = احفظ في ملف

# The main menu. After "⚑ redflag ·".
menu-tagline = اكشف الاحتيال قبل أن يصطادك
# Followed by the player's name.
menu-playing-as = تلعب باسم
menu-rank = الرتبة: { $rank }
menu-points = النقاط: { $points }
menu-reviews-due = { $count ->
    [zero] لا مراجعات مستحقة
    [one] مراجعة واحدة مستحقة
    [two] مراجعتان مستحقتان
    [few] { $count } مراجعات مستحقة
    [many] { $count } مراجعةً مستحقة
   *[other] { $count } مراجعة مستحقة
}
menu-not-saving = التقدّم لا يُحفظ
menu-no-profile = تلعب دون ملف شخصي
menu-pack = الحزمة: { $name } (الإصدار { $version })
menu-pool = السيناريوهات: { $scenarios } (خطِرة: { $dangerous }، آمنة: { $safe }) · أسئلة كل جولة: { $count }
# Two lines of one sentence under the menu, each under 76 columns.
menu-hint-first = احكم على كل رسالة: آمنة هي أم خطِرة. وافحصها أولًا كما يفعل الشخص الحذِر:
menu-hint-second = من المرسل الحقيقي، وإلى أين تأخذ الروابط، ومن نشر التطبيق.

# The menu's entries.
menu-item-resume = أكمل جولتك
menu-item-resume-answered = أكمل جولتك (أجبت عن { $answered } من { $total })
menu-item-play = العب جولة
menu-item-daily = تحدي اليوم
# $done says how today's challenge went.
menu-item-daily-done = تحدي اليوم ({ $done })
menu-item-spot = التقط العلامات
menu-item-path = مسار التدريب
menu-item-path-passed = مسار التدريب (الوحدات المجتازة: { $passed } من { $total })
menu-item-review = راجع مهاراتك الأضعف
menu-item-review-due = راجع مهاراتك الأضعف (المستحق: { $count })
menu-item-stats = تقدّمك
menu-item-briefing = الإحاطة
menu-item-help = مساعدة
menu-item-quit = خروج

# The first-run screen, asking who is playing.
menu-name-welcome = أهلًا بك! ما اسمك؟ به نفصل تقدّمك عن تقدّم اللاعبين الآخرين.
menu-name-local = يُحفظ تقدّمك على هذا الجهاز فقط، ولا يُرسل إلى أي مكان.
menu-name-label = الاسم:
menu-welcome = أهلًا { $name }. يُحفظ تقدّمك على هذا الجهاز فقط.
menu-cannot-save = تعذّر حفظ التقدّم ({ $error }). ستلعب دون حفظ: اختر مجلدًا آخر بالخيار --data-dir DIR.

# The training path screen.
menu-path-title = مسار التدريب
menu-path-intro = اجتز كل وحدة بنسبة { $mark }% أو أكثر لتفتح التي تليها؛ ويجمع الاختبار النهائي كل المحاور.
menu-path-not-tried = لم تبدأ بعد
menu-path-best = أفضل نتيجة { $best }% في { $count ->
    [zero] لا محاولات
    [one] محاولة واحدة
    [two] محاولتين
    [few] { $count } محاولات
    [many] { $count } محاولةً
   *[other] { $count } محاولة
}
# A module's status, in a column 7 wide.
menu-path-passed = مجتازة
menu-path-open = مفتوحة
menu-path-locked = مقفلة
menu-path-items = { $count ->
    [zero] لا أسئلة
    [one] سؤال واحد
    [two] سؤالان
    [few] { $count } أسئلة
    [many] { $count } سؤالًا
   *[other] { $count } سؤال
}
menu-path-certificate-ready = اجتزت كل الوحدات: اضغط c لتعرض شهادتك.

# The progress (statistics) screen.
menu-stats-title = تقدّمك
menu-stats-rank-points = الرتبة: { $rank }  ·  النقاط: { $points }
# $accuracy is a percentage, $streak the best streak as worded elsewhere.
menu-stats-rounds = الجولات: { $rounds }  ·  الإجابات: { $answered } (الصحيح منها { $accuracy })  ·  { $streak }
menu-stats-inspected = الفحص قبل الإجابة: { $share } من الإجابات
menu-stats-next = التالي: { $next }
# Followed by a small chart, one bar per round.
menu-stats-trend = نسبة الصواب في كل جولة، الأقدم أولًا:
menu-stats-by-theme = حسب المحور
menu-stats-by-channel = حسب القناة
menu-stats-by-flag = حسب علامة التحذير
menu-stats-reviews-due = المراجعات المستحقة:
menu-stats-achievements = الإنجازات
menu-stats-no-profile = لا يوجد ملف شخصي: لن يُحفظ تقدّمك.

# The briefing: the fictional world of the pack.
menu-briefing-title = الإحاطة: عالمك
menu-briefing-domain = النطاق:
menu-briefing-rules = قواعد العمل
menu-briefing-colleagues = الزملاء
menu-briefing-contacts = المنصات والعملاء والموردون
menu-briefing-official-domains = النطاقات الرسمية:
menu-briefing-official-accounts = الحسابات الرسمية:
menu-briefing-phone = الهاتف المسجّل:
menu-briefing-pack = الحزمة: { $name }

# The certificate screen.
menu-certificate-title = الشهادة
menu-certificate-later = تحصل على الشهادة بعد اجتياز كل الوحدات.
menu-certificate-heading = شهادة إتمام
# Under the player's name.
menu-certificate-completed = تقديرًا لإتمام مسار التدريب في redflag
menu-certificate-pack = { $pack }.
menu-certificate-pack-on = { $pack }، بتاريخ { $date }.
# How the date the path was finished is written (a chrono format: %e day, %B month name, %Y year, %m month number, %d day with a zero).
menu-certificate-date-format = %d/%m/%Y
menu-certificate-pass-mark = اجتيزت كل وحدة بدرجة النجاح { $mark }% أو أكثر.
# The table's column headings.
menu-certificate-module = الوحدة
menu-certificate-best = أفضل نتيجة
menu-certificate-attempts = المحاولات
menu-certificate-passed-on = تاريخ الاجتياز
menu-certificate-version = الحزمة { $id }، الإصدار { $version }
menu-certificate-saved = حُفظت الشهادة في: { $path }
menu-certificate-not-saved = تعذّر حفظ الشهادة ({ $error }).
menu-certificate-not-saving = التقدّم لا يُحفظ في هذه اللعبة؛ لحفظ الشهادة في ملف استخدم `redflag certificate --output FILE`.

# The error when redflag is started without a terminal (its input or output redirected).
menu-no-terminal = تحتاج اللعبة إلى طرفية؛ وللسكربتات وقارئات الشاشة استخدم `redflag play --plain`
menu-no-signals = لا تستطيع اللعبة مراقبة الإشارات (Ctrl-C، أو إغلاق النافذة)، لذا لن تبدأ
menu-no-terminal-setup = تعذّر تهيئة الطرفية للعبة (الوضع الخام، والشاشة البديلة)

# (end of tui-menu)


## ---- commands ----
## Commands and their errors (src/commands, src/cli.rs, --help, src/output).

# تعليمات سطر الأوامر (redflag --help و redflag COMMAND --help). تبقى أسماء الخيارات وأسماء القيم
# (DIR وFILE وTAG) والقيم التي تكتبها السكربتات (human وjson وmd وon وoff) كما هي.
cli-about = اكتشف الاحتيال: لعبة في الطرفية تدرّب فريقك على التمييز بين رسائل التسويق الرقمي الآمنة والخطِرة
cli-cmd-play = العب جولة (وهو الأمر الافتراضي إن لم يُذكر أمر)
cli-cmd-check = افحص حزم المحتوى وفق كل قواعد الصيغة؛ ودون DIR تُفحص الحزمة المدمجة
cli-cmd-stats = اعرض إحصاءات ملف شخصي: الدقة عبر الزمن، وحسب المحور والقناة وعلامة التحذير، والرتبة، والإنجازات
cli-cmd-report = صدّر نتائج ملف شخصي (md أو csv أو json أو xapi)، أو ادمج تقارير JSON للاعبين في ملخص للفريق عبر --team
cli-cmd-certificate = اكتب شهادة الإتمام (Markdown) بعد اجتياز كل وحدات مسار التدريب
cli-cmd-preview = اعرض ملف سيناريو واحدًا كما يراه اللاعب، ثم تقييمه (لكتّاب المحتوى)
cli-cmd-serve = شغّل اللعبة لفريقك عبر SSH: يتصل المتدرّبون بالأمر `ssh -p 2222 HOST` ويلعبون (يسرد `redflag serve --help` خياراته)
cli-cmd-team = تابع فريقك مباشرة (--data-dir، وإلا مجلد الخادم): من المتصل الآن، وأرقام كل متدرّب وإجاباته فور وصولها؛ يصدّر المفتاح `e` تقرير الفريق (ويُطبع التقرير إن لم تكن هناك طرفية)
cli-arg-team-format = اطبع تقرير الفريق بهذه الصيغة بدل العرض المباشر
cli-arg-team-output = اكتب التقرير المطبوع في هذا الملف بدل المخرج القياسي
cli-arg-exports = أين يكتب المفتاح `e` تقرير الفريق من العرض المباشر [الافتراضي: المجلد الحالي]
cli-cmd-help = اعرض هذه الرسالة أو تعليمات الأمر الفرعي المذكور
cli-arg-content = مجلد حزمة محتوى يُحمَّل إلى جانب الحزمة المدمجة (يمكن تكراره)
cli-arg-no-builtin = استخدم الحزم المذكورة عبر --content فقط، دون الحزمة المدمجة
cli-arg-profile = الملف الشخصي الذي تلعب به (يُنشأ إن كان جديدًا)؛ والافتراضي آخر ملف استُخدم
cli-arg-data-dir = مكان حفظ الملفات الشخصية (الافتراضي: مجلد البيانات في نظامك)
cli-arg-no-save = العب دون حفظ أي شيء (إن تعذّرت الكتابة في مجلد البيانات)
cli-arg-lang = لغة اللعبة وحزمتها المدمجة (en أو ar)؛ تُحفظ للملف الشخصي. الافتراضي: آخر اختيار للملف الشخصي، وإلا لغة النظام (LC_ALL وLC_MESSAGES وLANG)، وإلا الإنجليزية
cli-arg-bidi = من يرتّب الأسطر المكتوبة من اليمين إلى اليسار: app (أي redflag؛ لـ xterm وtmux وkitty وAlacritty وWindows Terminal وغيرها) أو terminal (لـ mlterm، وKonsole مع تفعيل bidi، وVTE 0.58 فأحدث مع تفعيل BiDi)؛ ويُحفظ الاختيار
# قيمتا --bidi وشرحهما.
cli-value-bidi-app = يرتّبها redflag، للطرفيات التي ترسم الخلايا كما تصلها (أغلب الطرفيات)
cli-value-bidi-terminal = ترتّبها الطرفية: تُرسل الأسطر بترتيب القراءة، فلا تُعكس مرتين
cli-arg-shape = اعرض الحروف العربية متصلة، للطرفيات التي تعرض كل حرف منفصلًا (--shape=off لإيقافه)؛ ويُحفظ الاختيار
cli-arg-count = عدد السيناريوهات في الجولة
cli-arg-seed = بذرة سحب الجولة: البذرة نفسها مع الحزم نفسها تعطي الجولة نفسها
cli-arg-plain = الوضع النصي سطرًا بسطر لقارئات الشاشة والسكربتات (يقرأ الإجابات من الإدخال القياسي)
cli-arg-no-color = دون ألوان (ومتغير البيئة NO_COLOR يفعل الشيء نفسه)
cli-arg-review = الوضع النصي: العب جولة مراجعة للمهارات المستحقة اليوم
cli-arg-new-round = ابدأ جولة جديدة حتى لو بقيت جولة لم تكتمل (وإلا تُستأنف، أو تُعرض في القائمة)
cli-arg-module = الوضع النصي: العب وحدة من مسار التدريب بمعرّفها (مثل module-email-threats أو final-exam)
cli-arg-spot = الوضع النصي: التقط العلامات، بتحديد الحقول المريبة بأرقامها قبل الحكم
cli-arg-daily = الوضع النصي: العب تحدي اليوم، وهو الجولة نفسها لكل من يستخدم الحزمة نفسها اليوم
cli-arg-dirs = مجلدات الحزم المراد فحصها (في كل منها pack.toml)
cli-arg-format = صيغة المخرجات
cli-arg-report-format = صيغة المخرجات؛ وملخص الفريق بصيغة md أو csv
cli-arg-output = اكتب في هذا الملف بدل المخرجات القياسية
cli-arg-team = ادمج تقارير JSON هذه للاعبين في ملخص للفريق
cli-arg-file = ملف السيناريو (داخل مجلد حزمة يحدد ملف pack.toml فيه النطاقات المسموح بها)
cli-arg-help = اعرض التعليمات
cli-arg-help-more = اعرض التعليمات (وللمزيد --help)
cli-arg-help-summary = اعرض التعليمات (ولملخص موجز -h)
cli-arg-help-subcommand = اعرض تعليمات الأمر الفرعي المذكور
cli-arg-version = اعرض رقم الإصدار
# عناوين التعليمات، والملاحظات بعد شرح كل خيار.
cli-usage = الاستخدام:
cli-heading-commands = الأوامر
cli-heading-arguments = المُدخلات
cli-heading-options = الخيارات
cli-default = [الافتراضي: { $value }]
cli-values = [القيم الممكنة: { $values }]
cli-env = [متغير البيئة: { $name }]
# رفض سطر الأوامر لقيمة.
cli-seed-invalid = يجب أن تكون البذرة عددًا صحيحًا من 0 إلى { $max }
cli-on-off = on أو off

# ما تقوله كل الأوامر.
cmd-error = خطأ: { $problem }
# بين عناصر قائمة (قنوات، كلمات، أرقام).
cmd-list-separator = {"، "}
cmd-none = لا شيء
cmd-builtin-undecodable = تعذّرت قراءة الحزمة المدمجة
cmd-no-home = لا يوجد مجلد منزلي لحفظ التقدّم فيه: حدّد مجلدًا عبر --data-dir DIR
# ملف إعدادات تعذّرت قراءته، ثم الملفات الشخصية في مجلد البيانات.
cmd-settings-unreadable = { $error } (الملفات الشخصية هنا: { $profiles })
cmd-no-profile-yet = لا يوجد ملف شخصي بعد في { $dir }: العب جولة أولًا، أو حدّد --profile NAME
cmd-no-such-profile = لا يوجد ملف شخصي باسم «{ $name }» في { $dir }: العب جولة أولًا (الملفات الشخصية هنا: { $profiles })
cmd-note = ملاحظة: { $note }
cmd-cannot-save = لا يستطيع redflag حفظ التقدّم في { $dir } ({ $error }).
# سؤال في الطرفية؛ يكتب اللاعب y ليلعب دون حفظ.
cmd-play-unsaved = هل تلعب دون حفظ؟ [y/N]
# الإجابات التي تُعد موافقة على هذا السؤال، مفصولة بفواصل.
cmd-yes-answers = y, yes, ن, نعم
cmd-choose-folder = { $problem } اختر مجلدًا آخر عبر --data-dir DIR، أو العب دون حفظ عبر --no-save.
cmd-pack-problems = { $count ->
    [one] في الحزمة في { $dir } مشكلة واحدة:
    [two] في الحزمة في { $dir } مشكلتان:
    [few] في الحزمة في { $dir } { $count } مشكلات:
    [many] في الحزمة في { $dir } { $count } مشكلةً:
   *[other] في الحزمة في { $dir } { $count } مشكلة:
}
cmd-pack-more = ... وغيرها: { $count }
cmd-pack-run-check = شغّل `redflag check { $dir }` لترى القائمة كاملة.
cmd-no-packs = لا حزم للعب: حدّد --content DIR، أو احذف --no-builtin
cmd-builtin-pack = الحزمة المدمجة
cmd-pack-id-twice = معرّف الحزمة «{ $id }» مستخدم في { $first } وفي { $second } معًا: اجعل لكل حزمة معرّفها الخاص
cmd-scenario-id-twice = معرّف السيناريو «{ $id }» موجود في الحزمة «{ $first }» وفي الحزمة «{ $second }»: غيّر اسم أحدهما
cmd-stdin-unreadable = تعذّرت قراءة الإدخال القياسي
cmd-ask-name = مرحبًا بك في redflag. ما اسمك؟
cmd-bad-name = لا يمكن استخدام هذا الاسم: { $error }

# redflag preview FILE.
preview-as-seen = == { $id } · { $channel } (كما يراه اللاعب) ==
preview-channel-email = بريد إلكتروني
preview-channel-post = منشور
preview-channel-message = رسالة مباشرة
preview-channel-sms = رسالة نصية
preview-channel-consent = شاشة موافقة
preview-channel-permission = طلب إذن
preview-channel-web = صفحة ويب
preview-channel-call = مكالمة
preview-channel-notification = إشعار
preview-inspecting = == ما يكشفه الفحص ==
preview-feedback = == التقييم ({ $verdict }، { $difficulty }) ==
preview-safe = آمن
preview-dangerous = خطِر
preview-no-difficulty = دون درجة صعوبة
preview-easy = الأقل صعوبة
preview-medium = متوسط الصعوبة
preview-hard = شديد الصعوبة
preview-problems = == المشكلات التي سيبلّغ عنها `redflag check` ==

# كتابة المخرجات، وآخر ما يُقال عند خطأ داخلي.
out-stdout = المخرجات القياسية
out-cannot-write = تعذّرت الكتابة في { $name }
out-cannot-write-because = تعذّرت الكتابة في { $name }: { $error }
out-internal-error = توقف redflag بسبب خطأ داخلي{ $place } ({ $what })؛ نرجو الإبلاغ عنه
out-internal-place = {" "}في { $file }:{ $line }

# redflag check: الملخص. أسماء القنوات والأحكام والمحاور ودرجات الصعوبة هي أسماء صيغة الحزم.
check-scenarios = { $count ->
    [zero] لا سيناريوهات
    [one] سيناريو واحد
    [two] سيناريوهين
    [few] { $count } سيناريوهات
    [many] { $count } سيناريو
   *[other] { $count } سيناريو
}
check-packs = { $count ->
    [zero] لا حزم
    [one] حزمة واحدة
    [two] حزمتين
    [few] { $count } حزم
    [many] { $count } حزمة
   *[other] { $count } حزمة
}
check-errors = { $count ->
    [0] لا أخطاء
    [one] خطأ واحد
    [two] خطآن
    [few] { $count } أخطاء
    [many] { $count } خطأً
   *[other] { $count } خطأ
}
check-summary = فُحص { $scenarios } في { $packs }: { $errors }.
check-by-channel = حسب القناة:    { $counts }
check-by-verdict = حسب الحكم:     { $counts }
check-by-theme = حسب المحور:    { $counts }
check-by-difficulty = حسب الصعوبة:   { $counts }
# توازن الحزمة كلها: أرقام العناصر الآمنة والخطِرة (الأرقام نسب مئوية).
check-balance = التوازن (الآمن مقابل الخطِر):
check-balance-safe = الآمنة: عددها { $items }، متوسط الطول { $length }، فيها روابط { $links }%، فيها مرفقات { $attachments }%، منشورات ورسائل موثّقة { $verified }%، اللواحق { $suffixes }
check-balance-dangerous = الخطِرة: عددها { $items }، متوسط الطول { $length }، فيها روابط { $links }%، فيها مرفقات { $attachments }%، منشورات ورسائل موثّقة { $verified }%، اللواحق { $suffixes }
check-balance-channels = الآمنة في كل قناة: { $channels }
# الدليل الكاشف: فرق بين العناصر الآمنة والخطِرة قد يتعلمه اللاعب بدل الفحص.
check-tell-warning = تنبيه: دليل كاشف: { $tell }: قد يتعلم اللاعبون هذا بدل أن يفحصوا
check-tell-length = الطول: متوسط العناصر الآمنة { $safe } حرفًا، والخطِرة { $dangerous } (النسبة { $ratio } > { $max })
check-tell-share = { $what }: { $safe }% من العناصر الآمنة فيها ذلك، و{ $dangerous }% من الخطِرة (الفرق > { $gap } نقطة)
check-shared-links = الروابط
check-shared-attachments = المرفقات
check-shared-verified = علامات التوثيق (المنشورات والرسائل)
check-tell-suffix = لاحقة النطاق .{ $suffix }: { $safe }% من النطاقات الآمنة، و{ $dangerous }% من الخطِرة
check-tell-channel = القناة { $channel }: { $safe } من { $total } آمنة ({ $share }%)، خارج 30–70%

# بوابة الإنصاف: ما يحققه لاعبون لا يحكمون على شيء.
check-fairness = الإنصاف (لاعبون لا يحكمون على شيء؛ تُبقي الحزمة المدمجة كلًّا منهم دون { $overall } إجمالًا ودون { $channel } في كل قناة فيها { $items } عنصرًا فأكثر):
# نتيجة اللاعب إجمالًا، ثم في كل قناة.
check-baseline = { $overall }؛ { $channels }
check-player-briefing = مطابقة الإحاطة
check-player-words = الكلمات الظاهرة
check-player-majority = حكم الأغلبية
check-not-measured = { $count ->
    [few] لم يُقَس: يلزمه { $count } سيناريوهات أو أكثر
   *[other] لم يُقَس: يلزمه { $count } سيناريو أو أكثر
}
check-nothing = لا شيء
check-leans-dangerous = يميل نموذج الكلمات إلى «خطِر» مع: { $words }
check-leans-safe = يميل نموذج الكلمات إلى «آمن» مع:  { $words }
check-surface = الظاهر في كل قناة (الآمن مقابل الخطِر):
check-surface-line = { $safe } آمنة، { $dangerous } خطِرة: { $parts }
check-surface-length = الطول { $safe } مقابل { $dangerous }
check-surface-share = { $surface } { $safe } مقابل { $dangerous }
check-surface-situation = سطر الموقف
check-surface-links = الروابط
check-surface-attachments = المرفقات
check-surface-faint-buttons = الأزرار الباهتة
check-surface-pre-ticked = المربعات المحددة مسبقًا
check-surface-verified = علامة التوثيق
check-surface-bare-number = مرسل برقم فقط
check-surface-reply-to = عنوان الرد
check-surface-sponsored = الممول
check-channel-tell = تنبيه: دليل كاشف: { $tell }
check-channel-length = { $channel }: متوسط العناصر الآمنة { $safe } حرفًا، والخطِرة { $dangerous }
check-channel-share = { $channel }: { $surface } في { $safe } من العناصر الآمنة، و{ $dangerous } من الخطِرة
check-over-budget = تنبيه: تجاوز الحد: { $breach }
check-breach-baseline = يحقق لاعب «{ $player }» { $score } { $place }، فوق { $limit }
check-breach-overall = إجمالًا
check-breach-in = في { $channel }
check-breach-share = { $group } آمنة بنسبة { $share } ({ $safe } من { $total })، خارج { $low }–{ $high }
check-group-channel = القناة { $channel }
check-group-theme = المحور { $theme }

# مشكلات الحزمة: تأتي كل منها بعد الملف والسطر اللذين هي فيهما ("email/x.toml:3: ...").
check-problem-not-a-folder = ليس مجلدًا: حدّد المجلد الذي فيه pack.toml
check-problem-no-manifest = مفقود: تحتاج كل حزمة إلى ملف pack.toml فيه id وname وlanguage وversion و[world] (انظر content/README.md)
check-problem-unreadable = تعذّرت قراءته: { $error }
check-problem-symlink = رابط رمزي يشير إلى خارج مجلد الحزمة: انسخ الملف إلى داخل الحزمة بدلًا منه
check-problem-not-a-file = { $what } وليس ملفًا: لا تضم الحزمة إلا مجلدات وملفات .toml، فاحذفه (لم يُفتح)
check-file-folder = مجلد
check-file-pipe = أنبوب مسمّى (FIFO)
check-file-socket = مقبس
check-file-device = جهاز
check-file-other = ملف غير عادي
check-problem-too-many-files = فيه أكثر من { $limit } ملف سيناريو: قسّمه إلى عدة حزم
check-problem-no-scenarios = لا سيناريوهات فيه: أضف ملف .toml لكل سيناريو (انظر content/README.md)
check-problem-too-big = حجمه { $size } بايت، فوق الحد وهو { $limit } بايت ({ $kib } KiB) للملف الواحد: اختصره أو قسّمه
check-problem-not-utf8 = ليس نصًا بترميز UTF-8 (بايت غير صالح عند الموضع { $offset }): احفظ الملف بترميز UTF-8
check-problem-manifest-id = المعرّف id «{ $id }» يجب أن يكون بصيغة kebab-case: حروف لاتينية صغيرة وأرقام وشرطات مفردة
check-problem-language = اللغة language «{ $tag }» ليست رمز BCP 47 مثل «en» أو «en-GB»
check-problem-no-version = الإصدار version فارغ: أعطِ الحزمة إصدارًا مثل «1.0.0»
check-problem-pass-mark = pass_mark نسبة مئوية: اكتب عددًا من 0 إلى 100
check-problem-allowed-domain = العنصر «{ $domain }» في allowed_domains يجب أن يكون نطاقًا مجردًا مثل «acme-corp.com»
check-problem-duplicate-pack = معرّف الحزمة «{ $id }» هو أيضًا معرّف الحزمة في { $first }: اجعل لكل حزمة معرّفها الخاص
check-problem-scenario-id = المعرّف id «{ $id }» يجب أن يكون بصيغة kebab-case: حروف لاتينية صغيرة وأرقام وشرطات مفردة، وطوله 80 على الأكثر
check-problem-duplicate-id = المعرّف «{ $id }» مكرر، ويستخدمه أيضًا { $first }: اجعل لكل سيناريو معرّفه الخاص
check-problem-empty = { $key } فارغ: اكتبه
check-problem-premise = premise { $element } = { $value }: قيمة كل عنصر 0 أو 2 أو 4 أو 6 أو 8
check-problem-no-difficulty-safe = لا درجة صعوبة: يحتاج السيناريو الآمن إلى difficulty = "easy" أو "medium" أو "hard"
check-problem-no-difficulty-dangerous = لا درجة صعوبة: أضف premise = {"{"} ... {"}"} (يحسب مقياس Phish Scale الصعوبة) أو difficulty = "easy" أو "medium" أو "hard"
check-problem-no-channel-table = القناة channel هي «{ $channel }» لكن لا يوجد جدول [{ $channel }]: أضفه بحقول { $channel } (انظر content/README.md)
check-problem-other-table = جدول [{ $table }] في سيناريو قناته «{ $channel }»: للسيناريو قناة واحدة؛ احذف الجدول أو غيّر القناة channel
check-problem-incomplete = { $what }: أضفه
check-incomplete-message-lines = تحتاج الرسالة إلى عنصر واحد على الأقل في lines
check-incomplete-consent-button = تحتاج شاشة الموافقة إلى زر واحد على الأقل
check-incomplete-app-authorisation = يحتاج تفويض التطبيق إلى app وpublisher ونطاق scope واحد على الأقل
check-incomplete-permission-button = يحتاج طلب الإذن إلى زر واحد على الأقل
check-incomplete-call-lines = تحتاج المكالمة إلى عنصر واحد على الأقل في lines
check-incomplete-call-identity = تحتاج المكالمة إلى متصل caller وإلى الرقم أو الحساب الذي وراءه
check-incomplete-notification = يحتاج الإشعار إلى app وtitle وtext
check-problem-dangerous-without-flags = يحتاج السيناريو الخطِر إلى [[flag]] واحدة على الأقل: الدليل الذي يجده اللاعب المتنبّه
check-problem-dangerous-with-signs = للسيناريو الخطِر علامات تحذير flag لا إشارات sign: حوّل كل [[sign]] إلى [[flag]] أو احذفها
check-problem-safe-without-signs = يحتاج السيناريو الآمن إلى [[sign]] واحدة على الأقل: السبب الذي يجعل اللاعب المتنبّه يثق به
check-problem-safe-with-flags = للسيناريو الآمن إشارات sign لا علامات تحذير flag: احذف كل [[flag]] أو غيّر verdict إلى "dangerous"
# $evidence مثل "[[flag]] 2"، و$at حقل مثل "from"، و$channel معرّف قناة.
check-problem-at-names-no-field = في { $evidence } القيمة at = "{ $at }"، ولا تسمّي أي حقل في { $channel } هذه: استخدم أحد هذه الحقول: { $fields }
check-problem-empty-text = في { $evidence } نص فارغ: اقتبس الكلمات التي يشير إليها في { $at }
check-problem-text-not-in-field = { $evidence }: النص «{ $text }» غير موجود في { $at }: انسخ الكلمات من ذلك الحقل كما هي (حالة الأحرف والمسافات مهمة)
check-problem-no-why = لا يوجد why في { $evidence }: اشرح الدليل في جملة واحدة
check-toml-unknown-field = حقل غير معروف `{ $unknown }`: هل تقصد `{ $nearest }`؟ (المسموح: { $allowed })
check-toml-unknown-value = قيمة غير معروفة `{ $unknown }`: هل تقصد `{ $nearest }`؟ (المسموح: { $allowed })
check-toml-too-deep = فيه جداول أو مصفوفات أو مفاتيح منقوطة متداخلة بعمق زائد: لا يحتاج السيناريو إلا إلى مستويات قليلة، فاجعله أبسط
check-toml-missing-field = الحقل { $field } مفقود: أضفه (فهو مطلوب هنا)
# موضع المحرف أو العنوان غير الآمن: قبل «فيه ...» أو «يستخدم ...».
check-place-world = إحاطة العالم world
check-place-title = العنوان title
check-place-lesson = الدرس lesson
check-place-situation = الموقف situation
check-place-explanation = أحد الشروح
check-breach-character = فيه المحرف الخفي أو محرف التحكم U+{ $code } بعد «{ $before }»: احذفه (تسلسلات الهروب وعلامات الاتجاه ممنوعة دائمًا)
check-breach-ipv4 = يستخدم عنوان IP { $ip }: استخدم عنوانًا من نطاقات التوثيق 192.0.2.x أو 198.51.100.x أو 203.0.113.x
check-breach-ipv6 = يستخدم عنوان IPv6 { $ip }: استخدم عنوانًا من نطاق التوثيق 2001:db8::/32، مثل 2001:db8::1
check-breach-non-ascii-domain = يستخدم النطاق «{ $host }» المكتوب بحروف من خارج ASCII: اكتب النطاقات المقلِّدة وغير اللاتينية بصيغة punycode كما يعرضها شريط عنوان المتصفح (هنا «{ $punycode }»)، تحت لاحقة محجوزة مثل .example
check-breach-unreserved-domain = يستخدم النطاق «{ $host }» وهو غير محجوز: استخدم اسمًا تحت .example أو .test أو .invalid (أو example.com/.net/.org)؛ ويمكن للحزمة أن تسمح بنطاقاتها الحقيقية في allowed_domains داخل pack.toml
check-breach-phone = فيه «{ $number }» ويبدو رقم هاتف حقيقيًا: استخدم رقمًا خياليًا (من 555-0100 إلى 555-0199، أو في المملكة المتحدة من 07700 900000 إلى 07700 900999)، أو اكتب رقمًا مرجعيًا دون فواصل

# (end of commands)


## ---- reports ----
## Reports, certificates and team summaries (src/report).

# Joins notes in a team summary's Note column.
report-note-separator = {"؛ "}

# A module's status in the training path table (the JSON keeps passed, open, locked).
report-status = { $status ->
    [passed] مجتازة
    [open] مفتوحة
   *[locked] مقفلة
}
# A long date, as on the certificate: "5 مارس 2026".
report-date = { $day } { $month ->
    [1] يناير
    [2] فبراير
    [3] مارس
    [4] أبريل
    [5] مايو
    [6] يونيو
    [7] يوليو
    [8] أغسطس
    [9] سبتمبر
    [10] أكتوبر
    [11] نوفمبر
   *[12] ديسمبر
} { $year }

# The Markdown report of one player (redflag report --format md).

report-title = تقرير redflag: { $name }
# $date is "2026-03-05 14:20 UTC"; $packs lists each pack as "id version".
report-generated = أُنشئ في { $date } · الحزم: { $packs }
report-overall = الحصيلة العامة
report-rounds-finished = الجولات المنتهية: { $count }
report-answers = الإجابات: { $count } (الصحيح منها { $right }، { $percent })
report-missed-scams = احتيال فائت (رسالة خطِرة عُدّت آمنة): { $count }
report-false-alarms = إنذارات كاذبة (رسالة آمنة عُدّت خطِرة): { $count }
report-points = النقاط: { $count }
report-path-title = مسار التدريب (درجة النجاح { $pass }%)
report-col-module = الوحدة
report-col-status = الحالة
report-col-best = الأفضل
report-col-attempts = المحاولات
report-col-passed-on = تاريخ الاجتياز
report-path-complete = اكتمل المسار: { $complete ->
    [yes] نعم
   *[no] لا
}
report-themes = المحاور
report-channels = القنوات
report-red-flags = علامات التحذير
# A section of counts: "Themes, weakest first".
report-weakest-first = { $title }، الأضعف أولًا
report-no-answers = لا إجابات بعد.
report-col-meaning = معناها
report-col-right = الصحيحة
report-col-answers = الإجابات
report-col-accuracy = الدقة
report-last-rounds = آخر الجولات
report-col-finished = انتهت في
report-col-mode = النوع
report-col-missed-scams = احتيال فائت
report-col-false-alarms = إنذارات كاذبة
report-col-points = النقاط

# The certificate of completion (redflag certificate, and the game's certificate screen).

report-certificate-title = شهادة إتمام
report-certificate-completed = مُنحت إلى **{ $name }** لإتمام مسار التدريب في redflag
# The line under it: the pack's name, then the long date of the last module passed.
report-certificate-pack-date = *{ $pack }* بتاريخ { $date }.
report-certificate-pass-mark = اجتيزت كل وحدة بدرجة النجاح { $pass }% أو أعلى.
report-col-best-score = أفضل نتيجة
# The last line: the pack's id (in code quotes) and version.
report-certificate-pack = الحزمة: `{ $id }` الإصدار { $version }

# The team summary (redflag report --team).

report-team-title = ملخّص الفريق في redflag
# English keeps "1 people." as it always has; other languages take their plural forms.
report-team-people = { $count ->
    [zero] لا أحد.
    [one] شخص واحد.
    [two] شخصان.
    [few] { $count } أشخاص.
    [many] { $count } شخصًا.
   *[other] { $count } شخص.
}
report-col-person = الشخص
report-col-modules-passed = الوحدات المجتازة
report-col-path = المسار
report-col-note = ملاحظة
report-team-path = { $complete ->
    [yes] مكتمل
   *[no] لم يكتمل
}
report-team-not-finished = لم يُكملوا المسار بعد
report-team-everyone-done = أكمل الجميع مسار التدريب.
report-team-weakest-themes = أضعف المحاور
report-team-weakest-flags = أضعف علامات التحذير
report-col-name = الاسم
# A note: the report was made with other pack versions; $packs lists them as "id version".
report-team-made-with = أُعدّ باستخدام { $packs }
# A note: the same player's report was given $count times; $file is the one counted.
report-team-given-times = { $count ->
    [zero] لم يُقدَّم
    [one] قُدّم مرة واحدة
    [two] قُدّم مرتين
    [few] قُدّم { $count } مرات
    [many] قُدّم { $count } مرة
   *[other] قُدّم { $count } مرة
}: احتُسب مرة واحدة، من { $file }

# What redflag report and redflag certificate say on standard error.

report-no-history = لا يوجد سجلّ بعد للملف الشخصي «{ $name }»: العب جولة أولًا
# A file given with --team that is not used, and why.
report-skipped-unreadable = لم يُستخدم { $file }: تتعذّر قراءته: { $error }
# $size and $limit are in MiB.
report-skipped-too-large = لم يُستخدم { $file }: حجمه { $size } ميغابايت، وأقصى حجم لتقرير redflag هو { $limit } ميغابايت
report-skipped-not-json = لم يُستخدم { $file }: ليس ملف JSON ({ $error })
report-skipped-not-report = لم يُستخدم { $file }: ملف JSON لكنه ليس تقرير redflag (أنشئ التقرير بالأمر `redflag report --format json`)
report-skipped-newer = لم يُستخدم { $file }: أنشأه إصدار أحدث من redflag (مخطط التقرير { $schema })
report-skipped-damaged = لم يُستخدم { $file }: تقرير redflag تالف ({ $error })
report-team-none-readable = لا يوجد بين الملفات المعطاة مع --team ({ $count }) أي تقرير redflag صالح للقراءة
report-team-formats = يُكتب ملخّص الفريق بصيغة md أو csv: استخدم --format md أو --format csv
# $kept is the file counted, $others the other files, joined by ", ".
report-team-given-twice = قُدّم تقرير { $name } أكثر من مرة ({ $kept }، { $others }): احتُسب مرة واحدة، من أحدث تقرير
report-certificate-not-yet = اجتاز { $name } { $passed } من أصل { $count } من وحدات التدريب: تُمنح الشهادة بعد اجتياز كل الوحدات
report-no-pack = لم تُحمَّل أي حزمة

# (end of reports)


## ---- serve ----
## The server, as its players and its operator read it (src/serve).

# Signing in with the team code, before the server knows the player's language (the server's).
serve-team-code-instructions = سجّل الدخول برمز فريقك.
# The answer is typed right after it: keep the space at the end.
serve-team-code-prompt = رمز الفريق:{" "}
# Said to a connection refused before or instead of a game ("redflag: " comes first).
serve-needs-terminal = تحتاج اللعبة إلى طرفية: اتصل بالأمر `ssh -t`
serve-cannot-start = تعذّر بدء اللعبة: { $reason }
serve-stopping = الخادم يتوقف الآن
serve-sign-in-sooner = سجّل الدخول في وقت أقرب
serve-too-slow = لم يواكب الاتصال سرعة تحديث الشاشة
# The person signed in with a key already in use on another connection.
serve-already-playing = { $name } يلعب الآن من اتصال آخر. أغلق ذلك الاتصال أولًا، ثم اتصل من جديد.
# On the name screen.
serve-name-in-use = { $name } يلعب الآن من اتصال آخر: اختر اسمك أنت
serve-name-taken = هذا الاسم لشخص آخر: اختر اسمًا غيره
serve-key-not-saved = تعذّر حفظ مفتاحك ({ $reason })
# The last words of a game the server ended; the player's screen is theirs again.
serve-farewell-stopping = يوقف المدرّب الخادم الآن. حُفظ تقدّمك: اتصل لاحقًا لتكمل.
serve-farewell-idle = { $minutes ->
    [zero] أُغلقت الجلسة لعدم الضغط على أي مفتاح.
    [one] أُغلقت الجلسة بعد دقيقة دون ضغط أي مفتاح.
    [two] أُغلقت الجلسة بعد دقيقتين دون ضغط أي مفتاح.
    [few] أُغلقت الجلسة بعد { $minutes } دقائق دون ضغط أي مفتاح.
    [many] أُغلقت الجلسة بعد { $minutes } دقيقة دون ضغط أي مفتاح.
   *[other] أُغلقت الجلسة بعد { $minutes } دقيقة دون ضغط أي مفتاح.
} حُفظ تقدّمك: اتصل من جديد لتكمل.
serve-farewell-failed = حدث خطأ في الخادم؛ حُفظت إجاباتك حتى الآن.

# The server's console, in the server's language (--lang, else serve.toml's lang, else English).
serve-console-host-key-made = أُنشئ مفتاح مضيف جديد في { $path }
serve-console-listening = redflag serve: يستمع على { $address } (مفتاح المضيف { $fingerprint })، والملفات الشخصية في { $dir }
# HOST stays as it is: the operator puts the server's name or address there.
serve-console-connect-with = يتصل المتدرّبون بالأمر: ssh -p { $port } HOST
serve-console-stopping = redflag serve: يتوقف الخادم؛ يجري إبلاغ اللاعبين المتصلين ({ $count })
serve-console-stopped = redflag serve: توقف الخادم
serve-console-cannot-open-profile = redflag serve: تعذّر فتح ملف شخصي: { $reason }
serve-console-game-stopped = redflag serve: توقفت لعبة: { $reason }
# serve.toml's lang names a language without a catalog; $known lists those there are.
serve-lang-unknown = قيمة lang في serve.toml هي «{ $tag }»، ولا يوجد في redflag فهرس لها؛ اللغات المتاحة: { $known }.

# The server's errors at the start, in the server's language.
serve-error-nobody-can-sign-in = لن يتمكن أحد من تسجيل الدخول: استخدم --team-code CODE أو --authorized-keys FILE أو كليهما (أو اضبطهما في serve.toml)
serve-error-code-too-short = { $count ->
    [zero] يجب ألا يكون رمز الفريق فارغًا
    [one] يجب أن يتكون رمز الفريق من حرف واحد على الأقل
    [two] يجب أن يتكون رمز الفريق من حرفين على الأقل
    [few] يجب أن يتكون رمز الفريق من { $count } أحرف على الأقل
    [many] يجب أن يتكون رمز الفريق من { $count } حرفًا على الأقل
   *[other] يجب أن يتكون رمز الفريق من { $count } حرف على الأقل
}
serve-error-code-controls = يجب ألا يحتوي رمز الفريق على محارف تحكّم
# $name is a setting's name under [limits] in serve.toml, as written there.
serve-error-limit-zero = يجب أن تكون قيمة limits.{ $name } أكبر من 0
serve-error-listen = تعذّر الاستماع على { $address }
serve-error-data-folder = تعذّر إنشاء مجلد البيانات { $path }
serve-error-host-key-read = تعذّرت قراءة مفتاح المضيف { $path }
serve-error-host-key-format = الملف { $path } ليس مفتاحًا خاصًا بصيغة OpenSSH
serve-error-host-key-passphrase = مفتاح المضيف { $path } محمي بعبارة مرور؛ يحتاج الخادم إلى مفتاح بلا عبارة مرور
# $mode is the file's permissions in octal (644).
serve-error-host-key-readable = يستطيع مستخدمون آخرون قراءة مفتاح المضيف { $path } (الأذونات { $mode }): نفّذ `chmod 600 { $path }`
serve-error-host-key-make = تعذّر إنشاء مفتاح مضيف
serve-error-host-key-encode = تعذّر ترميز مفتاح المضيف
serve-error-host-key-folder = تعذّر إنشاء المجلد { $path }
serve-error-host-key-create = تعذّر إنشاء مفتاح المضيف { $path }
serve-error-host-key-write = تعذّرت كتابة مفتاح المضيف { $path }

# redflag serve starting the server's own program, in the game's language.
serve-launch-building = redflag: يجري بناء الخادم، { $binary }، بجوار اللعبة (في المرة الأولى فقط)
serve-launch-not-installed = الخادم برنامج مستقل، { $binary }، وهو غير مثبّت بجوار redflag: ابنِه بالأمر `cargo build --release --bin { $binary }` (أو ثبّت الاثنين بالأمر `cargo install --path .`)، أو شغّله مباشرة بالأمر `cargo run --release --bin { $binary } -- OPTIONS`
serve-launch-cannot-start = تعذّر تشغيل { $path }: { $error }

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


## ---- last-english ----
## What was still English: the command line's refusals, the server's own errors, plain mode's words.

# The command line's refusals, worded again from clap's in a language other than English (the
# English texts below are clap's own, which English shows as they are). "-" names and values
# are kept as typed.
cli-error = خطأ: { $problem }
cli-error-tip = تلميح: { $tip }
cli-error-try-help = لمزيد من المعلومات جرّب «{ $flag }».
# A name or value quoted in a list.
cli-error-quoted = «{ $name }»
cli-error-unknown-argument = «{ $arg }» غير متوقَّع هنا
cli-error-unknown-subcommand = لا يوجد أمر باسم «{ $name }»
cli-error-value-invalid = القيمة «{ $value }» غير صالحة للخيار «{ $arg }»
cli-error-value-missing = الخيار «{ $arg }» يحتاج إلى قيمة، ولم تُعطَ له قيمة
cli-error-value-rejected = القيمة «{ $value }» غير صالحة للخيار «{ $arg }»: { $reason }
cli-error-count-range = يجب أن تكون عددًا صحيحًا من { $min } إلى { $max }
cli-error-no-equals = اكتب علامة = بين الخيار «{ $arg }» وقيمته
cli-error-conflict = لا يُستخدم «{ $arg }» مع { $with }
cli-error-conflict-others = لا يُستخدم «{ $arg }» مع خيار آخر مما أُعطي
cli-error-conflict-subcommand = لا يُستخدم الأمر «{ $name }» مع { $with }
cli-error-repeated = لا يُستخدم «{ $arg }» أكثر من مرة
# Followed by the missing arguments, one a line.
cli-error-required = هذه المُدخلات مطلوبة ولم تُعطَ:
cli-error-subcommand-missing = «{ $name }» يحتاج إلى أمر فرعي، ولم يُعطَ أمر
cli-error-subcommands = [الأوامر الفرعية: { $values }]
cli-error-too-many = القيمة «{ $value }» زائدة على ما يأخذه «{ $arg }»
cli-error-too-few = عدد القيم التي يحتاجها «{ $arg }»: { $min } على الأقل، والمُعطى: { $given }
cli-error-wrong-number = عدد القيم التي يحتاجها «{ $arg }»: { $expected }، والمُعطى: { $given }
cli-error-other = تعذّر فهم سطر الأوامر
cli-error-similar-argument = يوجد خيار قريب منه: { $names }
cli-error-similar-subcommand = يوجد أمر قريب منه: { $names }
cli-error-similar-value = توجد قيمة قريبة منها: { $names }
cli-error-tip-as-value = لتمرير «{ $arg }» قيمةً، اكتب «{ $instead }»
cli-error-tip-remove-dashes = الأمر «{ $name }» موجود؛ لاستخدامه احذف «--» قبله
cli-error-tip-exists = «{ $what }» موجود

# Plain mode: the words a player may type instead of s, d, i, q (comma-separated; the keys and
# the English words are always taken too). Matched without short vowels or tatweel.
plain-words-safe = آمن, آمنة
plain-words-dangerous = خطر, خطرة, خطير, خطيرة
plain-words-inspect = افحص, فحص
plain-words-quit = خروج, اخرج
# After plain mode's help, in a language other than English: the words above.
plain-words-help = ويمكنك أيضًا كتابة الكلمة نفسها: آمن أو خطِر أو افحص أو خروج.

# The server's own errors, in the server's language (--lang, else serve.toml's lang, else English).
serve-error-keys-read = تعذّرت قراءة { $path }
serve-error-keys-line = { $path }، السطر { $line }: ليس مفتاحًا عامًا بصيغة OpenSSH
serve-error-bindings-damaged = الملف { $path } تالف
serve-error-no-home = لا يوجد مجلد منزلي تُحفظ فيه بيانات الخادم: حدّد مجلدًا بالخيار --data-dir DIR
serve-error-runtime = تعذّر تشغيل بيئة تنفيذ الخادم
# $signal is a signal's name: SIGTERM, SIGINT, Ctrl-C.
serve-error-signal = تعذّرت مراقبة الإشارة { $signal }
serve-error-config-read = تعذّرت قراءة { $path }
serve-error-config-invalid = الملف { $path } ليس ملف serve.toml صالحًا
serve-error-default-address = العنوان الافتراضي
# To a learner whose connection asked for the game before signing in (after "cannot start the game:").
serve-error-shell-first = طُلبت الطرفية قبل تسجيل الدخول

# `redflag team`'s live view, when the terminal cannot be used.
cmd-cannot-watch-signals = تعذّرت مراقبة الإشارات
cmd-cannot-set-up-terminal = تعذّر تهيئة الطرفية

# The server's own help (redflag-serve --help, which redflag serve --help shows).
serve-about = قدّم لعبة redflag لفريق عبر SSH: يتصل المتدرّبون بالأمر `ssh -p 2222 HOST` ويلعبون
serve-arg-listen = العنوان والمنفذ اللذان يستمع إليهما الخادم [الافتراضي: 0.0.0.0:2222]
serve-arg-team-code = رمز يُدخل من لا مفتاح له (ثم يكتب اسمه)؛ ومتغير البيئة REDFLAG_TEAM_CODE يؤدي الغرض نفسه ويُبقي الرمز خارج قائمة العمليات
serve-arg-authorized-keys = ملف authorized_keys بصيغة OpenSSH: كل مفتاح فيه يدخل بملفه الشخصي الخاص
serve-arg-trainer-keys = ملف authorized_keys بصيغة OpenSSH لمفاتيح المدرّبين: كل مفتاح منها يفتح عرض المدرّب المباشر للفريق، لا اللعبة (يُقرأ من جديد عند كل دخول)
serve-arg-host-key = مفتاح الخادم الخاص، يُنشأ (ed25519، بالصلاحيات 0600) إن لم يوجد [الافتراضي: DATA_DIR/host_key]
serve-arg-config = ملف الإعدادات [الافتراضي: DATA_DIR/serve.toml إن وُجد]
serve-arg-lang = لغة المتدرّبين الذين لا يطلبون لغة (تتقدّم عليها قيمة LANG في عميل SSH لديهم، ثم اختيار ملفهم الشخصي)، ولغة هذه الطرفية (en، ar) [الافتراضي: الإنجليزية]
serve-arg-data-dir = مكان حفظ الملفات الشخصية ومفتاح الخادم وربط المفاتيح بالأسماء [الافتراضي: مجلد بيانات redflag في النظام، تحت `server`]

# (end of last-english)
