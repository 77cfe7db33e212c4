import { useFormContext, useWatch } from 'react-hook-form';
import { StateCode } from '../../domain/answers.ts';
import { stateInfo } from '../../domain/regions.ts';
import type { FormValues } from './session.ts';

/** Warns as soon as a state is chosen where AT&T is no longer the ILEC (Connecticut). */
export function StateFlag() {
  const { control } = useFormContext<FormValues>();
  const parsed = StateCode.safeParse(useWatch({ control, name: 'state' }));
  const historical = parsed.success ? stateInfo(parsed.data).historical : undefined;
  if (!historical) return null;
  return (
    <div className="warning-text">
      <span className="warning-text__icon" aria-hidden="true">
        !
      </span>
      <p className="warning-text__text">
        <span className="visually-hidden">Warning: </span>
        {historical}
      </p>
    </div>
  );
}
