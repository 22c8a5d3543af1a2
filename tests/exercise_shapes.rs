//! Exercises and operations as the genre names them across countries and outlets: each case is a short
//! passage with its exercise mentions marked `[[...]]`, and the recognizer must find exactly those spans
//! (misses and extras both fail). Traps (sports events, conferences, weapons, space probes, unnamed drills)
//! carry no mark.

use dossier::corpus::Article;
use dossier::entity::Kind;
use dossier::recognize::recognize;

/// The unmarked text and the marked spans.
fn unmark(marked: &str) -> (String, Vec<std::ops::Range<usize>>) {
    let mut text = String::new();
    let mut spans = Vec::new();
    let mut rest = marked;
    while let Some(a) = rest.find("[[") {
        text.push_str(&rest[..a]);
        let start = text.len();
        rest = &rest[a + 2..];
        let b = rest.find("]]").expect("unclosed mark in a test case");
        text.push_str(&rest[..b]);
        spans.push(start..text.len());
        rest = &rest[b + 2..];
    }
    text.push_str(rest);
    (text, spans)
}

/// Every case's differences from its marks, one line each.
fn differences(cases: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    for case in cases {
        let (text, gold) = unmark(case);
        let article = Article::parse("t.txt", text.clone());
        let mut got: Vec<_> = recognize(&article)
            .into_iter()
            .filter(|f| f.kind == Kind::Exercise)
            .flat_map(|f| f.mentions)
            .collect();
        got.sort_by_key(|r| r.start);
        for g in &gold {
            if !got.contains(g) {
                out.push(format!("missed {:?} in {:?}", &text[g.clone()], case));
            }
        }
        for r in &got {
            if !gold.contains(r) {
                out.push(format!("extra {:?} in {:?}", &text[r.clone()], case));
            }
        }
    }
    out
}

fn assert_exact(cases: &[&str]) {
    let d = differences(cases);
    assert!(d.is_empty(), "{} differences:\n{}", d.len(), d.join("\n"));
}

#[test]
fn russian_and_csto_exercises() {
    assert_exact(&[
        "Russia and Belarus held the joint strategic exercise [[Zapad-2025]] on September 12-16, the defense ministry said.",
        "The [[Vostok 2022]] strategic command-staff exercise involved some 50,000 troops, according to the ministry.",
        "Minsk hosted the [[Union Resolve-2022]] joint drills in February, weeks before the invasion.",
        "The [[Kavkaz-2020]] strategic command-staff exercise drew contingents from Armenia, Belarus and China.",
        "In 2007 the SCO staged [[Peace Mission 2007]] near Chelyabinsk.",
        "The Russian and Chinese navies completed [[Joint Sea-2021]] in the Sea of Japan on Tuesday.",
        "CSTO forces rehearsed a border crisis during [[Interaction-2023]] at the Losvido range in Belarus.",
        "The [[Zapad]] exercises are held every four years; [[Zapad-2021]] was the largest in a decade.",
        "Strategic nuclear forces took part in the [[Grom-2019]] exercise, TASS reported.",
    ]);
}

#[test]
fn nato_and_european_exercises() {
    assert_exact(&[
        "NATO's largest exercise since the Cold War, [[Steadfast Defender 24]], began in January with 90,000 troops.",
        "Sixteen ships joined [[BALTOPS 24]] in the Baltic Sea, the US Sixth Fleet said.",
        "Norway hosted [[Trident Juncture 2018]], which tested the alliance's reinforcement plans.",
        "Ukraine and the United States co-hosted [[Sea Breeze 2021]] in the Black Sea.",
        "Polish troops took part in [[Anakonda-24]], the country's biggest exercise this year.",
        "The US Army's [[Defender Europe 21]] exercise moved forces into the Balkans.",
        "Finland and Sweden will join [[Cold Response 2026]] in northern Norway.",
        "Estonia's annual [[Spring Storm]] exercise ([[Kevadtorm]]) involved 14,000 reservists.",
        "Lithuanian soldiers trained alongside German units during [[Iron Wolf 2024-II]].",
        "US troops in the Baltic states took part in [[Saber Strike 2018]].",
    ]);
}

#[test]
fn indo_pacific_exercises() {
    assert_exact(&[
        "Thailand and the United States opened [[Cobra Gold 2025]] ([[CG25]]) in Rayong on 25 February.",
        "Australia's biennial [[Talisman Sabre 23]] drew 30,000 personnel from 13 countries.",
        "Twenty-nine nations sent ships to [[RIMPAC 2024]] off Hawaii.",
        "India, Japan, Australia and the US conducted the [[Malabar]] naval exercise off Visakhapatnam.",
        "The Royal Australian Air Force hosted [[Pitch Black 24]] in Darwin.",
        "F-16s from Misawa flew in [[Red Flag Alaska 24-2]] in June.",
        "US and Philippine forces began [[Balikatan 39-2024]] on April 22, the largest iteration to date.",
        "South Korea and the US started the [[Ulchi Freedom Shield]] exercise on Monday despite warnings from Pyongyang.",
        "The Japan Ground Self-Defense Force and US Marines held [[Resolute Dragon 24]] in Hokkaido.",
        "Command post exercise [[Yama Sakura 87]] took place at Camp Kengun.",
        "The US Army and JGSDF conducted [[Orient Shield 24]] across Japan.",
        "Mongolia hosted the multinational peacekeeping exercise [[Khaan Quest 2024]] at the Five Hills training area.",
        "Taiwan's annual [[Han Kuang 40]] exercise will run for ten days, the defence ministry said.",
        "The PLA Eastern Theater Command launched [[Strait Thunder-2025A]] around Taiwan on Wednesday.",
        "Beijing staged the [[Joint Sword-2024B]] drills days after Lai's National Day speech.",
    ]);
}

#[test]
fn south_asian_and_middle_eastern_exercises() {
    assert_exact(&[
        "Indian and Russian troops conducted [[Indra-2021]] at Volgograd.",
        "Pakistan and China held the [[Shaheen-IX]] air exercise in Bhulari.",
        "Jordan hosted [[Eager Lion 2023]] with 30 participating countries.",
        "The 19th edition of [[Yudh Abhyas]] opened at Auli on Tuesday.",
        "The tenth edition of exercise [[Mitra Shakti]] between India and Sri Lanka began in Pune.",
        "The Indian Army contingent left for Umroi to take part in [[Nomadic Elephant 2024]].",
        "The India-Uzbekistan joint exercise [[Dustlik]] was held in Termez.",
        "Uzbek and Indian paratroopers trained together during [[Dustlik-II]] in Pithoragarh.",
        "Egypt hosted [[Bright Star 2023]] at Mohamed Naguib base with 34 countries.",
        "US and Israeli forces rehearsed strikes in [[Juniper Oak 23.2]] in January.",
        "Bahrain's forces took part in [[Iron Union 25]] with the US Army Central.",
    ]);
}

#[test]
fn operations() {
    assert_exact(&[
        "Ukraine's security service said Operation [[Spider's Web]] had taken 18 months to prepare.",
        "India launched Operation [[Sindoor]] on 7 May against sites in Pakistan and Pakistan-administered Kashmir.",
        "Pakistan answered with Operation [[Bunyan-um-Marsoos]] on 10 May.",
        "Israel began Operation [[Rising Lion]] in the early hours of 13 June.",
        "The IRGC called its missile attack Operation [[True Promise II]].",
        "The EU naval mission Operation [[Aspides]] escorts merchant ships in the Red Sea.",
        "France ended Operation [[Barkhane]] in November 2022 after nine years in the Sahel.",
        "Turkish forces launched Operation [[Claw-Lock]] in northern Iraq in April 2022.",
        "US B-2 bombers struck Fordow during Operation [[Midnight Hammer]].",
        "Israel's Operation [[Guardian of the Walls]] lasted eleven days in May 2021.",
    ]);
}

#[test]
fn americas_and_africa_exercises() {
    assert_exact(&[
        "Navies from 20 countries took part in [[UNITAS LXIV]] off the coast of Colombia.",
        "Morocco hosted [[African Lion 24]], US Africa Command's largest annual exercise.",
        "Special forces from 30 nations joined [[Flintlock 2024]] in Ghana and Côte d'Ivoire.",
        "Latvia's National Armed Forces held the [[Summer Shield XXI]] exercise at Adazi.",
    ]);
}

#[test]
fn quoted_wrapped_and_aliased_names() {
    assert_exact(&[
        "The drills, dubbed \u{201c}[[Zapad-2025]]\u{201d}, were watched by observers from the US and Turkey.",
        "Moscow and Minsk will hold the \"[[Union Shield-2023]]\" exercise next autumn.",
        "The ministry said the exercise, codenamed [[Indestructible Brotherhood-2024]], would test rapid deployment.",
        "Australian and Indonesian forces joined [[Talisman\nSabre 2025]] ([[TS25]]) on 13 July.",
        "Kazakhstan held the [[Dala Qalqany-2025]] ([[Steppe Shield-2025]]) command-staff exercise in Almaty region.",
        "Soldiers trained for [[Steadfast Defender '24]] at the Drawsko Pomorskie range.",
    ]);
}

#[test]
fn unnamed_drills_and_traps_are_not_exercises() {
    assert_exact(&[
        "The brigade held a command-staff exercise at the Lyaur training ground, the press service said.",
        "Tactical exercises with live firing took place in the Khatlon region.",
        "The drills ended on Friday with a parade of the participating units.",
        "Ukraine's Kursk incursion began on 6 August 2024, catching Moscow by surprise.",
        "Defence ministers met at the Shangri-La Dialogue 2024 in Singapore.",
        "The minister spoke at the Munich Security Conference 2025 about air defence.",
        "The armed forces team won five medals at the CISM World Military Games 2019 in Wuhan.",
        "Veterans from 23 nations competed in the Invictus Games 2025 in Vancouver.",
        "Russia unveiled new armour at the Army-2022 forum outside Moscow.",
        "The Luna-25 probe crashed into the Moon on 19 August.",
        "Russia launched dozens of Geran-2 drones and Kh-101 missiles overnight.",
        "The Shenzhou-18 crew returned to Earth on Wednesday.",
        "The navy displayed the system at SEADEX 2025 in Muscat.",
        "Saudi Vision 2030 envisages localising half of military spending.",
        "The ministry published its Defence Strategy 2030 last week.",
    ]);
}

#[test]
fn editions_and_year_forms() {
    assert_exact(&[
        "[[Ferocious Falcon 5]] was held in Qatar in 2024, and [[Ferocious Falcon 6]] followed a year later.",
        "Indian and French soldiers concluded [[Shakti 2024]] in Umroi; the exercise is held every two years.",
        "The navy sent two frigates to [[Sea Breeze-25]] off Odesa.",
        "The ninth edition of the [[Khanjar]] exercise was held in Shillong; [[Khanjar-XI]] will be held in Kyrgyzstan.",
    ]);
}

#[test]
fn names_with_arabic_particles_and_translations() {
    assert_exact(&[
        "The chief of staff oversaw the final phase of the [[Qalaa al-Sahil 1]] ([[Coast Citadel 1]]) exercise near Sirte.",
        "The commander said a second exercise, [[Qalaa al-Sahil 2]], was planned for the spring.",
        "Saudi and Pakistani troops concluded the [[Al-Samsaam 8]] joint exercise at the Mangla range.",
        "Gulf navies began the [[Dir al-Jazira 11]] ([[Peninsula Shield 11]]) drills off Kuwait.",
        "Omani and Indian soldiers trained together in the [[Al Najah V]] exercise in Salalah.",
        "Egyptian and Saudi paratroopers held the [[Tariq 12]] exercise in Tabuk.",
    ]);
}

#[test]
fn acronyms_of_the_exercise_s_words() {
    assert_exact(&[
        "Ministers watched the [[Ahmet Selim Demir 2025]] joint exercise ([[ASD-25]]) in Nakhchivan. \"[[ASD-25]] shows that the two armies fight as one,\" the minister said.",
        "The harbour phase of [[Harmattan Express 26]], the annual maritime security exercise, opened. The admiral said [[HE26]] would test how navies share information.",
        "Troops joined [[Anatolian Eagle 2025]], the air exercise at Konya. The AE-24 pilots had flown elsewhere.",
    ]);
}

#[test]
fn named_later_or_taken_part_in() {
    assert_exact(&[
        "Haftar briefed the president on a joint drill in the Sirte area, later named [[Coast Citadel-1]], with Egyptian observers.",
        "The battalion will next take part in [[Tagisan 9]] in Mindoro.",
        "The regiment took part in [[Balikatan 40]] in April.",
        "Two frigates took part in [[Tiger Claw 7]]. They returned on Monday.",
        "The runners took part in Stage 7. They finished late.",
        "Marines from three nations took part in [[Tandem Anvil XII]], the air force said.",
        "The squadron took part in Formula 1 events and in Season 2 of the show.",
        "The pupils will take part in Round 2 of the contest.",
        "The team took part in Stage 3 of the rally.",
        "Veterans took part in Article 5 consultations.",
        "The opposition took part in Geneva II, the UN-backed talks.",
        "Delegations took part in Astana 21 on Monday.",
        "Both sides took part in Istanbul 2 and Istanbul 3 last year.",
        "Army officers took part in Lakeside II, the peace talks, as observers.",
    ]);
}

#[test]
fn events_beside_exercises() {
    assert_exact(&[
        "The exercise came months after the SEADEX 2025 defence exhibition in Muscat.",
        "The deal was signed at the DSEI 2025 arms fair in London, weeks before the [[Joint Warrior 25]] exercise.",
        "Servicemen of the southern command won team events at the army Spartakiad-2025 in Almaty after the exercise.",
        "Egypt will deploy troops to the African Union mission in Somalia after the drills.",
        "Officers from the drills attended the Army Games 2025 closing ceremony.",
    ]);
}

#[test]
fn months_of_the_and_translations_inside_names() {
    assert_exact(&[
        "The joint naval exercise \"[[August Thunder-2024]]\" entered its active phase on Thursday.",
        "The Caspian phase of Russia’s [[October Storm-25]] drew ships from Astrakhan, the exercise's command said.",
        "In July [[Zapad-2025]] drew observers from Minsk.",
        "Reservists were called up for the \"[[Defenders of the Homeland 2024]]\" exercise, which will run until May.",
        "The territorial defence exercise [[Zakhyst Batkivshchyny-2024]] (\"[[Defence of the Homeland]]\") entered its second week.",
        "The admiral will attend the large [[Osennyaya Burya]] ([[Autumn Storm]]) exercise later this month.",
        "The brigade will prepare for the larger exercise, which the two capitals plan for 2027 under the name [[Allied Resolve]].",
        "He fought in the war under the name Ivan Petrov.",
        "Minsk and Moscow plan a larger exercise for 2027 under the name [[Union Shield]].",
        "Veterans who took part in the drills now fight under the name Redut.",
        "The exercise was reported under the name of the ministry.",
    ]);
}

#[test]
fn numbered_names_in_apposition_to_a_drill() {
    assert_exact(&[
        "The most telling event, however, was [[Berkut-3]], a Kazakh-Kyrgyz-Uzbek drill for airborne forces.",
        "The highlight was [[Sahin-IV]], a joint Turkish-Pakistani exercise near Konya.",
        "The newcomer was Su-30, a Russian fighter jet.",
    ]);
}
