//! Transliteration-aware keys: two spellings of one name that outlets use (Rahimov / Rakhimov,
//! Shoigu / Shoygu, Khudoyberdiyev / Hudoiberdiev, Sergeyev / Sergeev, Dzhumabekov / Jumabekov) get the
//! same key. Names from Russian, Tajik, Uzbek, Kazakh, Georgian and Arabic reach English through several
//! romanization systems; the folds below undo the differences between them, not spelling mistakes.

/// A key under which transliteration variants of a name collide. Case, diacritics, apostrophes, hyphens
/// and spaces do not matter; kh/h, x/ks, y/i/j, dzh/dj/j, ou/u, ph/f, w/v, doubled letters and a y or i
/// between vowels (-oyev/-oev) are folded.
pub fn key(name: &str) -> String {
    let ascii = if name.is_ascii() {
        name.to_ascii_lowercase()
    } else {
        deunicode::deunicode(name).to_ascii_lowercase()
    };
    let letters: Vec<u8> = ascii.bytes().filter(u8::is_ascii_alphanumeric).collect();
    let mut folded = Vec::with_capacity(letters.len());
    let mut i = 0;
    while i < letters.len() {
        let rest = &letters[i..];
        let (out, used): (&[u8], usize) = if rest.starts_with(b"dzh") {
            (b"i", 3)
        } else if rest.starts_with(b"dj") {
            (b"i", 2)
        } else if rest.starts_with(b"kh") {
            (b"h", 2)
        } else if rest.starts_with(b"tch") {
            (b"ch", 3)
        } else if rest.starts_with(b"ph") {
            (b"f", 2)
        } else if rest.starts_with(b"ou") {
            (b"u", 2)
        } else if rest.starts_with(b"ck") {
            (b"k", 2)
        } else {
            match rest[0] {
                b'x' if i == 0 => (b"h", 1),
                b'x' => (b"ks", 1),
                b'y' | b'j' => (b"i", 1),
                b'w' => (b"v", 1),
                b'q' => (b"k", 1),
                _ => (&rest[..1], 1),
            }
        };
        folded.extend_from_slice(out);
        i += used;
    }
    // A glide between vowels is spelled or not: Sergeyev / Sergeev, Kholmatov / Holmatov.
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'o' | b'u');
    let mut glided = Vec::with_capacity(folded.len());
    for (k, &c) in folded.iter().enumerate() {
        let between = c == b'i'
            && k > 0
            && k + 1 < folded.len()
            && vowel(folded[k - 1])
            && vowel(folded[k + 1])
            && k + 2 < folded.len();
        if !between {
            glided.push(c);
        }
    }
    let mut out = Vec::with_capacity(glided.len());
    for c in glided {
        if out.last() != Some(&c) {
            out.push(c);
        }
    }
    String::from_utf8(out).unwrap_or_default()
}

/// The key without a Russian surname ending, so that a de-russified name (Rahim) meets its older form
/// (Rahimov). Only used together with a matching first name.
pub fn stem(key: &str) -> &str {
    // "a" / "o": Belarusian and Ukrainian forms of one surname (Vaitsenka / Vaitsenko).
    for suffix in ["ova", "eva", "ov", "ev", "ev", "in", "ina", "a", "o"] {
        if let Some(s) = key.strip_suffix(suffix)
            && s.len() >= 4
        {
            return s;
        }
    }
    key
}

/// One key for the national forms of a given name, so that "Alyaksandr" (Belarusian), "Oleksandr"
/// (Ukrainian) and "Alexander" meet; takes and gives [`key`]s.
pub fn given_name(key: &str) -> &str {
    match key {
        "aliaksandr" | "aleksander" | "oleksandr" | "aleksandar" | "aleksandre" => "aleksandr",
        "andri" | "andrii" | "andrei" => "andrei",
        "dmitro" | "dmitrii" => "dmitri",
        "mikola" => "nikolai",
        "volodimir" | "uladzimir" => "vladimir",
        "oleksi" | "aleksi" => "aleksei",
        "ievgeni" | "ievgen" | "evgen" => "evgeni",
        "pavlo" => "pavel",
        "mihailo" | "mihal" => "mihail",
        "piotr" | "petro" => "petr",
        "serhi" | "sergi" => "sergei",
        "iurii" | "iuri" => "iuri",
        "victor" => "viktor",
        k => k,
    }
}

#[cfg(test)]
mod tests {
    use super::{key, stem};

    #[test]
    fn variants_collide() {
        for (a, b) in [
            ("Rahmonov", "Rakhmonov"),
            ("Shoigu", "Shoygu"),
            ("Khudoyberdiyev", "Hudoiberdiev"),
            ("Sergeyev", "Sergeev"),
            ("Khayrulloyev", "Khairulloev"),
            ("Dzhumabekov", "Jumabekov"),
            ("Alexei", "Aleksei"),
            ("Sergei", "Sergey"),
            ("Zourabichvili", "Zurabichvili"),
            ("Yuri", "Iurii"),
        ] {
            assert_eq!(key(a), key(b), "{a} / {b}");
        }
    }

    #[test]
    fn different_names_do_not() {
        for (a, b) in [
            ("Rahmonov", "Rahimov"),
            ("Lavrov", "Lavrentiev"),
            ("Ivanov", "Ivanova"),
            ("Petrov", "Petrenko"),
        ] {
            assert_ne!(key(a), key(b), "{a} / {b}");
        }
    }

    #[test]
    fn stems_meet_derussified_forms() {
        assert_eq!(stem(&key("Rahmonov")), key("Rahmon"));
        assert_eq!(stem(&key("Sobirov")), key("Sobir"));
        assert_eq!(stem(&key("Li")), "li");
    }
}
