import { setupServer } from 'msw/node';
import { handlers } from './handlers.ts';

/** The mock backend for tests in Node (vitest): see test/msw.ts for the lifecycle hooks. */
export const server = setupServer(...handlers);
