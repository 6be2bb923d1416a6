// A search snippet with the host's 【】 marks shown as highlights instead of brackets.
export function Highlighted({ text }: { text: string }) {
  const parts = text.split(/(【[^【】]*】)/u);
  return (
    <>
      {parts.map((p, i) => (p.startsWith('【') && p.endsWith('】') ? <mark key={i}>{p.slice(1, -1)}</mark> : p ? <span key={i}>{p}</span> : null))}
    </>
  );
}
