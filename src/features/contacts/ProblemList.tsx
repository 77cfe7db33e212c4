import { formatCount } from '../../domain/identifiers/list.ts';

/** More problems than this are counted, not listed: the first ones are enough to start fixing. */
const PROBLEMS_SHOWN = 100;

export function ProblemList({ problems }: { problems: readonly string[] }) {
  const rest = problems.length - PROBLEMS_SHOWN;
  return (
    <>
      <ul className="list contacts-problems">
        {problems.slice(0, PROBLEMS_SHOWN).map((problem, index) => (
          // The same text can come twice (two lists, two files): the position is the identity.
          <li key={index}>{problem}</li>
        ))}
      </ul>
      {rest > 0 ? (
        <p className="body">
          And {formatCount(rest, ['more problem', 'more problems'])} not shown here: fix these
          first, then check the file again.
        </p>
      ) : null}
    </>
  );
}
