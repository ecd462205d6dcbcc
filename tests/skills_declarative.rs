//! The shipped declarative skill `skills/knowledge_graph.yaml` against the real MCP memory
//! server: slots become (nested) tool arguments, structured results are worded through
//! `items`, and an empty result gives the `empty` answer with its slots filled.

mod common;

use roxy::orchestrator::Orchestrator;

#[tokio::test]
async fn knowledge_graph_skill_adds_searches_and_lists() {
    let data = tempfile::tempdir().unwrap();
    let (_project, mut config) = common::config_dir(&format!(
        "servers:\n  memory: {{ transport: stdio, command: node, args: [\"{}\"], env: {{ MEMORY_FILE_PATH: \"{}\" }} }}\n",
        common::root()
            .join("tests/peers/node_modules/@modelcontextprotocol/server-memory/dist/index.js")
            .display(),
        data.path().join("graph.jsonl").display()
    ));
    // Only this skill: the other shipped ones need roxy_system, which this config leaves out.
    let skills = data.path().join("skills");
    std::fs::create_dir_all(&skills).unwrap();
    std::fs::copy(
        common::root().join("skills/knowledge_graph.yaml"),
        skills.join("knowledge_graph.yaml"),
    )
    .unwrap();
    config.roxy.skills.dir = Some(skills);
    config.roxy.data_dir = Some(data.path().to_path_buf());
    let roxy = Orchestrator::new(config).expect("the shipped skills load");

    let empty = roxy.handle("what's in the knowledge graph").await;
    assert!(empty.success, "{}", empty.text);
    assert!(
        empty.text.starts_with("The knowledge graph is empty."),
        "{}",
        empty.text
    );

    let added = roxy
        .handle("add Grace Hopper to the knowledge graph as a person")
        .await;
    assert_eq!(
        added.text,
        "Added Grace Hopper (person) to the knowledge graph."
    );
    assert_eq!(added.parameters["name"], "Grace Hopper");

    let again = roxy
        .handle("add Grace Hopper to the knowledge graph as a person")
        .await;
    assert_eq!(
        again.text,
        "Grace Hopper is already in the knowledge graph."
    );

    let found = roxy.handle("search the knowledge graph for Hopper").await;
    assert_eq!(found.skill.as_deref(), Some("knowledge_graph"));
    assert_eq!(
        found.text,
        "The knowledge graph knows:\n- Grace Hopper (person):"
    );

    let missing = roxy.handle("search the knowledge graph for Babbage").await;
    assert_eq!(
        missing.text,
        "The knowledge graph knows nothing about Babbage."
    );
    roxy.shutdown().await;
}

/// A `{n:number}` slot that is a whole argument is sent as a JSON number, digits or spelt out:
/// `twenty four` went as the text "twenty four", which a tool taking an integer refused. A
/// response of result paths the answer lacks is a failure naming them.
#[tokio::test]
async fn number_slots_are_sent_as_numbers() {
    let (_data, _project, roxy) = with_fixture_skill(
        "sums",
        "sums.yaml",
        "name: sums\ndescription: adds two numbers\nintents:\n  - name: add_up\n    templates: [\"sum up {a:number} with {b:number}\"]\n  - name: shout_it\n    templates: [\"shout it {words}\"]\n    call: { server: sums, tool: shout, arguments: { text: \"{words}\" } }\n    response: { text: \"{result.greeting}\" }\ncall:\n  server: sums\n  tool: add\n  arguments: { a: \"{a}\", b: \"{b}\" }\nresponse:\n  text: \"{result.total}\"\n",
    );
    // A result path the answer lacks, and nothing else to say: a failure that names it, not
    // an empty answer reported as done.
    let answer = roxy.handle("shout it hello").await;
    assert!(!answer.success, "{}", answer.text);
    assert!(
        answer
            .text
            .contains("`{result.greeting}` is not in what `shout` returned")
            && answer.text.contains("a result of `result`"),
        "{}",
        answer.text
    );
    for (said, total) in [
        ("sum up twenty four with 5", "29"),
        ("sum up 7 with one hundred and one", "108"),
    ] {
        let answer = roxy.handle(said).await;
        assert!(answer.success, "{said}: {}", answer.text);
        assert_eq!(answer.text, total, "{said}");
    }
    roxy.shutdown().await;
}

/// What a YAML skill sends follows the tool's schema, and what it reads follows what the SDK
/// returns: a `{n:number}` slot given to a string argument goes as its digits (it went as a
/// number, which the tool refused); `from: result` is the list a tool returned (the SDK wraps
/// it as `{"result": [...]}`; the list came out empty, "nothing there"); and a `from:` that is
/// not a list is a failure that says so, never the `empty` answer.
#[tokio::test]
async fn arguments_follow_the_schema_and_lists_the_sdk_wraps_are_read() {
    let (_data, _project, roxy) = with_fixture_skill(
        "fixture",
        "words.yaml",
        r#"name: words
description: shouts numbers and spells words
intents:
  - name: shout_number
    templates: ["shout number {n:number}"]
    call: { server: fixture, tool: shout, arguments: { text: "{n}" } }
    response: { text: "{text}" }
  - name: spell
    templates: ["spell {word}"]
    call: { server: fixture, tool: letters, arguments: { word: "{word}" } }
    response: { text: "{items}", items: { from: result, each: "{item}" }, empty: "nothing there" }
  - name: spell_wrong
    templates: ["misspell {word}"]
    call: { server: fixture, tool: shout, arguments: { text: "{word}" } }
    response: { text: "{items}", items: { from: result, each: "{item}" }, empty: "nothing there" }
"#,
    );

    let shouted = roxy.handle("shout number seven").await;
    assert!(shouted.success, "{}", shouted.text);
    assert_eq!(shouted.text, "7");

    let spelt = roxy.handle("spell abc").await;
    assert_eq!(spelt.text, "a\nb\nc");

    let wrong = roxy.handle("misspell abc").await;
    assert!(!wrong.success, "{}", wrong.text);
    assert!(
        wrong
            .text
            .contains("`result` is text in what `shout` returned")
            && wrong.text.contains("fix `items.from`"),
        "{}",
        wrong.text
    );
    roxy.shutdown().await;
}

/// `roxy skills test` checks what skills call against the servers: a tool the server does not
/// have (with the closest names), an argument it does not take, a text slot where it takes a
/// number, a required argument not given, an `external` server without `network: true`; each
/// with the skill file's line, and exit code 1. Routing alone passed all of them.
#[test]
fn skills_test_checks_the_tools_and_arguments_skills_call() {
    let root = tempfile::tempdir().unwrap();
    let config = root.path().join("config");
    let skills = root.path().join("skills");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::create_dir_all(&skills).unwrap();
    std::fs::write(
        config.join("mcp_servers.yaml"),
        format!(
            "servers:\n  fixture: {{ transport: stdio, command: \"{}\", args: [\"{}\"] }}\n  faraway: {{ transport: stdio, command: \"{}\", args: [\"{}\"], external: true }}\n",
            common::root().join(".venv/bin/python").display(),
            common::root().join("tests/fixtures/python/mcp2_server.py").display(),
            common::root().join(".venv/bin/python").display(),
            common::root().join("tests/fixtures/python/mcp2_server.py").display(),
        ),
    )
    .unwrap();
    let skill = r#"name: sums
description: adds numbers
intents:
  - name: good
    templates: ["add {a:number} and {b:number}"]
    examples: ["add 1 and 2"]
    call: { server: fixture, tool: add, arguments: { a: "{a}", b: "{b}" } }
  - name: misspelt_tool
    templates: ["plus {a:number} and {b:number}"]
    examples: ["plus 1 and 2"]
    call: { server: fixture, tool: ad, arguments: { a: "{a}", b: "{b}" } }
  - name: wrong_arguments
    templates: ["total of {a} and {b:number}"]
    examples: ["total of 1 and 2"]
    call: { server: fixture, tool: add, arguments: { a: "{a}", bb: "{b}" } }
  - name: far_away
    templates: ["shout far {words}"]
    examples: ["shout far hello"]
    call: { server: faraway, tool: shout, arguments: { text: "{words}" } }
response:
  text: "{text}"
"#;
    std::fs::write(skills.join("sums.yaml"), skill).unwrap();
    let data = tempfile::tempdir().unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_roxy"))
        .arg("--config")
        .arg(&config)
        .args(["skills", "test", "--json"])
        .env("ROXY_DATA_DIR", data.path())
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&output.stdout)));
    assert_eq!(output.status.code(), Some(1), "{report:#}");
    let problems: Vec<String> = report["tool_problems"]
        .as_array()
        .expect("tool_problems")
        .iter()
        .map(|p| {
            format!(
                "{} {} {}",
                p["intent"].as_str().unwrap_or("-"),
                p["location"].as_str().unwrap_or("-"),
                p["problem"].as_str().unwrap_or("-")
            )
        })
        .collect();
    let expected = [
        (
            "misspelt_tool",
            "sums.yaml:11",
            "no such tool; did you mean `add`",
        ),
        (
            "wrong_arguments",
            "sums.yaml:15",
            "takes no argument `bb` (did you mean `b`?",
        ),
        (
            "wrong_arguments",
            "sums.yaml:15",
            "argument `a` takes integer, and the call sends text; write the slot `{a:number}`",
        ),
        ("wrong_arguments", "sums.yaml:15", "needs the argument `b`"),
        ("far_away", "sums.yaml:19", "`external`"),
    ];
    for (intent, location, said) in expected {
        assert!(
            problems
                .iter()
                .any(|p| p.starts_with(intent) && p.contains(location) && p.contains(said)),
            "{intent} {location} {said} missing from {problems:#?}"
        );
    }
    assert_eq!(problems.len(), expected.len(), "{problems:#?}");
    assert_eq!(report["failures"], serde_json::json!([]), "{report:#}");
}

/// An orchestrator whose one server, `server`, is the mcp 2.x fixture over stdio, and whose one
/// skill is `yaml`, written to `file`; the data and project directories live as long as the
/// returned guards.
fn with_fixture_skill(
    server: &str,
    file: &str,
    yaml: &str,
) -> (tempfile::TempDir, tempfile::TempDir, Orchestrator) {
    let data = tempfile::tempdir().unwrap();
    let (project, mut config) = common::config_dir(&format!(
        "servers:\n  {server}: {{ transport: stdio, command: \"{}\", args: [\"{}\"] }}\n",
        common::root().join(".venv/bin/python").display(),
        common::root()
            .join("tests/fixtures/python/mcp2_server.py")
            .display(),
    ));
    let skills = data.path().join("skills");
    std::fs::create_dir_all(&skills).unwrap();
    std::fs::write(skills.join(file), yaml).unwrap();
    config.roxy.skills.dir = Some(skills);
    config.roxy.data_dir = Some(data.path().to_path_buf());
    let roxy = Orchestrator::new(config).expect("the skill loads");
    (data, project, roxy)
}
