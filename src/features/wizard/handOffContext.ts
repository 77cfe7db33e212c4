import { createContext, use } from 'react';
import type { HandOff } from './handOff.ts';

/*
 * The page's hand-off engine (handOff.ts), given by the frame (src/app/Root.tsx) to the pages
 * that read it: the first question's light page and the wizard's page for that step.
 */
export const HandOffContext = createContext<HandOff | undefined>(undefined);

export function useHandOff(): HandOff {
  const handOff = use(HandOffContext);
  if (!handOff) throw new Error('useHandOff: no HandOffContext above this page');
  return handOff;
}
