import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { FIRST_QUESTION_HASHES } from '../features/wizard/startLinks.ts';
import { Root } from './Root.tsx';

/**
 * The frame and the start page as HTML, written into index.html at build time
 * (src/build/prerenderStartPage.ts), so the text a user reads first needs no script. main.tsx
 * hydrates it.
 *
 * Before #root, an empty marker per URL that opens on the first question: the browser makes the
 * one the URL names the :target, and the stylesheet then shows the question in the start page's
 * place (src/styles/layout.css), JavaScript or not.
 */
export function render(): string {
  const markers = FIRST_QUESTION_HASHES.map(
    (hash) => `<span class="html-route" id="${hash.slice(1)}"></span>`,
  ).join('');
  const root = renderToString(
    <StrictMode>
      <Root />
    </StrictMode>,
  );
  return `${markers}<div id="root">${root}</div>`;
}
