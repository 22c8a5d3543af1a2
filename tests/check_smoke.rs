mod check_support;
use check_support::*;

#[test]
fn smoke() {
    let index = seed_index();
    let note = "---\nsource: edm-3-65-tajik-military.txt\n---\n# Notes\n\nMajor-General Shahid Tirmizei led the delegation. Khayrulloyev, the foreign minister, said Tajikistan sends 600 servicemen a year to Russian military academies. He said “cooperation between our countries is at a high level today.” The Pakistani delegation visited on March 25. The delegation saw the Lohur firing range. Colonel Ivan Petrov attended. Masnad-2006 involved some 3,500 servicemen. Nasriddinow met them.\n";
    for f in dossier::check::check_note(&index, note, &dossier::check::Settings::default()) {
        eprintln!(
            "{} {:?} {}: {}\n   fixes {:?}",
            f.code,
            &note[f.range.clone()],
            f.severity.as_str(),
            f.message,
            f.fixes
                .iter()
                .map(|f| f
                    .edits
                    .iter()
                    .map(|e| e.new_text.clone())
                    .collect::<Vec<_>>())
                .collect::<Vec<_>>()
        );
    }
}
