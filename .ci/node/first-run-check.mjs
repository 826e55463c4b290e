// External check (first-run.sh): the two Claude Desktop configs that `pierre-mcp-server quickstart` prints work as
// printed. The stdio config is spawned exactly (command, args, env) from an unrelated empty folder, so its absolute
// paths are what finds the database; the remote config is spawned exactly (npx mcp-remote ...) from .ci/node, where
// npx finds the locally installed mcp-remote offline, with an earlier quickstart key in PIERRE_API_KEY to prove that
// keys created before still work. Each lists tools and gets 3 activities through the TypeScript MCP SDK.
// With --stdio-only (tool.sh: no server runs), only the stdio config is checked and EARLIER_API_KEY is ignored.
// Usage: node first-run-check.mjs QUICKSTART_STDOUT_FILE EARLIER_API_KEY EMPTY_FOLDER [--stdio-only]
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';

const [quickstartFile, earlierKey, emptyFolder, mode] = process.argv.slice(2);
const here = dirname(fileURLToPath(import.meta.url));
const fail = (message) => { throw new Error(`first-run: ${message}`); };

// The JSON blocks of the quickstart output: from a line that is exactly "{" to the next line that is exactly "}".
function jsonBlocks(text) {
  const blocks = [];
  let lines = null;
  for (const line of text.split('\n')) {
    if (line === '{') lines = [];
    if (lines) lines.push(line);
    if (line === '}' && lines) {
      const source = lines.join('\n');
      try { blocks.push(JSON.parse(source)); } catch (e) { fail(`quickstart printed a block that is not JSON (${e.message}):\n${source}`); }
      lines = null;
    }
  }
  return blocks;
}

function pierreServer(config, name) {
  const server = config?.mcpServers?.pierre;
  if (!server || typeof server.command !== 'string' || !Array.isArray(server.args)) {
    fail(`${name} config has no mcpServers.pierre with command and args: ${JSON.stringify(config)}`);
  }
  return server;
}

async function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`first-run: ${what} took over ${ms / 1000} s`)), ms); });
  try { return await Promise.race([promise, timeout]); } finally { clearTimeout(timer); }
}

async function exercise(name, params) {
  const transport = new StdioClientTransport({ ...params, stderr: 'pipe' });
  let stderr = '';
  transport.stderr?.on('data', (d) => { stderr += d; });
  const client = new Client({ name: `pierre-ci-first-run-${name}`, version: '1.0.0' });
  try {
    await withTimeout((async () => {
      await client.connect(transport);
      const { tools } = await client.listTools();
      if (!tools.some((t) => t.name === 'get_activities')) fail(`${name}: tools/list has no get_activities (${tools.map((t) => t.name).join(', ')})`);
      const result = await client.callTool({ name: 'get_activities', arguments: { limit: 3 } });
      const count = result.structuredContent?.activities?.length;
      if (result.isError || count !== 3) fail(`${name}: get_activities {limit:3} answered ${JSON.stringify(result).slice(0, 400)}`);
      console.log(`first-run: ${name}: ${tools.length} tools, get_activities returned ${count} activities`);
    })(), 60_000, `${name} (connect, tools/list, get_activities)`);
  } catch (e) {
    const message = e.message.startsWith('first-run:') ? e.message : `first-run: ${name}: ${e.message}`;
    throw new Error(`${message}\n--- ${name} stderr ---\n${stderr.slice(-4000)}`);
  } finally {
    await client.close().catch(() => {});
  }
}

async function main() {
  const blocks = jsonBlocks(readFileSync(quickstartFile, 'utf8'));
  if (blocks.length !== 2) fail(`quickstart printed ${blocks.length} JSON blocks, expected 2 (stdio config, remote config)`);
  const stdio = pierreServer(blocks[0], 'stdio');
  const remote = pierreServer(blocks[1], 'remote');

  // (a) stdio, as Claude Desktop would start it: exactly the printed command, args and env, from an unrelated folder.
  if (!stdio.args.includes('--stdio')) fail(`stdio config args lack --stdio: ${JSON.stringify(stdio.args)}`);
  if (!isAbsolute(stdio.command)) fail(`stdio config command is not an absolute path: ${stdio.command}`);
  for (const [k, v] of Object.entries(stdio.env ?? {})) {
    const path = k === 'DATABASE_URL' ? String(v).replace(/^sqlite:/, '') : String(v);
    if (k.endsWith('_PATH') || k === 'DATABASE_URL') { if (!isAbsolute(path)) fail(`stdio config ${k} is not absolute: ${v}`); }
  }
  await exercise('stdio', { command: stdio.command, args: stdio.args, env: stdio.env, cwd: emptyFolder });
  const leftovers = readdirSync(emptyFolder);
  if (leftovers.length) fail(`the stdio server created ${leftovers.join(', ')} in its working folder: it did not use the printed paths`);
  if (mode === '--stdio-only') return;

  // (b) remote through mcp-remote: exactly the printed command (npx), args and env merged onto this environment, with
  // the earlier key; npx resolves .ci/node's mcp-remote, offline, and mcp-remote keeps its state in a scratch folder.
  if (remote.command !== 'npx' || !remote.args.includes('mcp-remote')) fail(`remote config is not npx mcp-remote: ${JSON.stringify(remote)}`);
  if (!remote.env?.PIERRE_API_KEY) fail(`remote config env has no PIERRE_API_KEY: ${JSON.stringify(remote.env)}`);
  if (remote.env.PIERRE_API_KEY === earlierKey) fail('the remote config carries the earlier key, not the one just created');
  const authDir = mkdtempSync(join(tmpdir(), 'pierre-mcp-auth-'));
  try {
    await exercise('mcp-remote (earlier key)', {
      command: remote.command,
      args: remote.args,
      env: {
        ...process.env,
        ...remote.env,
        PIERRE_API_KEY: earlierKey,
        npm_config_offline: 'true',
        npm_config_update_notifier: 'false',
        MCP_REMOTE_CONFIG_DIR: authDir,
      },
      cwd: here,
    });
  } finally {
    rmSync(authDir, { recursive: true, force: true });
  }
}

await main().catch((e) => {
  console.error(e.message.startsWith('first-run:') ? e.message : `first-run: ${e.stack}`);
  process.exit(1);
});
