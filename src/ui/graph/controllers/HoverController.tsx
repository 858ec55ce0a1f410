/**
 * Hover before click: the element under the pointer (by the same rule as a click, pick.ts) gets
 * the `hovered` class and its tooltip shows near the pointer; the page's own `hovered` item (say,
 * a table row under the pointer) lights its elements too. Pointer moves are handled once a frame.
 * Renders nothing; the canvas draws the tooltip from `onTip`.
 */
import type { EventObject } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { useCy } from '../cy-context';
import { pickAt, type Picked } from '../pick';
import type { ElementIds } from '../types';

export interface TipState {
  readonly picked: NonNullable<Picked>;
  /** Pointer position relative to the canvas, in pixels. */
  readonly x: number;
  readonly y: number;
}

interface Props {
  readonly related: ElementIds;
  readonly elementsVersion: unknown;
  readonly onTip: (tip: TipState | null) => void;
}

export function HoverController({ related, elementsVersion, onTip }: Props) {
  const cy = useCy();
  const tip = useRef(onTip);
  useEffect(() => {
    tip.current = onTip;
  });
  const underPointer = useRef<Picked>(null);

  useEffect(() => {
    let frame = 0;
    let last: EventObject | null = null;
    const container = cy.container();
    const show = (picked: Picked, event: EventObject | null) => {
      const before = underPointer.current;
      if (before?.id !== picked?.id) {
        if (before) cy.getElementById(before.id).removeClass('hovered');
        if (picked) cy.getElementById(picked.id).addClass('hovered');
        underPointer.current = picked;
      }
      container?.classList.toggle('pointing', picked !== null);
      const p = event?.renderedPosition;
      tip.current(picked && p ? { picked, x: p.x, y: p.y } : null);
    };
    const onMove = (event: EventObject) => {
      last = event;
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (last) show(pickAt(cy, last), last);
      });
    };
    // Leaving an element for the background is seen by the next move; leaving the canvas here.
    const leave = () => {
      last = null;
      show(null, null);
    };
    cy.on('mousemove', onMove);
    container?.addEventListener('mouseleave', leave);
    return () => {
      cancelAnimationFrame(frame);
      cy.off('mousemove', onMove);
      container?.removeEventListener('mouseleave', leave);
    };
  }, [cy]);

  useEffect(() => {
    cy.batch(() => {
      cy.elements('.hover-related').removeClass('hover-related hovered');
      const mark = (id: string) => cy.getElementById(id).addClass('hover-related hovered');
      related.nodes.forEach(mark);
      related.edges.forEach(mark);
      const current = underPointer.current;
      if (current) cy.getElementById(current.id).addClass('hovered');
    });
  }, [cy, related, elementsVersion]);

  return null;
}
