import { describe, expect, it, vi } from 'vitest';
import { onFirstIntent } from '../../../src/app/idle.ts';

/* The wizard's code runs on the start page once the user acts on it, not while it is only read. */

describe('onFirstIntent', () => {
  it('waits for the user to act, then starts once', () => {
    const start = vi.fn();
    const stop = onFirstIntent(start);
    window.dispatchEvent(new Event('resize'));
    window.dispatchEvent(new Event('scroll'));
    expect(start).not.toHaveBeenCalled();
    document.body.dispatchEvent(new PointerEvent('pointermove', { bubbles: true }));
    expect(start).toHaveBeenCalledOnce();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'Tab' }));
    expect(start).toHaveBeenCalledOnce();
    stop();
  });

  it('a key press counts: a keyboard user tabbing to Start now', () => {
    const start = vi.fn();
    onFirstIntent(start);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'Tab' }));
    expect(start).toHaveBeenCalledOnce();
  });

  it('stopped before the user acts, never starts', () => {
    const start = vi.fn();
    onFirstIntent(start)();
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(start).not.toHaveBeenCalled();
  });
});
