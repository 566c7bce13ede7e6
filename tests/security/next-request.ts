import { createRequire } from "node:module";

/**
 * A stand-in for `next/headers` outside a Next request: the request's headers and cookie jar, set per fuzz case.
 * Our own modules import `next/headers` through Vitest (vi.mock in the test file); next-auth `require`s it from
 * CommonJS, which vi.mock cannot reach, so the same object is put in Node's require cache too.
 */
export const requestScope = { headers: new Headers(), cookies: new Map<string, string>() };

interface CookieOptions {
  maxAge?: number;
}

const jar = {
  get: (name: string) =>
    requestScope.cookies.has(name) ? { name, value: requestScope.cookies.get(name)! } : undefined,
  getAll: () => [...requestScope.cookies].map(([name, value]) => ({ name, value })),
  has: (name: string) => requestScope.cookies.has(name),
  set: (name: string, value: string, options: CookieOptions = {}) => {
    if (options.maxAge === 0) requestScope.cookies.delete(name);
    else requestScope.cookies.set(name, value);
  },
  delete: (name: string) => requestScope.cookies.delete(name),
};

export const fakeNextHeaders = {
  headers: async () => requestScope.headers,
  cookies: async () => jar,
  draftMode: async () => ({ isEnabled: false, enable() {}, disable() {} }),
};

export function installForCommonJs() {
  const require = createRequire(import.meta.url);
  const file = require.resolve("next/headers");
  require.cache[file] = {
    id: file,
    filename: file,
    loaded: true,
    exports: fakeNextHeaders,
  } as unknown as NodeJS.Module;
}

export function resetRequestScope(headers: Record<string, string> = {}, cookies: Record<string, string> = {}) {
  requestScope.headers = new Headers(headers);
  requestScope.cookies = new Map(Object.entries(cookies));
}
