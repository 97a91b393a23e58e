// A server component: the article around the explainer is rendered on the server, and so is the
// <dmz-explainer> tag (inside the client component), which the browser upgrades after hydration.
import { Explainer } from './explainer';

export default function Article() {
  return (
    <main>
      <article style={{ maxWidth: '40rem', margin: '0 auto', padding: '2rem 1rem' }}>
        <h1>Seventy years on the line</h1>
        <p>The Korean Demilitarized Zone, explained as you scroll.</p>
      </article>
      <Explainer />
      <article style={{ maxWidth: '40rem', margin: '0 auto', padding: '2rem 1rem' }}>
        <p>The end of the article.</p>
      </article>
    </main>
  );
}
