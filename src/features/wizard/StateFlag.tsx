import { useFormContext, useWatch } from 'react-hook-form';
import { StateCode } from '../../domain/answers.ts';
import { stateInfo } from '../../domain/regions.ts';
import type { FormValues } from '../../domain/validation.ts';
import { WarningText } from '../../ui/WarningText.tsx';

/** Warns as soon as a state is chosen where AT&T is no longer the ILEC (Connecticut). */
export function StateFlag() {
  const { control } = useFormContext<FormValues>();
  const parsed = StateCode.safeParse(useWatch({ control, name: 'state' }));
  const historical = parsed.success ? stateInfo(parsed.data).historical : undefined;
  if (!historical) return null;
  return <WarningText>{historical}</WarningText>;
}
