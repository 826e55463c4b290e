// A loopback proxy for the conformance suite, which connects without credentials: it adds the API key header and
// forwards everything else (SSE included) untouched. Production auth stays strict.
// Usage: node auth-proxy.mjs LISTEN_PORT TARGET_URL API_KEY
import http from 'node:http';

const [listenPort, target, apiKey] = process.argv.slice(2);
const upstream = new URL(target);

http.createServer((req, res) => {
  const headers = { ...req.headers, host: upstream.host, 'x-api-key': apiKey };
  const forward = http.request(
    { hostname: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
  forward.on('error', (error) => {
    res.writeHead(502, { 'content-type': 'text/plain' });
    res.end(`proxy error: ${error.message}`);
  });
  req.pipe(forward);
}).listen(Number(listenPort), '127.0.0.1', () => console.log(`auth proxy on 127.0.0.1:${listenPort} -> ${target}`));
