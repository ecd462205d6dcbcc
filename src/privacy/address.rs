//! STREET_ADDRESS: postal street addresses as people and forms write them, from the house number
//! (or flat) to the postcode. Six street shapes start a candidate:
//! - number first, English (`4164 Gibson Walk`, `221B Baker Street`): a house number, one to four
//!   capitalised words, and a street suffix from USPS Publication 28 (~200 suffixes and their
//!   abbreviations) or a British one (`Close`, `Mews`, `Gardens`...); a flat or unit may come
//!   first (`Flat 4, 27 Old Gloucester Street`);
//! - a British flat or studio before a street without a number (`Flat 52y, Hall Pike`);
//! - German order, the street name ending in a street word, then the number, not a year
//!   (`Hauptstraße 5`, `Sandra-Kensy-Gasse 46/43`, `Am Markt 3`; not `During 1987`);
//! - street word first, the number after the name (`rue de Rivoli 12` is rare; `12, rue de
//!   Rivoli`, `Calle Mayor 5`, `Rua Augusta, 81`, `Via Roma, 19`);
//! - a Spanish or Portuguese street word that is also an ordinary word or an abbreviation
//!   (`Campo`, `Praia`, `Vale`, `Estação`, `Vial`, `C.`), only with its house number
//!   (`Vial de Nuria Soto 12 Puerta 3`, `Praia da Luz, 81`);
//! - any capitalised street name followed by a house number, town and postcode.
//!
//! A unit (`Apt. 290`, `Suite 172`, `Piso 9`, `Appartamento 4`) may follow; then the span runs on
//! over the town to the postcode only when a postcode is there in a known arrangement (US `City,
//! ST 12345`, UK `Town, M6 4SL` with the postcode's shape checked, `10115 Berlin`, `Cuenca,
//! 48286`, `30010, Campagna Lupia (VE)`, `76242-862 Farias / PR`).
//!
//! What it misses: addresses without a house number, street types outside these lists, Asian
//! address orders, and P.O. boxes.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

/// USPS Publication 28 street suffixes (primary names and common abbreviations) and British
/// street words. Matched case-sensitively with a capital first letter.
const SUFFIXES: &str = "Alley|Aly|Anex|Annex|Arcade|Arc|Avenue|Ave|Av|Bayou|Beach|Bch|Bend|Bluffs?|Bottom|Btm|Boulevard|Blvd|Branch|Br|Bridge|Brg|Brooks?|Brk|Burgs?|Bypass|Byp|Camp|Cp|Canyon|Cyn|Cape|Cpe|Causeway|Cswy|Centers?|Centre|Ctr|Circles?|Cir|Cliffs?|Clf|Club|Clb|Commons?|Cmn|Corners?|Cor|Course|Crse|Courts?|Ct|Coves?|Cv|Creek|Crk|Crescent|Cres|Crest|Crst|Crossing|Xing|Crossroads?|Curve|Curv|Dale|Dl|Dam|Dm|Divide|Dv|Drives?|Dr|Estates?|Est|Expressway|Expy|Extensions?|Ext|Falls?|Fls|Ferry|Fry|Fields?|Fld|Flats?|Flt|Fords?|Frd|Forest|Frst|Forges?|Frg|Forks?|Frk|Fort|Ft|Freeway|Fwy|Gardens?|Gdns?|Gateway|Gtwy|Glens?|Gln|Greens?|Grn|Groves?|Grv|Harbou?rs?|Hbr|Haven|Hvn|Heights|Hts|Highway|Hwy|Hills?|Hl|Hollow|Holw|Inlet|Inlt|Islands?|Is|Isle|Junctions?|Jct|Keys?|Ky|Knolls?|Knl|Lakes?|Lk|Land|Landing|Lndg|Lanes?|Ln|Lights?|Lgt|Loaf|Lf|Locks?|Lck|Lodge|Ldg|Loop|Mall|Manors?|Mnr|Meadows?|Mdw|Mews|Mills?|Ml|Mission|Msn|Motorway|Mtwy|Mount|Mt|Mountains?|Mtn|Neck|Nck|Orchard|Orch|Oval|Overpass|Opas|Parks?|Parkways?|Pkwy|Pass|Passage|Psge|Path|Pike|Pines?|Pnes|Places?|Pl|Plains?|Pln|Plaza|Plz|Points?|Pt|Ports?|Prt|Prairie|Pr|Radial|Radl|Ramp|Ranch|Rnch|Rapids?|Rpd|Rest|Rst|Ridges?|Rdg|River|Riv|Roads?|Rd|Route|Rte|Row|Rue|Run|Shoals?|Shl|Shores?|Shr|Skyway|Skwy|Springs?|Spg|Spurs?|Squares?|Sq|Station|Sta|Stravenue|Stra|Stream|Strm|Streets?|St|Summit|Smt|Terrace|Ter|Throughway|Trwy|Trace|Trce|Track|Trak|Trafficway|Trfy|Trail|Trl|Trailer|Trlr|Tunnel|Tunl|Turnpike|Tpke|Underpass|Upas|Unions?|Un|Valleys?|Vly|Viaduct|Via|Views?|Vw|Villages?|Vlg|Ville|Vl|Vista|Vis|Walks?|Wall|Ways?|Wy|Wells?|Wl|Close|Cl|Mews|Wharf|Gate|Rise|Parade|Pde|Drove|Chase|Croft|Fold|Wynd|Approach|Embankment|Grange|Vale|Yard|Quay|Circus|Broadway|Promenade|Esplanade|Side|End|Hill|Gardens|Terrace|Court|Green|Walk|Ridge|Hollow";

/// German street words, as a word of their own (`Alte Straße`) or a compound's end
/// (`Hauptstraße`, `Sandra-Kensy-Gasse`).
const GERMAN_STREET: &str = "[Ss]traße|[Ss]trasse|[Ss]tr\\.|[Ww]eg|[Gg]asse|[Pp]latz|[Aa]llee|[Rr]ing|[Dd]amm|[Uu]fer|[Cc]haussee|[Pp]fad|[Ss]teig|[Mm]arkt|[Gg]raben|[Kk]amp|[Zz]eile|[Ww]all|[Hh]of|[Bb]erg|[Tt]or|[Bb]rücke|[Ss]tieg|[Pp]romenade|[Gg]arten|[Aa]ue|[Kk]ai";

/// Street words that come before the name: French, Spanish, Portuguese, Italian.
const TYPE_FIRST: &str = "rue|avenue|boulevard|bd|chemin|allée|place|impasse|quai|route|cours|square|passage|voie|sentier|Calle|C/|Avenida|Avda\\.?|Paseo|Plaza|Camino|Carretera|Ronda|Travesía|Glorieta|Cuesta|Pasaje|Urbanización|Callejón|Cañada|Rambla|Vía|Rúa|Rua|Travessa|Praça|Largo|Estrada|Rodovia|Alameda|Beco|Viela|Vila|Conjunto|Setor|Quadra|Fazenda|Parque|Trevo|Ladeira|Loteamento|Residencial|Chácara|Sítio|Via|Viale|Piazza|Piazzale|Corso|Vicolo|Strada|Contrada|Borgo|Lungomare|Salita|Rotonda|Incrocio|Canale|Stretto|Galleria|Vico|Piazzetta|Località|Frazione|Rue|Avenue|Boulevard|Chemin|Allée|Place|Impasse|Quai|Route|Cours";

/// Spanish and Portuguese street words (Correos' and the Brazilian post's lists) that are also
/// ordinary words or abbreviations: a street only with a house number after the name.
const TYPE_FIRST_NUMBERED: &str = "Vial|Acceso|Arroyo|Bajada|Barrio|Carrer|Pasadizo|Sector|Campo|Vale|Passarela|Praia|Estação|Condomínio|Aeroporto|Colônia|Distrito|Esplanada|Favela|Feira|Jardim|Lago|Lagoa|Morro|Núcleo|Pátio|Recanto|Trecho|Vereda|Viaduto";

/// The street words of `TYPE_FIRST_NUMBERED` that open with a capital outside ASCII: the
/// detector's `\b` is ASCII's, which never holds before `Á`, so these go without it (the rule
/// checks the word boundary).
const TYPE_FIRST_NUMBERED_NON_ASCII: &str = "(?:Área)";

/// A capital letter outside ASCII, for a street name opening with one (`Área`, `Ölweg`): the
/// detector's ASCII `\b` never holds before it, so it is matched without (the rule checks the
/// word boundary).
const NON_ASCII_CAPITAL: &str = r"[\p{Lu}&&[^A-Z]]";

const CAP_WORD: &str = r"\p{Lu}[\p{L}'’\-]*\.?";
const PARTICLE: &str = r"(?:de|del|de la|de los|de las|do|dos|da|das|di|della|delle|degli|dei|du|des|d'|l'|le|la|les|y|e|von|van|am|an|im|auf|zum|zur|der)";

/// A unit after the street: `Apt. 290`, `Suite 172`, `#5`, `Piso 9`, `Appartamento 4`.
const UNIT: &str = r"(?:,?[ ]+(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl|Room|Rm|Bldg|Building|Piso|Puerta|Planta|Apto|Bloco|Sala|Casa|Appartamento|Piano|Interno|Scala|Étage|Bât|Bâtiment)\.?[ ]*\#?[0-9][A-Za-z0-9\-]*|[ ]+\#[0-9][A-Za-z0-9\-]*)?";

/// Street candidates (one regex, four shapes).
pub(super) fn street_pattern() -> String {
    let number = r"\d{1,6}[A-Za-z]?(?:[\-/]\d{1,4}[A-Za-z]?)?";
    let english = format!(
        r"\b(?:(?:Flat|Studio|Apartment|Apt\.?|Unit|Suite)[ ]+\d{{1,4}}[A-Za-z]?,[ ]+)?{number}[ ]+(?:(?:{CAP_WORD}|\d{{1,3}}(?:st|nd|rd|th)|[NSEW]\.?)[ ]+){{1,4}}(?:{SUFFIXES})\b\.?{UNIT}"
    );
    let flat = format!(
        r"\b(?:Flat|Studio|Apartment|Unit)[ ]+\d{{1,4}}[A-Za-z]?,[ ]+(?:{CAP_WORD}[ ]+){{1,3}}(?:{SUFFIXES})\b"
    );
    // A house number, not a year (`During 1987`, `Spring 2031`: English words that end like
    // `…ring`).
    let german_number = r"(?:\d{1,3}|1[0-8]\d\d|2[1-9]\d\d|[03-9]\d\d\d)";
    let german = format!(
        r"\b(?:(?:\p{{Lu}}[\p{{Ll}}ß]*-)*\p{{Lu}}[\p{{Ll}}ß]*(?:{GERMAN_STREET})|(?:\p{{Lu}}[\p{{Ll}}ß]*-)+(?:{GERMAN_STREET})|(?:Am|An der|Auf dem|Im|Zum|Zur|Alte|Neue|Obere|Untere|Große|Kleine)[ ]+\p{{Lu}}[\p{{Ll}}ß\-]+)[ ]+{german_number}[a-z]?(?:[\-/]\d{{1,4}}[a-z]?)?\b"
    );
    let type_first = format!(
        r"(?:\b\d{{1,4}}(?:[ ]?(?:bis|ter))?,?[ ]+)?\b(?:{TYPE_FIRST})[ ]+(?:{PARTICLE}[ ]+){{0,2}}(?:{CAP_WORD}|\d{{1,2}}[ ]de[ ]\p{{Lu}}\p{{Ll}}+)(?:[ ]+(?:{PARTICLE}[ ]+)?{CAP_WORD}){{0,4}}(?:,?[ ]+(?:n[º°o]\.?[ ]?)?\d{{1,4}}[A-Za-z]?\b{UNIT})?"
    );
    // Any capitalised street name when the house number, town and postcode follow in a known
    // arrangement (`Viaduto de Cassiano, 3, 53231-206 Cruz do Sul / GO`, `Vial Tomasa 49,
    // Lugo, 43879`): the postcode vouches for street words not in the lists.
    let city =
        r"\p{Lu}[\p{L}'’\-]*(?:[ ](?:(?:de|del|di|da|do|dos|das)[ ]){0,2}\p{Lu}[\p{L}'’\-]*){0,4}";
    let with_postcode = format!(
        r"(?:\b\p{{Lu}}|{NON_ASCII_CAPITAL})[\p{{L}}.]*(?:[ ](?:{PARTICLE}[ ]+){{0,2}}\p{{Lu}}[\p{{L}}'’\-]*){{0,4}},?[ ]\d{{1,4}}[A-Za-z]?{UNIT},[ ]*(?:(?:\d{{5}}-?\d{{3}}|\d{{5}})[ ]+(?:(?:da|de|do)[ ])?{city}(?:[ ]*/[ ]*\p{{Lu}}{{2}})?|{city},[ ]*\d{{5}}\b)"
    );
    format!("{english}|{flat}|{german}|{type_first}|{with_postcode}")
}

/// Street candidates that open with a street word that is also an ordinary word
/// (`TYPE_FIRST_NUMBERED`) and need their house number. A regex of its own: in
/// `street_pattern`'s alternation it made the lazy DFA's cache overflow and the detector three
/// times slower.
pub(super) fn numbered_street_pattern() -> String {
    // `C.` (calle) needs a particle or two name words: `vitamin C. Take 2` is no street.
    format!(
        r"(?:(?:\b(?:{TYPE_FIRST_NUMBERED})|{TYPE_FIRST_NUMBERED_NON_ASCII})[ ]+(?:{PARTICLE}[ ]+){{0,2}}{CAP_WORD}|\bC\.[ ]+(?:(?:{PARTICLE}[ ]+){{1,2}}{CAP_WORD}|{CAP_WORD}[ ]+(?:{PARTICLE}[ ]+)?{CAP_WORD}))(?:[ ]+(?:{PARTICLE}[ ]+)?{CAP_WORD}){{0,4}},?[ ]+(?:n[º°o]\.?[ ]?)?\d{{1,4}}[A-Za-z]?\b{UNIT}"
    )
}

/// Street words of `TYPE_FIRST` that are also ordinary nouns: French in lower case (`un passage
/// du Lorem Ipsum`, `la place de Marie`, `le cours de Python`), and Italian, Portuguese and
/// Spanish words for a hamlet, a farm, a site, a gallery or a slope (`a Borgo Tarso`, `Sítio do
/// Picapau Amarelo`), a neighbourhood or a square named as a landmark (`Vila Madalena`, `Napoli
/// Piazza Garibaldi` station): written so, only a house number makes them a street.
const ORDINARY_TYPE_FIRST: &[&str] = &[
    "passage",
    "place",
    "cours",
    "route",
    "square",
    "voie",
    "sentier",
    "chemin",
    "quai",
    "borgo",
    "contrada",
    "località",
    "frazione",
    "galleria",
    "canale",
    "stretto",
    "salita",
    "rotonda",
    "incrocio",
    "sítio",
    "fazenda",
    "chácara",
    "parque",
    "conjunto",
    "setor",
    "quadra",
    "residencial",
    "loteamento",
    "trevo",
    "ronda",
    "cuesta",
    "glorieta",
    "cañada",
    "urbanización",
    "vila",
    "piazza",
    // Squares named as a landmark or a stop (`sentido Praça da Matriz`, `Largo do Carmo`,
    // `Parking Plaza Mayor`, `de Plaza de Castilla a Pinar`), and Spanish `vía` (`la Vía
    // Láctea`, the Milky Way).
    "praça",
    "largo",
    "plaza",
    "plaça",
    "vía",
];

/// Whether a street candidate (`after` it, the rest of the text) is a street: one that opens with
/// a street word of `ORDINARY_TYPE_FIRST` needs a digit or `s/n` (`12, place Bellecour`,
/// `passage Brady 46`, `Plaza de la Constitución s/n`), also when the word opens a sentence
/// (`Route GPU memory via…`, `Place Holder text`); an English noun ending like a German `…tor`
/// before a number is none (`Sector 7`; `Setor Moraes, 687` is).
pub(super) fn plausible_street(candidate: &str, after: &str) -> bool {
    let mut words = candidate.split(' ');
    let first = words.next().unwrap_or_default().to_lowercase();
    let latin_noun_numbered = words
        .next()
        .is_some_and(|second| second.starts_with(|c: char| c.is_ascii_digit()))
        && LATIN_AGENT_ENDINGS
            .iter()
            .any(|ending| first.ends_with(ending));
    // `Plaza de la Constitución s/n`: Spanish "no number" stands for one.
    let without_number = after
        .trim_start_matches([' ', ','])
        .get(..3)
        .is_some_and(|mark| mark.eq_ignore_ascii_case("s/n"));
    (!ORDINARY_TYPE_FIRST.contains(&first.as_str())
        || candidate.bytes().any(|b| b.is_ascii_digit())
        || without_number)
        && !latin_noun_numbered
}

/// Endings of English nouns from Latin (`Sector 7`, `Monitor 2`, `Embraer Praetor 600`), which
/// end like the German compounds of `Tor` (`Steintor 5`, `Neutor 2`) but name no street.
const LATIN_AGENT_ENDINGS: &[&str] = &["ctor", "ator", "itor", "etor", "otor", "ptor", "btor"];

/// Words for an address that may stand right before one without a colon (`Dirección Calle
/// Mayor 5`): no name's first word.
const ADDRESS_LABELS: &[&str] = &[
    "Address",
    "Adresse",
    "Anschrift",
    "Dirección",
    "Direccion",
    "Domicilio",
    "Endereço",
    "Morada",
    "Indirizzo",
    "Residenza",
];

/// Whether a street candidate that opens with a street word (`Plaza Beeston`) is the end of a
/// name instead: a capitalised word other than an address label stands right before it
/// (`Crowne Plaza Beeston`, `Trump Plaza`), where a street's own name follows its street word.
pub(super) fn ends_a_name(before: &str, street: &str) -> bool {
    let Some(rest) = before.strip_suffix(' ') else {
        return false;
    };
    // A JSON value's quote or a bracket opens the word: `"name": "Crowne Plaza Cádiz"`.
    let word_before = rest
        .rsplit(' ')
        .next()
        .unwrap_or_default()
        .trim_start_matches(['"', '\'', '(', '[']);
    if !super::person::is_capitalised_word(word_before) || ADDRESS_LABELS.contains(&word_before) {
        return false;
    }
    let first = street.split(' ').next().unwrap_or_default();
    first.starts_with(char::is_uppercase) && TYPE_FIRST.split('|').any(|word| word == first)
}

/// Whether a street candidate names a firm instead: its last word or the word right after it
/// is a firm word or legal form (`Estrada Ltd`, `Avenida Lopes S.A.`).
pub(super) fn names_a_firm(street: &str, after: &str) -> bool {
    let next = after
        .strip_prefix(' ')
        .and_then(|rest| rest.split(' ').next());
    street
        .rsplit(' ')
        .next()
        .into_iter()
        .chain(next)
        .any(super::person::is_firm_word)
}

/// After the street (and unit): the town and postcode in one of the known arrangements.
static TAIL: LazyLock<Regex> = LazyLock::new(|| {
    // A town may open with a particle (`da Vitória`) and hold two in a row (`Monte de da
    // Serra`, `Neustadt an der Donau`).
    let particle = "(?:de|del|di|da|do|dos|das|sur|sous|la|le|les|en|am|an|der|im|upon|on|in)";
    let city = format!(
        r"(?:(?:da|de|do|dos|das|di|del|la|le|les)[ ])?\p{{Lu}}[\p{{L}}'’.\-]*(?:[ \-](?:{particle}[ \-]){{0,2}}\p{{Lu}}[\p{{L}}'’.\-]*){{0,4}}"
    );
    let uk_postcode = r"(?:[A-Z]{1,2}[0-9][A-Z0-9]?|GIR) ?[0-9][A-Z]{2}";
    let us_state = "A[KLRZS]|C[AOT]|D[CE]|F[LM]|G[AU]|HI|I[ADLN]|K[SY]|LA|M[ADEHINOPST]|N[CDEHJMVY]|O[HKR]|P[ARW]|RI|S[CD]|T[NX]|UT|V[AIT]|W[AIVY]|AA|AE|AP";
    let sep = r"(?:,[ ]*|[ ]{1,2}|,?[ ]*\\n[ ]*)";
    super::patterns::compile(&format!(
        r"^(?:{sep}{city}{sep}(?:{us_state}){sep}\d{{5}}(?:-\d{{4}})?\b|(?:{sep}{city}){{1,2}}{sep}{uk_postcode}\b|{sep}(?:\d{{5}}(?:-\d{{3}})?|\d{{4}}|\d{{8}}),?[ ]+{city}(?:[ ]*/[ ]*\p{{Lu}}{{2}}|[ ]*\(\p{{Lu}}{{2}}\))?|{sep}{city},[ ]*\d{{5}}\b|,[ ]*\d{{5}},[ ]*{city}(?:[ ]*\(\p{{Lu}}{{2}}\))?)"
    ))
    .unwrap_or_else(|e| panic!("built-in address tail pattern: {e}"))
});

/// The address span for a street candidate: the street itself, extended over the town and
/// postcode that follow it, if they do.
pub(super) fn extend(text: &str, street: Range<usize>) -> Range<usize> {
    match TAIL.find(&text[street.end..]) {
        // A full stop after the town ends the sentence.
        Some(tail) => street.start..street.end + tail.as_str().trim_end_matches('.').len(),
        None => street,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(text: &str) -> Option<&str> {
        let both = format!("{}|{}", street_pattern(), numbered_street_pattern());
        let street = crate::privacy::patterns::compile(&both).expect("compiles");
        let found = street.find(text)?;
        Some(&text[extend(text, found.range())])
    }

    #[test]
    fn street_words_that_are_ordinary_nouns_need_a_house_number_and_latin_nouns_are_none() {
        for (candidate, street) in [
            ("Borgo Tarso", false),
            ("Borgo Tarso 12", true),
            ("Sítio do Picapau Amarelo", false),
            ("Fazenda Boa Vista, 81", true),
            ("Via Roma", true),
            ("place Bellecour", false),
            ("Steintor 5", true),
            ("Neutor 2", true),
            ("Praetor 600", false),
            ("Sector 7", false),
            ("Monitor 2", false),
            ("Setor Moraes, 687", true),
            ("Vila Madalena", false),
            ("Vila Madalena, 120", true),
            ("Piazza Garibaldi", false),
            ("Piazza Garibaldi 5", true),
            ("Praça da Matriz", false),
            ("Praça da Matriz, 12", true),
            ("Largo do Carmo", false),
            ("Plaza Mayor", false),
            ("Vía Láctea", false),
        ] {
            assert_eq!(plausible_street(candidate, ""), street, "{candidate}");
        }
        assert!(plausible_street(
            "Plaza de la Constitución",
            " s/n, 29001 Málaga"
        ));
    }

    #[test]
    fn a_street_word_before_a_firm_word_names_a_firm() {
        assert!(names_a_firm("Estrada Ltd", "\", \"id\""));
        assert!(names_a_firm("Estrada", " PLC\"}"));
        assert!(!names_a_firm("Rua Augusta", ", 12"));
    }

    #[test]
    fn addresses_run_from_the_number_to_the_postcode() {
        for (text, want) in [
            (
                "Mailing address: 4164 Gibson Walk Suite 172, New Daniel, TN 74606. Call",
                "4164 Gibson Walk Suite 172, New Daniel, TN 74606",
            ),
            ("ship to 70669 Heather Grove today", "70669 Heather Grove"),
            (
                "at 95 Patterson Wall, East Sylviafort, E77 0JG.",
                "95 Patterson Wall, East Sylviafort, E77 0JG",
            ),
            (
                "Flat 52y, Hall Pike, Grahamside, M6 4SL",
                "Flat 52y, Hall Pike, Grahamside, M6 4SL",
            ),
            (
                "New address: Sandra-Kensy-Gasse 46/43, 95305 Erbisdorf.",
                "Sandra-Kensy-Gasse 46/43, 95305 Erbisdorf",
            ),
            (
                "Lives at 825, boulevard de François, 77113 Poirier-sur-Mer now",
                "825, boulevard de François, 77113 Poirier-sur-Mer",
            ),
            (
                "Cuesta de Eufemia Bastida 507, Cantabria, 47999",
                "Cuesta de Eufemia Bastida 507, Cantabria, 47999",
            ),
            (
                "Vicolo Sgalambro, 59, 30010, Campagna Lupia (VE)",
                "Vicolo Sgalambro, 59, 30010, Campagna Lupia (VE)",
            ),
            (
                "Trevo Enzo Macedo, 593, 76242-862 Farias de Goiás / PR",
                "Trevo Enzo Macedo, 593, 76242-862 Farias de Goiás / PR",
            ),
        ] {
            assert_eq!(find(text), Some(want), "{text}");
        }
    }

    #[test]
    fn towns_may_open_with_or_hold_several_particles() {
        for (text, want) in [
            (
                "Travessa Lima, 12, 40210-310 da Vitória / BA today",
                "Travessa Lima, 12, 40210-310 da Vitória / BA",
            ),
            (
                "Rua Bela, 7, 40210310 Monte de da Serra / MG.",
                "Rua Bela, 7, 40210310 Monte de da Serra / MG",
            ),
            (
                "Moved to Vereda Souto, 61, 40210310 Lagoa de da Luz / PI, this week",
                "Vereda Souto, 61, 40210310 Lagoa de da Luz / PI",
            ),
            (
                "Lindenweg 4, 93047 Neustadt an der Donau",
                "Lindenweg 4, 93047 Neustadt an der Donau",
            ),
        ] {
            assert_eq!(find(text), Some(want), "{text}");
        }
    }

    #[test]
    fn a_year_after_a_word_ending_like_a_german_street_is_no_address() {
        assert_eq!(find("During 1987 the mill closed"), None);
        assert_eq!(find("the Spring 2031 catalogue"), None);
        assert_eq!(
            find("Offenbacher Ring 12, 63069 Offenbach"),
            Some("Offenbacher Ring 12, 63069 Offenbach")
        );
        assert_eq!(find("Lindenring 1207"), Some("Lindenring 1207"));
    }

    #[test]
    fn a_flat_before_a_numbered_street_is_in_the_span() {
        for (text, want) in [
            (
                "Post it to Flat 4, 27 Old Gloucester Street, London WC1N 3AX.",
                "Flat 4, 27 Old Gloucester Street, London WC1N 3AX",
            ),
            (
                "c/o Unit 3B, 120 Juniper Crossing, Springfield, IL 62704 today",
                "Unit 3B, 120 Juniper Crossing, Springfield, IL 62704",
            ),
            (
                "Apartment 12, 5 Rowan Mews, Leeds, LS1 4AP",
                "Apartment 12, 5 Rowan Mews, Leeds, LS1 4AP",
            ),
        ] {
            assert_eq!(find(text), Some(want), "{text}");
        }
    }

    #[test]
    fn iberian_street_words_that_are_ordinary_words_need_a_house_number() {
        for (text, want) in [
            (
                "Lives at Vial de Nuria Soto 12 Puerta 3, born",
                "Vial de Nuria Soto 12 Puerta 3",
            ),
            ("send it to C. de Ramiro Gil 8 today", "C. de Ramiro Gil 8"),
            (
                "send it to C. Lorena Vidal 14 Apt. 2",
                "C. Lorena Vidal 14 Apt. 2",
            ),
            (
                "moved to Praia de Gomes, 81 last year",
                "Praia de Gomes, 81",
            ),
            (
                "\"address\": \"Estação Otávio Reis, 7\"",
                "Estação Otávio Reis, 7",
            ),
        ] {
            assert_eq!(find(text), Some(want), "{text}");
        }
        for text in [
            "the Campo Grande match",
            "a day at Praia Azul",
            "take vitamin C. Take 2 a day",
            "Vale Farm is closed",
        ] {
            assert_eq!(find(text), None, "{text}");
        }
    }

    #[test]
    fn a_postcode_must_have_its_shape() {
        assert_eq!(find("4 Elm Court, Leeds, 12345X"), Some("4 Elm Court"));
        assert_eq!(find("Building 4, Room 12"), None);
    }
}
