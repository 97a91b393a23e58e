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

/** The package's browser entry (package.json `exports`), the one file every element is defined from. */
export const PACKAGE_ENTRY = 'dist/package/dmz-explainer.js';

/**
 * The analyzer names source files (`src/components/dmz-map.ts`), which the package does not ship.
 * The package is one bundled entry: describe it as one module at that entry's path, holding every
 * element's declaration and definition, and exporting what the entry exports (src/main.ts).
 */
function publishedPaths() {
  const entryExports = new Set(
    [...readFileSync(new URL('./src/main.ts', import.meta.url), 'utf8').matchAll(/export \{([^}]*)\}/g)]
      .flatMap((m) => m[1].split(','))
      .map((name) => name.trim())
      .filter(Boolean),
  );
  const toEntry = (ref) => (ref?.module?.startsWith('src/') ? { ...ref, module: PACKAGE_ENTRY } : ref);
  return {
    name: 'dmz-published-paths',
    packageLinkPhase({ customElementsManifest }) {
      const declarations = [];
      const exports = [];
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          // Helpers the source modules export for each other are not the package's.
          if (!decl.customElement && !entryExports.has(decl.name)) continue;
          if (decl.superclass) decl.superclass = toEntry(decl.superclass);
          for (const member of decl.members ?? []) if (member.inheritedFrom) member.inheritedFrom = toEntry(member.inheritedFrom);
          declarations.push(decl);
        }
        for (const exp of mod.exports ?? []) {
          if (exp.kind === 'js' && !entryExports.has(exp.name)) continue;
          exports.push({ ...exp, declaration: toEntry(exp.declaration) });
        }
      }
      customElementsManifest.modules = [{ kind: 'javascript-module', path: PACKAGE_ENTRY, declarations, exports }];
    },
  };
}

export default {
  litelement: true,
  exclude: ['src/components/*.styles.ts'],
  plugins: [typedEvents(), publishedPaths()],
};
