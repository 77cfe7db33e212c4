import { afterEach, describe, expect, it } from 'vitest';
import type { HandOffInputs, WizardComponent } from './handOff.ts';
import { createHandOff } from './handOff.ts';

/*
 * The first question's hand-off engine (ADR 0008), driven as the page drives it, without React and
 * without real time: the address, the paint, the tasks and the wizard's loading are all in the
 * test's hands.
 */

const Wizard: WizardComponent = () => null;

function page(startAt = '#/') {
  let address = startAt;
  const hashListeners = new Set<() => void>();
  const painted: (() => void)[] = [];
  const tasks: (() => void)[] = [];
  let finishLoading: (app: WizardComponent) => void = () => undefined;
  let failLoading: (error: Error) => void = () => undefined;
  let loads = 0;
  const events = new EventTarget();
  const inputs: HandOffInputs = {
    load: () => {
      loads++;
      return new Promise((done, fail) => {
        finishLoading = done;
        failLoading = fail;
      });
    },
    afterPaint: (job) => painted.push(job),
    nextTask: (job) => tasks.push(job),
    hash: () => address,
    watchHash: (listener) => {
      hashListeners.add(listener);
      return () => hashListeners.delete(listener);
    },
    events,
  };
  const handOff = createHandOff(inputs);
  let heard = 0;
  handOff.subscribe(() => heard++);
  return {
    handOff,
    events,
    /** The user follows a link: the address changes and the page hears it. */
    go(hash: string) {
      address = hash;
      for (const listener of hashListeners) listener();
    },
    /** The browser paints the page as it is now. */
    paint() {
      for (const job of painted.splice(0)) job();
    },
    runTasks() {
      for (const job of tasks.splice(0)) job();
    },
    /** The wizard's code arrives (or does not), then its promise settles. */
    async loaded(app = Wizard) {
      finishLoading(app);
      await Promise.resolve();
    },
    async loadFailed() {
      failLoading(new Error('offline'));
      await Promise.resolve();
    },
    loads: () => loads,
    heard: () => heard,
  };
}

afterEach(() => {
  document.body.replaceChildren();
  window.history.replaceState(null, '', '/');
});

describe('when the wizard’s code loads', () => {
  it('never while the start page is only being read', () => {
    const p = page('#/');
    p.paint();
    expect(p.loads()).toBe(0);
  });

  it('once another page shows, after that page has painted, and once only', async () => {
    const p = page('#/');
    p.go('#/new');
    expect(p.loads()).toBe(0);
    p.paint();
    expect(p.loads()).toBe(1);
    p.go('#/step/problem');
    p.paint();
    expect(p.loads()).toBe(1);
    expect(p.handOff.getSnapshot().wizard).toBeUndefined();
    await p.loaded();
    expect(p.handOff.getSnapshot().wizard).toEqual({ App: Wizard, afterLightPage: true });
  });

  it('a link straight to another page loads it at once; the wizard then moves the focus', async () => {
    const p = page('#/contacts');
    p.paint();
    await p.loaded();
    expect(p.handOff.getSnapshot().wizard).toEqual({ App: Wizard, afterLightPage: false });
  });

  it('says so when the code did not arrive', async () => {
    const p = page('#/new');
    p.paint();
    await p.loadFailed();
    expect(p.handOff.getSnapshot().failed).toBe(true);
    expect(p.handOff.getSnapshot().wizard).toBeUndefined();
  });
});

describe('the first question in index.html, left in the page by hydration', () => {
  function htmlPage() {
    const marker = document.createElement('span');
    marker.className = 'html-route';
    const copy = document.createElement('div');
    copy.className = 'html-first-question';
    copy.innerHTML = '<input type="radio" name="problemKind" value="lnp" checked>';
    document.body.append(marker, copy);
    return { marker };
  }

  it('shows by CSS for a tap on Start now, and is taken over once that has painted', () => {
    const { marker } = htmlPage();
    const p = page('#/');
    p.handOff.keepHtmlCopy();
    p.go('#/new');
    // The tap runs no render: the frame hears of the new address once the copy has painted.
    expect(p.handOff.getSnapshot()).toMatchObject({ htmlCopy: true, hash: '#/' });
    expect(marker.isConnected).toBe(true);
    p.paint();
    expect(p.handOff.getSnapshot()).toMatchObject({ htmlCopy: false, hash: '#/new' });
    expect(p.handOff.peek()).toMatchObject({ value: 'lnp' });
    expect(marker.isConnected).toBe(false);
  });

  it('goes at once for any other page, which needs the app', () => {
    const { marker } = htmlPage();
    const p = page('#/');
    p.handOff.keepHtmlCopy();
    p.go('#/contacts');
    expect(p.handOff.getSnapshot().htmlCopy).toBe(false);
    expect(marker.isConnected).toBe(false);
  });
});

describe('a press on the light page', () => {
  it('holds the wizard back until the press is over and its click has run', async () => {
    const p = page('#/new');
    p.paint();
    p.handOff.hold();
    await p.loaded();
    expect(p.handOff.getSnapshot().wizard).toBeUndefined();
    p.events.dispatchEvent(new Event('pointerup'));
    p.runTasks();
    expect(p.handOff.getSnapshot().wizard).toBeUndefined();
    p.events.dispatchEvent(new Event('click'));
    expect(p.handOff.getSnapshot().wizard).toBeUndefined();
    p.runTasks();
    expect(p.handOff.getSnapshot().wizard?.App).toBe(Wizard);
  });

  it('a key held down counts as a press too, and a release ends it once', async () => {
    const p = page('#/new');
    p.paint();
    p.handOff.hold();
    p.handOff.hold();
    p.events.dispatchEvent(new Event('keyup'));
    p.events.dispatchEvent(new Event('blur'));
    p.runTasks();
    await p.loaded();
    expect(p.handOff.getSnapshot().wizard?.App).toBe(Wizard);
  });
});

describe('what was done before the wizard, kept for it', () => {
  it('ignores a value that is not a choice, and empties once taken', () => {
    const { handOff } = page('#/new');
    handOff.choose('nonsense');
    expect(handOff.peek()).toBeUndefined();
    expect(handOff.submit()).toBe(false);
    expect(handOff.take()).toMatchObject({ showError: true, continued: false });
    expect(handOff.take()).toBeUndefined();
  });

  it('tells its readers of each change', () => {
    const p = page('#/new');
    const before = p.heard();
    p.handOff.choose('lnp');
    expect(p.handOff.getSnapshot().answer).toEqual({
      value: 'lnp',
      continued: false,
      showError: false,
    });
    expect(p.handOff.submit()).toBe(true);
    expect(p.heard()).toBe(before + 2);
    expect(p.handOff.take()).toMatchObject({ value: 'lnp', continued: true });
  });

  it('is dropped when the user leaves the question for another page before the wizard came', () => {
    const p = page('#/new');
    p.handOff.choose('billing');
    p.go('#/step/problem');
    expect(p.handOff.peek()).toMatchObject({ value: 'billing' });
    p.go('#/');
    expect(p.handOff.peek()).toBeUndefined();
  });

  it('keeps the focus only for a page that replaces the question at its address', () => {
    const p = page('#/new');
    const question = document.createElement('div');
    question.innerHTML = '<a class="back-link" href="#/">Back</a>';
    document.body.append(question);
    question.querySelector<HTMLElement>('.back-link')?.focus();
    p.handOff.keepFocus(question);
    expect(p.handOff.peek()).toMatchObject({ focus: '.back-link' });
    p.go('#/contacts');
    p.handOff.keepFocus(question);
    expect(p.handOff.peek()).toBeUndefined();
  });

  it('takes a choice the HTML form sent before any script ran out of the address', () => {
    window.history.replaceState(null, '', '/?problemKind=lnp&ref=mail#/new');
    const marker = document.createElement('span');
    marker.className = 'html-route';
    document.body.prepend(marker);
    const { handOff } = page('#/new');
    handOff.takeOverFromHtml(null);
    expect(handOff.peek()).toMatchObject({ value: 'lnp', continued: true });
    expect(window.location.search).toBe('?ref=mail');
    expect(window.location.hash).toBe('#/new');
    expect(marker.isConnected).toBe(false);
  });

  it('shows the error, with the focus on it, for the HTML form sent with nothing chosen', () => {
    window.history.replaceState(null, '', '/?continued=yes#/new');
    const { handOff } = page('#/new');
    handOff.takeOverFromHtml(null);
    expect(handOff.peek()).toMatchObject({
      showError: true,
      continued: false,
      focus: '.error-summary',
    });
    expect(window.location.search).toBe('');
  });
});
