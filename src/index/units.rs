//! Keys of units' names across articles.

use crate::recognize::translit;

/// The key of a unit's name, in American spelling: "Eastern Theatre Command" and "Eastern Theater
/// Command" are one command. The spelling key writes doubled letters once, digits too; the unit's
/// number is kept whole after it, so that the "4th Army Corps" of one country never becomes the "44th
/// Army Corps" of another.
pub fn unit_key(name: &str) -> String {
    let mut key = translit::american(&translit::key(name));
    if name.bytes().any(|b| b.is_ascii_digit()) {
        key.push('#');
        key.extend(name.chars().filter(char::is_ascii_digit));
    }
    key
}

#[cfg(test)]
mod tests {
    use super::unit_key;

    #[test]
    fn numbers_that_differ_give_keys_that_differ() {
        assert_ne!(unit_key("4th Army Corps"), unit_key("44th Army Corps"));
        assert_ne!(unit_key("11th Brigade"), unit_key("1st Brigade"));
        assert_eq!(unit_key("44th Army Corps"), unit_key("44th army corps"));
        assert_eq!(
            unit_key("1st Armoured Division"),
            unit_key("1st Armored Division")
        );
    }
}
