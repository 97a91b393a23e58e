import type { Lang } from '../story/types.js';

/** Every string the interface shows, in both languages. Story text lives in src/story/text. */
export interface UiStrings {
  mapLabel: string;
  mapLoading: string;
  mapUnavailable: string;
  staticMapNote: string;
  retry: string;
  explore: string;
  backToStory: string;
  motionOn: string;
  motionOff: string;
  legend: string;
  locator: string;
  chapterOf: (k: number, n: number) => string;
  next: string;
  previous: string;
  contents: string;
  sourcesHeading: string;
  chartTitle: string;
  chartTableCaption: string;
  year: string;
  arrivals: string;
  downloadCsv: string;
  downloadGeo: string;
  approximate: string;
  legendBand: string;
  legendMdl: string;
  legendLimit: string;
  legendPlaces: string;
  legendApproxPlace: string;
  legendFogArea: string;
  legendRun: string;
  legendDistance: string;
  legendCrossings: string;
  legendEvent: string;
  /** Presenter mode: show the chapter's full text instead of its key points. */
  fullText: string;
  legendJsaSite: string;
  legendApproxEvent: string;
  /** The timeline's year marker, read by screen readers. */
  timelineYear: (year: string) => string;
  fullscreen: string;
  skipToStory: string;
  language: string;
}

export const STRINGS: Record<Lang, UiStrings> = {
  en: {
    mapLabel: 'Map of the Korean Demilitarized Zone',
    mapLoading: 'Loading the map…',
    mapUnavailable: 'The map could not be loaded. The story below is complete without it.',
    staticMapNote: 'Showing a simplified static map: this browser cannot draw the interactive one.',
    retry: 'Try again',
    explore: 'Explore the map',
    backToStory: 'Back to the story',
    motionOn: 'Motion: on',
    motionOff: 'Motion: off',
    legend: 'Legend',
    locator: 'Where this view is on the peninsula',
    chapterOf: (k, n) => `Chapter ${k} of ${n}`,
    next: 'Next chapter',
    previous: 'Previous chapter',
    contents: 'Chapters',
    sourcesHeading: 'Sources',
    chartTitle: 'North Koreans arriving in South Korea, by year',
    chartTableCaption: 'Arrivals by year (Ministry of Unification)',
    year: 'Year',
    arrivals: 'Arrivals',
    downloadCsv: 'Download the figures (CSV)',
    downloadGeo: 'Download the map data (GeoJSON)',
    approximate: 'approximate',
    legendBand: 'Demilitarized Zone (2 km each side of the line)',
    legendMdl: 'Military Demarcation Line',
    legendLimit: 'Northern and southern boundaries of the DMZ',
    legendPlaces: 'Place',
    legendApproxPlace: 'Approximate location (county centre)',
    legendFogArea: 'Approximate area of the crossing',
    legendRun: "Oh Chong-song's run (approximate)",
    legendDistance: 'Distance (straight line)',
    legendCrossings: 'Where soldiers crossed in 2017',
    legendEvent: 'Event (the year shown is larger)',
    fullText: 'Full text (T)',
    legendJsaSite: 'The JSA (schematic)',
    legendApproxEvent: 'Event, approximate place (a town or a capital)',
    timelineYear: (y) => `Year on the map: ${y}`,
    fullscreen: 'Full screen',
    skipToStory: 'Skip the map',
    language: 'Language',
  },
  ko: {
    mapLabel: '한반도 비무장지대 지도',
    mapLoading: '지도를 불러오는 중…',
    mapUnavailable: '지도를 불러오지 못했습니다. 아래 기사는 지도 없이도 모두 읽을 수 있습니다.',
    staticMapNote: '이 브라우저는 인터랙티브 지도를 그릴 수 없어 간단한 정적 지도를 보여 줍니다.',
    retry: '다시 시도',
    explore: '지도 살펴보기',
    backToStory: '기사로 돌아가기',
    motionOn: '움직임: 켜짐',
    motionOff: '움직임: 꺼짐',
    legend: '범례',
    locator: '현재 보이는 지역의 한반도 내 위치',
    chapterOf: (k, n) => `${n}장 중 ${k}장`,
    next: '다음 장',
    previous: '이전 장',
    contents: '목차',
    sourcesHeading: '출처',
    chartTitle: '연도별 탈북민 입국 인원',
    chartTableCaption: '연도별 입국 인원 (통일부)',
    year: '연도',
    arrivals: '입국 인원',
    downloadCsv: '수치 내려받기 (CSV)',
    downloadGeo: '지도 데이터 내려받기 (GeoJSON)',
    approximate: '추정',
    legendBand: '비무장지대 (군사분계선 남북 각 2km)',
    legendMdl: '군사분계선',
    legendLimit: '비무장지대 북방·남방 한계선',
    legendPlaces: '지명',
    legendApproxPlace: '대략적 위치 (군 중심)',
    legendFogArea: '귀순 추정 지역',
    legendRun: '오청성이 달린 길 (추정)',
    legendDistance: '직선 거리',
    legendCrossings: '2017년 병사 귀순 장소',
    legendEvent: '사건 (표시된 해의 사건은 크게)',
    fullText: '전체 글 (T)',
    legendJsaSite: '공동경비구역 (개략도)',
    legendApproxEvent: '사건, 대략적 위치 (도시나 수도)',
    timelineYear: (y) => `지도에 표시된 해: ${y}`,
    fullscreen: '전체 화면',
    skipToStory: '지도 건너뛰기',
    language: '언어',
  },
};
