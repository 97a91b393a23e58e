import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadStory, storyIn } from '../story/runtime.js';
import type { Chapter, Lang } from '../story/types.js';

/**
 * The story text in the reader's language. English is in the main bundle; another language is a
 * chunk fetched on first use, and until it arrives the English text is shown (and labelled so),
 * so the page never waits for it. A language that fails to load is reported once and English stays.
 */
export class StoryController implements ReactiveController {
  private readonly failed = new Set<Lang>();
  private rendered?: Chapter[];

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly lang: () => Lang,
    private readonly onError: (message: string) => void,
    /** Called before an update that swaps the text for another language's (to hold the reader's place). */
    private readonly onSwap: () => void = () => {},
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const chapters = this.chapters;
    if (this.rendered && chapters !== this.rendered) this.onSwap();
    this.rendered = chapters;
  }

  /** The chapters to show now: the reader's language if loaded, else English while it loads. */
  get chapters(): Chapter[] {
    const lang = this.lang();
    const story = storyIn(lang);
    if (story) return story;
    if (!this.failed.has(lang)) {
      void loadStory(lang).then(
        () => this.host.requestUpdate(),
        () => {
          if (this.failed.has(lang)) return;
          this.failed.add(lang);
          this.onError(`The ${lang} text could not be loaded; showing English.`);
        },
      );
    }
    return storyIn('en')!;
  }

  /** The language of the text shown now. */
  get shown(): Lang {
    const lang = this.lang();
    return storyIn(lang) ? lang : 'en';
  }
}
