// The static host of `npm run perf`: builds the hosted app into a temporary directory (dist/ is
// left alone, others may be rebuilding it) and serves it with gzip and the cache headers of a
// static host, next to the no-JavaScript reference page.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Where the app is served: a sub-path, as on a shared static host (the build uses ./ URLs). */
export const APP_MOUNT = '/tools/escalation/';
/** Where the reference page is served, on the same origin. */
export const REFERENCE_MOUNT = '/tools/reference/';
export const REFERENCE_DIR = resolve(import.meta.dirname, 'reference');

// Strings that survive minification of msw and @mswjs/interceptors (as in test/budget/size.ts).
const MSW_MARKERS = /\[MSW\]|mswjs\.io|__MSW_/;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg']);

// Vite puts content-hashed names under assets/: a new build means new URLs, so they may be cached
// for a year. Everything else (the HTML, sw.js, the web manifest, icons, the reference page) keeps
// its URL across releases and is revalidated on every use with its ETag.
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/** Runs the hosted build (`vite build`, default mode) into `outDir`. */
export async function buildApp(repoRoot: string, outDir: string): Promise<void> {
  const vite = join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  const args = [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'];
  const output: string[] = [];
  const code = await new Promise<number | null>((done, fail) => {
    const child = spawn(process.execPath, args, {
      cwd: repoRoot,
      stdio: 'pipe',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', fail);
    child.on('close', done);
  });
  if (code !== 0 || !existsSync(join(outDir, 'index.html'))) {
    throw new Error(`vite build failed (exit ${code}):\n${output.join('')}`);
  }
}

/** The build's JavaScript files that hold msw code, as URL paths below the app's mount. */
export async function findMswFiles(appDir: string): Promise<string[]> {
  const names = await readdir(appDir, { recursive: true, encoding: 'utf8' });
  const found: string[] = [];
  for (const name of names.filter((n) => n.endsWith('.js')).sort()) {
    const text = await readFile(join(appDir, name), 'utf8');
    if (MSW_MARKERS.test(text)) found.push(APP_MOUNT + name.split(sep).join('/'));
  }
  return found;
}

export interface ServedRequest {
  path: string;
  status: number;
  /** Bytes of the body as sent (gzip when the client asked for it). */
  bytes: number;
  /** The Sec-Fetch-Dest header: script, style, document, serviceworker, empty (fetch), … */
  destination: string;
}

export interface PerfServer {
  origin: string;
  appUrl: string;
  referenceUrl: string;
  /** The reference's start page: "Start now" shows the question by CSS, with no script. */
  startReferenceUrl: string;
  /** Every request answered, in order; clear it between measurements. */
  log: ServedRequest[];
  close(): Promise<void>;
}

interface File {
  body: Buffer;
  gzip: Buffer | null;
  etag: string;
  type: string;
  cacheControl: string;
}

export async function startServer(appDir: string): Promise<PerfServer> {
  const mounts: [string, string][] = [
    [APP_MOUNT, resolve(appDir)],
    [REFERENCE_MOUNT, REFERENCE_DIR],
  ];
  // Compressed once per file, at level 9: a host that precompresses its files (and what
  // `npm run size` counts), so the cost of compressing is never part of a timing.
  const files = new Map<string, File | null>();
  const load = async (path: string): Promise<File | null> => {
    if (!files.has(path)) files.set(path, await readStatic(mounts, path));
    return files.get(path) ?? null;
  };
  const log: ServedRequest[] = [];

  const server = createServer((req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    void load(path).then(
      (file) => {
        log.push(respond(req, res, path, file));
      },
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    appUrl: origin + APP_MOUNT,
    referenceUrl: origin + REFERENCE_MOUNT,
    startReferenceUrl: `${origin}${REFERENCE_MOUNT}start.html`,
    log,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => {
          done();
        });
      }),
  };
}

function respond(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  file: File | null,
): ServedRequest {
  const destination = req.headers['sec-fetch-dest'] ?? '';
  if (!file) {
    res.writeHead(404).end();
    return { path, status: 404, bytes: 0, destination };
  }
  const headers: Record<string, string> = {
    'Content-Type': file.type,
    'Cache-Control': file.cacheControl,
    ETag: file.etag,
  };
  if (file.gzip) headers.Vary = 'Accept-Encoding';
  if (req.headers['if-none-match'] === file.etag) {
    res.writeHead(304, headers).end();
    return { path, status: 304, bytes: 0, destination };
  }
  const useGzip = file.gzip !== null && /\bgzip\b/.test(String(req.headers['accept-encoding']));
  const body = useGzip && file.gzip ? file.gzip : file.body;
  if (useGzip) headers['Content-Encoding'] = 'gzip';
  headers['Content-Length'] = String(body.length);
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
  return { path, status: 200, bytes: body.length, destination };
}

async function readStatic(mounts: [string, string][], path: string): Promise<File | null> {
  const mount = mounts.find(([prefix]) => path.startsWith(prefix));
  if (!mount) return null;
  const [prefix, root] = mount;
  const relative = path.slice(prefix.length);
  let file = resolve(root, `./${relative}`);
  if (file !== root && !file.startsWith(root + sep)) return null;
  const info = await stat(file).catch(() => null);
  if (info?.isDirectory()) file = join(file, 'index.html');
  const body = await readFile(file).catch(() => null);
  if (!body) return null;
  const ext = extname(file);
  return {
    body,
    gzip: COMPRESSIBLE.has(ext) ? gzipSync(body, { level: 9 }) : null,
    etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
    type: CONTENT_TYPES[ext] ?? 'application/octet-stream',
    cacheControl: prefix === APP_MOUNT && relative.startsWith('assets/') ? IMMUTABLE : REVALIDATE,
  };
}
