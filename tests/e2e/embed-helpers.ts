import type { ConsoleMessage, Frame, Page } from '@playwright/test';

/** The events `fixtures/host-log.js` recorded on the host page. */
export interface LoggedEvent {
  type: 'dmz-ready' | 'dmz-chapter-change' | 'dmz-error';
  /** The target's id (or tag name). */
  target: string;
  detail: Record<string, unknown> | null;
}

declare global {
  interface Window {
    dmzLog: { events: LoggedEvent[]; violations: string[] };
  }
}

export function hostEvents(page: Page, type?: LoggedEvent['type']): Promise<LoggedEvent[]> {
  return page.evaluate((t) => window.dmzLog.events.filter((e) => !t || e.type === t), type);
}

/** Like helpers.waitForMapIdle, for a page or an iframe's frame. */
export async function mapIdle(where: Page | Frame, selector = 'dmz-explainer', timeout = 60_000): Promise<void> {
  await where.waitForFunction(
    (sel) => {
      const map = document.querySelector(sel)?.shadowRoot?.querySelector('dmz-map')?.map;
      return !!map && map.loaded() && map.isStyleLoaded() && !map.isMoving();
    },
    selector,
    { timeout, polling: 250 },
  );
}

/** Scrolls the page so a chapter of the explainer sits on the story's trigger line. */
export async function scrollToChapter(where: Page | Frame, id: string, selector = 'dmz-explainer'): Promise<void> {
  await where.evaluate(
    ([sel, chapter]) => {
      const section = document.querySelector(sel!)!.shadowRoot!.querySelector(`section[data-chapter="${chapter}"]`)!;
      window.scrollTo({ top: section.getBoundingClientRect().top + window.scrollY - innerHeight * 0.3, behavior: 'instant' });
    },
    [selector, id],
  );
}

/** Console messages of a type, as text. */
export function collectConsole(page: Page, type: ReturnType<ConsoleMessage['type']>): string[] {
  const out: string[] = [];
  page.on('console', (m) => {
    if (m.type() === type) out.push(m.text());
  });
  return out;
}
