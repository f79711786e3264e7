import * as z from 'zod/mini';

/**
 * Schemas for the Authing V3 DTOs of the Fastpass flow, and the TypeScript types inferred from them.
 * `zod/mini` keeps the schemas tree-shakable. Each kind of schema zod brings costs bytes in every consumer's bundle
 * (a `z.record` about 0.6 KB gzip, a `z.minLength` 0.35 KB), so the set sticks to a few: objects (a loose one with no
 * keys is a plain object of anything), strings, numbers, literals and refinements.
 */

/** An https URL, or http on a loopback host (local development only). */
function isTrustedApiHost(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return url.protocol === 'https:' || (url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname));
}

/** A JSON object of anything (Pipeline's `context`, custom data, a token set). */
const anyObject = () => z.looseObject({});

/** Authing's rule for a Fastpass scope: space-separated, with `openid` among them. The client and the mock both keep it. */
export function scopeHasOpenid(scope: string): boolean {
  return scope.split(/\s+/).includes('openid');
}

/** `SignInFastpassOptionsDto`: the optional body of `gene-fastpass-qrcode-info`. */
export const signInFastpassOptionsSchema = z.object({
  /** Space-separated scopes; Authing requires `openid` among them. */
  scope: z.optional(
    z.string().check(
      z.refine(scopeHasOpenid, {
        message: 'scope must contain "openid" (Authing requires it), e.g. "openid profile"',
      }),
    ),
  ),
  /** Passed to Authing Pipeline's `context` before and after authentication. */
  context: z.optional(anyObject()),
  /** Custom user data, as configured in the Authing console. */
  customData: z.optional(anyObject()),
});
export type SignInFastpassOptions = z.infer<typeof signInFastpassOptionsSchema>;

/** `FastpassUserInfoDto`: the user, or the user pool, that a Fastpass code belongs to. */
export const fastpassUserInfoSchema = z.looseObject({
  id: z.string(),
  displayName: z.string(),
  photo: z.string(),
});
export type FastpassUserInfo = z.infer<typeof fastpassUserInfoSchema>;

/**
 * `GeneFastpassQRCodeInfoDto`: the `data` of `gene-fastpass-qrcode-info`. Loose, so that fields a newer
 * server adds survive into the QR payload.
 */
export const fastpassQrcodeInfoSchema = z.looseObject({
  scene: z.string(),
  qrcodeId: z.string().check(z.refine((id) => id !== '', { message: 'qrcodeId must not be empty' })),
  apiHost: z.string().check(
    z.refine(isTrustedApiHost, { message: 'apiHost must be an https URL (http only on localhost)' }),
  ),
  user: fastpassUserInfoSchema,
  appId: z.string(),
  userpool: fastpassUserInfoSchema,
});
export type FastpassQrcodeInfo = z.infer<typeof fastpassQrcodeInfoSchema>;

/** Who scanned the code, when the server says. */
export const fastpassBriefUserInfoSchema = z.looseObject({
  displayName: z.string(),
  photo: z.string(),
});
export type FastpassBriefUserInfo = z.infer<typeof fastpassBriefUserInfoSchema>;

/** The `data` of `get-app-login-qrcode-status`. */
export const fastpassQrcodeStatusSchema = z.looseObject({
  /** Where the code stands, as Authing spells it. */
  status: z.literal(['PENDING', 'SCANNED', 'AUTHORIZED', 'CANCELLED', 'EXPIRED', 'ERROR']),
  ticket: z.optional(z.string()),
  briefUserInfo: z.optional(fastpassBriefUserInfoSchema),
  tokenSet: z.optional(anyObject()),
});
export type FastpassQrcodeStatus = z.infer<typeof fastpassQrcodeStatusSchema>;
/** The statuses `get-app-login-qrcode-status` reports. */
export type FastpassQrcodeStatusValue = FastpassQrcodeStatus['status'];

/** The envelope around every Authing V3 response. Success is `statusCode === 200` in the body. */
export const authingEnvelopeSchema = z.looseObject({
  statusCode: z.number(),
  message: z.optional(z.string()),
  apiCode: z.optional(z.number()),
  requestId: z.optional(z.string()),
  data: z.optional(z.unknown()),
});
export type AuthingEnvelope = z.infer<typeof authingEnvelopeSchema>;
