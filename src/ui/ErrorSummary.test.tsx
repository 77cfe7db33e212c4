import { cleanup, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FieldError } from './ErrorSummary.tsx';
import { ErrorSummary } from './ErrorSummary.tsx';

afterEach(cleanup);

const ERRORS: FieldError[] = [{ field: 'state-tx', message: 'Select the state' }];

/** A question as the wizard draws it: a fieldset whose legend asks, radios below. */
function Page({ attempt }: { attempt?: number }) {
  return (
    <>
      <ErrorSummary errors={ERRORS} {...(attempt === undefined ? {} : { attempt })} />
      <fieldset>
        <legend>Which state is the service in?</legend>
        <input type="radio" id="state-tx" name="state" value="TX" aria-label="Texas" />
        <input type="radio" id="state-il" name="state" value="IL" aria-label="Illinois" />
      </fieldset>
      <button type="button">Continue</button>
    </>
  );
}

describe('the error summary', () => {
  it('takes the focus when it appears after a submit, and again on each failed submit', () => {
    const { rerender } = render(<Page attempt={1} />);
    expect(screen.getByRole('alert')).toHaveFocus();
    screen.getByRole('button', { name: 'Continue' }).focus();
    rerender(<Page attempt={1} />);
    expect(screen.getByRole('button', { name: 'Continue' })).toHaveFocus();
    rerender(<Page attempt={2} />);
    expect(screen.getByRole('alert')).toHaveFocus();
  });

  it('leaves the focus alone where the page moves it itself', () => {
    render(<Page />);
    expect(screen.getByRole('alert')).not.toHaveFocus();
  });

  it('scrolls the question (the legend), not the input, into view, and focuses the input', async () => {
    const scrolled: Element[] = [];
    const spy = vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (
      this: Element,
    ) {
      scrolled.push(this);
    });
    try {
      render(<Page attempt={1} />);
      await userEvent.setup().click(screen.getByRole('link', { name: 'Select the state' }));
      expect(screen.getByRole('radio', { name: 'Texas' })).toHaveFocus();
      expect(scrolled.map((element) => element.textContent)).toEqual([
        'Which state is the service in?',
      ]);
    } finally {
      spy.mockRestore();
    }
  });
});
