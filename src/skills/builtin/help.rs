//! "What can you do": lists every skill with an example phrase.

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::skills::{IntentSpec, Skill, SkillContext, SkillManifest, SkillResult, capabilities};

pub struct HelpSkill {
    manifest: SkillManifest,
    answer: String,
}

impl HelpSkill {
    /// A help skill describing `skills` and itself.
    pub fn new(skills: &[Arc<dyn Skill>]) -> HelpSkill {
        let manifest = SkillManifest {
            name: "help".into(),
            description: "says what Roxy can do".into(),
            intents: vec![IntentSpec::new(
                "capabilities",
                &[
                    "what [else] can you do [for me]",
                    "what are your skills",
                    "what (things|kinds of things|sorts of things|types of things|type of things|subjects|topics|kind of questions|type of questions|types of questions|sorts of questions|questions) (can|may|could|should) i ask [you] [about]",
                    "(what|which) (things|kinds of things|types of things|type of things|subjects|topics|kind of questions|types of questions|type of questions) (can|do) you (help [me] with|answer|know [about]|do)",
                    "what can i ask [you] [about|to do]",
                    "what (are you able to|can you) help [me] with",
                    "what (do|can) you know [about]",
                    "(how|what) can you help [me] [with]",
                    "what all can you do",
                    "what (are|is) you (able|capable) (to|of) (do|doing|answer|answering) [and answering]",
                    "(what|which) [are the] (subjects|subject areas|things|types of subjects|types of things|type of things|kinds of things|sorts of things|topics) (do|are) you (know|familiar with|good at|knowledgeable in|knowledgable in|know best|like)",
                    "what are the (different|kinds of|sorts of|types of) (things|subjects|questions) (you can help [me] with|i can ask [you] [about]|that you know|you know)",
                    "what are the (things|subjects) you (can help [me] with|know)",
                    "(what|which) (type|types|kind|kinds|sort|sorts) of (things|subjects|questions) (can|may|should) i ask [(you|the ai)] [about]",
                    "what (type|types|kind|kinds|sort|sorts) of (things|subjects|questions) (can|do) you (help [me] with|assist [me] with|answer|know [about]|do)",
                    "what (can|should) i ask [(you|the ai)] [(about|to do)]",
                    "what am i able to ask [(you|the ai)]",
                    "what you can (do|help [me] with|assist [me] with) [for me]",
                    "how can (i use you|you assist me|you help me|i benefit from using you)",
                    "(give me|tell me) examples of what to ask [you]",
                    "(the|what) (subjects|subject areas|types of subjects) (you are|you're|are you) familiar with",
                    "(list|show) [me] [your] skills",
                    "help [me]",
                    // Classes of wording that need Roxy addressed in the rest ([`HelpSkill::accepts`]).
                    "(what|which) [are the] (kind|kinds|kid|sort|sorts|type|types|categories) of (questions|things|subjects|tasks|information|info|stuff|queries|topics) {rest}",
                    "(what|which) (subjects|topics|questions|skills|capabilities|abilities|subject areas|information|knowledge|things) {rest}",
                    "(tell me|let me know|i want to know|i would like to know|can you tell me|can i know) (what|which) (subjects|topics|things|questions|sort of things|sorts of things|type of things|types of things|kind of things|types of questions) {rest}",
                    "[so] what (can|should|may|could) i (ask|use) {rest}",
                    "can i ask (you|the ai) {about}",
                    "what are your (capabilities|skills|abilities)",
                    "what are you (familiar with|good at|programmed to do [for me])",
                    "what (things|stuff) can you (help|assist) [me] with [exactly]",
                    "what can you help [me] with exactly",
                ],
                &["what can you do", "help"],
            )],
            tools: Vec::new(),
            network: false,
        };
        let answer = format!(
            "I can help with:\n{}",
            capabilities(
                skills
                    .iter()
                    .map(|s| s.manifest())
                    .chain(std::iter::once(&manifest))
            )
        );
        HelpSkill { manifest, answer }
    }
}

#[async_trait::async_trait]
impl Skill for HelpSkill {
    fn manifest(&self) -> &SkillManifest {
        &self.manifest
    }

    /// A `{rest}` must address Roxy ("what kinds of things can *you* do", not "what kinds of
    /// things are on sale").
    fn accepts(&self, _intent: &str, parameters: &BTreeMap<String, String>) -> bool {
        parameters.get("rest").is_none_or(|rest| {
            rest.split_whitespace().any(|word| {
                let word = word.to_lowercase();
                let word = word.trim_matches(|c: char| !c.is_alphanumeric());
                ["you", "your", "yourself", "ai", "roxy"].contains(&word)
            })
        })
    }

    async fn execute(&self, _context: SkillContext) -> SkillResult {
        SkillResult::success(self.answer.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::skills::builtin::web_search::WebSearchSkill;

    #[test]
    fn the_capability_list_leaves_out_web_search_without_a_search_server() {
        let config = crate::config::Config::embedded().unwrap();
        let skills: Vec<Arc<dyn Skill>> = vec![Arc::new(WebSearchSkill::new(&config))];
        let help = HelpSkill::new(&skills);
        assert!(!help.answer.contains("web_search"), "{}", help.answer);
        assert!(help.answer.contains("help"), "{}", help.answer);
    }
}
