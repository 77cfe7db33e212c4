import { readFileSync } from 'node:fs';
import { URL as NodeURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CenterContactsFile } from '../../domain/contacts.ts';
import { contactsToCsv } from '../../domain/contactsImport.ts';
import { FILE_TOO_BIG_MESSAGE, MAX_IMPORT_BYTES } from '../../domain/contactsJson.ts';
import type { ChosenFile } from './importFlow.ts';
import { createContactsImport } from './importFlow.ts';

/*
 * The import flow driven as the page drives it, without React and without waiting on time: the
 * files' contents and the device's storage are promises the test settles itself.
 */

const SAMPLE_TEXT = readFileSync(
  new NodeURL('../../../public/center-contacts.json', import.meta.url),
  'utf8',
);
const SAMPLE = JSON.parse(SAMPLE_TEXT) as CenterContactsFile;

function chosen(name: string, text: string): ChosenFile {
  return { name, size: text.length, text: () => Promise.resolve(text) };
}

/** A file whose reading the test finishes (or fails) when it chooses. */
function slowFile(name: string) {
  let finish: (text: string) => void = () => undefined;
  let fail: () => void = () => undefined;
  const promise = new Promise<string>((resolve, reject) => {
    finish = resolve;
    fail = () => {
      reject(new Error('unreadable'));
    };
  });
  return { file: { name, size: 10, text: () => promise }, finish, fail };
}

function flow(save: (file: CenterContactsFile) => Promise<void> = () => Promise.resolve()) {
  const saved: CenterContactsFile[] = [];
  const engine = createContactsImport({
    save: async (file) => {
      await save(file);
      saved.push(file);
    },
    today: () => '2026-12-07',
  });
  let notified = 0;
  engine.subscribe(() => {
    notified++;
  });
  return { engine, saved, notified: () => notified };
}

const CSV = [
  'function,region,product_type,name,phone',
  'lnp,west,all,West LNP,415-555-0200',
  'lnp,east,all,East LNP,203-555-02',
].join('\n');

describe('createContactsImport', () => {
  it('checks a file, lists its problems, and imports only its valid rows when asked', async () => {
    const { engine, saved, notified } = flow();
    await engine.check(chosen('ours.csv', CSV));
    const { step } = engine.getSnapshot();
    expect(step.kind === 'checked' && step.file.entries.map((entry) => entry.name)).toEqual([
      'West LNP',
    ]);
    expect(step.kind === 'checked' && step.file.problems).toEqual([
      expect.stringMatching(/^Line 3, column "phone": .*only 8 digits found/),
    ]);
    expect(saved).toEqual([]);
    expect(notified()).toBeGreaterThan(0);

    expect(await engine.apply()).toEqual({ count: 1, fileName: 'ours.csv' });
    expect(saved).toEqual([
      {
        updated: '2026-12-07',
        source: 'Imported from ours.csv on this device (only the valid rows)',
        contacts: [expect.objectContaining({ name: 'West LNP' })],
      },
    ]);
    expect(engine.getSnapshot().step).toEqual({ kind: 'idle' });
  });

  it('keeps the sample flag of a re-imported sample JSON, with its date and source', async () => {
    const { engine, saved } = flow();
    await engine.check(chosen('center-contacts.json', SAMPLE_TEXT));
    await engine.apply();
    expect(saved[0]).toMatchObject({
      updated: SAMPLE.updated,
      source: `Imported from center-contacts.json on this device: ${SAMPLE.source}`,
      sample: true,
    });
    expect(saved[0]?.contacts).toHaveLength(SAMPLE.contacts.length);
  });

  it('keeps the sample flag when only the valid entries of a sample JSON are imported', async () => {
    const broken = { ...SAMPLE, contacts: [...SAMPLE.contacts, { name: 'Half an entry' }] };
    const { engine, saved } = flow();
    await engine.check(chosen('edited.json', JSON.stringify(broken)));
    const { step } = engine.getSnapshot();
    expect(step.kind === 'checked' && step.file.problems.length).toBeGreaterThan(0);
    await engine.apply();
    expect(saved[0]?.sample).toBe(true);
    expect(saved[0]?.updated).toBe(SAMPLE.updated);
  });

  it('keeps the sample flag of the sample exported as CSV and imported again', async () => {
    const csv = contactsToCsv(SAMPLE.contacts, { sample: true });
    const { engine, saved } = flow();
    await engine.check(chosen('center-contacts.csv', csv));
    await engine.apply();
    expect(saved[0]?.sample).toBe(true);
    expect(saved[0]?.contacts).toEqual(SAMPLE.contacts);
  });

  it('asks for a file when none was chosen, and counts each failure', async () => {
    const { engine } = flow();
    await engine.check(undefined);
    await engine.check(undefined);
    expect(engine.getSnapshot()).toEqual({
      step: { kind: 'idle' },
      fileError: 'Select a CSV or JSON file of the Center Contacts list',
      failures: 2,
    });
  });

  it('refuses a file over the size limit without reading it', async () => {
    const { engine } = flow();
    let read = false;
    await engine.check({
      name: 'huge.csv',
      size: MAX_IMPORT_BYTES + 1,
      text: () => {
        read = true;
        return Promise.resolve('');
      },
    });
    expect(read).toBe(false);
    expect(engine.getSnapshot().fileError).toBe(FILE_TOO_BIG_MESSAGE);
  });

  it('says so when the file cannot be read, and clears the error on the next check', async () => {
    const { engine } = flow();
    const unreadable = slowFile('locked.csv');
    const checking = engine.check(unreadable.file);
    expect(engine.getSnapshot().step).toEqual({ kind: 'reading', fileName: 'locked.csv' });
    unreadable.fail();
    await checking;
    expect(engine.getSnapshot().fileError).toMatch(/^locked\.csv could not be read: /);

    await engine.check(chosen('ours.csv', CSV));
    expect(engine.getSnapshot().fileError).toBeUndefined();
  });

  it('a file chosen while another is read replaces it, whichever finishes first', async () => {
    const { engine } = flow();
    const first = slowFile('first.csv');
    const checkingFirst = engine.check(first.file);
    await engine.check(chosen('second.csv', CSV));
    first.finish(CSV);
    await checkingFirst;
    const { step } = engine.getSnapshot();
    expect(step.kind === 'checked' && step.file.fileName).toBe('second.csv');
  });

  it('cancel forgets the file being read', async () => {
    const { engine } = flow();
    const slow = slowFile('slow.csv');
    const checking = engine.check(slow.file);
    engine.cancel();
    slow.finish(CSV);
    await checking;
    expect(engine.getSnapshot().step).toEqual({ kind: 'idle' });
    expect(await engine.apply()).toBeUndefined();
  });

  it('keeps the checked file when the device cannot store the list, with what to do', async () => {
    const { engine, saved } = flow(() => Promise.reject(new Error('QuotaExceededError')));
    await engine.check(chosen('ours.csv', CSV));
    const applying = engine.apply();
    const during = engine.getSnapshot().step;
    expect(during.kind === 'checked' && during.saving).toBe(true);
    expect(await applying).toBeUndefined();
    const { step } = engine.getSnapshot();
    expect(step.kind).toBe('checked');
    expect(step.kind === 'checked' && step.saving).toBe(false);
    expect(step.kind === 'checked' && step.saveError).toMatch(/could not be saved on this device/);
    expect(saved).toEqual([]);
  });

  it('imports nothing from a file without one valid row', async () => {
    const { engine, saved } = flow();
    await engine.check(chosen('empty.csv', 'function,region,product_type,name,phone\n'));
    expect(await engine.apply()).toBeUndefined();
    expect(saved).toEqual([]);
  });
});
