import { startStaticServer } from './staticServer.ts';
import { BROWSER_TEST_PORT } from './env.ts';

/** Serves the built app for the browser tests; the returned function stops the server. */
export default async function globalSetup() {
  const server = await startStaticServer(process.cwd(), BROWSER_TEST_PORT);
  return async () => {
    await server.close();
  };
}
