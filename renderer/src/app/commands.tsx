import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
import type { CommandBus, ViewCommand } from './command-bus';

const CommandBusContext = createContext<CommandBus | null>(null);

/** Provides the shell's command bus to the views below. */
export function CommandBusProvider({ bus, children }: { bus: CommandBus; children: ReactNode }) {
  return <CommandBusContext.Provider value={bus}>{children}</CommandBusContext.Provider>;
}

/** The command bus; throws if used outside the provider, which is a wiring bug. */
export function useCommandBus(): CommandBus {
  const bus = useContext(CommandBusContext);
  if (!bus) throw new Error('useCommandBus must be used inside CommandBusProvider');
  return bus;
}

/** Runs `handler` each time `command` is raised while the calling view is mounted (and once for one raised just before it mounted). */
export function useCommand(command: ViewCommand, handler: () => void): void {
  const bus = useCommandBus();
  // The latest handler is called without re-subscribing, so a render never drops or repeats a command.
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => bus.listen(command, () => latest.current()), [bus, command]);
}

/** Runs each handler when its command is raised while the calling view is mounted, as `useCommand` does for one. */
export function useCommands(handlers: Partial<Record<ViewCommand, () => void>>): void {
  const bus = useCommandBus();
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  const names = Object.keys(handlers).sort().join(' ');
  useEffect(() => {
    const unsubscribe = (names ? names.split(' ') : []).map((name) => bus.listen(name as ViewCommand, () => latest.current[name as ViewCommand]?.()));
    return () => unsubscribe.forEach((u) => u());
  }, [bus, names]);
}
