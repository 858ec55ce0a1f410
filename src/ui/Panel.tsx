/** A titled section of the page; the heading labels the region for screen readers. */
import { useId, type ReactNode } from 'react';

export function Panel(props: {
  title: ReactNode;
  className?: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className={`panel ${props.className ?? ''}`} aria-labelledby={id}>
      <header className="panel-header">
        <h2 id={id}>{props.title}</h2>
        {props.actions}
      </header>
      {props.children}
    </section>
  );
}
