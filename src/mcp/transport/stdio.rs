//! stdio transport: a child process speaking newline-delimited JSON-RPC on stdin/stdout.
