//! "What can you do": lists every skill with an example phrase.

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
