// Data text in English inside a sentence in the page's language. No client hooks: server and client pages use it.

/** A translated line with the data's English names in it ("mindestens 650 × state-of-the-art GPUs"): each name
 *  marked `lang="en"`, so a screen reader switches voice and the page check reads the rest as the page's language. */
export function EnglishIn({ text, names }: { text: string; names: readonly string[] }) {
  const name = names.find((n) => n && text.includes(n));
  if (!name) return <>{text}</>;
  const at = text.indexOf(name);
  return (
    <>
      {text.slice(0, at)}
      <span lang="en">{name}</span>
      <EnglishIn text={text.slice(at + name.length)} names={names} />
    </>
  );
}
