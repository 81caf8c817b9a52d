import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Where `npm run build -w web` writes the app, from this file's place in the repository. */
export const DEFAULT_WEB_DIST_DIR = path.resolve(import.meta.dirname, '../../../../web/dist');

const INDEX_FILE = 'index.html';

/** A browser navigating to a page of the app, as opposed to a script asking for a missing file. */
function isPageNavigation(request: FastifyRequest): boolean {
  const accept = request.headers.accept ?? '';
  return !request.url.startsWith('/api/') && accept.includes('text/html');
}

/**
 * Serves the built web app at / when it exists: its files, and index.html for any other page so
 * the browser's router can draw it (deep links, reloads). Everything else that matches no route
 * — unknown API paths, missing files — still gets the problem+json 404.
 * Returns whether the app is served.
 */
export async function registerWebApp(app: FastifyInstance, { distDir }: { distDir: string }) {
  if (!existsSync(path.join(distDir, INDEX_FILE))) {
    app.log.warn(`no web app in ${distDir}; serving the API only (build it with npm run build -w web)`);
    return false;
  }
  await app.register(fastifyStatic, {
    root: distDir,
    // Each built file gets its own route; the catch-all below is ours, for the SPA fallback.
    wildcard: false,
    // Vite puts content-hashed files in assets/: a new build gives new names, so they never change.
    setHeaders: (reply, file) => {
      const isHashedAsset = path.relative(distDir, file).startsWith(`assets${path.sep}`);
      reply.header('cache-control', isHashedAsset ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const sendIndex = (request: FastifyRequest, reply: FastifyReply) => {
    if (!isPageNavigation(request)) return reply.callNotFound();
    return reply.header('cache-control', 'no-cache').sendFile(INDEX_FILE);
  };
  // Not public: on /api/ paths the auth hook still answers first, as it does for any API route.
  app.get('/*', { schema: { hide: true } }, sendIndex);
  return true;
}
