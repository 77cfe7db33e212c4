import { readFileSync } from 'node:fs';
// Node's URL: readFileSync does not take happy-dom's.
import { URL as NodeURL } from 'node:url';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, vi } from 'vitest';
import type { CenterContactsFile } from '../../domain/contacts.ts';
import { ContactsPage } from './ContactsPage.tsx';
import { resetDeviceList } from './deviceList.ts';

/* What the Center contacts page's tests share: the sample list, serving it, and reading the page. */

export const SAMPLE_TEXT = readFileSync(
  new NodeURL('../../../public/center-contacts.json', import.meta.url),
  'utf8',
);
export const SAMPLE = JSON.parse(SAMPLE_TEXT) as CenterContactsFile;
export const TOTAL = SAMPLE.contacts.length;

export const HEADER =
  'function,region,product_type,name,phone,extension,hours,email,notes,level1_name,level1_phone';

/** Answers the request for center-contacts.json; the contacts service is not asked in tests. */
/** Null: the server has no such file (404). */
export function serveOrganisationFile(body: string | null = SAMPLE_TEXT) {
  const fetchFile = vi.fn(() =>
    Promise.resolve(
      body === null
        ? new Response('Not found', { status: 404 })
        : new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } }),
    ),
  );
  vi.stubGlobal('fetch', fetchFile);
  return fetchFile;
}

export function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <ContactsPage />
    </QueryClientProvider>,
  );
}

/** The rows of the table, header row left out, as the text of each cell. */
export function tableRows(): (string | null)[][] {
  return within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent));
}

/** Chooses the file and checks it; `anyFile` as when the user picks "All files" in the dialog. */
export async function importFile(
  name: string,
  content: string,
  type = 'text/csv',
  anyFile = false,
) {
  const user = userEvent.setup({ applyAccept: !anyFile });
  await user.upload(
    screen.getByLabelText('Choose a CSV or JSON file'),
    new File([content], name, { type }),
  );
  await user.click(screen.getByRole('button', { name: 'Check the file' }));
  return user;
}

/** Serves the sample file before each test; after it, clears the page and the device's list. */
export function servesTheSampleEachTest(): void {
  beforeEach(() => {
    serveOrganisationFile();
  });
  afterEach(async () => {
    cleanup();
    vi.unstubAllGlobals();
    await resetDeviceList();
  });
}
