// What the test ticket system reuses of the app's mock backend (src/mocks), loaded through Vite so
// that the mock's endpoints sit below the test system's own address (VITE_API_BASE_URL).
export { handlers } from '../../../src/mocks/handlers.ts';
export { CORS_HEADERS, tmfError } from '../../../src/mocks/handlers/http.ts';
