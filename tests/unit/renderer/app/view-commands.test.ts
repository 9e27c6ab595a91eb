import { describe, expect, it, vi } from 'vitest';
import { CommandBus, READER_COMMANDS } from '../../../../renderer/src/app/command-bus';
import { viewCommands } from '../../../../renderer/src/app/view-commands';

describe('viewCommands', () => {
  it('lists every reader command, runnable while a source is open, with the key that runs it in the reader', () => {
    const bus = new CommandBus();
    const commands = viewCommands(bus, { view: 'library', sourceId: 's1' });
    for (const id of READER_COMMANDS) expect(commands.find((c) => c.id === id)?.run, id).toBeTypeOf('function');
    expect(commands.find((c) => c.id === 'reader-highlight')?.shortcut).toBe('H');
    expect(commands.find((c) => c.id === 'reader-cite')?.shortcut).toBe('Shift+C');
  });

  it('raises the reader command on the bus for the open reader', () => {
    const bus = new CommandBus();
    const heard = vi.fn();
    bus.listen('reader-new-claim', heard);
    viewCommands(bus, { view: 'library' })
      .find((c) => c.id === 'reader-new-claim')
      ?.run?.();
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('lists the reader commands for reference only in other views, so none is raised with no reader to take it', () => {
    const commands = viewCommands(new CommandBus(), { view: 'claims' });
    const reader = commands.filter((c) => c.group === 'Reader');
    expect(reader.length).toBeGreaterThanOrEqual(READER_COMMANDS.length);
    expect(reader.every((c) => c.run === undefined)).toBe(true);
    expect(commands.find((c) => c.id === 'new-briefing')?.run).toBeTypeOf('function');
  });
});
