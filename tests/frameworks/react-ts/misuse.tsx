// What the types must reject: each line below is an error (`@ts-expect-error` fails if it is not).
import 'dmz-explainer';

export function Misuse() {
  return (
    <>
      {/* @ts-expect-error not a chapter id */}
      <dmz-explainer chapter="nowhere" />
      {/* @ts-expect-error no such theme */}
      <dmz-explainer theme="neon" />
      {/* @ts-expect-error no such attribute */}
      <dmz-explainer chapters="intro" />
    </>
  );
}

document.addEventListener('dmz-chapter-change', (e) => {
  // @ts-expect-error the detail has no `name`
  console.log(e.detail.name);
});
