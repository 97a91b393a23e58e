/**
 * The package's hand-written types (types/api.d.ts) against the implementation, checked by
 * `npm run typecheck`: a member the types promise but the element lacks, or a changed type, fails
 * the build. Nothing here runs.
 */
import type * as Api from '../../types/api';
import type { DmzExplainer } from '../../src/components/dmz-explainer';
import type * as Impl from '../../src/events';
import type { ChapterId, Lang } from '../../src/story/types';
import type * as Main from '../../src/main';
import type * as Server from '../../src/server';

/** Compiles only if T is assignable to U. */
type Assignable<T extends U, U> = [T, U];
/** Compiles only if A and B are the same type. */
type Same<A extends B, B extends C, C = A> = [A, B];

export type Checks = [
  Assignable<DmzExplainer, Api.DmzExplainer>,
  Assignable<typeof Impl.ChapterChangeEvent, typeof Api.ChapterChangeEvent>,
  Assignable<typeof Impl.ReadyEvent, typeof Api.ReadyEvent>,
  Assignable<typeof Impl.ExplainerErrorEvent, typeof Api.ExplainerErrorEvent>,
  Same<ChapterId, Api.ChapterId>,
  Same<Lang, Api.Lang>,
  Same<Impl.ErrorReason, Api.ErrorReason>,
  // The tag's and the events' global types point at these classes.
  Assignable<HTMLElementTagNameMap['dmz-explainer'], Api.DmzExplainer>,
  Assignable<HTMLElementEventMap['dmz-chapter-change'], Api.ChapterChangeEvent>,
  Same<typeof Main.setBasePath, typeof Api.setBasePath>,
  Same<typeof Main.getBasePath, typeof Api.getBasePath>,
  // The server entry (package.json condition `node`) offers the same names, so imports resolve on both sides.
  Same<keyof typeof Server, keyof typeof Main>,
  Same<typeof Server.setBasePath, typeof Api.setBasePath>,
  Assignable<typeof Server.ChapterChangeEvent, typeof Api.ChapterChangeEvent>,
];
