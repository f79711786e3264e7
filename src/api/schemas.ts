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

// The published DTO types are plain interfaces, so that the public API names no zod type (zod stays an implementation
// detail a minor version may change); each schema below is checked, at compile time, to infer exactly its interface.

/** `SignInFastpassOptionsDto`: the optional body of `gene-fastpass-qrcode-info`. */
export interface SignInFastpassOptions {
  /** Space-separated scopes; Authing requires `openid` among them. */
  scope?: string | undefined;
  /** Passed to Authing Pipeline's `context` before and after authentication. */
  context?: Record<string, unknown> | undefined;
  /** Custom user data, as configured in the Authing console. */
  customData?: Record<string, unknown> | undefined;
}

/** `FastpassUserInfoDto`: the user, or the user pool, that a Fastpass code belongs to. */
export interface FastpassUserInfo {
  id: string;
  displayName: string;
  /** The photo's URL, as the server sent it (shown only when it is an https, http or image data URL). */
  photo: string;
  [field: string]: unknown;
}

/**
 * `GeneFastpassQRCodeInfoDto`: the `data` of `gene-fastpass-qrcode-info`. Fields a newer server adds are kept, and go
 * into the QR payload as sent.
 */
export interface FastpassQrcodeInfo {
  scene: string;
  /** The code's id: never empty. */
  qrcodeId: string;
  /** Where the token app calls Authing: an https URL (http only on a loopback host). */
  apiHost: string;
  user: FastpassUserInfo;
  appId: string;
  userpool: FastpassUserInfo;
  [field: string]: unknown;
}

/** Who scanned the code, when the server says. */
export interface FastpassBriefUserInfo {
  displayName: string;
  photo: string;
  [field: string]: unknown;
}

/** The statuses `get-app-login-qrcode-status` reports, as Authing spells them. */
export type FastpassQrcodeStatusValue = 'PENDING' | 'SCANNED' | 'AUTHORIZED' | 'CANCELLED' | 'EXPIRED' | 'ERROR';

/** The `data` of `get-app-login-qrcode-status`. */
export interface FastpassQrcodeStatus {
  /** Where the code stands. */
  status: FastpassQrcodeStatusValue;
  /** The one-time ticket, once authorized (where the application is configured for it). */
  ticket?: string | undefined;
  /** Who scanned (and confirmed), when the server says. */
  briefUserInfo?: FastpassBriefUserInfo | undefined;
  /** The token set, once authorized (where the application is configured for it). */
  tokenSet?: Record<string, unknown> | undefined;
  [field: string]: unknown;
}

/** The envelope around every Authing V3 response. Success is `statusCode === 200` in the body. */
export interface AuthingEnvelope {
  statusCode: number;
  message?: string | undefined;
  /** Authing's refined error code, e.g. 2020 (not signed in). */
  apiCode?: number | undefined;
  requestId?: string | undefined;
  data?: unknown;
  [field: string]: unknown;
}

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

export const fastpassUserInfoSchema = z.looseObject({
  id: z.string(),
  displayName: z.string(),
  photo: z.string(),
});

/** Loose, so that fields a newer server adds survive into the QR payload. */
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

export const fastpassBriefUserInfoSchema = z.looseObject({
  displayName: z.string(),
  photo: z.string(),
});

export const fastpassQrcodeStatusSchema = z.looseObject({
  status: z.literal(['PENDING', 'SCANNED', 'AUTHORIZED', 'CANCELLED', 'EXPIRED', 'ERROR']),
  ticket: z.optional(z.string()),
  briefUserInfo: z.optional(fastpassBriefUserInfoSchema),
  tokenSet: z.optional(anyObject()),
});

export const authingEnvelopeSchema = z.looseObject({
  statusCode: z.number(),
  message: z.optional(z.string()),
  apiCode: z.optional(z.number()),
  requestId: z.optional(z.string()),
  data: z.optional(z.unknown()),
});

/** True when two types accept the same values; `false` makes `Exactly` below fail to compile. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Exactly<T extends true> = T;
// Each schema infers exactly the type it is published as: one shape, written twice, that cannot drift.
type _SchemasMatchTheirTypes = [
  Exactly<Same<z.infer<typeof signInFastpassOptionsSchema>, SignInFastpassOptions>>,
  Exactly<Same<z.infer<typeof fastpassUserInfoSchema>, FastpassUserInfo>>,
  Exactly<Same<z.infer<typeof fastpassQrcodeInfoSchema>, FastpassQrcodeInfo>>,
  Exactly<Same<z.infer<typeof fastpassBriefUserInfoSchema>, FastpassBriefUserInfo>>,
  Exactly<Same<z.infer<typeof fastpassQrcodeStatusSchema>, FastpassQrcodeStatus>>,
  Exactly<Same<z.infer<typeof authingEnvelopeSchema>, AuthingEnvelope>>,
];
