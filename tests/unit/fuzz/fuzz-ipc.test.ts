import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { invokeContract, type InvokeName } from '../../../shared/ipc';
import { guardRequest, type SenderFrameInfo } from '../../../electron/main/ipc-guard';
import { isAppPageUrl, type AppLocation } from '../../../electron/main/url-policy';
import { report, tally, withinBudget } from './fuzz-budget';

// Every IPC handler is reached only through guardRequest (electron/main/ipc.ts): fuzzing it with any sender and any
// arguments shows that nothing but a validated payload from the app's own page reaches a handler.
const GUARD_BUDGET_MS = 100;
const RUNS = 500;
const production: AppLocation = { devServerUrl: undefined };

const sender: fc.Arbitrary<SenderFrameInfo | null> = fc.oneof(
  fc.constant(null),
  fc.record({
    url: fc.oneof(fc.constant('app://footnote/index.html#/claims'), fc.webUrl(), fc.constantFrom('file:///etc/passwd', 'app://evil/', 'about:blank', 'data:text/html,x'), fc.string()),
    isMainFrame: fc.boolean(),
  }),
);
const payloads = fc.oneof(
  fc.array(fc.anything(), { maxLength: 3 }),
  fc.tuple(fc.record({ filters: fc.anything(), multiple: fc.anything(), suggestedName: fc.string(), data: fc.anything(), html: fc.string(), mime: fc.string() }, { requiredKeys: [] })),
);

const channels = Object.keys(invokeContract) as InvokeName[];
const tallies = channels.map((name) => tally(`IPC ${invokeContract[name].channel}`));
afterAll(() => report(tallies));

describe('fuzzing every IPC handler’s gate', () => {
  it.each(channels.map((name, i) => [name, i] as const))('%s accepts only valid payloads from the app page', async (name, i) => {
    const { channel, request: schema } = invokeContract[name];
    await fc.assert(
      fc.asyncProperty(sender, payloads, async (from, args) => {
        const result = await withinBudget(tallies[i]!, GUARD_BUDGET_MS, () => guardRequest({ channel, schema: schema as never, payloads: args, sender: from, location: production }));
        if (result.ok) {
          expect(from?.isMainFrame).toBe(true);
          expect(isAppPageUrl(from!.url, production)).toBe(true);
          expect(args).toHaveLength(1);
          expect(schema.safeParse(args[0]).success).toBe(true);
        } else {
          expect(result.error).toMatch(new RegExp(`^(Refused|Invalid request on) ${channel.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}`, 'u'));
        }
      }),
      { numRuns: RUNS },
    );
  });
});
