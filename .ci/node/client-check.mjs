// External check: the TypeScript MCP SDK connects over Streamable HTTP and over stdio, lists tools and calls
// get_activities. Usage: node client-check.mjs MCP_URL API_KEY SERVER_DLL
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';

const [url, apiKey, serverDll] = process.argv.slice(2);

async function exercise(name, transport, connectFirst) {
  const client = new Client({ name: `pierre-ci-${name}`, version: '1.0.0' });
  await client.connect(transport);
  const { tools } = await client.listTools();
  if (!tools.some((t) => t.name === 'get_activities')) throw new Error(`${name}: get_activities not listed`);
  if (connectFirst) await client.callTool({ name: 'connect_provider', arguments: { provider: 'synthetic' } });
  const result = await client.callTool({ name: 'get_activities', arguments: { limit: 3 } });
  const count = result.structuredContent?.activities?.length;
  if (result.isError || count !== 3) throw new Error(`${name}: get_activities answered ${JSON.stringify(result).slice(0, 300)}`);
  console.log(`${name}: ${tools.length} tools, get_activities returned ${count} activities`);
  await client.close();
}

const folder = mkdtempSync(join(tmpdir(), 'pierre-stdio-'));
try {
  await exercise('http', new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers: { 'X-API-Key': apiKey } } }), true);
  await exercise('stdio', new StdioClientTransport({ command: 'dotnet', args: [serverDll, '--stdio'], cwd: folder, stderr: 'ignore' }), false);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
