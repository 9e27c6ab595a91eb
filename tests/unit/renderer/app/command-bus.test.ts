import { describe, expect, it, vi } from 'vitest';
import { CommandBus } from '../../../../renderer/src/app/command-bus';

describe('CommandBus', () => {
  it('delivers a command to the view listening now, once', () => {
    const bus = new CommandBus();
    const handler = vi.fn();
    const stop = bus.listen('export-briefing', handler);
    bus.raise('export-briefing');
    expect(handler).toHaveBeenCalledTimes(1);
    stop();
    // The view is left and opened again: the command it already handled does not come back.
    const again = vi.fn();
    bus.listen('export-briefing', again);
    expect(again).not.toHaveBeenCalled();
  });

  it('keeps a command raised before its view mounted for the first listener only', () => {
    const bus = new CommandBus();
    bus.raise('export-briefing');
    const first = vi.fn();
    const stop = bus.listen('export-briefing', first);
    expect(first).toHaveBeenCalledTimes(1);
    stop();
    const second = vi.fn();
    bus.listen('export-briefing', second);
    expect(second).not.toHaveBeenCalled();
  });

  it('keeps commands apart', () => {
    const bus = new CommandBus();
    const exportHandler = vi.fn();
    const importHandler = vi.fn();
    bus.listen('export-briefing', exportHandler);
    bus.listen('import-files', importHandler);
    bus.raise('import-files');
    expect(importHandler).toHaveBeenCalledTimes(1);
    expect(exportHandler).not.toHaveBeenCalled();
  });

  it('counts raises: two commands are two deliveries', () => {
    const bus = new CommandBus();
    const handler = vi.fn();
    bus.listen('export-briefing', handler);
    bus.raise('export-briefing');
    bus.raise('export-briefing');
    expect(handler).toHaveBeenCalledTimes(2);
  });
});
