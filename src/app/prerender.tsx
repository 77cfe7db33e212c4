import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { Root } from './Root.tsx';

/**
 * The frame and the start page as HTML, written into index.html at build time (vite.config.ts),
 * so the text a user reads first needs no script. main.tsx hydrates it.
 */
export function render(): string {
  return renderToString(
    <StrictMode>
      <Root />
    </StrictMode>,
  );
}
