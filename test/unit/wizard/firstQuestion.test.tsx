import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { firstQuestionView } from '../../../src/domain/firstQuestion.ts';
import { planSteps } from '../../../src/domain/plan.ts';
import { QUESTIONS } from '../../../src/domain/questions.ts';
import { earlyAnswer } from '../../../src/features/wizard/earlyAnswer.ts';
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
  earlyAnswer.take();
});

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
    const light = render(<FirstQuestion />);
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
    render(<FirstQuestion />);
    screen.getByRole('button', { name: 'Continue' }).click();
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent(FIRST_QUESTION.required);
    await waitFor(() => {
      expect(summary).toHaveFocus();
    });
    screen.getByRole('radio', { name: PROBLEM_KIND_LABELS.billing }).click();
    screen.getByRole('button', { name: 'Continue' }).click();
    expect(earlyAnswer.take()).toMatchObject({ value: 'billing', continued: true });
  });
});

describe('what was done before the wizard, kept for it', () => {
  it('ignores a value that is not a choice, and empties once taken', () => {
    earlyAnswer.choose('nonsense');
    expect(earlyAnswer.peek()).toBeUndefined();
    expect(earlyAnswer.submit()).toBe(false);
    expect(earlyAnswer.take()).toMatchObject({ showError: true, continued: false });
    expect(earlyAnswer.take()).toBeUndefined();
  });

  it('takes a choice the HTML form sent before any script ran out of the address', () => {
    window.history.replaceState(null, '', '/?problemKind=lnp&ref=mail#/new');
    const marker = document.createElement('span');
    marker.className = 'html-route';
    document.body.prepend(marker);
    earlyAnswer.takeOverFromHtml(null);
    expect(earlyAnswer.peek()).toMatchObject({ value: 'lnp', continued: true });
    expect(window.location.search).toBe('?ref=mail');
    expect(window.location.hash).toBe('#/new');
    expect(marker.isConnected).toBe(false);
  });

  it('reads the radio chosen and the focus in the HTML’s copy', () => {
    window.history.replaceState(null, '', '/#/step/problem');
    const { container } = render(<FirstQuestion inHtml />);
    const page = container.querySelector('.first-question');
    const expedite = screen.getByRole('radio', { name: PROBLEM_KIND_LABELS.expedite });
    expedite.click();
    expedite.focus();
    earlyAnswer.takeOverFromHtml(page);
    expect(earlyAnswer.peek()).toMatchObject({ value: 'expedite', focus: `#${expedite.id}` });
  });

  it('holds the wizard back while a press is under way, until the task after it ends', async () => {
    earlyAnswer.hold();
    let free = false;
    void earlyAnswer.whenFree().then(() => (free = true));
    await new Promise((done) => setTimeout(done, 20));
    expect(free).toBe(false);
    window.dispatchEvent(new Event('pointerup'));
    await Promise.resolve();
    expect(free).toBe(false);
    await waitFor(() => {
      expect(free).toBe(true);
    });
  });
});
