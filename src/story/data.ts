import type { ChapterId } from './types.js';

/**
 * Typed data behind the chart, the table and the CSV download. Every row cites source ids from
 * `sources.ts`; flags mark the rows the facts sheet calls approximate, provisional or disputed.
 */

/** North Koreans arriving in South Korea in one year (Ministry of Unification counts). */
export interface ArrivalYear {
  year: number;
  /** People who arrived in the South that year: arrivals, not attempts to leave. */
  arrivals: number;
  /** Sources give different figures for this year; `arrivals` is the most-cited one. */
  approximate?: boolean;
  /** A provisional figure that may still be revised. */
  provisional?: boolean;
  note_en?: string;
  note_ko?: string;
  sources: string[];
}

/** One North Korean soldier's crossing of the DMZ/MDL into the South. */
export interface SoldierCrossing {
  /** ISO date, `YYYY-MM-DD` or `YYYY-MM` where only the month is known. */
  date: string;
  /** Local (Korean) time `HH:MM` where reported; always approximate. */
  time?: string;
  place_en: string;
  place_ko: string;
  /**
   * [longitude, latitude] of the county or area named by the sources, not the crossing point:
   * no exact crossing point was published. Omitted where the sources name no place.
   */
  lngLat?: [number, number];
  note_en?: string;
  note_ko?: string;
  sources: string[];
}

/** Soldier crossings in one year; `count` can exceed `events` where a case is not detailed. */
export interface SoldierCrossingYear {
  year: number;
  count: number;
  /**
   * The count is the cases the sources report, not a count a source gives for the year (from
   * 2018 no source gives one). Years with no reported case are left out, not counted as zero.
   */
  reportedCasesOnly?: boolean;
  events: SoldierCrossing[];
  sources: string[];
}

/** A dated event the story mentions. */
export interface KeyDate {
  id: string;
  /** ISO `YYYY-MM-DD` (Korean time). */
  date: string;
  /** Last day, for multi-day events. */
  end?: string;
  label_en: string;
  label_ko: string;
  /** The chapter that tells this event. */
  chapter: ChapterId;
  sources: string[];
}

const MOU = ['yonhap-2018-09-30', 'mou-arrivals'];

/** Final MOU figures; early releases were later revised (noted per year). */
export const ARRIVALS: ArrivalYear[] = [
  { year: 2009, arrivals: 2914, note_en: 'Peak year; early releases said 2,927 or 2,929', note_ko: '최다 기록 연도. 초기 발표는 2,927명 또는 2,929명',
    sources: [...MOU, 'koreaherald-2018-01-08'] },
  { year: 2010, arrivals: 2401, approximate: true,
    note_en: 'Releases vary: 2,379 (MOU provisional, Jan 2012), 2,401 (Yonhap, Oct 2012), 2,423 (KBS, 2011)',
    note_ko: '발표마다 다름: 2,379명(통일부 잠정, 2012년 1월), 2,401명(연합뉴스, 2012년 10월), 2,423명(KBS, 2011년)',
    sources: ['yonhap-2012-10-28'] },
  { year: 2011, arrivals: 2706, note_en: 'Provisional figure was 2,737', note_ko: '잠정치는 2,737명', sources: MOU },
  { year: 2012, arrivals: 1502, note_en: 'Preliminary figure was 1,508', note_ko: '잠정치는 1,508명', sources: MOU },
  { year: 2013, arrivals: 1514, sources: MOU },
  { year: 2014, arrivals: 1397, sources: MOU },
  { year: 2015, arrivals: 1275, note_en: 'Korea Herald (2016) gave 1,276', note_ko: '코리아헤럴드(2016년)는 1,276명으로 보도', sources: MOU },
  { year: 2016, arrivals: 1418, sources: [...MOU, 'koreaherald-2018-01-08'] },
  { year: 2017, arrivals: 1127, note_en: 'Down 21%, the lowest since 2001; about 83% women',
    note_ko: '21% 감소, 2001년 이후 최저. 여성 약 83%', sources: ['koreaherald-2018-01-08', 'yonhap-2018-09-30'] },
  { year: 2018, arrivals: 1137, note_en: 'Final; confirms the provisional figure', note_ko: '확정치. 잠정치와 같음',
    sources: ['nknews-2019-01', 'globaleconomictimes-arrivals'] },
  { year: 2019, arrivals: 1047, sources: ['globaleconomictimes-arrivals', 'yonhap-2022-04-15'] },
  { year: 2020, arrivals: 229, note_en: 'Down 78%; borders closed in the COVID-19 pandemic', note_ko: '78% 감소. 코로나19 대유행으로 국경 봉쇄',
    sources: ['globaleconomictimes-arrivals', 'nknews-2021-01', 'yonhap-2022-04-15'] },
  { year: 2021, arrivals: 63, note_en: '40 men, 23 women', note_ko: '남성 40명, 여성 23명',
    sources: ['yonhap-2022-01-20', 'yonhap-2022-04-15', 'globaleconomictimes-arrivals'] },
  { year: 2022, arrivals: 67, sources: ['globaleconomictimes-arrivals'] },
  { year: 2023, arrivals: 196, note_en: '32 men, 164 women', note_ko: '남성 32명, 여성 164명',
    sources: ['globaleconomictimes-arrivals', 'nknews-2024-01'] },
  { year: 2024, arrivals: 236, note_en: 'Only 3 came directly across the inter-Korean border', note_ko: '휴전선을 넘어 곧바로 온 인원은 3명',
    sources: ['globaleconomictimes-arrivals', 'yonhap-2025-10-19'] },
  { year: 2025, arrivals: 224, note_en: '198 women, 26 men; cumulative total 34,538', note_ko: '여성 198명, 남성 26명. 누적 3만4,538명',
    sources: ['joongang-2026-01-20', 'cna-2026-01'] },
];

// County coordinates from the facts sheet (Wikipedia centroids, approximate by design).
const HWACHEON: [number, number] = [127.71, 38.11];
const YEONCHEON: [number, number] = [127.08, 38.1];
const CHEORWON: [number, number] = [127.22, 38.21];
const JSA: [number, number] = [126.677, 37.956];
const GOSEONG: [number, number] = [128.47, 38.38];

/**
 * North Korean soldiers who crossed the DMZ into the South, for the years the sources count.
 * Years not listed (2013, 2014, 2020–2023) are not "zero": the sources used give no count for
 * them. From 2018 the counts are the reported cases (`reportedCasesOnly`).
 */
export const SOLDIER_CROSSINGS: SoldierCrossingYear[] = [
  { year: 2012, count: 2, sources: ['cnn-2017-12-21'], events: [
    { date: '2012-10', place_en: 'Eastern front', place_ko: '동부전선',
      note_en: 'The October “knock” defection; the year’s other case is not detailed in these sources',
      note_ko: '10월 ‘노크 귀순’. 같은 해 다른 1건은 이 출처들에 자세히 나오지 않음', sources: ['cnn-2017-12-21'] },
  ] },
  { year: 2015, count: 1, sources: ['cnn-2017-12-21', 'jkdaily-2015-06-16'], events: [
    { date: '2015-06-15', place_en: 'Hwacheon (central-eastern front)', place_ko: '화천(중동부전선)', lngLat: HWACHEON,
      note_en: 'A teenage soldier who spent the night near a South Korean guard post', note_ko: '10대 병사, 우리 군 감시초소 부근에서 밤을 보낸 뒤 귀순',
      sources: ['jkdaily-2015-06-16'] },
  ] },
  { year: 2016, count: 1, sources: ['cnn-2017-12-21', 'donga-2016-09-29'], events: [
    { date: '2016-09-29', time: '10:00', place_en: 'Hwacheon', place_ko: '화천', lngLat: HWACHEON,
      note_en: 'Unarmed', note_ko: '비무장', sources: ['donga-2016-09-29'] },
  ] },
  { year: 2017, count: 4, sources: ['cnn-2017-12-21', 'koreaherald-2017-12-21', 'bloomberg-2017-12-21', 'jtbc-2017-06'], events: [
    { date: '2017-06-13', time: '19:50', place_en: 'Yeoncheon (central front)', place_ko: '연천(중부전선)', lngLat: YEONCHEON,
      note_en: 'Reportedly said the South’s loudspeakers swayed him', note_ko: '남측 확성기 방송이 귀순에 영향을 줬다고 말한 것으로 알려짐',
      sources: ['yonhap-2017-06-13'] },
    { date: '2017-06-23', time: '21:30', place_en: 'Cheorwon', place_ko: '철원', lngLat: CHEORWON,
      sources: ['donga-2017-06-24', 'afp-2017-06-24'] },
    { date: '2017-11-13', time: '15:11', place_en: 'Joint Security Area, Panmunjom', place_ko: '판문점 공동경비구역', lngLat: JSA,
      note_en: 'Oh Chong-song, shot five times; time is the UN Command CCTV clock', note_ko: '오청성, 총탄 5발 맞음. 시각은 유엔사 CCTV 기준',
      sources: ['yonhap-2017-11-22'] },
    { date: '2017-12-21', time: '08:04', place_en: 'Yeoncheon (reported; exact spot not published)', place_ko: '연천(보도 기준, 정확한 지점 미공개)',
      lngLat: YEONCHEON, note_en: 'The fog crossing; the JCS said only “mid-western front”', note_ko: '안개 속 귀순. 합참은 ‘중서부전선’이라고만 발표',
      sources: ['segye-2017-12-21', 'ytn-2017-12-21', 'isplus-2017-12-22'] },
  ] },
  { year: 2018, count: 1, reportedCasesOnly: true, sources: ['nyt-2018-12-01', 'rfa-2019-08'], events: [
    { date: '2018-12-01', place_en: 'Eastern sector', place_ko: '동부전선', note_en: 'Walked across in the morning; troops guided him in',
      note_ko: '오전에 걸어서 넘어왔고 우리 군이 유도', sources: ['nyt-2018-12-01', 'rfa-2019-08'] },
  ] },
  { year: 2019, count: 1, reportedCasesOnly: true, sources: ['kbs-2019-08-01', 'rfa-2019-08'], events: [
    { date: '2019-07-31', time: '23:38', place_en: 'Central front, down the Imjin River', place_ko: '중부전선, 임진강',
      note_en: 'Drifted down the river; time is when thermal sights picked him up', note_ko: '강을 따라 떠내려옴. 시각은 열상장비 포착 기준',
      sources: ['kbs-2019-08-01', 'rfa-2019-08'] },
  ] },
  { year: 2024, count: 1, reportedCasesOnly: true, sources: ['kbs-2024-08-20', 'donga-2024-08-21'], events: [
    { date: '2024-08-20', place_en: 'Goseong (eastern front)', place_ko: '고성(동부전선)', lngLat: GOSEONG,
      note_en: 'Walked across near the Donghae road; the first soldier on foot since July 2019 (Dong-A)',
      note_ko: '동해선 도로 부근으로 걸어서 넘어옴. 2019년 7월 이후 첫 도보 귀순 병사(동아일보)', sources: ['kbs-2024-08-20', 'donga-2024-08-21'] },
  ] },
  { year: 2025, count: 1, reportedCasesOnly: true, sources: ['yonhap-2025-10-19', 'joongang-2025-10-19'], events: [
    { date: '2025-10-19', place_en: 'Cheorwon (central front)', place_ko: '철원(중부전선)', lngLat: CHEORWON,
      note_en: 'The first soldier defection since August 2024', note_ko: '2024년 8월 이후 첫 병사 귀순', sources: ['yonhap-2025-10-19', 'joongang-2025-10-19'] },
  ] },
];

/** Dated events the story uses, oldest first. */
export const KEY_DATES: KeyDate[] = [
  { id: 'armistice', date: '1953-07-27', label_en: 'Armistice signed at Panmunjom', label_ko: '판문점 정전협정 서명',
    chapter: 'the-line', sources: ['koreatimes-2022-12', 'bbc-2023-dmz', 'armistice-1953'] },
  { id: 'loudspeakers-restart', date: '2016-01-08', label_en: 'South Korea restarts loudspeaker broadcasts', label_ko: '대북 확성기 방송 재개',
    chapter: 'buildup', sources: ['reuters-2016-01-08', 'upi-2016-01-07'] },
  { id: 'hwasong-14-first', date: '2017-07-04', label_en: 'First Hwasong-14 ICBM test', label_ko: '화성-14형 ICBM 1차 시험발사',
    chapter: 'buildup', sources: ['csis-2017-07-04'] },
  { id: 'hwasong-14-second', date: '2017-07-28', label_en: 'Second Hwasong-14 ICBM test', label_ko: '화성-14형 ICBM 2차 시험발사',
    chapter: 'buildup', sources: ['janes-2017-07-28', 'wikipedia-2017-missile-tests'] },
  { id: 'ulchi-freedom-guardian', date: '2017-08-21', end: '2017-08-31', label_en: 'Ulchi Freedom Guardian exercise',
    label_ko: '을지프리덤가디언 연습', chapter: 'buildup', sources: ['insidedefense-2017-08', 'yonhap-2017-08-21'] },
  { id: 'nuclear-test-6', date: '2017-09-03', label_en: 'Sixth nuclear test (yield disputed)', label_ko: '6차 핵실험(위력 논란)',
    chapter: 'buildup', sources: ['csis-2017-09-03'] },
  { id: 'thaad-six-launchers', date: '2017-09-07', label_en: 'THAAD at Seongju reaches six launchers', label_ko: '성주 사드 발사대 6기 체제',
    chapter: 'buildup', sources: ['ibtimes-2017-09-07', 'kbsworld-2017-09'] },
  { id: 'jsa-shooting', date: '2017-11-13', label_en: 'Oh Chong-song shot crossing at Panmunjom', label_ko: '오청성, 판문점 귀순 중 총격 받음',
    chapter: 'jsa-shooting', sources: ['yonhap-2017-11-22', 'abc-2017-11-22'] },
  { id: 'hwasong-15', date: '2017-11-29', label_en: 'Hwasong-15 ICBM test', label_ko: '화성-15형 ICBM 시험발사',
    chapter: 'buildup', sources: ['yonhap-2017-11-29'] },
  { id: 'vigilant-ace', date: '2017-12-04', end: '2017-12-08', label_en: 'Vigilant Ace air exercise', label_ko: '비질런트 에이스 연합공중훈련',
    chapter: 'buildup', sources: ['reuters-2017-12-04', 'ap-2017-12-04'] },
  { id: 'fog-crossing', date: '2017-12-21', label_en: 'A North Korean soldier crosses the DMZ in fog', label_ko: '북한군 병사, 안개 속 DMZ 넘어 귀순',
    chapter: 'fog-crossing', sources: ['segye-2017-12-21', 'reuters-2017-12-21', 'cnn-2017-12-21'] },
];
