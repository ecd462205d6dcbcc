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
    let data = tempfile::tempdir().unwrap();
    let (_project, mut config) = common::config_dir(&format!(
        "servers:\n  sums: {{ transport: stdio, command: \"{}\", args: [\"{}\"] }}\n",
        common::root().join(".venv/bin/python").display(),
        common::root()
            .join("tests/fixtures/python/mcp2_server.py")
            .display(),
    ));
    let skills = data.path().join("skills");
    std::fs::create_dir_all(&skills).unwrap();
    std::fs::write(
        skills.join("sums.yaml"),
        "name: sums\ndescription: adds two numbers\nintents:\n  - name: add_up\n    templates: [\"sum up {a:number} with {b:number}\"]\n  - name: shout_it\n    templates: [\"shout it {words}\"]\n    call: { server: sums, tool: shout, arguments: { text: \"{words}\" } }\n    response: { text: \"{result.greeting}\" }\ncall:\n  server: sums\n  tool: add\n  arguments: { a: \"{a}\", b: \"{b}\" }\nresponse:\n  text: \"{result.total}\"\n",
    )
    .unwrap();
    config.roxy.skills.dir = Some(skills);
    config.roxy.data_dir = Some(data.path().to_path_buf());
    let roxy = Orchestrator::new(config).expect("the skill loads");
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
