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
    /** Heights the host page was sent, from any window, once {@link logHeights} is installed. */
    dmzHeights: unknown[];
  }
}

/** Records every `dmz-explainer:height` message the host page receives, whoever sent it and whether or not it was obeyed. */
export async function logHeights(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.dmzHeights = [];
    addEventListener('message', (e: MessageEvent<{ type?: unknown; height?: unknown } | null>) => {
      if (e.data?.type === 'dmz-explainer:height') window.dmzHeights.push(e.data.height);
    });
  });
}

/** Resolves after the next two frames have been drawn in the page or frame. */
export async function frames(where: Page | Frame): Promise<void> {
  await where.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Resolves once the frame's document has stayed at one scroll position for three frames. */
export async function frameSettled(frame: Frame): Promise<void> {
  await frame.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = Number.NaN;
        let still = 0;
        const tick = () => {
          still = scrollY === last ? still + 1 : 0;
          last = scrollY;
          if (still >= 3) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
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
