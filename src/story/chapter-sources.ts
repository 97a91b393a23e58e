import type { ChapterId } from './types.js';
import { SOURCES } from './sources.js';

/**
 * Each chapter's own source list: every source its figures cite (in either language) plus any
 * source behind an unnumbered claim in its prose. The `sources` chapter lists every source.
 * Order is the order a reader meets them; the unit tests check the lists against the figures.
 */
export const CHAPTER_SOURCES: Record<ChapterId, string[]> = {
  intro: [
    'reuters-2017-12-21', 'dw-2017-12-21', 'segye-2017-12-21', 'cnn-2017-12-21', 'koreaherald-2017-12-21',
    // Oh Chong-song's run at Panmunjom, named in passing.
    'yonhap-2017-11-22',
    // "a year of North Korean missile and nuclear tests, and of large US–South Korean drills"
    'csis-2017-07-04', 'csis-2017-09-03', 'yonhap-2017-11-29', 'reuters-2017-12-04',
    // "the thaw of 2018, and the walls of 2024"
    'straitstimes-2018-04-27', 'yonhap-2018-09-19', 'asiae-2024-06-18', 'upi-2024-06-18',
    // The article this explainer grew from.
    'independent-2017-12-21',
  ],
  'the-line': [
    'koreatimes-2022-12', 'bbc-2023-dmz', 'armistice-1953', 'wikipedia-jsa', 'wikipedia-mdl', 'mndtv-2018-05-02', 'asiae-2023-11-29',
    'ajupress-2025-12-22', 'koreaherald-2025-11-17', 'asiae-2024-06-18', 'upi-2024-06-18', 'donga-2025-10-15',
    // The Han River estuary has no MDL.
    'koreaherald-2018-11-05', 'mnd-whitepaper-2018',
    'yonhap-2018-09-19', 'koreaherald-2018-09-19', 'kbs-2018-07-25', 'koreaherald-2018-08-21',
    'scmp-2018-11', 'hankyoreh-2018-11', 'upi-2018-11-20',
    // Both sides rebuilt guard posts from 2023; current totals unknown.
    'efe-2023-11-27', 'nknews-2025-06', 'koreatimes-2016-09', 'ap-2018-landmines',
    // North Korea's mine-laying since April 2024.
    'donga-2024-08-21',
  ],
  'fog-crossing': [
    'segye-2017-12-21', 'reuters-2017-12-21', 'cnn-2017-12-21', 'koreaherald-2017-12-21', 'isplus-2017-12-22',
    'tvchosun-2017-12-21', 'dw-2017-12-21', 'ytn-2017-12-21',
  ],
  'jsa-shooting': [
    'yonhap-2017-11-22', 'abc-2017-11-22', 'hankyoreh-2017-11', 'yonhap-2017-11-26', 'mnd-2017-11',
    // "the only stretch of the DMZ where the two sides' guards stand face to face"
    'wikipedia-jsa',
    'wapo-2017-11-24', 'ap-2017-11-24', 'koreatimes-2022-12', 'newdaily-2017-11', 'stripes-2017-11',
    'forcesnews-2017-11', 'koreabiomed-2017-11-15',
    // Oh's recovery and what he said later.
    'tvchosun-2018-11-22', 'afp-2018-11-20', 'wapo-2018-11-19', 'nbc-2019-04', 'sbs-2019-04',
    'joongang-2019-04-16',
  ],
  defections: [
    'koreaherald-2018-01-08', 'yonhap-2018-09-30', 'nknews-2017-07', 'ytn-2017-12-21', 'dw-2017-12-21',
    'cnn-2017-12-21', 'jkdaily-2015-06-16', 'donga-2016-09-29', 'koreaherald-2017-12-21', 'bloomberg-2017-12-21',
    // Chart and table data (data.ts) beyond the figures quoted in the text.
    'mou-arrivals', 'yonhap-2012-10-28', 'nknews-2019-01', 'yonhap-2017-06-13', 'donga-2017-06-24', 'jtbc-2017-06',
    'afp-2017-06-24', 'yonhap-2017-11-22', 'segye-2017-12-21', 'isplus-2017-12-22',
    // The chart runs to the latest year (arrivals 2018–2025) and the soldier table to 2025.
    'globaleconomictimes-arrivals', 'yonhap-2022-04-15', 'nknews-2021-01', 'yonhap-2022-01-20', 'nknews-2024-01',
    'yonhap-2025-10-19', 'joongang-2026-01-20', 'cna-2026-01',
    'nyt-2018-12-01', 'rfa-2019-08', 'kbs-2019-08-01', 'kbs-2024-08-20', 'donga-2024-08-21', 'joongang-2025-10-19',
  ],
  buildup: [
    'segye-2017-01-11', 'voakorea-2017-01-11', 'nocutnews-rok-troops', 'arirang-2018-07', 'koreaherald-2018-04-14',
    'usatoday-2018-06-05', 'reuters-2017-05-artillery', 'ap-2022-artillery', 'yonhap-2016-artillery',
    'newsmax-2025-08-10', 'independent-2025-08', 'joongang-2025-12-19',
    'csis-2017-07-04', 'janes-2017-07-28', 'wikipedia-2017-missile-tests', 'csis-2017-09-03', 'yonhap-2017-11-29',
    'insidedefense-2017-08', 'yonhap-2017-08-21', 'reuters-2017-12-04', 'ap-2017-12-04', 'ibtimes-2017-09-07',
    'kbsworld-2017-09', 'reuters-2016-01-08', 'upi-2016-01-07', 'yonhap-2017-11-26',
  ],
  'since-2017': [
    'straitstimes-2018-04-27', 'upi-2018-04-27', 'asiatimes-2018-04-27', 'yonhap-2018-09-19', 'koreaherald-2018-09-19',
    'kbsworld-2018-09-19', 'stripes-2018-10', 'yonhap-2018-10-jsa', 'scmp-2018-11', 'hankyoreh-2018-11', 'upi-2018-11-20',
    'yonhap-2018-11-20', 'globaltimes-2018-11-22',
    'yonhap-2019-06-30', 'upi-2019-06-30', 'ap-2020-06-16', 'kbs-2020-06-16',
    // Timeline only: the crossings of 2020–2022 at Goseong.
    'thetimes-2020-11', 'nyt-2022-01-09', 'npr-2021-02-23', 'afp-2021-02-25', 'yonhap-2022-01-10',
    'reuters-2023-07-19', 'npr-2023-09-27', 'koreaherald-2023-11-22', 'hankyoreh-2023-11', 'efe-2023-11-27',
    // The JSA re-armed.
    'koreaherald-2023-12-19',
    'reuters-2024-01-16', 'chosun-2024-01-16', 'asiae-2024-06-18', 'upi-2024-06-18',
    // Trash balloons, the whole agreement suspended, loudspeakers back on.
    'koreaherald-2024-06-03', 'kbsworld-2024-06-04', 'kbs-2024-06',
    'kbs-2024-10-15', 'yonhap-2024-10-15',
    'koreaherald-2025-11-17', 'stripes-2025-08-25', 'joongang-2025-07-04', 'donga-2025-07-05', 'yonhap-2025-10-19',
    'joongang-2025-10-19', 'donga-2025-10-15', 'asiae-2025-10-14', 'yonhap-2025-10-14',
    // Loudspeakers off and taken down; Lee's pledge to restore the agreement.
    'kbsworld-2025-06-11', 'kbs-2025-08', 'joongang-2025-08-15',
    'yonhap-2026-02-18', 'joongang-2026-02-19',
    'globaleconomictimes-arrivals', 'nknews-2019-01', 'yonhap-2022-04-15', 'nknews-2021-01', 'yonhap-2022-01-20',
    'joongang-2026-01-20', 'cna-2026-01',
    // Chart data (data.ts) for 2023.
    'nknews-2024-01',
  ],
  // Every source, in the order sources.ts lists them (news first, map data and fonts last).
  sources: Object.keys(SOURCES),
};
