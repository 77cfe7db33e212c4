// A TMF621 ticket system that lets in only its own people (issue #26): every request needs a
// bearer token from the provider (checked with jose against its published keys: issuer,
// audience, expiry) carrying the `escalations` scope. Behind that check it answers with the
// app's own mock backend (src/mocks), so the tests exercise one backend contract, not two.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import { getResponse } from 'msw';
import { runnerImport } from 'vite';
import { TROUBLE_TICKET_PATH } from '../../../src/api/troubleTicket.ts';
import { listenLocally, readBody } from './local.ts';
import { ESCALATIONS_SCOPE } from './provider.ts';

type MockBackend = typeof import('./mockBackend.ts');

export interface Filing {
  readonly ticketId: string;
  /** The token's subject and name: who filed the ticket, as the ticket system knows them. */
  readonly sub: string;
  readonly name: string | undefined;
}

export interface BackendRequest {
  readonly method: string;
  /** The path below the API base, e.g. tmf-api/troubleTicket/v5/troubleTicket. */
  readonly path: string;
  readonly status: number;
  /** The token's subject when the token was valid, whether or not it carried the scope. */
  readonly sub: string | undefined;
}

export interface TicketBackend {
  /** The API base (VITE_API_BASE_URL), ending with "/". */
  readonly url: string;
  /** Every ticket this system created, in order, with who filed it. */
  readonly filings: readonly Filing[];
  /** Every request but CORS preflights, in order, with the answer it got. */
  readonly requests: readonly BackendRequest[];
  /** Whether this system would refuse `token` now (expired, tampered with, not for it). */
  refuses(token: string): Promise<boolean>;
  close(): Promise<void>;
}

export interface BackendOptions {
  issuer: string;
  /** The `aud` the access tokens must carry (VITE_OIDC_AUDIENCE). */
  audience: string;
  /** The app's origin, the only one CORS lets call this system from a page. */
  appOrigin: string;
  /** A fixed port, for running the backend by hand; a free one when left out. */
  port?: number;
}

/** Below the server's root, to prove the app keeps the base URL's path. */
const BASE_PATH = '/clec-tickets/';

/** Loads the mock's handlers so that they answer below `baseUrl`, with a store of their own. */
async function loadMock(baseUrl: string): Promise<MockBackend> {
  const { module } = await runnerImport<MockBackend>(
    fileURLToPath(new URL('mockBackend.ts', import.meta.url)),
    {
      configFile: false,
      logLevel: 'error',
      define: { 'import.meta.env.VITE_API_BASE_URL': JSON.stringify(baseUrl) },
    },
  );
  return module;
}

export async function startTicketBackend({
  issuer,
  audience,
  appOrigin,
  port = 0,
}: BackendOptions): Promise<TicketBackend> {
  const server = createServer();
  const { origin, close } = await listenLocally(server, port);
  const url = new URL(BASE_PATH, origin).href;
  const mock = await loadMock(url);
  const discovery = (await (
    await fetch(new URL('.well-known/openid-configuration', `${issuer}/`))
  ).json()) as { jwks_uri: string };
  const keys = createRemoteJWKSet(new URL(discovery.jwks_uri));
  const filings: Filing[] = [];
  const requests: BackendRequest[] = [];

  const cors = (req: IncomingMessage): Record<string, string> =>
    req.headers.origin === appOrigin
      ? {
          'Access-Control-Allow-Origin': appOrigin,
          'Access-Control-Expose-Headers': `${mock.CORS_HEADERS['Access-Control-Expose-Headers']}, WWW-Authenticate`,
          Vary: 'Origin',
        }
      : { Vary: 'Origin' };

  /** The token's claims when it is valid, and the answer that refuses the request, if any. */
  async function authorize(
    req: IncomingMessage,
  ): Promise<
    { claims: JWTPayload; refusal?: undefined } | { claims?: JWTPayload; refusal: Response }
  > {
    const token = /^Bearer (\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const refuse = (status: 401 | 403, authenticate: string, message: string) => {
      const refusal = mock.tmfError(status, message);
      refusal.headers.set('WWW-Authenticate', authenticate);
      return refusal;
    };
    if (!token) {
      return {
        refusal: refuse(
          401,
          // RFC 6750 §3.1: a request with no credentials gets the challenge without an error code.
          'Bearer realm="clec-tickets"',
          'Sign in: this ticket system needs an access token (Authorization: Bearer).',
        ),
      };
    }
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, { issuer, audience }));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return {
        refusal: refuse(
          401,
          `Bearer error="invalid_token", error_description="${reason.replace(/"/g, "'")}"`,
          `The access token was refused (${reason}): sign in again.`,
        ),
      };
    }
    const scopes = typeof payload.scope === 'string' ? payload.scope.split(' ') : [];
    if (!scopes.includes(ESCALATIONS_SCOPE)) {
      return {
        claims: payload,
        refusal: refuse(
          403,
          `Bearer error="insufficient_scope", scope="${ESCALATIONS_SCOPE}"`,
          `This account may not file or read escalations: it lacks the ${ESCALATIONS_SCOPE} scope.`,
        ),
      };
    }
    return { claims: payload };
  }

  async function answer(req: IncomingMessage): Promise<{ response: Response; sub?: string }> {
    const verdict = await authorize(req);
    if (verdict.refusal) return { response: verdict.refusal, sub: verdict.claims?.sub };
    const { claims } = verdict;
    const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : await readBody(req);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string') headers.set(name, value);
    }
    const request = new Request(new URL(req.url ?? '/', origin), {
      method: req.method ?? 'GET',
      headers,
      ...(body?.length ? { body: new Uint8Array(body) } : {}),
    });
    const response =
      (await getResponse(mock.handlers, request)) ??
      mock.tmfError(404, `This ticket system has no ${request.method} ${request.url}.`);
    const path = new URL(request.url).pathname.slice(BASE_PATH.length);
    if (req.method === 'POST' && path === TROUBLE_TICKET_PATH && response.status === 201) {
      const ticket = (await response.clone().json()) as { id: string };
      filings.push({
        ticketId: ticket.id,
        sub: String(claims.sub),
        name: typeof claims.name === 'string' ? claims.name : undefined,
      });
    }
    return { response, sub: claims.sub };
  }

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', origin).pathname;
    if (req.method === 'OPTIONS') {
      res
        .writeHead(204, {
          ...cors(req),
          'Access-Control-Allow-Methods': 'GET, POST, PATCH',
          'Access-Control-Allow-Headers': 'Accept, Authorization, Content-Type, Idempotency-Key',
          'Access-Control-Max-Age': '600',
        })
        .end();
      return;
    }
    void answer(req).then(
      async ({ response, sub }) => {
        requests.push({
          method: req.method ?? 'GET',
          path: path.slice(BASE_PATH.length),
          status: response.status,
          sub,
        });
        const headers: Record<string, string> = {};
        response.headers.forEach((value, name) => {
          if (!name.toLowerCase().startsWith('access-control-')) headers[name] = value;
        });
        res.writeHead(response.status, { ...headers, ...cors(req) });
        res.end(Buffer.from(await response.arrayBuffer()));
      },
      (error: unknown) => {
        res.writeHead(500, cors(req)).end(String(error));
      },
    );
  });

  return {
    url,
    filings,
    requests,
    async refuses(token) {
      try {
        await jwtVerify(token, keys, { issuer, audience });
        return false;
      } catch {
        return true;
      }
    },
    close,
  };
}
