import { useEffect } from 'react';
import { describeQuotaForChange, isQuotaError } from '../../../../shared/backup/describe-storage-failure';
import { useNotify } from '../../ui/notices';

/**
 * Tells the user when any write failed because the storage is full. Every write is one transaction, so the failed
 * change is absent, not half-stored; what the user needs is to know, and what to do. Views that report their own
 * failures (imports, restores) say it in their own words and never reach this.
 */
export function useQuotaWatcher(): void {
  const notify = useNotify();
  useEffect(() => {
    const onRejection = (event: PromiseRejectionEvent) => {
      if (!isQuotaError(event.reason)) return;
      event.preventDefault();
      notify('error', describeQuotaForChange());
    };
    window.addEventListener('unhandledrejection', onRejection);
    return () => window.removeEventListener('unhandledrejection', onRejection);
  }, [notify]);
}
