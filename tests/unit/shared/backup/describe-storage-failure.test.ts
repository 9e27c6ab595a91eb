import { describe, expect, it } from 'vitest';
import { describeRestoreFailure, isQuotaError, describeQuotaForChange } from '../../../../shared/backup/describe-storage-failure';

describe('storage failure messages', () => {
  it('recognises the quota error bare and wrapped as Dexie wraps it', () => {
    const bare = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    expect(isQuotaError(bare)).toBe(true);
    expect(isQuotaError({ name: 'AbortError', message: 'Transaction aborted', inner: bare })).toBe(true);
    expect(isQuotaError(new Error('ConstraintError'))).toBe(false);
  });

  it('says what to do and that nothing was half-written, never the bare error name', () => {
    const message = describeRestoreFailure(Object.assign(new Error('x'), { name: 'QuotaExceededError' }));
    expect(message).toMatch(/Free disk space, or back up the workspace .* delete sources you no longer need \(Library ▸ the source ▸ Delete source…\) and empty the trash/u);
    expect(message).toMatch(/unchanged/u);
    expect(message).not.toMatch(/QuotaExceededError/u);
    expect(describeQuotaForChange()).toMatch(/Nothing was half-written/u);
  });
});
