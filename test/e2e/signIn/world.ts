// Everything a sign-in browser test needs, started in the order the addresses are known: the
// static host (the app's address is the redirect URI), the provider, the ticket system, and then
// the hosted app built against them into a directory of its own (dist/ stays as it is).
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startStaticServer, type StaticServer } from '../harness.ts';
import { startTicketBackend, type TicketBackend } from './backend.ts';
import { AUDIENCE, CLIENT_ID, startProvider, type TestProvider } from './provider.ts';

/** Whom the 403 message tells a person without access to ask (VITE_ACCESS_HELP). */
export const ACCESS_HELP = 'Carol Manager, the desk lead (carol@clec.test)';

export interface SignInWorld {
  readonly app: StaticServer;
  readonly provider: TestProvider;
  readonly backend: TicketBackend;
  close(): Promise<void>;
}

/** `vite build` (the hosted app only) into `outDir`, with `env` added to this process's. */
function buildApp(outDir: string, env: Record<string, string>): Promise<void> {
  const vite = resolve('node_modules/vite/bin/vite.js');
  const child = spawn(
    process.execPath,
    [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('exit', (code) => {
      if (code === 0) done();
      else fail(new Error(`The sign-in build failed (exit ${String(code)}):\n${errors}`));
    });
  });
}

export async function startSignInWorld(): Promise<SignInWorld> {
  const dir = await mkdtemp(join(tmpdir(), 'e2e-sign-in-'));
  // The host needs an index.html to start; it serves the files as they are at each request, so
  // the build that follows replaces this placeholder.
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>Building</title>');
  const app = await startStaticServer(dir);
  const provider = await startProvider({ redirectUri: app.appUrl });
  const backend = await startTicketBackend({
    issuer: provider.issuer,
    audience: AUDIENCE,
    appOrigin: new URL(app.appUrl).origin,
  });
  const close = async () => {
    await Promise.all([app.close(), backend.close(), provider.close()]);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await buildApp(dir, {
      VITE_API_BASE_URL: backend.url,
      VITE_OIDC_ISSUER: provider.issuer,
      VITE_OIDC_CLIENT_ID: CLIENT_ID,
      VITE_OIDC_AUDIENCE: AUDIENCE,
      VITE_ACCESS_HELP: ACCESS_HELP,
    });
  } catch (error) {
    await close();
    throw error;
  }
  return { app, provider, backend, close };
}
