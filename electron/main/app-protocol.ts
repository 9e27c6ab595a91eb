import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { APP_SCHEME, appUrlToFilePath } from './url-policy';

/** Declares app: a standard, secure scheme; must run before the app is ready. Its pages get their own origin, IndexedDB included. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
}

/**
 * Serves the built renderer on app://footnote/ from `rendererDir`, with the Content-Security-Policy as a header.
 * Unlike file:, the page cannot reach any other file on disk: a URL that names anything outside the folder is a 404.
 */
export function serveAppProtocol(rendererDir: string, policy: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = appUrlToFilePath(request.url, rendererDir);
    if (file === null) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).href);
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', policy);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}
