/** A small inline tag next to a name, e.g. "antatt" for an inferred cluster. */
export function Badge(props: { text: string; title?: string }) {
  return (
    <span className="badge" title={props.title}>
      {props.text}
    </span>
  );
}
