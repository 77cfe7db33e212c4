// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { embeddedContacts } from './embeddedContacts.ts';
import { transformHtml } from './plugin.fixtures.ts';

describe('embeddedContacts', () => {
  it('puts the contact list into the body as JSON data that no text in it can turn into markup', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'contacts-')), 'center-contacts.json');
    writeFileSync(file, '{"note":"</script><script>alert(1)</script>"}');
    const tags = await transformHtml(embeddedContacts(file), '<body></body>');
    expect(tags).toEqual([
      {
        tag: 'script',
        attrs: { type: 'application/json', id: 'center-contacts' },
        children: '{"note":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}',
        injectTo: 'body',
      },
    ]);
    // Still the same JSON once read back.
    const [tag] = tags as { children: string }[];
    expect(JSON.parse(tag?.children ?? '')).toEqual({
      note: '</script><script>alert(1)</script>',
    });
  });
});
