import { cleanup, render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { firstQuestionView } from '../../../src/domain/firstQuestion.ts';
import { planSteps } from '../../../src/domain/plan.ts';
import { QUESTIONS } from '../../../src/domain/questions.ts';
import { handOff as pageHandOff } from '../../../src/app/Root.tsx';
import type { HandOff } from '../../../src/features/wizard/handOff.ts';
import { createHandOff } from '../../../src/features/wizard/handOff.ts';
import { HandOffContext } from '../../../src/features/wizard/handOffContext.ts';
import { FIRST_QUESTION } from '../../../src/features/wizard/startLinks.ts';
import { FirstQuestion } from '../../../src/features/wizard/FirstQuestion.tsx';
import { PROBLEM_KIND_LABELS } from '../../../src/domain/labels.ts';
import { Q, openApp } from './journey.tsx';

/*
 * The first question's light copy (issue #11): the page shown before the wizard's code has run
 * must be the wizard's page, from the same registry entry, and what is done on it must reach the
 * wizard's page. The browser suite covers the hand-over in a real page (first-question.test.ts).
 */

afterEach(() => {
  cleanup();
  pageHandOff.take();
});

/** A hand-off engine of its own for a page rendered alone: it never loads the wizard. */
function alone(): { handOff: HandOff; wrapper: (props: { children: ReactNode }) => ReactNode } {
  const handOff = createHandOff({
    load: () => new Promise(() => undefined),
    afterPaint: () => undefined,
    nextTask: () => undefined,
    hash: () => location.hash,
    watchHash: () => () => undefined,
    events: window,
  });
  return {
    handOff,
    wrapper: ({ children }) => <HandOffContext value={handOff}>{children}</HandOffContext>,
  };
}

describe('the first question as data', () => {
  it('is the registry’s first step, with its title, choices, error and page count', () => {
    const view = firstQuestionView();
    const [step] = planSteps({}).steps;
    expect(view.step).toBe(step);
    expect(view.step).toBe('problem');
    expect(view.title).toBe(Q.problem);
    expect(view.required).toBe(QUESTIONS.problem.fields.problemKind.required);
    expect(view.caption).toBe('Question 1');
    expect(view.choices.map((c) => c.label)).toEqual(Object.values(PROBLEM_KIND_LABELS));
  });

  it('is what the build gave the light page', () => {
    expect(FIRST_QUESTION).toEqual(firstQuestionView());
  });
});

/** The page as markup, with the choice state React sets as a property left out. */
const markup = (elements: readonly Element[]) =>
  elements.map((element) => element.outerHTML).join('');

describe('the light copy', () => {
  it('has exactly the markup of the wizard’s own page for the step', async () => {
    const light = render(<FirstQuestion />, { wrapper: alone().wrapper });
    const copy = light.container.querySelector('.first-question');
    expect(copy).not.toBeNull();
    const lightMarkup = markup([...(copy?.children ?? [])]);
    light.unmount();

    await openApp('#/step/problem');
    await waitFor(() => {
      expect(document.querySelector('.first-question')).toBeNull();
    });
    const main = document.getElementById('main');
    const wizardPage = [...(main?.children ?? [])].filter(
      (element) =>
        element.classList.contains('back-link') || element.classList.contains('form-column'),
    );
    expect(wizardPage).toHaveLength(2);
    expect(markup(wizardPage)).toBe(lightMarkup);
  });

  it('Continue with nothing chosen shows the registry’s error, then takes the choice', async () => {
    const { handOff, wrapper } = alone();
    render(<FirstQuestion />, { wrapper });
    screen.getByRole('button', { name: 'Continue' }).click();
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent(FIRST_QUESTION.required);
    await waitFor(() => {
      expect(summary).toHaveFocus();
    });
    screen.getByRole('radio', { name: PROBLEM_KIND_LABELS.billing }).click();
    screen.getByRole('button', { name: 'Continue' }).click();
    expect(handOff.take()).toMatchObject({ value: 'billing', continued: true });
  });
});

describe('the HTML’s copy, taken over', () => {
  it('reads the radio chosen and the focus in it', () => {
    window.history.replaceState(null, '', '/#/step/problem');
    const { handOff, wrapper } = alone();
    const { container } = render(<FirstQuestion inHtml />, { wrapper });
    const page = container.querySelector('.first-question');
    const expedite = screen.getByRole('radio', { name: PROBLEM_KIND_LABELS.expedite });
    expedite.click();
    expedite.focus();
    handOff.takeOverFromHtml(page);
    expect(handOff.peek()).toMatchObject({ value: 'expedite', focus: `#${expedite.id}` });
  });
});
