import { useState } from 'react';
import { fieldStep } from '../domain/answers.ts';
import { choicesFor, fieldSpec } from '../domain/questions.ts';
import type { DraftConflict, DraftSession } from '../features/drafts/draftSync.ts';
import type { ConflictChoices, ConflictKey, FieldValue, Side } from '../features/drafts/merge.ts';
import { ChoiceList, ErrorMessage } from '../ui/choiceList.tsx';

/*
 * What the user must know about the saved escalation: it could not be restored, part of it was
 * dropped, or another tab changed it. Answers another tab gave to other questions are merged in
 * without a word; a question both tabs answered differently is never settled silently: the user
 * sees both answers and picks, question by question, which to keep.
 */

const MESSAGES = {
  discarded: {
    title: 'Your saved answers could not be restored',
    body: 'They were damaged. Nothing was sent anywhere. Please start again.',
  },
  partlyRestored: {
    title: 'Some saved answers could not be restored',
    body: 'This version of the tool no longer accepts them. Check your answers before you escalate.',
  },
  movedFromOldVersion: {
    title: 'Your saved answers were moved to this version',
    body: 'Check them before you escalate: some questions have changed.',
  },
  changedElsewhere: {
    title: 'This escalation was changed in another tab',
    body: 'You are seeing the latest answers.',
  },
} as const;

/** The question a conflict is about, as the check page names it. */
function conflictLabel(key: ConflictKey): string {
  return key === 'focText' ? 'The FOC text pasted' : fieldSpec(fieldStep[key], key).checkLabel;
}

/** A value as the user gave it: a choice by its words, a list one item a line, short. */
function conflictValue(key: ConflictKey, value: FieldValue): string {
  if (value === undefined) return 'Nothing given';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value)) return value.join(', ');
  const text = String(value);
  if (key !== 'focText') {
    const spec = fieldSpec(fieldStep[key], key);
    const options =
      spec.kind === 'select'
        ? spec.groups.flatMap((g) => ('options' in g ? g.options : [g]))
        : choicesFor(spec, { answers: {}, decision: undefined });
    const label = options.find((o) => o.value === text)?.label;
    if (label) return label;
  }
  return text.length > 120 ? `${text.slice(0, 120)}…` : text;
}

function ConflictNotice({ draft, conflict }: { draft: DraftSession; conflict: DraftConflict }) {
  const [picks, setPicks] = useState<ConflictChoices>({});
  const [missing, setMissing] = useState(false);
  const pick = (key: ConflictKey, side: Side) => {
    setPicks((before) => ({ ...before, [key]: side }));
  };
  const keepChosen = () => {
    const unanswered = conflict.fields.some((field) => picks[field.key] === undefined);
    setMissing(unanswered);
    if (!unanswered) draft.resolveConflict(picks);
  };
  return (
    <div className="notification form-column" role="alert" aria-labelledby="conflict-title">
      <h2 id="conflict-title" className="notification__title">
        This escalation was changed in another tab
      </h2>
      <p className="body">
        Another tab gave different answers to the same{' '}
        {conflict.fields.length === 1 ? 'question' : 'questions'} while you were typing here.
        Nothing was overwritten: answers to other questions from both tabs are kept. Choose which
        answer to keep.
      </p>
      {missing ? (
        <ErrorMessage message="Choose which answer to keep for each question" alert />
      ) : null}
      {conflict.fields.map((field) => (
        <ChoiceList
          key={field.key}
          name={`conflict-${field.key}`}
          legend={conflictLabel(field.key)}
          choices={[
            { value: 'mine', label: `This tab: ${conflictValue(field.key, field.mine)}` },
            { value: 'theirs', label: `Other tab: ${conflictValue(field.key, field.theirs)}` },
          ]}
          error={undefined}
          isSelected={(value) => picks[field.key] === value}
          input={(value) => ({
            name: `conflict-${field.key}`,
            checked: picks[field.key] === value,
            onChange: () => {
              pick(field.key, value as Side);
            },
          })}
        />
      ))}
      <div className="button-group">
        <button type="button" className="button" onClick={keepChosen}>
          Keep the answers chosen
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            draft.resolveConflict('theirs');
          }}
        >
          Use the other tab’s answers
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            draft.resolveConflict('mine');
          }}
        >
          Keep the answers in this tab
        </button>
      </div>
    </div>
  );
}

export function DraftNotices({ draft }: { draft: DraftSession }) {
  if (draft.conflict) return <ConflictNotice draft={draft} conflict={draft.conflict} />;
  if (!draft.notice) return null;
  const { title, body } = MESSAGES[draft.notice];
  return (
    <div className="notification form-column" role="region" aria-labelledby="draft-notice-title">
      <h2 id="draft-notice-title" className="notification__title">
        {title}
      </h2>
      <p className="body">{body}</p>
      <button type="button" className="link-button" onClick={draft.dismissNotice}>
        Dismiss
      </button>
    </div>
  );
}
