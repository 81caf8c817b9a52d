import { z } from 'zod';
import { iso, timestamp } from '../../platform/http/schemas.ts';
import { API_PATH_OF_LOGO, type WorkspaceRow } from './branding-rules.ts';
import { contrastWithWhite, MIN_CONTRAST } from './colour-contrast.ts';

export const workspaceSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    slug: z.string(),
    branding: z.object({
      /** Shown instead of "Trellis" in the portal's header and in e-mails. */
      productName: z.string().nullable(),
      /** `#rrggbb`; buttons and links use it, with white text on it. */
      primaryColor: z.string().nullable(),
      /** Where the logo is served (publicly, for e-mail clients); changes when the logo does. */
      logoUrl: z.string().nullable(),
    }),
    version: z.number().int(),
    updatedAt: timestamp,
  })
  .meta({ id: 'Workspace' });

export type WorkspaceDto = z.infer<typeof workspaceSchema>;

const hexColour = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^#[0-9a-f]{6}$/, 'must be a colour such as "#1d4ed8"')
  .refine(
    (colour) => contrastWithWhite(colour) >= MIN_CONTRAST,
    `is too light: white text on it must reach a contrast of ${MIN_CONTRAST}:1 (WCAG AA); pick a darker shade`,
  );

export const updateBrandingInput = z
  .object({
    productName: z.string().trim().min(1, 'must not be empty').max(60).nullable().optional(),
    primaryColor: hexColour.nullable().optional(),
  })
  .strict();

export const uploadLogoInput = z
  .object({
    /** The image as a data URL (`data:image/png;base64,…`), as a browser's FileReader gives it. */
    image: z.string().max(400_000, 'must be at most 256 KB'),
  })
  .strict();

export function presentWorkspace(row: WorkspaceRow): WorkspaceDto {
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    branding: {
      productName: row.productName,
      primaryColor: row.primaryColor,
      logoUrl: row.logoContentType ? `${API_PATH_OF_LOGO(row.id)}?v=${row.version}` : null,
    },
    version: row.version,
    updatedAt: iso(row.updatedAt),
  };
}
