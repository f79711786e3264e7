/** What stands where a server echoed the access token. */
export const ACCESS_TOKEN_PLACEHOLDER = '[access token]';

/**
 * `text` with the access token taken out. A gateway may echo the credentials it refused (in a message, a
 * request id, an error page); the token must never reach an error, a screen, a log line or, on a server,
 * the browser. Besides the token as is, its JSON-escaped spellings go too (with `/` escaped or not, as
 * some serializers write it), for text that is JSON the caller could not parse.
 */
export function scrubAccessToken(text: string, accessToken: string | undefined): string {
  if (!accessToken) return text;
  const escaped = JSON.stringify(accessToken).slice(1, -1);
  const spellings = new Set([accessToken, escaped, escaped.replaceAll('/', '\\/')]);
  let scrubbed = text;
  for (const spelling of spellings) scrubbed = scrubbed.split(spelling).join(ACCESS_TOKEN_PLACEHOLDER);
  return scrubbed;
}
