export default function Page() {
  return (
    <main>
      <h1>A bare Next page</h1>
      <p id="floor">
        A root layout and one page with a heading, a paragraph and a link: no CSS, no font. The Lighthouse bench
        measures every route of the dashboard against this page, served by the same Next build tools on the same
        machine, so what is left between them is ours.
      </p>
      <a href="#floor">What this page is for</a>
    </main>
  );
}
