import type { Lang } from './types.js';

/** Discussion questions for the printed classroom handout. Questions only: no new facts. */
export const DISCUSSION_QUESTIONS: Record<Lang, string[]> = {
  en: [
    'The Military Demarcation Line is a row of markers, not a fence. Why do you think the armistice drew a 4 km wide zone around it instead of a single border line?',
    'The exact spot of the December 2017 crossing was never published, so the map shows an approximate area. What other facts in this story are uncertain, and how does the explainer show that?',
    'Arrivals of North Koreans in the South fell in 2017, while crossings by soldiers rose. What different stories do these two figures tell?',
    'Both sides built up forces and tested weapons in 2017. How might the distance between Seoul and the line shape the way South Korea thinks about its security?',
    'In 2018 both sides removed guard posts and joined a road across the line; since 2023 posts have been rebuilt and roads blown up. What made the line easier or harder to cross in each period?',
  ],
  ko: [
    '군사분계선은 철책이 아니라 표지판을 잇는 선입니다. 정전협정은 왜 경계선 하나가 아니라 폭 4km의 지대를 만들었을까요?',
    '2017년 12월 귀순의 정확한 지점은 공개되지 않아 지도에는 추정 지역으로 표시했습니다. 이 이야기에서 불확실한 사실은 또 무엇이며, 이 설명 자료는 그것을 어떻게 보여 주나요?',
    '2017년 탈북민 입국은 줄었지만 병사 귀순은 늘었습니다. 두 수치는 각각 어떤 다른 이야기를 들려주나요?',
    '2017년 남북 양측은 군사력을 늘리고 무기를 시험했습니다. 서울과 군사분계선 사이의 거리는 한국의 안보 인식에 어떤 영향을 줄까요?',
    '2018년에는 양측이 감시초소를 철수하고 군사분계선을 가로지르는 도로를 연결했지만, 2023년 이후에는 초소를 다시 세우고 도로를 폭파했습니다. 시기마다 무엇이 이 선을 넘기 쉽게, 또는 어렵게 만들었을까요?',
  ],
};

export const HANDOUT_STRINGS: Record<Lang, { title: string; questions: string; sources: string; printed: string }> = {
  en: {
    title: 'The Korean DMZ, 2017 and since: classroom handout',
    questions: 'Questions for discussion',
    sources: 'Main sources',
    printed: 'Figures and sources as in the interactive explainer. Approximate locations are marked as such.',
  },
  ko: {
    title: '2017년과 그 뒤의 한반도 비무장지대: 수업용 자료',
    questions: '토론 질문',
    sources: '주요 출처',
    printed: '수치와 출처는 인터랙티브 설명 자료와 같습니다. 추정 위치는 추정으로 표시했습니다.',
  },
};
