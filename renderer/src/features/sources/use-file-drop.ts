import { useState, type DragEvent } from 'react';
import { readPickedFiles } from '../../platform/web';
import { useImport } from './ImportProvider';

/** Lets files be dropped anywhere on the window to import them; says so while they are dragged over it. */
export function useFileDrop() {
  const { importFiles } = useImport();
  const [depth, setDepth] = useState(0);
  const hasFiles = (e: DragEvent) => [...e.dataTransfer.types].includes('Files');
  return {
    dragging: depth > 0,
    handlers: {
      // Enter and leave fire for every child crossed, so a counter tells when the pointer has really left.
      onDragEnter: (e: DragEvent) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setDepth((d) => d + 1);
      },
      onDragLeave: (e: DragEvent) => {
        if (hasFiles(e)) setDepth((d) => Math.max(0, d - 1));
      },
      onDragOver: (e: DragEvent) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      },
      onDrop: (e: DragEvent) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setDepth(0);
        void readPickedFiles(e.dataTransfer.files).then(importFiles);
      },
    },
  };
}
