//! Tests of language detection, stop words and stemmers (`lang`).

use super::*;

#[test]
fn lowercase_prefixes() {
    // The reference: the first `n` characters of the lower case.
    fn check(word: &str, n: usize) {
        let mut got = String::new();
        lowercase_into(&mut got, word);
        truncate_chars(&mut got, n);
        let want: String = word.chars().flat_map(char::to_lowercase).take(n).collect();
        assert_eq!(got, want, "{word:?} {n}");
    }
    for word in [
        "",
        "Russia",
        "RUS",
        "Zelenskyy",
        "İstanbul",
        "ΣΟΦΙΑ",
        "Straße",
        "東京都庁舎前",
    ] {
        for n in [0, 1, 2, 5, 20] {
            check(word, n);
        }
    }
}

#[cfg(not(feature = "lean"))]
#[test]
fn detects() {
    let cases = [
        ("The president said on Monday that the talks would continue next week in Geneva.", "en"),
        ("Le président a déclaré lundi que les négociations se poursuivraient la semaine prochaine à Genève.", "fr"),
        ("Der Präsident sagte am Montag, dass die Gespräche nächste Woche in Genf fortgesetzt würden.", "de"),
        ("El presidente dijo el lunes que las conversaciones continuarían la próxima semana en Ginebra.", "es"),
        ("Президент заявил в понедельник, что переговоры продолжатся на следующей неделе в Женеве.", "ru"),
        ("总统星期一表示，谈判将于下周在日内瓦继续进行。", "zh"),
        ("", "en"),
        ("Il presidente ha detto lunedì che i colloqui continueranno la prossima settimana a Ginevra.", "it"),
        ("O presidente disse na segunda-feira que as negociações vão continuar na próxima semana em Genebra.", "pt"),
        ("De president zei maandag dat de gesprekken volgende week in Genève worden voortgezet.", "nl"),
        ("大統領は月曜日、交渉は来週ジュネーブで続けられると述べた。", "ja"),
        ("Президент заявив у понеділок, що переговори продовжаться наступного тижня в Женеві.", "uk"),
        ("Ο πρόεδρος δήλωσε τη Δευτέρα ότι οι συνομιλίες θα συνεχιστούν την επόμενη εβδομάδα.", "el"),
        ("قال الرئيس يوم الاثنين إن المحادثات ستستمر الأسبوع المقبل في جنيف.", "ar"),
        ("대통령은 월요일 회담이 다음 주 제네바에서 계속될 것이라고 말했다.", "ko"),
        ("Prezydent powiedział w poniedziałek, że rozmowy będą kontynuowane w przyszłym tygodniu w Genewie.", "pl"),
        ("Presidenten sa på måndagen att samtalen kommer att fortsätta nästa vecka i Genève.", "sv"),
        ("Cumhurbaşkanı pazartesi günü görüşmelerin gelecek hafta Cenevre'de devam edeceğini söyledi.", "tr"),
        ("12345 67890", "en"),
    ];
    for (text, code) in cases {
        assert_eq!(Language::detect(text).code(), code, "{text}");
    }
}

#[test]
fn top_two_is_the_first_highest_and_the_runner_up() {
    assert_eq!(top_two(&[1u32, 3, 3, 2], u32::cmp), (1, 3, 3));
    assert_eq!(top_two(&[5u32, 1, 4], u32::cmp), (0, 5, 4));
    assert_eq!(top_two(&[2.0f32], f32::total_cmp), (0, 2.0, 0.0));
    assert_eq!(top_two(&[0.5f32, 1.5, 1.0], f32::total_cmp), (1, 1.5, 1.0));
}

#[test]
fn codes() {
    assert_eq!(Language::from_code("FR").map(|l| l.code()), Some("fr"));
    assert_eq!(Language::from_code("deu").map(|l| l.code()), Some("de"));
    assert_eq!(Language::from_code("xx"), None);
}

#[cfg(not(feature = "lean"))]
#[test]
fn detects_news_paragraphs() {
    let cases = [
        (
            "Officials said the storm had moved north overnight, leaving thousands of homes without power. \
             Crews were working to restore electricity, and schools would remain closed until Thursday.",
            "en",
        ),
        (
            "Les autorités ont indiqué que la tempête s'était déplacée vers le nord pendant la nuit, privant \
             d'électricité des milliers de foyers. Les écoles resteront fermées jusqu'à jeudi.",
            "fr",
        ),
        (
            "Die Behörden teilten mit, der Sturm sei über Nacht nach Norden gezogen und habe tausende \
             Haushalte ohne Strom gelassen. Die Schulen bleiben bis Donnerstag geschlossen.",
            "de",
        ),
        (
            "Las autoridades dijeron que la tormenta se había desplazado hacia el norte durante la noche y \
             dejó a miles de hogares sin electricidad. Las escuelas seguirán cerradas hasta el jueves.",
            "es",
        ),
        (
            "Le autorità hanno detto che la tempesta si è spostata verso nord durante la notte, lasciando \
             migliaia di case senza elettricità. Le scuole resteranno chiuse fino a giovedì.",
            "it",
        ),
        (
            "As autoridades disseram que a tempestade se deslocou para o norte durante a noite, deixando \
             milhares de casas sem eletricidade. As escolas vão continuar fechadas até quinta-feira.",
            "pt",
        ),
        (
            "De autoriteiten zeiden dat de storm 's nachts naar het noorden was getrokken, waardoor duizenden \
             huizen zonder stroom kwamen te zitten. De scholen blijven tot donderdag gesloten.",
            "nl",
        ),
        (
            "Власти сообщили, что за ночь шторм сместился на север, оставив тысячи домов без электричества. \
             Школы будут закрыты до четверга.",
            "ru",
        ),
        ("当局表示，风暴在夜间向北移动，导致数千户家庭停电。学校将关闭至星期四。", "zh"),
        (
            "当局によると、嵐は夜のうちに北へ移動し、数千世帯が停電した。学校は木曜日まで休校となる。",
            "ja",
        ),
    ];
    for (text, code) in cases {
        assert_eq!(Language::detect(text).code(), code, "{text}");
    }
}

#[cfg(not(feature = "lean"))]
#[test]
fn stop_words_match_the_crate() {
    let codes: Vec<&str> = stop_codes().collect();
    assert_eq!(codes, stop_words::available_languages());
    let mut total = 0;
    for code in codes {
        // The same set: build.rs sorts the lists and leaves out empty words and phrases.
        let mut ours: Vec<&str> = stop_list(code).map(|l| l.collect()).unwrap_or_default();
        let mut theirs: Vec<&str> = stop_words::lookup(code).unwrap_or(&[]).to_vec();
        // build.rs leaves out what no lookup can match (see left_out_words_are_never_looked_up).
        theirs.retain(|w| !w.is_empty() && !w.chars().any(char::is_whitespace));
        ours.sort_unstable();
        theirs.sort_unstable();
        theirs.dedup();
        assert_eq!(ours.len(), theirs.len(), "{code}");
        assert_eq!(ours, theirs, "{code}");
        let analyzer = Analyzer::new(Language::from_code(code).expect("a stop-word language has a code"));
        assert!(theirs.iter().all(|w| analyzer.is_stop(w)), "{code}");
        total += ours.len();
    }
    assert!(total > 20_000, "{total} stop words");
}

/// The lean build (`cargo test -p gistr --features lean --lib lang`):
/// English where the full build certainly finds it, else UNKNOWN; every
/// code the full build accepts; English's stop words and stemmer.
#[cfg(feature = "lean")]
#[test]
fn lean_detects_english_or_unknown() {
    let english = "The president said on Monday that the talks would continue next week in Geneva.";
    assert_eq!(Language::detect(english).code(), "en");
    assert_eq!(Language::detect("").code(), "en");
    for other in [
        "Le président a déclaré lundi que les négociations se poursuivraient la semaine prochaine à Genève.",
        "Ο πρόεδρος δήλωσε τη Δευτέρα ότι οι συνομιλίες θα συνεχιστούν την επόμενη εβδομάδα.",
        "总统星期一表示，谈判将于下周在日内瓦继续进行。",
    ] {
        assert_eq!(Language::detect(other), Language::UNKNOWN, "{other}");
    }
    for code in ["fr", "el", "zh", "br", "deu"] {
        assert!(Language::from_code(code).is_some(), "{code}");
    }
    assert_eq!(Language::from_code("xx"), None);
    let en = Analyzer::new(Language::ENGLISH);
    assert!(en.is_stop("the") && !en.is_stop("bridge"));
    assert_eq!(en.stem("running"), "run");
}

/// The Latin-script candidates' bits in the stop index.
#[cfg(not(feature = "lean"))]
fn latin_mask() -> u64 {
    candidate_bits(Script::Latin as usize)
        .iter()
        .filter(|&&b| b < 64)
        .fold(0, |m, &b| m | 1 << b)
}

/// `build.rs` has the same list of Latin-script candidates as [`LATIN`],
/// and the same codes as the stop words.
#[cfg(not(feature = "lean"))]
#[test]
fn lean_data_is_the_full_data() {
    let build = include_str!("../../build.rs");
    let theirs = build
        .split("const LATIN: &[&str] = &[")
        .nth(1)
        .and_then(|s| s.split("];").next());
    let theirs: Vec<&str> = theirs
        .unwrap_or_default()
        .split(',')
        .map(|c| c.trim().trim_matches('"'))
        .filter(|c| !c.is_empty())
        .collect();
    assert_eq!(theirs, LATIN);
    assert_eq!(STOP_CODES, stop_codes().collect::<String>());
    // Each English word's count of Latin-script lists is the index's.
    let english: Vec<&str> = stop_list("en").map(|l| l.collect()).unwrap_or_default();
    assert_eq!(english.len(), ENGLISH_SHARED.len());
    let mask = latin_mask();
    assert_eq!(mask.count_ones() as usize, LATIN.len());
    for (w, &n) in english.iter().zip(ENGLISH_SHARED) {
        let langs = stop_index().get(w).copied().unwrap_or(0) & mask;
        assert_eq!(langs.count_ones(), u32::from(n), "{w}");
    }
    assert_eq!(english_shared_map().len(), english.len());
}

/// No false negative: every stop word of a Latin-script candidate that
/// English does not list is in the Bloom filter.
#[cfg(not(feature = "lean"))]
#[test]
fn the_bloom_filter_holds_every_other_latin_stop_word() {
    let mut n = 0;
    for &code in &LATIN[1..] {
        for w in stop_list(code).into_iter().flatten() {
            if english_shared(w).is_none() {
                assert!(in_latin_bloom(w), "{code}: {w}");
                n += 1;
            }
        }
    }
    assert!(n > 10_000, "{n}");
    // And it says no to most other words.
    let other = [
        "council",
        "bridge",
        "storm",
        "president",
        "river",
        "minister",
        "tuesday",
        "million",
    ];
    assert!(other.iter().filter(|w| in_latin_bloom(w)).count() <= 2);
}

/// The lean detection's promise: where it finds English, so does the
/// full detection, on texts of stop words of many Latin-script
/// languages mixed with English and other words, the news paragraphs
/// above and the fixtures.
#[cfg(not(feature = "lean"))]
#[test]
fn english_for_sure_is_english() {
    use proptest::prelude::*;
    use proptest::test_runner::{Config, TestRunner};
    let mut vocabulary: Vec<&'static str> = Vec::new();
    for &code in LATIN {
        vocabulary.extend(stop_list(code).into_iter().flatten().step_by(7));
    }
    vocabulary.extend([
        "council",
        "bridge",
        "storm",
        "Paris",
        "élection",
        "année",
        "große",
        "ñandú",
        "Łódź",
    ]);
    let vocabulary: &'static [&'static str] = vocabulary.leak();
    let english_found = std::cell::Cell::new(0);
    let mut runner = TestRunner::new(Config {
        cases: 4000,
        ..Config::default()
    });
    // Mostly English stop words, with a share of the others', so that
    // the cases fall on both sides of the bound.
    let english: Vec<&'static str> = stop_list("en").map(|l| l.collect()).unwrap_or_default();
    let english: &'static [&'static str] = english.leak();
    let word = prop_oneof![
        3 => proptest::sample::select(english),
        2 => proptest::sample::select(vocabulary),
    ];
    let texts = proptest::collection::vec(word, 0..60).prop_map(|w| w.join(" "));
    runner
        .run(&texts, |text| {
            let sample = sample_of(&text);
            if english_for_sure(sample) {
                english_found.set(english_found.get() + 1);
                prop_assert_eq!(Language::detect(&text).code(), "en", "{}", text);
            }
            Ok(())
        })
        .expect("english_for_sure implies English");
    let found = english_found.get();
    assert!(found > 400, "{found} of 4000 found English for sure");
}

/// The fixtures' articles, all English, are found English for sure but
/// one (a saved page that opens with 30 lines of menus, dates and
/// numbers, whose words many lists share): the lean module summarises
/// the others alone.
#[cfg(not(feature = "lean"))]
#[test]
fn english_fixtures_are_english_for_sure() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures");
    let (mut n, mut sure) = (0, 0);
    for sub in ["strike", "aeb-2026-12-07"] {
        let Ok(entries) = std::fs::read_dir(format!("{dir}/{sub}")) else {
            continue;
        };
        for e in entries.flatten() {
            let path = e.path();
            if path.extension().is_some_and(|x| x == "txt") {
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                assert_eq!(Language::detect(&text).code(), "en", "{path:?}");
                let yes = english_for_sure(sample_of(&text));
                assert!(yes || sub != "strike", "{path:?}");
                sure += usize::from(yes);
                n += 1;
            }
        }
    }
    assert_eq!(n, 9, "the fixtures");
    assert!(sure >= 8, "{sure} of {n} English for sure");
}

/// build.rs leaves out the stop words with white space: each is more
/// than one token, and the words detection and the duplicate profiles
/// look up are cut at white space too, so none of them was ever found.
#[cfg(not(feature = "lean"))]
#[test]
fn left_out_words_are_never_looked_up() {
    use unicode_segmentation::UnicodeSegmentation;
    let mut left_out = 0;
    for &code in stop_words::available_languages() {
        let analyzer = Analyzer::new(Language::from_code(code).expect("a stop-word language has a code"));
        for w in stop_words::lookup(code).unwrap_or(&[]) {
            if !w.chars().any(char::is_whitespace) {
                continue;
            }
            left_out += 1;
            assert!(w.unicode_words().count() > 1, "{code}: {w:?} is one token");
            let detected = w.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
            assert!(
                detected.filter(|t| !t.is_empty()).count() > 1,
                "{code}: {w:?} is one word to detection"
            );
            assert!(!analyzer.is_stop(w), "{code}: {w:?} is kept");
        }
    }
    assert_eq!(
        left_out, 487,
        "the stop words with white space (build.rs's figure)"
    );
}

/// The ASCII paths of detection (a byte at a time) against the character
/// paths: the same sample with a no-break space appended (not ASCII, and
/// no part of a word) gives the same words, so the same votes and letters.
#[test]
fn ascii_detection_is_the_character_detection() {
    let mut samples: Vec<String> = vec![
        "The president said on Monday that the talks would go on.".into(),
        "Der Präsident sagte am Montag, dass die Gespräche weitergehen.".into(),
        "'tis o'clock ''quoted'' it's don't -- 3.5% $1,000 U.S. e-mail".into(),
        "El presidente dijo el lunes que las conversaciones seguirían".into(),
        "".into(),
        "''' ' 12 34".into(),
    ];
    // Every pair of ASCII bytes around words.
    for a in (0u8..0x80).step_by(3) {
        for b in (0u8..0x80).step_by(5) {
            samples.push(format!(
                "the{}and{}of{}le{}de",
                a as char, b as char, b as char, a as char
            ));
        }
    }
    for s in &samples {
        let wide = format!("{s}\u{a0}");
        for (script, (_, candidates)) in SCRIPT_LANGS.iter().enumerate() {
            if !candidates.is_empty() && s.is_ascii() {
                assert_eq!(by_stop_words(s, script), by_stop_words(&wide, script), "{s:?}");
            }
        }
        assert_eq!(by_letters(s), by_letters(&wide), "{s:?}");
        assert_eq!(Language::detect(s), Language::detect(&wide), "{s:?}");
    }
}
