//! Real text in several languages, written for these tests: language
//! detection, sentence splitting, stemming and duplicates per language.

use gistr::{summarize, Article, Budget, Options};

struct Case {
    lang: &'static str,
    /// Two articles; the first sentence of each states the same fact.
    a: &'static str,
    b: &'static str,
    /// The number of sentences of `a`.
    sentences_a: usize,
}

const CASES: &[Case] = &[
    Case {
        lang: "fr",
        a: "Le gouvernement a annoncé mardi la fermeture de la centrale nucléaire de Fessenheim d'ici à la fin de l'année. \
            Les syndicats craignent la perte de plusieurs centaines d'emplois dans la région. \
            Le maire de la commune a demandé un plan de reconversion ambitieux.",
        b: "Mardi, le gouvernement a annoncé la fermeture de la centrale nucléaire de Fessenheim avant la fin de l'année. \
            Selon la ministre, l'électricité produite sera compensée par les parcs éoliens de la côte atlantique.",
        sentences_a: 3,
    },
    Case {
        lang: "de",
        a: "Die Bundesregierung hat am Mittwoch ein neues Gesetz zum Schutz der Wälder beschlossen. \
            Waldbesitzer sollen künftig Zuschüsse für den Umbau zu Mischwäldern erhalten. \
            Umweltverbände begrüßten den Beschluss, forderten aber mehr Geld.",
        b: "Am Mittwoch beschloss die Bundesregierung ein neues Gesetz zum Schutz der Wälder. \
            Die Opposition kritisierte, dass die Mittel erst im nächsten Jahr fließen.",
        sentences_a: 3,
    },
    Case {
        lang: "es",
        a: "El ayuntamiento de Valencia aprobó el jueves un plan para plantar diez mil árboles en la ciudad. \
            Los vecinos podrán proponer las calles donde se plantarán. \
            La primera fase comenzará en otoño.",
        b: "El jueves, el ayuntamiento de Valencia aprobó un plan para plantar diez mil árboles en la ciudad. \
            La oposición pidió más detalles sobre el coste del riego.",
        sentences_a: 3,
    },
    Case {
        lang: "ru",
        a: "В среду правительство объявило о строительстве нового моста через Волгу. \
            Работы начнутся весной и продлятся три года. \
            Жители города давно ждали этого решения.",
        b: "Правительство в среду объявило о строительстве нового моста через Волгу. \
            Стоимость проекта пока не раскрывается.",
        sentences_a: 3,
    },
    Case {
        lang: "zh",
        a: "市政府星期二宣布将在明年修建一座新的跨江大桥。这座大桥预计耗资二十亿元。市民普遍对这一决定表示欢迎。",
        b: "星期二市政府宣布将在明年修建一座新的跨江大桥。有专家担心工程会影响江边的湿地。",
        sentences_a: 3,
    },
    Case {
        lang: "ja",
        a: "東京都は月曜日、新しい図書館を建設すると発表した。図書館は二〇二七年に開館する予定だ。住民は計画を歓迎している。",
        b: "東京都は月曜日に新しい図書館を建設すると発表した。建設費はまだ明らかにされていない。",
        sentences_a: 3,
    },
];

#[test]
fn detects_splits_and_merges_the_shared_fact() {
    for case in CASES {
        assert_eq!(gistr::detect_language(case.a), case.lang, "{}", case.a);
        assert_eq!(gistr::sentences(case.a).len(), case.sentences_a, "{}", case.lang);
        let articles = [Article::new(case.a), Article::new(case.b)];
        let s = summarize(&articles, &Options::default().with_budget(Budget::Sentences(3))).expect("summary");
        assert_eq!(s.articles[0].language, case.lang);
        let shared: Vec<_> = s.sentences.iter().filter(|c| c.articles == [0, 1]).collect();
        assert_eq!(
            shared.len(),
            1,
            "{}: the shared fact once, credited to both: {:#?}",
            case.lang,
            s.sentences
        );
        let first_a = &case.a[gistr::sentences(case.a)[0].clone()];
        let first_b = &case.b[gistr::sentences(case.b)[0].clone()];
        assert!(
            shared[0].text == first_a || shared[0].text == first_b,
            "{}",
            case.lang
        );
    }
}

#[test]
fn mixed_languages_in_one_set() {
    let articles: Vec<Article> = CASES.iter().map(|c| Article::new(c.a)).collect();
    let s = summarize(&articles, &Options::default().with_budget(Budget::Sentences(6))).expect("summary");
    let langs: Vec<&str> = s.articles.iter().map(|a| a.language.as_str()).collect();
    let want: Vec<&str> = CASES.iter().map(|c| c.lang).collect();
    assert_eq!(langs, want);
    assert!(!s.sentences.is_empty());
}

#[test]
fn a_given_language_overrides_detection() {
    let s = summarize(
        &[Article::new(CASES[0].a)],
        &Options::default().with_language("fr"),
    )
    .expect("summary");
    assert_eq!(s.articles[0].language, "fr");
}
