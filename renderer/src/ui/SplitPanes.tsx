import type { ReactNode } from 'react';
import { Group, Panel, Separator, useDefaultLayout } from 'react-resizable-panels';

/** A list pane and a detail pane side by side, resizable by mouse and keyboard; the split is remembered per view. */
export function SplitPanes({ id, list, detail, listLabel, listSize = 34, listMinSize = 20 }: { id: string; list: ReactNode; detail: ReactNode; listLabel: string; listSize?: number; listMinSize?: number }) {
  const { defaultLayout, onLayoutChanged } = useDefaultLayout({ id: `footnote-split-${id}`, storage: localStorage });
  return (
    <Group orientation="horizontal" className="panes" defaultLayout={defaultLayout} onLayoutChanged={onLayoutChanged}>
      <Panel id="list" defaultSize={String(listSize)} minSize={String(listMinSize)}>
        <section className="pane pane-list" aria-label={listLabel}>
          {list}
        </section>
      </Panel>
      <Separator className="separator" aria-label={`Resize ${listLabel.toLowerCase()}`} />
      <Panel id="detail" minSize="30">
        <div className="pane">{detail}</div>
      </Panel>
    </Group>
  );
}
