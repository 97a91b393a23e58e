// Config for `npm run analyze` (@custom-elements-manifest/analyzer), which writes custom-elements.json.
import { readFileSync } from 'node:fs';

/**
 * The analyzer reads `dispatchEvent(new ChapterChangeEvent(id, …))` as an event named after the
 * constructor's first argument ("id", "invalid-attribute"). Our events are typed classes with a
 * `static readonly type`, so map each class to its real name, keep the `@fires` description, and
 * record the class as the event's type.
 */
function typedEvents() {
  const source = readFileSync(new URL('./src/events.ts', import.meta.url), 'utf8');
  const names = new Map(
    [...source.matchAll(/class (\w+) extends Event \{\s*static readonly type = '([^']+)'/g)].map((m) => [m[1], m[2]]),
  );
  return {
    name: 'dmz-typed-events',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (!decl.events) continue;
          const byName = new Map();
          for (const event of decl.events) {
            const name = names.get(event.type?.text) ?? event.name;
            if (!name.startsWith('dmz-')) continue;
            const merged = { ...byName.get(name), ...event, name };
            byName.set(name, merged);
          }
          for (const [className, name] of names) {
            const event = byName.get(name);
            if (event) event.type = { text: className };
          }
          decl.events = [...byName.values()];
        }
      }
    },
  };
}

export default {
  litelement: true,
  exclude: ['src/components/*.styles.ts'],
  plugins: [typedEvents()],
};
