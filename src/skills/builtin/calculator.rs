//! Calculator and unit conversion, offline: arithmetic said in words or symbols ("what is 48
//! times 4 divided by 2", "square root of 95", "30% off 235") is parsed by a small
//! recursive-descent parser (never evaluated as code), and amounts are converted between units
//! of length, mass, volume, area, temperature, time, speed and data size ("how many kilos are in
//! 25 pounds", "30 mph in km/h", "1 GiB in bytes").

use std::collections::BTreeMap;

use serde_json::json;

use crate::skills::{IntentSpec, Skill, SkillContext, SkillManifest, SkillResult};

pub struct CalculatorSkill {
    manifest: SkillManifest,
}

impl CalculatorSkill {
    pub fn new() -> CalculatorSkill {
        let ask = "[(what's|what is|whats|what does|what do|how much is|how much does|calculate|compute|work out|solve|evaluate|can you do|do|find|what is the solution to|what's the solution to)]";
        let calculate = [
            format!("{ask} {{expression:number}} (equal|equals|make|makes|is|come to|give) [what]"),
            format!("{ask} {{expression:number}}"),
            "{expression:number} (equals|is|equal) what".to_string(),
            "(add|subtract|subract|multiply|divide) [up] {expression:number}".to_string(),
        ];
        let convert = [
            "[(what's|what is|whats|how much is)] {amount} (in|to|into|as) {unit}",
            "(convert|change|turn) [the] {amount} (to|into|in) {unit}",
            "how (do|can|would) (i|you|we) convert {amount} (to|into|in) {unit}",
            "how many {unit} (are|is|will) [there] [(in|make|fit in|go into)] {amount}",
            "how many {unit} (in|make|fit in|go into|to) {amount}",
            "how many {unit} (are|is) (in|equal to) {amount}",
            "{amount} (is|are) (equal to|how many) [how many] {unit}",
            "(what's|what is|what are|what would|tell me what) {amount} (in|be in|as) {unit} [is]",
            "if i have {amount} how many {unit} is that",
            "(give me|convert|change) {amount} (to|into|in) {unit}",
            "(how|how do i|how do you|how can i|how would i|help me|can you help me|can you assist me to|tell me how to|i need to know how to|is there an easy way to|what is the proper way to|what can i use to) (convert|change) [from] {amount} (to|into|in) {unit}",
            "how (are|is) {amount} converted (to|into) {unit}",
            "what is the conversion (for|of|from) {amount} (to|into) {unit}",
            "what is the (correct amount|total number|number) of {unit} in {amount}",
            "(what's|what is) the conversion (of|from) {amount} (to|into|in) {unit}",
        ];
        CalculatorSkill {
            manifest: SkillManifest {
                name: "calculator".into(),
                description: "calculates and converts units".into(),
                intents: vec![
                    IntentSpec {
                        name: "calculate".into(),
                        templates: calculate.to_vec(),
                        examples: vec![
                            "what is 48 times 4 divided by 2".into(),
                            "what's the square root of 95".into(),
                        ],
                        answer: false,
                    },
                    IntentSpec::new(
                        "convert",
                        &convert,
                        &[
                            "how many kilos are in 25 pounds",
                            "convert 10 miles to km",
                            "what is 22 meters in inches",
                        ],
                    ),
                    IntentSpec::new(
                        "tip",
                        &[
                            "[(what's|what is|whats|how much is|calculate|work out|figure out)] [a|an|the] {rate} tip (on|for|of) [a|the|my] {bill}",
                            "(tip|tipping) {rate} (on|of|for) [a|the|my] {bill}",
                        ],
                        &["what's a 15 percent tip on 64.50", "tip 20% on 45"],
                    ),
                ],
                tools: Vec::new(),
                network: false,
            },
        }
    }
}

impl Default for CalculatorSkill {
    fn default() -> Self {
        CalculatorSkill::new()
    }
}

#[async_trait::async_trait]
impl Skill for CalculatorSkill {
    fn manifest(&self) -> &SkillManifest {
        &self.manifest
    }

    /// Only what parses: an expression with a number, a conversion between known units.
    fn accepts(&self, intent: &str, parameters: &BTreeMap<String, String>) -> bool {
        let slot = |name: &str| parameters.get(name).map(String::as_str).unwrap_or_default();
        match intent {
            "tip" => tip_of(slot("rate"), slot("bill")).is_some(),
            // Units of two different things ("10 meters to kilograms") are answered: why not.
            "convert" => {
                convert(slot("amount"), slot("unit")).is_ok()
                    || (split_unit(slot("amount")).is_some() && split_unit(slot("unit")).is_some())
            }
            // A sum without an answer ("10 / 0") is still a sum: its answer says so.
            _ => !matches!(evaluate(slot("expression")), Err(Unanswerable::NotASum(_))),
        }
    }

    async fn execute(&self, context: SkillContext) -> SkillResult {
        if context.intent == "convert" {
            let amount = context.parameter("amount").unwrap_or_default();
            let unit = context.parameter("unit").unwrap_or_default();
            // "how many {unit} in {amount}" names the target first; the others name it last.
            return match convert(amount, unit) {
                Ok((value, from, to, result)) => SkillResult::success(format!(
                    "{} {} is {} {}.",
                    format_number(value),
                    from.counted(value),
                    format_number(result),
                    to.counted(result)
                ))
                .with_data(
                    json!({ "value": value, "from": from.name, "to": to.name, "result": result }),
                ),
                Err(message) => SkillResult::failure(format!("{}.", super::capitalised(&message))),
            };
        }
        if context.intent == "tip" {
            let rate = context.parameter("rate").unwrap_or_default();
            let bill = context.parameter("bill").unwrap_or_default();
            return match tip_of(rate, bill) {
                Some((percent, amount)) => {
                    // In cents, so the tip and the total add up as written.
                    let tip = (amount * percent).round() / 100.0;
                    let rate = format_number(percent);
                    // "an 8% tip", "an 18% tip": as the number is said.
                    let said_with_a_vowel = rate.starts_with('8')
                        || ["11", "18"]
                            .iter()
                            .any(|n| rate == *n || rate.starts_with(&format!("{n}.")));
                    let article = if said_with_a_vowel { "An" } else { "A" };
                    SkillResult::success(format!(
                        "{article} {rate}% tip on {} is {}, {} in all.",
                        money(amount),
                        money(tip),
                        money(amount + tip)
                    ))
                    .with_data(json!({ "percent": percent, "bill": amount, "tip": tip, "total": amount + tip }))
                }
                None => SkillResult::failure(format!(
                    "I couldn't read a tip of \"{rate}\" on \"{bill}\"; say e.g. \"a 15 percent tip on 64.50\"."
                )),
            };
        }
        let expression = context.parameter("expression").unwrap_or_default();
        match evaluate(expression) {
            Ok(value) => SkillResult::success(format!("That's {}.", format_number(value)))
                .with_data(json!({ "expression": expression, "value": value })),
            Err(Unanswerable::NoAnswer(why)) => SkillResult::success(format!("{why}."))
                .with_data(json!({ "expression": expression, "value": null })),
            Err(Unanswerable::NotASum(message)) => {
                SkillResult::failure(format!("I couldn't work out \"{expression}\": {message}."))
            }
        }
    }
}

/// "15 percent" / "20%" and "64.50" (or "$64.50", "64.50 bill"): the rate in percent and the
/// amount, when both are numbers and the rate says it is a percentage.
fn tip_of(rate: &str, bill: &str) -> Option<(f64, f64)> {
    let rate = rate.trim().to_lowercase();
    let percent = rate
        .strip_suffix("percent")
        .or_else(|| rate.strip_suffix("per cent"))
        .or_else(|| rate.strip_suffix('%'))?;
    let percent = said_number(percent)?;
    let bill = bill.trim().to_lowercase().replace(['$', '€', '£', ','], "");
    let bill = ["bill", "check", "dollars", "euros", "pounds"]
        .iter()
        .find_map(|word| bill.strip_suffix(word))
        .unwrap_or(&bill);
    let amount = said_number(bill)?;
    (percent > 0.0 && amount > 0.0).then_some((percent, amount))
}

/// An amount of money: two decimals (a tip of 9.675 is 9.68).
fn money(amount: f64) -> String {
    format!("{amount:.2}")
}

/// Integers up to this are exact in an `f64`; beyond it only ~15 significant digits are.
const EXACT_INTEGERS: f64 = 9_007_199_254_740_992.0;

/// Writes a number the way a person would: no `.0`, at most 6 significant decimals; a number
/// too large to be exact in its 15 significant digits and a power of ten (`1.21932631137022e39`),
/// not as digits the arithmetic never had.
pub fn format_number(value: f64) -> String {
    if value.abs() >= EXACT_INTEGERS {
        let text = format!("{value:.14e}");
        let (mantissa, exponent) = text.split_once('e').unwrap_or((&text, "0"));
        let mantissa = mantissa.trim_end_matches('0').trim_end_matches('.');
        return format!("{mantissa}e{exponent}");
    }
    if value.fract().abs() < 1e-9 && value.abs() < 1e15 {
        return format!("{}", value.round() as i64);
    }
    let text = format!("{value:.6}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// The number that words say, in digits (`5`, `2.5`, `-3`) or spelt out (`twenty four`); `None`
/// for words that say more than a number (`about 5`).
pub(crate) fn said_number(said: &str) -> Option<f64> {
    let said = said.trim().to_lowercase();
    match said.parse::<f64>() {
        Ok(number) if number.is_finite() => Some(number),
        _ => spelt_number(&said.split_whitespace().collect::<Vec<_>>()),
    }
}

/// The value of a number said in words ("one hundred and ninety six"), if every word is part
/// of it.
pub(crate) fn spelt_number(words: &[&str]) -> Option<f64> {
    const SMALL: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 8] = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    let (mut total, mut current, mut any) = (0.0, 0.0, false);
    for word in words {
        for part in word.split('-') {
            if let Some(n) = SMALL.iter().position(|w| *w == part) {
                current += n as f64;
            } else if let Some(n) = TENS.iter().position(|w| *w == part) {
                current += (n as f64 + 2.0) * 10.0;
            } else if part == "hundred" {
                current = current.max(1.0) * 100.0;
            } else if part == "thousand" || part == "million" {
                let scale = if part == "thousand" { 1e3 } else { 1e6 };
                total += current.max(1.0) * scale;
                current = 0.0;
            } else if part == "and" && any {
                continue;
            } else {
                return None;
            }
            any = true;
        }
    }
    any.then_some(total + current)
}

/// "add 5 and 89" -> "5 plus 89", "subtract 36 from 5" -> "5 minus 36", "divide 100 by 20",
/// "multiply 7 and 42", "the sum of 3, 7 and 9", "10 to the 12th power".
fn verbs_to_infix(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let Some(verb) = words
        .iter()
        .position(|w| ["add", "subtract", "subract", "multiply", "divide", "sum"].contains(w))
    else {
        return nth_power(text);
    };
    let rest = &words[verb + 1..];
    let rest: Vec<&str> = match (words[verb], rest.first()) {
        ("sum", Some(&"of")) => rest[1..].to_vec(),
        ("add", Some(&"up")) => rest[1..].to_vec(),
        _ => rest.to_vec(),
    };
    let split = |joiners: &[&str]| {
        rest.iter()
            .position(|w| joiners.contains(w))
            .map(|at| (rest[..at].join(" "), rest[at + 1..].join(" ")))
    };
    let infix = match words[verb] {
        "add" | "sum" => {
            let mut list: Vec<String> = Vec::new();
            for word in &rest {
                let numeric = word.parse::<f64>().is_ok();
                if numeric && list.last().is_some_and(|w| w.parse::<f64>().is_ok()) {
                    list.push("plus".into());
                }
                list.push(match *word {
                    "and" | "to" | "plus" => "plus".to_string(),
                    other => other.to_string(),
                });
            }
            Some(list.join(" "))
        }
        "subtract" | "subract" => split(&["from"]).map(|(a, b)| format!("{b} minus {a}")),
        "multiply" => split(&["and", "by", "with", "times"]).map(|(a, b)| format!("{a} times {b}")),
        _ => split(&["by", "into"]).map(|(a, b)| format!("{a} divided by {b}")),
    };
    match infix {
        Some(infix) => nth_power(&format!("{} {infix}", words[..verb].join(" "))),
        None => nth_power(text),
    }
}

/// "3 to the 6th power" -> "3 ^ 6".
fn nth_power(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out: Vec<String> = Vec::new();
    let mut index = 0;
    while index < words.len() {
        if words[index] == "to"
            && words.get(index + 1) == Some(&"the")
            && words.get(index + 3) == Some(&"power")
            && let Some(exponent) = words
                .get(index + 2)
                .map(|w| w.trim_end_matches(|c: char| c.is_ascii_alphabetic()))
            && exponent.parse::<f64>().is_ok()
        {
            out.push("^".into());
            out.push(exponent.to_string());
            index += 4;
            continue;
        }
        out.push(words[index].to_string());
        index += 1;
    }
    out.join(" ")
}

/// Replaces operator words by symbols and spelt-out numbers by digits.
fn to_symbols(text: &str) -> String {
    let lower = verbs_to_infix(
        &times_between_digits(&text.to_lowercase().replace(['$', '€', '£', ','], ""))
            .replace("**", "^")
            .replace('÷', "/"),
    );
    let phrases = [
        ("multiplied by", " * "),
        ("divided by", " / "),
        ("to the power of", " ^ "),
        ("square root of", " sqrt "),
        ("the square root of", " sqrt "),
        ("cube root of", " cbrt "),
        ("percent of", " % * "),
        ("% of", " % * "),
        ("percent off", " %off "),
        ("% off", " %off "),
        ("take away", " - "),
        ("half of", " 0.5 * "),
        ("factorial of", " fact "),
    ];
    let mut spaced = format!(" {lower} ");
    for c in ['+', '-', '*', '/', '^', '(', ')', '%', '!'] {
        spaced = spaced.replace(c, &format!(" {c} "));
    }
    spaced = format!(
        " {} ",
        spaced.split_whitespace().collect::<Vec<_>>().join(" ")
    );
    for (phrase, symbol) in phrases {
        spaced = spaced.replace(&format!(" {phrase} "), &format!(" {symbol} "));
    }
    let mut out = Vec::new();
    let mut pending: Vec<&str> = Vec::new();
    let flush = |pending: &mut Vec<&str>, out: &mut Vec<String>| {
        if !pending.is_empty() {
            match spelt_number(pending) {
                Some(n) => out.push(format_number(n)),
                None => out.extend(pending.iter().map(|w| w.to_string())),
            }
            pending.clear();
        }
    };
    for word in spaced.split_whitespace() {
        // "one hundred and ninety six": `and` inside a spelt-out number belongs to it.
        if word == "and" && !pending.is_empty() {
            pending.push(word);
            continue;
        }
        let symbol = match word {
            "plus" | "add" => Some("+"),
            "minus" | "less" => Some("-"),
            "times" | "x" => Some("*"),
            "over" => Some("/"),
            "squared" => Some("^ 2"),
            "cubed" => Some("^ 3"),
            "mod" | "modulo" => Some("mod"),
            "factorial" => Some("!"),
            _ => None,
        };
        if let Some(symbol) = symbol {
            flush(&mut pending, &mut out);
            out.push(symbol.to_string());
        } else if spelt_number(&[word]).is_some() {
            pending.push(word);
        } else {
            flush(&mut pending, &mut out);
            out.push(word.to_string());
        }
    }
    flush(&mut pending, &mut out);
    out.join(" ")
}

/// "12x12" and "3×4": an `x` or `×` between digits is a times sign.
fn times_between_digits(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    chars
        .iter()
        .enumerate()
        .map(|(at, &c)| {
            let between_digits = at > 0
                && chars[at - 1].is_ascii_digit()
                && chars.get(at + 1).is_some_and(char::is_ascii_digit);
            if matches!(c, 'x' | '×') && between_digits {
                '*'
            } else {
                c
            }
        })
        .collect()
}

/// Words a sum may be wrapped in.
const FILLER: &[&str] = &[
    "the", "of", "what", "is", "it", "equal", "equals", "result", "answer", "value", "by",
    "number", "exactly", "then", "for", "me", "a", "an", "to", "get", "i", "you", "if",
];

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Number(f64),
    Op(char),
    Function(&'static str),
}

/// Why a text has no number for an answer.
#[derive(Debug, Clone, PartialEq)]
pub enum Unanswerable {
    /// It is no sum (or not only one): another skill, or nobody, should take it.
    NotASum(String),
    /// A sum without an answer: a division by zero, the square root of a negative number.
    NoAnswer(&'static str),
}

impl std::fmt::Display for Unanswerable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Unanswerable::NotASum(why) => f.write_str(why),
            Unanswerable::NoAnswer(why) => f.write_str(why),
        }
    }
}

/// The largest n whose n! an `f64` holds.
const LARGEST_FACTORIAL: f64 = 170.0;

/// Evaluates an arithmetic expression said in words or symbols.
pub fn evaluate(text: &str) -> Result<f64, Unanswerable> {
    let not_a_sum = |why: String| Unanswerable::NotASum(why);
    let mut tokens = Vec::new();
    let mut last_word = "";
    for word in to_symbols(text).split_whitespace() {
        match word {
            "+" | "-" | "*" | "/" | "^" | "(" | ")" | "%" | "!" => {
                tokens.push(Token::Op(word.chars().next().unwrap_or('+')))
            }
            "%off" => tokens.push(Token::Op('o')),
            "mod" => tokens.push(Token::Op('m')),
            "sqrt" => tokens.push(Token::Function("sqrt")),
            "cbrt" => tokens.push(Token::Function("cbrt")),
            "fact" => tokens.push(Token::Function("fact")),
            _ => match word.parse::<f64>() {
                // "1 000 000": groups of three digits after digits are one number.
                Ok(n) if is_thousands_group(last_word, word) => {
                    if let Some(Token::Number(before)) = tokens.last_mut() {
                        *before = *before * 1000.0 + n;
                    }
                }
                Ok(n) => tokens.push(Token::Number(n)),
                // Words around the numbers ("the", "equal") carry no arithmetic; any other word
                // means this is not (only) a calculation.
                Err(_) if FILLER.contains(&word) => {}
                Err(_) => {
                    return Err(not_a_sum(format!(
                        "I don't know what \"{word}\" means in a sum"
                    )));
                }
            },
        }
        last_word = word;
    }
    if !tokens.iter().any(|t| matches!(t, Token::Number(_))) {
        return Err(not_a_sum("there is no number in it".into()));
    }
    if !tokens.iter().any(|t| !matches!(t, Token::Number(_))) {
        return Err(not_a_sum("there is nothing to calculate in it".into()));
    }
    let mut parser = Arithmetic {
        tokens: &tokens,
        position: 0,
        divided_by_zero: false,
    };
    let value = parser.expression().map_err(not_a_sum)?;
    if parser.position != tokens.len() {
        return Err(not_a_sum("it has more than one calculation in it".into()));
    }
    if parser.divided_by_zero {
        Err(Unanswerable::NoAnswer("Dividing by zero has no answer"))
    } else if value.is_nan() {
        Err(Unanswerable::NoAnswer(
            "That has no answer in real numbers (the square root of a negative number, or a \
             factorial of one that is not a whole number from 0 up)",
        ))
    } else if value.is_infinite() {
        Err(Unanswerable::NoAnswer(
            "The answer is too large for me to work out",
        ))
    } else {
        Ok(value)
    }
}

/// Whether `word` continues the number `before` as its next group of three digits ("1 000").
fn is_thousands_group(before: &str, word: &str) -> bool {
    let digits = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
    digits(before) && before.len() <= 3 && word.len() == 3 && digits(word)
}

/// expression := term (('+'|'-') term)*; term := power (('*'|'/'|'mod'|'%') power)*;
/// power := '-' power | postfix ['^' power];
/// postfix := (function postfix | primary) ['!'] ['%' unless a number follows] ['%off' power]
struct Arithmetic<'a> {
    tokens: &'a [Token],
    position: usize,
    /// A division (or remainder) by zero was asked for: the sum has no answer.
    divided_by_zero: bool,
}

impl Arithmetic<'_> {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.position)
    }

    fn eat(&mut self, op: char) -> bool {
        if self.peek() == Some(&Token::Op(op)) {
            self.position += 1;
            true
        } else {
            false
        }
    }

    fn expression(&mut self) -> Result<f64, String> {
        let mut value = self.term()?;
        loop {
            if self.eat('+') {
                value += self.term()?;
            } else if self.eat('-') {
                value -= self.term()?;
            } else {
                return Ok(value);
            }
        }
    }

    fn term(&mut self) -> Result<f64, String> {
        let mut value = self.power()?;
        loop {
            if self.eat('*') {
                value *= self.power()?;
            } else if self.eat('/') {
                let divisor = self.power()?;
                self.divided_by_zero |= divisor == 0.0;
                value /= divisor;
            } else if self.eat('m') || self.eat('%') {
                // "10 mod 3", "10 % 3": the remainder (a `%` before a number is no percent).
                let divisor = self.power()?;
                self.divided_by_zero |= divisor == 0.0;
                value %= divisor;
            } else {
                return Ok(value);
            }
        }
    }

    /// Whether a number (or what opens one) follows the `%` at the current position.
    fn number_after_percent(&self) -> bool {
        matches!(
            self.tokens.get(self.position + 1),
            Some(Token::Number(_) | Token::Op('(' | '-') | Token::Function(_))
        )
    }

    fn power(&mut self) -> Result<f64, String> {
        if self.eat('-') {
            return Ok(-self.power()?);
        }
        let base = self.postfix()?;
        if self.eat('^') {
            Ok(base.powf(self.power()?))
        } else {
            Ok(base)
        }
    }

    fn postfix(&mut self) -> Result<f64, String> {
        let mut value = if let Some(Token::Function(name)) = self.peek() {
            let name = *name;
            self.position += 1;
            let value = self.postfix()?;
            match name {
                "sqrt" => value.sqrt(),
                "fact" => factorial(value),
                _ => value.cbrt(),
            }
        } else {
            self.primary()?
        };
        if self.eat('!') {
            value = factorial(value);
        }
        if self.peek() == Some(&Token::Op('%')) && !self.number_after_percent() {
            self.position += 1;
            value /= 100.0;
        }
        if self.eat('o') {
            // "30% off 235": what is left after the discount.
            let price = self.power()?;
            value = price * (1.0 - value / 100.0);
        }
        Ok(value)
    }

    fn primary(&mut self) -> Result<f64, String> {
        match self.peek().cloned() {
            Some(Token::Number(n)) => {
                self.position += 1;
                Ok(n)
            }
            Some(Token::Op('(')) => {
                self.position += 1;
                let value = self.expression()?;
                if self.eat(')') {
                    Ok(value)
                } else {
                    Err("a bracket is never closed".into())
                }
            }
            Some(Token::Op(op)) => Err(format!("`{op}` needs a number before it")),
            _ => Err("it ends where a number should be".into()),
        }
    }
}

/// n! of a whole number from 0 up; NaN for any other number (no answer), infinite beyond
/// what an `f64` holds.
fn factorial(n: f64) -> f64 {
    if n < 0.0 || n.fract() != 0.0 {
        return f64::NAN;
    }
    if n > LARGEST_FACTORIAL {
        return f64::INFINITY;
    }
    (2..=n as u32).map(f64::from).product()
}

/// A unit: its name, what it measures, and its size in the base unit of that quantity
/// (metre, kilogram, litre, second); temperatures are converted by formula.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Unit {
    pub name: &'static str,
    quantity: &'static str,
    factor: f64,
}

impl Unit {
    /// The unit's name for `count` of it: "1 pound", "1 foot", "2 pounds".
    fn counted(&self, count: f64) -> &'static str {
        if format_number(count) != "1" {
            return self.name;
        }
        match self.name {
            "feet" => "foot",
            "inches" => "inch",
            "square feet" => "square foot",
            "miles per hour" => "mile per hour",
            "kilometres per hour" => "kilometre per hour",
            "metres per second" => "metre per second",
            "fluid ounces" => "fluid ounce",
            plural => plural.strip_suffix('s').unwrap_or(plural),
        }
    }
}

/// The US fluid ounce, which "ounces" means beside a volume.
const FLUID_OUNCE: Unit = Unit {
    name: "fluid ounces",
    quantity: "volume",
    factor: 0.029_573_529_562_5,
};

const UNITS: &[(&[&str], Unit)] = &[
    (
        &["fl oz", "fluid ounce", "fluid ounces", "floz"],
        FLUID_OUNCE,
    ),
    (
        &[
            "mm",
            "millimeter",
            "millimeters",
            "millimetre",
            "millimetres",
        ],
        Unit {
            name: "millimetres",
            quantity: "length",
            factor: 0.001,
        },
    ),
    (
        &[
            "cm",
            "centimeter",
            "centimeters",
            "centimetre",
            "centimetres",
        ],
        Unit {
            name: "centimetres",
            quantity: "length",
            factor: 0.01,
        },
    ),
    (
        &["m", "meter", "meters", "metre", "metres"],
        Unit {
            name: "metres",
            quantity: "length",
            factor: 1.0,
        },
    ),
    (
        &[
            "km",
            "kms",
            "kilometer",
            "kilometers",
            "kilometre",
            "kilometres",
        ],
        Unit {
            name: "kilometres",
            quantity: "length",
            factor: 1000.0,
        },
    ),
    (
        &["in", "inch", "inches"],
        Unit {
            name: "inches",
            quantity: "length",
            factor: 0.0254,
        },
    ),
    (
        &["ft", "foot", "feet"],
        Unit {
            name: "feet",
            quantity: "length",
            factor: 0.3048,
        },
    ),
    (
        &["yd", "yard", "yards"],
        Unit {
            name: "yards",
            quantity: "length",
            factor: 0.9144,
        },
    ),
    (
        &["mi", "mile", "miles"],
        Unit {
            name: "miles",
            quantity: "length",
            factor: 1609.344,
        },
    ),
    (
        &["mg", "milligram", "milligrams"],
        Unit {
            name: "milligrams",
            quantity: "mass",
            factor: 1e-6,
        },
    ),
    (
        &["g", "gram", "grams", "gramme", "grammes"],
        Unit {
            name: "grams",
            quantity: "mass",
            factor: 0.001,
        },
    ),
    (
        &["kg", "kgs", "kilo", "kilos", "kilogram", "kilograms"],
        Unit {
            name: "kilograms",
            quantity: "mass",
            factor: 1.0,
        },
    ),
    (
        &["oz", "ounce", "ounces"],
        Unit {
            name: "ounces",
            quantity: "mass",
            factor: 0.028_349_523_125,
        },
    ),
    (
        &["lb", "lbs", "pound", "pounds"],
        Unit {
            name: "pounds",
            quantity: "mass",
            factor: 0.453_592_37,
        },
    ),
    (
        &["st", "stone", "stones"],
        Unit {
            name: "stone",
            quantity: "mass",
            factor: 6.350_293_18,
        },
    ),
    (
        &[
            "ml",
            "milliliter",
            "milliliters",
            "millilitre",
            "millilitres",
        ],
        Unit {
            name: "millilitres",
            quantity: "volume",
            factor: 0.001,
        },
    ),
    (
        &["l", "liter", "liters", "litre", "litres"],
        Unit {
            name: "litres",
            quantity: "volume",
            factor: 1.0,
        },
    ),
    (
        &["tsp", "teaspoon", "teaspoons"],
        Unit {
            name: "teaspoons",
            quantity: "volume",
            factor: 0.004_928_921_593_75,
        },
    ),
    (
        &["tbsp", "tablespoon", "tablespoons"],
        Unit {
            name: "tablespoons",
            quantity: "volume",
            factor: 0.014_786_764_781_25,
        },
    ),
    (
        &["cup", "cups"],
        Unit {
            name: "cups",
            quantity: "volume",
            factor: 0.236_588_236_5,
        },
    ),
    (
        &["pint", "pints"],
        Unit {
            name: "pints",
            quantity: "volume",
            factor: 0.473_176_473,
        },
    ),
    (
        &["quart", "quarts"],
        Unit {
            name: "quarts",
            quantity: "volume",
            factor: 0.946_352_946,
        },
    ),
    (
        &["gallon", "gallons"],
        Unit {
            name: "gallons",
            quantity: "volume",
            factor: 3.785_411_784,
        },
    ),
    (
        &["fl oz", "fluid ounce", "fluid ounces"],
        Unit {
            name: "fluid ounces",
            quantity: "volume",
            factor: 0.029_573_529_562_5,
        },
    ),
    (
        &["s", "sec", "secs", "second", "seconds"],
        Unit {
            name: "seconds",
            quantity: "time",
            factor: 1.0,
        },
    ),
    (
        &["min", "mins", "minute", "minutes"],
        Unit {
            name: "minutes",
            quantity: "time",
            factor: 60.0,
        },
    ),
    (
        &["h", "hr", "hrs", "hour", "hours"],
        Unit {
            name: "hours",
            quantity: "time",
            factor: 3600.0,
        },
    ),
    (
        &["day", "days"],
        Unit {
            name: "days",
            quantity: "time",
            factor: 86400.0,
        },
    ),
    (
        &["week", "weeks"],
        Unit {
            name: "weeks",
            quantity: "time",
            factor: 604_800.0,
        },
    ),
    (
        &["c", "°c", "celsius", "centigrade", "degrees celsius"],
        Unit {
            name: "°C",
            quantity: "temperature",
            factor: 1.0,
        },
    ),
    (
        &["f", "°f", "fahrenheit", "degrees fahrenheit"],
        Unit {
            name: "°F",
            quantity: "temperature",
            factor: 1.0,
        },
    ),
    (
        &["k", "kelvin", "kelvins"],
        Unit {
            name: "K",
            quantity: "temperature",
            factor: 1.0,
        },
    ),
    (
        &["mph", "mi/h"],
        Unit {
            name: "miles per hour",
            quantity: "speed",
            factor: 0.44704,
        },
    ),
    (
        &["km/h", "kmh", "kph", "km/hr"],
        Unit {
            name: "kilometres per hour",
            quantity: "speed",
            factor: 1.0 / 3.6,
        },
    ),
    (
        &["m/s"],
        Unit {
            name: "metres per second",
            quantity: "speed",
            factor: 1.0,
        },
    ),
    (
        &["knot", "knots", "kn"],
        Unit {
            name: "knots",
            quantity: "speed",
            factor: 1852.0 / 3600.0,
        },
    ),
    (
        &["bit", "bits"],
        Unit {
            name: "bits",
            quantity: "data",
            factor: 0.125,
        },
    ),
    (
        &["byte", "bytes"],
        Unit {
            name: "bytes",
            quantity: "data",
            factor: 1.0,
        },
    ),
    (
        &["kb", "kilobyte", "kilobytes"],
        Unit {
            name: "kilobytes",
            quantity: "data",
            factor: 1e3,
        },
    ),
    (
        &["mb", "megabyte", "megabytes"],
        Unit {
            name: "megabytes",
            quantity: "data",
            factor: 1e6,
        },
    ),
    (
        &["gb", "gigabyte", "gigabytes"],
        Unit {
            name: "gigabytes",
            quantity: "data",
            factor: 1e9,
        },
    ),
    (
        &["tb", "terabyte", "terabytes"],
        Unit {
            name: "terabytes",
            quantity: "data",
            factor: 1e12,
        },
    ),
    (
        &["kib", "kibibyte", "kibibytes"],
        Unit {
            name: "kibibytes",
            quantity: "data",
            factor: 1024.0,
        },
    ),
    (
        &["mib", "mebibyte", "mebibytes"],
        Unit {
            name: "mebibytes",
            quantity: "data",
            factor: 1_048_576.0,
        },
    ),
    (
        &["gib", "gibibyte", "gibibytes"],
        Unit {
            name: "gibibytes",
            quantity: "data",
            factor: 1_073_741_824.0,
        },
    ),
    (
        &["tib", "tebibyte", "tebibytes"],
        Unit {
            name: "tebibytes",
            quantity: "data",
            factor: 1_099_511_627_776.0,
        },
    ),
    (
        &["acre", "acres"],
        Unit {
            name: "acres",
            quantity: "area",
            factor: 4_046.856_422_4,
        },
    ),
    (
        &["hectare", "hectares", "ha"],
        Unit {
            name: "hectares",
            quantity: "area",
            factor: 10_000.0,
        },
    ),
    (
        &[
            "m2",
            "m²",
            "sq m",
            "square meter",
            "square meters",
            "square metre",
            "square metres",
        ],
        Unit {
            name: "square metres",
            quantity: "area",
            factor: 1.0,
        },
    ),
    (
        &[
            "km2",
            "km²",
            "sq km",
            "square kilometer",
            "square kilometers",
            "square kilometre",
            "square kilometres",
        ],
        Unit {
            name: "square kilometres",
            quantity: "area",
            factor: 1e6,
        },
    ),
    (
        &["ft2", "ft²", "sq ft", "square foot", "square feet"],
        Unit {
            name: "square feet",
            quantity: "area",
            factor: 0.092_903_04,
        },
    ),
    (
        &["mi2", "mi²", "sq mi", "square mile", "square miles"],
        Unit {
            name: "square miles",
            quantity: "area",
            factor: 2_589_988.110_336,
        },
    ),
];

/// The unit a phrase ends with ("25 pounds", "a cup", "kilos"), and the words before it.
fn split_unit(phrase: &str) -> Option<(String, Unit)> {
    let lower = phrase.to_lowercase();
    let words: Vec<&str> = lower
        .split_whitespace()
        .filter(|w| {
            !["a", "an", "one", "of", "the", "some", "many"].contains(w)
                || w.chars().any(|c| c.is_ascii_digit())
        })
        .collect();
    for take in [2, 1] {
        if words.len() < take {
            continue;
        }
        let tail = words[words.len() - take..].join(" ");
        // "10km": the unit glued to the number.
        let (number, name) = match tail.find(|c: char| !(c.is_ascii_digit() || c == '.')) {
            Some(0) | None => (String::new(), tail.clone()),
            Some(at) => (tail[..at].to_string(), tail[at..].to_string()),
        };
        if let Some((_, unit)) = UNITS
            .iter()
            .find(|(names, _)| names.contains(&name.as_str()))
        {
            let rest = words[..words.len() - take].join(" ");
            return Some((format!("{rest} {number}").trim().to_string(), *unit));
        }
    }
    None
}

fn to_base(value: f64, unit: &Unit) -> f64 {
    match unit.name {
        "°C" => value + 273.15,
        "°F" => (value - 32.0) * 5.0 / 9.0 + 273.15,
        _ => value * unit.factor,
    }
}

fn from_base(value: f64, unit: &Unit) -> f64 {
    match unit.name {
        "°C" => value - 273.15,
        "°F" => (value - 273.15) * 9.0 / 5.0 + 32.0,
        _ => value / unit.factor,
    }
}

/// Converts "25 pounds" to "kilos": (amount, from, to, result).
pub fn convert(amount: &str, target: &str) -> Result<(f64, Unit, Unit, f64), String> {
    let unknown = |what: &str| {
        format!(
            "I don't know the unit in \"{what}\"; I know lengths, weights, volumes, areas, temperatures, times, speeds and data sizes (e.g. \"10 km in miles\")"
        )
    };
    let (number, from) = split_unit(amount).ok_or_else(|| unknown(amount))?;
    let (_, to) = split_unit(target).ok_or_else(|| unknown(target))?;
    // Ounces with a volume ("how many ounces in a cup") are fluid ounces.
    let (from, to) = match (from.name, to.name) {
        ("ounces", _) if to.quantity == "volume" => (FLUID_OUNCE, to),
        (_, "ounces") if from.quantity == "volume" => (from, FLUID_OUNCE),
        _ => (from, to),
    };
    if from.quantity != to.quantity {
        return Err(format!(
            "{} measure {} and {} measure {}, so one can't become the other",
            from.name, from.quantity, to.name, to.quantity
        ));
    }
    let words: Vec<&str> = number.split_whitespace().collect();
    let value = match number.parse::<f64>() {
        Ok(value) => value,
        Err(_) if number.is_empty() => 1.0,
        Err(_) => spelt_number(&words)
            .or_else(|| evaluate(&number).ok())
            .ok_or_else(|| format!("I can't read \"{number}\" as an amount"))?,
    };
    let result = from_base(to_base(value, &from), &to);
    Ok((value, from, to, result))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_of_a_unit_is_named_in_the_singular() {
        let (_, pounds, ounces, _) = convert("1 pound", "ounces").unwrap();
        assert_eq!(
            (pounds.counted(1.0), ounces.counted(16.0)),
            ("pound", "ounces")
        );
        let (_, feet, inches, _) = convert("1 foot", "inches").unwrap();
        assert_eq!((feet.counted(1.0), inches.counted(1.0)), ("foot", "inch"));
        assert_eq!(feet.counted(1.5), "feet");
    }

    #[test]
    fn arithmetic_in_words_and_symbols() {
        for (text, expected) in [
            ("48 multiplied by 4 divided by 2", 96.0),
            ("add 5 and 89", 94.0),
            ("subtract 36 from 5", -31.0),
            ("divide 100 by 20", 5.0),
            ("the sum of 3 7 9 and 24", 43.0),
            ("3 to the 6th power", 729.0),
            ("22+ 6", 28.0),
            ("twelve plus one hundred and ninety six", 208.0),
            ("2 + 3 * 4", 14.0),
            ("(2 + 3) * 4", 20.0),
            ("2 ^ 3 ^ 2", 512.0),
            ("the square root of sixteen", 4.0),
            ("85% of $1500", 1275.0),
            ("30% off 235", 164.5),
            ("-3 squared", -9.0),
            ("6 x 1", 6.0),
            ("(2+3)*4", 20.0),
            ("10 mod 3", 1.0),
            ("10 % 3", 1.0),
            ("50% of 20", 10.0),
            ("5!", 120.0),
            ("factorial of 4", 24.0),
            ("2**10", 1024.0),
            ("12x12", 144.0),
            ("half of 30", 15.0),
            ("1 000 000 * 2", 2_000_000.0),
        ] {
            assert_eq!(evaluate(text), Ok(expected), "{text}");
        }
        for no_answer in [
            "1 / 0", "0/0", "10 mod 0", "sqrt(-1)", "(-1)!", "2.5!", "171!",
        ] {
            assert!(
                matches!(evaluate(no_answer), Err(Unanswerable::NoAnswer(_))),
                "{no_answer}: {:?}",
                evaluate(no_answer)
            );
        }
        assert!(evaluate("the weather").is_err());
        assert!(evaluate("2 +").is_err());
    }

    #[test]
    fn conversions_between_units_of_one_quantity() {
        let (value, from, to, result) = convert("25 pounds", "kilos").unwrap();
        assert_eq!((value, from.name, to.name), (25.0, "pounds", "kilograms"));
        assert!((result - 11.339_809).abs() < 1e-6, "{result}");
        let (_, _, _, f) = convert("100 celsius", "fahrenheit").unwrap();
        assert!((f - 212.0).abs() < 1e-9, "{f}");
        let (value, _, _, ml) = convert("a cup", "ml").unwrap();
        assert_eq!(value, 1.0);
        assert!((ml - 236.588_236_5).abs() < 1e-6);
        assert!(
            convert("5 kg", "miles")
                .unwrap_err()
                .contains("can't become")
        );
        assert!(convert("5 parsecs", "miles").is_err());
        let (_, _, _, kmh) = convert("30 mph", "km/h").unwrap();
        assert!((kmh - 48.280_32).abs() < 1e-6, "{kmh}");
        let (_, _, _, megabytes) = convert("1 GB", "MB").unwrap();
        assert!((megabytes - 1000.0).abs() < 1e-9, "{megabytes}");
        let (_, _, _, bytes) = convert("1 GiB", "bytes").unwrap();
        assert_eq!(bytes, 1_073_741_824.0);
        let (_, _, to, fluid) = convert("a cup", "ounces").unwrap();
        assert_eq!(to.name, "fluid ounces");
        assert!((fluid - 8.0).abs() < 1e-9, "{fluid}");
        let (_, _, _, square_metres) = convert("1 acre", "square meters").unwrap();
        assert!((square_metres - 4_046.856_422_4).abs() < 1e-6);
    }

    #[test]
    fn numbers_are_written_plainly() {
        assert_eq!(format_number(96.0), "96");
        assert_eq!(format_number(2.5), "2.5");
        assert_eq!(format_number(1.0 / 3.0), "0.333333");
        assert_eq!(format_number(9_007_199_254_740_991.0), "9007199254740991");
        assert_eq!(
            format_number(12345678901234567890.0 * 98765432109876543210.0),
            "1.21932631137022e39"
        );
        assert_eq!(format_number(-1e20), "-1e20");
    }
}
