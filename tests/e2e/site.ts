/** Where the end-to-end tests' server (playwright.config.ts's `webServer`) serves build/. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4174);
export const SITE = `http://127.0.0.1:${E2E_PORT}`;
