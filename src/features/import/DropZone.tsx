/**
 * Makes the whole page a drop target for membership files, with an overlay while files are
 * dragged over it. Drags of anything but files (text, links) are left alone.
 */
import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import { useT } from '../../ui/i18n/I18nProvider';
import { loadUserFiles } from './load-user-files';

const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files');

export function DropZone({ children }: { children: ReactNode }) {
  const t = useT();
  const [dragging, setDragging] = useState(false);
  // dragenter/dragleave fire for every child element; count them to know when we truly left.
  const depth = useRef(0);
  return (
    <div
      className="drop-zone"
      onDragEnter={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        depth.current += 1;
        setDragging(true);
      }}
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(e) => {
        if (!hasFiles(e)) return;
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setDragging(false);
      }}
      onDrop={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        depth.current = 0;
        setDragging(false);
        void loadUserFiles(Array.from(e.dataTransfer.files));
      }}
    >
      {children}
      {dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          <p>{t('load.drop')}</p>
        </div>
      ) : null}
    </div>
  );
}
