import '../domain/zodConfig.ts';
import { apiConfig } from '../api/config.ts';

/** Starts the in-page mock unless VITE_API_BASE_URL names a real backend. */
export async function startMockBackendIfNeeded(): Promise<void> {
  if (!apiConfig.shouldMock) return;
  const { startMockBackend } = await import('../mocks/pageMock.ts');
  await startMockBackend();
}
