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
                    "what can you do",
                    "what are your skills",
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
