import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MOCK_API_BASE_URL, parseApiConfig } from './config.ts';
import {
  CONTACTS_FILE,
  EMBEDDED_CONTACTS_ID,
  loadBackendList,
  loadOrganisationList,
} from './contacts.ts';
import { chooseContactList } from '../domain/contactList.ts';
import sample from '../../public/center-contacts.json';

/*
 * The loaders run in happy-dom, which has neither a network nor Cache Storage: `fetch` is a stub
 * the test scripts, and `caches` a minimal Cache Storage kept in memory.
 */

/** Cache Storage as far as the loader uses it: open, match and put, by URL. */
function memoryCaches() {
  const caches = new Map<string, Map<string, string>>();
  const open = (name: string) => {
    const entries = caches.get(name) ?? new Map<string, string>();
    caches.set(name, entries);
    return Promise.resolve({
      match: (key: string) => {
        const text = entries.get(key);
        return Promise.resolve(text === undefined ? undefined : new Response(text));
      },
      put: async (key: string, response: Response) => {
        entries.set(key, await response.text());
      },
    });
  };
  /** Every text kept, whatever the cache's name. */
  const kept = () => [...caches.values()].flatMap((entries) => [...entries.values()]);
  return { storage: { open } as unknown as CacheStorage, kept };
}

const SAMPLE_TEXT = JSON.stringify(sample, null, 2);

const answer = (body: string, status = 200, contentType = 'application/json') =>
  new Response(body, { status, headers: { 'Content-Type': contentType } });

const offline = () => Promise.reject(new TypeError('Failed to fetch'));

/** A file with one center whose number has 9 digits. */
const INVALID_TEXT = JSON.stringify(
  {
    updated: '2026-11-26',
    source: 'Our copy of the Center Contacts list',
    contacts: [
      {
        function: 'maintenance',
        region: 'midwest',
        productType: 'loop',
        name: 'Midwest Maintenance (LOC): Loop',
        phone: '312-555-012',
      },
    ],
  },
  null,
  2,
);

let fetchMock: ReturnType<typeof vi.fn<typeof fetch>>;
let cache: ReturnType<typeof memoryCaches>;

beforeEach(() => {
  fetchMock = vi.fn<typeof fetch>();
  cache = memoryCaches();
  vi.stubGlobal('fetch', fetchMock);
  vi.stubGlobal('caches', cache.storage);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  document.body.innerHTML = '';
});

/** Loads once from the network, so a copy is kept for offline use. */
async function loadedOnce(): Promise<void> {
  fetchMock.mockResolvedValueOnce(answer(SAMPLE_TEXT));
  expect((await loadOrganisationList()).status).toBe('loaded');
}

describe('loadOrganisationList', () => {
  it('fetches center-contacts.json past the HTTP cache, and keeps a copy for offline use', async () => {
    fetchMock.mockResolvedValueOnce(answer(SAMPLE_TEXT));

    expect(await loadOrganisationList()).toEqual({
      status: 'loaded',
      origin: 'network',
      list: sample,
    });
    expect(fetchMock).toHaveBeenCalledWith(CONTACTS_FILE, {
      cache: 'no-store',
      signal: expect.any(AbortSignal) as AbortSignal,
    });
    expect(cache.kept()).toEqual([SAMPLE_TEXT]);
  });

  it('gives up on the network after 3 s, and uses the copy kept', async () => {
    await loadedOnce();
    const timeouts: number[] = [];
    vi.spyOn(AbortSignal, 'timeout').mockImplementation((ms) => {
      timeouts.push(ms);
      const controller = new AbortController();
      // The timer fires: the slow request is aborted as AbortSignal.timeout would.
      setTimeout(() => {
        controller.abort(new DOMException('The operation timed out.', 'TimeoutError'));
      }, 0);
      return controller.signal;
    });
    fetchMock.mockImplementationOnce(
      (_url, init) =>
        new Promise((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => {
            reject(init.signal?.reason as Error);
          });
        }),
    );

    expect(await loadOrganisationList()).toEqual({
      status: 'loaded',
      origin: 'cache',
      list: sample,
    });
    expect(timeouts).toEqual([3000]);
  });

  it.each([
    ['offline', offline],
    ['the server fails', () => Promise.resolve(answer('Bad gateway', 502, 'text/plain'))],
  ])('%s: uses the copy kept, and says it is the offline copy', async (_case, respond) => {
    await loadedOnce();
    fetchMock.mockImplementationOnce(respond);

    const source = await loadOrganisationList();

    expect(source).toEqual({ status: 'loaded', origin: 'cache', list: sample });
    const choice = chooseContactList({
      device: { status: 'absent' },
      organisation: source,
      backend: { status: 'absent' },
    });
    expect(choice).toMatchObject({ used: 'organisation', origin: 'cache', fromCache: true });
  });

  it('has no list offline when none was ever loaded', async () => {
    fetchMock.mockImplementationOnce(offline);
    expect(await loadOrganisationList()).toEqual({ status: 'absent' });
  });

  it('reports an invalid file with where it is wrong, and neither uses nor keeps it', async () => {
    fetchMock.mockResolvedValueOnce(answer(INVALID_TEXT));

    const source = await loadOrganisationList();

    expect(source).toEqual({
      status: 'invalid',
      problems: [
        expect.stringMatching(
          /^Entry 1 \(maintenance, midwest, loop; line 5\), field "phone": "312-555-012": /,
        ),
      ],
    });
    expect(cache.kept()).toEqual([]);
  });

  it('keeps the last good copy when the file on the server turns invalid', async () => {
    await loadedOnce();
    fetchMock.mockResolvedValueOnce(answer('{ "updated": "2026-11-26", }'));

    expect(await loadOrganisationList()).toEqual({
      status: 'invalid',
      problems: [expect.stringMatching(/^Line 1, column \d+: This is not valid JSON/)],
    });
    expect(cache.kept()).toEqual([SAMPLE_TEXT]);
    fetchMock.mockImplementationOnce(offline);
    expect(await loadOrganisationList()).toMatchObject({ status: 'loaded', origin: 'cache' });
  });

  it.each([
    ['no file on the server (404)', answer('Not found', 404, 'text/plain')],
    [
      'a static host answering with its index.html',
      answer('<!doctype html>\n<html><body>App</body></html>', 200, 'text/html'),
    ],
  ])('finds no list when there is %s', async (_case, response) => {
    await loadedOnce();
    fetchMock.mockResolvedValueOnce(response);

    expect(await loadOrganisationList()).toEqual({ status: 'absent' });
    expect(cache.kept()).toEqual([SAMPLE_TEXT]);
  });

  it('reads the copy embedded in the single-file build, and asks no network', async () => {
    vi.stubEnv('MODE', 'singlefile');
    const embedded = document.createElement('script');
    embedded.type = 'application/json';
    embedded.id = EMBEDDED_CONTACTS_ID;
    embedded.textContent = SAMPLE_TEXT;
    document.body.append(embedded);

    expect(await loadOrganisationList()).toEqual({
      status: 'loaded',
      origin: 'embedded',
      list: sample,
    });
    embedded.remove();
    expect(await loadOrganisationList()).toEqual({ status: 'absent' });
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('loadBackendList', () => {
  it('asks no one with the mock: the file stands in for the contacts service', async () => {
    expect(await loadBackendList()).toEqual({ status: 'absent' });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  describe('with a real backend (VITE_API_BASE_URL)', () => {
    /** The module as a build with VITE_API_BASE_URL set has it. */
    async function withBackend() {
      vi.stubEnv('VITE_API_BASE_URL', 'https://tickets.example.com/clec');
      vi.resetModules();
      const contacts = await import('./contacts.ts');
      return contacts.loadBackendList;
    }

    it('loads GET contacts, a contacts file', async () => {
      const load = await withBackend();
      fetchMock.mockResolvedValueOnce(answer(SAMPLE_TEXT));

      expect(await load()).toEqual({ status: 'loaded', origin: 'backend', list: sample });
      expect(fetchMock.mock.calls[0]?.[0]).toBe('https://tickets.example.com/clec/contacts');
    });

    it.each([
      ['breaks the contract', () => Promise.resolve(answer(JSON.stringify([sample.contacts])))],
      ['does not answer', offline],
    ])('reports a service that %s, so the list is not used', async (_case, respond) => {
      const load = await withBackend();
      fetchMock.mockImplementationOnce(respond);

      expect(await load()).toEqual({ status: 'invalid', problems: [expect.any(String)] });
    });
  });
});

describe('parseApiConfig', () => {
  it('uses the mock when VITE_API_BASE_URL is unset or empty', () => {
    expect(parseApiConfig({})).toEqual({ baseUrl: MOCK_API_BASE_URL, shouldMock: true });
    expect(parseApiConfig({ VITE_API_BASE_URL: '' }).shouldMock).toBe(true);
  });

  it('points at a real backend, with a trailing slash so paths resolve below it', () => {
    expect(parseApiConfig({ VITE_API_BASE_URL: 'https://tickets.example.com/clec' })).toEqual({
      baseUrl: 'https://tickets.example.com/clec/',
      shouldMock: false,
    });
  });

  it('says how to fix a base URL that is not http(s)', () => {
    expect(() => parseApiConfig({ VITE_API_BASE_URL: 'tickets.example.com' })).toThrow(
      /must be an http\(s\) URL such as https:\/\/tickets.example.com\//,
    );
  });
});
