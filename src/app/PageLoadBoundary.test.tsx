import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Component, lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageLoadBoundary } from './PageLoadBoundary.tsx';
import { updates } from './pwa.ts';

/*
 * A page whose code the server no longer has (a tab left on an old build) shows the reload offer
 * in its place, never a blank tab; any other error is not the boundary's to hide.
 */

const missingChunk = () =>
  lazy<ComponentType>(() =>
    Promise.reject(
      new TypeError(
        'Failed to fetch dynamically imported module: https://host/assets/ResultScreen-old.js',
      ),
    ),
  );

/** Catches what the boundary lets through, as the app's own error handling would. */
class Outer extends Component<{ children: ReactNode }, { caught?: string }> {
  override state: { caught?: string } = {};
  static getDerivedStateFromError(error: Error) {
    return { caught: error.message };
  }
  override render() {
    return this.state.caught ? <p>Outer: {this.state.caught}</p> : this.props.children;
  }
}

function page(href: string, Content: ComponentType) {
  return (
    <Outer>
      <p>The frame</p>
      <PageLoadBoundary page={href}>
        <Suspense fallback={<p>Loading…</p>}>
          <Content />
        </Suspense>
      </PageLoadBoundary>
    </Outer>
  );
}

describe('PageLoadBoundary', () => {
  afterEach(cleanup);

  it('offers the reload in place of a page whose code could not load, keeping the frame', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const reload = vi.spyOn(updates, 'reload').mockResolvedValue();
    render(page('#/result', missingChunk()));
    const offer = await screen.findByRole('alert');
    expect(offer).toHaveTextContent('A new version of this tool is needed for this page');
    expect(screen.getByText('The frame')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(reload).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeDisabled();
  });

  it('shows the next page normally once the user goes elsewhere', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { rerender } = render(page('#/result', missingChunk()));
    await screen.findByRole('alert');
    rerender(page('#/escalations', () => <p>My escalations</p>));
    expect(await screen.findByText('My escalations')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('lets any other error through', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const Broken = () => {
      throw new Error('a bug');
    };
    render(page('#/check', Broken));
    expect(await screen.findByText('Outer: a bug')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
