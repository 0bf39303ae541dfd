/**
 * The launch and teardown every Chromium e2e file repeats: `useExtension()` (at a file's top level)
 * registers `beforeAll`/`afterAll` that start the built extension in a fresh profile and the fixture
 * server, and close both. Its `session` and `server` are there once the tests run.
 */
import { afterAll, beforeAll } from 'vitest';
import { type ExtensionSession, type FixtureServer, launchExtension, startFixtureServer } from './harness';

export interface ExtensionRun {
  readonly session: ExtensionSession;
  readonly server: FixtureServer;
}

export function useExtension(extensionDir?: string): ExtensionRun {
  let session: ExtensionSession | null = null;
  let server: FixtureServer | null = null;
  beforeAll(async () => {
    session = await launchExtension(extensionDir);
    server = await startFixtureServer();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });
  const ready = <T>(value: T | null, name: string): T => {
    if (value === null) throw new Error(`useExtension: no ${name} outside the tests`);
    return value;
  };
  return {
    get session() {
      return ready(session, 'session');
    },
    get server() {
      return ready(server, 'server');
    },
  };
}
