import * as z from 'zod/mini';

/**
 * Schemas for the token-app side of the Fastpass flow. They live in the testing entry because only the
 * mock (and a token-app simulator built on it) speaks this side; the web bundle never needs them.
 */

/** `get-fastpass-client-apps`: an application the scanned code can sign in to. */
export const fastpassClientAppSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  logo: z.optional(z.string()),
});
export type FastpassClientApp = z.infer<typeof fastpassClientAppSchema>;

export const fastpassClientAppsSchema = z.looseObject({
  relationApps: z.optional(z.array(fastpassClientAppSchema)),
});
export type FastpassClientApps = z.infer<typeof fastpassClientAppsSchema>;

/** The body of `qrcode-app-login`. */
export const qrcodeAppLoginBodySchema = z.object({
  qrcodeId: z.string().check(z.minLength(1)),
  action: z.literal('APP_LOGIN'),
});

/** The body of `change-qrcode-status` (the generic app-scan QR flow). */
export const changeQrcodeStatusBodySchema = z.object({
  qrcodeId: z.string().check(z.minLength(1)),
  action: z.enum(['SCAN', 'CONFIRM', 'CANCEL']),
});
export type ChangeQrcodeStatusAction = z.infer<typeof changeQrcodeStatusBodySchema>['action'];

/** The token set `qrcode-app-login` answers with. */
export const fastpassTokenSetSchema = z.looseObject({
  access_token: z.string(),
  id_token: z.string(),
  token_type: z.string(),
  expires_in: z.number(),
  scope: z.optional(z.string()),
});
export type FastpassTokenSet = z.infer<typeof fastpassTokenSetSchema>;
