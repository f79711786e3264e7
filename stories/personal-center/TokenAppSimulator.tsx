import { useState, type RefObject } from 'react';
import { type FastpassQrcodeInfo } from '../../src';
import { fastpassQrcodeInfoSchema } from '../../src/api/schemas';
import { FASTPASS_MOCK_APP_ACCESS_TOKEN, type FastpassClientApp } from '../../src/testing';
import { decodeQrIn } from '../../test/utils/decodeQr';

export interface TokenAppSimulatorProps {
  /** What the phone's camera is pointed at: the page whose rendered QR code it decodes. */
  camera: RefObject<HTMLElement | null>;
  /** The token app's own access token (its signed-in user). Default: the mock's token-app token. */
  accessToken?: string;
}

type Step = 'idle' | 'read' | 'scanned' | 'confirmed' | 'cancelled';
type ConfirmVia = 'qrcode-app-login' | 'change-qrcode-status';

interface LogEntry {
  id: number;
  request: string;
  answer: string;
}

const STEP_TEXT: Record<Step, string> = {
  idle: 'Point the camera at the page and read the code.',
  read: 'Code read. Scan it to tell the page someone is looking at it.',
  scanned: 'Scanned. Confirm to complete Fastpass, or cancel.',
  confirmed: 'Confirmed on the phone.',
  cancelled: 'Cancelled on the phone.',
};

let logId = 0;

/**
 * Plays the Authing token app on the phone. It knows nothing of the page's React state: it decodes the QR
 * code the page rendered (pixels, via jsQR), parses the payload, and calls Authing's token-app endpoints
 * over real `fetch` with the app's own token. The page finds out only through its normal status polling.
 */
export function TokenAppSimulator({ camera, accessToken = FASTPASS_MOCK_APP_ACCESS_TOKEN }: TokenAppSimulatorProps) {
  const [code, setCode] = useState<FastpassQrcodeInfo>();
  const [step, setStep] = useState<Step>('idle');
  const [apps, setApps] = useState<FastpassClientApp[]>();
  const [confirmVia, setConfirmVia] = useState<ConfirmVia>('qrcode-app-login');
  const [log, setLog] = useState<LogEntry[]>([]);
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  /** One call to Authing, as the token app makes it; resolves with `data` or rejects with the message. */
  async function callAuthing(info: FastpassQrcodeInfo, method: 'GET' | 'POST', path: string, payload: Record<string, string>) {
    const url = new URL(info.apiHost.replace(/\/+$/, '') + path);
    if (method === 'GET') for (const [key, value] of Object.entries(payload)) url.searchParams.set(key, value);
    const headers: Record<string, string> = { authorization: accessToken, 'x-authing-app-id': info.appId };
    if (method === 'POST') headers['content-type'] = 'application/json';
    const request = `${method} ${path}${method === 'POST' ? ` ${JSON.stringify(payload)}` : url.search}`;
    let answer = 'no answer';
    try {
      const response = await fetch(url, { method, headers, body: method === 'POST' ? JSON.stringify(payload) : null });
      const envelope = (await response.json().catch(() => undefined)) as { statusCode?: number; message?: string; data?: unknown } | undefined;
      answer = `${envelope?.statusCode ?? `HTTP ${response.status}`} ${envelope?.message ?? ''}`.trim();
      if (envelope?.statusCode !== 200) throw new Error(envelope?.message ?? `HTTP ${response.status}`);
      return envelope.data;
    } finally {
      setLog((entries) => [...entries, { id: (logId += 1), request, answer }]);
    }
  }

  const act = (work: () => Promise<void>) => async () => {
    setProblem(undefined);
    setBusy(true);
    try {
      await work();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  const readCode = act(async () => {
    setCode(undefined);
    setApps(undefined);
    setStep('idle');
    const text = camera.current ? await decodeQrIn(camera.current) : null;
    if (text === null) throw new Error('No readable QR code on the page.');
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new Error('The code is not a Fastpass code (not JSON).');
    }
    const parsed = fastpassQrcodeInfoSchema.safeParse(json);
    if (!parsed.success) throw new Error('The code is not a Fastpass code (fields missing).');
    setCode(parsed.data);
    setStep('read');
  });

  const scan = act(async () => {
    if (!code) return;
    await callAuthing(code, 'POST', '/api/v3/change-qrcode-status', { qrcodeId: code.qrcodeId, action: 'SCAN' });
    setStep('scanned');
    const data = (await callAuthing(code, 'GET', '/api/v3/get-fastpass-client-apps', { qrcodeId: code.qrcodeId, appId: code.appId })) as
      | { relationApps?: FastpassClientApp[] }
      | undefined;
    setApps(data?.relationApps ?? []);
  });

  const confirm = act(async () => {
    if (!code) return;
    if (confirmVia === 'qrcode-app-login') {
      await callAuthing(code, 'POST', '/api/v3/qrcode-app-login', { qrcodeId: code.qrcodeId, action: 'APP_LOGIN' });
    } else {
      await callAuthing(code, 'POST', '/api/v3/change-qrcode-status', { qrcodeId: code.qrcodeId, action: 'CONFIRM' });
    }
    setStep('confirmed');
  });

  const cancel = act(async () => {
    if (!code) return;
    await callAuthing(code, 'POST', '/api/v3/change-qrcode-status', { qrcodeId: code.qrcodeId, action: 'CANCEL' });
    setStep('cancelled');
  });

  return (
    <aside className="token-app" aria-label="Authing Token app simulator" lang="en">
      <div className="token-app__screen">
        <h2 className="token-app__title">Authing Token</h2>
        <p className="token-app__subtitle">Simulated phone: it reads the page&apos;s QR code from the screen.</p>

        <p className="token-app__step" role="status">
          {STEP_TEXT[step]}
        </p>

        {code && (
          <section aria-label="Code read">
            <dl className="token-app__code">
              <dt>User</dt>
              <dd>{code.user.displayName}</dd>
              <dt>User pool</dt>
              <dd>{code.userpool.displayName}</dd>
              <dt>App ID</dt>
              <dd>
                <code>{code.appId}</code>
              </dd>
              <dt>Code</dt>
              <dd>
                <code>{code.qrcodeId}</code>
              </dd>
            </dl>
          </section>
        )}

        {apps && (
          <div className="token-app__apps">
            <h3 id="token-app-apps">Signs in to</h3>
            <ul aria-labelledby="token-app-apps">
              {apps.map((app) => (
                <li key={app.id}>{app.name}</li>
              ))}
            </ul>
          </div>
        )}

        <fieldset className="token-app__via">
          <legend>Confirm with</legend>
          <label>
            <input
              type="radio"
              name="confirm-via"
              checked={confirmVia === 'qrcode-app-login'}
              onChange={() => setConfirmVia('qrcode-app-login')}
            />{' '}
            qrcode-app-login (APP_LOGIN)
          </label>
          <label>
            <input
              type="radio"
              name="confirm-via"
              checked={confirmVia === 'change-qrcode-status'}
              onChange={() => setConfirmVia('change-qrcode-status')}
            />{' '}
            change-qrcode-status (CONFIRM)
          </label>
        </fieldset>

        <div className="token-app__actions">
          <button type="button" onClick={readCode} disabled={busy}>
            Read code
          </button>
          <button type="button" onClick={scan} disabled={busy || step !== 'read'}>
            Scan
          </button>
          <button type="button" onClick={confirm} disabled={busy || step !== 'scanned'}>
            Confirm
          </button>
          <button type="button" onClick={cancel} disabled={busy || (step !== 'read' && step !== 'scanned')}>
            Cancel
          </button>
        </div>

        {problem && (
          <p className="token-app__problem" role="alert">
            {problem}
          </p>
        )}

        <h3>Requests</h3>
        <ol className="token-app__log" aria-label="Requests to Authing">
          {log.map((entry) => (
            <li key={entry.id}>
              <code>{entry.request}</code> → {entry.answer}
            </li>
          ))}
        </ol>
      </div>
    </aside>
  );
}
