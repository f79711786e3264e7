import { scrubAccessToken } from '../api/scrubAccessToken';

/**
 * Authing's answer as it may go to the browser: with the access token taken out wherever a gateway
 * echoed it, or undefined when it cannot be taken out (then nothing of the answer may go).
 *
 * A JSON body is scrubbed value by value and written again, so that the token goes however it was
 * escaped and the JSON stays JSON; a body without the token is passed on byte for byte. Any other text
 * (a proxy's error page) is scrubbed as text. Last, the result is searched for the token once more: a token
 * that stands where no string does (a token of digits, equal to a number in the body) fails closed.
 */
export function scrubAnswerBody(text: string, accessToken: string): string | undefined {
  let scrubbed: string;
  let json: unknown;
  try {
    json = JSON.parse(text);
    scrubbed = holdsToken(json, accessToken) ? JSON.stringify(scrubValue(json, accessToken)) : text;
  } catch {
    scrubbed = scrubAccessToken(text, accessToken);
  }
  return scrubAccessToken(scrubbed, accessToken) === scrubbed ? scrubbed : undefined;
}

function holdsToken(value: unknown, token: string): boolean {
  if (typeof value === 'string') return value.includes(token);
  if (Array.isArray(value)) return value.some((item) => holdsToken(item, token));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).some(([key, item]) => key.includes(token) || holdsToken(item, token));
  }
  return false;
}

function scrubValue(value: unknown, token: string): unknown {
  if (typeof value === 'string') return scrubAccessToken(value, token);
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, token));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [scrubAccessToken(key, token), scrubValue(item, token)]));
  }
  return value;
}
