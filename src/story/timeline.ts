import type { Lang } from './types.js';

/**
 * The "since 2017" chapter's map is a timeline the reader scrubs by scrolling: a year marker
 * moves from the first to the last of `TIMELINE_YEARS`, and each year's events appear at their
 * places. This is its data, pure and typed; every event cites sources the chapter lists, and
 * every numeral in a label is one of the chapter's figures (the unit tests check both).
 */

/** One dated event on the timeline map. */
export interface TimelineEvent {
  /** Stable id, unique in `TIMELINE`. */
  id: string;
  /** ISO `YYYY-MM-DD`, or `YYYY-MM` where the sources give only the month (Korean time). */
  date: string;
  /** The year the marker shows the event in; always the year of `date`. */
  year: number;
  /** A place id from `geo/places.geojson`. */
  place: string;
  /**
   * True when the place marks an area or a seat of government rather than the spot itself: a
   * county or city centroid (Cheorwon for Arrowhead Ridge, Kaesong for the Kaesong Industrial
   * Zone), or Pyongyang/Seoul for a decision taken there. The map draws these as approximate.
   */
  approximate: boolean;
  /** Short map label, at most about 40 characters in English. */
  label: Record<Lang, string>;
  sources: string[];
}

/** Every event, oldest first. */
export const TIMELINE: TimelineEvent[] = [
  { id: 'kim-crosses-mdl', date: '2018-04-27', year: 2018, place: 'panmunjom', approximate: false,
    label: { en: 'Kim Jong Un steps across the MDL', ko: '김정은, 군사분계선을 넘다' },
    sources: ['upi-2018-04-27', 'asiatimes-2018-04-27', 'straitstimes-2018-04-27'] },
  { id: 'military-agreement', date: '2018-09-19', year: 2018, place: 'pyongyang', approximate: true,
    label: { en: 'Military agreement signed in Pyongyang', ko: '평양에서 남북 군사합의 서명' },
    sources: ['yonhap-2018-09-19', 'koreaherald-2018-09-19'] },
  { id: 'jsa-disarmed', date: '2018-10-25', year: 2018, place: 'panmunjom', approximate: false,
    label: { en: 'The JSA is disarmed', ko: '공동경비구역 비무장화' },
    sources: ['stripes-2018-10', 'yonhap-2018-10-jsa'] },
  { id: 'arrowhead-road', date: '2018-11-22', year: 2018, place: 'cheorwon', approximate: true,
    label: { en: 'Road joined across the MDL, Arrowhead', ko: '화살머리고지, 군사분계선 관통 도로' },
    sources: ['yonhap-2018-11-20', 'globaltimes-2018-11-22'] },
  { id: 'trump-panmunjom', date: '2019-06-30', year: 2019, place: 'panmunjom', approximate: false,
    label: { en: 'Trump steps into North Korea with Kim', ko: '트럼프, 김정은과 군사분계선 넘어' },
    sources: ['yonhap-2019-06-30', 'upi-2019-06-30'] },
  { id: 'liaison-office-blown-up', date: '2020-06-16', year: 2020, place: 'kaesong', approximate: true,
    label: { en: 'Liaison office blown up in Kaesong', ko: '개성 공동연락사무소 폭파' },
    sources: ['ap-2020-06-16', 'kbs-2020-06-16'] },
  { id: 'fence-jumper', date: '2020-11-03', year: 2020, place: 'goseong', approximate: true,
    label: { en: 'A civilian climbs the fence at Goseong', ko: '고성에서 민간인이 철책 넘어 귀순' },
    sources: ['thetimes-2020-11', 'nyt-2022-01-09'] },
  { id: 'swimmer', date: '2021-02-16', year: 2021, place: 'goseong', approximate: true,
    label: { en: 'A man swims past the DMZ to Goseong', ko: '한 남성이 헤엄쳐 고성으로 귀순' },
    sources: ['npr-2021-02-23', 'afp-2021-02-25'] },
  { id: 'back-north', date: '2022-01-01', year: 2022, place: 'goseong', approximate: true,
    label: { en: 'A man crosses back north at Goseong', ko: '고성에서 한 남성이 철책 넘어 월북' },
    sources: ['nyt-2022-01-09', 'yonhap-2022-01-10'] },
  { id: 'travis-king', date: '2023-07-18', year: 2023, place: 'panmunjom', approximate: false,
    label: { en: 'US soldier Travis King runs north', ko: '미군 트래비스 킹, 군사분계선 넘어 월북' },
    sources: ['reuters-2023-07-19', 'npr-2023-09-27'] },
  { id: 'agreement-void', date: '2023-11-23', year: 2023, place: 'pyongyang', approximate: true,
    label: { en: 'Pyongyang declares the agreement void', ko: '북한, 군사합의 무효 선언' },
    sources: ['hankyoreh-2023-11', 'koreaherald-2023-11-22', 'efe-2023-11-27'] },
  { id: 'jsa-rearmed', date: '2023-12-19', year: 2023, place: 'panmunjom', approximate: false,
    label: { en: 'JSA guards armed again', ko: '공동경비구역 경비병 재무장' },
    sources: ['koreaherald-2023-12-19'] },
  { id: 'primary-foe', date: '2024-01-15', year: 2024, place: 'pyongyang', approximate: true,
    label: { en: 'Kim: name the South the “primary foe”', ko: '김정은, 한국을 “주적”으로 규정 요구' },
    sources: ['reuters-2024-01-16', 'chosun-2024-01-16'] },
  { id: 'walls-begin', date: '2024-04', year: 2024, place: 'goseong', approximate: true,
    label: { en: 'North starts walls and mines by the MDL', ko: '북한, 군사분계선 부근 장벽·지뢰 작업' },
    sources: ['asiae-2024-06-18', 'upi-2024-06-18', 'donga-2025-10-15'] },
  { id: 'gyeongui-road-blown-up', date: '2024-10-15', year: 2024, place: 'kaesong', approximate: true,
    label: { en: 'Gyeongui road blown up', ko: '경의선 도로 폭파' },
    sources: ['kbs-2024-10-15', 'yonhap-2024-10-15'] },
  { id: 'donghae-road-blown-up', date: '2024-10-15', year: 2024, place: 'goseong', approximate: true,
    label: { en: 'Donghae road blown up', ko: '동해선 도로 폭파' },
    sources: ['kbs-2024-10-15', 'yonhap-2024-10-15'] },
  { id: 'civilian-wades-across', date: '2025-07-03', year: 2025, place: 'yeoncheon', approximate: true,
    label: { en: 'A civilian wades across the MDL', ko: '북한 주민, 개울 건너 귀순' },
    sources: ['joongang-2025-07-04', 'donga-2025-07-05'] },
  { id: 'soldier-defects-cheorwon', date: '2025-10-19', year: 2025, place: 'cheorwon', approximate: true,
    label: { en: 'A soldier defects at Cheorwon', ko: '북한군 병사, 철원에서 귀순' },
    sources: ['yonhap-2025-10-19', 'joongang-2025-10-19'] },
  { id: 'mdl-talks-offer', date: '2025-11-17', year: 2025, place: 'seoul', approximate: true,
    label: { en: 'Seoul offers talks on where the MDL runs', ko: '정부, 군사분계선 기준선 회담 제안' },
    sources: ['koreaherald-2025-11-17'] },
  { id: 'restore-agreement', date: '2026-02-18', year: 2026, place: 'seoul', approximate: true,
    label: { en: 'Seoul moves to restore 2018 agreement', ko: '정부, 2018년 군사합의 복원 추진' },
    sources: ['yonhap-2026-02-18', 'joongang-2026-02-19'] },
];

/** The years the marker steps through, first to last, one per calendar year. */
export const TIMELINE_YEARS: readonly number[] = Array.from(
  { length: TIMELINE[TIMELINE.length - 1]!.year - TIMELINE[0]!.year + 1 },
  (_, i) => TIMELINE[0]!.year + i,
);
