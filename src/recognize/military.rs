//! Whether a sentence speaks of armed forces. Names shaped like units and exercises also name leagues,
//! regions, firms, police raids and budgets; the words around them tell them apart. One word list serves
//! every kind, so that units and exercises agree on what a sentence about armed forces is.

use super::token::Tokens;

/// Words that put a sentence among armed forces besides the lexicon's classes, in the languages whose
/// unit and exercise names the recognizer reads.
const MILITARY_WORDS: &[&str] = &[
    "army",
    "armies",
    "military",
    "armed",
    "troops",
    "soldier",
    "soldiers",
    "forces",
    "units",
    "marines",
    "navy",
    "defence",
    "defense",
    "mission",
    "missions",
    "peacekeeping",
    "deployed",
    "deployment",
    "contingent",
    "contingents",
    "rotation",
    "patrol",
    "patrols",
    "patrolled",
    "commander",
    "commanders",
    "counter-insurgency",
    "counterinsurgency",
    "insurgents",
    "jihadists",
    "militants",
    "rebels",
    "brigade",
    "brigades",
    "battalion",
    "battalions",
    "regiment",
    "regiments",
    "corps",
    "paratroopers",
    "commandos",
    "ejército",
    "armada",
    "tropas",
    "soldados",
    "militares",
    "militar",
    "armée",
    "troupes",
    "soldats",
    "militaire",
    "militaires",
    "exército",
    "forças",
    "esercito",
    "truppe",
    "soldati",
    "militari",
    "armata",
    "trupe",
    "militară",
];

/// True when the sentence of token `k`, within `window` tokens either side of it, holds a token of one of
/// the lexicon's `classes` or one of [`MILITARY_WORDS`]. Callers are rare shapes, so the bounded walk
/// costs little.
pub fn armed_forces_near(t: &Tokens, k: usize, window: usize, classes: u32) -> bool {
    let near = |x: usize| {
        x != k
            && t.same_sentence(x, k)
            && (t.toks[x].is(classes)
                || t.toks[x].is_word() && MILITARY_WORDS.iter().any(|w| t.eq(x, w)))
    };
    (k.saturating_sub(window)..k).any(near) || (k + 1..(k + window + 1).min(t.len())).any(near)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::lexicon::class::RANK;

    /// Whether the word `w` of `text` stands in a sentence about armed forces, within `window` tokens.
    fn near(text: &str, w: &str, window: usize) -> bool {
        let a = crate::corpus::Article::parse("t.txt", text.to_string());
        let t = Tokens::new(&a);
        let k = (0..t.len()).find(|&x| t.str(x) == w).unwrap();
        armed_forces_near(&t, k, window, RANK)
    }

    #[test]
    fn a_word_of_armed_forces_in_the_sentence() {
        assert!(near(
            "The Dravo battalion moved its troops east.",
            "Dravo",
            20
        ));
        assert!(near(
            "Les soldats du Tercio Velmar sont arrivés.",
            "Velmar",
            20
        ));
        assert!(near(
            "Colonel Orlin Vask took over in Kestrel.",
            "Kestrel",
            20
        ));
    }

    #[test]
    fn words_of_leagues_and_budgets_another_sentence_or_far_words_are_not() {
        assert!(!near("The Dravo group bought a port in Selm.", "Dravo", 20));
        let text = "Troops left at dawn. The Dravo league opened its season.";
        assert!(!near(text, "Dravo", 40));
        assert!(!near("Dravo one two three four five troops", "Dravo", 3));
    }
}
