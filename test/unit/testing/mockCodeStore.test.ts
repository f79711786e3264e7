// @vitest-environment node
import { FASTPASS_MOCK_APP_HOST, FASTPASS_MOCK_APP_ID, FASTPASS_MOCK_USER, FASTPASS_MOCK_USERPOOL } from '../../../src/testing';
import { createMockCodeStore } from '../../../src/testing/mockCodeStore';
import type { MockQrcodeAction } from '../../../src/testing/qrcodeStateMachine';

const infoFor = (qrcodeId: string) => ({
  scene: 'FASTPASS',
  qrcodeId,
  apiHost: FASTPASS_MOCK_APP_HOST,
  user: FASTPASS_MOCK_USER,
  appId: FASTPASS_MOCK_APP_ID,
  userpool: FASTPASS_MOCK_USERPOOL,
});

/** A small seeded generator, so that a failure replays. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('given the code store under a long random run', () => {
  it.each([1, 2, 3])('should keep exactly the codes whose deadline has not passed (seed %i)', (seed) => {
    const next = random(seed);
    const LIFETIME = 120_000;
    const RETENTION = 30_000;
    let clock = 0;
    const store = createMockCodeStore({ now: () => clock, lifetimeMs: LIFETIME, retentionMs: RETENTION });
    /** The model: every code ever minted and when it finished, by the definition of the option. */
    const model = new Map<string, { expiresAt: number; finishedAt?: number }>();
    const deadline = ({ expiresAt, finishedAt }: { expiresAt: number; finishedAt?: number }) => Math.min(finishedAt ?? expiresAt, expiresAt) + RETENTION;
    const actions: MockQrcodeAction[] = ['scan', 'confirm', 'app-login', 'cancel', 'expire'];

    for (let step = 0; step < 3_000; step += 1) {
      clock += Math.floor(next() * 2_000);
      const roll = next();
      if (roll < 0.3) {
        const code = store.mint('token', infoFor);
        model.set(code.qrcodeId, { expiresAt: code.expiresAt });
      } else if (roll < 0.8) {
        const ids = [...model.keys()];
        const qrcodeId = ids[Math.floor(next() * ids.length)];
        const code = qrcodeId === undefined ? undefined : store.find(qrcodeId);
        if (qrcodeId !== undefined) expect(code === undefined).toBe(deadline(model.get(qrcodeId)!) <= clock);
        if (code) {
          const result = store.apply(code, actions[Math.floor(next() * actions.length)]!);
          if (result.ok && code.finishedAt !== undefined) model.get(code.qrcodeId)!.finishedAt = code.finishedAt;
        }
      }
      const kept = store.all().map((code) => code.qrcodeId);
      const expected = [...model].filter(([, code]) => deadline(code) > clock).map(([qrcodeId]) => qrcodeId);
      expect(kept).toEqual(expected);
    }
    // Minted often, forgotten as often: what is kept stays near rate × (lifetime + retention).
    expect(model.size).toBeGreaterThan(800);
    expect(store.all().length).toBeLessThan(200);
  });

  it('should go on counting ids after clear()', () => {
    const store = createMockCodeStore({ now: () => 0, lifetimeMs: 1, retentionMs: 1 });
    const before = store.mint('token', infoFor).qrcodeId;
    store.clear();
    expect(store.all()).toEqual([]);
    expect(store.latest()).toBeUndefined();
    const after = store.mint('token', infoFor).qrcodeId;
    expect(after).not.toBe(before);
    expect(after).toMatch(/^mock-fastpass-2-/);
  });
});
