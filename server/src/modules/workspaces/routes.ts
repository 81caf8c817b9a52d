import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { expectedVersion, setEtag } from '../../platform/http/concurrency.ts';
import type { RouteDeps } from '../../platform/http/route-deps.ts';
import { ctxOf } from '../auth/request-authentication.ts';
import { getWorkspace, readLogo, removeLogo, updateBranding, uploadLogo } from './branding.ts';
import { updateBrandingInput, uploadLogoInput, workspaceSchema } from './schemas.ts';

const tags = ['Workspace'];

export function workspaceRoutes({ db }: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/workspace',
      {
        schema: {
          tags,
          operationId: 'getWorkspace',
          summary: 'Get your workspace: its name and branding',
          response: { 200: workspaceSchema },
        },
      },
      async (request, reply) => {
        const workspace = await getWorkspace({ ctx: ctxOf(request, db) });
        setEtag(reply, workspace.version);
        return workspace;
      },
    );

    app.patch(
      '/workspace/branding',
      {
        schema: {
          tags,
          operationId: 'updateWorkspaceBranding',
          summary: 'Set the product name and primary colour shown in the portal and e-mails',
          body: updateBrandingInput,
          response: { 200: workspaceSchema },
        },
      },
      async (request, reply) => {
        const workspace = await updateBranding({
          ctx: ctxOf(request, db),
          input: request.body,
          expectedVersion: expectedVersion(request),
        });
        setEtag(reply, workspace.version);
        return workspace;
      },
    );

    app.put(
      '/workspace/logo',
      {
        schema: {
          tags,
          operationId: 'uploadWorkspaceLogo',
          summary: 'Upload the logo (PNG, JPEG or WebP, at most 256 KB) as a data URL',
          body: uploadLogoInput,
          response: { 200: workspaceSchema },
        },
      },
      async (request, reply) => {
        const workspace = await uploadLogo({ ctx: ctxOf(request, db), input: request.body });
        setEtag(reply, workspace.version);
        return workspace;
      },
    );

    app.delete(
      '/workspace/logo',
      {
        schema: {
          tags,
          operationId: 'removeWorkspaceLogo',
          summary: 'Remove the logo; the product name is shown alone',
          response: { 200: workspaceSchema },
        },
      },
      async (request, reply) => {
        const workspace = await removeLogo({ ctx: ctxOf(request, db) });
        setEtag(reply, workspace.version);
        return workspace;
      },
    );

    // An image, not JSON: left out of the API document like the web app's other files.
    app.get(
      '/workspaces/:workspaceId/logo',
      {
        schema: {
          hide: true,
          params: z.object({ workspaceId: z.string().regex(/^wksp_[0-9a-z]{26}$/) }),
        },
        config: { isPublic: true },
      },
      async (request, reply) => {
        const logo = await readLogo({ db, workspaceId: request.params.workspaceId });
        // The URL carries the version (?v=), so a new logo is a new address.
        return reply
          .header('content-type', logo.contentType)
          .header('cache-control', 'public, max-age=86400')
          .header('x-content-type-options', 'nosniff')
          .header('content-security-policy', "default-src 'none'")
          .send(logo.bytes);
      },
    );
  };
}
