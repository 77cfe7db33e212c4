import { useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { MAX_PASTE_CHARACTERS } from '../../domain/answers.ts';
import { formatCount } from '../../domain/identifiers/list.ts';
import type { LineIssue } from '../../domain/identifiers/result.ts';
import type { FieldName } from '../../domain/answers.ts';
import type { FormValues } from '../../domain/validation.ts';
import { selectLine } from '../../ui/selectLine.ts';

/*
 * After a failed Continue on a pasted list: how many values were understood and each problem
 * line with how to fix it. A paste can hold thousands of lines, so only the first few problems
 * are rendered and the rest counted: the page stays fast and readable.
 */

export const LISTED_ISSUES = 50;

interface ListIssuesProps {
  name: FieldName;
  parse: (text: string) => { values: readonly string[]; errors: readonly LineIssue[] };
  /** Singular; "s" is added for the plural. */
  noun: readonly [one: string, many: string];
}

export function ListIssues({ name, parse, noun }: ListIssuesProps) {
  const { getValues } = useFormContext<FormValues>();
  // The list as it was when Continue was pressed: the field remounts this on every Continue.
  const [result] = useState(() => {
    const text = getValues(name);
    // Text over the paste limit is refused whole by its length message: no line to list.
    return typeof text === 'string' && text.length <= MAX_PASTE_CHARACTERS ? parse(text) : null;
  });
  if (!result || result.errors.length === 0) return null;
  const understood = result.values.length;
  const hidden = result.errors.length - LISTED_ISSUES;
  return (
    <div className="list-issues">
      <p className="body">
        {formatCount(understood, noun)} understood.{' '}
        {result.errors.length === 1
          ? 'Fix this line:'
          : `Fix these ${formatCount(result.errors.length, ['line', 'lines'])}:`}
      </p>
      <ul className="list-issues__list">
        {result.errors.slice(0, LISTED_ISSUES).map((issue, index) => (
          <li key={`${issue.line}-${index}`}>
            <button
              type="button"
              className="link-button list-issues__line"
              onClick={() => {
                const box = document.getElementById(name);
                if (box instanceof HTMLTextAreaElement) selectLine(box, issue.line);
              }}
            >
              Line {issue.line}: “{issue.input}”
            </button>{' '}
            — {issue.message}
          </li>
        ))}
      </ul>
      {hidden > 0 ? (
        <p className="body">And {formatCount(hidden, ['more line', 'more lines'])} to fix.</p>
      ) : null}
    </div>
  );
}
