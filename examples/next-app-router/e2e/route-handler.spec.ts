import { card, expect, fromBrowser, statusRequests, test } from './fixtures';

test.describe('/api/fastpass-status: createFastpassClient in a Route Handler', () => {
  test('runs on the server and reports what Authing says of the code on screen', async ({ page, request, mock }) => {
    await page.goto('/account');
    await expect(card(page)).toHaveAttribute('data-state', 'pending');
    const [code] = mock.codes();

    const pending = await request.get(`/api/fastpass-status?qrcodeId=${encodeURIComponent(code!.qrcodeId)}`);
    expect(pending.status()).toBe(200);
    expect(await pending.json()).toEqual({ qrcodeId: code!.qrcodeId, status: 'PENDING' });

    mock.scan();
    const scanned = await request.get(`/api/fastpass-status?qrcodeId=${encodeURIComponent(code!.qrcodeId)}`);
    expect(await scanned.json()).toEqual({ qrcodeId: code!.qrcodeId, status: 'SCANNED' });

    // Two status requests came from the Next.js server (no Origin), beside the browser's polling.
    expect(statusRequests(mock).filter((r) => !fromBrowser(r) && r.query.qrcodeId === code!.qrcodeId)).toHaveLength(2);
  });

  test('answers a missing qrcodeId with 400 and an unknown one with the error Authing gives', async ({ request }) => {
    expect((await request.get('/api/fastpass-status')).status()).toBe(400);
    const unknown = await request.get('/api/fastpass-status?qrcodeId=no-such-code');
    expect(unknown.status()).toBe(502);
    expect(await unknown.json()).toEqual({ error: 'api', statusCode: 404 });
  });
});
