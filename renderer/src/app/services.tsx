import { createContext, useContext, type ReactNode } from 'react';
import type { FootnoteDatabase } from '../db/database';
import type { Platform } from '../platform/platform';

/** What every feature reaches through context instead of importing singletons, so tests can hand in their own. */
export interface Services {
  db: FootnoteDatabase;
  platform: Platform;
  workspace: string;
}

const ServicesContext = createContext<Services | null>(null);

/** Provides the database, platform and workspace name to the tree below. */
export function ServicesProvider({ services, children }: { services: Services; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

/** The app's services; throws if used outside the provider, which is a wiring bug. */
export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices must be used inside ServicesProvider');
  return services;
}
