// One HTTP/1.1 exchange over a plain socket, for requests fetch() cannot send: broken framing such
// as malformed chunk sizes. Returns the status, the headers (lower-case names) and the body text,
// de-chunked; rejects when no complete answer arrives within the timeout.
import net from 'node:net';

export function rawExchange(url, requestText, timeoutMs = 10_000) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const chunks = [];
    const socket = net.connect(Number(port), hostname, () => socket.write(requestText));
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    socket.on('data', (data) => {
      chunks.push(data);
      const answer = parseAnswer(Buffer.concat(chunks).toString('utf8'));
      if (answer) {
        socket.destroy();
        resolve(answer);
      }
    });
    socket.on('error', reject);
    socket.on('close', () => reject(new Error('the connection closed without a complete answer')));
  });
}

/** The answer, or null while it is incomplete. */
function parseAnswer(text) {
  const headEnd = text.indexOf('\r\n\r\n');
  if (headEnd < 0) return null;
  const [statusLine, ...headerLines] = text.slice(0, headEnd).split('\r\n');
  const headers = Object.fromEntries(headerLines.map((line) => {
    const colon = line.indexOf(':');
    return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()];
  }));
  const status = Number(statusLine.split(' ')[1]);
  const rest = text.slice(headEnd + 4);
  if (headers['transfer-encoding'] === 'chunked') {
    let body = '';
    let at = 0;
    for (;;) {
      const lineEnd = rest.indexOf('\r\n', at);
      if (lineEnd < 0) return null;
      const size = parseInt(rest.slice(at, lineEnd), 16);
      if (size === 0) return { status, headers, body };
      if (rest.length < lineEnd + 2 + size + 2) return null;
      body += rest.slice(lineEnd + 2, lineEnd + 2 + size);
      at = lineEnd + 2 + size + 2;
    }
  }
  const length = Number(headers['content-length'] ?? 0);
  return Buffer.byteLength(rest) >= length ? { status, headers, body: rest } : null;
}
