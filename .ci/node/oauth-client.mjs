// External check: a remote MCP client that starts from nothing but the URL. The TypeScript SDK's own OAuth support
// (an OAuthClientProvider) reads the 401's challenge and the metadata, registers itself (RFC 7591), and sends the
// person to /oauth2/authorize with PKCE; this script is the person's browser: it signs in on the web UI's login form
// and allows on the consent page, by plain HTTP with a cookie jar, then hands the code back. The client then lists
// the tools and calls get_activities with its access token.
// Usage: node oauth-client.mjs MCP_URL EMAIL PASSWORD
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { UnauthorizedError } from '@modelcontextprotocol/sdk/client/auth.js';

const [mcpUrl, email, password] = process.argv.slice(2);
const redirectUrl = 'http://127.0.0.1:8976/callback'; // nothing listens there: the script reads the redirect's Location
const jar = new Map();

async function hop(url, init = {}) {
  const headers = { ...init.headers, cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') };
  const res = await fetch(url, { ...init, headers, redirect: 'manual' });
  for (const cookie of res.headers.getSetCookie()) {
    const pair = cookie.split(';')[0];
    const at = pair.indexOf('=');
    jar.set(pair.slice(0, at).trim(), pair.slice(at + 1));
  }
  return res;
}

// Follows redirects on the server; stops at the client's redirect URI, or at a page, which it returns.
async function browse(url, init) {
  let res = await hop(url, init);
  while (res.status >= 300 && res.status < 400) {
    const next = new URL(res.headers.get('location'), url);
    if (next.href.startsWith(redirectUrl)) return { callback: next };
    url = next;
    res = await hop(url);
  }
  const html = await res.text();
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}: ${html.slice(0, 300)}`);
  return { url, html };
}

const decode = (s) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#x2B;/gi, '+').replace(/&#x3D;/gi, '=').replace(/&#x2F;/gi, '/').replace(/&lt;/g, '<').replace(/&gt;/g, '>');

// The page's form whose markup matches `marker`: where it posts, and its named inputs (hidden ones included).
function form(page, marker) {
  const markup = [...page.html.matchAll(/<form[\s\S]*?<\/form>/gi)].map((m) => m[0]).find((f) => marker.test(f));
  if (!markup) throw new Error(`no form matching ${marker} on ${page.url}: ${page.html.slice(0, 500)}`);
  const action = new URL(decode(markup.match(/action="([^"]*)"/i)?.[1] ?? '') || page.url.href, page.url);
  const fields = new URLSearchParams();
  for (const input of markup.matchAll(/<input\b[^>]*>/gi)) {
    const name = input[0].match(/name="([^"]*)"/i)?.[1];
    if (name) fields.append(decode(name), decode(input[0].match(/value="([^"]*)"/i)?.[1] ?? ''));
  }
  return { action, fields };
}

const post = (url, fields) => browse(url, { method: 'POST', body: fields, headers: { 'content-type': 'application/x-www-form-urlencoded' } });

async function personAllows(authorizeUrl) {
  let page = await browse(authorizeUrl);
  if (!page.url.pathname.startsWith('/login')) throw new Error(`expected the login page, got ${page.url}`);
  const login = form(page, /name="_handler" value="login"/);
  login.fields.set('Input.Email', email);
  login.fields.set('Input.Password', password);
  page = await post(login.action, login.fields);
  if (page.callback) throw new Error('the code came back without a consent page');
  const consent = form(page, /action="\/oauth2\/authorize"/);
  consent.fields.set('decision', 'allow');
  const back = await post(consent.action, consent.fields);
  if (!back.callback) throw new Error(`no redirect to the client after consent: ${back.html?.slice(0, 300)}`);
  return back.callback;
}

class BrowserProvider {
  #state = {};
  get redirectUrl() { return redirectUrl; }
  get clientMetadata() {
    return { client_name: 'Pierre CI OAuth client', redirect_uris: [redirectUrl], grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'], token_endpoint_auth_method: 'none' };
  }
  clientInformation() { return this.#state.client; }
  saveClientInformation(client) { this.#state.client = client; }
  tokens() { return this.#state.tokens; }
  saveTokens(tokens) { this.#state.tokens = tokens; }
  saveCodeVerifier(verifier) { this.#state.verifier = verifier; }
  codeVerifier() { return this.#state.verifier; }
  state() { return (this.#state.expected = crypto.randomUUID()); }
  async redirectToAuthorization(url) {
    const callback = await personAllows(url);
    if (callback.searchParams.get('state') !== this.#state.expected) throw new Error('the state came back changed');
    if (callback.searchParams.get('error')) throw new Error(`authorization refused: ${callback.search}`);
    this.code = callback.searchParams.get('code');
  }
}

const provider = new BrowserProvider();
const client = new Client({ name: 'pierre-ci-oauth', version: '1.0.0' });
try {
  await client.connect(new StreamableHTTPClientTransport(new URL(mcpUrl), { authProvider: provider }));
  throw new Error('the first connection went through without signing in');
} catch (e) {
  if (!(e instanceof UnauthorizedError)) throw e;
}
const transport = new StreamableHTTPClientTransport(new URL(mcpUrl), { authProvider: provider });
await transport.finishAuth(provider.code);
console.log(`registered as ${provider.clientInformation().client_id}; granted "${provider.tokens().scope}"`);
await client.connect(transport);
const { tools } = await client.listTools();
if (!tools.some((t) => t.name === 'get_activities')) throw new Error('get_activities not listed');
await client.callTool({ name: 'connect_provider', arguments: { provider: 'synthetic' } });
const result = await client.callTool({ name: 'get_activities', arguments: { limit: 3 } });
if (result.isError || result.structuredContent?.activities?.length !== 3) throw new Error(`get_activities answered ${JSON.stringify(result).slice(0, 300)}`);
console.log(`oauth: ${tools.length} tools, get_activities returned 3 activities with an OAuth access token`);
await client.close();
