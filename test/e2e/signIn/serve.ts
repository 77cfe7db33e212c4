// Runs the sign-in tests' provider and ticket system by hand, to try signing in with the dev
// server: `npx node test/e2e/signIn/serve.ts [app URL]` (default http://localhost:5173/), then
// start the app with the settings it prints. Log in as alice (may file) or bob (may not).
import { startTicketBackend } from './backend.ts';
import { AUDIENCE, CLIENT_ID, startProvider } from './provider.ts';

const appUrl = process.argv[2] ?? 'http://localhost:5173/';
const provider = await startProvider({ redirectUri: appUrl, port: 4010 });
const backend = await startTicketBackend({
  issuer: provider.issuer,
  audience: AUDIENCE,
  appOrigin: new URL(appUrl).origin,
  port: 4020,
});

console.log(`Provider ${provider.issuer} and ticket system ${backend.url} for the app at ${appUrl}.
Start the app with:

  VITE_API_BASE_URL=${backend.url} VITE_OIDC_ISSUER=${provider.issuer} \\
  VITE_OIDC_CLIENT_ID=${CLIENT_ID} VITE_OIDC_AUDIENCE=${AUDIENCE} npm run dev

Press Ctrl+C to stop.`);
