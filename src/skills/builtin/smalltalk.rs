//! Small talk: "hi", "thanks", "bye", "how are you", "are you a bot" get a short human answer
//! (never the capability list), and "say that again" repeats Roxy's last answer.

use crate::skills::{IntentSpec, Skill, SkillContext, SkillManifest, SkillResult};

pub struct SmallTalkSkill {
    manifest: SkillManifest,
}

impl SmallTalkSkill {
    pub fn new() -> SmallTalkSkill {
        SmallTalkSkill {
            manifest: SkillManifest {
                name: "smalltalk".into(),
                description: "answers hello, thanks and goodbye".into(),
                intents: vec![
                    IntentSpec::new(
                        "greeting",
                        &[
                            "(hi|hello|hey|hiya|howdy|yo|greetings|salutations|good (morning|afternoon|evening|day)) [there|roxy|again|to you|friend]",
                            "hey hey",
                            "[hey|hi|hello] [there] (what's|whats|what is) up",
                            "[hey|hi|hello] [there] (how are|how're|how have) you [doing|been|feeling] [today|lately|this (morning|evening|afternoon)]",
                            "[hey|hi|hello] [there] how (is|are) (it going|things|you today|your day [going])",
                            "[hey|hi|hello] [there] how's (it going|everything|your day [going]|life)",
                            "[hey|hi|hello] [there] are you (doing|feeling) (alright|ok|okay|well|good) [today]",
                            "how (are|r) (you|u) [doing] [today]",
                            "how you doing",
                            "(nice|good|great) to (see|meet) you [again]",
                            "what's new",
                            "long time no see",
                            "(aloha|bonjour|hola|ciao|hallo|namaste)",
                            "(hello|hi|hey) [there] (anyone|anybody|is anyone|is anybody) [there|home]",
                            "[(hi|hey|hello) [there]] how (are|is) (things|everything) [(going|with you|for you)] [(going|for you|with you)] [today]",
                            "[(hi|hey|hello) [there]] how (are|have) you (been|doing|feeling) [(this|on this) [fine] (day|morning|evening)|today|lately]",
                            "how are you this [fine] (day|morning|evening)",
                            "how (ya|you) (been|doin|doing)",
                            "are you (good|okay|ok|well|alright|all right) [right now|today]",
                            "how('s| is) it going",
                        ],
                        &["hi", "how are you", "good morning"],
                    ),
                    IntentSpec::new(
                        "thanks",
                        &[
                            "(thanks|thank you|thank u|thx|ty|cheers) [(so|very|ever so) much] [a lot|a bunch] [(for|about) {what}]",
                            "thank you [(so|very|ever so) much] [(for|about) {what}]",
                            "(thanks|thank you) [(so|very|ever so) much] [(for|about) {what}] [that was [(really|very|so)] (helpful|great|useful)]",
                            "[that was|that's] [(really|very|so)] (helpful|great|useful) [thanks|thank you]",
                            "i (appreciate|appreciated) [it|that|this|what you did|your help|the help|{what}]",
                            "(your|the) help is [much|greatly|really] appreciated",
                            "much appreciated",
                            "i'm [so|very] (thankful|grateful) [{what}]",
                            "(good|great|nice) job [thanks]",
                            "that'll (work|do) [(good|great|nice) job|thanks]",
                            "many thanks",
                            "[oh|why] (thanks|thank you|thank ya) [again|kindly|so much]",
                            "(appreciate|appreciated) [it|the help|that]",
                            "i [really] (thank you|appreciate it)",
                            "i owe you one",
                            "much obliged",
                            "(gracias|merci [beaucoup]|danke [schön])",
                            "(you've|you have) been a (big|great|huge|real) help [thank you [so much]|thanks]",
                            "you have my [sincere] gratitude",
                            "(i am|i'm) [very|so] (grateful|thankful)",
                            "i (can not|cannot|can't) thank you enough",
                            "(thanks|thank you) [so much] (that's|that is|that was) (helpful|great|useful)",
                            "(thanks|thank you) (you've|you have) helped me",
                            "(that|your) answer was [very|really] (good|helpful|great) [thanks|thank you]",
                            "special thanks [to you]",
                        ],
                        &["thanks", "thank you so much for the help"],
                    ),
                    IntentSpec::new(
                        "goodbye",
                        &[
                            "(bye|goodbye|good bye|bye bye|cya|see ya|see you|later|farewell|good night|goodnight) [then|now|later|soon|for now|tomorrow|roxy]",
                            "see you (later|soon|tomorrow|around|next time) [then]",
                            "talk [to you] (later|soon)",
                            "(i have|i've got|i gotta|i must|i need) to (go|leave|run) [now] [bye|goodbye]",
                            "(i'm|i am) (going|leaving|off) [now] [bye|goodbye]",
                            "(have a|have a good|have a nice) (one|day|night|evening) [bye]",
                            "(take it easy|take care) [bye]",
                            "(it was|it's been) (nice|good|great) (talking|chatting|speaking) [to|with] you [bye|goodbye]",
                            "(nice|good|great) (talking|chatting|speaking) [to|with] you [again] [bye|goodbye]",
                            "that's all [for now|for today] [bye|goodbye|thanks]",
                            "i must say goodbye",
                            "(adios|buhbye|bye-bye|fairwell|ciao|cheerio|toodles) [ai|my friend]",
                            "(good bye|goodbye|bye) (my friend|to you|now|for now)",
                            "catch you (later|around|soon)",
                            "i (have|need|got) to (get going|say goodbye|go)",
                            "(it is|it's) time to say goodbye",
                            "i'm saying goodbye [now]",
                            "(i enjoyed|i had fun|i had a pleasure) (talking|speaking|chatting) (to|with) you [bye|goodbye]",
                            "i enjoyed our (talk|chat|conversation) [bye|goodbye]",
                            "(it was|it's been) (a pleasure|enjoyable|good|great|nice|fun) (talking|speaking|chatting|to talk|to chat) [(to|with) you] [today] [bye|goodbye|goodbye now]",
                            "(good|great|nice) (talk|chat|seeing you) [see you later|take it easy|talk to you later|thanks|bye]",
                            "always (nice|good|great) to (talk|chat) [to|with] you",
                        ],
                        &["bye", "see you later"],
                    ),
                    IntentSpec::new(
                        "about",
                        &[
                            "(who|what) are you",
                            "(what's|what is|whats) your name",
                            "do you have a name",
                            "what (should|do|can|shall) i call you",
                            "what (should|do|can|shall) i refer to you as",
                            "what do you go by",
                            "what name do you (prefer|go by|want me to use)",
                            "what would you like to be called",
                            "how (would|do) you like to be (called|referred to)",
                            "your name [please]",
                            "are you [actually|really|just] [a|an] [real|actual|live|living|real life] (bot|robot|computer|machine|human|human being|person|ai|program|being|someone real|voice|computer generated voice|chatbot) [right now]",
                            "are you [actually|really|just] [a|an] [real|actual|live|living|real life] (bot|robot|computer|machine|human|human being|person|ai|program|being|someone real|voice|computer generated voice|chatbot) [or] [are you] [a|an] [real|actual|live|living|real life] (bot|robot|computer|machine|human|human being|person|ai|program|being|someone real|voice|computer generated voice|chatbot)",
                            "are you (human|real|alive|ai|a bot)",
                            "(you were|were you) (built|made|created|programmed) by (who|whom)",
                            "(who|what company) (do you work for|owns you)",
                            "am i (talking|speaking|chatting) (to|with) [a|an] [real|actual|live] (bot|robot|computer|machine|human|person|someone real|ai)",
                            "is this a (bot|robot|computer|human|person|real person)",
                            "who (made|built|created|programmed|wrote|designed) you",
                            "who is your (maker|creator|developer)",
                            "[{ask}] (who|whom|what company|which company|what firm|which firm|what business|who or what) [is the one who|was the one who|is it that] (made|built|created|programmed|wrote|designed|developed|formulated|assembled|compiled|engineered|invented|coded|manufactured|produced|make|build|create|program|design|develop) (you|this ai|the ai|roxy) [do you know]",
                            "(who|what company|which company) (is|was|are|were) your (maker|makers|creator|creators|developer|developers|designer|designers|programmer|programmers|manufacturer|inventor|author|authors)",
                            "(who|what company|which company|what firm) (is|was) responsible for (you|your (existence|design|creation|programming)|creating you|making you)",
                            "(may|can|could) i (have|get|know) your name",
                            "(state|tell me) your name",
                            "what did (they|your (makers|creators)) (name|call) you",
                            "what do (they|people) call you",
                            "(what's|what is|whats) your name (anyway|again)",
                            "what name do you go by",
                            "where do you come from",
                            "[clear something up] (are|r) you [really|actually|considered] (real|human|ai|automated|artificial|[a|an] [real|actual|live|real live|automated|artificial] (person|human|human being|bot|robot|computer|ai|artificial intelligence being|machine|assistant|automated assistance|life form)) [or {other}]",
                            "(if|whether) (you are|you're|your|ur|you) [really|actually] (real|human|ai|[a|an] [real|actual|live|real live|automated|artificial] (person|human|human being|bot|robot|computer|ai|artificial intelligence being|machine|assistant|automated assistance|life form)) [or {other}]",
                            "{ask} (if|whether) (you are|you're|your|ur) [really|actually] (real|human|ai|[a|an] [real|actual|live|real live|automated|artificial] (person|human|human being|bot|robot|computer|ai|artificial intelligence being|machine|assistant|automated assistance|life form)) [or {other}]",
                            "(could|can) you be [a|an] [real|actual|live|real live|automated|artificial] (person|human|human being|bot|robot|computer|ai|artificial intelligence being|machine|assistant|automated assistance|life form)",
                            "do you (consider yourself|think you are|identify as) [to be] [a|an] [real|actual|live|real live|automated|artificial] (person|human|human being|bot|robot|computer|ai|artificial intelligence being|machine|assistant|automated assistance|life form) [or {other}]",
                            "is this (a|an) (person|human|bot|robot|computer|ai) [talking to me] [or {other}]",
                            "is this (human|a human) or a (bot|robot|computer)",
                            "i think (you're|you are|your) a (bot|robot|computer)",
                            "i am not a bot are you",
                            "how real are you",
                            "are you really real",
                            "am i (speaking|talking|chatting) (with|to) (ai|an ai|a computer|a bot) or [a] {other}",
                        ],
                        &["what's your name", "are you a bot", "who made you"],
                    ),
                    IntentSpec::new(
                        "repeat",
                        &[
                            "(repeat|say) (that|it|this) [again|one more time|once more]",
                            "(repeat|say again) [what you [just] said]",
                            "say (it|that) again",
                            "(can|could|would|will) you repeat [that|it|what you (said|just said)]",
                            "repeat [please]",
                            "again",
                            "come again",
                            "what did you [just] say",
                            "what was that",
                            "i didn't (catch|hear|get) (that|you|it)",
                            "pardon [me]",
                            "sorry what",
                            "excuse me",
                            "(can|could|would|will) you [please] (say|repeat|ask) (that|it|this|the question|me that|that question|that response) [(again|over|once more|one more time|louder)]",
                            "(can|could|would|will) you [please] (phrase|ask) [me] (that|the) question again",
                            "i (didn't|did not|couldn't|could not|didnt) (catch|hear|understand|quite hear) [(that|you|it|what you [just] said)] [(so|and|but)] [please] [(say it again|repeat it|repeat that|repeat|can you repeat (that|it) [louder]|can you say (it|that) again)] [please]",
                            "i missed what you said [(please|can you)] [say it again|repeat it]",
                            "i (need|want) (that|it) repeated [for me]",
                            "i (am going to|need you to|want you to|am needing for you to) say (that|it) again",
                            "what was (the question|that you just said)",
                            "hold on what was that [you just said]",
                            "(could|can) that be repeated",
                        ],
                        &["say that again", "repeat that"],
                    ),
                ],
                tools: Vec::new(),
                network: false,
            },
        }
    }
}

impl Default for SmallTalkSkill {
    fn default() -> Self {
        SmallTalkSkill::new()
    }
}

#[async_trait::async_trait]
impl Skill for SmallTalkSkill {
    fn manifest(&self) -> &SkillManifest {
        &self.manifest
    }

    async fn execute(&self, context: SkillContext) -> SkillResult {
        let lower = context.user_input.to_lowercase();
        let text = match context.intent.as_str() {
            "greeting" if lower.contains("how") || lower.contains("doing") => {
                "I'm doing well, thanks for asking. What can I do for you?"
            }
            "greeting" => "Hi! What can I do for you?",
            "thanks" => "You're welcome.",
            "goodbye" => "Bye! Talk to you soon.",
            "about"
                if lower.contains("made") || lower.contains("built") || lower.contains("creat") =>
            {
                "I'm Roxy, an assistant that runs on this computer; the people who wrote my code made me, and you decide what I can do."
            }
            "about" => {
                "I'm Roxy, an assistant program running on this computer. Not a person, but happy to help."
            }
            "repeat" => {
                let last = context
                    .conversation_history
                    .iter()
                    .rev()
                    .find(|turn| !turn.response.is_empty());
                return match last {
                    Some(turn) => SkillResult::success(turn.response.clone()),
                    None => SkillResult::failure("I haven't said anything yet."),
                };
            }
            _ => "Hi!",
        };
        SkillResult::success(text)
    }
}
