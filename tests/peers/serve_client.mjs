// The official TypeScript SDK client driving `roxy serve`, for tests/serve.rs.
//
// Usage: node serve_client.mjs stdio COMMAND [ARGS...]
//        node serve_client.mjs http URL [TOKEN]
// Runs one fixed session against the test config of tests/serve.rs and prints one JSON object
// with what each step saw; a step that throws records its error, so the test names the step.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { ElicitRequestSchema } from "@modelcontextprotocol/sdk/types.js";

const [mode, target, ...rest] = process.argv.slice(2);
const report = { elicitations: [] };
const client = new Client(
  { name: "roxy-serve-test", version: "1.0.0" },
  { capabilities: { elicitation: {} } },
);
client.setRequestHandler(ElicitRequestSchema, async (request) => {
  report.elicitations.push(request.params.message);
  return { action: "accept", content: { name: "Grace Hopper", check: true } };
});

async function step(name, action) {
  try {
    report[name] = await action();
  } catch (error) {
    report[name] = { error: String(error) };
  }
}
const text = (result) => result.content.map((block) => block.text ?? "").join("\n");
const call = async (name, args) => {
  const result = await client.callTool({ name, arguments: args });
  return { text: text(result), is_error: Boolean(result.isError) };
};

const transport =
  mode === "stdio"
    ? new StdioClientTransport({ command: target, args: rest, stderr: "inherit" })
    : new StreamableHTTPClientTransport(new URL(target), {
        requestInit: rest[0] ? { headers: { Authorization: `Bearer ${rest[0]}` } } : undefined,
      });
await client.connect(transport);
report.protocol = client.getServerVersion() ? "connected" : "none";
report.capabilities = Object.keys(client.getServerCapabilities() ?? {}).sort();
await step("tools", async () => {
  const listed = await client.listTools();
  return Object.fromEntries(listed.tools.map((tool) => [tool.name, tool]));
});
await step("echo", () => call("everything__echo", { message: "from typescript" }));
await step("add", () => call("py__add", { a: 2, b: 3 }));
await step("web", () => call("web__add", { a: 4, b: 5 }));
await step("prompts", async () => {
  const listed = await client.listPrompts();
  const got = await client.getPrompt({ name: "py__review", arguments: { code: "x = 1" } });
  return {
    names: listed.prompts.map((p) => p.name),
    messages: got.messages.map((m) => m.content.text ?? ""),
  };
});
await step("resources", async () => {
  const listed = await client.listResources();
  const read = async (uri) => (await client.readResource({ uri })).contents.map((c) => c.text);
  return {
    uris: listed.resources.map((r) => r.uri),
    static: await read("fixture://greeting"),
    templated: await read("fixture://echo/hello"),
  };
});
await step("progress", async () => {
  const updates = [];
  const result = await client.callTool(
    { name: "everything__trigger-long-running-operation", arguments: { duration: 1, steps: 3 } },
    undefined,
    { onprogress: (progress) => updates.push(progress.progress) },
  );
  return { updates, is_error: Boolean(result.isError) };
});
await step("elicitation", () => call("everything__trigger-elicitation-request", {}));
await step("crash", () => call("crash__echo", { text: "die" }));
await step("after_crash", () => call("crash__echo", { text: "die again" }));
await step("still", () => call("everything__echo", { message: "still here" }));
await client.close();
console.log(JSON.stringify(report));
