import '@testing-library/jest-dom/vitest';
// IndexedDB as the browser has it: drafts, the outbox and the demo backend keep their data there.
import 'fake-indexeddb/auto';
