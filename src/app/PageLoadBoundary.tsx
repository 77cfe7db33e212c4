import { Component, type ReactNode } from 'react';
import { updates } from './pwa.ts';

/*
 * A page whose code cannot load never leaves the tab blank. The pages load their code when first
 * opened (React.lazy); a tab opened on an older build asks for that build's chunks, which the
 * server (and the new service worker, once another tab has taken the new version) no longer has.
 * React then unmounts everything up to the nearest error boundary: this one, around the page
 * only, so the frame stays and the draft's engine above it keeps the answers, and Reload saves
 * the last typing before it loads the new version (updates.reload()).
 */

/** How the browsers word a module that failed to load, and how Vite words a stylesheet that did. */
const CHUNK_ERROR =
  /dynamically imported module|Importing a module script failed|Unable to preload CSS/i;

function isChunkLoadError(error: Error): boolean {
  return CHUNK_ERROR.test(error.message);
}

interface Props {
  /** The page shown: a change of page clears the error, as the next page may load. */
  page: string;
  children: ReactNode;
}

interface State {
  error: Error | undefined;
  page: string;
}

export class PageLoadBoundary extends Component<Props, State> {
  override state: State = { error: undefined, page: this.props.page };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.page === state.page ? null : { error: undefined, page: props.page };
  }

  override render() {
    const { error } = this.state;
    if (error === undefined) return this.props.children;
    // Any other error is not this boundary's to explain.
    if (!isChunkLoadError(error)) throw error;
    return <NewVersionNeeded />;
  }
}

function NewVersionNeeded() {
  return (
    <div className="notification" role="alert">
      <p className="notification__title">A new version of this tool is needed for this page</p>
      <p className="body">
        The tool was updated after this tab was opened, and this page is now only in the new
        version. Reload to use it: your answers are saved and come back where you are.
      </p>
      <button
        type="button"
        className="button"
        onClick={(event) => {
          event.currentTarget.disabled = true;
          void updates.reload();
        }}
      >
        Reload
      </button>
    </div>
  );
}
