//! `rank-mismatch`, `post-mismatch`, `number-mismatch`, `date-mismatch` and `place-mismatch` on notes
//! about the seed and about another article: each with a wrong claim, the correct one, a qualifier and
//! another entity in the same sentence.

mod check_support;
use check_support::*;

#[test]
fn rank_contradicted_by_the_source() {
    let index = seed_index();
    let note = seed_note("Major-General Shahid Tirmizey led the delegation.");
    assert_eq!(words(&index, &note, "rank-mismatch"), vec!["Major-General"]);
    assert_fix(&index, &note, "rank-mismatch", "General Shahid Tirmizey");
    assert_fix(
        &index,
        &seed_note("Colonel Khayrulloyev spoke."),
        "rank-mismatch",
        "Colonel-General Khayrulloyev",
    );
}

#[test]
fn rank_agreeing_short_or_of_another_person_is_silent() {
    let index = seed_index();
    for body in [
        "General Shahid Tirmizey led the delegation.",
        "Colonel-General Sherali Khayrulloyev spoke.",
        // "General" is how a colonel-general is addressed.
        "General Khayrulloyev spoke.",
        "General Tirmizey met Colonel-General Khayrulloyev.",
        "President Emomali Rahmon endorsed it.",
    ] {
        assert!(
            words(&index, &seed_note(body), "rank-mismatch").is_empty(),
            "{body}"
        );
    }
    let fixture = fixture_index();
    assert_eq!(
        words(
            &fixture,
            "Lieutenant-General Toktogulov spoke.",
            "rank-mismatch"
        ),
        vec!["Lieutenant-General"]
    );
    assert!(
        words(
            &fixture,
            "Major-General Toktogulov met Colonel Zhaksybekov.",
            "rank-mismatch"
        )
        .is_empty()
    );
}

#[test]
fn post_contradicted_by_the_source() {
    let index = seed_index();
    let note = seed_note("Khayrulloyev, the foreign minister, praised Russian help.");
    assert_eq!(
        words(&index, &note, "post-mismatch"),
        vec!["the foreign minister"]
    );
    assert_fix(&index, &note, "post-mismatch", "defense minister");
    assert_eq!(
        words(
            &index,
            &seed_note("Foreign Minister Khayrulloyev spoke."),
            "post-mismatch"
        ),
        vec!["Foreign Minister"]
    );
    // Level: the source says deputy.
    assert_eq!(
        words(
            &index,
            &seed_note("Nasriddinov, the minister of foreign affairs, met them."),
            "post-mismatch"
        )
        .len(),
        1
    );
    // Someone else's post: the message says whose.
    let found = findings(
        &index,
        &seed_note("Khayrulloyev, deputy minister of foreign affairs, spoke."),
        "post-mismatch",
    );
    assert_eq!(found.len(), 1);
    assert!(
        found[0].1.message.contains("Nasriddinov"),
        "{}",
        found[0].1.message
    );
}

#[test]
fn post_agreeing_or_of_another_person_is_silent() {
    let index = seed_index();
    for body in [
        "Khayrulloyev, Tajikistan’s defense minister, spoke.",
        "Defense Minister Khayrulloyev spoke.",
        "Tirmizey met Nasriddinov, deputy minister of foreign affairs.",
        "Nasriddinov, the deputy foreign minister, met Tirmizey.",
        "Khayrulloyev, in his efforts to deliver success, spoke.",
    ] {
        assert!(
            words(&index, &seed_note(body), "post-mismatch").is_empty(),
            "{body}"
        );
    }
    let fixture = fixture_index();
    assert_eq!(
        words(
            &fixture,
            "Toktogulov, the defense minister, spoke.",
            "post-mismatch"
        ),
        vec!["the defense minister"]
    );
    assert!(
        words(
            &fixture,
            "Toktogulov, first deputy defense minister, met Asanaliyev, the foreign minister.",
            "post-mismatch"
        )
        .is_empty()
    );
    assert_eq!(
        words(
            &fixture,
            "Asanaliyev, the defense minister, met them.",
            "post-mismatch"
        ),
        vec!["the defense minister"]
    );
}

#[test]
fn counts_contradicted_by_the_source() {
    let index = seed_index();
    let note = seed_note(
        "Khayrulloyev said Tajikistan sends 600 servicemen a year to Russian military academies.",
    );
    assert_eq!(
        words(&index, &note, "number-mismatch"),
        vec!["600 servicemen"]
    );
    assert_fix(&index, &note, "number-mismatch", "300 to 400 servicemen");
    let note = seed_note("Masnad-2006 drew about 2,000 servicemen.");
    assert_eq!(
        words(&index, &note, "number-mismatch"),
        vec!["about 2,000 servicemen"]
    );
    assert_fix(
        &index,
        &note,
        "number-mismatch",
        "more than 3,000 servicemen",
    );
    assert_eq!(
        words(
            &index,
            &seed_note("Masnad-2006 was carried out in four stages."),
            "number-mismatch"
        ),
        vec!["four stages"]
    );
}

#[test]
fn counts_within_ranges_and_qualifiers_are_silent() {
    let index = seed_index();
    for body in [
        "Khayrulloyev said Tajikistan sends about 350 servicemen a year to Russian academies.",
        "Khayrulloyev said Tajikistan sends 300-400 servicemen a year to Russian academies.",
        "Masnad-2006 involved some 3,500 servicemen and officers in three stages.",
        "Masnad-2006 involved more than 3,000 troops.",
        // Another count of another thing in the same sentence.
        "Khayrulloyev said courses in Russia last three to five years.",
    ] {
        assert!(
            words(&index, &seed_note(body), "number-mismatch").is_empty(),
            "{body}"
        );
    }
    let fixture = fixture_index();
    assert_eq!(
        words(
            &fixture,
            "Ilbirs-2011 will involve 3,000 servicemen.",
            "number-mismatch"
        ),
        vec!["3,000 servicemen"]
    );
    assert!(
        words(
            &fixture,
            "Ilbirs-2011 will involve some 1,400 troops.",
            "number-mismatch"
        )
        .is_empty()
    );
    assert!(
        words(
            &fixture,
            "Toktogulov said 150 Kyrgyz officers study in Kazakhstan.",
            "number-mismatch"
        )
        .is_empty()
    );
    assert_eq!(
        words(
            &fixture,
            "Toktogulov said 400 Kyrgyz officers study in Kazakhstan.",
            "number-mismatch"
        ),
        vec!["400 Kyrgyz officers"]
    );
}

#[test]
fn dates_contradicted_by_the_source() {
    let index = seed_index();
    let note = seed_note("The Pakistani delegation visited on March 25.");
    assert_eq!(words(&index, &note, "date-mismatch"), vec!["March 25"]);
    assert_fix(&index, &note, "date-mismatch", "visited on March 28-29");
    assert_eq!(
        words(
            &index,
            &seed_note("Khayrulloyev spoke in Dushanbe on March 30."),
            "date-mismatch"
        ),
        vec!["March 30"]
    );
    let fixture = fixture_index();
    assert_eq!(
        words(
            &fixture,
            "Toktogulov spoke in Bishkek on June 15.",
            "date-mismatch"
        ),
        vec!["June 15"]
    );
}

#[test]
fn dates_matching_spans_citations_and_other_events_are_silent() {
    let index = seed_index();
    for body in [
        "The Pakistani delegation visited on March 28.",
        "Khayrulloyev spoke in Dushanbe on March 29 (Interfax, March 30).",
        "Tajik brigades concluded a joint exercise in late March.",
        "The 92nd Motorized Rifle Regiment starts exercises at the Lohur training ground on April 4.",
        // The sentence states the source's date as well.
        "The Pakistani delegation visited on March 28-29, not on March 25 as first reported.",
        // Another event of the same man: nothing in the sources to compare with.
        "Khayrulloyev flew to Beijing on April 10.",
    ] {
        assert!(
            words(&index, &seed_note(body), "date-mismatch").is_empty(),
            "{body}"
        );
    }
    let fixture = fixture_index();
    assert!(
        words(
            &fixture,
            "Toktogulov spoke in Bishkek in mid-June.",
            "date-mismatch"
        )
        .is_empty()
    );
}

#[test]
fn places_contradicted_by_the_source() {
    let index = seed_index();
    let note = seed_note("The delegation saw the Lohur firing range.");
    assert_eq!(words(&index, &note, "place-mismatch"), vec!["Lohur"]);
    assert_fix(
        &index,
        &note,
        "place-mismatch",
        "the Fakhrobod firing range",
    );
    let note = seed_note(
        "Khayrulloyev explained in Khujand on March 29 that Russia is the most reliable partner.",
    );
    assert_eq!(words(&index, &note, "place-mismatch"), vec!["Khujand"]);
    let fixture = fixture_index();
    assert_eq!(
        words(
            &fixture,
            "The 68th Mountain Rifle Brigade will hold exercises at the Koi-Tash training ground.",
            "place-mismatch"
        ),
        vec!["Koi-Tash"]
    );
}

#[test]
fn places_the_source_names_are_silent() {
    let index = seed_index();
    for body in [
        "The delegation saw the Fakhrobod firing range.",
        "The 92nd Motorized Rifle Regiment will exercise at the Lohur training ground on April 4.",
        "Masnad-2006 was held at the Sumbula military range in Khatlon.",
        "Khayrulloyev explained in Dushanbe on March 29 that Russia is the most reliable partner.",
    ] {
        assert!(
            words(&index, &seed_note(body), "place-mismatch").is_empty(),
            "{body}"
        );
    }
    let fixture = fixture_index();
    assert!(
        words(
            &fixture,
            "Zhaksybekov’s delegation visited the Koi-Tash firing range.",
            "place-mismatch"
        )
        .is_empty()
    );
}

#[test]
fn a_citation_wrapped_across_lines_is_named_on_one_line() {
    let text = "Publication: Regional Security Monitor Volume: 4 Issue: 12\n\n\
        On May 3, Colonel General Arman Seitkali, the chief of the\n\
        general staff, inspected the 12th Mechanized Brigade near\n\
        Taraz (Interfax-Kazakhstan,\nMay 4; Kazinform, May 5).\n";
    let article = dossier::corpus::Article::parse("sources/monitor-4-12.txt", text.to_string());
    let g = dossier::gazetteer::Gazetteer::default();
    let index = dossier::index::Index::build(vec![article], &g);
    let note = "# Note\n\nMajor General Arman Seitkali inspected the brigade.\n";
    let found = dossier::check::check_note(&index, note, &dossier::check::Settings::default());
    let rank = found
        .iter()
        .find(|f| f.code == "rank-mismatch")
        .unwrap_or_else(|| panic!("no rank-mismatch: {found:?}"));
    assert!(
        rank.message
            .contains("(Interfax-Kazakhstan, May 4; Kazinform, May 5)")
            || rank
                .message
                .contains("Interfax-Kazakhstan, May 4; Kazinform, May 5"),
        "{}",
        rank.message
    );
    assert!(!rank.message.contains('\n'), "{:?}", rank.message);
}

#[test]
fn many_disagreeing_sources_are_summed_up_not_listed() {
    let g = dossier::gazetteer::Gazetteer::default();
    let articles = (1..=7)
        .map(|i| {
            let text = format!(
                "Title: Drills, part {i}\n\nThe joint exercise Steppe Shield-2024 involved more than \
                 {i},000 servicemen, the ministry said (Interfax, May {i}).\n"
            );
            dossier::corpus::Article::parse(format!("sources/part-{i}.txt"), text)
        })
        .collect();
    let index = dossier::index::Index::build(articles, &g);
    let note = "# Note\n\nSteppe Shield-2024 drew some 100 servicemen.\n";
    let found = dossier::check::check_note(&index, note, &dossier::check::Settings::default());
    let count = found
        .iter()
        .find(|f| f.code == "number-mismatch")
        .unwrap_or_else(|| panic!("no number-mismatch: {found:?}"));
    assert!(
        count.message.starts_with("the sources disagree: ")
            && count.message.contains(" and 3 other values;"),
        "{}",
        count.message
    );
    assert_eq!(count.fixes.len(), 4, "{:?}", count.fixes);
    assert_eq!(count.related.len(), 4, "one passage per value shown");
}
